import QtQuick
import QtQuick.Layouts
import QtTest
import Tend.Ui

// The worker's own contacts on the Support page: adding one with the editor (with a message at each field
// that needs one), finding it on its card, changing it and removing it.
TestCase {
    id: testCase

    name: "ContactEditor"
    width: 390
    height: 1400
    visible: true
    when: windowShown

    Component {
        id: sectionComponent

        ColumnLayout {
            id: section

            property alias editor: contactEditor
            property alias info: supportInfo

            width: 390

            SupportController {
                id: supportInfo

                session: Session
            }
            PersonalContactEditor {
                id: contactEditor

                session: Session
            }
            SupportContacts {
                Layout.fillWidth: true
                support: supportInfo
                editable: true
                onEditRequested: contactId => contactEditor.startEdit(contactId)

                ContactEditor {
                    Layout.fillWidth: true
                    editor: contactEditor
                }
            }
        }
    }

    function typeInto(section, fieldName, text) {
        const input = findChild(section, fieldName + "Input");
        verify(input, fieldName);
        mouseClick(input);
        input.selectAll();
        keyClick(Qt.Key_Delete);
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function cardNamed(section, name) {
        const cards = findChild(section, "personalContactCards");
        const parent = cards.parent;
        for (let i = 0; i < parent.children.length; ++i) {
            const child = parent.children[i];
            if (child.name === name && child.contactId !== undefined)
                return child;
        }
        return null;
    }

    function test_addChangeAndRemoveAContact() {
        const section = createTemporaryObject(sectionComponent, testCase);
        waitForRendering(section);
        const before = section.info.personalContacts.rowCount();
        verify(!findChild(section, "contactForm").visible);
        mouseClick(findChild(section, "addContact"));
        verify(section.editor.editing);
        waitForRendering(section);
        verify(findChild(section, "contactForm").visible);

        // Saving an empty form says what is missing, at the fields, and stores nothing.
        mouseClick(findChild(section, "saveContact"));
        compare(section.editor.nameError, "Please give the contact a name.");
        verify(findChild(section, "contactReachError").visible);
        compare(section.info.personalContacts.rowCount(), before);

        typeInto(section, "contactName", "Mina");
        typeInto(section, "contactPhone", "0800-HELP");
        compare(section.editor.nameError, "");
        verify(section.editor.phoneError.indexOf("digits, spaces") >= 0);
        typeInto(section, "contactPhone", "020 7946 0555");
        compare(section.editor.phoneError, "");
        mouseClick(findChild(section, "saveContact"));
        verify(!section.editor.editing);
        compare(findChild(section, "contactConfirmation").text,
                "Saved. Mina is on your Support page and on the lock screen.");
        compare(section.info.personalContacts.rowCount(), before + 1);

        // Its card offers the call and a way to change it.
        waitForRendering(section);
        const card = cardNamed(section, "Mina");
        verify(card);
        compare(card.callUrl, "tel:02079460555");
        const change = findChild(card, "editContact");
        verify(change.visible);
        mouseClick(change);
        verify(section.editor.editing);
        compare(section.editor.name, "Mina");

        mouseClick(findChild(section, "removeContact"));
        verify(section.editor.confirmingRemove);
        waitForRendering(section);
        mouseClick(findChild(section, "confirmRemoveContact"));
        verify(!section.editor.editing);
        compare(section.info.personalContacts.rowCount(), before);
    }

    function test_cancelKeepsWhatIsStored() {
        const section = createTemporaryObject(sectionComponent, testCase);
        waitForRendering(section);
        const before = section.info.personalContacts.rowCount();
        mouseClick(findChild(section, "addContact"));
        typeInto(section, "contactName", "Not kept");
        mouseClick(findChild(section, "cancelContact"));
        verify(!section.editor.editing);
        compare(section.info.personalContacts.rowCount(), before);
    }
}
