#include "kiosk/memoryimageprovider.h"

#include "photos/photoslot.h"

#include <QBuffer>
#include <QImageReader>

MemoryImageProvider::MemoryImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{ }

QImage MemoryImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // "<key>/<revision>": the revision only makes Image ask again for a new result.
    QByteArray jpeg = PhotoSlot::memoryImage(id.section(u'/', 0, 0));
    QBuffer buffer(&jpeg);
    QImageReader reader(&buffer, "jpeg");
    // As Image reads a file by default (autoTransform: false): the fitted JPEG is upright.
    reader.setAutoTransform(false);
    const QSize full = reader.size();
    if (requestedSize.width() > 0 && requestedSize.height() > 0 && full.isValid())
        reader.setScaledSize(full.scaled(requestedSize, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (size)
        *size = full.isValid() ? full : image.size();
    return image;
}
