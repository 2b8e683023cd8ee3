#include "common/bundledcontent.h"

#include "formats/datafileerror.h"

#include <QFile>

namespace tend::ui {

namespace {

std::string readResource(const char* path) {
    QFile file(QStringLiteral(":/tend/assets/") + QLatin1String(path));
    if (!file.open(QIODevice::ReadOnly))
        throw DataFileError(path, "missing from the app's resources");
    return file.readAll().toStdString();
}

// Prefixes the file name, so "rules[2].when[0].fact: ..." becomes "prompts/rules.json: rules[2]...".
template <typename Parse> auto parseResource(const char* path, Parse parse) {
    try {
        return parse(readResource(path));
    } catch (const DataFileError& error) {
        throw DataFileError(
            std::string(path) + (error.path().empty() ? "" : ": " + error.path()),
            std::string(error.what()).substr(error.path().empty() ? 0 : error.path().size() + 2));
    }
}

BundledContent load() {
    BundledContent content;
    content.selfCareLibrary = parseResource("selfcare/library.json", parseSelfCareLibrary);
    content.learningCards = parseResource("learning/cards.json", parseLearningCards);
    content.promptRules = parseResource("prompts/rules.json", parsePromptRules);
    content.defaultOrgProfile = readResource("org/default.json");
    content.emergencyNumbers = parseResource("support/emergency_numbers.json", parseEmergencyNumbers);
    content.instrumentPacks.push_back(parseResource(
        "packs/monthly_reflection.json", [](const std::string& text) { return parseInstrumentPack(text); }));
    return content;
}

} // namespace

const BundledContent& bundledContent() {
    static const BundledContent content = load();
    return content;
}

} // namespace tend::ui
