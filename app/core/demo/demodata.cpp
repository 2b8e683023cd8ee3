#include "demo/demodata.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace tend {

namespace {

using boost::gregorian::date;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;

// splitmix64: tiny, well mixed and specified bit for bit, unlike std:: distributions whose output differs
// between standard libraries. Only integer arithmetic and exact double operations follow from it.
class DemoRandom final {
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed) {}

    std::uint64_t next() {
        m_state += 0x9E3779B97F4A7C15ULL;
        std::uint64_t z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1), from the top 53 bits.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    bool chance(double probability) { return unit() < probability; }

    // Uniform in [lowest, highest]; the modulo bias is far below anything a demo can show.
    int between(int lowest, int highest) {
        const auto span = static_cast<std::uint64_t>(highest - lowest) + 1;
        return lowest + static_cast<int>(next() % span);
    }

    // Triangular noise in [-1, 1], centred on 0: everyday wobble without a heavy tail.
    double wobble() { return unit() + unit() - 1.0; }

    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& choices) {
        return choices[static_cast<std::size_t>(between(0, static_cast<int>(N) - 1))];
    }

private:
    std::uint64_t m_state;
};

enum class Phase { Settled, Drift, Leave, Recovery };

// Day boundaries of the story, scaled from a 180-day telling: 8 weeks settled, 6 weeks of drift, one week
// of leave, then recovery.
struct Story {
    int settledEnd;
    int driftEnd;
    int leaveEnd;
    int days;

    explicit Story(int totalDays)
        : settledEnd(totalDays * 56 / 180)
        , driftEnd(settledEnd + totalDays * 42 / 180)
        , leaveEnd(std::min(totalDays, driftEnd + 7))
        , days(totalDays) {}

    [[nodiscard]] Phase phaseOf(int day) const {
        if (day < settledEnd)
            return Phase::Settled;
        if (day < driftEnd)
            return Phase::Drift;
        if (day < leaveEnd)
            return Phase::Leave;
        return Phase::Recovery;
    }

    // How strained the worker is on `day`, from 0 (at ease) to 1 (overwhelmed). Piecewise linear and
    // quadratic only, so that every platform computes the same doubles.
    [[nodiscard]] double strainOn(int day) const {
        constexpr double settled = 0.12;
        switch (phaseOf(day)) {
        case Phase::Settled:
            return settled;
        case Phase::Drift: {
            // Slow at first, then faster: drift is hard to see from inside until it is not.
            const double t = static_cast<double>(day - settledEnd + 1) / (driftEnd - settledEnd);
            return settled + 0.83 * t * (0.7 + 0.3 * t);
        }
        case Phase::Leave: {
            const int length = std::max(leaveEnd - driftEnd - 1, 1);
            return 0.55 - 0.3 * (day - driftEnd) / length;
        }
        case Phase::Recovery: {
            const double settleSpan = 0.6 * std::max(days - leaveEnd, 1);
            const double t = std::min(1.0, (day - leaveEnd) / settleSpan);
            // Going back to work costs something at first; then the worker settles again.
            return 0.4 - (0.4 - settled) * t;
        }
        }
        return settled;
    }
};

constexpr std::array settledNotes{
    "Good team meeting. We actually laughed.",
    "Quiet day. Finished my notes on time for once.",
    "Long shift. Walked home the long way and it helped.",
    "Someone thanked me today and I believed them.",
    "Tired but okay. Early night.",
    "Lunch outside with a colleague. Felt human.",
    "Busy but manageable. Left on time.",
};
constexpr std::array driftNotes{
    "Picked up another extra shift. I keep saying yes.",
    "Couldn't switch off tonight. Kept going over the day.",
    "Snapped at my partner over nothing. Not like me.",
    "Third late finish this week. Skipped lunch again.",
    "Sat in the car for ten minutes before I could drive home.",
    "Hard week. Everyone on the team looks tired.",
    "Woke at 4 and lay there thinking about work.",
    "Forgot to eat until three. Again.",
};
constexpr std::array leaveNotes{
    "First day off. Slept until nine.",
    "Long walk by the water. Phone stayed in my bag.",
    "Saw friends. Didn't talk about work at all.",
    "Starting to feel like myself again.",
};
constexpr std::array recoveryNotes{
    "Back at work. Asked for a lighter caseload and got it.",
    "Talked it through with my supervisor. Felt heard.",
    "Took my full break today. Small thing, big difference.",
    "Good day. Proud of how I handled a tricky visit.",
    "Peer catch-up after a hard call. That helped.",
    "Slept properly two nights in a row.",
    "Said no to an extra shift. Felt strange, then fine.",
    "Went for a swim before work. Clear head all morning.",
    "Ordinary day. Ordinary feels good right now.",
};
constexpr std::array momentNotes{
    "Difficult phone call.",
    "Hard home visit.",
    "Upsetting news about someone I support.",
    "Tense meeting.",
};

// Hands out each phase's notes in turn, so that a note repeats only once its phase has used them all: a
// diary that says the same line twice in a week reads like a machine.
class NoteWriter final {
public:
    const char* next(Phase phase) {
        const auto turn = m_used[static_cast<std::size_t>(phase)]++;
        switch (phase) {
        case Phase::Settled:
            return settledNotes[turn % settledNotes.size()];
        case Phase::Drift:
            return driftNotes[turn % driftNotes.size()];
        case Phase::Leave:
            return leaveNotes[turn % leaveNotes.size()];
        case Phase::Recovery:
            return recoveryNotes[turn % recoveryNotes.size()];
        }
        return "";
    }

private:
    std::array<std::size_t, 4> m_used{};
};

// Where an answer sits on its scale, as a fraction from 0 (scale min) to 1 (scale max), given the strain.
double targetFraction(const CheckinItem& item, double strain) {
    switch (item.group) {
    case ItemGroup::Wellbeing:
        return 0.68 - 0.45 * strain;
    case ItemGroup::Exposure:
        return 0.25 + 0.65 * strain;
    case ItemGroup::StsAvoidance:
        return 0.1 + 0.6 * strain;
    case ItemGroup::StsIntrusion:
    case ItemGroup::StsArousal:
    case ItemGroup::StsNumbing:
    case ItemGroup::Burnout:
        return 0.1 + 0.78 * strain;
    case ItemGroup::CompassionSatisfaction:
        return 0.7 - 0.35 * strain;
    }
    return 0.5;
}

int roundToInt(double value) {
    return static_cast<int>(value < 0 ? value - 0.5 : value + 0.5);
}

int ratingAnswer(const CheckinItem& item, double strain, double dayMood, bool dayOff, DemoRandom& random) {
    const int span = item.scale.max - item.scale.min;
    double fraction = targetFraction(item, strain);
    if (dayOff && item.group == ItemGroup::Exposure)
        fraction = 0.0;
    // The day's shared mood moves related items together: a bad day is bad on several questions at once.
    const double towardsWorse = item.polarity == Polarity::HigherIsWorse ? dayMood : -dayMood;
    const double points = fraction * span + (0.45 * towardsWorse + 0.5 * random.wobble()) * span / 4.0;
    int value = item.scale.min + roundToInt(points);
    // Even in the hardest weeks the work still meant something some of the time.
    if (item.group == ItemGroup::CompassionSatisfaction)
        value = std::max(value, item.scale.min + 1);
    return std::clamp(value, item.scale.min, item.scale.max);
}

int countAnswer(const CheckinItem& item, double strain, int momentsToday, bool dayOff, DemoRandom& random) {
    constexpr int realisticMax = 8;
    const int count = dayOff ? 0 : momentsToday + random.between(0, 1 + roundToInt(3 * strain));
    return std::clamp(std::min(count, realisticMax), item.scale.min, item.scale.max);
}

int momentIntensity(double strain, DemoRandom& random) {
    const double roll = random.unit();
    if (roll < 0.05 + 0.3 * strain)
        return HardMoment::maxIntensity;
    if (roll < 0.55)
        return HardMoment::minIntensity + 1;
    return HardMoment::minIntensity;
}

std::vector<HardMoment> momentsOfDay(date day, double strain, DemoRandom& random) {
    constexpr int tries = 3;
    const double perTry = (0.25 + 1.5 * strain) / tries;
    std::vector<HardMoment> moments;
    for (int i = 0; i < tries; ++i) {
        if (!random.chance(perTry))
            continue;
        HardMoment moment;
        // Drawn one after the other: the order of two draws in one expression differs between compilers.
        const int minute = random.between(0, 59);
        const int hour = random.between(8, 18);
        moment.occurredAt = ptime(day, hours(hour) + minutes(minute));
        moment.intensity = momentIntensity(strain, random);
        if (random.chance(0.15))
            moment.note = random.pick(momentNotes);
        moments.push_back(std::move(moment));
    }
    std::sort(moments.begin(), moments.end(),
              [](const HardMoment& a, const HardMoment& b) { return a.occurredAt < b.occurredAt; });
    return moments;
}

// Outside leave, a weekend is usually a day off; during the drift the worker keeps taking extra shifts.
bool isDayOff(date day, Phase phase, DemoRandom& random) {
    if (phase == Phase::Leave)
        return true;
    const auto weekday = day.day_of_week().as_number();
    const bool weekend = weekday == 0 || weekday == 6;
    return weekend && random.chance(phase == Phase::Drift ? 0.2 : 0.75);
}

// On leave the worker answers only how they are, not the work questions.
bool asksAboutLeave(const CheckinItem& item) {
    return item.group == ItemGroup::Wellbeing || item.group == ItemGroup::Burnout;
}

struct DayContext {
    Phase phase;
    double strain;
    bool dayOff;
    int momentsToday;
};

void answerItems(Checkin& checkin, const CheckinDefinition& definition, const DayContext& context,
                 DemoRandom& random) {
    const double dayMood = random.wobble();
    for (const auto& item : definition.items) {
        if (context.phase == Phase::Leave && !asksAboutLeave(item))
            continue;
        // A day off is not asked about the work (CheckinItem::work), so it holds no such answers.
        if (context.dayOff && item.work)
            continue;
        // Every question can be skipped, and sometimes is.
        if (random.chance(0.05))
            continue;
        checkin.answers[item.id] =
            item.kind == ItemKind::Count
                ? countAnswer(item, context.strain, context.momentsToday, context.dayOff, random)
                : ratingAnswer(item, context.strain, dayMood, context.dayOff, random);
    }
}

Checkin checkinOfDay(date day, const CheckinDefinition& definition, const DayContext& context,
                     DemoRandom& random, NoteWriter& notes) {
    Checkin checkin;
    checkin.date = day;
    checkin.restDay = context.dayOff;
    answerItems(checkin, definition, context, random);
    // Hard weeks and time off are when people most often write something down.
    const double noteChance = context.phase == Phase::Leave   ? 0.4
                              : context.phase == Phase::Drift ? 0.2
                                                              : 0.08;
    if (random.chance(noteChance))
        checkin.note = notes.next(context.phase);
    checkin.createdAt = ptime(day, hours(20) + minutes(random.between(0, 59)));
    checkin.updatedAt =
        random.chance(0.1) ? checkin.createdAt + minutes(random.between(1, 90)) : checkin.createdAt;
    return checkin;
}

// The demo worker's plan, as indexes into demoPlan.
constexpr std::array demoPlan{"walk_between_visits", "transition_ritual", "peer_check_in", "early_night"};
constexpr std::size_t walkIndex = 0;

// Ticks come from their own random stream, so the check-in story is the same with or without them. The
// walk is likelier on a day followed by a good mood: demo data that shows the pattern it is about.
void addTicks(DemoData& data, std::uint32_t seed) {
    DemoRandom random(seed ^ 0x5e1fca5eU);
    for (std::size_t i = 0; i < data.checkins.size(); ++i) {
        const auto& checkin = data.checkins[i];
        const bool nextDayGood = i + 1 < data.checkins.size() &&
                                 data.checkins[i + 1].date == checkin.date + boost::gregorian::days(1) &&
                                 data.checkins[i + 1].answer("mood").value_or(0) >= 3;
        std::set<std::size_t> done;
        if (random.chance(nextDayGood ? 0.75 : 0.2))
            done.insert(walkIndex);
        for (std::size_t action = walkIndex + 1; action < demoPlan.size(); ++action)
            if (random.chance(0.35))
                done.insert(action);
        if (!done.empty())
            data.ticks.emplace(checkin.date, std::move(done));
    }
}

} // namespace

DemoData generateDemoData(const CheckinDefinition& definition, date lastDay, int days, std::uint32_t seed) {
    DemoData data;
    if (days <= 0)
        return data;
    DemoRandom random(seed);
    NoteWriter notes;
    const Story story(days);
    const date firstDay = lastDay - boost::gregorian::days(days - 1);

    for (int index = 0; index < days; ++index) {
        const date day = firstDay + boost::gregorian::days(index);
        const Phase phase = story.phaseOf(index);
        const double strain = story.strainOn(index);
        const bool dayOff = isDayOff(day, phase, random);
        auto moments = dayOff ? std::vector<HardMoment>{} : momentsOfDay(day, strain, random);
        const bool framesTheStory = index == 0 || index == days - 1 || phase == Phase::Leave;
        // About one day in twelve has no check-in at all; the ends and the leave week always do, so the
        // story stays readable.
        const bool skipped = !framesTheStory && random.chance(0.08);
        if (!skipped) {
            const DayContext context{phase, strain, dayOff, static_cast<int>(moments.size())};
            data.checkins.push_back(checkinOfDay(day, definition, context, random, notes));
        }
        data.moments.insert(data.moments.end(), moments.begin(), moments.end());
    }
    data.plan.assign(demoPlan.begin(), demoPlan.end());
    addTicks(data, seed);
    return data;
}

} // namespace tend
