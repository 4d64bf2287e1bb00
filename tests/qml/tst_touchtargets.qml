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
            compare(unnamedFields(page), []);
        }

        // Text fields a screen reader would announce without a name; this includes the one
        // inside an editable combo box (the prior degree's year), which takes the focus itself.
        function unnamedFields(item) {
            const found = [];
            const walk = node => {
                if (!node || !node.visible)
                    return;
                const input = node.placeholderText !== undefined && node.cursorPosition !== undefined;
                if (input && !node.Accessible.ignored && !node.Accessible.name)
                    found.push(describe(node) + " in " + describe(node.parent));
                for (let i = 0; i < node.children.length; ++i)
                    walk(node.children[i]);
            };
            walk(item);
            return found;
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
            TestAccess.adoptApplication({
                "id": "app_1",
                "state": "school-approved"
            });
            TestAccess.showOrder({
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
            TestAccess.adoptApplication({});
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

        // The shown file dialog's own item (its QQuickPopupItem), found by its list's name: Qt 6.4
        // to 6.7 put the non-native dialog in the window's overlay; Qt 6.8 gives it a window of
        // its own (Popup.Window, where the platform has several windows: offscreen, xcb, Windows,
        // macOS), which the overlay never sees. null while no dialog is shown.
        function shownFileDialog() {
            const list = findChild(root.Window.window, "fileDialogListView");
            if (!list || !list.visible)
                return null;
            let item = list;
            while (item.parent && item.parent !== root.Overlay.overlay && item.parent.parent)
                item = item.parent;
            return item;
        }

        // Closes a file dialog shown by shownFileDialog(). Qt keeps a closed dialog's items (its
        // window's children, not the page's), so its list is renamed: findChild then finds the
        // next dialog's list, not this one's.
        function closeFileDialog(fileDialog) {
            const list = findChild(root.Window.window, "fileDialogListView");
            fileDialog.close();
            tryVerify(() => !shownFileDialog(), 5000, "the file dialog closes");
            if (list)
                list.objectName = "closedFileDialogListView";
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
            const fileDialog = findChild(page, "imageFileDialog");
            verify(fileDialog);
            mouseClick(choose);
            tryVerify(() => fileDialog.visible, 5000, "the file dialog opens");
            tryVerify(() => {
                const dialog = shownFileDialog();
                if (!dialog)
                    return false;
                const found = [];
                collect(dialog, found);
                return found.length > 3;
            }, 5000, "the file dialog's controls are shown");
            const dialog = shownFileDialog();
            waitForRendering(dialog);
            // Every control, the file rows included: Qt's own FileDialogDelegate (40 px in Qt
            // 6.4) and, from Qt 6.8, Fusion's buttons and filter box (40 px), which no style of
            // ours reaches; the kiosk sizes them as the dialog opens (DialogFitter).
            compare(tooSmall(dialog), []);
            // The file-type list, made when it first opens.
            const controls = [];
            collect(dialog, controls);
            const filter = controls.find(control => control.textRole !== undefined && control.displayText !== undefined);
            verify(filter, "the file-type box");
            filter.popup.open();
            tryVerify(() => filter.popup.opened, 5000, "the file-type list opens");
            waitForRendering(filter.popup.contentItem);
            compare(tooSmall(filter.popup.contentItem), []);
            filter.popup.close();
            // Qt's catalogue leaves the dialog's "Filter" label English; ours gives it its word.
            verify(hasText(dialog, "文件类型"), "the file dialog's filter label is in Chinese");
            // Not Escape: from Qt 6.8 the dialog's window, not the test's, has the keyboard.
            closeFileDialog(fileDialog);
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
        // tint (1.2:1) unless the app gives it other text (FileDialogScrim, DialogFitter).
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
            const fileDialog = findChild(page, "imageFileDialog");
            verify(fileDialog);
            mouseClick(findChild(page, "chooseButton"));
            // The folder model lists its files in more than one pass, making the rows again:
            // each try looks the current row up afresh.
            let seen = "no file row";
            tryVerify(() => {
                // In the dialog, wherever Qt shows it (from Qt 6.8 not in the overlay).
                const dialog = shownFileDialog();
                const row = dialog ? findChild(dialog, "fileDialogDelegate0") : null;
                if (!row || !row.highlighted || !row.background)
                    return false;
                const ratio = contrast(row.icon.color, row.background.color);
                seen = row.icon.color + " on " + row.background.color + ": " + ratio.toFixed(2) + ":1";
                return ratio >= 4.5;
            }, 5000, "the current file row's text contrasts 4.5:1 with its tint");
            console.log("current file row: " + seen);
            closeFileDialog(fileDialog);
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

        Component {
            id: editMenuArea

            TextArea {
                width: 400
                height: 200
                text: "自我鉴定"
            }
        }

        // The style's fields have a cut / copy / paste menu (Qt Quick's have none before 6.9): a
        // mouse-only candidate pastes text written elsewhere; a finger opens it by press and hold.
        function test_editMenu() {
            const area = createTemporaryObject(editMenuArea, root);
            verify(area);
            waitForRendering(area);
            area.forceActiveFocus();
            area.selectAll();
            mouseClick(area, 20, 10, Qt.RightButton);
            const copy = findChild(area, "editMenuCopy");
            verify(copy);
            tryCompare(copy.menu, "opened", true);
            // Right click keeps the selection, so Copy is offered, and every entry is fingertip-sized.
            verify(copy.enabled);
            compare(tooSmall(copy.menu.contentItem), []);
            // The field keeps the focus: opening the menu is not leaving the field.
            verify(area.activeFocus);
            copy.triggered();
            tryCompare(copy.menu, "visible", false);
            area.clear();
            mousePress(area, 20, 10);
            tryCompare(copy.menu, "opened", true, 3000);
            mouseRelease(area, 20, 10);
            const paste = findChild(area, "editMenuPaste");
            verify(paste.enabled);
            mouseClick(paste);
            compare(area.text, "自我鉴定");
            verify(area.activeFocus);
            tryCompare(copy.menu, "visible", false);
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
