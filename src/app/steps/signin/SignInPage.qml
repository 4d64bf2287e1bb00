import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 登录: ID number or admission ticket number plus password. In demo mode the page
// offers the demo candidates. "Remember me" goes to the OS keychain only.
StepPage {
    id: root

    readonly property SignInController signIn: root.controller as SignInController
    readonly property ApplicationSession session: WizardController.session

    function submit(): void {
        loginField.touched = true;
        if (root.signIn.loginError.length > 0) {
            loginField.focusInput();
            return;
        }
        root.signIn.signIn(passwordField.text);
    }

    title: qsTr("Sign in")
    subtitle: qsTr("Sign in with the account of the self-study examination system: your ID number or admission ticket number and your password.")
    maximumContentWidth: 640
    initialFocusItem: root.session.signedIn ? continueButton as Item : loginField.input as Item

    Connections {
        function onDemoAccountChosen() {
            passwordField.text = "Demo2026";
            passwordField.focusInput();
        }

        target: root.signIn
    }

    Connections {
        function onSignedInChanged() {
            if (root.session.signedIn)
                passwordField.text = "";
        }

        target: root.session
    }

    InfoBanner {
        Layout.fillWidth: true
        visible: root.session.signedIn
        text: qsTr("Signed in as %1. Your application continues where you left off.").arg(root.session.candidateName || root.session.login)
    }

    InfoBanner {
        Layout.fillWidth: true
        visible: !root.session.connected
        kind: InfoBanner.Kind.Warning
        text: ServerController.status === ServerController.Failed ? ServerController.statusText : qsTr("Connecting to the server…")
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: !root.session.signedIn
        spacing: Theme.spacing

        FormField {
            id: loginField

            Layout.fillWidth: true
            objectName: "login"
            label: qsTr("ID number or admission ticket number")
            hint: qsTr("18-character ID number (the last may be X) or 12-digit admission ticket number.")
            required: true
            text: root.signIn.login
            message: root.signIn.loginError
            onTextChanged: root.signIn.login = text
            onAccepted: passwordField.focusInput()
        }
        FormField {
            id: passwordField

            Layout.fillWidth: true
            objectName: "password"
            label: qsTr("Password")
            required: true
            echoMode: TextInput.Password
            onAccepted: root.submit()
        }
        CheckBox {
            id: rememberBox

            objectName: "remember"
            // A shared kiosk never remembers anyone, so the box is not offered at all.
            visible: !KioskController.enabled
            text: root.session.keychainAvailable ? qsTr("Remember me on this computer (stored in the system keychain)") : qsTr("Remember me (not available: this computer has no system keychain)")
            enabled: root.session.keychainAvailable
            checked: root.signIn.remember && root.session.keychainAvailable
            Accessible.name: rememberBox.text
            onToggled: root.signIn.remember = rememberBox.checked
        }
        Label {
            Layout.fillWidth: true
            visible: root.session.signInError.length > 0
            text: root.session.signInError
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            spacing: Theme.spacing

            Button {
                id: signInButton

                objectName: "signInButton"
                text: root.session.busy ? qsTr("Signing in…") : qsTr("Sign in")
                highlighted: true
                enabled: !root.session.busy && root.session.connected
                Accessible.name: qsTr("Sign in")
                onClicked: root.submit()
            }
            BusyIndicator {
                running: root.session.busy
                visible: running
                implicitHeight: signInButton.height
                implicitWidth: signInButton.height
            }
        }
    }

    RowLayout {
        visible: root.session.signedIn
        spacing: Theme.spacing

        Button {
            id: continueButton

            objectName: "continueButton"
            text: qsTr("Continue")
            highlighted: true
            Accessible.name: text
            onClicked: WizardController.next()
        }
        Button {
            objectName: "signOutButton"
            text: qsTr("Sign out")
            Accessible.name: text
            onClicked: root.session.signOut()
        }
    }

    // Demo mode: the sandbox's candidates, so anyone can try every path.
    GroupBox {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        visible: ServerController.demoMode && !root.session.signedIn
        title: qsTr("Demo accounts (password %1)").arg("Demo2026")

        ColumnLayout {
            anchors.fill: parent
            spacing: 4

            Label {
                Layout.fillWidth: true
                text: qsTr("This is a demonstration server with made-up candidates. Choose one to fill in the sign-in form.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: ServerController.demoAccounts

                // Each candidate with the part of the flow it shows, so a tester picks the right one.
                RowLayout {
                    id: demoRow

                    required property var modelData
                    required property int index

                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Button {
                        objectName: "demoAccount_" + demoRow.index
                        flat: true
                        text: demoRow.modelData.name + "  " + demoRow.modelData.idNumber
                        Accessible.name: qsTr("Use demo candidate %1: %2").arg(demoRow.modelData.name).arg(demoRow.modelData.path)
                        onClicked: WizardController.signIn.useDemoAccount(demoRow.modelData.idNumber)
                    }
                    Label {
                        objectName: "demoAccountPath_" + demoRow.index
                        Layout.fillWidth: true
                        text: demoRow.modelData.path
                        color: Theme.muted
                        wrapMode: Text.Wrap
                        Accessible.ignored: true
                    }
                }
            }
        }
    }
}
