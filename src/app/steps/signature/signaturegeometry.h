#pragma once

#include <QImage>
#include <QPointF>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QTransform>

/** Pure crop maths of the signature step: orientation, view mapping, crop box, ink box, levels. */
namespace SignatureGeometry {

/** The eight handles of the crop box, clockwise from the top-left corner. */
enum class Handle { TopLeft, Top, TopRight, Right, BottomRight, Bottom, BottomLeft, Left };

/** Smallest crop side in source pixels: below it the signature purpose refuses the result. */
inline constexpr int MinCropSide = 150;

/** Size of a stored image of @p stored after EXIF @p orientation (1..8) and @p quarterTurns. */
[[nodiscard]] QSize displaySize(QSize stored, int orientation, int quarterTurns);

/** Maps stored (file) pixel coordinates to the upright, rotated image the crop box lives in. */
[[nodiscard]] QTransform storedToDisplay(QSize stored, int orientation, int quarterTurns);

/** @p rect of an image of @p size turned clockwise by @p quarterTurns (negative: anticlockwise). */
[[nodiscard]] QRect rotateRect(const QRect &rect, QSize size, int quarterTurns);

/** How an image of @p image pixels appears in a view of @p view: fitted, then zoomed and panned. */
struct ViewMapping
{
    QSizeF view;
    QSize image;
    double zoom = 1.0; ///< 1 = the whole image fits the view
    QPointF pan; ///< view pixels the image is moved by from the centred position

    /** View pixels per source pixel. */
    [[nodiscard]] double scale() const;
    /** Where the image's top-left corner is in the view. */
    [[nodiscard]] QPointF origin() const;
    [[nodiscard]] QPointF toView(QPointF source) const;
    [[nodiscard]] QPointF toSource(QPointF view) const;
    [[nodiscard]] QRectF toView(const QRectF &source) const;
    [[nodiscard]] QRectF toSource(const QRectF &view) const;
};

/** @p rect moved (not resized) so that it lies inside @p image, shrunk only if larger. */
[[nodiscard]] QRect keepInside(const QRect &rect, QSize image);
/** @p rect moved by @p delta source pixels, stopping at the image's edges. */
[[nodiscard]] QRect moveBox(const QRect &rect, QPoint delta, QSize image);
/** @p rect with @p handle dragged by @p delta, never smaller than @p minSide, never outside. */
[[nodiscard]] QRect dragHandle(const QRect &rect, Handle handle, QPoint delta, QSize image,
                               int minSide = MinCropSide);
/** The smallest side a box can have in an image of @p image (small images allow smaller boxes). */
[[nodiscard]] int effectiveMinSide(QSize image, int minSide = MinCropSide);

/** Bounding box of the ink (pixels darker than the paper by a margin), padded by @p padding
 *  pixels; null when there is no ink. The paper level is the image's bright percentile. */
[[nodiscard]] QRect inkBounds(const QImage &image, int padding = 12);

/** Levels chosen from the image: the ink's and the paper's grey levels. */
struct Levels
{
    int black = 0; ///< at or below: pure black
    int white = 255; ///< at or above: pure white
};
/** Suggests levels from the histogram of @p image (paper: bright peak; ink: dark percentile). */
[[nodiscard]] Levels suggestLevels(const QImage &image);
/** Whitens the paper and darkens the ink with a monotone tone curve on grey: every pixel keeps
 *  its place and order of darkness, so stroke shapes do not change. Returns Grayscale8. */
[[nodiscard]] QImage applyLevels(const QImage &image, Levels levels);

} // namespace SignatureGeometry
