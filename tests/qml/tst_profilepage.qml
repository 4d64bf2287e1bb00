import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The profile page: contact details are checked at their fields once left, the error
// summary lists what is wrong and takes the focus to it, and Next says why it is blocked.
Item {
    id: root

    width: 1100
    height: 720

    TestCase {
        name: "ProfilePage"
        when: windowShown

        Component {
            id: pageComponent

            ProfilePage {
                width: 1100
                height: 720
                step: WizardController.currentStep
            }
        }

        function control(page, name) {
            const item = findChild(page, name);
            verify(item, "no control named " + name);
            return item;
        }

        function init() {
            // The notice must be complete before the profile can be reached.
            const notice = WizardController.notice;
            for (let i = 0; i < 6; ++i)
                notice.setConditionConfirmed(i, true);
            notice.candidateType = NoticeController.Social;
            notice.readConfirmed = true;
            verify(WizardController.goTo(2));
            compare(WizardController.currentStep.key, "profile");
            const profile = WizardController.profile;
            profile.phone = "";
            profile.address = "";
            profile.postalCode = "";
            profile.email = "";
        }

        function test_fieldMessageAfterLeaving() {
            const page = createTemporaryObject(pageComponent, root);
            const phone = control(page, "phone");
            const postal = control(page, "postalCode");
            phone.input.forceActiveFocus();
            phone.input.text = "1380000";
            compare(WizardController.profile.phone, "1380000");
            verify(!phone.messageShown);
            postal.input.forceActiveFocus();
            verify(phone.messageShown);
            verify(phone.message.indexOf("联系电话") === 0, phone.message);

            phone.input.text = "138 0000 0005";
            verify(!phone.messageShown);
            // A landline with area code is accepted too.
            phone.input.text = "023-62345678";
            verify(!phone.messageShown);

            postal.input.text = "4000";
            control(page, "address").input.forceActiveFocus();
            verify(postal.messageShown);
            postal.input.text = "400030";
            verify(!postal.messageShown);
        }

        // Clicking a field's label puts the cursor in the field, as on a web form.
        function test_labelClickFocusesField() {
            const page = createTemporaryObject(pageComponent, root);
            waitForRendering(page);
            const email = control(page, "email");
            verify(!email.input.activeFocus);
            mouseClick(control(page, "email_label"), 5, 5);
            verify(email.input.activeFocus);
        }

        // GOV.UK's pattern: nothing on arrival; Next reveals the summary, moves the focus to
        // it, and its links lead to the fields; fixed rows stay (ticked) so nothing jumps.
        function test_summaryListsAndFocuses() {
            const page = createTemporaryObject(pageComponent, root);
            const summary = control(page, "errorSummary");
            verify(!summary.visible, "no problems shown on arrival");
            verify(!control(page, "phone").messageShown);
            WizardController.next();
            compare(WizardController.currentStep.key, "profile");
            verify(summary.visible);
            verify(summary.activeFocus, "the focus moves to the summary");
            verify(control(page, "phone").messageShown, "every field shows its message after Next");
            const fields = summary.rows.map(p => p.field);
            verify(fields.indexOf("phone") >= 0);
            verify(fields.indexOf("address") >= 0);
            verify(fields.indexOf("postalCode") >= 0);
            verify(fields.indexOf("email") < 0, "e-mail is optional");
            summary.focusField("address");
            verify(control(page, "address").input.activeFocus);
            summary.focusField("postalCode");
            verify(control(page, "postalCode").input.activeFocus);
            const height = summary.height;
            const rows = summary.rows.length;
            WizardController.profile.phone = "13800000005";
            compare(summary.rows.length, rows, "a fixed row stays until Next is pressed again");
            compare(summary.height, height, "the page does not jump while the candidate fixes it");
            const phoneRow = control(page, "problem_phone");
            verify(phoneRow.fixed);
            WizardController.next();
            verify(summary.rows.map(p => p.field).indexOf("phone") < 0);
        }

        function test_nextBlockedWithReason() {
            createTemporaryObject(pageComponent, root);
            verify(!WizardController.canGoNext);
            compare(WizardController.nextBlockedReason, WizardController.profile.problems[0]);
            const profile = WizardController.profile;
            profile.phone = "13800000005";
            profile.address = "重庆市沙坪坝区示例街5号";
            profile.postalCode = "400030";
            profile.email = "not-an-address";
            verify(profile.errors["email"].length > 0);
            profile.email = "";
            compare(Object.keys(profile.errors).length, 0);
            // Without a server there is no enrolled major to choose yet: that is what remains.
            verify(!WizardController.canGoNext);
            const fields = profile.fieldProblems.map(p => p.field);
            compare(fields[0], "majorChoice");
        }

        function test_identityIsReadOnlyWithGuidance() {
            const page = createTemporaryObject(pageComponent, root);
            verify(WizardController.profile.identityCorrection.indexOf("考籍更正") >= 0);
            compare(control(page, "name").text, "—");
        }
    }
}
