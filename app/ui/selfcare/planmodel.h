#pragma once

#include "domain/planaction.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace tend::ui {

// Not final: QML wraps element types that have a default constructor in a derived class.
// The worker's active self-care plan in their order, in their own words. Used by the Self-care page (to
// edit the plan) and by the check-in (to tick what was done that day, the `done` role). Holds no storage
// logic: its owner reads and writes the plan.
class PlanModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SelfCareController and CheckinEditor")

public:
    enum Role {
        ActionIdRole = Qt::UserRole + 1,
        TitleRole,
        FromLibraryRole,
        DoneRole,
        IsFirstRole,
        IsLastRole,
        CanTagRole,   // the worker's own action: its tags are theirs to choose (library actions have the
                      // library's)
        TagsTextRole, // the worker's own action: its tags, in words (or that it has none)
    };
    Q_ENUM(Role)

    explicit PlanModel(QObject* parent = nullptr)
        : QAbstractListModel(parent) {}

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the actions. When only wording changed, rows update in place, so a view keeps its delegates
    // (and a field the worker is typing in) instead of rebuilding them.
    void setActions(std::vector<PlanAction> actions);
    void setDone(const std::set<std::int64_t>& done);
    // How tags read (PlanTag::label); a tag without a label reads as itself.
    void setTagLabels(std::map<std::string, QString> labels);

    [[nodiscard]] const std::vector<PlanAction>& actions() const { return m_actions; }
    // The row of an action, or -1.
    [[nodiscard]] int rowOf(std::int64_t actionId) const;

private:
    [[nodiscard]] QString tagsText(const std::vector<std::string>& tags) const;

    std::vector<PlanAction> m_actions;
    std::set<std::int64_t> m_done;
    std::map<std::string, QString> m_tagLabels;
};

} // namespace tend::ui
