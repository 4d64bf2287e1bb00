import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The resume page: entries are added, edited, reordered and removed; each problem
// appears at its field once the field was left, in the summary (whose links focus the
// field), and as the reason the step is not complete; gaps show between the entries.
Item {
    id: root

    width: 1130
    height: 700

    TestCase {
        id: testCase

        name: "ResumePage"
        when: windowShown

        readonly property ResumeController resume: WizardController.resume
        // The page is shown for its own step, wherever the wizard is (no server here).
        readonly property Step resumeStep: WizardController.steps.data(WizardController.steps.index(Step.Resume, 0), StepModel.StepRole)

        Component {
            id: pageComponent

            ResumePage {
                width: 1130
                height: 700
                step: testCase.resumeStep
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
            page.ensureVisible(item);
            waitForRendering(page);
            mouseClick(item);
        }

        // Picks year @p y and month @p m in the picker named @p name, as the lists do.
        function pickMonth(page, name, y, m) {
            const yearBox = control(page, name + "_year");
            yearBox.activated(yearBox.model.indexOf(y));
            const monthBox = control(page, name + "_month");
            monthBox.activated(m - 1);
        }

        function fillEntry(page, row, from, to, organisation, role, witness) {
            const prefix = "entry_" + row + "_";
            pickMonth(page, prefix + "from", from[0], from[1]);
            if (to === "present") {
                const present = control(page, prefix + "to_present");
                if (!present.checked)
                    clickVisible(page, present);
            } else {
                pickMonth(page, prefix + "to", to[0], to[1]);
            }
            const entry = testCase.resume.entries.item(row);
            entry.organisation = organisation;
            entry.role = role;
            entry.witness = witness;
        }

        function fieldNames(problems) {
            const names = [];
            for (let i = 0; i < problems.length; ++i)
                names.push(problems[i].field);
            return names;
        }

        function init() {
            testCase.resume.clear();
        }

        function test_emptyResumeBlocksWithReason() {
            const page = createPage();
            verify(control(page, "emptyLabel").visible);
            verify(control(page, "resumeHint").visible);
            // Nothing is scolded before the candidate has done anything.
            verify(!control(page, "errorSummary").visible);
            verify(!testCase.resumeStep.complete);
            // The first problem is what the wizard shows as the reason Next is disabled.
            compare(testCase.resumeStep.problems[0], testCase.resume.problems[0]);
            verify(testCase.resumeStep.problems[0].indexOf("简历为空") >= 0, testCase.resumeStep.problems[0]);
        }

        function test_addFocusesNewEntry() {
            const page = createPage();
            clickVisible(page, control(page, "addEntryButton"));
            compare(testCase.resume.count, 1);
            verify(!control(page, "emptyLabel").visible);
            const card = control(page, "entry_0");
            verify(card.visible);
            tryCompare(control(page, "entry_0_from_year"), "activeFocus", true);
            // Only the last entry offers "until now".
            verify(control(page, "entry_0_to_present").visible);
            // The year can be typed: "2005" picks 2005, not the latest year starting with 2.
            keyClick(Qt.Key_2);
            keyClick(Qt.Key_0);
            keyClick(Qt.Key_0);
            keyClick(Qt.Key_5);
            compare(testCase.resume.entries.item(0).fromYear, 2005);
            // The end year's list opens near the start year, not at the latest year.
            const toYear = control(page, "entry_0_to_year");
            clickVisible(page, toYear);
            tryCompare(toYear.popup, "opened", true);
            const list = toYear.popup.contentItem;
            const row = toYear.model.indexOf(2005);
            verify(list.indexAt(0, list.contentY + list.height / 2) >= row - 3 && list.indexAt(0, list.contentY + list.height / 2) <= row + 3,
                   "list centred at row " + list.indexAt(0, list.contentY + list.height / 2) + ", 2005 is row " + row);
            keyClick(Qt.Key_Escape);
            tryCompare(toYear.popup, "visible", false);
        }

        function test_messageAppearsAfterLeavingField() {
            const page = createPage();
            testCase.resume.addEntry();
            waitForRendering(page);
            const organisation = control(page, "entry_0_organisation");
            verify(!organisation.messageShown);
            organisation.focusInput();
            verify(organisation.input.activeFocus);
            // Enter moves on to the next field and counts as leaving this one.
            keyClick(Qt.Key_Return);
            verify(control(page, "entry_0_role").input.activeFocus);
            verify(organisation.messageShown);
            compare(organisation.message, testCase.resume.errors["entry_0_organisation"]);
            verify(organisation.message.length > 0);
            // The role has not been left yet: no message there.
            verify(!control(page, "entry_0_role").messageShown);

            // Typing fixes it, and the message goes at once.
            organisation.focusInput();
            keyClick(Qt.Key_A);
            keyClick(Qt.Key_B);
            compare(testCase.resume.entries.item(0).organisation, "ab");
            compare(organisation.message, "");
            verify(!organisation.messageShown);
        }

        function test_summaryListsProblemsAndFocusesFields() {
            const page = createPage();
            testCase.resume.addEntry();
            waitForRendering(page);
            const summary = control(page, "errorSummary");
            verify(!summary.visible);
            control(page, "entry_0_organisation").focusInput();
            keyClick(Qt.Key_Tab);
            // Leaving a field says so at the field; the summary waits for Next.
            verify(control(page, "entry_0_organisation").messageShown);
            verify(!summary.visible);
            testCase.resumeStep.revealProblems();
            verify(summary.visible);
            compare(fieldNames(summary.rows), ["entry_0_from", "entry_0_to", "entry_0_organisation", "entry_0_role", "entry_0_witness"]);

            summary.focusField("entry_0_witness");
            verify(control(page, "entry_0_witness").input.activeFocus);
            summary.focusField("entry_0_to");
            verify(control(page, "entry_0_to_year").activeFocus);
        }

        function test_completeResumeWithPickers() {
            const page = createPage();
            testCase.resume.addEntry();
            testCase.resume.addEntry();
            waitForRendering(page);
            verify(!control(page, "entry_0_to_present").visible);
            fillEntry(page, 0, [2005, 9], [2008, 7], "重庆市示例中学", "学生", "张老师");
            fillEntry(page, 1, [2008, 9], "present", "重庆示例科技有限公司", "职员", "李经理");
            compare(testCase.resume.entries.item(0).fromYear, 2005);
            compare(testCase.resume.entries.item(0).toMonth, 7);
            verify(testCase.resume.entries.item(1).toPresent);
            // "Until now" disables the end's lists.
            verify(!control(page, "entry_1_to_year").enabled);
            compare(control(page, "entry_0_period").text, "2005-09 – 2008-07");
            verify(testCase.resume.complete, testCase.resume.problems.join("\n"));
            verify(testCase.resumeStep.complete);
            compare(testCase.resumeStep.problems.length, 0);
        }

        function test_moveUpFixesOrderAndKeepsFocus() {
            const page = createPage();
            testCase.resume.addEntry();
            testCase.resume.addEntry();
            testCase.resume.addEntry();
            waitForRendering(page);
            // University entered before secondary school.
            fillEntry(page, 0, [2008, 9], [2012, 6], "重庆示例大学", "学生", "王老师");
            fillEntry(page, 1, [2005, 9], [2008, 7], "重庆市示例中学", "学生", "张老师");
            fillEntry(page, 2, [2012, 7], "present", "重庆示例科技有限公司", "职员", "李经理");
            verify(!testCase.resume.complete);
            verify(testCase.resume.errors["entry_1_from"] !== undefined);
            verify(control(page, "entry_1_from").message.length > 0);

            clickVisible(page, control(page, "entry_1_up"));
            compare(testCase.resume.entries.item(0).organisation, "重庆市示例中学");
            compare(testCase.resume.entries.item(1).organisation, "重庆示例大学");
            verify(testCase.resume.complete, testCase.resume.problems.join("\n"));
            // The moved card is now the first: its up button is disabled, so the focus
            // stays on the same card's down button.
            const movedDown = control(page, "entry_0_down");
            tryCompare(movedDown, "activeFocus", true);
            verify(!control(page, "entry_0_up").enabled);
            compare(control(page, "entry_0_period").text, "2005-09 – 2008-07");
            // The cards are laid out in the new order.
            waitForRendering(page);
            verify(control(page, "entry_0").y < control(page, "entry_1").y);

            // The keyboard moves it back: Space on the focused down button.
            keyClick(Qt.Key_Space);
            compare(testCase.resume.entries.item(1).organisation, "重庆市示例中学");
            verify(!testCase.resume.complete);
            tryCompare(control(page, "entry_1_down"), "activeFocus", true);
        }

        function test_gapWarningBetweenEntries() {
            const page = createPage();
            testCase.resume.addEntry();
            testCase.resume.addEntry();
            waitForRendering(page);
            fillEntry(page, 0, [2005, 9], [2008, 7], "重庆市示例中学", "学生", "张老师");
            fillEntry(page, 1, [2010, 9], "present", "重庆示例科技有限公司", "职员", "李经理");
            const gap = control(page, "entry_1_gap");
            tryCompare(gap, "visible", true);
            verify(gap.text.indexOf("25") >= 0, gap.text);
            verify(!control(page, "entry_0_gap").visible);
            // A gap is a warning: the step is complete.
            verify(testCase.resumeStep.complete);
        }

        function test_removeAsksFirstAndEscapeCancels() {
            const page = createPage();
            testCase.resume.addEntry();
            testCase.resume.addEntry();
            waitForRendering(page);
            // An empty entry goes at once.
            clickVisible(page, control(page, "entry_1_remove"));
            compare(testCase.resume.count, 1);

            testCase.resume.entries.item(0).organisation = "重庆市示例中学";
            const dialog = control(page, "removeDialog");
            clickVisible(page, control(page, "entry_0_remove"));
            tryCompare(dialog, "opened", true);
            keyClick(Qt.Key_Escape);
            tryCompare(dialog, "visible", false);
            compare(testCase.resume.count, 1);

            clickVisible(page, control(page, "entry_0_remove"));
            tryCompare(dialog, "opened", true);
            dialog.accept();
            tryCompare(dialog, "visible", false);
            compare(testCase.resume.count, 0);
            tryCompare(control(page, "addEntryButton"), "activeFocus", true);
        }
    }
}
