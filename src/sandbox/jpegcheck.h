#pragma once

#include <QByteArray>
#include <QString>

namespace zkgrad::sandbox {

/** What the server learned about an uploaded JPEG, or why it refuses it. */
struct JpegInfo
{
    bool ok = false;
    QString reason; ///< ok, not-jpeg, no-frame, precision, components, dimensions, decode
    int width = 0;
    int height = 0;
    int components = 0;
    bool progressive = false;
    /** Bytes up to and including the end-of-image marker; anything after it is not the image. */
    qsizetype end = 0;
};

/**
 * Where the image in @p data ends: the offset just past the first EOI marker that follows
 * the scans (markers walked by their lengths, entropy-coded data skipped), or -1.
 */
[[nodiscard]] qsizetype jpegEnd(const QByteArray &data);

/**
 * Checks that @p data is a JPEG by content: SOI, a frame header parsed from
 * the markers, sane dimensions, and a full decode with libjpeg-turbo that
 * stops on any warning (a truncated or corrupt file fails).
 */
[[nodiscard]] JpegInfo inspectJpeg(const QByteArray &data);

} // namespace zkgrad::sandbox
