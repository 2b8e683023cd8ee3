#pragma once

// What the tests of the data-file parsers share: reading shipped and test files, changing one thing in a
// valid document, and the table of bad files a parser must reject with an exact path and message.

#include "formats/datafileerror.h"
#include "insights/indexdefinition.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

#include <functional>
#include <set>
#include <string>

namespace tend::test {

[[nodiscard]] inline QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A file under the repository's assets/, as shipped with the app.
[[nodiscard]] inline QByteArray readAsset(const QString& relativePath) {
    return readFile(QStringLiteral(TEND_ASSETS_DIR "/") + relativePath);
}

// A file under tests/unit/data.
[[nodiscard]] inline QByteArray readTestData(const QString& relativePath) {
    return readFile(QStringLiteral(TEND_TEST_DATA_DIR "/") + relativePath);
}

// The text of `document` after `change`, so each bad-file row states only what it breaks.
[[nodiscard]] inline QByteArray changed(nlohmann::json document,
                                        const std::function<void(nlohmann::json&)>& change) {
    change(document);
    return QByteArray::fromStdString(document.dump());
}

// The keys of the composite indices, taken from the table the app itself uses, so a tag check follows
// the measurement model instead of a copy of it.
[[nodiscard]] inline std::set<std::string> indexKeys() {
    std::set<std::string> keys;
    for (const auto id : allIndices)
        keys.emplace(indexDefinition(id).key);
    return keys;
}

// A bad-file table has the file's text, the path its error must name exactly and a part of the message.
inline void addBadFileColumns() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("problem");
}

inline void badFile(const char* name, const QByteArray& text, const char* path, const char* problem) {
    QTest::newRow(name) << text << QString::fromUtf8(path) << QString::fromUtf8(problem);
}

// Checks the current bad-file row: `parse` must throw a DataFileError naming exactly the row's path, and
// the message must start with that path and contain the row's problem.
template <typename Parse> void verifyBadFileRejected(Parse parse) {
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, problem);
    try {
        static_cast<void>(parse(text.toStdString()));
        QFAIL("accepted a bad file");
    } catch (const DataFileError& error) {
        QCOMPARE(QString::fromStdString(error.path()), path);
        const auto message = QString::fromStdString(error.what());
        QVERIFY2(message.contains(problem), qPrintable(message));
        if (!path.isEmpty())
            QVERIFY2(message.startsWith(path + QStringLiteral(": ")), qPrintable(message));
    }
}

} // namespace tend::test
