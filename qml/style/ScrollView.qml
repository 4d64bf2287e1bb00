import QtQuick
import QtQuick.Controls.Fusion as Fusion

// Fusion's scroll view, gone from what a screen reader sees while hidden, scroll bars
// included (Qt 6.4 exposes hidden items, and Fusion's bars are not this style's ScrollBar).
Fusion.ScrollView {
    id: control

    Accessible.ignored: !visible

    Binding {
        target: control.ScrollBar.vertical
        property: "Accessible.ignored"
        value: !control.visible
    }
    Binding {
        target: control.ScrollBar.horizontal
        property: "Accessible.ignored"
        value: !control.visible
    }
}
