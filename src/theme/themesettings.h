#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QtQmlIntegration>

/**
 * What the design's tokens depend on at run time (touch sizes at kiosks, large text), set by
 * the application from C++ so the theme and the style never import the app module.
 */
class ThemeSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // Shared touch screens (kiosk mode): every target a fingertip (44 px) or more.
    Q_PROPERTY(bool touch READ touch WRITE setTouch NOTIFY touchChanged)
    // Large text (适老化): every font 1.3 times larger.
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)

public:
    // No default constructor: Qt 6.4 would then make its own instance instead of calling create().
    explicit ThemeSettings(QObject *parent)
        : QObject(parent)
    { }

    static ThemeSettings *create(QQmlEngine *, QJSEngine *);
    // The application's settings, created in main() and living as long as the engine.
    static void setInstance(ThemeSettings *instance);

    [[nodiscard]] bool touch() const { return m_touch; }
    void setTouch(bool touch);
    [[nodiscard]] bool largeText() const { return m_largeText; }
    void setLargeText(bool largeText);

Q_SIGNALS:
    void touchChanged();
    void largeTextChanged();

private:
    bool m_touch = false;
    bool m_largeText = false;
};
