import QtQuick
import QtQuick.Controls.Fusion as Fusion

// Fusion's label, kept out of what a screen reader sees while hidden (Qt 6.4 exposes
// hidden items, e.g. an empty "signed in as" line before anyone signed in).
Fusion.Label {
    Accessible.ignored: !visible
}
