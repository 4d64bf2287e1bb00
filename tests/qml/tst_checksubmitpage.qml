import QtCore
import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The check-and-submit page: one group per entry step with a change button that opens
// it, the blocking problems with links to their steps, submitting disabled while
// anything blocks, the confirmation dialog closing on Esc, and the rejection banner.
Item {
    id: root

    width: 1130
    height: 700

    TestCase {
        id: testCase

        name: "CheckSubmitPage"
        when: windowShown

        Component {
            id: pageComponent

            CheckSubmitPage {
                width: 1130
                height: 700
                step: WizardController.steps.data(WizardController.steps.index(9, 0), StepModel.StepRole)
            }
        }

        Component {
            id: bannerComponent

            SubmitRejectionBanner {
                width: 600
                stepKey: "id-photos"
            }
        }

        function control(page, name) {
            const item = findChild(page, name);
            verify(item, "no control named " + name);
            return item;
        }

        function clickVisible(page, item) {
            waitForRendering(page);
            const flick = page.contentItem;
            const pos = item.mapToItem(flick.contentItem, 0, 0);
            flick.contentY = Math.max(0, Math.min(pos.y - 20, flick.contentHeight - flick.height));
            waitForRendering(page);
            mouseClick(item, item.width / 2, item.height / 2);
        }

        function completeNotice() {
            const notice = WizardController.notice;
            for (let i = 0; i < 6; ++i)
                notice.setConditionConfirmed(i, true);
            notice.candidateType = NoticeController.Social;
            notice.readConfirmed = true;
        }

        function init() {
            WizardController.goTo(1);
            const notice = WizardController.notice;
            for (let i = 0; i < 6; ++i)
                notice.setConditionConfirmed(i, false);
            notice.candidateType = NoticeController.Unset;
            notice.readConfirmed = false;
        }

        function test_groupsForEveryEntryStep() {
            const page = createTemporaryObject(pageComponent, root);
            verify(page);
            const check = WizardController.checkSubmit;
            verify(check.groups.length >= 7);
            for (const key of ["notice", "profile", "resume", "id-photos", "self-assessment", "signature", "materials"]) {
                const group = control(page, "group_" + key);
                verify(group.visible);
                const change = control(page, "change_" + key);
                verify(change.visible);
                verify(change.Accessible.name.length > 0);
            }
            // The prior degree does not apply here (level unknown without a server).
            verify(!findChild(page, "group_prior-degree"));
            // Thumbnails stand in as "no image" while the photos are missing.
            verify(!control(page, "changedMark_materials").visible);
            verify(!control(page, "needsChangesMark_id-photos").visible);
        }

        function test_changeOpensTheStep() {
            completeNotice();
            verify(WizardController.goTo(2));
            compare(WizardController.currentIndex, 2);
            const page = createTemporaryObject(pageComponent, root);
            clickVisible(page, control(page, "change_notice"));
            compare(WizardController.currentIndex, 1);
        }

        // The link of a problem opens its step with the step's own summary shown and focused.
        function test_problemLinkOpensTheStepWithItsProblemsShown() {
            completeNotice();
            const page = createTemporaryObject(pageComponent, root);
            const summary = control(page, "errorSummary");
            let link = null;
            const walk = item => {
                for (let i = 0; i < item.children.length; ++i) {
                    const child = item.children[i];
                    if (!link && child.visible && child.linked === true && child.field === "change_profile")
                        link = child;
                    walk(child);
                }
            };
            walk(summary);
            verify(link, "a link to the profile");
            link.activated();
            compare(WizardController.currentStep.key, "profile");
            verify(WizardController.currentStep.problemsRevealed, "the profile's problems are shown");
            // A complete step opens as it is: nothing to reveal.
            WizardController.goTo(1);
            const again = createTemporaryObject(pageComponent, root);
            clickVisible(again, control(again, "change_notice"));
            compare(WizardController.currentStep.key, "notice");
            verify(!WizardController.currentStep.problemsRevealed);
        }

        // Complete here but missing on the server: the server's sentence inside ours, with
        // one full stop ("请上传该图片。。请打开该步骤…" read as a typo).
        function test_serverMissingReadsAsOneSentence() {
            completeNotice();
            TestAccess.adoptApplication({ id: "app_m", state: "draft", editableSections: ["resume", "id-card", "self-assessment", "signature", "note", "other-materials"], locked: false, missing: [{ field: "notice", code: "required", detail: "请确认申请须知。" }] });
            const check = WizardController.checkSubmit;
            const messages = check.blockingProblems.map(p => p.message);
            const fromServer = messages.filter(m => m.indexOf("请确认申请须知") >= 0);
            compare(fromServer.length, 1, messages.join(" | "));
            verify(fromServer[0].indexOf("。。") < 0, fromServer[0]);
            TestAccess.adoptApplication({});
        }

        function test_problemsBlockSubmitting() {
            const page = createTemporaryObject(pageComponent, root);
            const check = WizardController.checkSubmit;
            verify(check.blockingProblems.length > 0);
            compare(check.blockingProblems[0].stepKey, "notice");
            const summary = control(page, "errorSummary");
            verify(summary.visible);
            compare(summary.problems.length, check.blockingProblems.length);
            const submit = control(page, "submitButton");
            verify(page.hasPrimaryAction, "submitting is the page's one main action");
            const reason = control(page, "submitBlockedReason");
            verify(reason.visible);
            verify(reason.text.length > 0);
            // Submit is there to press: it opens nothing, takes the candidate to what
            // blocks it and asks for the declaration, made on the page.
            verify(submit.enabled);
            verify(!control(page, "declarationMessage").visible);
            clickVisible(page, submit);
            verify(!control(page, "confirmDialog").visible);
            verify(summary.activeFocus);
            verify(control(page, "declarationMessage").visible);
            control(page, "declaration").toggle();
            control(page, "declaration").toggled();
            verify(!control(page, "declarationMessage").visible);
            // A problem's link opens its step: from the profile back to the notice.
            completeNotice();
            verify(WizardController.goTo(2));
            WizardController.notice.readConfirmed = false;
            compare(check.blockingProblems[0].stepKey, "notice");
            waitForRendering(page);
            summary.focusField(summary.problems[0].field);
            compare(WizardController.currentIndex, 1);
        }

        function test_confirmationClosesOnEscape() {
            const page = createTemporaryObject(pageComponent, root);
            const dialog = control(page, "confirmDialog");
            dialog.open();
            tryCompare(dialog, "opened", true);
            keyClick(Qt.Key_Escape);
            tryCompare(dialog, "visible", false);
            verify(!WizardController.checkSubmit.submitting);
        }

        // The receipt is saved, not opened: Documents with the suggested name, a "Save" button.
        function test_receiptDialogStartsInDocuments() {
            const page = createTemporaryObject(pageComponent, root);
            verify(page);
            const dialog = findChild(page, "receiptDialog");
            verify(dialog);
            compare(dialog.acceptLabel, "保存");
            compare(dialog.currentFolder.toString(), StandardPaths.writableLocation(StandardPaths.DocumentsLocation).toString());
            verify(dialog.currentFile.toString().endsWith("/" + WizardController.receipt.suggestedFileName), dialog.currentFile);
            verify(WizardController.receipt.suggestedFileName.endsWith(".pdf"), WizardController.receipt.suggestedFileName);
        }

        // Just submitted (the session holds the server's answer before the controller says
        // so): the confirmation's "Follow the review" has the focus, with its ring, and is the
        // page's one primary action.
        function test_submittedNowFocusesTheConfirmation() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.adoptApplication({ id: "app_s", state: "submitted", round: 1, editableSections: [], locked: true });
            WizardController.checkSubmit.submittedNow();
            const follow = control(page, "progressButton");
            verify(follow.visible);
            verify(follow.activeFocus, "the focus is not on the confirmation");
            verify(follow.visualFocus);
            verify(page.hasPrimaryAction);
            TestAccess.adoptApplication({});
        }

        // Reopened after the school approved: the confirmation no longer tells what happens
        // after submitting, it says where the application stands.
        function test_confirmationSaysWhereItStandsLater() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.adoptApplication({ id: "app_s", state: "submitted", round: 1, editableSections: [], locked: true });
            const next = control(page, "submittedNext");
            verify(next.text.indexOf("接下来") === 0, next.text);
            TestAccess.adoptApplication({ id: "app_s", state: "school-approved", round: 1, editableSections: [], locked: true });
            verify(next.text.indexOf("接下来") < 0, next.text);
            verify(next.text.indexOf(WizardController.progress.stateText) >= 0, next.text);
            TestAccess.adoptApplication({});
        }

        function test_rejectionBannerHiddenWithoutRejection() {
            const banner = createTemporaryObject(bannerComponent, root);
            verify(banner);
            compare(banner.reason, "");
            verify(!banner.visible);
        }

        function test_notSubmittedBanners() {
            const page = createTemporaryObject(pageComponent, root);
            verify(!control(page, "submittedPanel").visible);
            verify(!control(page, "rejectionSummary").visible);
            verify(!control(page, "submitError").visible);
        }
    }
}
