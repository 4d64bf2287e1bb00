import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGrad

// A Fusion tool button at least a fingertip wide and tall, even with only an icon or a glyph.
Fusion.ToolButton {
    implicitWidth: Math.max(Theme.minimumTouchTarget,
                            implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
}
