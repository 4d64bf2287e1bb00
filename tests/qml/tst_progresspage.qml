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
                step: WizardController.currentStep
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
            WizardController.progress.showApplication({});
            WizardController.progress.dismissAnnouncement();
        }

        function test_threeStagesWithStateAndDate() {
            const page = createTemporaryObject(pageComponent, root);
            verify(page);
            WizardController.progress.showApplication(application("school-approved", [
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
            WizardController.progress.showApplication(application("rejected", [
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
            // A state change from the server (the session's signal) is announced on the page.
            WizardController.session.stateChanged("submitted", "rejected");
            waitForRendering(page);
            const banner = control(page, "announcement");
            verify(banner.visible);
            verify(banner.text.length > 0);
            WizardController.progress.dismissAnnouncement();
            verify(!banner.visible);
        }
    }
}
