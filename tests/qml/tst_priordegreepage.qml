import QtCore
import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The prior-degree page: a field's message appears once it is left (not while
// typing), and after Next the summary at the top lists all of them, each a link that
// focuses its field; the date is entered by keyboard; the
// identity change asks for a third image; the step blocks with a reason that names
// the field until every field and image is there. The step does not apply in the
// harness (no server), so the page is created directly with its Step.
Item {
    id: root

    // The page area of a 1366×768 window (the step list takes ~236 px).
    width: 1130
    height: 680

    // A document-like picture, saved as a PNG to feed the image slots.
    Rectangle {
        id: paper

        width: 800
        height: 560
        color: "#f7f5ef"

        Column {
            x: 60
            y: 60
            spacing: 28

            Repeater {
                model: ["普通高等学校毕业证书", "学生 赵本未 性别 男", "于 2012年9月 至 2015年7月 在本校学习", "校名 重庆示例职业学院", "证书编号 125351201506000123"]

                Text {
                    required property string modelData

                    text: modelData
                    font.pixelSize: 30
                    color: "#222233"
                }
            }
        }
    }

    TestCase {
        id: testCase

        name: "PriorDegreePage"
        when: windowShown

        property PriorDegreePage page: null
        readonly property PriorDegreeController prior: WizardController.priorDegree
        property string paperPath: ""

        Component {
            id: pageComponent

            PriorDegreePage {
                width: 1130
                height: 680
                step: WizardController.steps.data(WizardController.steps.index(3, 0), StepModel.StepRole)
            }
        }

        function control(parent, name) {
            const item = findChild(parent, name);
            verify(item, "no control named " + name);
            return item;
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        // The summary's entries that link to a field.
        function summaryLinks() {
            const links = [];
            const walk = item => {
                for (let i = 0; i < item.children.length; ++i) {
                    const child = item.children[i];
                    if (child.visible && child.linked === true)
                        links.push(child);
                    walk(child);
                }
            };
            walk(control(testCase.page, "errorSummary"));
            return links;
        }

        function linkTo(field) {
            const links = testCase.summaryLinks();
            for (let i = 0; i < links.length; ++i) {
                if (links[i].field === field)
                    return links[i];
            }
            return null;
        }

        // "Check my entries" by keyboard, as the button may be below the visible part.
        // What the wizard does when Next is pressed on the incomplete step.
        function check() {
            testCase.page.step.revealProblems();
        }

        function fillFields() {
            const p = testCase.prior;
            p.name = "赵本未";
            p.idNumber = "500101199001010034";
            p.school = "重庆示例职业学院";
            p.graduationYear = 2015;
            p.graduationMonth = 7;
            p.graduationDay = 1;
            p.diplomaNumber = "125351201506000123";
        }

        function loadImage(slot) {
            slot.loadFile(testCase.paperPath);
            tryCompare(slot, "processing", false, 30000);
            compare(slot.errorMessage, "");
            verify(slot.hasImage);
        }

        function initTestCase() {
            const folder = StandardPaths.writableLocation(StandardPaths.TempLocation).toString().replace("file://", "");
            testCase.paperPath = folder + "/zkgrad-test-diploma-" + Date.now() + ".png";
            let saved = false;
            verify(paper.grabToImage(result => {
                saved = result.saveToFile(testCase.paperPath);
            }));
            tryVerify(() => saved, 5000, "the test picture could not be saved");
        }

        function init() {
            const p = testCase.prior;
            p.name = "";
            p.idNumber = "";
            p.school = "";
            p.graduationYear = 0;
            p.graduationMonth = 0;
            p.graduationDay = 0;
            p.diplomaNumber = "";
            p.identityChanged = false;
            p.diploma.clear();
            p.registrationRecord.clear();
            p.identityChange.clear();
            testCase.page = createTemporaryObject(pageComponent, root);
            verify(testCase.page);
            waitForRendering(testCase.page);
        }

        function test_everyControlIsNamedForScreenReaders() {
            compare(testCase.page.step.key, "prior-degree");
            for (const name of ["name", "idNumber", "school", "diplomaNumber"]) {
                const field = control(testCase.page, name);
                verify(field.input.Accessible.name.length > 0, name);
            }
            for (const name of ["graduationYear", "graduationMonth", "graduationDay", "identityChanged"])
                verify(control(testCase.page, name).Accessible.name.length > 0, name);
            // The server's reason for the failed check has its place at the top.
            verify(control(testCase.page, "checkMessage").visible);
            verify(!control(testCase.page, "readOnlyNote").visible);
            // Nothing left yet: no scolding.
            verify(!control(testCase.page, "errorSummary").visible);
            verify(!control(testCase.page, "name").messageShown);
        }

        function test_messageAppearsAfterLeavingTheField() {
            const name = control(testCase.page, "name");
            const id = control(testCase.page, "idNumber");
            name.focusInput();
            typeText("Zhao");
            compare(testCase.prior.name, "Zhao");
            // Still typing: the controller knows, the page does not scold yet.
            verify(testCase.prior.errors["name"] !== undefined);
            verify(!name.messageShown);
            keyClick(Qt.Key_Tab);
            verify(id.input.activeFocus);
            verify(name.messageShown);
            compare(name.message, testCase.prior.errors["name"]);
            // The summary waits for Next: leaving one field never pops a list in above it.
            const summary = control(testCase.page, "errorSummary");
            verify(!summary.visible);
            verify(!id.messageShown);

            // Fixing the value removes the message.
            name.focusInput();
            keyClick(Qt.Key_Backspace);
            testCase.prior.name = "赵本未";
            keyClick(Qt.Key_Tab);
            verify(!name.messageShown);
            // The ID number was left empty on the way, so it says so now.
            verify(!summary.visible);
            verify(id.messageShown);
        }

        function test_checkListsEverythingAndLinksFocusTheField() {
            testCase.check();
            const summary = control(testCase.page, "errorSummary");
            verify(summary.visible);
            const problems = testCase.prior.fieldProblems;
            compare(problems.length, 7);
            compare(testCase.summaryLinks().length, problems.length);
            // In page order, each with the controller's words.
            const order = ["name", "idNumber", "school", "graduationDate", "diplomaNumber", "diploma", "registrationRecord"];
            for (let i = 0; i < order.length; ++i) {
                compare(problems[i].field, order[i]);
                verify(testCase.linkTo(order[i]).text.indexOf(problems[i].message) >= 0);
            }
            // Every field shows its message now.
            verify(control(testCase.page, "school").messageShown);
            compare(control(testCase.page, "graduationDateMessage").text, testCase.prior.errors["graduationDate"]);
            verify(control(testCase.page, "diplomaMessage").visible);

            // A link takes the keyboard to its field.
            testCase.linkTo("school").activated();
            verify(control(testCase.page, "school").input.activeFocus);
            testCase.linkTo("graduationDate").activated();
            verify(control(testCase.page, "graduationYear").activeFocus);
            const flick = testCase.page.contentItem;
            // The focused date is inside the visible part of the page.
            const year = control(testCase.page, "graduationYear");
            const yearTop = year.mapToItem(flick.contentItem, 0, 0).y;
            verify(yearTop >= flick.contentY && yearTop + year.height <= flick.contentY + flick.height, "graduation date scrolled into view");
            testCase.linkTo("diploma").activated();
            const view = control(testCase.page, "diploma");
            verify(view.activeFocus || control(view, "chooseButton").activeFocus);
            // The focused image is scrolled into view (it starts below the fold).
            verify(flick.contentY > 0);
            const top = view.mapToItem(testCase.page, 0, 0).y;
            verify(top >= 0 && top < testCase.page.height, "at " + top);
        }

        function test_dateByKeyboard() {
            const year = control(testCase.page, "graduationYear");
            const month = control(testCase.page, "graduationMonth");
            const day = control(testCase.page, "graduationDay");
            year.forceActiveFocus(Qt.TabFocusReason);
            typeText("2015");
            keyClick(Qt.Key_Return);
            compare(testCase.prior.graduationYear, 2015);
            verify(month.activeFocus);
            // Moving from box to box does not yet call the date incomplete.
            verify(!control(testCase.page, "errorSummary").visible);
            for (let i = 0; i < 7; ++i)
                keyClick(Qt.Key_Down);
            compare(testCase.prior.graduationMonth, 7);
            keyClick(Qt.Key_Return);
            verify(day.activeFocus);
            keyClick(Qt.Key_Down);
            compare(testCase.prior.graduationDay, 1);
            compare(testCase.prior.graduationDate, "2015-07-01");
            verify(testCase.prior.errors["graduationDate"] === undefined);

            // A day the month does not have is said at the date once it is left.
            month.forceActiveFocus();
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_Up);
            compare(testCase.prior.graduationMonth, 2);
            keyClick(Qt.Key_Return);
            for (let i = 0; i < 29; ++i)
                keyClick(Qt.Key_Down);
            compare(testCase.prior.graduationDay, 30);
            keyClick(Qt.Key_Return);
            tryVerify(() => control(testCase.page, "graduationDateMessage").visible);
            compare(control(testCase.page, "graduationDateMessage").text, testCase.prior.errors["graduationDate"]);
            verify(testCase.prior.errors["graduationDate"].indexOf("30") >= 0);
        }

        function test_identityChangeAsksForTheExplanation() {
            const third = control(testCase.page, "identityChange");
            verify(!third.visible);
            const box = control(testCase.page, "identityChanged");
            box.forceActiveFocus();
            keyClick(Qt.Key_Space);
            verify(testCase.prior.identityChanged);
            verify(third.visible);
            verify(testCase.prior.errors["identityChange"] !== undefined);
            testCase.check();
            verify(testCase.linkTo("identityChange"));
            verify(control(testCase.page, "identityChangeMessage").visible);
            box.forceActiveFocus();
            keyClick(Qt.Key_Space);
            verify(!testCase.prior.identityChanged);
            verify(!third.visible);
            verify(testCase.prior.errors["identityChange"] === undefined);
        }

        function test_blockedWithTheReasonUntilComplete() {
            const step = testCase.page.step;
            testCase.fillFields();
            verify(!step.complete);
            verify(!testCase.prior.complete);
            // The reason under Next is the first problem: here the missing diploma image.
            compare(step.problems[0], testCase.prior.problems[0]);
            compare(testCase.prior.fieldProblems[0].field, "diploma");
            verify(step.problems[0].indexOf(testCase.prior.errors["diploma"]) >= 0);

            testCase.loadImage(testCase.prior.diploma);
            compare(testCase.prior.fieldProblems[0].field, "registrationRecord");
            verify(!step.complete);
            testCase.loadImage(testCase.prior.registrationRecord);
            verify(testCase.prior.complete);
            verify(step.complete);
            compare(step.problems.length, 0);
            testCase.check();
            verify(!control(testCase.page, "errorSummary").visible);
            // The prepared image is shown in its slot.
            tryCompare(control(control(testCase.page, "diploma"), "previewImage"), "status", Image.Ready, 10000);
        }
    }
}
