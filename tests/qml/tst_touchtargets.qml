import QtQuick
import QtQuick.Controls
import QtTest
import ZkGrad

// Kiosk touch sizes: with the app's style (ZkGradStyle, set by this test's environment) and
// kiosk mode on, every control a finger can press on every page, in the window's header, the
// step list, the navigation bar, menus, combo box lists and the kiosk dialogs is at least
// Theme.minimumTouchTarget (44 px) in both directions. A failure lists each small control.
Item {
    id: root

    width: 1366
    height: 768

    TestCase {
        id: testCase

        name: "TouchTargets"
        when: windowShown

        readonly property var pages: ["SignInPage", "NoticePage", "ProfilePage", "PriorDegreePage", "ResumePage", "IdPhotosPage", "SelfAssessmentPage", "SignaturePage", "MaterialsPage", "CheckSubmitPage", "ProgressPage", "PaymentPage", "CertificatePage"]

        function stepFor(page) {
            const steps = WizardController.steps;
            for (let i = 0; i < steps.rowCount(); ++i) {
                const step = steps.data(steps.index(i, 0), StepModel.StepRole);
                if (step.page.endsWith("/" + page + ".qml"))
                    return step;
            }
            return null;
        }

        // What a person sees of @p item: its objectName, accessible name or text.
        function describe(item) {
            const name = item.objectName || item.Accessible.name || item.text || item.placeholderText || String(item);
            return name + " " + Math.round(item.width) + "×" + Math.round(item.height);
        }

        // Controls and press areas under @p item (whole, not their insides) that are shown.
        function collect(item, out) {
            if (!item || !item.visible || item.opacity === 0)
                return;
            const button = item.autoExclusive !== undefined && item.checkable !== undefined;
            const combo = item.textRole !== undefined && item.displayText !== undefined;
            const input = item.placeholderText !== undefined && item.cursorPosition !== undefined;
            // Hover-only areas (tooltips) are not pressed; everything else pressable counts.
            const area = item.pressAndHoldInterval !== undefined && item.enabled && !item.hoverEnabled && item.acceptedButtons !== Qt.NoButton;
            if (button || combo || input || area)
                out.push(item);
            if (button || combo)
                return;
            for (let i = 0; i < item.children.length; ++i)
                collect(item.children[i], out);
        }

        // The controls under @p item smaller than a fingertip; @p informational: it may have none.
        function tooSmall(item, informational) {
            const found = [];
            collect(item, found);
            verify(informational || found.length > 0, "no controls found under " + item);
            const small = [];
            for (const control of found) {
                if (control.width < Theme.minimumTouchTarget || control.height < Theme.minimumTouchTarget)
                    small.push(describe(control));
            }
            return small;
        }

        function initTestCase() {
            verify(KioskController.enabled, "the test runs with ZKGRAD_TEST_KIOSK=1");
            compare(Theme.minimumTouchTarget, 44);
        }

        function test_pages_data() {
            // Payment and certificate have nothing to press before approval (see below).
            return testCase.pages.map(page => ({
                        "tag": page,
                        "page": page,
                        "informational": page === "PaymentPage" || page === "CertificatePage"
                    }));
        }

        function test_pages(data) {
            const step = stepFor(data.page);
            verify(step, data.page);
            const component = Qt.createComponent(step.pageUrl);
            compare(component.status, Component.Ready, component.errorString());
            const page = createTemporaryObject(component, root, {
                "width": 1366 - Theme.sidebarWidth,
                "height": 700,
                "step": step
            });
            verify(page);
            waitForRendering(page);
            compare(tooSmall(page, data.informational), []);
            compare(nameHidesLabel(page), []);
        }

        // WCAG 2.5.3 (label in name): a button's accessible name contains the words it shows, so
        // a voice-control user can say what they see. Keyboard hints and ellipses are not words.
        function nameHidesLabel(item) {
            const found = [];
            collect(item, found);
            const words = t => String(t).replace(/\(Ctrl\+\w\)|…|\.\.\.|\s/g, "");
            const hidden = [];
            for (const control of found) {
                const shown = control.text !== undefined ? words(control.text) : "";
                const name = control.Accessible.name ? words(control.Accessible.name) : "";
                if (shown.length > 0 && name.length > 0 && name.indexOf(shown) < 0)
                    hidden.push(control.text + " → " + control.Accessible.name);
            }
            return hidden;
        }

        // An approved application with an open order: the QR code, "open the link", "check".
        function test_paymentWithOrder() {
            const page = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/ZkGrad/steps/payment/PaymentPage.qml"), root, {
                "width": 1366 - Theme.sidebarWidth,
                "height": 700,
                "step": stepFor("PaymentPage")
            });
            WizardController.session.adoptApplicationForTesting({
                "id": "app_1",
                "state": "school-approved"
            });
            WizardController.payment.showOrder({
                "id": "ord_1",
                "applicationId": "app_1",
                "amountFen": 5000,
                "status": "open",
                "payUrl": "http://127.0.0.1:1/sandbox/pay/ord_1",
                "qrText": "http://127.0.0.1:1/sandbox/pay/ord_1"
            });
            waitForRendering(page);
            verify(findChild(page, "checkButton").visible);
            // A kiosk opens no browser: no button for it.
            verify(!findChild(page, "openLinkButton").visible);
            compare(tooSmall(page), []);
            WizardController.session.adoptApplicationForTesting({});
        }

        function test_resumeEntry() {
            WizardController.resume.addEntry();
            const page = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/ZkGrad/steps/resume/ResumePage.qml"), root, {
                "width": 1366 - Theme.sidebarWidth,
                "height": 700,
                "step": stepFor("ResumePage")
            });
            waitForRendering(page);
            verify(findChild(page, "entry_0_from_year"), "the entry's month pickers are shown");
            compare(tooSmall(page), []);
            WizardController.resume.removeEntry(0);
        }

        function test_frame() {
            const indicator = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/ZkGrad/wizard/StepIndicator.qml"), root, {
                "width": Theme.sidebarWidth,
                "height": 700
            });
            waitForRendering(indicator);
            compare(tooSmall(indicator), []);
            const nav = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/ZkGrad/wizard/NavigationBar.qml"), root, {
                "width": 1000
            });
            waitForRendering(nav);
            compare(tooSmall(nav), []);
        }

        // The window's header (large text, menu, language) and what its menu and list open.
        function test_windowHeaderMenuAndList() {
            const window = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/ZkGrad/shell/Main.qml"), root);
            verify(window);
            waitForRendering(window.contentItem);
            compare(tooSmall(window.header ? window.header : window.contentItem), []);
            compare(tooSmall(window.contentItem), []);

            const menuButton = findChild(window.contentItem.parent, "kioskMenuButton") || findChild(window, "kioskMenuButton");
            verify(menuButton, "kiosk menu button");
            mouseClick(menuButton);
            const finish = findChild(window, "kioskMenuFinish");
            verify(finish);
            tryCompare(finish, "visible", true);
            compare(tooSmall(finish.parent), []);
            keyClick(Qt.Key_Escape);
        }

        // Choosing a photo in a kiosk: Qt Quick's own file dialog, with the kiosk's controls.
        function hasText(item, text) {
            if (item.visible && item.text === text)
                return true;
            for (let i = 0; i < item.children.length; ++i) {
                if (hasText(item.children[i], text))
                    return true;
            }
            return false;
        }

        // The style's buttons: Enter presses a focused one as Space does (not a checkable one).
        function test_enterPressesAButton() {
            const button = Qt.createQmlObject('import QtQuick.Controls; Button { text: "OK" }', root);
            let clicks = 0;
            button.clicked.connect(() => ++clicks);
            button.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Return);
            keyClick(Qt.Key_Enter);
            compare(clicks, 2);
            button.checkable = true;
            keyClick(Qt.Key_Return);
            compare(clicks, 2);
            button.destroy();
        }

        function test_fileDialog() {
            const page = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/ZkGrad/steps/idphotos/IdPhotosPage.qml"), root, {
                "width": 1366 - Theme.sidebarWidth,
                "height": 700,
                "step": stepFor("IdPhotosPage")
            });
            waitForRendering(page);
            const choose = findChild(page, "chooseButton");
            verify(choose);
            mouseClick(choose);
            const overlay = root.Overlay.overlay;
            tryVerify(() => {
                const found = [];
                collect(overlay, found);
                return found.length > 3;
            }, 5000, "the file dialog's controls are shown");
            waitForRendering(overlay);
            // Its file rows are Qt's own FileDialogDelegate, which no style reaches in Qt 6.4:
            // 40 px tall, held to that here; every other control there is the kiosk's.
            const small = tooSmall(overlay).filter(text => !/^fileDialogDelegate\d+ \d+×(4[0-3])$/.test(text));
            compare(small, []);
            // Qt's catalogue leaves the dialog's "Filter" label English; ours gives it its word.
            verify(hasText(overlay, "文件类型"), "the file dialog's filter label is in Chinese");
            keyClick(Qt.Key_Escape);
        }

        // WCAG 2.1 relative luminance and contrast ratio of two colours.
        function luminance(c) {
            const lin = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
        }
        function contrast(a, b) {
            const la = luminance(a), lb = luminance(b);
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
        }

        // The file dialog's current row is readable: Qt 6.4's dialog writes it white on a pale
        // tint (1.2:1) unless the app gives it other text (FileDialogScrim).
        function test_fileDialogCurrentRowIsReadable() {
            if (!testDocumentPhotos)
                skip("needs the generated photos (docgen)");
            ImagePicker.remember("file://" + testDocumentPhotos + "/card-0000.jpg");
            const page = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/ZkGrad/steps/idphotos/IdPhotosPage.qml"), root, {
                "width": 1366 - Theme.sidebarWidth,
                "height": 700,
                "step": stepFor("IdPhotosPage")
            });
            waitForRendering(page);
            mouseClick(findChild(page, "chooseButton"));
            const overlay = root.Overlay.overlay;
            // The folder model lists its files in more than one pass, making the rows again:
            // each try looks the current row up afresh.
            let seen = "no file row";
            tryVerify(() => {
                const row = findChild(overlay, "fileDialogDelegate0");
                if (!row || !row.highlighted || !row.background)
                    return false;
                const ratio = contrast(row.icon.color, row.background.color);
                seen = row.icon.color + " on " + row.background.color + ": " + ratio.toFixed(2) + ":1";
                return ratio >= 4.5;
            }, 5000, "the current file row's text contrasts 4.5:1 with its tint");
            console.log("current file row: " + seen);
            keyClick(Qt.Key_Escape);
        }

        // A page's problems are links to their fields: each row is the target, not its text.
        function test_errorSummaryRows() {
            const summary = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/ZkGrad/components/ErrorSummary.qml"), root, {
                "width": 900,
                "target": root,
                "problems": [
                    {
                        "field": "nameField",
                        "message": "Name is missing"
                    },
                    {
                        "field": "phoneField",
                        "message": "Phone is missing"
                    }
                ]
            });
            verify(summary);
            waitForRendering(summary);
            const links = [];
            collect(summary, links);
            compare(links.length, 2);
            compare(tooSmall(summary), []);
        }

        function test_comboBoxList() {
            const box = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/ZkGrad/steps/resume/ResumeMonthPicker.qml"), root, {
                "objectName": "picker"
            });
            verify(box);
            waitForRendering(box);
            compare(tooSmall(box), []);
            const month = findChild(box, "picker_month");
            verify(month);
            month.popup.open();
            tryCompare(month.popup, "opened", true);
            const list = month.popup.contentItem;
            verify(list.count > 0);
            const rows = [];
            for (let i = 0; i < list.count; ++i) {
                const row = list.itemAtIndex(i);
                if (row && row.height < Theme.minimumTouchTarget)
                    rows.push(describe(row));
            }
            compare(rows, []);
            month.popup.close();
        }

        function test_kioskDialogs() {
            const overlay = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/ZkGrad/kiosk/KioskOverlay.qml"), root, {
                "width": root.width,
                "height": root.height
            });
            verify(overlay);
            KioskController.showWarningNow();
            tryCompare(overlay.countdownDialog, "opened", true);
            compare(tooSmall(overlay.countdownDialog.contentItem), []);
            KioskController.continueSession();
            tryCompare(overlay.countdownDialog, "visible", false);
            overlay.openStaff();
            tryCompare(overlay.staffDialog, "opened", true);
            compare(tooSmall(overlay.staffDialog.contentItem), []);
            overlay.staffDialog.close();
        }
    }
}
