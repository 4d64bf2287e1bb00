import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGrad

// A Fusion radio button whose whole row, circle and text, is at least a fingertip tall.
Fusion.RadioButton {
    implicitWidth: Math.max(Theme.minimumTouchTarget,
                            implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)
}
