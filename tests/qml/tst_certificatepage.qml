import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// The certificate page without a server: the approval date is handed to the controller.
Item {
    id: root

    width: 1000
    height: 700

    TestCase {
        id: testCase

        name: "CertificatePage"
        when: windowShown

        Component {
            id: pageComponent

            CertificatePage {
                width: 1000
                height: 700
                step: WizardController.steps.data(WizardController.steps.index(12, 0), StepModel.StepRole)
            }
        }

        function control(page, name) {
            const item = findChild(page, name);
            verify(item, "no control named " + name);
            return item;
        }

        function test_notApprovedYet() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.showApplication(WizardController.certificate, { id: "app_1", state: "city-review" });
            waitForRendering(page);
            verify(control(page, "notApprovedBanner").visible);
            verify(!control(page, "collectionLabel").visible);
            verify(!WizardController.certificate.complete);
        }

        function test_collectionDateAfterApproval() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.showApplication(WizardController.certificate, {
                id: "app_1",
                state: "approved",
                approvalDate: "2026-09-18",
                school: { code: "S01", name: "重庆示例大学" }
            });
            waitForRendering(page);
            verify(!control(page, "notApprovedBanner").visible);
            const date = control(page, "collectionLabel");
            verify(date.visible);
            // 30 working days after Fri 18 Sept 2026, skipping 中秋 and 国庆, counting 20 Sept and 10 Oct.
            verify(date.text.indexOf("2026-11-05") === 0, date.text);
            verify(!control(page, "estimateNote").visible);
            verify(control(page, "placeLabel").text.indexOf("重庆示例大学") >= 0);
            verify(control(page, "degreeNote").text.indexOf("学位证") >= 0);
            verify(WizardController.certificate.complete);
        }

        function test_approvedApplicationFromTheSession() {
            const page = createTemporaryObject(pageComponent, root);
            TestAccess.adoptApplication({
                id: "app_1",
                state: "approved",
                approvalDate: "2026-09-18",
                school: { code: "S01", name: "重庆示例大学" },
                stages: [
                    { key: "school-review", status: "passed", at: "2026-09-01T02:00:00Z" },
                    { key: "payment", status: "paid", at: "2026-09-02T02:00:00Z" },
                    { key: "city-review", status: "passed", at: "2026-09-18T02:00:00Z" }
                ]
            });
            waitForRendering(page);
            compare(WizardController.stage, WizardController.CityApproved);
            verify(!control(page, "notApprovedBanner").visible);
            const date = control(page, "collectionLabel");
            verify(date.visible);
            verify(date.text.indexOf("2026-11-05") === 0, date.text);
            verify(control(page, "placeLabel").text.indexOf("重庆示例大学") >= 0);
            verify(WizardController.certificate.complete);
            TestAccess.adoptApplication({});
        }

        function test_dateInAYearWithoutDataIsAnEstimate() {
            const page = createTemporaryObject(pageComponent, root);
            // Far beyond the shipped holiday data: only weekends are skipped.
            TestAccess.showApplication(WizardController.certificate, {
                id: "app_1",
                state: "approved",
                approvalDate: "2099-03-02",
                school: { code: "S01", name: "重庆示例大学" }
            });
            waitForRendering(page);
            verify(control(page, "collectionLabel").visible);
            const note = control(page, "estimateNote");
            verify(note.visible);
            verify(note.text.indexOf("2099") >= 0, note.text);
        }
    }
}
