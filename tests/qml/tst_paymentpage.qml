import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The payment page without a server: states come from the application and the order
// handed to the controller as the server would send them.
Item {
    id: root

    width: 1000
    height: 700

    TestCase {
        id: testCase

        name: "PaymentPage"
        when: windowShown

        Component {
            id: pageComponent

            PaymentPage {
                width: 1000
                height: 700
                step: WizardController.steps.data(WizardController.steps.index(11, 0), StepModel.StepRole)
            }
        }

        function control(page, name) {
            const item = findChild(page, name);
            verify(item, "no control named " + name);
            return item;
        }

        function order(status) {
            return {
                id: "ord_1",
                applicationId: "app_1",
                amountFen: 5000,
                status: status,
                payUrl: "http://127.0.0.1:1/sandbox/pay/ord_1",
                qrText: "http://127.0.0.1:1/sandbox/pay/ord_1"
            };
        }

        function test_1_notPayableBeforeApproval() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.showApplication(WizardController.payment, { id: "app_1", state: "submitted" });
            waitForRendering(page);
            compare(WizardController.payment.payState, PaymentController.NotPayable);
            verify(!control(page, "payButton").visible);
            verify(!page.hasPrimaryAction, "nothing to pay yet: Next stays the primary button");
            verify(!control(page, "qrCode").visible);
            verify(!WizardController.payment.complete);
        }

        function test_2_payWithoutServerSaysWhy() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.showApplication(WizardController.payment, { id: "app_1", state: "school-approved" });
            waitForRendering(page);
            const pay = control(page, "payButton");
            verify(pay.visible);
            verify(page.hasPrimaryAction, "paying is the page's one main action");
            verify(pay.enabled);
            mouseClick(pay);
            compare(WizardController.payment.payState, PaymentController.Error);
            const banner = control(page, "messageBanner");
            verify(banner.visible);
            verify(banner.text.length > 0);
            verify(pay.enabled, "the candidate may try again");
        }

        function test_3_openOrderShowsQrCodeAndLink() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.showApplication(WizardController.payment, { id: "app_1", state: "school-approved" });
            TestAccess.showOrder(order("open"));
            waitForRendering(page);
            compare(WizardController.payment.payState, PaymentController.Waiting);
            const qr = control(page, "qrCode");
            verify(qr.visible);
            compare(qr.moduleCount, 29); // 36 bytes at level M: version 3
            verify(qr.width >= 180);
            // The link is the button; no raw address is printed under the QR code.
            verify(findChild(page, "linkLabel") === null);
            verify(control(page, "openLinkButton").visible);
            verify(control(page, "openLinkButton").highlighted, "paying is the page's primary action");
            verify(!control(page, "payButton").visible, "one open order: no second pay button");
            verify(control(page, "amountLabel").text.indexOf("50.00") >= 0);
        }

        function test_4_paidSaysCityReviewIsNext() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.showApplication(WizardController.payment, { id: "app_1", state: "school-approved" });
            TestAccess.showOrder(order("paid"));
            waitForRendering(page);
            compare(WizardController.payment.payState, PaymentController.Paid);
            verify(!control(page, "qrCode").visible);
            const note = control(page, "nextNote");
            verify(note.visible);
            verify(note.text.length > 0);
            verify(WizardController.payment.complete);
        }

        function test_6_failedCheckIsShownAndRetried() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.adoptApplication({ id: "app_1", state: "school-approved" });
            TestAccess.showOrder(order("open"));
            waitForRendering(page);
            compare(WizardController.payment.payState, PaymentController.Waiting);
            const stateLabel = control(page, "stateLabel");
            const waiting = stateLabel.text;
            verify(!control(page, "checkProblemBanner").visible);
            // "Check again" with no connection: the check fails and the page says so, while
            // the order (and its QR code) stays: nothing invites a second payment.
            mouseClick(control(page, "checkButton"));
            waitForRendering(page);
            verify(WizardController.payment.checkFailed);
            const banner = control(page, "checkProblemBanner");
            verify(banner.visible);
            verify(banner.text.length > 0);
            verify(stateLabel.text !== waiting, stateLabel.text);
            compare(WizardController.payment.payState, PaymentController.Waiting);
            verify(control(page, "qrCode").visible);
            verify(!control(page, "payButton").visible);
        }

        function test_7_paidApplicationFromTheSessionSaysCityReviewIsNext() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.adoptApplication({
                id: "app_1",
                state: "city-review",
                stages: [
                    { key: "school-review", status: "passed", at: "2026-11-20T02:00:00Z" },
                    { key: "payment", status: "paid", at: "2026-11-21T02:00:00Z" },
                    { key: "city-review", status: "in-progress", at: "2026-11-21T02:00:00Z" }
                ]
            });
            waitForRendering(page);
            compare(WizardController.payment.payState, PaymentController.Paid);
            verify(!control(page, "qrCode").visible);
            verify(!control(page, "payButton").visible);
            verify(!control(page, "checkProblemBanner").visible);
            const note = control(page, "nextNote");
            verify(note.visible);
            verify(note.text.indexOf("市自考办") >= 0, note.text);
            verify(WizardController.payment.complete);
            // The payment step stays open for a paid application; the certificate does not yet.
            compare(WizardController.stage, WizardController.SchoolApproved);
        }

        function test_8_cityFailureFromTheSessionSaysRefund() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.adoptApplication({
                id: "app_1",
                state: "failed",
                refund: { amountFen: 5000, recordedAt: "2026-11-28T02:00:00Z", note: "毕业审定费将于本轮结束后退回原交费账号" }
            });
            waitForRendering(page);
            compare(WizardController.payment.payState, PaymentController.Refunded);
            const note = control(page, "nextNote");
            verify(note.visible);
            verify(note.text.indexOf("退回原交费账号") >= 0, note.text);
            verify(!control(page, "payButton").visible);
        }

        // Found with the keyboard alone: after 缴费 the focus fell to the page, because the
        // button was disabled while the order was being made and then hidden.
        function test_9_keyboardPayKeepsTheFocusOnTheNextAction() {
            const page = createTemporaryObject(pageComponent, root);
            // A new application: the earlier tests' order goes.
            TestAccess.showApplication(WizardController.payment, { id: "app_9", state: "submitted" });
            TestAccess.showOrder({});
            TestAccess.showApplication(WizardController.payment, { id: "app_9", state: "school-approved" });
            waitForRendering(page);
            const pay = control(page, "payButton");
            pay.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Space);
            // No server: the order is refused at once and 缴费 is offered again, still focused.
            compare(WizardController.payment.payState, PaymentController.Error);
            verify(pay.activeFocus, "the focus stays on 缴费 after a refusal");
            // The server's order arrives: 缴费 goes, and the focus moves to the way to pay it.
            TestAccess.showOrder(Object.assign(order("open"), { applicationId: "app_9" }));
            waitForRendering(page);
            verify(!pay.visible);
            const open = control(page, "openLinkButton");
            tryVerify(() => open.activeFocus, 1000, "the focus moves to 在浏览器中打开缴费页面");
            // Tabbing away and back does not drag the focus anywhere later.
            keyClick(Qt.Key_Tab);
            verify(!open.activeFocus);
        }

        function test_5_failedCityReviewSaysRefund() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.showApplication(WizardController.payment, {
                id: "app_1",
                state: "failed",
                refund: { amountFen: 5000, note: "退回原交费账号" }
            });
            waitForRendering(page);
            compare(WizardController.payment.payState, PaymentController.Refunded);
            const note = control(page, "nextNote");
            verify(note.visible);
            verify(note.text.indexOf("退回原交费账号") >= 0, note.text);
        }
    }
}
