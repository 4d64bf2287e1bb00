import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// A Fusion menu entry at least a fingertip tall (menus and the choices of a combo box).
Fusion.MenuItem {
    // Qt 6.4 exposes hidden items to screen readers; a hidden control is not there for anyone.
    Accessible.ignored: !visible
    // Kept here rather than inherited: a file dialog gives its rows another text-on-highlight
    // colour (see FileDialogScrim), which must not reach the lists of its own combo box.
    palette.highlightedText: Theme.textOnAccent

    implicitWidth: Math.max(Theme.minimumTouchTarget,
                            implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)
}
