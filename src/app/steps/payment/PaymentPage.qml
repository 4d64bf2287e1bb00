import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 交费: the graduation review fee, once the examining school approved. One order per
// application, shown as a QR code and a link; the page waits until the order is paid.
StepPage {
    id: root

    hasPrimaryAction: payButton.visible || openLinkButton.visible

    readonly property PaymentController payment: root.controller as PaymentController
    readonly property bool orderShown: root.payment.qrText.length > 0
    // 缴费 had the keyboard focus when the order came: the focus follows to the way to pay
    // it instead of falling to the page when the button goes.
    property bool payHadFocus: false

    onOrderShownChanged: {
        if (root.orderShown && root.payHadFocus)
            focusAfterOrder.start();
    }

    title: qsTr("Pay the graduation review fee")
    subtitle: qsTr("The fee (缴纳毕业审定费) is paid once, after the examining school has approved your application.")
    showReadOnlyNote: false
    showSummary: false
    showRejection: false

    GridLayout {
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2

        Label {
            text: qsTr("Amount:")
        }
        Label {
            id: amountLabel

            objectName: "amountLabel"
            text: root.payment.amountText.length > 0 ? root.payment.amountText : qsTr("shown once the server has answered")
            font.bold: true
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Amount: %1").arg(amountLabel.text)
        }
        Label {
            text: qsTr("Status:")
        }
        Label {
            id: stateLabel

            objectName: "stateLabel"
            Layout.fillWidth: true
            text: root.payment.stateText
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Payment status: %1").arg(stateLabel.text)
        }
    }

    InfoBanner {
        objectName: "messageBanner"
        Layout.fillWidth: true
        visible: root.payment.message.length > 0
        kind: root.payment.payState === PaymentController.Error ? InfoBanner.Kind.Error : InfoBanner.Kind.Warning
        text: root.payment.message
    }

    InfoBanner {
        objectName: "checkProblemBanner"
        Layout.fillWidth: true
        visible: root.payment.checkFailed && root.payment.checkProblem.length > 0
        kind: InfoBanner.Kind.Warning
        text: root.payment.checkProblem
    }

    Button {
        id: payButton

        objectName: "payButton"
        visible: root.payment.payState === PaymentController.Ready || root.payment.payState === PaymentController.Error || root.payment.payState === PaymentController.Creating
        // Stays enabled while the order is made: a disabled button drops the keyboard focus
        // to the page. pay() ignores a second press.
        enabled: root.payment.canPay || root.payment.busy
        highlighted: true
        text: root.payment.busy ? qsTr("Preparing the order…") : qsTr("Pay the fee")
        Accessible.name: qsTr("Pay the fee")
        Accessible.description: qsTr("Creates the payment order, or shows the one already open; you are never charged twice")
        onClicked: root.payment.pay()
        onActiveFocusChanged: {
            // Hidden because the order came: remember; moved away by the candidate: forget.
            if (payButton.activeFocus)
                root.payHadFocus = true;
            else if (payButton.visible)
                root.payHadFocus = false;
        }
    }

    Timer {
        id: focusAfterOrder

        interval: 0
        onTriggered: {
            root.payHadFocus = false;
            const next = openLinkButton.visible ? openLinkButton : checkButton;
            next.forceActiveFocus(Qt.TabFocusReason);
        }
    }

    Label {
        Layout.fillWidth: true
        visible: root.orderShown
        // A kiosk opens no browser: it would escape the kiosk and keep the page on disk.
        text: KioskController.enabled ? qsTr("Scan the QR code with your phone's payment app. This page notices the payment by itself.") : qsTr("Scan the QR code with your phone's payment app, or open the payment page in the browser. This page notices the payment by itself.")
        wrapMode: Text.Wrap
    }

    QrCodeImage {
        id: qrCode

        objectName: "qrCode"
        visible: root.orderShown
        Layout.preferredWidth: Math.max(180, Theme.basePointSize * 22)
        Layout.preferredHeight: qrCode.Layout.preferredWidth
        text: root.payment.qrText
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("QR code of the payment order")
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.orderShown
        spacing: Theme.spacing

        Button {
            id: openLinkButton

            objectName: "openLinkButton"
            visible: !KioskController.enabled
            // The button is the link: a raw address (127.0.0.1 in the demo) under the QR code
            // told a candidate nothing.
            text: qsTr("Open the payment page in the browser")
            highlighted: true
            Accessible.name: openLinkButton.text
            onClicked: Qt.openUrlExternally(root.payment.payUrl)
        }
        Button {
            id: checkButton

            objectName: "checkButton"
            text: qsTr("Check again")
            Accessible.name: qsTr("Check again whether the payment has arrived")
            onClicked: root.payment.checkAgain()
        }
    }
    InfoBanner {
        objectName: "nextNote"
        Layout.fillWidth: true
        visible: root.payment.nextNote.length > 0
        kind: root.payment.payState === PaymentController.Refunded ? InfoBanner.Kind.Warning : InfoBanner.Kind.Info
        text: root.payment.nextNote
    }

    Item {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.padding
    }
}
