import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGrad

// A Fusion text field at least a fingertip tall, so a finger puts the cursor in it.
Fusion.TextField {
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding)
}
