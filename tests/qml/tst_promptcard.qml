import QtQuick
import QtTest
import Tend.Ui

// Suggestion cards on the Today page, against the real controllers and database: "not for me" asks how
// long and says what it did, the follow-up after a very hard moment opens only when tapped, and crisis
// support stays in reach without folding under the worker's eyes.
TestCase {
    id: testCase

    name: "PromptCard"
    width: 390
    height: 844
    visible: true
    when: windowShown

    // Tall enough that every card is on screen without scrolling.
    Component {
        id: todayComponent

        TodayPage {
            width: 390
            height: 3000
        }
    }

    function cardOf(page, ruleId) {
        return findChild(page, "prompt_" + ruleId);
    }

    function test_a_notForMeAsksHowLongAndCanBeUndone() {
        const page = createTemporaryObject(todayComponent, testCase);
        const editor = findChild(page, "todayCheckin");
        verify(!cardOf(page, "followup_intense_moment"), "no follow-up before a very hard moment");
        verify(editor.logHardMoment(3));
        let card = cardOf(page, "followup_intense_moment");
        verify(card, "a very hard moment brings its follow-up to Today");
        compare(App.currentPage === "followup", false, "it does not open by itself");
        waitForRendering(page);

        const month = findChild(card, "hideForAMonth");
        verify(!month.visible, "how long is asked only once the worker says it is not for them");
        mouseClick(findChild(card, "notForMe"));
        verify(month.visible);
        compare(findChild(card, "hideForRuleDays").text, "For today");
        compare(findChild(card, "hideForGood").text, "Don't show this again");
        mouseClick(month);
        card = cardOf(page, "followup_intense_moment");
        const note = findChild(card, "setAsideText");
        verify(note.visible);
        compare(note.text, "Hidden until 27 December.");

        waitForRendering(page);
        mouseClick(findChild(card, "allowAgain"));
        card = cardOf(page, "followup_intense_moment");
        verify(card, "allowed again, it is a suggestion again");
        verify(!findChild(card, "setAsideText").visible);
    }

    function test_b_theFollowUpOpensWhenTapped() {
        const page = createTemporaryObject(todayComponent, testCase);
        const card = cardOf(page, "followup_intense_moment");
        verify(card);
        waitForRendering(page);
        mouseClick(findChild(card, "promptAction"));
        compare(App.currentPage, "followup");
        App.goBack();
    }

    function test_c_crisisSupportFoldsOnlyOnALaterVisit() {
        let page = createTemporaryObject(todayComponent, testCase);
        const editor = findChild(page, "todayCheckin");
        editor.setAnswer("mood", 0);
        editor.setAnswer("numb", 4);
        const card = cardOf(page, "crisis_low_and_far_away_today");
        verify(card, "answers that signal acute distress bring crisis support");
        verify(!findChild(card, "unfoldSupport").visible);
        const fullHeight = card.height;

        // A calmer answer afterwards: the same card, still in full, with nothing moving under the worker.
        editor.setAnswer("mood", 3);
        compare(cardOf(page, "crisis_low_and_far_away_today"), card);
        verify(!findChild(card, "unfoldSupport").visible);
        compare(card.height, fullHeight);
        verify(findChild(card, "foldSupport").visible);
        page.destroy();

        // Coming back to Today later that day: one calm line, which opens the whole card again.
        page = createTemporaryObject(todayComponent, testCase);
        const kept = cardOf(page, "crisis_low_and_far_away_today");
        const line = findChild(kept, "unfoldSupport");
        verify(line.visible);
        verify(line.height >= 48, "a touch target of at least 48 px");
        verify(kept.height < fullHeight / 2, "folded to one line: " + kept.height);
        waitForRendering(page);
        mouseClick(line);
        verify(!line.visible);
        tryVerify(() => kept.height >= fullHeight, 1000, "the full card with its contacts");
        findChild(page, "todayCheckin").skip("mood");
        findChild(page, "todayCheckin").skip("numb");
    }
}
