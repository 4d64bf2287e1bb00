import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// A Fusion list row at least a fingertip tall (the step list, lists of choices).
Fusion.ItemDelegate {
    implicitWidth: Math.max(Theme.minimumTouchTarget,
                            implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)
}
