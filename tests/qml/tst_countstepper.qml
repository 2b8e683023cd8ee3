import QtQuick
import QtTest
import Tend.Ui

TestCase {
    id: testCase

    name: "CountStepper"
    width: 390
    height: 200
    visible: true
    when: windowShown

    Component {
        id: stepperComponent

        CountStepper {
            width: 360
            itemId: "hard_cases"
            text: "How many hard cases or calls did you have?"
            help: ""
            minimum: 0
            maximum: 3
            value: -1
            answered: false
        }
    }

    SignalSpy {
        id: chosenSpy

        signalName: "answerChosen"
    }

    function init() {
        chosenSpy.clear();
    }

    function test_unansweredStartsFromMinimumNotFromZeroAnswer() {
        const stepper = createTemporaryObject(stepperComponent, testCase);
        chosenSpy.target = stepper;
        waitForRendering(stepper);
        mouseClick(findChild(stepper, "more"));
        compare(chosenSpy.signalArguments[0][0], 1);
        mouseClick(findChild(stepper, "fewer"));
        compare(chosenSpy.signalArguments[1][0], 0);
    }

    function test_limitsAtTheScaleEnds() {
        const stepper = createTemporaryObject(stepperComponent, testCase, { value: 3, answered: true });
        verify(!findChild(stepper, "more").enabled);
        verify(findChild(stepper, "fewer").enabled);
        stepper.value = 0;
        verify(!findChild(stepper, "fewer").enabled);
    }
}
