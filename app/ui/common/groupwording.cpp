#include "common/groupwording.h"

#include <QCoreApplication>

namespace tend::ui {

QString groupDisplayName(ItemGroup group) {
    switch (group) {
    case ItemGroup::Wellbeing:
        return QCoreApplication::translate("Groups", "How you are");
    case ItemGroup::Exposure:
        return QCoreApplication::translate("Groups", "What you took in");
    case ItemGroup::StsIntrusion:
        return QCoreApplication::translate("Groups", "Stories coming back");
    case ItemGroup::StsAvoidance:
        return QCoreApplication::translate("Groups", "Steering away");
    case ItemGroup::StsArousal:
        return QCoreApplication::translate("Groups", "On edge");
    case ItemGroup::StsNumbing:
        return QCoreApplication::translate("Groups", "Numb or disconnected");
    case ItemGroup::Burnout:
        return QCoreApplication::translate("Groups", "Worn down by work");
    case ItemGroup::CompassionSatisfaction:
        return QCoreApplication::translate("Groups", "What went well");
    }
    return {};
}

// Item wording comes from a data file, so it is looked up at run time in the "CheckinItems" context.
QString itemText(const CheckinItem& item) {
    return QCoreApplication::translate("CheckinItems", item.text.c_str());
}

QString itemHelp(const CheckinItem& item) {
    return item.help.empty() ? QString() : QCoreApplication::translate("CheckinItems", item.help.c_str());
}

QString itemLabel(const CheckinItem& item, int value) {
    const int index = value - item.scale.min;
    if (item.kind == ItemKind::Count || index < 0 || index >= static_cast<int>(item.scale.labels.size()))
        return QString::number(value);
    return QCoreApplication::translate("CheckinItems",
                                       item.scale.labels[static_cast<std::size_t>(index)].c_str());
}

} // namespace tend::ui
