import QtQuick
import QtTest
import Tend.Ui

// Support from the lock screen: one tap opens the contacts without unlocking, they show the emergency
// number's statement, the crisis lines and the worker's own contacts, nothing of the worker's entries and
// nothing to edit; going back returns to the lock screen, still locked.
TestCase {
    id: testCase

    name: "LockSupport"
    width: 390
    height: 844
    visible: true
    when: windowShown

    readonly property string privateNote: "A private note only the check-in holds"

    Component {
        id: lockComponent

        LockScreen {
            width: 390
            height: 844
            visible: Lock.locked
        }
    }

    Component {
        id: editorComponent

        PersonalContactEditor {
            session: Session
        }
    }

    Component {
        id: checkinComponent

        CheckinEditor {
            session: Session
        }
    }

    function initTestCase() {
        // A contact of the worker's own, and a check-in with a private note that must never show here.
        const editor = createTemporaryObject(editorComponent, testCase);
        verify(editor.startNew());
        editor.kindIndex = 3;
        editor.name = "Ayo (trusted)";
        editor.sms = "07700 900777";
        verify(editor.save());
        const checkin = createTemporaryObject(checkinComponent, testCase, {"date": App.today});
        checkin.setAnswer("mood", 2);
        checkin.note = privateNote;
        checkin.flush();
    }

    function init() {
        verify(Lock.setPin("2468", "2468"));
        Lock.lockNow();
        verify(Lock.locked);
    }

    function cleanup() {
        Lock.closeSupport();
        if (Lock.locked)
            verify(Lock.unlock("2468"));
        verify(Lock.removePin("2468"));
    }

    // Every text shown under `item`.
    function shownTexts(item, texts) {
        if (!item.visible)
            return texts;
        if (item.text !== undefined && typeof item.text === "string" && item.text !== "")
            texts.push(item.text);
        for (let i = 0; i < item.children.length; ++i)
            shownTexts(item.children[i], texts);
        return texts;
    }

    function test_supportOpensWithoutUnlockingAndGoesBack() {
        const screen = createTemporaryObject(lockComponent, testCase);
        waitForRendering(screen);
        const button = findChild(screen, "lockSupportButton");
        verify(button.visible);
        verify(button.height >= 48);
        mouseClick(button);
        verify(Lock.supportShown);
        verify(Lock.locked);
        waitForRendering(screen);
        const view = findChild(screen, "lockSupportView");
        verify(view.visible);
        verify(!findChild(screen, "pinPad").visible);

        const texts = shownTexts(view, []);
        const all = texts.join("\n");
        verify(all.indexOf("Ayo (trusted)") >= 0, "the worker's own contact shows");
        verify(all.indexOf("Find a crisis line near you") >= 0, "the crisis lines show");
        verify(all.indexOf("This needs an internet connection.") >= 0, "a web directory says it needs one");
        verify(all.indexOf("emergency number") >= 0, "the emergency number is spoken of");
        verify(all.indexOf(privateNote) < 0, "no check-in note on the lock screen");
        verify(all.indexOf("Prepare for supervision") < 0, "nothing of supervision on the lock screen");
        // Nothing to change from here: the contacts are read only.
        const change = findChild(view, "editContact");
        verify(change === null || !change.visible);
        verify(findChild(view, "addContact") === null);

        mouseClick(findChild(view, "closeLockSupport"));
        verify(!Lock.supportShown);
        verify(Lock.locked);
        waitForRendering(screen);
        verify(findChild(screen, "pinPad").visible);
    }

    function test_escapeGoesBackToTheLockScreen() {
        const screen = createTemporaryObject(lockComponent, testCase);
        waitForRendering(screen);
        mouseClick(findChild(screen, "lockSupportButton"));
        verify(Lock.supportShown);
        screen.forceActiveFocus();
        keyClick(Qt.Key_Escape);
        verify(!Lock.supportShown);
        verify(Lock.locked);
        // Digits typed while the support view was open never reach the PIN.
        mouseClick(findChild(screen, "lockSupportButton"));
        screen.forceActiveFocus();
        keyClick(Qt.Key_2);
        compare(screen.entered, "");
    }

    function test_unlockingClosesTheSupportView() {
        const screen = createTemporaryObject(lockComponent, testCase);
        waitForRendering(screen);
        mouseClick(findChild(screen, "lockSupportButton"));
        verify(Lock.supportShown);
        verify(Lock.unlock("2468"));
        verify(!Lock.supportShown);
        verify(!screen.visible);
    }
}
