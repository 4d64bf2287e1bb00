import QtQuick
import QtTest
import ZkGrad

// 用手机传照片 on a photo slot (the harness switches it on, on 127.0.0.1): the button opens a
// dialog that shows a QR code of the transfer's link while it waits, and closing the dialog
// ends the transfer. (Every refusal and the closed port are tested in C++.)
Item {
    id: root

    width: 1100
    height: 760

    PhotoSlotView {
        id: view

        width: 720
        photoSlot: WizardController.idPhotos.front
    }

    TestCase {
        name: "PhoneTransferDialog"
        when: windowShown

        function test_qrCodeWhileWaitingThenStopsOnClose(): void {
            const phone = findChild(view, "phoneTransfer");
            verify(phone !== null);
            verify(phone.visible);
            const button = findChild(view, "phoneTransferButton");
            verify(button.enabled);
            compare(findChild(view, "phoneTransferUnavailable").visible, false);
            compare(PhoneTransfer.state, PhoneTransfer.Idle);
            mouseClick(button);
            const dialog = phone.dialog;
            tryVerify(() => dialog.opened);
            compare(PhoneTransfer.state, PhoneTransfer.Waiting);
            compare(PhoneTransfer.photoSlot, view.photoSlot);
            verify(PhoneTransfer.url.startsWith("http://127.0.0.1:"));
            verify(PhoneTransfer.url.indexOf("/t/") > 0 && PhoneTransfer.url.indexOf("#") > 0);
            const qr = findChild(dialog.contentItem, "phoneTransferQrCode");
            verify(qr.visible);
            compare(qr.text, PhoneTransfer.url);
            verify(qr.moduleCount > 0);
            verify(findChild(dialog.contentItem, "phoneTransferStatus").text.length > 0);
            mouseClick(findChild(dialog.contentItem, "phoneTransferClose"));
            tryVerify(() => !dialog.visible);
            compare(PhoneTransfer.state, PhoneTransfer.Idle);
            compare(PhoneTransfer.url, "");
        }
    }
}
