import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The self-assessment page: the counter follows typing with the server's count, the
// message appears once the text was left, the summary focuses the text, refused
// characters are listed, selectable and removable, and the step blocks with a reason.
Item {
    id: root

    width: 1130
    height: 700

    // Something else to Tab to, as the Next button is in the window.
    Button {
        objectName: "otherControl"
        text: "other"
    }

    TestCase {
        id: testCase

        name: "SelfAssessmentPage"
        when: windowShown

        readonly property SelfAssessmentController assessment: WizardController.selfAssessment
        readonly property Step assessmentStep: WizardController.steps.data(WizardController.steps.index(Step.SelfAssessment, 0), StepModel.StepRole)

        Component {
            id: pageComponent

            SelfAssessmentPage {
                width: 1130
                height: 700
                step: testCase.assessmentStep
            }
        }

        function control(page, name) {
            const item = findChild(page, name);
            verify(item, "no control named " + name);
            return item;
        }

        function createPage() {
            const page = createTemporaryObject(pageComponent, root);
            verify(page);
            waitForRendering(page);
            return page;
        }

        // Scrolls @p item into view and clicks it, as a person would.
        function clickVisible(page, item) {
            waitForRendering(page);
            const flick = page.contentItem;
            const pos = item.mapToItem(flick.contentItem, 0, 0);
            flick.contentY = Math.max(0, Math.min(pos.y - 20, flick.contentHeight - flick.height));
            waitForRendering(page);
            mouseClick(item);
        }

        function repeat(text, n) {
            let s = "";
            for (let i = 0; i < n; ++i)
                s += text;
            return s;
        }

        function init() {
            testCase.assessment.text = "";
        }

        function test_counterUpdatesWhileTyping() {
            const page = createPage();
            const editor = control(page, "selfAssessmentEditor");
            const counter = control(page, "counter");
            verify(counter.text.indexOf("0 / 300–500") === 0, counter.text);
            editor.forceActiveFocus();
            keyClick(Qt.Key_A);
            keyClick(Qt.Key_B);
            compare(testCase.assessment.text, "ab");
            verify(counter.text.indexOf("2 / 300–500") === 0, counter.text);
            // Spaces and line breaks do not count.
            keyClick(Qt.Key_Space);
            keyClick(Qt.Key_Return);
            keyClick(Qt.Key_C);
            compare(testCase.assessment.text, "ab \nc");
            verify(counter.text.indexOf("3 / 300–500") === 0, counter.text);
            compare(counter.color, Theme.warning);

            testCase.assessment.text = repeat("学", 320);
            compare(editor.text, testCase.assessment.text);
            verify(counter.text.indexOf("320 / 300–500") === 0, counter.text);
            compare(counter.color, Theme.success);
            testCase.assessment.text = repeat("学", 501);
            compare(counter.color, Theme.danger);
        }

        function test_messageAfterLeavingAndSummaryFocus() {
            const page = createPage();
            const editor = control(page, "selfAssessmentEditor");
            const message = control(page, "selfAssessmentMessage");
            const summary = control(page, "errorSummary");
            editor.forceActiveFocus();
            keyClick(Qt.Key_A);
            verify(!message.visible);
            verify(!summary.visible);
            // Tab leaves the text (it is not typed into it).
            keyClick(Qt.Key_Tab);
            verify(!editor.activeFocus);
            verify(findChild(root, "otherControl").activeFocus);
            compare(testCase.assessment.text, "a");
            tryCompare(message, "visible", true);
            compare(message.text, testCase.assessment.errors["selfAssessmentText"]);
            // The summary waits for Next, then takes the focus and links to the text.
            verify(!summary.visible);
            testCase.assessmentStep.revealProblems();
            verify(summary.visible);
            verify(summary.activeFocus);
            compare(summary.rows.length, 1);
            compare(summary.rows[0].field, "selfAssessmentText");

            // Tab goes from the summary to its link, Enter from the link to the text.
            keyClick(Qt.Key_Tab);
            verify(control(page, "problem_selfAssessmentText").activeFocus, "Tab left the summary");
            keyClick(Qt.Key_Return);
            verify(editor.activeFocus);

            testCase.assessment.text = repeat("学", 300);
            verify(!message.visible);
            // Fixed, and said so in place: the row stays until Next is pressed again.
            verify(control(page, "problem_selfAssessmentText").fixed);
        }

        function test_nextBlockedWithReason() {
            createPage();
            verify(!testCase.assessmentStep.complete);
            compare(testCase.assessmentStep.problems[0], testCase.assessment.problems[0]);
            verify(testCase.assessmentStep.problems[0].indexOf("300") >= 0, testCase.assessmentStep.problems[0]);
            testCase.assessment.text = repeat("学", 300);
            verify(testCase.assessmentStep.complete);
            compare(testCase.assessmentStep.problems.length, 0);
        }

        function test_forbiddenCharactersListedSelectedAndRemoved() {
            const page = createPage();
            const list = control(page, "forbiddenList");
            verify(!list.visible);
            const clean = repeat("学", 320);
            testCase.assessment.text = clean.substring(0, 10) + "\uD83D\uDE00" + clean.substring(10);
            tryCompare(list, "visible", true);
            verify(!testCase.assessmentStep.complete);
            const message = testCase.assessment.forbiddenCharacters[0].message;
            // The character itself, never its code point.
            verify(message.indexOf("“\uD83D\uDE00”") >= 0, message);
            verify(message.indexOf("U+") < 0, message);
            // The counter follows the step's state: long enough is not "fine" here.
            verify(control(page, "counter").text.indexOf("无法打印") >= 0, control(page, "counter").text);

            const editor = control(page, "selfAssessmentEditor");
            clickVisible(page, control(page, "showForbidden_0"));
            verify(editor.activeFocus);
            compare(editor.selectedText, "\uD83D\uDE00");
            compare(editor.selectionStart, 10);

            clickVisible(page, control(page, "removeForbiddenButton"));
            compare(testCase.assessment.text, clean);
            compare(editor.text, clean);
            tryCompare(list, "visible", false);
            verify(testCase.assessmentStep.complete);
        }
    }
}
