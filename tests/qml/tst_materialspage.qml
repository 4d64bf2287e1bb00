import QtCore
import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The note and other materials page: everything is optional; a note over 500
// characters is an error at the field, listed in the summary whose link focuses the
// note; images are added one after another and can be removed.
Item {
    id: root

    width: 1130
    height: 720

    Rectangle {
        id: sheet

        width: 800
        height: 1000
        color: "white"

        Column {
            x: 60
            y: 60
            spacing: 18

            Repeater {
                model: 20

                Text {
                    required property int index

                    text: "情况说明 第" + (index + 1) + "行：本人于二〇一五年更改姓名，特此说明。"
                    font.pixelSize: 26
                    color: "black"
                }
            }
        }
    }

    TestCase {
        id: testCase

        name: "MaterialsPage"
        when: windowShown

        property MaterialsPage page: null
        readonly property MaterialsController controller: WizardController.materials
        property string sheetPath: ""

        Component {
            id: pageComponent

            MaterialsPage {
                width: 1130
                height: 720
                step: WizardController.steps.data(WizardController.steps.index(8, 0), StepModel.StepRole)
            }
        }

        function control(parent, name) {
            const item = findChild(parent, name);
            verify(item, "no control named " + name);
            return item;
        }

        // Waits for a new photo; when a page was found in it, the candidate's "Use this image"
        // (tst_documentreview.qml tests the review itself).
        function useNewPhoto(slot) {
            tryCompare(slot, "processing", false, 30000);
            if (slot.reviewing) {
                verify(!slot.hasImage);
                slot.acceptReview();
            }
        }

        function initTestCase() {
            const folder = StandardPaths.writableLocation(StandardPaths.TempLocation).toString().replace("file://", "");
            testCase.sheetPath = folder + "/zkgrad-test-sheet-" + Date.now() + ".png";
            let saved = false;
            verify(sheet.grabToImage(result => {
                        saved = result.saveToFile(testCase.sheetPath);
                    }));
            tryVerify(() => saved, 5000, "the test picture could not be saved");
        }

        function init() {
            testCase.controller.note = "";
            for (let i = 0; i < testCase.controller.otherSlots.length; ++i)
                testCase.controller.otherSlots[i].clear();
            testCase.page = createTemporaryObject(pageComponent, root);
            verify(testCase.page);
            waitForRendering(testCase.page);
        }

        function test_emptyIsComplete() {
            compare(testCase.page.step.key, "materials");
            verify(testCase.controller.complete);
            verify(testCase.page.step.complete);
            compare(testCase.controller.fieldProblems.length, 0);
            verify(!control(testCase.page, "errorSummary").visible);
            compare(testCase.controller.filledCount, 0);
            // One empty place to add the first material, nothing else.
            const add = control(testCase.page, "otherSlot_1");
            verify(add.visible);
            compare(add.photoSlot.slot, "other-1");
            verify(control(add, "chooseButton").visible);
            // Optional: Next stays the one primary button of the page.
            verify(!control(add, "chooseButton").highlighted);
            verify(!testCase.page.hasPrimaryAction);
        }

        function test_typingUpdatesTheCounter() {
            const editor = control(testCase.page, "noteEditor");
            mouseClick(editor);
            verify(editor.activeFocus);
            keyClick(Qt.Key_A);
            keyClick(Qt.Key_Space);
            keyClick(Qt.Key_B);
            compare(testCase.controller.note, "a b");
            // Spaces do not count.
            compare(testCase.controller.noteCount, 2);
            verify(control(testCase.page, "noteCounter").text.indexOf("2 / 500") === 0);
        }

        function test_tooLongNoteIsAnErrorAtTheField() {
            const editor = control(testCase.page, "noteEditor");
            editor.text = "说".repeat(501);
            compare(testCase.controller.noteCount, 501);
            const message = control(testCase.page, "noteMessage");
            tryCompare(message, "visible", true);
            verify(message.text.indexOf("501") >= 0, message.text);
            verify(message.text.indexOf("500") >= 0, message.text);
            verify(!testCase.controller.complete);
            verify(testCase.page.step.problems[0] === message.text);
            const summary = control(testCase.page, "errorSummary");
            verify(!summary.visible, "the summary waits for Next");
            testCase.page.step.revealProblems();
            verify(summary.visible);
            compare(summary.rows.length, 1);
            compare(summary.rows[0].field, "noteText");
            compare(summary.rows[0].message, message.text);
            // The summary's link takes the focus to the note.
            editor.focus = false;
            summary.focusField("noteText");
            verify(editor.activeFocus);

            // Shortened to the limit: fine again.
            editor.text = "说".repeat(500);
            tryCompare(message, "visible", false);
            // The row stays, ticked, until Next looks again: the page does not jump.
            tryVerify(() => summary.rows[0].fixed);
            verify(testCase.controller.complete);
        }

        function test_addAndRemoveMaterials() {
            const first = testCase.controller.nextEmptySlot;
            compare(first.slot, "other-1");
            first.loadFile(testCase.sheetPath);
            // While it is being prepared the next empty place is offered already.
            compare(testCase.controller.nextEmptySlot.slot, "other-2");
            testCase.useNewPhoto(first);
            compare(first.errorMessage, "");
            compare(testCase.controller.filledCount, 1);
            verify(testCase.controller.complete);
            const filled = control(testCase.page, "otherSlot_1");
            tryCompare(filled, "visible", true);
            compare(filled.photoSlot, first);
            const image = control(filled, "previewImage");
            tryCompare(image, "status", Image.Ready, 10000);
            verify(control(filled, "bytesLabel").text.indexOf("（上限 50 KB）") > 0, control(filled, "bytesLabel").text);
            const add = control(testCase.page, "otherSlot_2");
            verify(add.visible);
            compare(add.photoSlot.slot, "other-2");

            // A second one, then the first is removed: the second stays.
            testCase.controller.nextEmptySlot.loadFile(testCase.sheetPath);
            tryCompare(testCase.controller, "filledCount", 2, 30000);
            testCase.useNewPhoto(testCase.controller.otherSlots[1]);
            verify(testCase.controller.otherSlots[1].hasImage);
            mouseClick(control(filled, "removeButton"));
            compare(testCase.controller.filledCount, 1);
            verify(!first.hasImage);
            verify(testCase.controller.otherSlots[1].hasImage);
            // The freed place is offered again.
            compare(testCase.controller.nextEmptySlot, first);
            verify(testCase.controller.complete);
        }

        function test_refusedMaterialIsListed() {
            const slot = testCase.controller.nextEmptySlot;
            slot.loadFile("/nonexistent-folder/证明.pdf");
            tryCompare(slot, "processing", false, 10000);
            verify(slot.errorMessage.indexOf("证明.pdf") >= 0, slot.errorMessage);
            const summary = control(testCase.page, "errorSummary");
            testCase.page.step.revealProblems();
            verify(summary.visible);
            compare(summary.rows[0].field, "otherSlot_1");
            // The empty place shows the message where the file was chosen.
            const add = control(testCase.page, "otherSlot_1");
            verify(add.visible);
            verify(control(add, "errorLabel").visible);
            verify(!testCase.controller.complete);
            slot.dismissError();
            verify(testCase.controller.complete);
        }
    }
}
