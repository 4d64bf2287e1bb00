import QtQuick
import QtQuick.Controls.Fusion as Fusion

// Fusion's scroll bar, gone from what a screen reader sees while hidden (Qt 6.4 exposes hidden items).
Fusion.ScrollBar {
    Accessible.ignored: !visible
}
