import QtQuick
import QtTest
import Tend.Ui

// The check-in form wired to a real CheckinEditor and encrypted database: a tap is a saved answer.
TestCase {
    id: testCase

    name: "CheckinForm"
    width: 390
    height: 844
    visible: true
    when: windowShown

    Component {
        id: formComponent

        CheckinForm {
            anchors.fill: parent
            editor: CheckinEditor {
                session: Session
            }
        }
    }

    function test_tapSavesTheAnswerAtOnce() {
        const form = createTemporaryObject(formComponent, testCase);
        const editor = form.editor;
        compare(editor.title, "Today");
        const before = editor.answeredCount;
        waitForRendering(form);
        const choice = findChild(form, "choice3");
        verify(choice, "the first question's fourth choice");
        mouseClick(choice);
        compare(editor.answeredCount, before + 1);
        verify(editor.saved);
        verify(editor.saveStatus.indexOf("Saved") === 0, editor.saveStatus);
    }

    function test_clearRemovesTheAnswer() {
        const form = createTemporaryObject(formComponent, testCase);
        const editor = form.editor;
        editor.setAnswer("mood", 2);
        const answered = editor.answeredCount;
        waitForRendering(form);
        mouseClick(findChild(form, "clearOrSkip"));
        compare(editor.answeredCount, answered - 1);
    }

    function test_hardMomentButtonOnlyForToday() {
        const form = createTemporaryObject(formComponent, testCase);
        verify(form.editor.canLogHardMoment);
        form.editor.date = new Date(2026, 10, 20);
        verify(!form.editor.canLogHardMoment);
    }
}
