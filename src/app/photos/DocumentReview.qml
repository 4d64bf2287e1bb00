import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// A new photo of an ID card or page, before it is used (issue 21): the photo with the four
// corners the detector found, each a handle to drag (mouse, touch) or to select with Tab and
// move with the arrow keys; "use the whole photo" instead; the straightened result as it will
// be saved; and "Use this image", the only way it is saved and uploaded.
ColumnLayout {
    id: root

    required property PhotoSlot photoSlot
    // What the image is for (the slot's title), for accessible names.
    property string title: ""
    // Height of the photo and of the result; the slot view picks what fits its layout.
    property real imageHeight: 260

    readonly property bool card: root.photoSlot.idCard
    readonly property bool whole: root.photoSlot.wholePhoto
    readonly property bool busy: root.photoSlot.processing
    // Two panes side by side when there is room, else the result under the photo. The owner
    // decides from its own width: deciding from this layout's width, which the panes' count
    // changes, makes the owner's layout polish in a loop.
    property bool wide: false

    // The candidate decided (use or cancel): the review hides with the focused button in it, so
    // the owner takes the keyboard focus first, or it would fall to the page.
    signal deciding

    // A drag ended: straighten with the corners as they are now.
    function straightenNow(): void {
        nudgeTimer.stop();
        root.photoSlot.straighten();
    }

    spacing: Theme.spacing

    Label {
        objectName: "reviewText"
        Layout.fillWidth: true
        text: root.photoSlot.reviewText
        wrapMode: Text.Wrap
        color: !root.photoSlot.documentFound && root.whole ? Theme.warning : Theme.text
        Accessible.role: !root.photoSlot.documentFound ? Accessible.AlertMessage : Accessible.StaticText
        Accessible.ignored: !visible
        Accessible.name: text
    }

    // The candidate's choice: the document alone, straightened, or the photo as it is.
    ButtonGroup {
        id: modeGroup
    }
    Flow {
        // A Flow's implicit width follows its width: not fed back to the layout (polish loop).
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        spacing: Theme.spacing

        RadioButton {
            objectName: "straightenOption"
            ButtonGroup.group: modeGroup
            checked: !root.whole
            enabled: !root.busy
            text: root.card ? qsTr("Only the card, straightened") : qsTr("Only the page, straightened")
            Accessible.name: text
            onClicked: {
                if (root.whole)
                    root.photoSlot.straighten();
            }
        }
        RadioButton {
            objectName: "wholePhotoOption"
            ButtonGroup.group: modeGroup
            checked: root.whole
            enabled: !root.busy
            text: qsTr("Use the whole photo")
            Accessible.name: text
            onClicked: root.photoSlot.useWholePhoto()
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: root.wide ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        // The photo as taken, with the outline and its four corners.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spaceXs

            Label {
                Layout.fillWidth: true
                text: root.whole ? qsTr("Your photo") : root.card ? qsTr("Your photo: put the four corners on the card's corners") : qsTr("Your photo: put the four corners on the page's corners")
                font.bold: true
                wrapMode: Text.Wrap
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: root.imageHeight
                color: Theme.background
                border.color: Theme.border
                radius: Theme.radius / 2

                SlotImage {
                    id: photo

                    // The rectangle the photo is painted in (fitted, centred).
                    readonly property real fit: photo.sourceSize.width > 0 && photo.sourceSize.height > 0 ? Math.min(photo.width / photo.sourceSize.width, photo.height / photo.sourceSize.height) : 0
                    readonly property real paintedWidth: photo.sourceSize.width * photo.fit
                    readonly property real paintedHeight: photo.sourceSize.height * photo.fit
                    readonly property real paintedX: (photo.width - photo.paintedWidth) / 2
                    readonly property real paintedY: (photo.height - photo.paintedHeight) / 2

                    objectName: "reviewPhoto"
                    anchors.fill: parent
                    anchors.margins: Theme.spaceL
                    photoSlot: root.photoSlot
                    kind: SlotImage.ReviewPhoto
                    Accessible.role: Accessible.Graphic
                    Accessible.ignored: !visible
                    Accessible.name: qsTr("Your photo for %1").arg(root.title)
                }
                // The outline and the corners, over the photo (the same rectangle).
                Item {
                    id: overlay

                    // Where the photo is painted inside the overlay (fitted, centred).
                    readonly property rect painted: Qt.rect(photo.paintedX, photo.paintedY, photo.paintedWidth, photo.paintedHeight)

                    anchors.fill: photo

                    // The outline the corners make: what is inside it is straightened.
                    Canvas {
                        id: outline

                        anchors.fill: parent
                        visible: !root.whole
                        onPaint: {
                            const ctx = outline.getContext("2d");
                            ctx.reset();
                            const c = root.photoSlot.corners;
                            if (c.length !== 4 || photo.paintedWidth <= 0)
                                return;
                            const px = i => photo.paintedX + c[i].x * photo.paintedWidth;
                            const py = i => photo.paintedY + c[i].y * photo.paintedHeight;
                            ctx.lineWidth = 2;
                            ctx.strokeStyle = Theme.focusHalo.toString();
                            ctx.beginPath();
                            ctx.moveTo(px(0), py(0));
                            for (let i = 1; i <= 4; ++i)
                                ctx.lineTo(px(i % 4), py(i % 4));
                            ctx.stroke();
                        }

                        Connections {
                            target: root.photoSlot

                            function onReviewChanged(): void {
                                outline.requestPaint();
                            }
                        }
                        Connections {
                            target: photo

                            function onPaintedWidthChanged(): void {
                                outline.requestPaint();
                            }
                            function onPaintedHeightChanged(): void {
                                outline.requestPaint();
                            }
                        }
                    }

                    DocumentCornerHandle {
                        corner: 0
                        visible: !root.whole
                        photoSlot: root.photoSlot
                        area: overlay.painted
                        card: root.card
                        onNudged: nudgeTimer.restart()
                        onReleased: root.straightenNow()
                    }
                    DocumentCornerHandle {
                        corner: 1
                        visible: !root.whole
                        photoSlot: root.photoSlot
                        area: overlay.painted
                        card: root.card
                        onNudged: nudgeTimer.restart()
                        onReleased: root.straightenNow()
                    }
                    DocumentCornerHandle {
                        corner: 2
                        visible: !root.whole
                        photoSlot: root.photoSlot
                        area: overlay.painted
                        card: root.card
                        onNudged: nudgeTimer.restart()
                        onReleased: root.straightenNow()
                    }
                    DocumentCornerHandle {
                        corner: 3
                        visible: !root.whole
                        photoSlot: root.photoSlot
                        area: overlay.painted
                        card: root.card
                        onNudged: nudgeTimer.restart()
                        onReleased: root.straightenNow()
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: !root.whole
                text: qsTr("Keyboard: Tab selects a corner, the arrow keys move it, Shift with an arrow key moves it further.")
                color: Theme.muted
                font.pointSize: Theme.basePointSize * 0.9
                wrapMode: Text.Wrap
            }
        }

        // What will be saved and uploaded, once the candidate says so.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spaceXs

            Label {
                Layout.fillWidth: true
                text: root.whole ? qsTr("The image that will be used") : root.card ? qsTr("The card, straightened: the image that will be used") : qsTr("The page, straightened: the image that will be used")
                font.bold: true
                wrapMode: Text.Wrap
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: root.imageHeight
                color: Theme.background
                border.color: Theme.border
                radius: Theme.radius / 2

                SlotImage {
                    objectName: "reviewResult"
                    anchors.fill: parent
                    anchors.margins: Theme.spaceS
                    photoSlot: root.photoSlot
                    kind: SlotImage.ReviewResult
                    opacity: root.busy || root.photoSlot.resultStale ? 0.35 : 1
                    Accessible.role: Accessible.Graphic
                    Accessible.ignored: !visible
                    Accessible.name: qsTr("The image that will be used for %1").arg(root.title)
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: root.busy
                    visible: root.busy
                    Accessible.name: qsTr("Straightening the photo")
                }
            }
            Label {
                objectName: "reviewBytes"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: root.busy || root.photoSlot.resultStale ? qsTr("Straightening…") : qsTr("%1 × %2 pixels · %3").arg(root.photoSlot.reviewSize.width).arg(root.photoSlot.reviewSize.height).arg(root.photoSlot.reviewBytesText)
                color: Theme.muted
                Accessible.role: Accessible.StaticText
                Accessible.ignored: !visible
                Accessible.name: text
            }
        }
    }

    Flow {
        // A Flow's implicit width follows its width: not fed back to the layout (polish loop).
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        spacing: Theme.spaceS

        Button {
            id: acceptButton

            objectName: "acceptReviewButton"
            text: qsTr("Use this image")
            highlighted: true
            enabled: root.photoSlot.canAccept
            Accessible.name: qsTr("Use this image for %1 and upload it").arg(root.title)
            onClicked: {
                root.deciding();
                root.photoSlot.acceptReview();
            }
        }
        Button {
            objectName: "turnAroundButton"
            visible: !root.whole
            enabled: !root.busy
            text: qsTr("Turn upside down")
            Accessible.name: qsTr("Turn the straightened image upside down")
            onClicked: root.photoSlot.turnAround()
        }
        Button {
            objectName: "resetCornersButton"
            visible: root.photoSlot.documentFound && root.photoSlot.cornersMoved && !root.whole
            enabled: !root.busy
            text: qsTr("Put the corners back where they were found")
            Accessible.name: text
            // It hides itself: the keyboard focus goes on to the next decision.
            onClicked: {
                root.photoSlot.resetCorners();
                acceptButton.forceActiveFocus(Qt.TabFocusReason);
            }
        }
        Button {
            objectName: "discardReviewButton"
            flat: true
            text: qsTr("Cancel, do not use this photo")
            Accessible.name: qsTr("Cancel, do not use this photo for %1").arg(root.title)
            onClicked: {
                root.deciding();
                root.photoSlot.discardReview();
            }
        }
    }

    // Arrow keys move a corner a step at a time: straighten once the candidate pauses.
    Timer {
        id: nudgeTimer

        interval: 600
        onTriggered: root.photoSlot.straighten()
    }
}
