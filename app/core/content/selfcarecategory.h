#pragma once

#include <optional>
#include <string_view>

namespace tend {

// The kinds of self-care the library offers, so the worker can look for variety rather than more of the same.
enum class SelfCareCategory { Body, Mind, Connection, Boundaries, Rest, Meaning };

inline constexpr SelfCareCategory allSelfCareCategories[] = {
    SelfCareCategory::Body,       SelfCareCategory::Mind, SelfCareCategory::Connection,
    SelfCareCategory::Boundaries, SelfCareCategory::Rest, SelfCareCategory::Meaning,
};

// Stable identifiers used in data files ("body", "mind", ...).
[[nodiscard]] std::string_view selfCareCategoryKey(SelfCareCategory category);
[[nodiscard]] std::optional<SelfCareCategory> selfCareCategoryFromKey(std::string_view key);

} // namespace tend
