#include "checkin/checkineditor.h"

#include "app/appsession.h"
#include "common/dateconversion.h"
#include "common/daytitle.h"
#include "common/storageerrorwording.h"
#include "common/storageguard.h"
#include "domain/checkinvalidation.h"
#include "storage/storageerror.h"

#include <QGuiApplication>
#include <QLocale>

namespace tend::ui {

namespace {
constexpr int notePauseMs = 700;

Checkin emptyCheckin(boost::gregorian::date date) {
    Checkin checkin;
    checkin.date = date;
    return checkin;
}
} // namespace

CheckinEditor::CheckinEditor(QObject* parent)
    : SessionClient(parent) {
    m_noteTimer.setSingleShot(true);
    m_noteTimer.setInterval(notePauseMs);
    connect(&m_noteTimer, &QTimer::timeout, this, &CheckinEditor::flush);
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this,
                &CheckinEditor::onApplicationStateChanged);
        connect(app, &QGuiApplication::aboutToQuit, this, &CheckinEditor::flush);
    }
}

CheckinEditor::CheckinEditor(AppSession& session, QObject* parent)
    : CheckinEditor(parent) {
    attachTo(session);
}

CheckinEditor::~CheckinEditor() {
    flush();
}

void CheckinEditor::onAttached() {
    // Another editor (Today and History can show the same day) or an import may change the data.
    m_checkinChanges = session()->checkins().changes().subscribe([this] {
        if (!m_persisting)
            reloadCheckin();
    });
    m_momentChanges = session()->hardMoments().changes().subscribe([this] { reloadHardMoments(); });
    m_settingsChanges = session()->settings().changes().subscribe([this] { reloadItems(); });
    // The worker may change the plan on the Self-care page while this day is open.
    m_planChanges = session()->plan().changes().subscribe([this] { reloadPlan(); });
    reloadPlan();
    if (!m_date.isValid())
        m_date = toQDate(session()->today());
    emit dateChanged();
    reloadCheckin();
    reloadHardMoments();
}

void CheckinEditor::setDate(QDate date) {
    if (!date.isValid() || date == m_date)
        return;
    flush();
    m_date = date;
    emit dateChanged();
    if (!attached())
        return; // read once the session is there
    reloadCheckin();
    reloadHardMoments();
}

QString CheckinEditor::title() const {
    if (!attached() || !m_date.isValid())
        return {};
    return dayTitle(toBoostDate(m_date), session()->today());
}

QString CheckinEditor::longDate() const {
    return QLocale().toString(m_date, QLocale::LongFormat);
}

bool CheckinEditor::isToday() const {
    return attached() && m_date == toQDate(session()->today());
}

void CheckinEditor::reloadItems() {
    const auto tracked =
        readOr([this] { return session()->tracking().trackedItems(); }, session()->tracking().defaultItems());
    // On a day off the questions about work are not asked: there was no work to answer about.
    m_items.setItems(session()->definition().itemsToAsk(tracked, m_checkin.restDay));
    m_items.setAnswers(m_checkin.answers);
    emit itemsChanged();
    emit checkinChanged();
}

void CheckinEditor::reloadCheckin() {
    const auto day = toBoostDate(m_date);
    try {
        const auto stored = session()->checkins().find(day);
        m_checkin = stored.value_or(emptyCheckin(day));
        m_savedAt = stored ? std::optional(stored->updatedAt) : std::nullopt;
        m_errorText.clear();
    } catch (const StorageError& error) {
        m_checkin = emptyCheckin(day);
        m_savedAt.reset();
        m_errorText = storageErrorText(error);
    }
    m_notePending = false;
    reloadItems(); // a day off asks fewer questions
    m_selfCare.setDone(m_checkin.selfCareDone);
    emit noteChanged();
    emit checkinChanged();
    emit saveStatusChanged();
}

void CheckinEditor::reloadPlan() {
    m_selfCare.setActions(readOr([this] { return session()->plan().active(); }, std::vector<PlanAction>{}));
    m_selfCare.setDone(m_checkin.selfCareDone);
    emit planChanged();
    emit checkinChanged();
}

void CheckinEditor::reloadHardMoments() {
    const auto day = toBoostDate(m_date);
    try {
        m_hardMomentCount = static_cast<int>(session()->momentsOnCheckinDays(day, day).size());
    } catch (const StorageError& error) {
        m_errorText = storageErrorText(error);
        emit saveStatusChanged();
    }
    emit hardMomentsChanged();
}

void CheckinEditor::setAnswer(const QString& itemId, int value) {
    if (!attached())
        return;
    const auto id = itemId.toStdString();
    // A retired question is known (its old answers stay) but no longer asked: no new answer goes to it.
    const auto* item = session()->definition().find(id);
    if (!item || item->retired) {
        m_errorText = tr("That answer doesn't fit this question, so it wasn't saved.");
        emit saveStatusChanged();
        return;
    }
    const auto previous = m_checkin.answer(id);
    if (previous == value)
        return;
    m_checkin.answers[id] = value;
    persist();
    if (!m_errorText.isEmpty()) {
        // Keep the screen truthful: show what is stored, not the rejected value.
        if (previous)
            m_checkin.answers[id] = *previous;
        else
            m_checkin.answers.erase(id);
    }
    m_items.setAnswers(m_checkin.answers);
    emit checkinChanged();
}

void CheckinEditor::skip(const QString& itemId) {
    const auto id = itemId.toStdString();
    const auto previous = m_checkin.answer(id);
    if (!previous)
        return;
    m_checkin.answers.erase(id);
    persist();
    if (!m_errorText.isEmpty())
        m_checkin.answers[id] = *previous; // keep showing what is stored
    m_items.setAnswers(m_checkin.answers);
    emit checkinChanged();
}

void CheckinEditor::setRestDay(bool restDay) {
    if (restDay == m_checkin.restDay)
        return;
    m_checkin.restDay = restDay;
    persist();
    if (!m_errorText.isEmpty())
        m_checkin.restDay = !restDay; // keep showing what is stored
    reloadItems();                    // the work questions come and go with it
}

void CheckinEditor::setSelfCareDone(qint64 actionId, bool done) {
    if (m_selfCare.rowOf(actionId) < 0) {
        m_errorText = tr("That action isn't in your plan any more, so it wasn't ticked.");
        emit saveStatusChanged();
        return;
    }
    if (m_checkin.selfCareDone.contains(actionId) == done)
        return;
    const auto previous = m_checkin.selfCareDone;
    if (done)
        m_checkin.selfCareDone.insert(actionId);
    else
        m_checkin.selfCareDone.erase(actionId);
    persist();
    if (!m_errorText.isEmpty())
        m_checkin.selfCareDone = previous; // keep showing what is stored
    m_selfCare.setDone(m_checkin.selfCareDone);
    emit checkinChanged();
}

void CheckinEditor::setNote(const QString& note) {
    const auto text = note.toStdString();
    if (text == m_checkin.note)
        return;
    m_checkin.note = text;
    m_notePending = true;
    m_noteTimer.start();
    emit noteChanged();
    emit saveStatusChanged();
}

void CheckinEditor::onApplicationStateChanged(Qt::ApplicationState state) {
    if (state != Qt::ApplicationActive)
        flush();
}

void CheckinEditor::flush() {
    m_noteTimer.stop();
    if (!m_notePending)
        return;
    persist();
}

void CheckinEditor::persist() {
    m_notePending = false;
    if (!attached())
        return;
    auto problems = validateCheckin(m_checkin, session()->definition(), session()->today());
    // Answers to questions the definition no longer has came from storage, not from this editor (setAnswer
    // refuses unknown ids). They are history: keep them as they are, and never let them block saving the
    // rest of the day, such as its note.
    std::erase_if(problems, [](const CheckinProblem& problem) {
        return problem.kind == CheckinProblemKind::UnknownItem;
    });
    if (!problems.empty()) {
        m_errorText = problems.front().kind == CheckinProblemKind::DateInFuture
                          ? tr("This day hasn't started yet, so it can't be filled in.")
                      : problems.front().kind == CheckinProblemKind::NoteTooLong
                          ? tr("The note is too long to save. Please shorten it.")
                          : tr("That answer doesn't fit this question, so it wasn't saved.");
        emit saveStatusChanged();
        return;
    }
    m_persisting = true;
    try {
        const auto now = session()->clock().nowLocal();
        if (m_checkin.isEmpty()) {
            session()->checkins().remove(m_checkin.date);
            m_savedAt.reset();
        } else {
            if (!m_savedAt)
                m_checkin.createdAt = now;
            m_checkin.updatedAt = now;
            session()->checkins().save(m_checkin);
            m_savedAt = now;
        }
        m_errorText.clear();
    } catch (const StorageError& error) {
        m_errorText = storageErrorText(error);
    }
    m_persisting = false;
    emit saveStatusChanged();
}

QString CheckinEditor::progressText() const {
    if (m_checkin.restDay && answeredCount() == 0)
        return tr("Marked as a rest day");
    return tr("%1 of %2 answered").arg(answeredCount()).arg(itemCount());
}

QString CheckinEditor::selfCareText() const {
    if (!hasPlan())
        return tr("Your self-care plan is empty. Pick a few small things that help you, then tick them "
                  "here.");
    int done = 0;
    for (const auto& action : m_selfCare.actions())
        done += m_checkin.selfCareDone.contains(action.id) ? 1 : 0;
    if (done == 0)
        return tr("Tick anything you managed. Small things count.");
    return tr("%1 of %2 done").arg(done).arg(m_selfCare.rowCount());
}

QString CheckinEditor::saveStatus() const {
    if (!m_errorText.isEmpty())
        return m_errorText;
    if (m_notePending)
        return tr("Saving…");
    if (!m_savedAt)
        return tr("Nothing saved for this day yet");
    const QTime time = toQDateTime(*m_savedAt).time();
    // Minutes are precise enough; some locales' short format still carries seconds.
    const QString format = QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    return tr("Saved on this device at %1").arg(QLocale().toString(time, format));
}

QString CheckinEditor::hardMomentsText() const {
    if (m_hardMomentCount == 0)
        return isToday() ? tr("No hard moments logged today") : tr("No hard moments logged");
    return m_hardMomentCount == 1 ? tr("1 hard moment logged")
                                  : tr("%1 hard moments logged").arg(m_hardMomentCount);
}

bool CheckinEditor::logHardMoment(int intensity, const QString& note) {
    if (!isToday() || intensity < HardMoment::minIntensity || intensity > HardMoment::maxIntensity) {
        m_errorText = tr("Hard moments are logged as they happen, on today's page.");
        emit saveStatusChanged();
        return false;
    }
    HardMoment moment;
    moment.occurredAt = session()->clock().nowLocal();
    moment.intensity = intensity;
    moment.note = note.trimmed().toStdString();
    try {
        (void)session()->hardMoments().add(moment);
    } catch (const StorageError& error) {
        m_errorText = storageErrorText(error);
        emit saveStatusChanged();
        return false;
    }
    return true;
}

} // namespace tend::ui
