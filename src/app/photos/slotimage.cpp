#include "photos/slotimage.h"

#include "photos/photoslot.h"

#include <QPainter>

SlotImage::SlotImage(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void SlotImage::setPhotoSlot(PhotoSlot *slot)
{
    if (slot == m_slot)
        return;
    if (m_slot)
        disconnect(m_slot, nullptr, this, nullptr);
    m_slot = slot;
    if (m_slot)
        connect(m_slot, &PhotoSlot::reviewChanged, this, &SlotImage::refresh);
    refresh();
    Q_EMIT photoSlotChanged();
}

void SlotImage::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refresh();
    Q_EMIT kindChanged();
}

void SlotImage::refresh()
{
    QImage image;
    if (m_slot)
        image = m_kind == ReviewPhoto ? m_slot->reviewPhoto() : m_slot->reviewResult();
    // Corner moves re-emit reviewChanged: repaint only when the image itself changed.
    if (image.cacheKey() == m_image.cacheKey())
        return;
    const bool resized = image.size() != m_image.size();
    m_image = image;
    if (resized)
        Q_EMIT imageChanged();
    update();
}

void SlotImage::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    const QSizeF fitted = QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                        fitted);
    painter->drawImage(target, m_image);
}
