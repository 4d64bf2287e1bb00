import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import ZkGrad

// ImageSource: the one way a candidate brings an image into the app (issue 17): a file
// dialog, a drop area and paste from the clipboard, offering the one list of file types
// (ImagePicker.patterns, from zkgrad::imaging::imageFilePatterns() in C++). The dialog starts
// in the folder of the last image chosen, else in Pictures. Used by PhotoSlotView (ID photos,
// materials, prior degree); the signature page adopts it the same way.
//
// How to use it
//   ImageSource {
//       id: source
//       title: qsTr("Signature")             // what the image is for: dialog title, names
//       hasImage: controller.hasSource        // "Choose another file…", not highlighted
//       primary: false                        // not the page's main action (default: !hasImage)
//       busy: controller.processing           // buttons off while a choice is being prepared
//       enabled: controller.editable          // refuses drops and pastes too
//       dropTarget: someItem                  // the area that takes drops (default: parent)
//       onChosen: fileUrl => controller.loadUrl(fileUrl)   // picked or dropped, local or not
//       onPasteRequested: controller.pasteFromClipboard()  // C++ tells files from bitmaps
//       Button { … }                          // extra buttons after Choose and Paste
//   }
//   Keys.onPressed: event => source.handlePasteKey(event)  // Ctrl+V where the owner has focus
//   source.openDialog()                       // e.g. from an error summary link
//   source.dropActive                         // a drag with files is over the drop target
//   source.chooseButton                       // the first control, for forceActiveFocus()
Item {
    id: root

    property string title: ""
    property bool hasImage: false
    // Choose is drawn as the page's one primary button; the owner turns it off where the
    // image is optional or another control is the main action.
    property bool primary: !root.hasImage
    property bool busy: false
    property Item dropTarget: root.parent
    // Children given by the owner (phone transfer, remove) follow Choose and Paste.
    default property alias extraButtons: row.data
    readonly property bool dropActive: dropArea.containsDrag
    readonly property alias chooseButton: chooseButton

    // A file was chosen in the dialog or dropped.
    signal chosen(url fileUrl)
    // The candidate asked to paste (button or Ctrl+V).
    signal pasteRequested

    function openDialog(): void {
        if (!root.enabled || root.busy)
            return;
        // Set on each opening: navigating in a dialog would break a binding.
        fileDialog.currentFolder = ImagePicker.startFolder;
        fileDialog.open();
    }

    function paste(): void {
        if (root.enabled && !root.busy)
            root.pasteRequested();
    }

    // For the owner's Keys.onPressed: true (and accepted) when it was Ctrl+V (Cmd+V on macOS).
    function handlePasteKey(event: var): bool {
        if (event.key !== Qt.Key_V || !(event.modifiers & Qt.ControlModifier))
            return false;
        root.paste();
        event.accepted = true;
        return true;
    }

    // Not the Flow's own implicit width: that follows its width, and a layout setting the width
    // from it would polish in a loop. Choose and Paste side by side is the least it needs.
    implicitWidth: chooseButton.implicitWidth + pasteButton.implicitWidth + row.spacing
    implicitHeight: row.implicitHeight

    FileDialogScrim {
        dialog: fileDialog
    }
    FileDialog {
        id: fileDialog

        objectName: "imageFileDialog"
        title: root.title.length > 0 ? qsTr("Choose an image for \"%1\"").arg(root.title) : qsTr("Choose an image")
        // Named image types first, but anything may be chosen: the content decides, not the name.
        nameFilters: [qsTr("Images (%1)").arg(ImagePicker.patterns), qsTr("All files (*)")]
        onAccepted: {
            ImagePicker.remember(fileDialog.selectedFile);
            root.chosen(fileDialog.selectedFile);
        }
    }

    DropArea {
        id: dropArea

        parent: root.dropTarget
        anchors.fill: parent
        enabled: root.enabled && !root.busy
        onEntered: drag => drag.accepted = drag.hasUrls
        onDropped: drop => {
            if (drop.hasUrls && drop.urls.length > 0) {
                root.chosen(drop.urls[0]);
                drop.accept(Qt.CopyAction);
            }
        }
    }

    Flow {
        id: row

        width: root.width
        spacing: Theme.spaceS

        Button {
            id: chooseButton

            objectName: "chooseButton"
            text: root.hasImage ? qsTr("Choose another file…") : qsTr("Choose file…")
            highlighted: root.primary
            enabled: !root.busy
            Accessible.name: qsTr("Choose a file for %1").arg(root.title)
            onClicked: root.openDialog()
        }
        Button {
            id: pasteButton

            objectName: "pasteButton"
            text: qsTr("Paste (Ctrl+V)")
            enabled: !root.busy
            Accessible.name: qsTr("Paste an image from the clipboard into %1").arg(root.title)
            onClicked: root.paste()
        }
    }
}
