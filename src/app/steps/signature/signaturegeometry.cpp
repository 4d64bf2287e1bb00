#include "steps/signature/signaturegeometry.h"

#include <QtMath>

#include <algorithm>
#include <array>

namespace SignatureGeometry {

namespace {
// One clockwise quarter turn of an image of width w and height h (continuous coordinates).
QTransform quarterTurn(double h)
{
    // (x, y) -> (h - y, x)
    return QTransform(0, 1, -1, 0, h, 0);
}

QImage toGray(const QImage &image)
{
    return image.format() == QImage::Format_Grayscale8
        ? image
        : image.convertToFormat(QImage::Format_Grayscale8);
}

std::array<int, 256> histogram(const QImage &gray)
{
    std::array<int, 256> hist {};
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ++hist.at(line[x]);
    }
    return hist;
}

int percentile(const std::array<int, 256> &hist, double fraction)
{
    qint64 total = 0;
    for (int n : hist)
        total += n;
    const qint64 wanted = qint64(double(total) * fraction);
    qint64 seen = 0;
    for (int v = 0; v < 256; ++v) {
        seen += hist.at(v);
        if (seen > wanted)
            return v;
    }
    return 255;
}

// Grey level below which a pixel counts as ink: well under the paper, whatever its shade.
int inkThreshold(int paper)
{
    return paper - std::max(48, paper / 4);
}
} // namespace

QSize displaySize(QSize stored, int orientation, int quarterTurns)
{
    const bool swapped =
        (orientation >= 5 && orientation <= 8) != (((quarterTurns % 2) + 2) % 2 == 1);
    return swapped ? stored.transposed() : stored;
}

QTransform storedToDisplay(QSize stored, int orientation, int quarterTurns)
{
    const double w = stored.width();
    const double h = stored.height();
    QTransform t;
    switch (orientation) {
    case 2: // mirrored horizontally
        t = QTransform(-1, 0, 0, 1, w, 0);
        break;
    case 3: // 180°
        t = QTransform(-1, 0, 0, -1, w, h);
        break;
    case 4: // mirrored vertically
        t = QTransform(1, 0, 0, -1, 0, h);
        break;
    case 5: // transposed
        t = QTransform(0, 1, 1, 0, 0, 0);
        break;
    case 6: // needs 90° clockwise
        t = quarterTurn(h);
        break;
    case 7: // transverse
        t = QTransform(0, -1, -1, 0, h, w);
        break;
    case 8: // needs 90° anticlockwise
        t = QTransform(0, -1, 1, 0, 0, w);
        break;
    default:
        break;
    }
    QSizeF size = (orientation >= 5 && orientation <= 8) ? QSizeF(h, w) : QSizeF(w, h);
    const int turns = ((quarterTurns % 4) + 4) % 4;
    for (int i = 0; i < turns; ++i) {
        t = t * quarterTurn(size.height());
        size.transpose();
    }
    return t;
}

QRect rotateRect(const QRect &rect, QSize size, int quarterTurns)
{
    return storedToDisplay(size, 1, quarterTurns).mapRect(QRectF(rect)).toAlignedRect();
}

double ViewMapping::scale() const
{
    if (image.isEmpty() || view.isEmpty())
        return 1.0;
    return std::min(view.width() / image.width(), view.height() / image.height()) * zoom;
}

QPointF ViewMapping::origin() const
{
    const double s = scale();
    return QPointF((view.width() - image.width() * s) / 2, (view.height() - image.height() * s) / 2)
        + pan;
}

QPointF ViewMapping::toView(QPointF source) const
{
    return origin() + source * scale();
}

QPointF ViewMapping::toSource(QPointF view) const
{
    return (view - origin()) / scale();
}

QRectF ViewMapping::toView(const QRectF &source) const
{
    return QRectF(toView(source.topLeft()), source.size() * scale());
}

QRectF ViewMapping::toSource(const QRectF &view) const
{
    return QRectF(toSource(view.topLeft()), view.size() / scale());
}

int effectiveMinSide(QSize image, int minSide)
{
    return std::max(1, std::min({ minSide, image.width(), image.height() }));
}

QRect keepInside(const QRect &rect, QSize image)
{
    const int w = std::clamp(rect.width(), 1, std::max(1, image.width()));
    const int h = std::clamp(rect.height(), 1, std::max(1, image.height()));
    const int x = std::clamp(rect.x(), 0, std::max(0, image.width() - w));
    const int y = std::clamp(rect.y(), 0, std::max(0, image.height() - h));
    return QRect(x, y, w, h);
}

QRect moveBox(const QRect &rect, QPoint delta, QSize image)
{
    return keepInside(rect.translated(delta), image);
}

QRect dragHandle(const QRect &rect, Handle handle, QPoint delta, QSize image, int minSide)
{
    const QRect box = keepInside(rect, image);
    const int min = effectiveMinSide(image, minSide);
    int left = box.x();
    int top = box.y();
    int right = box.x() + box.width(); // exclusive
    int bottom = box.y() + box.height();
    const bool movesLeft =
        handle == Handle::TopLeft || handle == Handle::Left || handle == Handle::BottomLeft;
    const bool movesRight =
        handle == Handle::TopRight || handle == Handle::Right || handle == Handle::BottomRight;
    const bool movesTop =
        handle == Handle::TopLeft || handle == Handle::Top || handle == Handle::TopRight;
    const bool movesBottom =
        handle == Handle::BottomLeft || handle == Handle::Bottom || handle == Handle::BottomRight;
    if (movesLeft)
        left = std::clamp(left + delta.x(), 0, right - min);
    if (movesRight)
        right = std::clamp(right + delta.x(), left + min, image.width());
    if (movesTop)
        top = std::clamp(top + delta.y(), 0, bottom - min);
    if (movesBottom)
        bottom = std::clamp(bottom + delta.y(), top + min, image.height());
    return QRect(left, top, right - left, bottom - top);
}

QRect inkBounds(const QImage &image, int padding)
{
    if (image.isNull())
        return {};
    const QImage gray = toGray(image);
    const auto hist = histogram(gray);
    const int paper = percentile(hist, 0.9);
    // Ruled lines and faint print are darker than the paper but much lighter than the
    // ink: when the darkest pixels are real ink, only what is at least halfway to them counts.
    const int darkest = percentile(hist, 0.002);
    const int threshold = std::min(inkThreshold(paper), (paper + darkest) / 2);
    if (threshold <= 0)
        return {};
    // Row and column counts, so single specks of dust do not stretch the box.
    QList<int> rows(gray.height(), 0);
    QList<int> cols(gray.width(), 0);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] < threshold) {
                ++rows[y];
                ++cols[x];
            }
        }
    }
    const int rowMin = std::max(1, gray.width() / 500);
    const int colMin = std::max(1, gray.height() / 500);
    auto first = [](const QList<int> &counts, int min) {
        for (int i = 0; i < counts.size(); ++i)
            if (counts.at(i) >= min)
                return i;
        return -1;
    };
    auto last = [](const QList<int> &counts, int min) {
        for (int i = int(counts.size()) - 1; i >= 0; --i)
            if (counts.at(i) >= min)
                return i;
        return -1;
    };
    const int top = first(rows, rowMin);
    const int left = first(cols, colMin);
    if (top < 0 || left < 0)
        return {};
    const int bottom = last(rows, rowMin);
    const int right = last(cols, colMin);
    return QRect(QPoint(left, top), QPoint(right, bottom))
        .adjusted(-padding, -padding, padding, padding)
        .intersected(gray.rect());
}

Levels suggestLevels(const QImage &image)
{
    if (image.isNull())
        return {};
    const auto hist = histogram(toGray(image));
    const int paper = percentile(hist, 0.9);
    const int threshold = inkThreshold(paper);
    // The ink's typical darkness: the median of the pixels under the threshold.
    std::array<int, 256> ink {};
    for (int v = 0; v < std::max(0, threshold); ++v)
        ink.at(v) = hist.at(v);
    qint64 inkCount = 0;
    for (int n : ink)
        inkCount += n;
    const int black = inkCount > 0 ? percentile(ink, 0.5) : 0;
    // The paper's darker tenth (shadows, uneven light) still becomes white.
    std::array<int, 256> paperHist {};
    for (int v = std::max(0, threshold); v < 256; ++v)
        paperHist.at(v) = hist.at(v);
    Levels levels;
    levels.white = std::clamp(percentile(paperHist, 0.1), 1, 255);
    levels.black = std::clamp(black, 0, levels.white - 1);
    return levels;
}

QImage applyLevels(const QImage &image, Levels levels)
{
    if (image.isNull())
        return {};
    const int black = std::clamp(levels.black, 0, 254);
    const int white = std::clamp(levels.white, black + 1, 255);
    std::array<uchar, 256> curve {};
    for (int v = 0; v < 256; ++v)
        curve.at(v) = uchar(std::clamp((v - black) * 255 / (white - black), 0, 255));
    QImage out = toGray(image).copy();
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            line[x] = curve.at(line[x]);
    }
    return out;
}

} // namespace SignatureGeometry
