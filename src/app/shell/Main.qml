import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// The main window: steps down the side, the current step's page, Back/Next below.
ApplicationWindow {
    id: window

    // A kiosk covers the screen even where no window manager honours full screen (cage, Xvfb).
    width: KioskController.enabled ? Screen.width : Math.min(1280, Screen.desktopAvailableWidth)
    height: KioskController.enabled ? Screen.height : Math.min(760, Screen.desktopAvailableHeight)
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: qsTr("Self-study graduation application")
    color: Theme.background
    // Kiosk mode: frameless and full screen; large text scales every control's font.
    flags: KioskController.enabled ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    visibility: KioskController.enabled ? Window.FullScreen : Window.AutomaticVisibility
    font.pointSize: Theme.basePointSize
    // The design's colours for what the style does not draw itself (labels, links, selections).
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.placeholderText: Theme.muted
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.link: Theme.accent

    readonly property ApplicationSession session: WizardController.session

    function showCurrentStep() {
        const step = WizardController.currentStep;
        pageLoader.setSource(step.pageUrl, {
            "step": step,
            "controller": step.controller
        });
    }

    Component.onCompleted: window.showCurrentStep()

    // A kiosk only closes after the staff chose "exit" with the PIN (Alt+F4 included).
    onClosing: close => {
        if (KioskController.enabled && !KioskController.exitAllowed) {
            close.accepted = false;
            window.openStaff();
        }
    }

    function openStaff(): void {
        if (kioskLoader.item)
            (kioskLoader.item as KioskOverlay).openStaff();
    }

    function confirmFinish(): void {
        if (kioskLoader.item)
            (kioskLoader.item as KioskOverlay).confirmFinish();
    }

    // After a wipe the page is created anew, so nothing of the last candidate is reachable.
    Connections {
        function onAboutToWipe() {
            expiredDialog.close();
            pageLoader.source = "";
        }

        function onWiped() {
            window.showCurrentStep();
        }

        target: KioskController
    }

    Loader {
        id: kioskLoader

        active: KioskController.enabled
        sourceComponent: KioskOverlay {}
    }

    Connections {
        function onSignedInChanged() {
            if (window.session.sessionExpired)
                expiredDialog.open();
            else
                expiredDialog.close();
        }

        target: window.session
    }

    Connections {
        function onCurrentChanged() {
            window.showCurrentStep();
        }

        target: WizardController
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            Label {
                id: appTitle

                objectName: "appTitle"
                // On a narrow window with large text (English at 1024 px) the header must still
                // end on screen: the title gives way after the subtitle, never the controls.
                Layout.fillWidth: true
                Layout.maximumWidth: appTitle.implicitWidth
                Layout.minimumWidth: Math.min(appTitle.implicitWidth, 8 * Theme.basePointSize)
                elide: Text.ElideRight
                text: qsTr("Self-study graduation application")
                font.bold: true
                font.pointSize: Theme.basePointSize * Theme.headingScale
                Accessible.role: Accessible.Heading
                Accessible.name: text

                // Staff: a 3-second press on the title opens the PIN dialog of a kiosk.
                MouseArea {
                    // The press area reaches past the text to a fingertip's height.
                    anchors.fill: parent
                    anchors.topMargin: -Math.max(0, (Theme.minimumTouchTarget - appTitle.height) / 2)
                    anchors.bottomMargin: anchors.topMargin
                    enabled: KioskController.enabled
                    pressAndHoldInterval: 3000
                    onPressAndHold: window.openStaff()
                }
            }
            Label {
                text: KioskController.enabled && KioskController.school.length > 0 ? KioskController.school : qsTr("Chongqing higher-education self-study examinations")
                color: Theme.muted
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                id: serverState

                text: ServerController.demoMode ? qsTr("Demo mode") : ServerController.statusText
                color: ServerController.status === ServerController.Failed ? Theme.danger : Theme.warning
                font.bold: ServerController.demoMode
                Accessible.name: ServerController.statusText
                ToolTip.visible: serverStateArea.containsMouse
                ToolTip.text: ServerController.statusText

                MouseArea {
                    id: serverStateArea

                    anchors.fill: parent
                    hoverEnabled: true
                }
            }
            Label {
                id: saveState

                // The local draft first (nothing is lost), then whether the server has it.
                text: {
                    switch (WizardController.saveState) {
                    case WizardController.Saving:
                        return qsTr("Saving…");
                    case WizardController.SaveFailed:
                        return qsTr("Not saved");
                    default:
                        {
                            // A kiosk keeps the draft in memory only: never claim it is on this computer.
                            const local = KioskController.enabled ? qsTr("Kept in memory only, cleared when you finish") : qsTr("Saved on this computer");
                            const serverSays = window.session.signedIn && (window.session.hasApplication || window.session.syncState !== ApplicationSession.Synced);
                            return serverSays ? window.session.syncText : local;
                        }
                    }
                }
                color: WizardController.saveState === WizardController.SaveFailed || window.session.syncState === ApplicationSession.Refused ? Theme.danger : window.session.syncState === ApplicationSession.Queued ? Theme.warning : Theme.muted
                Accessible.name: saveState.text
            }
            Label {
                visible: window.session.signedIn
                text: window.session.candidateName
                font.bold: true
                Accessible.name: qsTr("Signed in as %1").arg(text)
            }
            // In a kiosk, signing out alone would leave the draft for the next person.
            ToolButton {
                visible: window.session.signedIn && !KioskController.enabled
                objectName: "signOutHeaderButton"
                text: qsTr("Sign out")
                Accessible.name: text
                onClicked: window.session.signOut()
            }
            ToolButton {
                id: largeTextButton

                objectName: "largeTextButton"
                Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                checkable: true
                checked: KioskController.largeText
                text: qsTr("Large text")
                Accessible.name: checked ? qsTr("Large text is on; switch it off") : qsTr("Switch large text on")
                onToggled: KioskController.largeText = checked
            }
            ToolButton {
                id: kioskMenuButton

                objectName: "kioskMenuButton"
                visible: KioskController.enabled
                Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                text: qsTr("Menu")
                Accessible.name: qsTr("Menu: finish and clear, large text")
                onClicked: kioskMenu.open()

                Menu {
                    id: kioskMenu

                    y: kioskMenuButton.height

                    MenuItem {
                        objectName: "kioskMenuFinish"
                        height: Math.max(implicitHeight, Theme.minimumTouchTarget)
                        text: qsTr("Finish and clear")
                        Accessible.name: qsTr("Finish, sign out and clear everything on this computer")
                        onTriggered: window.confirmFinish()
                    }
                    MenuItem {
                        height: Math.max(implicitHeight, Theme.minimumTouchTarget)
                        checkable: true
                        checked: KioskController.largeText
                        text: qsTr("Large text")
                        Accessible.name: text
                        onTriggered: KioskController.largeText = checked
                    }
                }
            }
            ComboBox {
                id: languageBox

                model: LanguageController.languages
                textRole: "name"
                valueRole: "code"
                implicitContentWidthPolicy: ComboBox.WidestText
                Accessible.name: qsTr("Language")
                Component.onCompleted: currentIndex = indexOfValue(LanguageController.language)
                onActivated: LanguageController.language = currentValue
            }
        }
    }

    // An expired session asks for the password over the current page; nothing typed is lost
    // and the writes that waited are sent once signed in again.
    Dialog {
        id: expiredDialog

        objectName: "sessionExpiredDialog"
        anchors.centerIn: parent
        width: Math.min(480, window.width - 2 * Theme.padding)
        modal: true
        title: qsTr("Please sign in again")
        closePolicy: Popup.CloseOnEscape
        onOpened: expiredPassword.focusInput()

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Your session has expired. Everything you entered is kept on this computer; enter your password to continue uploading it.")
                wrapMode: Text.Wrap
            }
            FormField {
                id: expiredPassword

                Layout.fillWidth: true
                objectName: "expiredPassword"
                label: qsTr("Password for %1").arg(window.session.login)
                echoMode: TextInput.Password
                onAccepted: window.session.signIn(window.session.login, expiredPassword.text, false)
            }
            Label {
                Layout.fillWidth: true
                visible: window.session.signInError.length > 0
                text: window.session.signInError
                color: Theme.danger
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacing

                Button {
                    text: qsTr("Later")
                    Accessible.name: qsTr("Sign in later; changes stay on this computer")
                    onClicked: expiredDialog.close()
                }
                Button {
                    text: qsTr("Sign in")
                    highlighted: true
                    enabled: !window.session.busy
                    Accessible.name: text
                    onClicked: window.session.signIn(window.session.login, expiredPassword.text, false)
                }
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.sidebarWidth
            padding: 8

            background: Rectangle {
                color: Theme.surface
                border.color: Theme.border
            }

            StepIndicator {
                anchors.fill: parent
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            InfoBanner {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: WizardController.draftMessage.length > 0
                kind: InfoBanner.Kind.Warning
                text: WizardController.draftMessage
                dismissible: true
                onDismissed: WizardController.dismissDraftMessage()
            }
            // A change of the review state, announced on every page.
            InfoBanner {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                objectName: "reviewAnnouncement"
                visible: WizardController.progress.announcement.length > 0 && WizardController.currentStep.key !== "progress"
                text: WizardController.progress.announcement
                dismissible: true
                onDismissed: WizardController.progress.dismissAnnouncement()
            }
            InfoBanner {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                objectName: "sessionNotice"
                visible: window.session.notice.length > 0
                kind: InfoBanner.Kind.Warning
                text: window.session.notice
                dismissible: true
                onDismissed: window.session.dismissNotice()
            }
            InfoBanner {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: WizardController.saveState === WizardController.SaveFailed
                kind: InfoBanner.Kind.Error
                text: WizardController.saveError
            }
            Loader {
                id: pageLoader

                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                // Typing starts where the page says (the sign-in's login field), not nowhere.
                onLoaded: {
                    const page = pageLoader.item as StepPage;
                    if (page && page.initialFocusItem)
                        page.initialFocusItem.forceActiveFocus(Qt.OtherFocusReason);
                }
            }
            NavigationBar {
                Layout.fillWidth: true
                // (Every step page is a StepPage; the cast guards against one that is not.)
                pageHasPrimaryAction: {
                    const page = pageLoader.item as StepPage;
                    return page ? page.hasPrimaryAction : false;
                }
                onFinishAndClearRequested: window.confirmFinish()
            }
        }
    }
}
