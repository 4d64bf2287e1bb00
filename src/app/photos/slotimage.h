#pragma once

#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQmlIntegration>

class PhotoSlot;
Q_MOC_INCLUDE("photos/photoslot.h")

/** Paints a photo slot's image under review (the whole photo or the straightened result) fitted
 *  to the item; the images stay in C++ memory, never in a file or the QML image cache. */
class SlotImage : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(PhotoSlot *photoSlot READ photoSlot WRITE setPhotoSlot NOTIFY photoSlotChanged)
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY kindChanged)
    /** Pixel size of the image (0 × 0 when there is none). */
    Q_PROPERTY(QSize sourceSize READ sourceSize NOTIFY imageChanged)

public:
    /** Which image to paint. */
    enum Kind { ReviewPhoto, ReviewResult };
    Q_ENUM(Kind)

    explicit SlotImage(QQuickItem *parent = nullptr);

    [[nodiscard]] PhotoSlot *photoSlot() const { return m_slot; }
    void setPhotoSlot(PhotoSlot *slot);
    [[nodiscard]] Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    [[nodiscard]] QSize sourceSize() const { return m_image.size(); }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void photoSlotChanged();
    void kindChanged();
    void imageChanged();

private:
    void refresh();

    QPointer<PhotoSlot> m_slot;
    Kind m_kind = ReviewPhoto;
    QImage m_image;
};
