import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// A Fusion delay button at least a fingertip wide and tall.
Fusion.DelayButton {
    implicitWidth: Math.max(Theme.minimumTouchTarget,
                            implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
}
