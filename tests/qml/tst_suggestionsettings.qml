import QtQuick
import QtTest
import Tend.Ui

// Settings, "Suggestions": a switch per kind stores the choice at once; crisis support has no switch.
TestCase {
    id: testCase

    name: "SuggestionSettings"
    width: 390
    height: 844
    visible: true
    when: windowShown

    Component {
        id: settingsComponent

        SuggestionSettings {
            width: 358
        }
    }

    function test_switchesTurnKindsOffAndOn() {
        const settings = createTemporaryObject(settingsComponent, testCase);
        const controller = findChild(settings, "promptSettings");
        verify(!findChild(settings, "kind_crisis"), "crisis support cannot be turned off");
        const selfCare = findChild(settings, "kind_self_care");
        verify(selfCare.checked);
        verify(selfCare.height >= 48, "a touch target of at least 48 px");
        waitForRendering(settings);
        mouseClick(selfCare);
        verify(!selfCare.checked);
        compare(controller.statusText, "Turned off: Self-care ideas. You can turn it on again here at any time.");

        // Another view of the same setting sees it.
        const again = createTemporaryObject(settingsComponent, testCase);
        verify(!findChild(again, "kind_self_care").checked);
        again.visible = false; // it lies over the first one, which the next click is for

        mouseClick(selfCare);
        verify(selfCare.checked);
        compare(controller.statusText, "Turned on: Self-care ideas.");
        verify(findChild(again, "kind_self_care").checked, "the other view follows");
    }
}
