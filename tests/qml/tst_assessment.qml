import QtQuick
import QtTest
import Tend.Ui

// The assessment page, Today's card and the history list, against the real controllers and database.
// Test functions run in name order; the card comes first, while nothing has been taken yet.
TestCase {
    id: testCase

    name: "Assessment"
    width: 390
    height: 844
    visible: true
    when: windowShown

    // Tall enough that every line and button of the questionnaire is on screen without scrolling.
    Component {
        id: pageComponent

        AssessmentPage {
            width: 390
            height: 3000
        }
    }
    Component {
        id: cardComponent

        AssessmentDueCard {
            width: 358
        }
    }
    Component {
        id: historyComponent

        AssessmentHistory {
            width: 358
        }
    }

    function test_a_cardStartOpensThePackOnThePage() {
        const card = createTemporaryObject(cardComponent, testCase);
        const due = findChild(card, "assessmentDue");
        verify(due.shown, "nothing taken yet, so the monthly reflection is due");
        verify(card.visible);
        verify(card.implicitHeight > 100, "card height " + card.implicitHeight);
        waitForRendering(card);
        mouseClick(findChild(card, "startAssessment"));
        compare(App.currentPage, "assessment");
        App.goBack();
        const page = createTemporaryObject(pageComponent, testCase);
        const assessment = findChild(page, "assessmentController");
        compare(assessment.packId, "monthly_reflection");
        assessment.closePack();
    }

    function test_b_historyIsEmptyButSized() {
        const history = createTemporaryObject(historyComponent, testCase);
        verify(findChild(history, "assessmentHistory").empty);
        verify(history.implicitHeight > 0);
    }

    function test_c_takingThePackFromTheList() {
        const page = createTemporaryObject(pageComponent, testCase);
        const assessment = findChild(page, "assessmentController");
        verify(!assessment.hasPack, "with no pack chosen the page lists the packs");
        waitForRendering(page);
        mouseClick(findChild(page, "openPack"));
        verify(assessment.hasPack);
        waitForRendering(page);
        mouseClick(findChild(page, "choice2"));
        compare(assessment.answeredCount, 1);
        mouseClick(findChild(page, "saveAnswers"));
        verify(assessment.showingResult);
        compare(assessment.scores.rowCount(), 2);
        mouseClick(findChild(page, "doneWithResult"));
        verify(!assessment.hasPack);
    }

    function test_d_historyShowsTheSavedResultAndTheCardIsGone() {
        const history = createTemporaryObject(historyComponent, testCase);
        verify(!findChild(history, "assessmentHistory").empty);
        const card = createTemporaryObject(cardComponent, testCase);
        verify(!card.visible);
    }
}
