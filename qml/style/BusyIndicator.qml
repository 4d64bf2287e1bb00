import QtQuick
import QtQuick.Controls.Fusion as Fusion

// Fusion's busy indicator, gone from what a screen reader sees while hidden (Qt 6.4 exposes
// hidden items); the page's own text says what is being waited for.
Fusion.BusyIndicator {
    Accessible.ignored: !visible
}
