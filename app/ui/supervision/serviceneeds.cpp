#include "supervision/serviceneeds.h"

#include <QCoreApplication>

namespace tend::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ServiceNeeds", text);
}

} // namespace

QList<ServiceNeed> serviceNeeds() {
    return {
        {QStringLiteral("caseload_review"), tr("A review of my caseload")},
        {QStringLiteral("debrief"), tr("A debrief after a hard case or incident")},
        {QStringLiteral("time_to_recover"), tr("Time to recover: lighter days or leave")},
        {QStringLiteral("training"), tr("Training or guidance for part of my work")},
        {QStringLiteral("more_supervision"), tr("Supervision more often for a while")},
        {QStringLiteral("hours_or_rota"), tr("A change to my hours or rota")},
    };
}

QStringList serviceNeedKeys() {
    QStringList keys;
    for (const auto& need : serviceNeeds())
        keys << need.key;
    return keys;
}

QString serviceNeedLabel(const QString& key) {
    for (const auto& need : serviceNeeds())
        if (need.key == key)
            return need.label;
    return {};
}

} // namespace tend::ui
