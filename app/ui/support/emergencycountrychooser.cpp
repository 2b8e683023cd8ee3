#include "support/emergencycountrychooser.h"

#include "app/appsession.h"
#include "common/storageerrorwording.h"
#include "settings/emergencycountrysetting.h"
#include "storage/storageerror.h"
#include "support/emergencychoice.h"
#include "support/supportwording.h"

#include <QLocale>

#include <algorithm>

namespace tend::ui {

namespace {

QString dialsOf(const EmergencyCountry& country) {
    if (const auto* general = country.generalNumber())
        return QString::fromStdString(general->dial);
    QStringList dials;
    for (const auto& number : country.numbers)
        dials << QString::fromStdString(number.dial);
    return dials.join(QStringLiteral(", "));
}

} // namespace

EmergencyCountryChooser::EmergencyCountryChooser(QObject* parent)
    : SessionClient(parent) {}

EmergencyCountryChooser::EmergencyCountryChooser(AppSession& session, QObject* parent)
    : EmergencyCountryChooser(parent) {
    attachTo(session);
}

void EmergencyCountryChooser::onAttached() {
    m_countries.clear();
    for (const auto& country : session()->content().emergencyNumbers.countries)
        m_countries.push_back(&country);
    std::sort(m_countries.begin(), m_countries.end(),
              [](const EmergencyCountry* a, const EmergencyCountry* b) { return a->name < b->name; });
    m_settingsChanges = session()->settings().changes().subscribe([this] { reload(); });
    reload();
}

void EmergencyCountryChooser::reload() {
    const auto& table = session()->content().emergencyNumbers;
    EmergencyCountrySetting::Choice choice;
    try {
        choice = EmergencyCountrySetting(session()->settings()).load();
    } catch (const StorageError& error) {
        m_errorText = storageErrorText(error);
    }
    const QString region = session()->deviceRegion();
    const auto* regionCountry = region.isEmpty() ? nullptr : table.find(region.toStdString());
    QString regionName;
    if (regionCountry)
        regionName = QString::fromStdString(regionCountry->name);
    else if (!region.isEmpty())
        regionName = QLocale::territoryToString(QLocale::codeToTerritory(region));

    m_choices.clear();
    m_choices << (regionCountry ? tr("This device's region: %1 (%2)").arg(regionName, dialsOf(*regionCountry))
                  : region.isEmpty() ? tr("This device's region (not set on this device)")
                                     : tr("This device's region: %1 (not in Tend's list)").arg(regionName));
    for (const auto* country : m_countries)
        m_choices << tr("%1: %2").arg(QString::fromStdString(country->name), dialsOf(*country));
    m_choices << tr("My country is not listed");

    using Kind = EmergencyCountrySetting::Kind;
    m_currentIndex = 0;
    if (choice.kind == Kind::NotListed) {
        m_currentIndex = static_cast<int>(m_choices.size()) - 1;
    } else if (choice.kind == Kind::Country) {
        const auto it =
            std::find_if(m_countries.begin(), m_countries.end(),
                         [&](const EmergencyCountry* country) { return country->code == choice.code; });
        // A country chosen from an older table reads as not listed, as Support shows it.
        m_currentIndex = it == m_countries.end() ? static_cast<int>(m_choices.size()) - 1
                                                 : static_cast<int>(it - m_countries.begin()) + 1;
    }

    const auto resolved = resolveEmergencyChoice(table, choice, region);
    // Country names come without an article ("United Kingdom"), so they stand in brackets.
    m_summary = resolved.country
                    ? tr("Support and the lock screen offer %1 first (%2).")
                          .arg(dialsOf(*resolved.country), QString::fromStdString(resolved.country->name))
                    : tr("Tend has no emergency number to offer, so Support says to call your local "
                         "emergency number.");
    emit changed();
}

QString EmergencyCountryChooser::tableNote() const {
    return supporttext::emergencyTableNote();
}

bool EmergencyCountryChooser::choose(int index) {
    if (index < 0 || index >= m_choices.size())
        return false;
    m_errorText.clear();
    try {
        EmergencyCountrySetting setting(session()->settings());
        if (index == 0)
            setting.useDeviceRegion();
        else if (index == m_choices.size() - 1)
            setting.chooseNotListed();
        else
            setting.chooseCountry(m_countries[static_cast<std::size_t>(index - 1)]->code);
    } catch (const StorageError& error) {
        m_errorText = storageErrorText(error);
        emit changed();
        return false;
    }
    // The settings' change notice has reloaded everything already.
    return true;
}

} // namespace tend::ui
