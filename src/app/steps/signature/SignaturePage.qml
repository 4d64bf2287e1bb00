import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 签名: a photo of the handwritten signature cropped with a movable, resizable box, or a
// drawing (boxed around the ink by itself), checked at 100 % and saved. Once saved, the
// page shows the signature and a way to change it instead of the editor.
// Every rule and all the maths live in SignatureController.
StepPage {
    id: root

    // One arrow button of the crop box: it moves the box, or resizes it in resize mode, and
    // says which in its name and tooltip.
    component NudgeButton: Button {
        id: nudgeButton

        property SignatureController signature
        property bool resizing: false
        property int dx: 0
        property int dy: 0
        property string moveName
        property string resizeName

        implicitWidth: 44
        Accessible.name: nudgeButton.resizing ? nudgeButton.resizeName : nudgeButton.moveName
        ToolTip.visible: nudgeButton.hovered || nudgeButton.visualFocus
        ToolTip.text: nudgeButton.Accessible.name
        autoRepeat: true
        onClicked: nudgeButton.signature.nudge(nudgeButton.dx, nudgeButton.dy, nudgeButton.resizing)
    }

    readonly property SignatureController signature: root.controller as SignatureController
    // The candidate asked to replace a saved signature.
    property bool changing: false
    readonly property bool editorOpen: root.signature.editable && (!root.signature.outputReady || root.changing)
    // Room for the crop view: most of the window, but never so little that the box is fiddly.
    // (The title, subtitle, tabs and page margins take about 190 px above and below it.)
    readonly property real workAreaHeight: Math.max(360, root.height - 190)

    function choosePhoto(): void {
        modeBar.currentIndex = 0;
        imageSource.openDialog();
    }

    subtitle: qsTr("Sign your name on white paper with a black pen, take a photo and crop it here, or draw your signature.")

    Shortcut {
        sequence: "Ctrl+V"
        enabled: root.editorOpen && modeBar.currentIndex === 0
        onActivated: {
            modeBar.currentIndex = 0;
            imageSource.paste();
        }
    }

    InfoBanner {
        Layout.fillWidth: true
        objectName: "errorBanner"
        visible: root.signature.errorMessage.length > 0
        kind: InfoBanner.Kind.Error
        text: root.signature.errorMessage
    }

    // The saved signature, as the school will see it: a card like the other pages' groups.
    GroupBox {
        objectName: "savedSignature"
        Layout.fillWidth: true
        visible: root.signature.outputReady && !root.changing
        title: qsTr("Your saved signature")

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Rectangle {
                Layout.preferredWidth: savedImage.width + 2
                Layout.preferredHeight: savedImage.height + 2
                border.color: Theme.border
                color: "white"

                SignatureImage {
                    id: savedImage

                    readonly property real scale: Math.min(1, 560 / Math.max(1, root.signature.outputSize.width), 180 / Math.max(1, root.signature.outputSize.height))

                    x: 1
                    y: 1
                    width: Math.round(root.signature.outputSize.width * savedImage.scale)
                    height: Math.round(root.signature.outputSize.height * savedImage.scale)
                    controller: root.signature
                    kind: SignatureImage.Output
                    Accessible.role: Accessible.Graphic
                    Accessible.ignored: !visible
                    Accessible.name: qsTr("Your saved signature")
                }
            }
            Label {
                objectName: "savedText"
                Layout.fillWidth: true
                text: qsTr("Saved: %1 × %2 pixels, %3. It is uploaded with your application.").arg(root.signature.outputSize.width).arg(root.signature.outputSize.height).arg(root.signature.bytesText)
                wrapMode: Text.Wrap
            }
            Button {
                id: changeSignatureButton

                objectName: "changeSignatureButton"
                visible: root.signature.editable
                text: qsTr("Change signature")
                Accessible.name: text
                onClicked: root.changing = true
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.editorOpen
        spacing: Theme.spacing

        TabBar {
            id: modeBar

            Layout.fillWidth: true
            currentIndex: root.signature.fromDrawing ? 1 : 0

            TabButton {
                objectName: "photoTab"
                text: qsTr("Photo of my signature")
                Accessible.name: text
            }
            TabButton {
                objectName: "drawTab"
                text: qsTr("Draw it here")
                Accessible.name: text
            }
        }
        Button {
            objectName: "keepSavedButton"
            visible: root.signature.outputReady
            text: qsTr("Keep the saved signature")
            Accessible.name: text
            onClicked: root.changing = false
        }
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.preferredHeight: modeBar.currentIndex === 0 && root.signature.hasSource && !root.signature.fromDrawing ? root.workAreaHeight : implicitHeight
        visible: root.editorOpen
        currentIndex: modeBar.currentIndex

        // Photo: choose, then crop.
        Item {
            id: photoArea

            implicitHeight: chooser.visible ? chooser.implicitHeight + 2 * Theme.padding : root.workAreaHeight

            ColumnLayout {
                id: chooser

                anchors.horizontalCenter: parent.horizontalCenter
                y: Theme.padding
                width: Math.min(parent.width, 560)
                visible: !root.signature.hasSource || root.signature.fromDrawing
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Choose a photo of your signature, drop it here, or paste a screenshot (Ctrl+V).")
                    wrapMode: Text.Wrap
                }
                // The app's one way to bring in an image (file dialog with the photo slots'
                // list of types, drop anywhere on the photo area, paste); it stays in the tree
                // while the crop view shows, so a drop there replaces the photo as before.
                ImageSource {
                    id: imageSource

                    objectName: "signatureImageSource"
                    Layout.alignment: Qt.AlignHCenter
                    title: qsTr("Signature")
                    hasImage: false
                    busy: root.signature.loading
                    enabled: root.editorOpen
                    dropTarget: photoArea
                    onChosen: fileUrl => root.signature.loadUrl(fileUrl)
                    onPasteRequested: root.signature.pasteFromClipboard()
                }
            }

            RowLayout {
                anchors.fill: parent
                visible: !chooser.visible
                spacing: Theme.spacing
                // A photo was chosen: the chooser that had the keyboard focus is gone, and the
                // arrow keys now move the crop box.
                onVisibleChanged: {
                    if (visible)
                        cropView.forceActiveFocus(Qt.OtherFocusReason);
                }

                SignatureCropView {
                    id: cropView

                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    controller: root.signature

                    BusyIndicator {
                        anchors.centerIn: parent
                        running: root.signature.loading || root.signature.producing
                        Accessible.name: qsTr("Working")
                    }
                }

                // The crop controls, in words: a candidate should not have to guess what ⟲ or ▣ do.
                ColumnLayout {
                    Layout.preferredWidth: 260
                    Layout.maximumWidth: 260
                    Layout.fillHeight: true
                    spacing: 8

                    ScrollView {
                        id: controlsScroll

                        objectName: "controlsScroll"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        contentWidth: availableWidth
                        clip: true
                        // A low window cannot show every control: the bar says there is more.
                        ScrollBar.vertical.policy: contentHeight > height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded

                        ColumnLayout {
                            width: controlsScroll.availableWidth
                            spacing: 8

                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Drag the box or its corners so that it holds the whole signature with a little white around it.")
                                wrapMode: Text.Wrap
                            }
                            Label {
                                text: qsTr("Turn and zoom the photo")
                                font.bold: true
                            }
                            GridLayout {
                                Layout.fillWidth: true
                                columns: 2
                                rowSpacing: 4
                                columnSpacing: 4

                                Button {
                                    objectName: "rotateLeftButton"
                                    Layout.fillWidth: true
                                    text: "⟲ " + qsTr("Turn left")
                                    Accessible.name: qsTr("Turn left")
                                    onClicked: root.signature.rotate(-1)
                                }
                                Button {
                                    objectName: "rotateRightButton"
                                    Layout.fillWidth: true
                                    text: qsTr("Turn right") + " ⟳"
                                    Accessible.name: qsTr("Turn right")
                                    onClicked: root.signature.rotate(1)
                                }
                                Button {
                                    objectName: "zoomOutButton"
                                    Layout.fillWidth: true
                                    text: "− " + qsTr("Zoom out")
                                    enabled: root.signature.zoom > 1
                                    Accessible.name: qsTr("Zoom out")
                                    onClicked: root.signature.zoom = root.signature.zoom / 1.5
                                }
                                Button {
                                    objectName: "zoomInButton"
                                    Layout.fillWidth: true
                                    text: "+ " + qsTr("Zoom in")
                                    Accessible.name: qsTr("Zoom in")
                                    onClicked: root.signature.zoom = root.signature.zoom * 1.5
                                }
                            }

                            Label {
                                text: qsTr("Crop box")
                                font.bold: true
                            }
                            Button {
                                objectName: "fitInkButton"
                                Layout.fillWidth: true
                                text: qsTr("Fit the box to the signature")
                                Accessible.name: text
                                onClicked: root.signature.useSuggested()
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("The arrow buttons:")
                                wrapMode: Text.Wrap
                            }
                            ButtonGroup {
                                id: arrowMode
                            }
                            RadioButton {
                                id: moveMode

                                objectName: "moveModeButton"
                                Layout.fillWidth: true
                                checked: true
                                text: qsTr("move the box")
                                ButtonGroup.group: arrowMode
                                Accessible.name: qsTr("The arrow buttons move the box")
                            }
                            RadioButton {
                                id: resizeMode

                                objectName: "resizeModeButton"
                                Layout.fillWidth: true
                                text: qsTr("make the box larger or smaller")
                                ButtonGroup.group: arrowMode
                                Accessible.name: qsTr("The arrow buttons change the size of the box")
                            }
                            // Arrows as on a keyboard: up above, left, down and right below.
                            GridLayout {
                                Layout.alignment: Qt.AlignHCenter
                                columns: 3
                                rowSpacing: 2
                                columnSpacing: 2

                                Item {
                                    implicitWidth: 44
                                    implicitHeight: 36
                                }
                                NudgeButton {
                                    objectName: "nudgeUpButton"
                                    signature: root.signature
                                    resizing: resizeMode.checked
                                    text: "↑"
                                    dy: -1
                                    moveName: qsTr("Move the box up")
                                    resizeName: qsTr("Make the box shorter")
                                }
                                Item {
                                    implicitWidth: 44
                                    implicitHeight: 36
                                }
                                NudgeButton {
                                    objectName: "nudgeLeftButton"
                                    signature: root.signature
                                    resizing: resizeMode.checked
                                    text: "←"
                                    dx: -1
                                    moveName: qsTr("Move the box left")
                                    resizeName: qsTr("Make the box narrower")
                                }
                                NudgeButton {
                                    objectName: "nudgeDownButton"
                                    signature: root.signature
                                    resizing: resizeMode.checked
                                    text: "↓"
                                    dy: 1
                                    moveName: qsTr("Move the box down")
                                    resizeName: qsTr("Make the box taller")
                                }
                                NudgeButton {
                                    objectName: "nudgeRightButton"
                                    signature: root.signature
                                    resizing: resizeMode.checked
                                    text: "→"
                                    dx: 1
                                    moveName: qsTr("Move the box right")
                                    resizeName: qsTr("Make the box wider")
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("On the photo itself, the arrow keys move the box; with Shift they change its size.")
                                color: Theme.muted
                                wrapMode: Text.Wrap
                            }

                            CheckBox {
                                id: cleanUpBox

                                objectName: "cleanUpCheckBox"
                                Layout.fillWidth: true
                                text: qsTr("Whiten the paper, darken the ink")
                                checked: root.signature.cleanUp
                                Accessible.name: text
                                onToggled: root.signature.cleanUp = cleanUpBox.checked
                            }
                            RowLayout {
                                visible: root.signature.cleanUp
                                spacing: 4

                                SignatureImage {
                                    Layout.preferredWidth: 120
                                    Layout.preferredHeight: 60
                                    controller: root.signature
                                    kind: SignatureImage.CropBefore
                                    Accessible.role: Accessible.Graphic
                                    Accessible.ignored: !visible
                                    Accessible.name: qsTr("Before clean-up")
                                }
                                SignatureImage {
                                    Layout.preferredWidth: 120
                                    Layout.preferredHeight: 60
                                    controller: root.signature
                                    kind: SignatureImage.CropAfter
                                    Accessible.role: Accessible.Graphic
                                    Accessible.ignored: !visible
                                    Accessible.name: qsTr("After clean-up")
                                }
                            }
                        }
                    }
                    Button {
                        objectName: "makeButton"
                        Layout.fillWidth: true
                        text: qsTr("Make signature")
                        highlighted: true
                        enabled: !root.signature.loading && !root.signature.producing && root.signature.imageSize.width > 0
                        Accessible.name: text
                        onClicked: root.signature.produce()
                    }
                    Button {
                        objectName: "startOverButton"
                        Layout.fillWidth: true
                        text: qsTr("Choose another photo")
                        Accessible.name: text
                        onClicked: {
                            root.signature.startOver();
                            imageSource.openDialog();
                        }
                    }
                }
            }
        }
        // Drawing: no cropping, the box goes round the ink by itself and the result is shown.
        SignatureDrawPad {
            controller: root.signature
        }
    }

    // The result exactly as it will be uploaded, pixel for pixel, before it is saved. It takes
    // the whole window and scrolls (or is dragged) when the image is larger: never cropped.
    Dialog {
        id: resultDialog

        readonly property bool overflows: resultFlick.contentWidth > resultFlick.width || resultFlick.contentHeight > resultFlick.height

        objectName: "resultDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, Math.max(480, resultImage.width + 2 * Theme.padding + 30))
        height: Math.min(parent.height - 2 * Theme.padding, resultImage.height + 260)
        modal: true
        visible: root.signature.resultPending
        title: qsTr("Check your signature at 100 %")
        closePolicy: Popup.CloseOnEscape
        onRejected: root.signature.discardResult()
        onOpened: confirmButton.forceActiveFocus(Qt.TabFocusReason)
        // Saved: the editor that had the focus is gone; it goes on beside the saved signature
        // (and its "saved" line), not to the page.
        // (After the popup has given the focus back to where it was before it opened.)
        onClosed: focusSavedTimer.start()

        Timer {
            id: focusSavedTimer

            interval: 0
            onTriggered: {
                if (changeSignatureButton.visible)
                    changeSignatureButton.forceActiveFocus(Qt.TabFocusReason);
            }
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("This is exactly what will be uploaded: %1 × %2 pixels, %3. Is every stroke clear?").arg(root.signature.outputSize.width).arg(root.signature.outputSize.height).arg(root.signature.bytesText)
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "resultScrollHint"
                Layout.fillWidth: true
                visible: resultDialog.overflows
                text: qsTr("The image is larger than the window: scroll or drag it to see all of it.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            InfoBanner {
                Layout.fillWidth: true
                objectName: "resultWarnings"
                visible: root.signature.outputWarnings.length > 0
                kind: InfoBanner.Kind.Warning
                text: root.signature.outputWarnings
            }
            Flickable {
                id: resultFlick

                objectName: "resultFlick"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: resultImage.width
                contentHeight: resultImage.height
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.horizontal: ScrollBar {
                    policy: resultFlick.contentWidth > resultFlick.width ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
                }
                ScrollBar.vertical: ScrollBar {
                    policy: resultFlick.contentHeight > resultFlick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
                }

                SignatureImage {
                    id: resultImage

                    objectName: "resultImage"
                    width: resultImage.sourceSize.width
                    height: resultImage.sourceSize.height
                    controller: root.signature
                    kind: SignatureImage.Output
                    Accessible.role: Accessible.Graphic
                    Accessible.ignored: !visible
                    Accessible.name: qsTr("Your signature at 100 %")
                }
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacing

                Button {
                    objectName: "backToCropButton"
                    text: root.signature.fromDrawing ? qsTr("Back to the drawing") : qsTr("Back to cropping")
                    Accessible.name: text
                    onClicked: resultDialog.reject()
                }
                Button {
                    id: confirmButton

                    objectName: "confirmButton"
                    text: qsTr("Use this signature")
                    highlighted: true
                    Accessible.name: text
                    onClicked: {
                        if (root.signature.confirm())
                            root.changing = false;
                        resultDialog.close();
                    }
                }
            }
        }
    }
}
