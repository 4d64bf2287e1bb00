import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The sign-in page: the login is checked at its field once the candidate leaves it;
// without a server the page says it is connecting and signing in is not offered.
Item {
    id: root

    width: 1000
    height: 700

    TestCase {
        name: "SignInPage"
        when: windowShown

        Component {
            id: pageComponent

            SignInPage {
                width: 1000
                height: 700
                step: WizardController.steps.data(WizardController.steps.index(0, 0), StepModel.StepRole)
            }
        }

        function control(page, name) {
            const item = findChild(page, name);
            verify(item, "no control named " + name);
            return item;
        }

        function init() {
            WizardController.signIn.login = "";
        }

        function test_loginCheckedAfterLeavingTheField() {
            const page = createTemporaryObject(pageComponent, root);
            const login = control(page, "login");
            const password = control(page, "password");
            login.input.forceActiveFocus();
            login.input.text = "12345";
            compare(WizardController.signIn.login, "12345");
            verify(WizardController.signIn.loginError.length > 0);
            // Not while typing ...
            verify(!login.messageShown);
            // ... but once the field is left.
            password.input.forceActiveFocus();
            verify(login.messageShown);
            verify(login.message.indexOf("准考证号") >= 0, login.message);

            login.input.text = "500101199001010018";
            compare(WizardController.signIn.loginError, "");
            verify(!login.messageShown);
            login.input.text = "010119000001";
            compare(WizardController.signIn.loginError, "");
            // A wrong check digit is named as such.
            login.input.text = "500101199001010019";
            verify(WizardController.signIn.loginError.length > 0);
        }

        function test_enterMovesToPassword() {
            const page = createTemporaryObject(pageComponent, root);
            const login = control(page, "login");
            const password = control(page, "password");
            login.input.forceActiveFocus();
            login.input.text = "500101199001010018";
            keyClick(Qt.Key_Return);
            verify(password.input.activeFocus);
        }

        function test_withoutServerNothingToSignInTo() {
            const page = createTemporaryObject(pageComponent, root);
            verify(!WizardController.session.connected);
            verify(!control(page, "signInButton").enabled);
            // No server: the step does not block (pages are tested offline).
            verify(WizardController.steps.data(WizardController.steps.index(0, 0), StepModel.StepRole).complete);
            const remember = control(page, "remember");
            verify(remember.Accessible.name.length > 0);
        }
    }
}
