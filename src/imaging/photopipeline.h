#pragma once

#include "documentdetector.h"
#include "photoinfo.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRect>
#include <QStringList>

#include <functional>

namespace zkgrad::imaging {

/** Returns true when the caller wants the work to stop (checked between stages). */
using CancelCheck = std::function<bool()>;

/** Geometry rules of a purpose: how large the result may be and how small it should not be. */
struct PurposeRules
{
    int maxLongSide = 1600; ///< never output a longer side
    int recommendedLongSide = 1000; ///< a source smaller than this gets a "may be unclear" warning
    int minLongSide = 400; ///< a result smaller than this is refused as unreadable
    int minQuality = 40; ///< the legibility floor of the JPEG quality
};

/** The rules for @p purpose (id-card 1200 px, document 1600 px, signature 800 px). */
[[nodiscard]] PurposeRules rulesFor(PhotoPurpose purpose);

/** What fitPhoto() should make. */
struct FitOptions
{
    qint64 maxBytes = 50'000; ///< the batch rules' image limit; the output never exceeds it
    int maxSide = 0; ///< longest side in pixels; 0 = the purpose's maximum (a smaller value wins)
    PhotoPurpose purpose = PhotoPurpose::Document;
    QRect crop; ///< full-resolution pixels of the upright, rotated image; null = everything
    int quarterTurns = 0; ///< extra clockwise rotation after the EXIF orientation
    PhotoLimits limits;
    int maxQuality = 92; ///< no point in spending bytes beyond this
    int minQuality = 0; ///< legibility floor; 0 = the purpose's floor (below it, fewer pixels)
    /// Auto: find the ID card (id-card purpose) or page (document purpose), straighten it and
    /// even out its light; the whole photo when none is found. Never for signatures or crops.
    DocumentMode document = DocumentMode::Off;
    /// The document's corners set by hand (top-left, top-right, bottom-right, bottom-left, in
    /// full-resolution pixels of the upright, rotated image): straightened without detection.
    QList<QPointF> documentCorners;
    /// When > 0, FitResult::sourcePreview is the whole upright, rotated photo at most this long,
    /// taken from the one decode (the view where the candidate checks the corners).
    int sourcePreviewSide = 0;
};

/** The outcome of fitPhoto(): the JPEG (if any), what was done and what was found. */
struct FitResult
{
    QByteArray jpeg; ///< baseline JPEG, 4:2:0 (or grayscale), no metadata; empty on refusal
    int width = 0;
    int height = 0;
    int quality = 0;
    bool grayscale = false;
    qint64 bytes = 0;
    QStringList steps; ///< what the pipeline did, in order (English, for logs and --json)
    QList<PhotoIssue> issues; ///< errors (refused) and warnings (may be unclear)
    PhotoInfo source;
    double sharpness = -1; ///< variance of the Laplacian of luma at 512 px (-1 = not measured)
    double edgeSharpness = -1; ///< ops::sharpness()'s contrast-free measure at the edges
    /// The document that was straightened (found = false: the whole photo was kept), corners in
    /// full-resolution pixels of the upright, rotated image.
    DocumentQuad document;
    /// The whole upright, rotated photo scaled down (FitOptions::sourcePreviewSide; else null).
    QImage sourcePreview;

    [[nodiscard]] bool ok() const { return !jpeg.isEmpty(); }
    [[nodiscard]] PhotoIssue firstError() const;
};

/** What analyzePhoto() found: the header plus the "may be unclear" checks on pixels. */
struct PhotoCheck
{
    PhotoInfo info;
    QList<PhotoIssue> issues; ///< info.issues plus warnings
    double sharpness = -1;
    double edgeSharpness = -1;
    [[nodiscard]] bool ok() const;
};

/** Decodes an inspected photo to RGB888 or Grayscale8, upright, alpha flattened onto white.
 *  @p minLongSide lets JPEG decoding use DCT scaling: the result's long side is at least
 *  that (or the full size). @p error receives the issue on failure. */
[[nodiscard]] QImage decodePhoto(const QByteArray &bytes, const PhotoInfo &info, int minLongSide,
                                 PhotoIssue *error);

/** Inspects, decodes and runs the sharpness and size checks. */
[[nodiscard]] PhotoCheck analyzePhoto(const QByteArray &bytes, const QString &fileName,
                                      PhotoPurpose purpose = PhotoPurpose::Document,
                                      const PhotoLimits &limits = {});

/** The whole pipeline: inspect, decode, orient, rotate, crop, scale, encode to the budget. */
[[nodiscard]] FitResult fitPhoto(const QByteArray &bytes, const QString &fileName,
                                 const FitOptions &options = {}, const CancelCheck &cancelled = {});

/** Encodes a decoded image to the budget: the highest quality that fits (two trial encodes at a
 *  time, predicted from the sizes so far), then smaller steps when the floor does not fit. */
[[nodiscard]] FitResult fitImage(const QImage &image, const QString &fileName,
                                 const FitOptions &options, const CancelCheck &cancelled = {});

/** The document kind a purpose expects (id-card: card, document: page); false for signatures. */
[[nodiscard]] bool documentKindFor(PhotoPurpose purpose, DocumentKind *kind);

/** Finds the document of @p purpose in a photo, decoding only a DCT-scaled copy of about 1000 px.
 *  The corners are in full-resolution pixels of the upright image turned by @p quarterTurns.
 *  @p decodeMs and @p detectMs receive the times when given, @p detectCpuMs the CPU time of the
 *  detection (all threads; on a busy machine the wall time says little). */
[[nodiscard]] DocumentQuad detectDocumentInPhoto(const QByteArray &bytes, const QString &fileName,
                                                 PhotoPurpose purpose, int quarterTurns,
                                                 const PhotoLimits &limits, PhotoIssue *error,
                                                 qint64 *decodeMs = nullptr,
                                                 qint64 *detectMs = nullptr,
                                                 qint64 *detectCpuMs = nullptr);

/** Reads a file with the size limit first; on failure @p error is set and the result is empty. */
[[nodiscard]] QByteArray readPhotoFile(const QString &path, const PhotoLimits &limits,
                                       PhotoIssue *error);

namespace ops {
/** Applies EXIF orientation @p orientation (1..8) so the image is upright. */
[[nodiscard]] QImage orient(const QImage &image, int orientation);
/** Rotates clockwise by @p quarterTurns * 90 degrees. */
[[nodiscard]] QImage rotate(const QImage &image, int quarterTurns);
/** Downscale: Lanczos-3 for reductions under 3x, area averaging above; never upscales. Large
 *  images are done in two halves on two threads. */
[[nodiscard]] QImage downscale(const QImage &image, int width, int height);
/** Variance of the 4-neighbour Laplacian on luma, at most 512 px on the long side.
 *  @p edgeSharpness (optional) receives a measure that neither contrast nor smooth areas lower:
 *  at the 5 % strongest gradients, sum of squared Laplacian over sum of squared gradient (about
 *  1 / edge width squared; sharp photos 1.5-4, a 1 px blur at this scale about 0.1). */
[[nodiscard]] double sharpness(const QImage &image, double *edgeSharpness = nullptr);
/** Encodes RGB888/Grayscale8 as baseline JPEG (4:2:0 or gray), no metadata; empty on failure. */
[[nodiscard]] QByteArray encodeJpeg(const QImage &image, int quality);
} // namespace ops

} // namespace zkgrad::imaging

Q_DECLARE_METATYPE(zkgrad::imaging::FitResult)
