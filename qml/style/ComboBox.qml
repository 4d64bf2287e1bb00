import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// A combo box as tall as a text field beside it (Fusion's is 24 px), with the fields' edge and
// the focus ring, whose list rows are a fingertip tall too: Fusion's own delegate is its
// MenuItem (20 px), so the rows come from this style's MenuItem instead.
Fusion.ComboBox {
    id: control

    // Qt 6.4 exposes hidden items to screen readers; a hidden control is not there for anyone.
    Accessible.ignored: !visible

    // The combo box carries its name and value for screen readers; Fusion's text field inside
    // is only typed into when the box is editable, so a non-editable box does not expose it.
    Binding {
        target: control.contentItem
        property: "Accessible.ignored"
        value: !control.editable
    }
    // An editable box's text field takes the focus itself: it answers to the box's name.
    readonly property string accessibleName: Accessible.name
    Binding {
        target: control.contentItem
        property: "Accessible.name"
        value: control.accessibleName
        when: control.editable
    }

    // Fusion leaves 4 px before the text; text fields have 12.
    leftPadding: padding + Theme.spaceS + (!control.mirrored || !indicator || !indicator.visible ? 0 : indicator.width + spacing)
    background: Rectangle {
        implicitWidth: 120
        implicitHeight: Theme.controlHeight
        radius: Theme.radius
        color: !control.enabled ? Theme.disabledFill : control.down ? Theme.accentLight : Theme.surface
        border.width: control.activeFocus ? 2 : 1
        border.color: control.activeFocus ? Theme.text : Theme.fieldBorder

        FocusRing {
            shown: control.visualFocus || (control.editable && control.activeFocus)
        }
    }

    implicitWidth: Math.max(Theme.minimumTouchTarget,
                            implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)

    // Without ComponentBehavior (Qt 6.5+) qmllint 6.4 cannot see that the row is only ever
    // made by this combo box, so its reads of `control` are allowed here.
    // qmllint disable unqualified
    delegate: MenuItem {
        required property var model
        required property int index

        width: ListView.view.width
        // A list (array) model has its rows in modelData; an item model has roles.
        text: control.textRole ? (Array.isArray(control.model) ? model.modelData[control.textRole] : model[control.textRole]) : model.modelData
        font.weight: control.currentIndex === index ? Font.DemiBold : Font.Normal
        highlighted: control.highlightedIndex === index
        hoverEnabled: control.hoverEnabled
    }
    // qmllint enable unqualified
}
