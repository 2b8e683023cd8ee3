import QtQuick
import QtTest
import Tend.Ui

TestCase {
    id: testCase

    name: "RatingRow"
    width: 390
    height: 300
    visible: true
    when: windowShown

    Component {
        id: rowComponent

        RatingRow {
            width: 360
            itemId: "mood"
            text: "How are you feeling overall today?"
            help: ""
            labels: ["Very low", "Low", "Okay", "Good", "Very good"]
            minimum: 0
            value: -1
            answered: false
        }
    }

    SignalSpy {
        id: chosenSpy

        signalName: "answerChosen"
    }
    SignalSpy {
        id: clearedSpy

        signalName: "cleared"
    }
    SignalSpy {
        id: skippedSpy

        signalName: "skipped"
    }

    function init() {
        chosenSpy.clear();
        clearedSpy.clear();
        skippedSpy.clear();
    }

    function test_showsOneChoicePerLabel() {
        const row = createTemporaryObject(rowComponent, testCase);
        for (let i = 0; i < 5; ++i)
            verify(findChild(row, "choice" + i), "choice " + i);
        compare(findChild(row, "choice5"), null);
    }

    function test_tapChoosesThatValue() {
        const row = createTemporaryObject(rowComponent, testCase, { minimum: 1 });
        chosenSpy.target = row;
        const choice = findChild(row, "choice2");
        waitForRendering(row);
        mouseClick(choice);
        compare(chosenSpy.count, 1);
        compare(chosenSpy.signalArguments[0][0], 3, "minimum + index");
    }

    function test_unansweredOffersSkipAnsweredOffersClear() {
        const row = createTemporaryObject(rowComponent, testCase);
        clearedSpy.target = row;
        skippedSpy.target = row;
        const button = findChild(row, "clearOrSkip");
        compare(button.text, "Skip");
        mouseClick(button);
        compare(skippedSpy.count, 1);
        compare(clearedSpy.count, 0);

        row.value = 3;
        row.answered = true;
        compare(button.text, "Clear");
        mouseClick(button);
        compare(clearedSpy.count, 1);
    }

    function test_chosenValueIsMarkedForAssistiveTech() {
        const row = createTemporaryObject(rowComponent, testCase, { value: 2, answered: true });
        compare(findChild(row, "choice2").Accessible.checked, true);
        compare(findChild(row, "choice1").Accessible.checked, false);
    }
}
