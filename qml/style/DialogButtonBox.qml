import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// A button box whose standard buttons are this style's (fingertip-sized) Button, on the card.
Fusion.DialogButtonBox {
    padding: Theme.spacing
    delegate: Button {}
    // On the dialog's card, not on Fusion's grey band.
    background: Item {}
}
