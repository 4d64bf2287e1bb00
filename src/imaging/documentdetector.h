#pragma once

#include <QImage>
#include <QPointF>
#include <QSize>
#include <QString>

#include <array>

namespace zkgrad::imaging {

/** Which document a slot expects: its true aspect ratio and how large it may appear. */
enum class DocumentKind {
    IdCard, ///< ID card, 85.6 x 54 mm, landscape
    Page, ///< A4 page, 210 x 297 mm, portrait
};

/** What the photo pipeline does about documents: find one and straighten it, or not. */
enum class DocumentMode { Off, Auto };

/** A document found in a photo: four corners, clockwise from the top-left of the document. */
struct DocumentQuad
{
    bool found = false;
    /// Top-left, top-right, bottom-right, bottom-left of the document (not of the photo),
    /// in pixels of the image that was searched (or of the full photo, when mapped).
    std::array<QPointF, 4> corners;
    double confidence = 0; ///< 0..1: how much of the outline is backed by edges
    DocumentKind kind = DocumentKind::IdCard;

    /** The same quadrilateral in an image scaled by @p fx, @p fy. */
    [[nodiscard]] DocumentQuad scaled(double fx, double fy) const;
};

/** Width / height of @p kind as it is read (ID card landscape, A4 portrait). */
[[nodiscard]] double documentAspect(DocumentKind kind);

/** Finds the document in @p image (RGB888 or Grayscale8, upright). Works on a copy of at most
 *  about 1000 px; the corners are in @p image's pixels. Returns found = false when no outline
 *  is convincing: a photo without a document must not be cut. */
[[nodiscard]] DocumentQuad detectDocument(const QImage &image, DocumentKind kind);

/** The output size for straightening @p quad: the document's true aspect ratio, the long side
 *  at most @p maxLongSide and not much more than the pixels the photo has on that side. */
[[nodiscard]] QSize straightenedSize(const DocumentQuad &quad, int maxLongSide);

/** Warps @p quad of @p image (RGB888 or Grayscale8) to a @p size rectangle. */
[[nodiscard]] QImage straightenDocument(const QImage &image, const DocumentQuad &quad, QSize size);

/** Evens out the light of a straightened document: paper to near-white, ink dark, colour cast
 *  removed. For documents only; the signature has its own clean-up. */
[[nodiscard]] QImage levelDocumentLight(const QImage &document);

} // namespace zkgrad::imaging
