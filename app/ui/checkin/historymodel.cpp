#include "checkin/historymodel.h"

#include "analytics/dailyseries.h"
#include "app/appsession.h"
#include "common/dateconversion.h"
#include "common/daytitle.h"
#include "common/groupwording.h"
#include "common/storageguard.h"

#include <QCoreApplication>
#include <QLocale>

#include <map>

namespace tend::ui {

namespace {

// "Mood: Good · Sleep: So-so" from the wellbeing answers, the ones a glance needs most.
QString answersSummary(const Checkin& checkin, const CheckinDefinition& definition) {
    QStringList parts;
    for (const char* id : {"mood", "sleep"}) {
        const CheckinItem* item = definition.find(id);
        const auto value = checkin.answer(id);
        if (item && value)
            parts << QCoreApplication::translate("History", "%1: %2")
                         .arg(id == std::string_view("mood")
                                  ? QCoreApplication::translate("History", "Mood")
                                  : QCoreApplication::translate("History", "Sleep"),
                              itemLabel(*item, *value));
    }
    if (parts.isEmpty() && !checkin.answers.empty())
        parts << (checkin.answers.size() == 1
                      ? QCoreApplication::translate("History", "1 answer")
                      : QCoreApplication::translate("History", "%1 answers").arg(checkin.answers.size()));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

HistoryModel::HistoryModel(AppSession& session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session) {
    m_checkinChanges = m_session.checkins().changes().subscribe([this] { reload(); });
    m_momentChanges = m_session.hardMoments().changes().subscribe([this] { reload(); });
    reload();
}

void HistoryModel::reload() {
    // If the data cannot be read, the list keeps showing what it last read.
    auto days = readOr([this] { return readDays(); }, std::optional<std::vector<Day>>());
    if (!days)
        return;
    beginResetModel();
    m_days = std::move(*days);
    endResetModel();
}

std::optional<std::vector<HistoryModel::Day>> HistoryModel::readDays() const {
    const auto today = m_session.today();
    auto first = today - boost::gregorian::days(minimumDays - 1);
    if (const auto earliest = m_session.checkins().earliestDate(); earliest && *earliest < first)
        first = *earliest;

    std::map<boost::gregorian::date, Checkin> checkins;
    for (auto& checkin : m_session.checkins().range(first, today))
        checkins.emplace(checkin.date, std::move(checkin));
    std::map<boost::gregorian::date, int> moments;
    for (const auto& moment : m_session.momentsOnCheckinDays(first, today))
        ++moments[moment.occurredAt.date()];

    const CheckinItem* moodItem = m_session.definition().find("mood");
    std::vector<Day> days;
    for (auto date = today; date >= first; date -= boost::gregorian::days(1)) {
        Day day;
        day.date = toQDate(date);
        day.hardMoments = moments.contains(date) ? moments[date] : 0;
        if (const auto found = checkins.find(date); found != checkins.end()) {
            const Checkin& checkin = found->second;
            day.hasCheckin = true;
            day.restDay = checkin.restDay;
            day.hasNote = !checkin.note.empty();
            day.summary = answersSummary(checkin, m_session.definition());
            if (const auto mood = checkin.answer("mood"); mood && moodItem)
                day.mood = rescaledTo100(*mood, moodItem->scale) / 100.0;
        }
        days.push_back(std::move(day));
    }
    return days;
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_days.size());
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Day& day = m_days[static_cast<std::size_t>(index.row())];
    switch (role) {
    case DateRole:
        return day.date;
    case Qt::DisplayRole:
    case TitleRole:
        return dayTitle(toBoostDate(day.date), m_session.today());
    case SubtitleRole:
        return QLocale().toString(day.date, QLocale::ShortFormat);
    case HasCheckinRole:
        return day.hasCheckin;
    case SummaryRole: {
        QStringList parts;
        if (day.restDay)
            parts << tr("Rest day");
        if (!day.summary.isEmpty())
            parts << day.summary;
        if (day.hardMoments > 0)
            parts << (day.hardMoments == 1 ? tr("1 hard moment")
                                           : tr("%1 hard moments").arg(day.hardMoments));
        if (parts.isEmpty())
            parts << (day.hasCheckin ? tr("Note only") : tr("No check-in. Tap to add one."));
        return parts.join(QStringLiteral(" · "));
    }
    case RestDayRole:
        return day.restDay;
    case HasNoteRole:
        return day.hasNote;
    case HardMomentsRole:
        return day.hardMoments;
    case MoodRole:
        return day.mood;
    }
    return {};
}

QHash<int, QByteArray> HistoryModel::roleNames() const {
    return {
        {DateRole, "date"},         {TitleRole, "title"},
        {SubtitleRole, "subtitle"}, {HasCheckinRole, "hasCheckin"},
        {SummaryRole, "summary"},   {RestDayRole, "restDay"},
        {HasNoteRole, "hasNote"},   {HardMomentsRole, "hardMoments"},
        {MoodRole, "mood"},
    };
}

} // namespace tend::ui
