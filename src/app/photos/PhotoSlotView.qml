import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// One image of the application (a PhotoSlot): choose, paste or drop a file (ImageSource),
// watch it being prepared, check a new ID card or page photo with its corners and the
// straightened result before it is used (DocumentReview), check the result at 100 %, see its
// size against the limit and its upload, retry, cancel or remove it. Keyboard: Tab through
// the buttons, Ctrl+V pastes, + / − / 0 / 1 zoom while the preview has the focus.
Rectangle {
    id: root

    property PhotoSlot photoSlot
    // Shown above the image; the page may say "Add another material" instead of the slot's.
    property string title: root.photoSlot ? root.photoSlot.title : ""
    property string hint: root.photoSlot ? root.photoSlot.hint : ""
    // Height of the preview area; the page picks what fits its layout.
    property real previewHeight: 260
    // 0: fit the image into the preview; otherwise the scale (1 = 100 %, one image pixel per pixel).
    property real zoom: 0
    // May this slot's Choose be the page's primary button while the slot is empty? Off for
    // optional images, and for the second ID side until the first has its photo: one
    // primary action per page.
    property bool primary: true

    readonly property bool hasSlot: root.photoSlot !== null
    readonly property bool editable: root.hasSlot && root.photoSlot.editable
    readonly property bool processing: root.hasSlot && root.photoSlot.processing
    readonly property bool hasImage: root.hasSlot && root.photoSlot.hasImage
    readonly property bool uploading: root.hasSlot && root.photoSlot.uploading
    readonly property bool reviewing: root.hasSlot && root.photoSlot.reviewing
    // A new choice being prepared (not the photo under review being straightened again).
    readonly property bool preparing: root.processing && !root.reviewing
    readonly property string errorMessage: root.hasSlot ? root.photoSlot.errorMessage : ""
    // Choose is the primary button now (empty, nothing being prepared or checked).
    readonly property bool offersPrimary: root.primary && root.editable && !root.hasImage && !root.processing && !root.reviewing
    // The slot shows the page's main action: Choose, or 使用这张图片 in the review.
    readonly property bool showsPrimary: root.offersPrimary || root.reviewing
    readonly property real fitScale: {
        if (!root.hasImage || preview.implicitWidth <= 0 || preview.implicitHeight <= 0)
            return 1;
        return Math.min(1, flick.width / preview.implicitWidth, flick.height / preview.implicitHeight);
    }
    readonly property real effectiveScale: root.zoom > 0 ? root.zoom : root.fitScale

    // Moves the focus into the view (ErrorSummary links call this).
    function focusInput(): void {
        if (source.visible)
            source.chooseButton.forceActiveFocus(Qt.OtherFocusReason);
        else
            root.forceActiveFocus(Qt.OtherFocusReason);
    }

    function setZoom(value: real): void {
        root.zoom = Math.max(0.1, Math.min(8, value));
    }

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: root.activeFocus || source.dropActive ? 2 : 1
    border.color: root.errorMessage.length > 0 ? Theme.danger : source.dropActive || root.activeFocus ? Theme.accent : Theme.border
    activeFocusOnTab: true
    Accessible.role: Accessible.Grouping
    Accessible.ignored: !visible
    Accessible.name: root.title
    Accessible.description: root.hasSlot ? root.photoSlot.statusText : ""

    Keys.onPressed: event => source.handlePasteKey(event)

    Connections {
        target: root.photoSlot

        // A new result is shown whole first; the candidate zooms in to check it.
        function onPreviewUrlChanged(): void {
            root.zoom = 0;
        }
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 8

        Label {
            objectName: "slotTitle"
            Layout.fillWidth: true
            text: root.title
            font.bold: true
            font.pointSize: Theme.basePointSize * Theme.headingScale
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: root.hint.length > 0 && root.editable
            text: root.hint
            color: Theme.muted
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        ImageSource {
            id: source

            Layout.fillWidth: true
            visible: root.editable
            enabled: root.editable
            title: root.title
            hasImage: root.hasImage
            primary: root.offersPrimary
            busy: root.preparing
            dropTarget: root
            onChosen: fileUrl => root.photoSlot.loadUrl(fileUrl)
            onPasteRequested: root.photoSlot.pasteFromClipboard()

            // 用手机传照片 (issue 22): the QR code dialog lives in PhoneTransferButton.qml.
            PhoneTransferButton {
                photoSlot: root.photoSlot
                title: root.title
                enabled: !root.processing
            }
            Button {
                id: removeButton

                objectName: "removeButton"
                text: qsTr("Remove")
                visible: root.hasImage && !root.reviewing
                enabled: !root.processing
                Accessible.name: qsTr("Remove the image of %1").arg(root.title)
                onClicked: root.photoSlot.remove()
            }
        }

        // A new photo of a card or page: its corners and the straightened result, to accept.
        DocumentReview {
            objectName: "documentReview"
            Layout.fillWidth: true
            // Its panes go side by side only when it is wide: its own implicit width must not
            // feed back into the width it is given (a polish loop).
            Layout.preferredWidth: 0
            Layout.minimumWidth: 0
            visible: root.reviewing
            photoSlot: root.photoSlot
            title: root.title
            imageHeight: root.previewHeight
            wide: root.width >= 660
            // The card keeps the focus (and says what it now holds); Tab goes on to its buttons.
            onDeciding: root.forceActiveFocus(Qt.OtherFocusReason)
        }

        // The preview, the drop zone and the progress of the preparation share one area.
        Rectangle {
            id: area

            Layout.fillWidth: true
            Layout.preferredHeight: root.previewHeight
            // Beside a taller card (a longer hint), the area takes the extra height, so the
            // two cards of a row end on one line.
            Layout.fillHeight: true
            visible: !root.reviewing
            color: Theme.background
            border.color: Theme.border
            radius: Theme.radius / 2
            clip: true

            Flickable {
                id: flick

                objectName: "previewFlick"
                anchors.fill: parent
                anchors.margins: 1
                visible: root.hasImage
                contentWidth: Math.max(flick.width, preview.width)
                contentHeight: Math.max(flick.height, preview.height)
                boundsBehavior: Flickable.StopAtBounds
                activeFocusOnTab: root.hasImage
                Accessible.role: Accessible.Graphic
                Accessible.ignored: !visible
                Accessible.name: qsTr("Preview of %1 at %2 %").arg(root.title).arg(Math.round(root.effectiveScale * 100))
                ScrollBar.horizontal: ScrollBar {
                    Accessible.name: qsTr("Scroll the preview sideways")
                }
                ScrollBar.vertical: ScrollBar {
                    Accessible.name: qsTr("Scroll the preview up and down")
                }
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) {
                        root.setZoom(root.effectiveScale * 1.25);
                        event.accepted = true;
                    } else if (event.key === Qt.Key_Minus) {
                        root.setZoom(root.effectiveScale / 1.25);
                        event.accepted = true;
                    } else if (event.key === Qt.Key_0) {
                        root.zoom = 0;
                        event.accepted = true;
                    } else if (event.key === Qt.Key_1) {
                        root.zoom = 1;
                        event.accepted = true;
                    }
                }

                Image {
                    id: preview

                    objectName: "previewImage"
                    x: Math.max(0, (flick.width - preview.width) / 2)
                    y: Math.max(0, (flick.height - preview.height) / 2)
                    width: preview.implicitWidth * root.effectiveScale
                    height: preview.implicitHeight * root.effectiveScale
                    source: root.hasImage ? root.photoSlot.previewUrl : ""
                    cache: false
                    asynchronous: true
                    smooth: root.effectiveScale !== 1
                    mipmap: root.effectiveScale < 0.5
                    Accessible.ignored: true
                }
                Rectangle {
                    anchors.fill: parent
                    color: Theme.surface
                    opacity: 0.7
                    visible: root.processing
                }
            }

            ColumnLayout {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                spacing: 8
                visible: !root.hasImage || root.processing

                BusyIndicator {
                    objectName: "processingIndicator"
                    Layout.alignment: Qt.AlignHCenter
                    visible: root.processing
                    running: root.processing
                    Accessible.name: qsTr("Preparing the image")
                }
                Label {
                    objectName: "dropHint"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    text: root.processing ? (root.photoSlot.documentSlot ? qsTr("Preparing the image: turning it upright, looking for the card or page and straightening it…") : qsTr("Preparing the image: turning it upright, scaling it and compressing it to the size limit…")) : root.editable ? qsTr("Drop a photo or scan here, choose a file, or paste an image (Ctrl+V).") : qsTr("No image.")
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Button {
                    objectName: "cancelProcessingButton"
                    Layout.alignment: Qt.AlignHCenter
                    visible: root.processing
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel preparing the image")
                    onClicked: root.photoSlot.cancel()
                }
            }
        }

        // Zoom: fit, 100 % (to confirm the text is legible), smaller and larger.
        RowLayout {
            Layout.fillWidth: true
            visible: root.hasImage && !root.reviewing
            spacing: 6

            Button {
                objectName: "zoomOutButton"
                text: "−"
                Layout.preferredWidth: Math.max(implicitWidth, Theme.minimumTouchTarget)
                Accessible.name: qsTr("Zoom out")
                onClicked: root.setZoom(root.effectiveScale / 1.25)
            }
            Label {
                objectName: "zoomLabel"
                Layout.minimumWidth: Theme.minimumTouchTarget * 1.4
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("%1 %").arg(Math.round(root.effectiveScale * 100))
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Zoom %1 %").arg(Math.round(root.effectiveScale * 100))
            }
            Button {
                objectName: "zoomInButton"
                text: "+"
                Layout.preferredWidth: Math.max(implicitWidth, Theme.minimumTouchTarget)
                Accessible.name: qsTr("Zoom in")
                onClicked: root.setZoom(root.effectiveScale * 1.25)
            }
            Button {
                objectName: "actualSizeButton"
                text: qsTr("100 %")
                checkable: true
                checked: root.zoom === 1
                Accessible.name: qsTr("Show at 100 % to check that the text is legible")
                onClicked: root.zoom = 1
            }
            Button {
                objectName: "fitButton"
                text: qsTr("Fit")
                checkable: true
                checked: root.zoom === 0
                Accessible.name: qsTr("Fit the whole image into the preview")
                onClicked: root.zoom = 0
            }
            Item {
                Layout.fillWidth: true
            }
        }

        Label {
            objectName: "bytesLabel"
            Layout.fillWidth: true
            visible: root.hasImage && !root.reviewing
            wrapMode: Text.Wrap
            text: root.hasImage ? qsTr("%1 × %2 pixels · %3").arg(root.photoSlot.outputSize.width).arg(root.photoSlot.outputSize.height).arg(root.photoSlot.bytesText) + (root.photoSlot.sourceName.length > 0 ? " · " + qsTr("from %1").arg(root.photoSlot.sourceName) : "") : ""
            color: root.hasImage && root.photoSlot.bytes > root.photoSlot.maxBytes ? Theme.danger : Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            objectName: "warningsLabel"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.hasImage && !root.reviewing ? root.photoSlot.warningsText : ""
            color: Theme.warning
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            objectName: "errorLabel"
            Layout.fillWidth: true
            visible: root.errorMessage.length > 0
            text: root.errorMessage
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Button {
            objectName: "markCornersButton"
            visible: root.hasSlot && root.photoSlot.canMarkCorners && !root.processing
            text: qsTr("Mark the four corners by hand")
            Accessible.name: qsTr("Mark the four corners of the document in the photo for %1 by hand").arg(root.title)
            onClicked: root.photoSlot.markCorners()
        }
        Button {
            objectName: "keepPreviousButton"
            visible: root.errorMessage.length > 0 && root.hasImage && root.photoSlot.state !== PhotoSlot.Failed
            text: qsTr("Keep the previous image")
            Accessible.name: qsTr("Hide this message and keep the previous image of %1").arg(root.title)
            onClicked: root.photoSlot.dismissError()
        }

        // Upload: state, progress, cancel and retry.
        RowLayout {
            Layout.fillWidth: true
            visible: root.hasImage && !root.reviewing
            spacing: 8

            Label {
                objectName: "statusLabel"
                Layout.fillWidth: true
                text: root.hasSlot ? root.photoSlot.statusText : ""
                color: root.hasSlot && root.photoSlot.state === PhotoSlot.Uploaded ? Theme.success : root.hasSlot && root.photoSlot.state === PhotoSlot.Failed ? Theme.danger : Theme.muted
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Button {
                objectName: "cancelUploadButton"
                visible: root.uploading
                text: qsTr("Cancel upload")
                Accessible.name: qsTr("Cancel uploading %1").arg(root.title)
                onClicked: root.photoSlot.cancel()
            }
            Button {
                objectName: "retryButton"
                visible: root.editable && !root.uploading && root.hasSlot && (root.photoSlot.state === PhotoSlot.Failed || root.photoSlot.state === PhotoSlot.UploadQueued || (root.photoSlot.state === PhotoSlot.Ready && WizardController.session.hasApplication))
                text: qsTr("Retry upload")
                Accessible.name: qsTr("Upload %1 again").arg(root.title)
                onClicked: root.photoSlot.retryUpload()
            }
        }
        ProgressBar {
            objectName: "uploadProgress"
            Layout.fillWidth: true
            visible: root.uploading
            from: 0
            to: 1
            value: root.hasSlot ? root.photoSlot.uploadProgress : 0
            indeterminate: root.hasSlot && root.photoSlot.uploadProgress <= 0
            Accessible.name: qsTr("Upload progress of %1").arg(root.title)
        }
    }
}
