pragma Singleton

import QtQuick
import ZkGradTheme

// The design's tokens in one place (see /work/shared/design: brand blue, GOV.UK-style errors and
// focus), so every page and the Controls style look the same; kiosk touch sizes and large text
// (适老化) are modes of the same design, fed from C++ through ThemeSettings.
// Every colour pair text/background and control/background is checked for WCAG 2.1 AA contrast
// by tests/unit/tst_themecontrast.cpp: a new colour must be added to its list of pairs.
QtObject {
    // Text and page
    readonly property color text: "#1b1f24"
    readonly property color muted: "#5b6470"
    readonly property color background: "#f5f7fa"
    readonly property color surface: "#ffffff"
    // Dividers and card outlines: decoration only, never the edge of a control.
    readonly property color border: "#d5dae1"
    // The edge of fields, combo boxes and check boxes (3:1 against the page and the card).
    readonly property color fieldBorder: "#6b7480"

    // Brand: the primary action (filled), secondary actions (outlined), links, the current step.
    readonly property color accent: "#1456a8"
    readonly property color accentHover: "#114a91"
    readonly property color accentPressed: "#0e3f7c"
    readonly property color accentLight: "#e6eef8"
    readonly property color textOnAccent: "#ffffff"

    // States
    readonly property color success: "#1e7a46"
    readonly property color warning: "#b54708"
    readonly property color warningLight: "#fff4e0"
    readonly property color danger: "#b42318"
    readonly property color dangerLight: "#fdecec"

    // Disabled controls: exempt from contrast rules (WCAG 1.4.3), but still readable.
    readonly property color disabledText: "#8a929c"
    readonly property color disabledFill: "#eef0f3"

    // Keyboard focus: a dark ring (3:1 against every background) inside a yellow halo.
    readonly property color focusRing: "#1b1f24"
    readonly property color focusHalo: "#f5b800"
    readonly property int focusRingWidth: 2
    // Behind every modal dialog.
    readonly property color scrim: "#991b1f24"

    // Kiosk mode: shared touch screens, so every target is at least 44 px.
    readonly property bool kiosk: ThemeSettings.touch
    // Large text scales every font by 1.3 (the window's font and the headings below).
    readonly property real fontScale: ThemeSettings.largeText ? 1.3 : 1.0

    // The system font size, so text follows the user's setting; headings scale from it.
    readonly property FontMetrics metrics: FontMetrics {}
    readonly property real systemPointSize: metrics.font.pointSize > 0 ? metrics.font.pointSize : 10
    readonly property real basePointSize: systemPointSize * fontScale
    readonly property real titleScale: 1.6
    readonly property real headingScale: 1.2

    // Spacing scale 4-8-12-16-24-48; `spacing` and `padding` are what pages use between and around.
    readonly property int spaceXs: 4
    readonly property int spaceS: 8
    readonly property int spacing: 12
    readonly property int spaceL: 16
    readonly property int padding: 24
    readonly property int spaceXl: 48

    // Radius: 6 for controls, 8 for cards and dialogs.
    readonly property int radius: 6
    readonly property int cardRadius: 8

    readonly property int sidebarWidth: 236
    readonly property int minimumTouchTarget: kiosk ? 44 : 36
    // One height for buttons, text fields and combo boxes, so a row of them lines up.
    readonly property int controlHeight: kiosk ? 48 : 40
}
