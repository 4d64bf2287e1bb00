import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// The list of steps down the side: each shows whether it is done, current,
// has problems, optional and empty, submitted (read-only while the school has
// it), does not apply, or is not available yet; applicable steps can be opened
// directly up to the first one that still blocks.
ListView {
    id: root

    clip: true
    spacing: 2
    model: WizardController.steps
    currentIndex: WizardController.currentIndex
    keyNavigationEnabled: true
    activeFocusOnTab: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Steps of the application")
    // Large text or a low window can push the last steps out of sight: the bar says so.
    ScrollBar.vertical: ScrollBar {
        policy: root.contentItem.childrenRect.height > root.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
    }

    delegate: ItemDelegate {
        id: delegate

        required property int index
        required property Step step
        // Bound to the Step object itself, whose signals keep them current
        // (Qt 6.4 does not refresh required properties on dataChanged).
        readonly property string title: delegate.step.title
        readonly property int status: delegate.step.status
        readonly property int number: delegate.step.number
        readonly property bool applicable: delegate.step.applicable
        readonly property bool visited: delegate.step.visited
        readonly property bool succeeded: delegate.status === Step.Done || delegate.status === Step.Submitted
        readonly property bool filledBadge: delegate.succeeded || delegate.status === Step.Current || delegate.status === Step.HasProblems || delegate.status === Step.NeedsChanges || delegate.status === Step.Failed
        readonly property bool warned: delegate.status === Step.HasProblems || delegate.status === Step.NeedsChanges
        readonly property bool failed: delegate.status === Step.Failed

        // Progress and payment name their stage ("under review", "to pay") instead.
        readonly property string stageText: delegate.step.stageText
        readonly property bool showsStage: delegate.stageText.length > 0 && (delegate.status === Step.Done || delegate.status === Step.HasProblems || delegate.status === Step.NotVisited || delegate.status === Step.Waiting || delegate.status === Step.Failed)

        readonly property string statusText: {
            if (delegate.showsStage)
                return delegate.stageText;
            switch (delegate.status) {
            case Step.Done:
                return qsTr("done");
            case Step.Submitted:
                return qsTr("submitted");
            case Step.Optional:
                // Once opened and left empty, say so: the candidate may have meant to add something.
                return delegate.visited ? qsTr("optional, nothing entered") : qsTr("optional");
            case Step.Current:
                return qsTr("current step");
            case Step.HasProblems:
                return qsTr("has problems");
            case Step.NeedsChanges:
                return qsTr("needs changes");
            case Step.NotApplicable:
                // "无需填写" fits a form the candidate need not fill, not a certificate a failed
                // application never reaches.
                return delegate.step.id === Step.Certificate ? qsTr("not this round") : qsTr("does not apply");
            case Step.Later:
                return qsTr("opens later");
            case Step.NotAvailable:
                return qsTr("not available yet");
            case Step.Waiting:
                return qsTr("waiting");
            case Step.Failed:
                return qsTr("not approved");
            default:
                return qsTr("not started");
            }
        }
        readonly property color badgeColor: {
            switch (delegate.status) {
            case Step.Done:
            case Step.Submitted:
                return Theme.success;
            case Step.Current:
                return Theme.accent;
            case Step.HasProblems:
            case Step.NeedsChanges:
                return Theme.warning;
            case Step.Failed:
                return Theme.danger;
            default:
                return Theme.muted;
            }
        }

        // Why a step cannot be opened now: it does not apply yet, or an earlier step holds the
        // candidate up. Read again whenever the wizard moves or a step's state changes.
        readonly property string blockedReason: !delegate.applicable ? delegate.step.notApplicableReason : (WizardController.currentIndex >= 0 && delegate.status >= 0 && WizardController.nextBlockedReason.length >= 0 ? WizardController.goToBlockedReason(delegate.index) : "")

        width: ListView.view.width
        ToolTip.visible: (hovered || visualFocus) && delegate.blockedReason.length > 0
        ToolTip.text: delegate.blockedReason
        ToolTip.delay: 500
        enabled: delegate.applicable
        highlighted: delegate.status === Step.Current
        Accessible.name: qsTr("Step %1: %2, %3").arg(delegate.number).arg(delegate.title).arg(delegate.statusText)
        Accessible.description: delegate.blockedReason
        onClicked: WizardController.goTo(delegate.index)

        contentItem: RowLayout {
            spacing: 10

            Rectangle {
                Layout.preferredWidth: 26
                Layout.preferredHeight: 26
                radius: 13
                color: delegate.filledBadge ? delegate.badgeColor : "transparent"
                border.color: delegate.badgeColor
                border.width: 1.5

                Label {
                    anchors.centerIn: parent
                    text: delegate.succeeded ? "✓" : delegate.failed ? "✕" : delegate.warned ? "!" : delegate.number
                    color: delegate.filledBadge ? "white" : Theme.muted
                    font.bold: true
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: delegate.title
                    font.bold: delegate.status === Step.Current
                    color: delegate.highlighted ? "white" : delegate.applicable ? Theme.text : Theme.muted
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: delegate.statusText
                    color: delegate.highlighted ? "white" : delegate.failed ? Theme.danger : delegate.warned ? Theme.warning : Theme.muted
                    font.pointSize: Theme.basePointSize * 0.85
                    elide: Text.ElideRight
                }
            }
        }
    }
}
