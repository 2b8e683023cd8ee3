import QtQuick
import QtQuick.Controls
import Tend.Ui

// A field for a PIN or passphrase: hidden as typed, kept out of keyboard suggestions and learning.
TextField {
    implicitHeight: 52
    echoMode: TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhHiddenText
    color: Theme.text
}
