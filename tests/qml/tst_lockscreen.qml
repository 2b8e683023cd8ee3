import QtQuick
import QtTest
import Tend.Ui

TestCase {
    id: testCase

    name: "LockScreen"
    width: 390
    height: 844
    visible: true
    when: windowShown

    Component {
        id: lockComponent

        LockScreen {
            width: 390
            height: 844
            visible: Lock.locked
        }
    }

    SignalSpy {
        id: eraseSpy

        target: Lock
        signalName: "eraseEverythingRequested"
    }

    function init() {
        eraseSpy.clear();
        verify(Lock.setPin("2468", "2468"));
        Lock.lockNow();
        verify(Lock.locked);
    }

    function cleanup() {
        Lock.cancelForgotPin();
        if (Lock.locked)
            verify(Lock.unlock("2468"));
        verify(Lock.removePin("2468"));
    }

    function tapKey(screen, label) {
        const pad = findChild(screen, "pinPad");
        for (let i = 0; i < pad.children.length; ++i) {
            const key = pad.children[i];
            if (key.text === label) {
                mouseClick(key);
                return;
            }
        }
        fail("no key " + label);
    }

    function test_padUnlocksWithTheRightPin() {
        const screen = createTemporaryObject(lockComponent, testCase);
        waitForRendering(screen);
        verify(findChild(screen, "pinPad").visible);
        verify(!findChild(screen, "passphraseField").visible);
        verify(!findChild(screen, "pinOk").enabled);
        tapKey(screen, "1");
        tapKey(screen, "3");
        tapKey(screen, "5");
        tapKey(screen, "7");
        compare(screen.entered, "1357");
        compare(findChild(screen, "pinDots").children.length - 1, 4); // the dots and their Repeater
        mouseClick(findChild(screen, "pinOk"));
        verify(Lock.locked);
        compare(screen.entered, "");
        compare(findChild(screen, "lockMessage").text, "That PIN didn't match. Please try again.");

        tapKey(screen, "2");
        tapKey(screen, "4");
        tapKey(screen, "6");
        tapKey(screen, "9");
        mouseClick(findChild(screen, "pinDelete"));
        tapKey(screen, "8");
        mouseClick(findChild(screen, "pinOk"));
        verify(!Lock.locked);
        verify(!screen.visible);
    }

    function test_keyboardTypesOnThePad() {
        const screen = createTemporaryObject(lockComponent, testCase);
        waitForRendering(screen);
        screen.forceActiveFocus();
        keyClick(Qt.Key_2);
        keyClick(Qt.Key_4);
        keyClick(Qt.Key_A);
        keyClick(Qt.Key_6);
        keyClick(Qt.Key_8);
        compare(screen.entered, "2468");
        keyClick(Qt.Key_Return);
        verify(!Lock.locked);
    }

    function test_forgottenPinNeedsTwoClearSteps() {
        const screen = createTemporaryObject(lockComponent, testCase);
        waitForRendering(screen);
        mouseClick(findChild(screen, "forgotPin"));
        compare(Lock.forgotStep, 1);
        waitForRendering(screen);
        verify(!findChild(screen, "pinPad").visible);
        verify(!findChild(screen, "eraseEverything").visible);
        mouseClick(findChild(screen, "forgotContinue"));
        compare(Lock.forgotStep, 2);
        waitForRendering(screen);
        compare(eraseSpy.count, 0);
        mouseClick(findChild(screen, "eraseEverything"));
        compare(eraseSpy.count, 1);
    }
}
