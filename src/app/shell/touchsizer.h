#pragma once

#include <QObject>
#include <QtQmlIntegration>

class QQuickItem;

/**
 * Makes the controls of a piece of UI the app does not style (Qt Quick's own file dialog) at least
 * a fingertip in size, for kiosks: from Qt 6.8 that dialog is built from Fusion's controls, not
 * the app's style, so its buttons and filter box are 40 px tall.
 */
class TouchSizer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /**
     * Sizes Qt Quick Dialogs' own dialogs in the window of @p dialog (a QtQuick.Dialogs dialog)
     * for fingertips of @p minimum px; call it when @p dialog is shown.
     */
    Q_INVOKABLE void fitDialog(QObject *dialog, qreal minimum);

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
