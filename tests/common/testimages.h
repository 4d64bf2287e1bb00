#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPen>
#include <QSize>

namespace zkgrad::testing {

/**
 * An APP1 segment with only an orientation tag (big-endian TIFF), plus a fake GPS IFD
 * pointer, so "rotated phone photo" and "no metadata in the output" can be tested.
 */
inline QByteArray exifSegment(int orientation)
{
    QByteArray p("Exif\0\0", 6);
    p += QByteArray("MM\0\x2a\0\0\0\x08", 8);
    p += QByteArray("\0\x02", 2); // two entries
    p += QByteArray("\x01\x12\0\x03\0\0\0\x01", 8);
    p += char(0);
    p += char(orientation);
    p += QByteArray("\0\0", 2);
    p += QByteArray("\x88\x25\0\x04\0\0\0\x01\0\0\0\0", 12); // GPSInfo
    p += QByteArray("\0\0\0\0", 4);
    QByteArray seg("\xFF\xE1", 2);
    const int len = int(p.size()) + 2;
    seg += char(len >> 8);
    seg += char(len & 0xFF);
    return seg + p;
}

/** @p jpeg with an EXIF orientation segment right after SOI. */
inline QByteArray withExif(const QByteArray &jpeg, int orientation)
{
    return jpeg.left(2) + exifSegment(orientation) + jpeg.mid(2);
}

/** A JPEG of light paper with rows of dark strokes: sharp enough for the pipeline's checks. */
inline QByteArray documentJpeg(QSize size)
{
    QImage image(size, QImage::Format_RGB888);
    image.fill(QColor(236, 233, 226));
    QPainter p(&image);
    p.setPen(QPen(QColor(20, 20, 30), 4));
    for (int y = 40; y < size.height() - 40; y += 40) {
        for (int x = 40; x < size.width() - 80; x += 80)
            p.drawLine(x, y, x + 40, y + 13);
    }
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 92);
    return bytes;
}

} // namespace zkgrad::testing
