#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tend::ui {

// Things a worker may ask of their service in supervision, offered as picks beside their own words. Each
// is written in the worker's voice ("A review of my caseload"), because the document is theirs; none is
// a judgement of how they cope. The keys are stable: `tend supervision --need KEY` names them.
struct ServiceNeed {
    QString key;
    QString label; // translated
};

[[nodiscard]] QList<ServiceNeed> serviceNeeds();
[[nodiscard]] QStringList serviceNeedKeys();
// The label of `key`, or an empty string for a key that does not exist.
[[nodiscard]] QString serviceNeedLabel(const QString& key);

} // namespace tend::ui
