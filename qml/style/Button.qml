import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGrad

// A Fusion button at least a fingertip (Theme.minimumTouchTarget) in each direction.
Fusion.Button {
    implicitWidth: Math.max(Theme.minimumTouchTarget,
                            implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
}
