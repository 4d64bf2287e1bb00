pragma Singleton

import QtQuick
import ZkGrad

// Colours and sizes shared by every page, so the look stays consistent and the
// large-text mode (适老化) and the kiosk's touch sizes scale it in one place.
QtObject {
    readonly property color accent: "#1c5fb0"
    readonly property color accentLight: "#e6eef8"
    readonly property color success: "#23863b"
    readonly property color warning: "#b35c00"
    readonly property color warningLight: "#fff4e0"
    readonly property color danger: "#c0262d"
    readonly property color dangerLight: "#fdecec"
    readonly property color muted: "#6b7280"
    readonly property color border: "#d4d8de"
    readonly property color surface: "#ffffff"
    readonly property color background: "#f4f6f9"
    readonly property color text: "#1f2329"

    // Kiosk mode: shared touch screens, so every target is at least 44 px.
    readonly property bool kiosk: KioskController.enabled
    // Large text scales every font by 1.3 (the window's font and the headings below).
    readonly property real fontScale: KioskController.largeText ? 1.3 : 1.0

    // The system font size, so text follows the user's setting; headings scale from it.
    readonly property FontMetrics metrics: FontMetrics {}
    readonly property real systemPointSize: metrics.font.pointSize > 0 ? metrics.font.pointSize : 10
    readonly property real basePointSize: systemPointSize * fontScale

    readonly property int spacing: 12
    readonly property int padding: 20
    readonly property int radius: 6
    readonly property int sidebarWidth: 236
    readonly property int minimumTouchTarget: kiosk ? 44 : 36
    readonly property real titleScale: 1.6
    readonly property real headingScale: 1.2
}
