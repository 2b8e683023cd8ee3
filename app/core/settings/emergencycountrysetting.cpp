#include "settings/emergencycountrysetting.h"

#include "storage/settingsrepository.h"

#include <stdexcept>

namespace tend {

namespace {

bool isCapital(char c) {
    return c >= 'A' && c <= 'Z';
}

} // namespace

bool EmergencyCountrySetting::isValidValue(std::string_view value) {
    return value == notListedValue || (value.size() == 2 && isCapital(value[0]) && isCapital(value[1]));
}

EmergencyCountrySetting::Choice EmergencyCountrySetting::load() const {
    const auto stored = m_settings.value(settingsKey);
    if (!stored || !isValidValue(*stored))
        return {};
    if (*stored == notListedValue)
        return {Kind::NotListed, {}};
    return {Kind::Country, *stored};
}

void EmergencyCountrySetting::chooseCountry(std::string_view code) {
    std::string upper(code);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    if (upper.size() != 2 || upper == notListedValue || !isValidValue(upper))
        throw std::invalid_argument("A country is chosen by its two-letter ISO 3166-1 code");
    m_settings.setValue(settingsKey, upper);
}

void EmergencyCountrySetting::chooseNotListed() {
    m_settings.setValue(settingsKey, notListedValue);
}

void EmergencyCountrySetting::useDeviceRegion() {
    m_settings.remove(settingsKey);
}

} // namespace tend
