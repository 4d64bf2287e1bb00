import QtCore
import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The signature page: a photo of a signature is loaded, then each handle, the box
// itself, the keyboard and the nudge buttons change the crop as expected, the
// box never gets smaller than the minimum, and the result is made, checked at
// 100 % (scrolling when larger than the window) and saved, after which the page
// shows the saved signature instead of the editor. A drawing skips the cropping.
Item {
    id: root

    width: 1200
    height: 760

    // White paper with ink: grabbed into a PNG, it is the "photo" the tests load.
    Rectangle {
        id: paper

        width: 600
        height: 240
        color: "white"

        SignaturePad {
            id: pad

            anchors.fill: parent
        }
    }

    TestCase {
        id: testCase

        name: "SignaturePage"
        when: windowShown

        property SignaturePage page: null
        readonly property SignatureController signature: WizardController.signature

        Component {
            id: pageComponent

            SignaturePage {
                width: 1200
                height: 760
                step: WizardController.steps.data(WizardController.steps.index(7, 0), StepModel.StepRole)
            }
        }

        // A plain copy: a value-type property read in QML stays linked to the property.
        function boxNow() {
            const r = testCase.signature.cropRect;
            return { x: r.x, y: r.y, width: r.width, height: r.height };
        }

        // Drags from the centre of @p item by (dx, dy), with coordinates taken from the
        // crop view, which does not move while the box and its handles follow the mouse.
        function dragFrom(item, dx, dy) {
            const view = control("cropView");
            const c = item.mapToItem(view, item.width / 2, item.height / 2);
            mousePress(view, c.x, c.y);
            mouseMove(view, c.x + dx / 2, c.y + dy / 2);
            mouseMove(view, c.x + dx, c.y + dy);
            mouseRelease(view, c.x + dx, c.y + dy);
        }

        function control(name) {
            const item = findChild(testCase.page, name);
            verify(item, "no control named " + name);
            return item;
        }

        function drawOn(target) {
            target.clear();
            target.beginStroke(Qt.point(60, 120));
            for (let i = 1; i <= 48; ++i)
                target.extendStroke(Qt.point(60 + i * 10, 120 + 40 * Math.sin(i / 4)));
            target.endStroke();
        }

        // The pad on white paper as a PNG at twice its size, like a photo of a signature.
        function photoOfPad() {
            const dir = StandardPaths.writableLocation(StandardPaths.TempLocation).toString().replace(/^file:\/\//, "");
            const path = dir + "/signature-photo-" + Date.now() + ".png";
            let saved = false;
            paper.grabToImage(result => {
                saved = result.saveToFile(path);
            }, Qt.size(paper.width * 2, paper.height * 2));
            tryVerify(() => saved, 5000, "the pad could not be saved to " + path);
            return path;
        }

        function init() {
            testCase.drawOn(pad);
            testCase.signature.loadFile(testCase.photoOfPad());
            tryCompare(testCase.signature, "loading", false, 5000);
            compare(testCase.signature.errorMessage, "");
            testCase.page = createTemporaryObject(pageComponent, root);
            verify(testCase.page);
            waitForRendering(testCase.page);
            testCase.signature.resetView();
            testCase.signature.cropRect = Qt.rect(300, 100, 400, 200);
            waitForRendering(testCase.page);
        }

        function cleanup() {
            testCase.signature.discardResult();
            testCase.signature.startOver();
        }

        function test_startsWithTheSuggestedBoxAroundTheInk() {
            testCase.signature.useSuggested();
            const box = testCase.signature.cropRect;
            // Ink drawn at pad x 60..540 → source x 120..1080 (the drawing is rendered at 2×).
            verify(box.x <= 120 && box.x + box.width >= 1080, JSON.stringify(box));
            verify(!testCase.signature.complete);
            verify(testCase.signature.problemsText.indexOf("签名") >= 0 || testCase.signature.problemsText.length > 0);
        }

        function test_handles_data() {
            return [
                { tag: "topLeft", handle: SignatureController.TopLeft, dx: -40, dy: -20, left: true, top: true },
                { tag: "top", handle: SignatureController.Top, dx: 30, dy: 20, top: true },
                { tag: "topRight", handle: SignatureController.TopRight, dx: 40, dy: -20, right: true, top: true },
                { tag: "right", handle: SignatureController.Right, dx: 40, dy: 30, right: true },
                { tag: "bottomRight", handle: SignatureController.BottomRight, dx: 40, dy: 20, right: true, bottom: true },
                { tag: "bottom", handle: SignatureController.Bottom, dx: -30, dy: 20, bottom: true },
                { tag: "bottomLeft", handle: SignatureController.BottomLeft, dx: -40, dy: 20, left: true, bottom: true },
                { tag: "left", handle: SignatureController.Left, dx: 40, dy: 10, left: true }
            ];
        }

        function test_handles(data) {
            const before = boxNow();
            const scale = testCase.signature.cropInView.width / before.width;
            const handle = control("handle_" + data.handle);
            testCase.dragFrom(handle, data.dx, data.dy);
            const after = testCase.boxNow();
            const near = (a, b) => Math.abs(a - b) <= 2;
            const dxs = data.dx / scale;
            const dys = data.dy / scale;
            verify(near(after.x, before.x + (data.left ? dxs : 0)), "left " + JSON.stringify(after));
            verify(near(after.y, before.y + (data.top ? dys : 0)), "top " + JSON.stringify(after));
            verify(near(after.x + after.width, before.x + before.width + (data.right ? dxs : 0)), "right " + JSON.stringify(after));
            verify(near(after.y + after.height, before.y + before.height + (data.bottom ? dys : 0)), "bottom " + JSON.stringify(after));
        }

        function test_moveBox() {
            const before = boxNow();
            const scale = testCase.signature.cropInView.width / before.width;
            const box = control("cropBox");
            testCase.dragFrom(box, 50, 30);
            const after = testCase.boxNow();
            verify(Math.abs(after.x - (before.x + 50 / scale)) <= 2, JSON.stringify(after));
            verify(Math.abs(after.y - (before.y + 30 / scale)) <= 2, JSON.stringify(after));
            compare(after.width, before.width);
            compare(after.height, before.height);
        }

        function test_boxStaysInside() {
            const box = control("cropBox");
            testCase.dragFrom(box, -900, -900);
            compare(testCase.signature.cropRect.x, 0);
            compare(testCase.signature.cropRect.y, 0);
        }

        function test_minimumSize() {
            const handle = control("handle_" + SignatureController.Right);
            testCase.dragFrom(handle, -600, 0);
            compare(testCase.signature.cropRect.width, testCase.signature.minCropSide);
            const bottom = control("handle_" + SignatureController.Bottom);
            testCase.dragFrom(bottom, 0, -600);
            compare(testCase.signature.cropRect.height, testCase.signature.minCropSide);
        }

        function test_keyboardNudges() {
            const view = control("cropView");
            view.forceActiveFocus();
            const step = testCase.signature.nudgeStep;
            const before = testCase.boxNow();
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Down);
            compare(testCase.signature.cropRect.x, before.x + step);
            compare(testCase.signature.cropRect.y, before.y + step);
            keyClick(Qt.Key_Right, Qt.ShiftModifier);
            keyClick(Qt.Key_Up, Qt.ShiftModifier);
            compare(testCase.signature.cropRect.width, before.width + step);
            compare(testCase.signature.cropRect.height, before.height - step);
        }

        function test_nudgeButtons() {
            const step = testCase.signature.nudgeStep;
            const before = testCase.boxNow();
            // A candidate scrolls the controls when the window is too low to show them all.
            const scroll = control("controlsScroll");
            scroll.ScrollBar.vertical.position = 1 - scroll.ScrollBar.vertical.size;
            mouseClick(control("nudgeLeftButton"));
            compare(testCase.signature.cropRect.x, before.x - step);
            mouseClick(control("resizeModeButton"));
            mouseClick(control("nudgeDownButton"));
            compare(testCase.signature.cropRect.height, before.height + step);
            // The buttons say in words what they do now.
            compare(control("nudgeDownButton").Accessible.name, "增大截取框高度");
            mouseClick(control("moveModeButton"));
            compare(control("nudgeDownButton").Accessible.name, "截取框下移");
        }

        function test_rotateTurnsTheBox() {
            const size = { width: testCase.signature.imageSize.width, height: testCase.signature.imageSize.height };
            mouseClick(control("rotateRightButton"));
            compare(testCase.signature.quarterTurns, 1);
            compare(testCase.signature.imageSize.width, size.height);
            compare(testCase.signature.cropRect.width, 200);
            compare(testCase.signature.cropRect.height, 400);
        }

        function test_makeCheckAndSave() {
            mouseClick(control("makeButton"));
            tryCompare(testCase.signature, "resultPending", true, 10000);
            const dialog = control("resultDialog");
            tryCompare(dialog, "opened", true);
            const image = control("resultImage");
            compare(image.width, 400); // 100 %: the box in source pixels
            compare(image.height, 200);
            // The default answer has the focus, and shows it: a keyboard user sees where Enter goes.
            verify(control("confirmButton").activeFocus);
            verify(control("confirmButton").visualFocus, "no focus ring on the dialog's default button");
            mouseClick(control("confirmButton"));
            tryCompare(testCase.signature, "complete", true);
            verify(WizardController.currentStep.key !== "signature" || WizardController.currentStep.complete);
            verify(testCase.signature.outputBytes > 0 && testCase.signature.outputBytes <= testCase.signature.maxBytes);
            // Saved: the editor closes to the signature and its numbers, in KB like everywhere.
            tryCompare(control("savedSignature"), "visible", true);
            tryVerify(() => control("changeSignatureButton").activeFocus, 3000, "the focus fell to the page with the editor");
            verify(!control("cropView").visible);
            verify(!control("photoTab").visible);
            verify(control("savedText").text.indexOf("（上限 50 KB）") > 0, control("savedText").text);
            mouseClick(control("changeSignatureButton"));
            verify(control("photoTab").visible);
            verify(!control("savedSignature").visible);
            mouseClick(control("keepSavedButton"));
            verify(control("savedSignature").visible);
            verify(testCase.signature.complete);
        }

        // A result larger than the window is scrolled at 100 %, never cut off.
        function test_largeResultScrolls() {
            // A window narrower than the 800-pixel result (large text, a small laptop).
            const win = root.Window.window;
            const oldWidth = win.width;
            win.width = 760;
            testCase.signature.cropRect = Qt.rect(0, 0, testCase.signature.imageSize.width, testCase.signature.imageSize.height);
            mouseClick(control("makeButton"));
            tryCompare(testCase.signature, "resultPending", true, 10000);
            const dialog = control("resultDialog");
            tryCompare(dialog, "opened", true);
            const flick = control("resultFlick");
            const image = control("resultImage");
            compare(image.width, testCase.signature.outputSize.width);
            verify(image.width > flick.width, image.width + " vs " + flick.width);
            verify(control("resultScrollHint").visible);
            compare(flick.ScrollBar.horizontal.policy, ScrollBar.AlwaysOn);
            flick.contentX = flick.contentWidth - flick.width;
            compare(flick.contentX, image.width - flick.width);
            // The dialog uses the window, not just the page beside the step list.
            verify(dialog.width > win.width - 2 * Theme.padding - 1, dialog.width);
            dialog.close();
            win.width = oldWidth;
        }

        // A drawing needs no cropping: it goes straight to the 100 % check, and going back
        // returns to the pad with the drawing still on it.
        function test_drawingSkipsTheCrop() {
            testCase.signature.startOver();
            mouseClick(control("drawTab"));
            const pagePad = control("signaturePad");
            testCase.drawOn(pagePad);
            mouseClick(control("useDrawingButton"));
            tryCompare(testCase.signature, "resultPending", true, 10000);
            verify(testCase.signature.fromDrawing);
            verify(!control("cropView").visible);
            const back = control("backToCropButton");
            compare(back.text, "返回修改手写签名");
            mouseClick(back);
            verify(!testCase.signature.resultPending);
            verify(pagePad.visible);
            verify(!control("cropView").visible);
            verify(!pagePad.empty);
        }

        // A stroke drawn with the mouse keeps every point: the page's scroll view must not take
        // the drag over once it passes the drag threshold (it did: only the first few pixels of
        // a downward stroke were drawn, the rest went to scrolling).
        function test_mouseStrokeIsDrawnWhole() {
            testCase.signature.startOver();
            mouseClick(control("drawTab"));
            const pagePad = control("signaturePad");
            pagePad.clear();
            mousePress(pagePad, 40, 20);
            for (let i = 1; i <= 50; ++i)
                mouseMove(pagePad, 40 + i * 10, 20 + i * 4);
            mouseRelease(pagePad, 540, 220);
            compare(pagePad.strokeCount, 1);
            mouseClick(control("useDrawingButton"));
            tryCompare(testCase.signature, "resultPending", true, 10000);
            // The ink spans 500 × 200 px: the image made from it is wide, not a dot's square.
            const size = testCase.signature.outputSize;
            verify(size.width > 1.8 * size.height, size.width + " × " + size.height);
            mouseClick(control("backToCropButton"));
        }

        // The photo comes in the app's one way (ImageSource): its file dialog offers the same
        // list of types as the photo slots, and a chosen or dropped file is loaded for cropping.
        function test_photoComesThroughTheSharedImageSource() {
            testCase.signature.startOver();
            waitForRendering(testCase.page);
            const source = control("signatureImageSource");
            verify(source.visible);
            const dialog = findChild(source, "imageFileDialog");
            verify(dialog, "no shared file dialog");
            verify(dialog.nameFilters[0].indexOf(ImagePicker.patterns) >= 0, dialog.nameFilters[0]);
            verify(control("chooseButton").visible);
            verify(control("pasteButton").visible);
            control("chooseButton").forceActiveFocus(Qt.TabFocusReason);
            const path = testCase.photoOfPad();
            source.chosen("file://" + path);
            tryCompare(testCase.signature, "loading", false, 5000);
            compare(testCase.signature.errorMessage, "");
            verify(testCase.signature.hasSource);
            verify(!source.visible, "the chooser gives way to the crop view");
            // The keyboard goes on in the crop view (the arrow keys move the box), not on the page.
            verify(control("cropView").activeFocus, "the focus fell to the page with the chooser");
        }

        // Submitted and not sent back: the page says so and nothing can be loaded, cropped or drawn.
        function test_submittedSignatureIsReadOnly() {
            TestAccess.adoptApplication({
                "id": "app_1",
                "state": "submitted",
                "editableSections": []
            });
            verify(!testCase.signature.editable);
            verify(WizardController.steps.data(WizardController.steps.index(Step.Signature, 0), StepModel.StepRole).readOnly);
            waitForRendering(testCase.page);
            verify(control("readOnlyNote").visible);
            verify(!control("photoTab").visible);
            verify(!control("makeButton").visible);
            TestAccess.adoptApplication({});
            verify(testCase.signature.editable);
            verify(!control("readOnlyNote").visible);
            verify(control("makeButton").visible);
        }
    }
}
