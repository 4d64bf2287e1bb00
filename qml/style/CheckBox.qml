import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGrad

// A Fusion check box whose whole row, box and text, is at least a fingertip tall.
Fusion.CheckBox {
    implicitWidth: Math.max(Theme.minimumTouchTarget,
                            implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)
}
