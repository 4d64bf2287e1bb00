#include "dialogfitter.h"

#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>

#include <cmath>

namespace {

// Set on a list or popup already watched, so opening the dialog again adds no second connection.
constexpr char watchedProperty[] = "_zkgradDialogFitterWatched";

// By class name, not by cast: the controls are Qt Quick Templates' private classes, whose headers
// an application should not need; these names have stayed the same from Qt 6.0 to 6.8.
bool isTouchTarget(const QObject *object)
{
    return object->inherits("QQuickAbstractButton") || object->inherits("QQuickComboBox")
        || object->inherits("QQuickTextField");
}

/**
 * Adds to the padding on both sides (@p before, @p after) so that the control's content and
 * padding reach @p minimum. The styles make a control's implicit size the larger of its
 * background's and its content's plus padding, so the control grows to @p minimum, its text stays
 * centred and the style's look is kept; a background larger than the content (Qt's file rows: a
 * 40 px background around 30 px of text) is why the content, not the implicit size, is measured.
 */
void grow(QQuickItem *control, const char *implicit, const char *content, const char *before,
          const char *after, qreal minimum)
{
    const qreal size = control->property(implicit).toReal();
    if (size >= minimum)
        return;
    const qreal padding = control->property(before).toReal() + control->property(after).toReal();
    const QVariant contentSize = control->property(content);
    const qreal missing = minimum - (contentSize.isValid() ? contentSize.toReal() + padding : size);
    if (missing <= 0)
        return;
    const qreal first = std::ceil(missing / 2);
    control->setProperty(before, control->property(before).toReal() + first);
    control->setProperty(after, control->property(after).toReal() + missing - first);
}

// Qt Quick Dialogs' own dialog (QQuickFileDialogImpl, QQuickFolderDialogImpl, ...): the QML
// types derive from these C++ classes, whose names are the same from Qt 6.2 to 6.8.
bool isQuickDialogImpl(const QObject *object)
{
    for (const QMetaObject *type = object->metaObject(); type; type = type->superClass()) {
        const QByteArrayView name(type->className());
        if (name.startsWith("QQuick") && name.endsWith("DialogImpl"))
            return true;
    }
    return false;
}

} // namespace

void DialogFitter::fit(QObject *dialog, const QColor &highlightedText, qreal minimumTouch)
{
    if (!dialog)
        return;
    // The FileDialog object does not hold the dialog that is shown: that is made by a helper,
    // its child, which gives it to the window when it is shown (in Qt 6.4 as in 6.8), so it is
    // looked for there. (QML could look only in the window's overlay, which from Qt 6.8 no
    // longer holds it.) The dialog names that window in parentWindow up to Qt 6.7; from 6.8
    // parentWindow stays null unless the app sets it, and the window is the one of the item the
    // dialog is declared in.
    QObject *window = dialog->property("parentWindow").value<QObject *>();
    for (QObject *owner = dialog->parent(); !window && owner; owner = owner->parent()) {
        if (auto *item = qobject_cast<QQuickItem *>(owner))
            window = item->window();
    }
    if (!window)
        return;
    const QObjectList objects = window->findChildren<QObject *>();
    for (QObject *object : objects) {
        if (!isQuickDialogImpl(object))
            continue;
        // Qt 6.4's file dialog (its unstyled variant, since our style has none) tints the current
        // row pale and writes on it in the palette's text-on-highlight colour, white in the app:
        // 1.2:1. The popup's palette reaches its rows, whatever window it is shown in.
        if (highlightedText.isValid()) {
            if (auto *palette = object->property("palette").value<QObject *>())
                palette->setProperty("highlightedText", highlightedText);
        }
        if (minimumTouch > 0)
            fitTree(object, minimumTouch);
    }
}

void DialogFitter::fitTree(QObject *root, qreal minimum)
{
    if (!root || minimum <= 0)
        return;
    QSet<QObject *> seen;
    QList<QObject *> pending { root };
    while (!pending.isEmpty()) {
        QObject *object = pending.takeLast();
        if (!object || seen.contains(object))
            continue;
        seen.insert(object);
        if (auto *item = qobject_cast<QQuickItem *>(object)) {
            if (isTouchTarget(item))
                fitControl(item, minimum);
            // A list's rows are items of its content item, not necessarily its QObject children.
            const QList<QQuickItem *> childItems = item->childItems();
            for (QQuickItem *child : childItems)
                pending.append(child);
        }
        watch(object, minimum);
        // Popups (a combo box's list, the overwrite question) are QObject children only.
        const QObjectList children = object->children();
        for (QObject *child : children)
            pending.append(child);
    }
}

void DialogFitter::fitControl(QQuickItem *control, qreal minimum)
{
    // Controls (QQuickControl) measure their content as implicitContentHeight; a text field,
    // a text input underneath, as contentHeight.
    const bool field = control->inherits("QQuickTextField");
    grow(control, "implicitHeight", field ? "contentHeight" : "implicitContentHeight", "topPadding",
         "bottomPadding", minimum);
    // Only buttons are widened: a combo box's side padding makes room for its arrow (a binding
    // in the styles), and a text field is as wide as its layout makes it.
    if (control->inherits("QQuickAbstractButton") && control->width() < minimum)
        grow(control, "implicitWidth", "implicitContentWidth", "leftPadding", "rightPadding",
             minimum);
}

void DialogFitter::watch(QObject *object, qreal minimum)
{
    // Items whose children come later: a list's rows come and go as it scrolls or shows another
    // folder; a popup's contents may be made only when it first opens.
    QQuickItem *container = nullptr;
    if (object->inherits("QQuickFlickable"))
        container = object->property("contentItem").value<QQuickItem *>();
    else if (object->inherits("QQuickPopupItem"))
        container = qobject_cast<QQuickItem *>(object);
    if (container && !container->property(watchedProperty).toBool()) {
        container->setProperty(watchedProperty, true);
        QPointer<DialogFitter> self(this);
        // Queued: children also change while a tree is torn down, when nothing may be walked;
        // a call queued for a container that is gone is dropped with it.
        connect(
            container, &QQuickItem::childrenChanged, container,
            [self, container, minimum] {
                if (self)
                    self->fitTree(container, minimum);
            },
            Qt::QueuedConnection);
    }
    // The list a combo box opens is made on first use; asking for it makes it now.
    if (object->inherits("QQuickComboBox")) {
        if (auto *list = object->property("popup").value<QObject *>())
            fitTree(list, minimum);
    }
}
