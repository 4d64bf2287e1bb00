import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The document review on the ID photos page (issue 21), with a generated card photo (docgen,
// no real person's data): the found corners are four handles that follow a mouse drag and
// arrow keys, the whole photo is an option, and nothing is saved or uploaded until the
// candidate presses "Use this image".
Item {
    id: root

    width: 1024
    height: 1400

    TestCase {
        id: testCase

        name: "DocumentReview"
        when: windowShown

        property IdPhotosPage page: null
        readonly property IdPhotosController controller: WizardController.idPhotos
        readonly property PhotoSlot front: WizardController.idPhotos.front
        readonly property string cardPath: testDocumentPhotos + "/card-0000.jpg"

        Component {
            id: pageComponent

            IdPhotosPage {
                width: 1024
                height: 1400
                step: WizardController.steps.data(WizardController.steps.index(5, 0), StepModel.StepRole)
            }
        }

        function control(parent, name) {
            const item = findChild(parent, name);
            verify(item, "no control named " + name);
            return item;
        }

        // Loads the card into the front slot and waits for its review.
        function loadCard() {
            testCase.front.loadFile(testCase.cardPath);
            tryCompare(testCase.front, "processing", false, 60000);
            compare(testCase.front.errorMessage, "");
            verify(testCase.front.reviewing, "the card was not found for review");
            const review = control(control(testCase.page, "idFrontSlot"), "documentReview");
            tryCompare(review, "visible", true);
            waitForRendering(review);
            return review;
        }

        // The centre of a handle in the photo item's coordinates.
        function handleCentre(handle, photo) {
            return handle.mapToItem(photo, handle.width / 2, handle.height / 2);
        }

        function initTestCase() {
            verify(testDocumentPhotos.length > 0, "ZKGRAD_TEST_DOC_PHOTOS is not set (the docgen fixture)");
        }

        function init() {
            testCase.front.clear();
            testCase.controller.back.clear();
            testCase.page = createTemporaryObject(pageComponent, root);
            verify(testCase.page);
            waitForRendering(testCase.page);
        }

        function test_nothingIsUploadedBeforeAcceptance() {
            const review = loadCard();
            // Under review: no saved image, no upload, the step not complete, and said so.
            compare(testCase.front.state, PhotoSlot.Reviewing);
            verify(!testCase.front.hasImage);
            verify(!testCase.front.uploading);
            verify(!testCase.controller.complete);
            const problems = testCase.controller.fieldProblems;
            verify(problems[0].message.indexOf("使用这张图片") >= 0, problems[0].message);
            const view = control(testCase.page, "idFrontSlot");
            verify(!control(view, "previewImage").visible);
            verify(!control(view, "removeButton").visible);
            verify(control(review, "reviewText").text.indexOf("找到") >= 0, control(review, "reviewText").text);
            verify(control(review, "reviewResult").sourceSize.width > control(review, "reviewResult").sourceSize.height);
            verify(control(review, "reviewBytes").text.indexOf("KB") > 0);

            // Accepted from the keyboard: now it is the slot's image, shown as usual, and the
            // focus stays in the slot (it fell to the page when the review hid its button).
            const accept = control(review, "acceptReviewButton");
            verify(accept.enabled);
            accept.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Space);
            verify(view.activeFocus, "the focus left the photo slot");
            verify(!testCase.front.reviewing);
            verify(testCase.front.hasImage);
            verify(testCase.front.state !== PhotoSlot.Reviewing);
            tryCompare(review, "visible", false);
            tryCompare(control(view, "previewImage"), "status", Image.Ready, 10000);
            compare(control(view, "previewImage").implicitWidth, testCase.front.outputSize.width);
        }

        function test_dragACornerWithTheMouse() {
            const review = loadCard();
            const photo = control(review, "reviewPhoto");
            const handle = control(review, "cornerHandle0");
            verify(handle.visible);
            compare(handle.Accessible.name, "证件左上角");
            const before = testCase.front.corners[0];
            const p = handleCentre(handle, photo);
            mousePress(photo, p.x, p.y);
            mouseMove(photo, p.x + 12, p.y + 8);
            mouseMove(photo, p.x + 24, p.y + 16);
            // While dragging, the result is out of date and cannot be accepted.
            verify(testCase.front.resultStale);
            verify(!control(review, "acceptReviewButton").enabled);
            mouseRelease(photo, p.x + 24, p.y + 16);
            const after = testCase.front.corners[0];
            fuzzyCompare(after.x - before.x, 24 / photo.paintedWidth, 0.002);
            fuzzyCompare(after.y - before.y, 16 / photo.paintedHeight, 0.002);
            // The handle follows the corner.
            const q = handleCentre(handle, photo);
            fuzzyCompare(q.x, p.x + 24, 1.5);
            fuzzyCompare(q.y, p.y + 16, 1.5);
            // Released: straightened again, then it may be used.
            verify(testCase.front.cornersMoved);
            tryCompare(testCase.front, "resultStale", false, 30000);
            tryCompare(testCase.front, "processing", false, 30000);
            verify(control(review, "acceptReviewButton").enabled);
            const reset = control(review, "resetCornersButton");
            verify(reset.visible);
            mouseClick(reset);
            verify(!testCase.front.cornersMoved);
            fuzzyCompare(testCase.front.corners[0].x, before.x, 1e-6);
            tryCompare(testCase.front, "processing", false, 30000);
        }

        function test_nudgeACornerWithTheKeyboard() {
            const review = loadCard();
            const photo = control(review, "reviewPhoto");
            const handle = control(review, "cornerHandle1");
            compare(handle.Accessible.name, "证件右上角");
            verify(handle.Accessible.description.indexOf("方向键") >= 0, handle.Accessible.description);
            verify(handle.activeFocusOnTab);
            handle.forceActiveFocus(Qt.TabFocusReason);
            const before = testCase.front.corners[1];
            keyClick(Qt.Key_Left);
            fuzzyCompare(testCase.front.corners[1].x, before.x - 1 / photo.paintedWidth, 1e-6);
            keyClick(Qt.Key_Down, Qt.ShiftModifier);
            fuzzyCompare(testCase.front.corners[1].y, before.y + 10 / photo.paintedHeight, 1e-6);
            verify(testCase.front.resultStale);
            // A pause after the keys straightens it again.
            tryCompare(testCase.front, "resultStale", false, 30000);
            tryCompare(testCase.front, "processing", false, 30000);
            verify(testCase.front.canAccept);
            // Tab goes on to the next corner.
            keyClick(Qt.Key_Tab);
            verify(control(review, "cornerHandle2").activeFocus);
        }

        function test_wholePhotoOption() {
            const review = loadCard();
            const whole = control(review, "wholePhotoOption");
            mouseClick(whole);
            verify(testCase.front.wholePhoto);
            verify(whole.checked);
            // No corners to move for the whole photo.
            verify(!control(review, "cornerHandle0").visible);
            tryCompare(testCase.front, "processing", false, 30000);
            verify(testCase.front.canAccept);
            // The result is the photo's shape (4:3 or 3:4), not the card's.
            const photoSize = control(review, "reviewPhoto").sourceSize;
            const photoAspect = photoSize.width / photoSize.height; // a number, kept after the review ends
            fuzzyCompare(testCase.front.reviewSize.width / testCase.front.reviewSize.height, photoAspect, 0.01);
            // And back to the card.
            mouseClick(control(review, "straightenOption"));
            verify(!testCase.front.wholePhoto);
            verify(control(review, "cornerHandle0").visible);
            tryCompare(testCase.front, "processing", false, 30000);
            fuzzyCompare(testCase.front.reviewSize.width / testCase.front.reviewSize.height, 85.6 / 54, 0.02);
            // Used whole is used whole.
            mouseClick(whole);
            tryCompare(testCase.front, "canAccept", true, 30000);
            mouseClick(control(review, "acceptReviewButton"));
            verify(testCase.front.hasImage);
            fuzzyCompare(testCase.front.outputSize.width / testCase.front.outputSize.height, photoAspect, 0.01);
        }

        function test_cancelKeepsNothing() {
            const review = loadCard();
            control(review, "discardReviewButton").forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Space);
            verify(control(testCase.page, "idFrontSlot").activeFocus, "the focus left the photo slot");
            verify(!testCase.front.reviewing);
            verify(!testCase.front.hasImage);
            tryCompare(review, "visible", false);
            verify(control(control(testCase.page, "idFrontSlot"), "dropHint").visible);
        }
    }
}
