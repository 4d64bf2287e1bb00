import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// Every step's page: it scrolls, starts with the step's title, the school's reason when the
// step was sent back, the one read-only note, and the summary of problems once Next was
// pressed; it keeps the focused control in view. A page puts its own content inside, and
// gets its step and that step's controller from Main.qml.
ScrollView {
    id: page

    required property Step step
    // The page's own controller; pages narrow it to their type (`controller as …Controller`).
    property StepController controller: page.step ? page.step.controller : null
    property string title: page.step ? page.step.title : ""
    property string subtitle
    property string summaryHeading: qsTr("There is a problem. Please fix the following:")
    // A form that reads best narrow (sign-in) sets a width; the column is then centred.
    property real maximumContentWidth: Infinity
    // Pages that say themselves why nothing can change (progress, payment) switch it off.
    property bool showReadOnlyNote: true
    // Stages the candidate waits for (progress, payment, certificate) have nothing to fix:
    // Next there says why in the navigation bar, not as "a problem" at the top.
    property bool showSummary: true
    // Next was refused while this page was shown: every field shows its message (bind
    // FormField.showMessage to it). The page's own, so a page opened anew starts quiet.
    property bool problemsRevealed: false
    // The check-and-submit page lists what blocks submission all the time.
    property bool liveSummary: false
    // Stages (progress, payment, certificate) have no answers the school could send back.
    property bool showRejection: true
    // The page's own main action (提交初审, 交费, 前往“…”) is on show: Next steps back to a
    // secondary button, so the page has one primary action.
    property bool hasPrimaryAction: false
    readonly property bool editable: page.controller ? page.controller.editable : true
    // The problems the summary lists: the fields' own, or the step's when it has no fields.
    property var problems: {
        if (!page.controller)
            return [];
        const fields = page.controller.fieldProblems;
        if (fields.length > 0)
            return fields;
        return page.controller.problems.map(message => ({
                    "field": "",
                    "message": message
                }));
    }
    // The control a keyboard user starts in when the page opens (sign-in: the login field);
    // none by default, as GOV.UK advises for pages that start with reading.
    property Item initialFocusItem: null
    property alias errorSummary: summary
    property alias contentColumn: column
    default property alias content: column.data

    // Moves the focus to the control named @p name (the summary's links do the same).
    function focusField(name: string): void {
        summary.focusField(name);
    }

    // Scrolls so that @p item, somewhere inside the page, is on screen with a margin.
    function ensureVisible(item: Item): void {
        let p = item;
        while (p && p !== column)
            p = p.parent;
        if (!p)
            return;
        const flick = page.contentItem as Flickable;
        const pos = item.mapToItem(column, 0, 0);
        const margin = Theme.spacing * 3;
        const top = pos.y + column.y - margin;
        const bottom = pos.y + column.y + Math.min(item.height, flick.height - 2 * margin) + margin;
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top);
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(Math.max(0, flick.contentHeight - flick.height), bottom - flick.height);
    }

    function scrollToTop(): void {
        (page.contentItem as Flickable).contentY = 0;
    }

    contentWidth: availableWidth
    contentHeight: column.implicitHeight + 2 * Theme.padding
    clip: true
    // The scroll bar stays visible at rest: a long page must look long.
    ScrollBar.vertical.policy: (page.contentItem as Flickable).contentHeight > page.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded

    // Tabbing through a long page keeps the focused control on screen.
    Connections {
        function onActiveFocusItemChanged() {
            const item = page.Window.activeFocusItem;
            if (item)
                page.ensureVisible(item);
        }

        target: page.Window.window
    }

    Connections {
        function onRevealRequested() {
            page.problemsRevealed = true;
            summary.show();
            if (summary.visible)
                page.scrollToTop();
        }

        target: page.step
    }

    ColumnLayout {
        id: column

        width: Math.min(page.availableWidth - 2 * Theme.padding, page.maximumContentWidth)
        x: Math.max(Theme.padding, (page.availableWidth - width) / 2)
        y: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            objectName: "pageHeader"
            Layout.fillWidth: true
            title: page.title
            subtitle: page.subtitle
        }

        // The school sent this part back: its reason, repeated here. (A stage's page shows
        // the review's own banner instead, so it switches this one off.)
        SubmitRejectionBanner {
            objectName: "stepRejectionBanner"
            Layout.fillWidth: true
            stepKey: page.showRejection && page.step ? page.step.key : ""
        }

        InfoBanner {
            objectName: "readOnlyNote"
            Layout.fillWidth: true
            visible: page.showReadOnlyNote && !page.editable
            kind: InfoBanner.Kind.Warning
            text: qsTr("This step is with the examining school and cannot be changed now. If the school returns it to you, you can change it here again.")
        }

        ErrorSummary {
            id: summary

            objectName: "errorSummary"
            Layout.fillWidth: true
            live: page.liveSummary
            enabled: page.showSummary
            visible: page.showSummary && summary.rows.length > 0
            target: column
            heading: page.summaryHeading
            problems: page.problems
        }
    }
}
