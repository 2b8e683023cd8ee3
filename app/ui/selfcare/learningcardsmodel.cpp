#include "selfcare/learningcardsmodel.h"

#include "selfcare/selfcarewording.h"

namespace tend::ui {

int LearningCardsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_cards.cards.size());
}

QVariant LearningCardsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& card = m_cards.cards[static_cast<std::size_t>(index.row())];
    switch (role) {
    case CardIdRole:
        return QString::fromStdString(card.id);
    case Qt::DisplayRole:
    case TitleRole:
        return cardTitle(card);
    case SummaryRole:
        return cardSummary(card);
    case ParagraphsRole:
        return cardParagraphs(card);
    default:
        return {};
    }
}

QHash<int, QByteArray> LearningCardsModel::roleNames() const {
    return {
        {CardIdRole, "cardId"},
        {TitleRole, "title"},
        {SummaryRole, "summary"},
        {ParagraphsRole, "paragraphs"},
    };
}

} // namespace tend::ui
