#pragma once

#include "prompts/promptrules.h"
#include "storage/settingskeys.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace tend {

class SettingsRepository;

// The kinds of prompt the worker turned off, kept in the encrypted settings as their keys in escalating
// order, separated by commas ("self_care,micro_action", key "prompt_kinds_off"). Crisis resources cannot
// be turned off: they must always surface when a check-in signals acute distress.
class PromptKindsSetting final {
public:
    static constexpr std::string_view settingsKey = settingskeys::promptKindsOff;

    explicit PromptKindsSetting(SettingsRepository& settings)
        : m_settings(settings) {}

    // Unset, or a value this version cannot read: nothing is off.
    [[nodiscard]] std::set<PromptKind> disabledKinds() const;
    [[nodiscard]] bool isEnabled(PromptKind kind) const;
    // Throws std::invalid_argument when asked to turn crisis off.
    void setEnabled(PromptKind kind, bool enabled);

    // The stored text of `kinds`, and back: nothing for unknown kinds, crisis, repeats or another order.
    [[nodiscard]] static std::string text(const std::set<PromptKind>& kinds);
    [[nodiscard]] static std::optional<std::set<PromptKind>> parse(std::string_view text);

private:
    SettingsRepository& m_settings;
};

} // namespace tend
