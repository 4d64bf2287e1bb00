import QtQuick
import QtQuick.Controls.Fusion as Fusion

// A Fusion menu whose entries made from actions are this style's (fingertip-sized) MenuItem.
Fusion.Menu {
    delegate: MenuItem {}
}
