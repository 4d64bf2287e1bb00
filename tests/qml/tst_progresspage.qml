import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The review progress page without a server: the application is handed to the
// controller as the server would send it.
Item {
    id: root

    width: 1000
    height: 700

    TestCase {
        id: testCase

        name: "ProgressPage"
        when: windowShown

        Component {
            id: pageComponent

            ProgressPage {
                width: 1000
                height: 700
                step: WizardController.steps.data(WizardController.steps.index(10, 0), StepModel.StepRole)
            }
        }

        function control(page, name) {
            const item = findChild(page, name);
            verify(item, "no control named " + name);
            return item;
        }

        function application(state, stages, rejection) {
            return {
                id: "app_1",
                state: state,
                stages: stages,
                rejection: rejection
            };
        }

        function init() {
            TestAccess.adoptApplication({});
            TestAccess.showApplication(WizardController.progress, {});
            WizardController.progress.dismissAnnouncement();
        }

        // What the server sends for a 本科 candidate whose prior degree the school sent back.
        function priorDegreeRejected() {
            return {
                id: "app_r",
                state: "rejected",
                round: 2,
                major: { code: "B120201", name: "工商管理", level: "bachelor" },
                school: { code: "S02", name: "渝州演示学院" },
                priorDegreeCheck: { required: true, status: "failed" },
                editableSections: ["prior-degree", "note"],
                locked: false,
                missing: [],
                rejection: { category: "prior-degree", reason: "毕业证书编号与学信网备案不一致", sections: ["prior-degree"], round: 2 },
                stages: [
                    { key: "school-review", status: "rejected", at: "2026-11-28T06:10:00Z" },
                    { key: "payment", status: "not-started", at: null },
                    { key: "city-review", status: "not-started", at: null }
                ]
            };
        }

        function test_rejectedApplicationFromTheSessionLeadsToThePriorDegree() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.adoptApplication(priorDegreeRejected());
            waitForRendering(page);
            compare(WizardController.progress.state, "rejected");
            compare(control(page, "date_school-review").text, "2026-11-28");
            const banner = control(page, "rejectionBanner");
            verify(banner.visible);
            verify(banner.text.indexOf("毕业证书编号与学信网备案不一致") >= 0, banner.text);
            // The way to the fix is the prior-degree step, which applies and is editable again.
            compare(WizardController.progress.fixStep, Step.PriorDegree);
            const fix = control(page, "fixButton");
            verify(fix.visible);
            verify(page.hasPrimaryAction, "the way to the fix is the page's one main action");
            verify(fix.text.indexOf("前置学历") >= 0, fix.text);
            verify(WizardController.priorDegree.editable);
            verify(!WizardController.resume.editable, "only what the school sent back reopens");
            verify(!WizardController.notice.editable, "the notice stays as submitted");
            verify(!WizardController.progress.complete);
        }

        function test_materialRejectionLeadsToTheNamedMaterial() {
            const page = createTemporaryObject(pageComponent, root);
            const app = priorDegreeRejected();
            app.major = { code: "C080101", name: "计算机应用技术", level: "associate" };
            app.priorDegreeCheck = { required: false, status: "not-required" };
            app.editableSections = ["signature", "note"];
            app.rejection = { category: "material", reason: "签名不清晰", sections: ["signature"], round: 1 };
            TestAccess.adoptApplication(app);
            waitForRendering(page);
            compare(WizardController.progress.fixStep, Step.Signature);
            verify(control(page, "fixButton").visible);
            verify(control(page, "rejectionBanner").text.indexOf("签名不清晰") >= 0);
        }

        function test_cityFailureShowsReasonAndRefund() {
            const page = createTemporaryObject(pageComponent, root);
            verify(!control(page, "failureBanner").visible);
            TestAccess.adoptApplication({
                id: "app_f",
                state: "failed",
                stages: [
                    { key: "school-review", status: "passed", at: "2026-11-20T02:00:00Z" },
                    { key: "payment", status: "refunded", at: "2026-11-25T02:00:00Z" },
                    { key: "city-review", status: "failed", at: "2026-11-25T02:00:00Z" }
                ],
                history: [
                    { from: "city-review", to: "failed", actor: "city", detail: "课程成绩核对不一致" }
                ],
                refund: { amountFen: 5000, note: "毕业审定费将在当次毕业办理结束后退回原交费账号。" }
            });
            waitForRendering(page);
            const banner = control(page, "failureBanner");
            verify(banner.visible);
            verify(banner.text.indexOf("课程成绩核对不一致") >= 0, banner.text);
            verify(banner.text.indexOf("退回原交费账号") >= 0, banner.text);
            verify(banner.text.indexOf("50.00") >= 0, banner.text);
            verify(!control(page, "rejectionBanner").visible);
            verify(!control(page, "fixButton").visible);
            verify(!page.hasPrimaryAction);
        }

        function test_refreshTimeAndFailureAreShown() {
            const page = createTemporaryObject(pageComponent, root);
            const app = priorDegreeRejected();
            app.state = "submitted";
            app.rejection = null;
            app.stages = [{ key: "school-review", status: "in-progress", at: "2026-11-28T06:10:00Z" }];
            // Opening the step asks the server (the wizard calls the controller's enter());
            // with no server here that fails. The server then answers.
            WizardController.progress.refresh();
            verify(WizardController.progress.refreshFailed);
            TestAccess.adoptApplication(app);
            WizardController.session.refreshed(true, "");
            waitForRendering(page);
            const updated = control(page, "refreshLabel");
            verify(updated.visible);
            const time = /\d\d:\d\d/.exec(updated.text);
            verify(time, updated.text);
            verify(!control(page, "refreshFailedBanner").visible);

            // The network is down: the page says so and which state it still shows.
            WizardController.session.refreshed(false, "无法连接到服务器");
            waitForRendering(page);
            const failed = control(page, "refreshFailedBanner");
            verify(failed.visible);
            verify(failed.text.indexOf("无法连接到服务器") >= 0, failed.text);
            verify(failed.text.indexOf(time[0]) >= 0, failed.text);
            verify(!updated.visible);
            compare(WizardController.progress.state, "submitted");

            // Back online.
            WizardController.session.refreshed(true, "");
            waitForRendering(page);
            verify(!failed.visible);
            verify(updated.visible);

            // Pressing Refresh without a server is not silent either.
            mouseClick(control(page, "refreshButton"));
            waitForRendering(page);
            verify(failed.visible);
            verify(WizardController.progress.refreshFailed);
        }

        function test_threeStagesWithStateAndDate() {
            const page = createTemporaryObject(pageComponent, root);
            verify(page);
            TestAccess.showApplication(WizardController.progress, application("school-approved", [
                { key: "school-review", status: "passed", at: "2026-11-28T17:30:00Z" },
                { key: "payment", status: "pending", at: "2026-11-28T17:30:00Z" },
                { key: "city-review", status: "not-started", at: null }
            ], null));
            waitForRendering(page);
            const school = control(page, "stage_school-review");
            verify(school.Accessible.name.indexOf("主考学校初审") >= 0, school.Accessible.name);
            compare(control(page, "date_school-review").text, "2026-11-29");
            compare(control(page, "date_city-review").text, "—");
            verify(control(page, "stage_payment").Accessible.name.indexOf("缴纳毕业审定费") >= 0);
            verify(control(page, "stage_city-review").Accessible.name.indexOf("市自考办审核") >= 0);
            verify(control(page, "status_school-review").text !== control(page, "status_city-review").text);
            verify(!control(page, "rejectionBanner").visible);
            verify(!control(page, "fixButton").visible);
            verify(WizardController.progress.complete);
            verify(control(page, "refreshButton").Accessible.name.length > 0);
        }

        function test_rejectionShowsReasonAndWayToFix() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.showApplication(WizardController.progress, application("rejected", [
                { key: "school-review", status: "rejected", at: "2026-11-20T02:00:00Z" }
            ], { category: "material", reason: "身份证反面照片不清晰", sections: ["id-card"] }));
            waitForRendering(page);
            const banner = control(page, "rejectionBanner");
            verify(banner.visible);
            verify(banner.text.indexOf("身份证反面照片不清晰") >= 0, banner.text);
            const fix = control(page, "fixButton");
            verify(fix.visible);
            verify(fix.text.length > 0);
            verify(!WizardController.progress.complete);
            verify(WizardController.progress.problems.length === 1);
        }

        function test_announcementShownAndDismissed() {
            const page = createTemporaryObject(pageComponent, root);
            // A state change from the server (the application the session holds) is announced.
            TestAccess.adoptApplication({ id: "app_a", state: "submitted" });
            TestAccess.adoptApplication({ id: "app_a", state: "rejected" });
            waitForRendering(page);
            const banner = control(page, "announcement");
            verify(banner.visible);
            verify(banner.text.length > 0);
            WizardController.progress.dismissAnnouncement();
            verify(!banner.visible);
            TestAccess.adoptApplication({});
        }
    }
}
