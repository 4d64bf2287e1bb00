pragma Singleton

import QtQuick

// Colours and sizes shared by every page, so the look stays consistent and a
// large-text mode can scale it in one place.
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

    // The system font size, so text follows the user's setting; headings scale from it.
    readonly property FontMetrics metrics: FontMetrics {}
    readonly property real basePointSize: metrics.font.pointSize > 0 ? metrics.font.pointSize : 10

    readonly property int spacing: 12
    readonly property int padding: 20
    readonly property int radius: 6
    readonly property int sidebarWidth: 236
    readonly property int minimumTouchTarget: 36
    readonly property real titleScale: 1.6
    readonly property real headingScale: 1.2
}
