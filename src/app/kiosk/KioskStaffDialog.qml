import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// Staff only: the PIN (typed, or on the keypad for touch screens), then the staff menu:
// exit the app, clear now, or cancel. Five wrong PINs lock it for a minute.
Dialog {
    id: root

    objectName: "kioskStaffDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(440, parent ? parent.width - 2 * Theme.padding : 440)
    modal: true
    closePolicy: Popup.CloseOnEscape
    title: KioskController.staffUnlocked ? qsTr("Staff menu") : qsTr("Staff PIN")
    onOpened: {
        pinField.text = "";
        pinField.forceActiveFocus();
    }
    onClosed: {
        pinField.text = "";
        KioskController.closeStaffMenu();
    }

    // A keypad key: a digit, "C" (clear) or "⌫" (delete the last digit).
    function keypad(key: string): void {
        if (key === "C")
            pinField.text = "";
        else if (key === "⌫")
            pinField.text = pinField.text.slice(0, -1);
        else if (pinField.text.length < KioskController.pinMaxLength)
            pinField.text += key;
    }

    function tryPin(): void {
        if (KioskController.checkPin(pinField.text))
            exitButton.forceActiveFocus();
        else
            pinField.forceActiveFocus();
        pinField.text = "";
    }

    // Either the PIN or the staff menu; a hidden layout takes no room, so the dialog fits each.
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            visible: !KioskController.staffUnlocked
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("For school staff: enter the staff PIN to exit or clear this computer.")
                wrapMode: Text.Wrap
            }
            TextField {
                id: pinField

                objectName: "kioskPinField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                maximumLength: KioskController.pinMaxLength
                enabled: !KioskController.pinLocked
                validator: RegularExpressionValidator {
                    regularExpression: /[0-9]*/ // the length is maximumLength's
                }
                placeholderText: qsTr("PIN (%1 to %2 digits)").arg(KioskController.pinMinLength).arg(KioskController.pinMaxLength)
                Accessible.name: qsTr("Staff PIN")
                Accessible.description: KioskController.pinMessage
                onAccepted: root.tryPin()
            }
            Label {
                objectName: "kioskPinMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: KioskController.pinMessage
                color: Theme.danger
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            // A keypad, for touch screens without a keyboard.
            GridLayout {
                Layout.alignment: Qt.AlignHCenter
                columns: 3
                rowSpacing: 6
                columnSpacing: 6
                enabled: !KioskController.pinLocked

                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "⌫"]
                    // Wired here, not in the delegate, so the delegate needs nothing outside it.
                    onItemAdded: (index, item) => {
                        const key = (item as Button).text;
                        (item as Button).clicked.connect(() => root.keypad(key));
                    }

                    Button {
                        required property string modelData

                        Layout.preferredWidth: Theme.minimumTouchTarget * 1.6
                        Layout.preferredHeight: Theme.minimumTouchTarget * 1.2
                        text: modelData
                        focusPolicy: Qt.NoFocus
                        Accessible.name: modelData === "C" ? qsTr("Clear the PIN") : modelData === "⌫" ? qsTr("Delete the last digit") : modelData
                    }
                }
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacing

                Button {
                    objectName: "kioskPinCancel"
                    Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel and go back to the application")
                    onClicked: root.close()
                }
                Button {
                    objectName: "kioskPinOk"
                    Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                    text: qsTr("OK")
                    highlighted: true
                    enabled: !KioskController.pinLocked && pinField.text.length >= KioskController.pinMinLength
                    Accessible.name: qsTr("Check the PIN")
                    onClicked: root.tryPin()
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: KioskController.staffUnlocked
            spacing: Theme.spacing

            Button {
                id: exitButton

                objectName: "kioskExitButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                text: qsTr("Exit the app")
                Accessible.name: qsTr("Clear everything and exit the app")
                KeyNavigation.down: clearButton
                // exitApp() needs the open staff menu, which closing the dialog ends.
                onClicked: {
                    KioskController.exitApp();
                    root.close();
                }
            }
            Button {
                id: clearButton

                objectName: "kioskClearNowButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                text: qsTr("Clear now")
                Accessible.name: qsTr("Sign out the candidate and clear everything now")
                KeyNavigation.down: staffCancel
                onClicked: {
                    KioskController.finishAndClear();
                    root.close();
                }
            }
            Button {
                id: staffCancel

                objectName: "kioskStaffCancel"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                text: qsTr("Cancel")
                Accessible.name: qsTr("Close the staff menu")
                onClicked: root.close()
            }
        }
    }
}
