#include "settings/promptkindssetting.h"

#include "storage/settingsrepository.h"

#include <stdexcept>

namespace tend {

std::set<PromptKind> PromptKindsSetting::disabledKinds() const {
    const auto stored = m_settings.value(settingsKey);
    if (!stored)
        return {};
    return parse(*stored).value_or(std::set<PromptKind>{});
}

bool PromptKindsSetting::isEnabled(PromptKind kind) const {
    return !disabledKinds().contains(kind);
}

void PromptKindsSetting::setEnabled(PromptKind kind, bool enabled) {
    if (kind == PromptKind::Crisis) {
        if (enabled)
            return;
        throw std::invalid_argument("Crisis resources cannot be turned off");
    }
    auto kinds = disabledKinds();
    if (enabled)
        kinds.erase(kind);
    else
        kinds.insert(kind);
    if (kinds.empty())
        m_settings.remove(settingsKey);
    else
        m_settings.setValue(settingsKey, text(kinds));
}

std::string PromptKindsSetting::text(const std::set<PromptKind>& kinds) {
    std::string joined;
    for (const auto kind : kinds)
        joined.append(joined.empty() ? "" : ",").append(promptKindKey(kind));
    return joined;
}

std::optional<std::set<PromptKind>> PromptKindsSetting::parse(std::string_view text) {
    std::set<PromptKind> kinds;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find(',', start);
        if (end == std::string_view::npos)
            end = text.size();
        const auto kind = promptKindFromKey(text.substr(start, end - start));
        if (!kind || *kind == PromptKind::Crisis || !kinds.insert(*kind).second)
            return std::nullopt;
        start = end + 1;
    }
    // Only the one canonical spelling, so a stored value always reads back as it was written.
    if (PromptKindsSetting::text(kinds) != text)
        return std::nullopt;
    return kinds;
}

} // namespace tend
