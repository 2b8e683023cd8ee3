#include "supervision/supervisionchoices.h"

namespace tend::ui {

const QStringList& SupervisionChoices::sectionKeys() {
    static const QStringList keys{QStringLiteral("workload"), QStringLiteral("changes"),
                                  QStringLiteral("selfcare"), QStringLiteral("reflections")};
    return keys;
}

bool SupervisionChoices::leaveOut(const QString& key) {
    bool* const sections[] = {&includeWorkload, &includeChanges, &includeSelfCare, &includeReflections};
    const auto at = sectionKeys().indexOf(key);
    if (at < 0)
        return false;
    *sections[at] = false;
    return true;
}

} // namespace tend::ui
