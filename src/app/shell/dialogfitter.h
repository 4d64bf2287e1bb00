#pragma once

#include <QColor>
#include <QObject>
#include <QtQmlIntegration>

class QQuickItem;

/**
 * Fits Qt Quick Dialogs' own dialogs (the non-native file dialog), which no style of the app
 * reaches, to the app: the current row readable everywhere, and at kiosks every control a
 * fingertip in size (from Qt 6.8 the dialog is built from Fusion's 40 px controls).
 */
class DialogFitter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /**
     * Fits the dialogs shown in the window of @p dialog (a QtQuick.Dialogs dialog): their
     * highlighted rows are written in @p highlightedText, and when @p minimumTouch is above 0 their
     * controls are made at least that many px. Call it once the dialog is shown; calling it again
     * changes nothing.
     */
    Q_INVOKABLE void fit(QObject *dialog, const QColor &highlightedText, qreal minimumTouch);

private:
    /**
     * Every button, combo box and text field under @p root (its QObject and item children,
     * popups included) gets vertical padding, buttons also horizontal padding, until it is
     * @p minimum px in both directions. Lists, popups and combo boxes under @p root are watched,
     * so rows and menus made later (scrolling, another folder, a list opened) are sized too.
     * Controls already big enough are left as they are, so calling it again changes nothing.
     */
    void fitTree(QObject *root, qreal minimum);
    void fitControl(QQuickItem *control, qreal minimum);
    void watch(QObject *object, qreal minimum);
};
