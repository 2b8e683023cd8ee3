#pragma once

#include <map>
#include <string>

namespace tend::ui {

// The questionnaire the worker has open and the answers given so far, kept in memory only.
//
// Pages are created afresh each time they are shown, so the page cannot hold this itself: the worker may
// tap Support halfway through and come back, and Today's card has to say which pack to open. Keeping it
// here, for the life of the app and never on disk, means a half-answered questionnaire survives a visit
// to another page but leaves no trace once the app closes. Only the ui thread touches it.
class AssessmentDraft final {
public:
    AssessmentDraft() = delete;

    // Opens `packId`. Answers given so far are kept when it is the pack already open, dropped otherwise.
    static void open(const std::string& packId);
    // Forgets the open pack and its answers (after saving, or when the worker leaves it).
    static void clear();

    [[nodiscard]] static const std::string& packId() { return s_packId; }
    [[nodiscard]] static const std::map<std::string, int>& answers() { return s_answers; }
    static void setAnswer(const std::string& itemId, int value) { s_answers[itemId] = value; }
    static void clearAnswer(const std::string& itemId) { s_answers.erase(itemId); }

private:
    static inline std::string s_packId;
    static inline std::map<std::string, int> s_answers;
};

} // namespace tend::ui
