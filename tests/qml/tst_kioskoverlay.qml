import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The kiosk's dialogs as a person meets them: the idle countdown with "continue", the staff
// PIN (a wrong PIN stays and says so, nothing exits) and the "finish and clear" confirmation.
// In QML tests KioskController is the default one: kiosk off, no PIN hash, so no PIN is right.
Item {
    id: root

    width: 1366
    height: 768

    TestCase {
        id: testCase

        name: "KioskOverlay"
        when: windowShown

        Component {
            id: overlayComponent

            KioskOverlay {
                anchors.fill: parent
            }
        }

        function find(dialog, objectName) {
            const item = findChild(dialog.contentItem, objectName);
            verify(item, objectName);
            return item;
        }

        function cleanup() {
            KioskController.continueSession();
        }

        function test_countdownShowsAndContinueHidesIt() {
            const overlay = createTemporaryObject(overlayComponent, root);
            verify(overlay);
            verify(!KioskController.warningVisible);
            KioskController.showWarningNow();
            const dialog = overlay.countdownDialog;
            tryCompare(dialog, "opened", true);
            compare(find(dialog, "kioskSecondsLeft").text, "60");
            verify(KioskController.warningText.indexOf("60") >= 0);
            const button = find(dialog, "kioskContinueButton");
            verify(button.height >= Theme.minimumTouchTarget);
            verify(button.Accessible.name.length > 0);
            mouseClick(button);
            verify(!KioskController.warningVisible);
            tryCompare(dialog, "visible", false);
        }

        function test_escapeMeansContinue() {
            const overlay = createTemporaryObject(overlayComponent, root);
            KioskController.showWarningNow();
            const dialog = overlay.countdownDialog;
            tryCompare(dialog, "opened", true);
            keyClick(Qt.Key_Escape);
            tryCompare(dialog, "visible", false);
            verify(!KioskController.warningVisible);
        }

        function test_wrongPinStaysAndSaysSo() {
            const overlay = createTemporaryObject(overlayComponent, root);
            overlay.openStaff();
            const dialog = overlay.staffDialog;
            tryCompare(dialog, "opened", true);
            const field = find(dialog, "kioskPinField");
            verify(field.activeFocus);
            keyClick(Qt.Key_1);
            keyClick(Qt.Key_2);
            keyClick(Qt.Key_3);
            keyClick(Qt.Key_4);
            compare(field.text, "1234");
            mouseClick(find(dialog, "kioskPinOk"));
            verify(dialog.visible);
            verify(!KioskController.staffUnlocked);
            verify(!KioskController.exitAllowed);
            const message = find(dialog, "kioskPinMessage");
            verify(message.visible);
            verify(message.text.length > 0);
            compare(field.text, "");
            // The staff menu (exit) is not reachable without the PIN.
            verify(!find(dialog, "kioskExitButton").visible);
            keyClick(Qt.Key_Escape);
            tryCompare(dialog, "visible", false);
        }

        // The PIN's length rule is KioskPin's (C++), not numbers written into the dialog.
        function test_pinFieldFollowsThePinRule() {
            const overlay = createTemporaryObject(overlayComponent, root);
            overlay.openStaff();
            const dialog = overlay.staffDialog;
            tryCompare(dialog, "opened", true);
            const field = find(dialog, "kioskPinField");
            const ok = find(dialog, "kioskPinOk");
            compare(KioskController.pinMinLength, 4);
            compare(KioskController.pinMaxLength, 12);
            verify(field.placeholderText.indexOf("4") >= 0 && field.placeholderText.indexOf("12") >= 0);
            keyClick(Qt.Key_A);
            compare(field.text, "");
            for (let i = 1; i < KioskController.pinMinLength; ++i)
                keyClick(Qt.Key_1);
            verify(!ok.enabled);
            keyClick(Qt.Key_1);
            verify(ok.enabled);
            for (let i = 0; i < 20; ++i)
                keyClick(Qt.Key_2);
            compare(field.text.length, KioskController.pinMaxLength);
            keyClick(Qt.Key_Escape);
            tryCompare(dialog, "visible", false);
        }

        function test_finishAsksFirst() {
            const overlay = createTemporaryObject(overlayComponent, root);
            overlay.confirmFinish();
            const dialog = overlay.finishDialog;
            tryCompare(dialog, "opened", true);
            const wipes = KioskController.wipeCount;
            mouseClick(find(dialog, "kioskFinishCancel"));
            tryCompare(dialog, "visible", false);
            compare(KioskController.wipeCount, wipes);
        }
    }
}
