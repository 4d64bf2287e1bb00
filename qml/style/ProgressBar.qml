import QtQuick
import QtQuick.Controls.Fusion as Fusion

// Fusion's progress bar, gone from what a screen reader sees while hidden (Qt 6.4 exposes hidden items).
Fusion.ProgressBar {
    Accessible.ignored: !visible
}
