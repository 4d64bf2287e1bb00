import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGrad

// A Fusion text area at least a fingertip tall even while it holds one line or none.
Fusion.TextArea {
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding)
}
