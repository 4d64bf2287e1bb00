import QtQuick
import ZkGrad

// Everything a kiosk adds over the pages: the idle countdown, the staff PIN dialog (the
// documented shortcut Ctrl+Alt+Shift+Q or a 3-second press on the title opens it) and the
// "finish and clear" confirmation.
Item {
    id: root

    readonly property alias countdownDialog: countdown
    readonly property alias staffDialog: staffDialog
    readonly property alias finishDialog: finishDialog

    function openStaff(): void {
        finishDialog.close();
        staffDialog.open();
    }

    function confirmFinish(): void {
        finishDialog.open();
    }

    function closeAll(): void {
        staffDialog.close();
        finishDialog.close();
        countdown.close();
    }

    Shortcut {
        sequence: "Ctrl+Alt+Shift+Q"
        context: Qt.ApplicationShortcut
        onActivated: root.openStaff()
    }

    Connections {
        function onAboutToWipe() {
            root.closeAll();
        }

        target: KioskController
    }

    KioskCountdownDialog {
        id: countdown
    }
    KioskStaffDialog {
        id: staffDialog
    }
    KioskFinishDialog {
        id: finishDialog
    }
}
