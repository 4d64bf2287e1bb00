import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The notice page: every condition must be ticked one by one, a candidate type
// chosen and the notice confirmed before Next is enabled.
Item {
    id: root

    width: 1000
    height: 700

    TestCase {
        id: testCase

        name: "NoticePage"
        when: windowShown

        Component {
            id: pageComponent

            NoticePage {
                width: 1000
                height: 700
                step: WizardController.currentStep
            }
        }

        function control(page, name) {
            const item = findChild(page, name);
            verify(item, "no control named " + name);
            return item;
        }

        function clickVisible(page, item) {
            // Let layouts settle, then scroll the item into view and click it, as a person would.
            waitForRendering(page);
            const flick = page.contentItem;
            const pos = item.mapToItem(flick.contentItem, 0, 0);
            flick.contentY = Math.max(0, Math.min(pos.y - 20, flick.contentHeight - flick.height));
            waitForRendering(page);
            mouseClick(item, 10, item.height / 2);
        }

        function init() {
            WizardController.goTo(1);
            const notice = WizardController.notice;
            for (let i = 0; i < 6; ++i)
                notice.setConditionConfirmed(i, false);
            notice.candidateType = NoticeController.Unset;
            notice.assistedConfirmed = false;
            notice.readConfirmed = false;
        }

        function test_startsOnNoticeInChinese() {
            compare(WizardController.currentStep.key, "notice");
            compare(WizardController.currentStep.title, "毕业申请须知");
            verify(!WizardController.canGoNext);
            verify(WizardController.nextBlockedReason.indexOf("条件 a") >= 0);
        }

        // Next on the incomplete notice lists what is missing; each row leads to its box.
        function test_summaryLinksToTheBoxes() {
            const page = createTemporaryObject(pageComponent, root);
            const summary = control(page, "errorSummary");
            verify(!summary.visible);
            WizardController.next();
            compare(WizardController.currentStep.key, "notice");
            verify(summary.visible);
            compare(summary.rows[0].field, "condition_a");
            compare(summary.rows[6].field, "socialButton");
            compare(summary.rows[7].field, "readCheckBox");
            summary.focusField("readCheckBox");
            verify(control(page, "readCheckBox").activeFocus);
        }

        function test_conditionsOneByOne() {
            const page = createTemporaryObject(pageComponent, root);
            verify(page);
            const letters = ["a", "b", "c", "d", "e", "f"];
            for (let i = 0; i < letters.length; ++i) {
                verify(!WizardController.notice.allConditionsConfirmed);
                const box = control(page, "condition_" + letters[i]);
                verify(box.text.indexOf(letters[i] + ". ") === 0);
                clickVisible(page, box);
                tryCompare(box, "checked", true);
                // The reason under Next moves on to the next unconfirmed condition.
                if (i < 5)
                    verify(WizardController.nextBlockedReason.indexOf("条件 " + letters[i + 1]) >= 0);
            }
            verify(WizardController.notice.allConditionsConfirmed);
            verify(!WizardController.canGoNext);

            clickVisible(page, control(page, "socialButton"));
            compare(WizardController.notice.candidateType, NoticeController.Social);
            verify(!WizardController.canGoNext);
            verify(WizardController.nextBlockedReason.indexOf("阅读") >= 0);
            verify(!control(page, "schoolAskedCheckBox").visible);

            clickVisible(page, control(page, "readCheckBox"));
            verify(WizardController.notice.readConfirmed);
            verify(WizardController.canGoNext);
            compare(WizardController.nextBlockedReason, "");
        }

        function test_assistedCandidateMustConfirmSchool() {
            const page = createTemporaryObject(pageComponent, root);
            const notice = WizardController.notice;
            for (let i = 0; i < 6; ++i)
                notice.setConditionConfirmed(i, true);
            notice.readConfirmed = true;
            clickVisible(page, control(page, "assistedButton"));
            compare(notice.candidateType, NoticeController.Assisted);
            verify(!WizardController.canGoNext);
            verify(WizardController.nextBlockedReason.indexOf("助学考生") >= 0);
            const schoolBox = control(page, "schoolAskedCheckBox");
            tryCompare(schoolBox, "visible", true);
            clickVisible(page, schoolBox);
            verify(notice.assistedConfirmed);
            verify(WizardController.canGoNext);
        }

        function test_readOnlyOnceSubmitted() {
            const page = createTemporaryObject(pageComponent, root);
            const notice = WizardController.notice;
            verify(notice.editable);
            verify(!control(page, "readOnlyBanner").visible);
            for (let i = 0; i < 6; ++i)
                notice.setConditionConfirmed(i, true);
            notice.candidateType = NoticeController.Social;
            notice.readConfirmed = true;
            // The server says the application was submitted: the notice is part of it now.
            TestAccess.adoptApplication({ id: "app_n", state: "submitted", editableSections: [] });
            waitForRendering(page);
            verify(!notice.editable);
            const banner = control(page, "readOnlyBanner");
            verify(banner.visible);
            verify(banner.text.length > 0);
            const box = control(page, "condition_a");
            verify(!box.enabled);
            verify(!control(page, "readCheckBox").enabled);
            verify(!control(page, "assistedButton").enabled);
            clickVisible(page, box);
            verify(box.checked);
            // Neither the page nor a script can change it.
            notice.setConditionConfirmed(0, false);
            notice.readConfirmed = false;
            notice.candidateType = NoticeController.Assisted;
            verify(notice.allConditionsConfirmed);
            verify(notice.readConfirmed);
            compare(notice.candidateType, NoticeController.Social);
            verify(notice.complete);
            // A rejection does not reopen the notice either.
            TestAccess.adoptApplication({ id: "app_n", state: "rejected", editableSections: ["id-card", "note"] });
            verify(!notice.editable);
            // Back to a draft: editable again.
            TestAccess.adoptApplication({});
            verify(notice.editable);
            verify(!banner.visible);
        }

        function test_modelReflectsProgrammaticChanges() {
            const page = createTemporaryObject(pageComponent, root);
            WizardController.notice.setConditionConfirmed(2, true);
            tryCompare(control(page, "condition_c"), "checked", true);
            compare(control(page, "condition_a").checked, false);
        }
    }
}
