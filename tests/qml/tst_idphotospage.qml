import QtCore
import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The ID photos page: a missing side blocks the step and is named; an image loaded
// into a slot is prepared, shown with its size against the limit and can be viewed at
// 100 %; a refused file is explained at its slot and listed in the summary, whose link
// takes the focus to that slot.
Item {
    id: root

    width: 1130
    height: 720

    // A card-like picture with some text, saved as a PNG to feed the slots.
    Rectangle {
        id: card

        width: 900
        height: 570
        color: "#e8e4da"

        Rectangle {
            x: 40
            y: 60
            width: 220
            height: 300
            color: "#888888"
        }
        Column {
            x: 300
            y: 80
            spacing: 24

            Repeater {
                model: ["姓名 张三", "性别 男  民族 汉", "出生 1990年1月1日", "住址 重庆市渝中区示例路1号", "公民身份号码 500101199001010034"]

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

        name: "IdPhotosPage"
        when: windowShown

        property IdPhotosPage page: null
        readonly property IdPhotosController controller: WizardController.idPhotos
        property string cardPath: ""

        Component {
            id: pageComponent

            IdPhotosPage {
                width: 1130
                height: 720
                step: WizardController.steps.data(WizardController.steps.index(5, 0), StepModel.StepRole)
            }
        }

        function control(parent, name) {
            const item = findChild(parent, name);
            verify(item, "no control named " + name);
            return item;
        }

        // Waits for a new photo; when a card was found in it, the candidate's "Use this image"
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
            testCase.cardPath = folder + "/zkgrad-test-idcard-" + Date.now() + ".png";
            let saved = false;
            verify(card.grabToImage(result => {
                        saved = result.saveToFile(testCase.cardPath);
                    }));
            tryVerify(() => saved, 5000, "the test picture could not be saved");
        }

        function init() {
            testCase.controller.front.clear();
            testCase.controller.back.clear();
            testCase.page = createTemporaryObject(pageComponent, root);
            verify(testCase.page);
            waitForRendering(testCase.page);
        }

        function test_missingSidesBlockTheStep() {
            const step = testCase.page.step;
            compare(step.key, "id-photos");
            verify(!testCase.controller.complete);
            verify(!step.complete);
            // The reason shown under Next names the missing side.
            verify(step.problems.length > 0);
            verify(step.problems[0].indexOf("人像面") >= 0, step.problems[0]);
            compare(testCase.controller.fieldProblems.length, 2);
            compare(testCase.controller.fieldProblems[0].field, "idFrontSlot");
            compare(testCase.controller.fieldProblems[1].field, "idBackSlot");
            // Nothing started yet and the step not left: no summary to scold with.
            verify(!control(testCase.page, "errorSummary").visible);
            for (const name of ["idFrontSlot", "idBackSlot"]) {
                const view = control(testCase.page, name);
                verify(view.Accessible.name.length > 0);
                verify(control(view, "chooseButton").visible);
                verify(control(view, "pasteButton").visible);
                verify(!control(view, "removeButton").visible);
                verify(control(view, "dropHint").visible);
            }
            // Side by side, the two cards end on one line although their hints differ in length.
            const front = control(testCase.page, "idFrontSlot");
            const back = control(testCase.page, "idBackSlot");
            compare(front.y, back.y);
            verify(front.x !== back.x, "the cards are side by side at this width");
            compare(front.height, back.height);
        }

        function test_loadedImageIsShownAndCompletesWithBothSides() {
            const front = control(testCase.page, "idFrontSlot");
            testCase.controller.front.loadFile(testCase.cardPath);
            testCase.useNewPhoto(testCase.controller.front);
            compare(testCase.controller.front.errorMessage, "");
            verify(testCase.controller.front.hasImage);
            const image = control(front, "previewImage");
            tryCompare(image, "status", Image.Ready, 10000);
            compare(image.implicitWidth, testCase.controller.front.outputSize.width);
            verify(control(front, "removeButton").visible);
            verify(!control(front, "dropHint").visible);
            const bytes = control(front, "bytesLabel");
            verify(bytes.visible);
            verify(bytes.text.indexOf("（上限 50 KB）") > 0, bytes.text);
            verify(testCase.controller.front.bytes <= testCase.controller.front.maxBytes);
            verify(control(front, "statusLabel").text.length > 0);

            // 100 %: one image pixel per pixel, to check that the text is legible.
            mouseClick(control(front, "actualSizeButton"));
            verify(control(front, "zoomLabel").text.indexOf("100") === 0);
            compare(image.width, image.implicitWidth);
            mouseClick(control(front, "zoomOutButton"));
            verify(image.width < image.implicitWidth);
            mouseClick(control(front, "fitButton"));
            verify(image.width <= control(front, "previewFlick").width);

            // The back is still missing: now the summary says so and links to it.
            verify(!testCase.controller.complete);
            const summary = control(testCase.page, "errorSummary");
            verify(!summary.visible, "the summary waits for Next");
            testCase.page.step.revealProblems();
            verify(summary.visible);
            compare(summary.rows.length, 1);
            compare(summary.rows[0].field, "idBackSlot");
            verify(summary.rows[0].message.indexOf("国徽面") >= 0);
            summary.focusField("idBackSlot");
            const back = control(testCase.page, "idBackSlot");
            verify(control(back, "chooseButton").activeFocus);
            testCase.controller.back.loadFile(testCase.cardPath);
            testCase.useNewPhoto(testCase.controller.back);
            tryCompare(testCase.controller, "complete", true);
            compare(testCase.page.step.problems.length, 0);
            tryVerify(() => summary.rows[0].fixed);

            // Remove takes it away again.
            mouseClick(control(back, "removeButton"));
            verify(!testCase.controller.back.hasImage);
            verify(!testCase.controller.complete);
        }

        // Tried as a new user: the page had three primary buttons (both sides' 选择文件… and
        // 下一步), and during the card check a fourth (使用这张图片). One at a time now.
        function test_onePrimaryButtonAtATime() {
            const front = control(testCase.page, "idFrontSlot");
            const back = control(testCase.page, "idBackSlot");
            verify(control(front, "chooseButton").highlighted, "the front first");
            verify(!control(back, "chooseButton").highlighted);
            verify(testCase.page.hasPrimaryAction, "Next is secondary while a side is missing");
            testCase.controller.front.loadFile(testCase.cardPath);
            tryCompare(testCase.controller.front, "processing", false, 30000);
            if (testCase.controller.front.reviewing) {
                verify(!control(front, "chooseButton").highlighted, "使用这张图片 is the one primary now");
                verify(!control(back, "chooseButton").highlighted);
                verify(testCase.page.hasPrimaryAction);
                testCase.controller.front.acceptReview();
            }
            verify(!control(front, "chooseButton").highlighted);
            verify(control(back, "chooseButton").highlighted, "then the back");
            testCase.controller.back.loadFile(testCase.cardPath);
            testCase.useNewPhoto(testCase.controller.back);
            verify(!control(back, "chooseButton").highlighted);
            verify(!testCase.page.hasPrimaryAction, "both in: Next is the primary button");
        }

        function test_refusedFileIsExplainedAtItsSlot() {
            const missing = "/nonexistent-folder/身份证.jpg";
            testCase.controller.front.loadFile(missing);
            tryCompare(testCase.controller.front, "processing", false, 10000);
            const front = control(testCase.page, "idFrontSlot");
            const error = control(front, "errorLabel");
            tryCompare(error, "visible", true);
            verify(error.text.indexOf("身份证.jpg") >= 0, error.text);
            compare(testCase.controller.errors["idFrontSlot"], error.text);
            // A refusal is shown at once at its slot; Next lists it at the top too.
            const summary = control(testCase.page, "errorSummary");
            testCase.page.step.revealProblems();
            verify(summary.visible);
            compare(summary.rows[0].field, "idFrontSlot");
            compare(summary.rows[0].message, error.text);
            verify(!testCase.controller.complete);
        }

        // Qt Quick's own file dialog dims nothing and lets clicks reach the page behind it;
        // the page's scrim does both while it is open, and goes with it.
        function test_fileDialogDimsThePage() {
            const overlay = root.Overlay.overlay;
            // One per image source (front and back); the one of the dialog that opened shows.
            const scrims = () => {
                const found = [];
                for (let i = 0; i < overlay.children.length; ++i) {
                    if (overlay.children[i].objectName === "fileDialogScrim")
                        found.push(overlay.children[i]);
                }
                return found;
            };
            compare(scrims().length, 2, "a scrim in the window's overlay for each dialog");
            verify(scrims().every(s => !s.visible), "nothing dimmed before a dialog opens");
            mouseClick(testCase.control(testCase.page, "chooseButton"));
            tryVerify(() => scrims().filter(s => s.visible).length === 1, 5000, "dimmed while the dialog is open");
            const scrim = scrims().find(s => s.visible);
            compare(scrim.width, overlay.width);
            compare(scrim.height, overlay.height);
            verify(scrim.color.a > 0.3, "it dims");
            keyClick(Qt.Key_Escape);
            tryVerify(() => scrims().every(s => !s.visible), 5000, "gone with the dialog");
        }
    }
}
