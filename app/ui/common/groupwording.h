#pragma once

#include "domain/checkindefinition.h"

#include <QString>

namespace tend::ui {

// Plain, gentle names for the check-in groups, translated. Clinical terms stay out of the interface.
[[nodiscard]] QString groupDisplayName(ItemGroup group);
// An item's question in the worker's language (definition files hold the English source text).
[[nodiscard]] QString itemText(const CheckinItem& item);
[[nodiscard]] QString itemHelp(const CheckinItem& item);
[[nodiscard]] QString itemLabel(const CheckinItem& item, int value);

} // namespace tend::ui
