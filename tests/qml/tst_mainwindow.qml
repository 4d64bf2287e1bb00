import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The wizard frame as a person meets it: the step indicator, Back/Next and the
// reason Next is disabled.
Item {
    id: root

    width: 1200
    height: 700

    TestCase {
        id: testCase

        name: "WizardFrame"
        when: windowShown

        Component {
            id: indicatorComponent

            StepIndicator {
                width: 240
                height: 700
            }
        }

        Component {
            id: navComponent

            NavigationBar {
                width: 1000
            }
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

        function test_indicatorListsEveryStep() {
            const list = createTemporaryObject(indicatorComponent, root);
            verify(list);
            compare(list.count, 13);
            compare(list.currentIndex, 1);
            tryVerify(() => list.itemAtIndex(1) !== null);
            verify(list.itemAtIndex(1).highlighted);
            compare(list.itemAtIndex(1).status, Step.Current);
            verify(list.itemAtIndex(2).status !== Step.NotAvailable, "the profile is built");
            // 前置学历 does not apply before the server says so: it cannot be opened.
            compare(list.itemAtIndex(3).status, Step.Later);
            compare(list.itemAtIndex(11).status, Step.Later);
            verify(!list.itemAtIndex(3).enabled);
        }

        // GOV.UK's pattern: Next is always enabled; pressed on an incomplete step it stays,
        // reveals the step's problems and says why; nothing is said before the press.
        function test_nextSaysWhyOnlyWhenPressed() {
            const bar = createTemporaryObject(navComponent, root);
            const next = findChild(bar, "nextButton");
            const reason = findChild(bar, "nextBlockedReason");
            verify(next && reason);
            verify(next.enabled);
            verify(!reason.visible);
            verify(!WizardController.currentStep.problemsRevealed);
            mouseClick(next);
            compare(WizardController.currentStep.key, "notice");
            verify(WizardController.nextRefused);
            verify(WizardController.currentStep.problemsRevealed);
            verify(reason.visible);
            compare(reason.text, WizardController.nextBlockedReason);
            verify(reason.text.length > 0);

            completeNotice();
            verify(next.enabled);
            verify(!reason.visible);
            mouseClick(next);
            compare(WizardController.currentStep.key, "profile");
            mouseClick(findChild(bar, "backButton"));
            compare(WizardController.currentStep.key, "notice");
        }

        // A later step that cannot be opened yet says why on hover and focus (it looked
        // clickable and did nothing).
        function test_blockedStepSaysWhy() {
            const list = createTemporaryObject(indicatorComponent, root);
            tryVerify(() => list.itemAtIndex(4) !== null);
            const resume = list.itemAtIndex(4);
            verify(resume.applicable);
            verify(!WizardController.goTo(4));
            verify(resume.blockedReason.indexOf("第 2 步") >= 0, resume.blockedReason);
            compare(resume.Accessible.description, resume.blockedReason);
            completeNotice();
            verify(WizardController.goToBlockedReason(2) === "");
        }

        function test_languageSwitchesAtRunTime() {
            const list = createTemporaryObject(indicatorComponent, root);
            tryVerify(() => list.itemAtIndex(1) !== null);
            compare(list.itemAtIndex(1).title, "毕业申请须知");
            LanguageController.language = "en";
            compare(LanguageController.language, "en");
            compare(WizardController.currentStep.title, "Notice");
            tryCompare(list.itemAtIndex(1), "title", "Notice");
            compare(list.itemAtIndex(1).statusText, "current step");
            verify(WizardController.nextBlockedReason.indexOf("Confirm condition a") === 0);
            LanguageController.language = "zh_CN";
            tryCompare(list.itemAtIndex(1), "title", "毕业申请须知");
            compare(list.itemAtIndex(1).statusText, "当前步骤");
        }

        function test_optionalStepIsNotDoneUntilSomethingIsEntered() {
            const list = createTemporaryObject(indicatorComponent, root);
            tryVerify(() => list.itemAtIndex(8) !== null);
            const materials = list.itemAtIndex(8);
            compare(materials.status, Step.Optional);
            compare(materials.statusText, "可选");
            verify(materials.Accessible.name.indexOf("可选") > 0);
            WizardController.materials.note = "本人于二〇一五年更名。";
            tryCompare(materials, "status", Step.Done);
            compare(materials.statusText, "已完成");
            WizardController.materials.note = "";
            tryCompare(materials, "status", Step.Optional);
        }

        function test_submittedStepsSaySubmitted() {
            const list = createTemporaryObject(indicatorComponent, root);
            tryVerify(() => list.itemAtIndex(8) !== null);
            // The local draft of the resume is empty: "not started".
            compare(list.itemAtIndex(4).status, Step.NotVisited);
            TestAccess.adoptApplication({ id: "app_w", state: "submitted", editableSections: [], locked: true });
            // Every entry step after the current one is with the school now, whatever this draft says.
            for (let i = 2; i <= 8; ++i) {
                if (!list.itemAtIndex(i).applicable)
                    continue;
                tryCompare(list.itemAtIndex(i), "status", Step.Submitted);
                compare(list.itemAtIndex(i).statusText, "已提交");
            }
            compare(list.itemAtIndex(1).status, Step.Current);
            // Nothing read-only blocks: the review progress can be opened from the list.
            list.itemAtIndex(10).clicked();
            compare(WizardController.currentStep.key, "progress");
            compare(list.itemAtIndex(1).status, Step.Submitted);
            // Sent back: the named step needs changes; the note reopens, so materials is optional.
            TestAccess.adoptApplication({ id: "app_w", state: "rejected", editableSections: ["resume", "note"], locked: false, rejection: { category: "material", reason: "简历不完整", sections: ["resume"] } });
            tryCompare(list.itemAtIndex(4), "status", Step.NeedsChanges);
            compare(list.itemAtIndex(8).status, Step.Optional);
            compare(list.itemAtIndex(6).status, Step.Submitted);
            // Back to a draft, then no application: the local draft speaks again.
            TestAccess.adoptApplication({ id: "app_w", state: "draft", editableSections: ["resume", "id-card", "self-assessment", "signature", "note", "other-materials"], locked: false });
            TestAccess.adoptApplication({});
            tryCompare(list.itemAtIndex(4), "status", Step.NotVisited);
        }

        // One primary action per page: where the page shows its own (提交初审, 交费, 前往“…”),
        // Next is a secondary button.
        function test_nextIsSecondaryBesideThePagesOwnAction() {
            const bar = createTemporaryObject(navComponent, root);
            const next = findChild(bar, "nextButton");
            verify(next.highlighted);
            bar.pageHasPrimaryAction = true;
            verify(!next.highlighted);
        }

        // Found in the keyboard pass after paying: Next, still the primary button, led
        // nowhere and only a red "this is the last step for now" said so after the press.
        // Waiting for the authority is said at once, in plain colour, naming what opens next.
        function test_nextSaysWhatOpensNextWhileTheAuthorityDecides() {
            const bar = createTemporaryObject(navComponent, root);
            const next = findChild(bar, "nextButton");
            const reason = findChild(bar, "nextBlockedReason");
            TestAccess.adoptApplication({ id: "app_w", state: "city-review", editableSections: [], locked: true });
            verify(WizardController.goTo(11));
            compare(WizardController.currentStep.key, "payment");
            verify(WizardController.nextWaits);
            verify(reason.visible, "said before any press");
            verify(reason.text.indexOf("第 13 步") >= 0 && reason.text.indexOf("领取毕业证") >= 0, reason.text);
            verify(reason.text.indexOf("市自考办") >= 0, reason.text);
            verify(Qt.colorEqual(reason.color, Theme.muted), "no fault of the candidate's: not red");
            verify(!next.highlighted, "no call to action where nothing follows");
            // Failed: nothing opens later; the certificate's own words say why, no "step 13".
            TestAccess.adoptApplication({ id: "app_w", state: "failed", editableSections: [], locked: true });
            compare(WizardController.currentStep.key, "payment");
            verify(WizardController.nextWaits);
            verify(reason.text.indexOf("第 13 步") < 0, reason.text);
            verify(reason.text.indexOf("没有毕业证书") >= 0, reason.text);
            verify(!next.highlighted);
            // The step list: the certificate is not "无需填写" (a form one need not fill).
            const list = createTemporaryObject(indicatorComponent, root);
            tryVerify(() => list.itemAtIndex(12) !== null);
            compare(list.itemAtIndex(12).status, Step.NotApplicable);
            compare(list.itemAtIndex(12).statusText, "本次不适用");
            // Approved: the certificate opens and Next is an ordinary step forward again.
            TestAccess.adoptApplication({ id: "app_w", state: "approved", editableSections: [], locked: true });
            compare(WizardController.stage, WizardController.CityApproved);
            verify(!WizardController.nextWaits);
            verify(!reason.visible);
            verify(next.highlighted);
            // Back to no application (through a draft, as test_submittedStepsSaySubmitted).
            TestAccess.adoptApplication({ id: "app_w", state: "draft", editableSections: ["resume", "id-card", "self-assessment", "signature", "note", "other-materials"], locked: false });
            TestAccess.adoptApplication({});
        }

        // Found in the keyboard pass: Next on the payment page opens the certificate, where
        // Next is gone; the focus fell to the bar and Tab restarted in the header.
        function test_nextToTheLastStepKeepsTheFocusInTheBar() {
            const bar = createTemporaryObject(navComponent, root);
            const next = findChild(bar, "nextButton");
            TestAccess.adoptApplication({ id: "app_w", state: "approved", editableSections: [], locked: true });
            verify(WizardController.goTo(11));
            next.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Space);
            compare(WizardController.currentStep.key, "certificate");
            verify(!next.visible);
            tryVerify(() => findChild(bar, "backButton").activeFocus, 1000, "the focus goes to Back, not nowhere");
            TestAccess.adoptApplication({ id: "app_w", state: "draft", editableSections: ["resume", "id-card", "self-assessment", "signature", "note", "other-materials"], locked: false });
            TestAccess.adoptApplication({});
        }

        function test_clickingAStepNavigates() {
            completeNotice();
            const list = createTemporaryObject(indicatorComponent, root);
            tryVerify(() => list.itemAtIndex(4) !== null);
            list.itemAtIndex(2).clicked();
            compare(WizardController.currentStep.key, "profile");
            // The indicator follows: the clicked step is current, the notice is done.
            tryCompare(list.itemAtIndex(2), "status", Step.Current);
            compare(list.itemAtIndex(1).status, Step.Done);
            compare(list.currentIndex, 2);
            // Jumping past the incomplete profile would skip its checks: refused.
            list.itemAtIndex(4).clicked();
            compare(WizardController.currentStep.key, "profile");
            list.itemAtIndex(0).clicked();
            compare(WizardController.currentStep.key, "sign-in");
        }
    }
}
