import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import ZkGrad

// 签名: a photo of the handwritten signature (or a drawing), cropped with a
// movable, resizable box, optionally cleaned up, checked at 100 % and saved.
// Every rule and all the maths live in SignatureController.
Item {
    id: root

    required property Step step
    // Not a StepPage yet: its crop view fills the window height rather than scrolling.
    property StepController controller: root.step.controller
    readonly property SignatureController signature: root.controller as SignatureController

    DropArea {
        anchors.fill: parent
        enabled: root.signature.editable
        onDropped: drop => {
            if (drop.hasUrls && drop.urls.length > 0) {
                modeBar.currentIndex = 0;
                root.signature.loadUrl(drop.urls[0]);
                drop.accept();
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+V"
        enabled: root.signature.editable
        onActivated: {
            modeBar.currentIndex = 0;
            root.signature.pasteFromClipboard();
        }
    }

    FileDialog {
        id: fileDialog

        title: qsTr("Choose a photo of your signature")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.bmp *.gif)"), qsTr("All files (*)")]
        onAccepted: root.signature.loadUrl(fileDialog.selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Signature")
            subtitle: qsTr("Sign your name on white paper with a black pen, take a photo and crop it here, or draw your signature.")
        }

        // The school sent this part back: its reason, repeated here.
        SubmitRejectionBanner {
            Layout.fillWidth: true
            stepKey: root.step.key
        }

        // Submitted: the school has this signature; a new one would be refused until it is sent back.
        InfoBanner {
            Layout.fillWidth: true
            objectName: "readOnlyBanner"
            visible: !root.signature.editable
            kind: InfoBanner.Kind.Warning
            text: qsTr("The signature has been submitted and cannot be changed now. If the school returns it to you, you can change it here again.")
        }

        TabBar {
            id: modeBar

            Layout.fillWidth: true
            enabled: root.signature.editable

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

        InfoBanner {
            Layout.fillWidth: true
            objectName: "errorBanner"
            visible: root.signature.errorMessage.length > 0
            kind: InfoBanner.Kind.Error
            text: root.signature.errorMessage
        }
        InfoBanner {
            Layout.fillWidth: true
            objectName: "savedBanner"
            visible: root.signature.outputReady
            text: qsTr("Your signature is saved: %1 × %2 pixels, %3 KB. It will be uploaded with your application.").arg(root.signature.outputSize.width).arg(root.signature.outputSize.height).arg(Math.ceil(root.signature.outputBytes / 1000))
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: modeBar.currentIndex
            enabled: root.signature.editable

            // Photo: choose, then crop.
            Item {
                ColumnLayout {
                    anchors.centerIn: parent
                    width: Math.min(parent.width, 560)
                    visible: !root.signature.hasSource
                    spacing: Theme.spacing

                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Choose a photo of your signature, drop it here, or paste a screenshot (Ctrl+V).")
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        Layout.alignment: Qt.AlignHCenter
                        spacing: Theme.spacing

                        Button {
                            objectName: "chooseButton"
                            text: qsTr("Choose photo…")
                            highlighted: true
                            Accessible.name: text
                            onClicked: fileDialog.open()
                        }
                        Button {
                            objectName: "pasteButton"
                            text: qsTr("Paste from clipboard")
                            Accessible.name: text
                            onClicked: root.signature.pasteFromClipboard()
                        }
                    }
                }

                RowLayout {
                    anchors.fill: parent
                    visible: root.signature.hasSource
                    spacing: Theme.spacing

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

                    ColumnLayout {
                        Layout.preferredWidth: 250
                        Layout.maximumWidth: 250
                        Layout.fillHeight: true
                        spacing: 8

                        ScrollView {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            contentWidth: availableWidth
                            clip: true

                            ColumnLayout {
                                width: 240
                                spacing: 8

                                Label {
                                    text: qsTr("Turn and zoom")
                                    font.bold: true
                                }
                                RowLayout {
                                    Button {
                                        objectName: "rotateLeftButton"
                                        text: "⟲"
                                        implicitWidth: 44
                                        Accessible.name: qsTr("Turn left")
                                        ToolTip.visible: hovered
                                        ToolTip.text: Accessible.name
                                        onClicked: root.signature.rotate(-1)
                                    }
                                    Button {
                                        objectName: "rotateRightButton"
                                        text: "⟳"
                                        implicitWidth: 44
                                        Accessible.name: qsTr("Turn right")
                                        ToolTip.visible: hovered
                                        ToolTip.text: Accessible.name
                                        onClicked: root.signature.rotate(1)
                                    }
                                    Button {
                                        objectName: "zoomOutButton"
                                        text: "−"
                                        implicitWidth: 44
                                        enabled: root.signature.zoom > 1
                                        Accessible.name: qsTr("Zoom out")
                                        onClicked: root.signature.zoom = root.signature.zoom / 1.5
                                    }
                                    Button {
                                        objectName: "zoomInButton"
                                        text: "+"
                                        implicitWidth: 44
                                        Accessible.name: qsTr("Zoom in")
                                        onClicked: root.signature.zoom = root.signature.zoom * 1.5
                                    }
                                }

                                Label {
                                    text: qsTr("Crop box")
                                    font.bold: true
                                }
                                Switch {
                                    id: resizeSwitch

                                    objectName: "resizeSwitch"
                                    text: qsTr("Arrows resize the box")
                                    Accessible.name: text
                                }
                                GridLayout {
                                    columns: 3
                                    rowSpacing: 2
                                    columnSpacing: 2

                                    Item {
                                        implicitWidth: 44
                                        implicitHeight: 36
                                    }
                                    Button {
                                        objectName: "nudgeUpButton"
                                        text: "↑"
                                        implicitWidth: 44
                                        Accessible.name: resizeSwitch.checked ? qsTr("Make the box shorter") : qsTr("Move the box up")
                                        autoRepeat: true
                                        onClicked: root.signature.nudge(0, -1, resizeSwitch.checked)
                                    }
                                    Item {
                                        implicitWidth: 44
                                        implicitHeight: 36
                                    }
                                    Button {
                                        objectName: "nudgeLeftButton"
                                        text: "←"
                                        implicitWidth: 44
                                        Accessible.name: resizeSwitch.checked ? qsTr("Make the box narrower") : qsTr("Move the box left")
                                        autoRepeat: true
                                        onClicked: root.signature.nudge(-1, 0, resizeSwitch.checked)
                                    }
                                    Button {
                                        objectName: "fitInkButton"
                                        text: "▣"
                                        implicitWidth: 44
                                        Accessible.name: qsTr("Box around the ink")
                                        ToolTip.visible: hovered
                                        ToolTip.text: Accessible.name
                                        onClicked: root.signature.useSuggested()
                                    }
                                    Button {
                                        objectName: "nudgeRightButton"
                                        text: "→"
                                        implicitWidth: 44
                                        Accessible.name: resizeSwitch.checked ? qsTr("Make the box wider") : qsTr("Move the box right")
                                        autoRepeat: true
                                        onClicked: root.signature.nudge(1, 0, resizeSwitch.checked)
                                    }
                                    Item {
                                        implicitWidth: 44
                                        implicitHeight: 36
                                    }
                                    Button {
                                        objectName: "nudgeDownButton"
                                        text: "↓"
                                        implicitWidth: 44
                                        Accessible.name: resizeSwitch.checked ? qsTr("Make the box taller") : qsTr("Move the box down")
                                        autoRepeat: true
                                        onClicked: root.signature.nudge(0, 1, resizeSwitch.checked)
                                    }
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("Box: %1 × %2 pixels of the photo").arg(root.signature.cropRect.width).arg(root.signature.cropRect.height)
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
                                        Layout.preferredWidth: 116
                                        Layout.preferredHeight: 60
                                        controller: root.signature
                                        kind: SignatureImage.CropBefore
                                        Accessible.role: Accessible.Graphic
                                        Accessible.name: qsTr("Before clean-up")
                                    }
                                    SignatureImage {
                                        Layout.preferredWidth: 116
                                        Layout.preferredHeight: 60
                                        controller: root.signature
                                        kind: SignatureImage.CropAfter
                                        Accessible.role: Accessible.Graphic
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
                                fileDialog.open();
                            }
                        }
                    }
                }
            }
            SignatureDrawPad {
                controller: root.signature
                onUsed: modeBar.currentIndex = 0
            }
        }

        InfoBanner {
            Layout.fillWidth: true
            objectName: "problemsBanner"
            kind: InfoBanner.Kind.Warning
            visible: root.signature.editable && !root.signature.complete && root.signature.errorMessage.length === 0
            text: root.signature.problemsText
        }
    }

    // The result exactly as it will be uploaded, pixel for pixel, before it is saved.
    Dialog {
        id: resultDialog

        objectName: "resultDialog"
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, Math.max(420, resultImage.width + 60))
        height: Math.min(parent.height - 40, resultImage.height + 200)
        modal: true
        visible: root.signature.resultPending
        title: qsTr("Check your signature at 100 %")
        closePolicy: Popup.CloseOnEscape
        onRejected: root.signature.discardResult()

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("This is exactly what will be uploaded: %1 × %2 pixels, %3 KB. Is every stroke clear?").arg(root.signature.outputSize.width).arg(root.signature.outputSize.height).arg(Math.ceil(root.signature.outputBytes / 1000))
                wrapMode: Text.Wrap
            }
            InfoBanner {
                Layout.fillWidth: true
                objectName: "resultWarnings"
                visible: root.signature.outputWarnings.length > 0
                kind: InfoBanner.Kind.Warning
                text: root.signature.outputWarnings
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: resultImage.width
                contentHeight: resultImage.height

                SignatureImage {
                    id: resultImage

                    objectName: "resultImage"
                    width: resultImage.sourceSize.width
                    height: resultImage.sourceSize.height
                    controller: root.signature
                    kind: SignatureImage.Output
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Your signature at 100 %")
                }
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacing

                Button {
                    objectName: "backToCropButton"
                    text: qsTr("Back to cropping")
                    Accessible.name: text
                    onClicked: resultDialog.reject()
                }
                Button {
                    objectName: "confirmButton"
                    text: qsTr("Use this signature")
                    highlighted: true
                    Accessible.name: text
                    onClicked: {
                        root.signature.confirm();
                        resultDialog.close();
                    }
                }
            }
        }
    }
}
