import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// "Finish and clear" (完成并清除): a short confirmation before the kiosk forgets the candidate.
Dialog {
    id: root

    objectName: "kioskFinishDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 2 * Theme.padding : 520)
    modal: true
    closePolicy: Popup.CloseOnEscape
    title: qsTr("Finish and clear")
    onOpened: cancelButton.forceActiveFocus(Qt.TabFocusReason)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("You will be signed out and everything you entered on this computer will be cleared, so the next person sees nothing of it. What was already saved on the server stays there: sign in again on any computer to continue.")
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacing

            Button {
                id: cancelButton

                objectName: "kioskFinishCancel"
                Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel and keep working")
                KeyNavigation.right: finishButton
                onClicked: root.close()
            }
            Button {
                id: finishButton

                objectName: "kioskFinishConfirm"
                Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                text: qsTr("Finish and clear")
                highlighted: true
                Accessible.name: qsTr("Finish, sign out and clear everything on this computer")
                onClicked: {
                    root.close();
                    KioskController.finishAndClear();
                }
            }
        }
    }
}
