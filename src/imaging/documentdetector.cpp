// Document detection (issue 21): the ID card or page in a phone photo as a
// quadrilateral, straightened to its true aspect ratio, light evened out.
// OpenCV core + imgproc do the pixel work (edges, contours, polygon fitting,
// the perspective warp); this file decides which outline is the document.
#include "documentdetector.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace zkgrad::imaging {

namespace {

// The search runs on a copy of about this many pixels on the long side: the
// smallest card the issue expects (20 % of the width) is still ~200 px wide,
// so 2 % of its diagonal is several pixels, and edges cost a few ms.
constexpr int kWorkLongSide = 1000;

cv::Mat wrap(const QImage &image)
{
    const int type = image.format() == QImage::Format_Grayscale8 ? CV_8UC1 : CV_8UC3;
    // OpenCV does not write through a Mat made from const data here.
    return cv::Mat(image.height(), image.width(), type, const_cast<uchar *>(image.constBits()),
                   size_t(image.bytesPerLine()));
}

QImage toImage(const cv::Mat &mat)
{
    const QImage::Format format =
        mat.channels() == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    QImage image(mat.cols, mat.rows, format);
    for (int y = 0; y < mat.rows; ++y)
        std::copy_n(mat.ptr<uchar>(y), size_t(mat.cols) * size_t(mat.channels()),
                    image.scanLine(y));
    return image;
}

double length(cv::Point2f a, cv::Point2f b)
{
    return std::hypot(double(a.x - b.x), double(a.y - b.y));
}

/** Orders four points clockwise (y down) starting anywhere. */
std::array<cv::Point2f, 4> clockwise(const std::vector<cv::Point2f> &pts)
{
    cv::Point2f c(0, 0);
    for (const auto &p : pts)
        c += p;
    c *= 0.25f;
    std::array<cv::Point2f, 4> out;
    std::copy_n(pts.begin(), 4, out.begin());
    std::sort(out.begin(), out.end(), [c](cv::Point2f a, cv::Point2f b) {
        return std::atan2(a.y - c.y, a.x - c.x) < std::atan2(b.y - c.y, b.x - c.x);
    });
    return out;
}

/** Rotates the clockwise order so that the document reads the right way round: the first side
 *  is a long side for a card (landscape) and a short side for a page (portrait), and of the two
 *  candidates the one nearer the top of the photo comes first (the photo is upright). */
std::array<cv::Point2f, 4> documentOrder(std::array<cv::Point2f, 4> q, DocumentKind kind)
{
    const double a = length(q[0], q[1]) + length(q[2], q[3]);
    const double b = length(q[1], q[2]) + length(q[3], q[0]);
    const bool firstIsLong = a >= b;
    const bool wantLong = kind == DocumentKind::IdCard;
    int start = firstIsLong == wantLong ? 0 : 1;
    const double topY = q[start].y + q[(start + 1) % 4].y;
    const double bottomY = q[(start + 2) % 4].y + q[(start + 3) % 4].y;
    if (bottomY < topY)
        start += 2;
    std::array<cv::Point2f, 4> r;
    for (int i = 0; i < 4; ++i)
        r[i] = q[(start + i) % 4];
    return r;
}

/** Fraction of the sampled points along each side that lie on an edge; the weakest side. */
double edgeSupport(const cv::Mat &edges, const std::array<cv::Point2f, 4> &q)
{
    double weakest = 1.0;
    for (int s = 0; s < 4; ++s) {
        const cv::Point2f a = q[s], b = q[(s + 1) % 4];
        const double len = length(a, b);
        const int n = std::max(8, int(len / 2));
        int hits = 0, total = 0;
        // The ends are skipped: cards have rounded corners.
        for (int i = 0; i <= n; ++i) {
            const double t = 0.08 + 0.84 * i / n;
            const int x = int(std::lround(a.x + t * (b.x - a.x)));
            const int y = int(std::lround(a.y + t * (b.y - a.y)));
            if (x < 0 || y < 0 || x >= edges.cols || y >= edges.rows)
                continue;
            ++total;
            if (edges.at<uchar>(y, x))
                ++hits;
        }
        weakest = std::min(weakest, total ? double(hits) / total : 0.0);
    }
    return weakest;
}

/** The profile slot of offset @p k in -steps..steps. */
size_t sampleIndex(int k, int steps)
{
    const int index = k + steps;
    return static_cast<size_t>(index);
}

float bilinear(const cv::Mat &m, float x, float y)
{
    const int x0 = int(x), y0 = int(y);
    const float fx = x - x0, fy = y - y0;
    const float *r0 = m.ptr<float>(y0), *r1 = m.ptr<float>(y0 + 1);
    return (1 - fy) * ((1 - fx) * r0[x0] + fx * r0[x0 + 1])
        + fy * ((1 - fx) * r1[x0] + fx * r1[x0 + 1]);
}

/** Refines each side by a line fit through the gradient peaks across it (sub-pixel: a parabola
 *  through the peak), corners = intersections of the lines, so a card's rounded corners do not
 *  pull them inwards. */
std::array<cv::Point2f, 4> refine(const cv::Mat &magnitude, const std::array<cv::Point2f, 4> &q,
                                  float band)
{
    std::array<cv::Vec4f, 4> lines;
    for (int s = 0; s < 4; ++s) {
        const cv::Point2f a = q[s], b = q[(s + 1) % 4];
        const double len = length(a, b);
        const cv::Point2f dir((b.x - a.x) / float(len), (b.y - a.y) / float(len));
        const cv::Point2f normal(-dir.y, dir.x);
        std::vector<cv::Point2f> pts;
        const int steps = int(band * 4);
        std::vector<float> profile(size_t(2 * steps + 1));
        for (int i = 0; i <= int(len); ++i) {
            const double t = double(i) / len;
            if (t < 0.1 || t > 0.9)
                continue;
            const cv::Point2f p = a + (b - a) * float(t);
            bool inside = true;
            for (int k = -steps; k <= steps && inside; ++k) {
                const cv::Point2f r = p + normal * (k * 0.25f);
                if (r.x < 0 || r.y < 0 || r.x >= magnitude.cols - 1 || r.y >= magnitude.rows - 1)
                    inside = false;
                else
                    profile[sampleIndex(k, steps)] = bilinear(magnitude, r.x, r.y);
            }
            if (!inside)
                continue;
            const auto peak = std::max_element(profile.begin() + 1, profile.end() - 1);
            if (*peak < 12)
                continue;
            const float l = *(peak - 1), c = *peak, r = *(peak + 1);
            const float denom = l - 2 * c + r;
            const float sub = denom < 0 ? 0.5f * (l - r) / denom : 0.f;
            const float offset = (float(peak - profile.begin() - steps) + sub) * 0.25f;
            pts.push_back(p + normal * offset);
        }
        if (pts.size() < 10) {
            lines[s] = cv::Vec4f(dir.x, dir.y, a.x, a.y);
        } else {
            cv::fitLine(pts, lines[s], cv::DIST_HUBER, 0, 0.01, 0.01);
        }
    }
    std::array<cv::Point2f, 4> out = q;
    for (int i = 0; i < 4; ++i) {
        // Corner i is where side i-1 meets side i.
        const cv::Vec4f l1 = lines[(i + 3) % 4], l2 = lines[i];
        const double det = double(l1[0]) * l2[1] - double(l1[1]) * l2[0];
        if (std::abs(det) < 1e-6)
            continue;
        const double dx = l2[2] - l1[2], dy = l2[3] - l1[3];
        const double t = (dx * l2[1] - dy * l2[0]) / det;
        const cv::Point2f p(float(l1[2] + t * l1[0]), float(l1[3] + t * l1[1]));
        if (length(p, q[i]) < 4 * band)
            out[i] = p;
    }
    return out;
}

/** The weakest side's contrast: median colour distance between just inside and just outside.
 *  A document's outline is a step (paper against table); a tile joint or a printed frame is a
 *  line with the same surface on both sides. */
double sideContrast(const cv::Mat &image, const std::array<cv::Point2f, 4> &q)
{
    cv::Point2f c(0, 0);
    for (const auto &p : q)
        c += p;
    c *= 0.25f;
    double weakest = 1e9;
    for (int s = 0; s < 4; ++s) {
        const cv::Point2f a = q[s], b = q[(s + 1) % 4];
        const double len = length(a, b);
        cv::Point2f normal(-(b.y - a.y) / float(len), (b.x - a.x) / float(len));
        const cv::Point2f mid = (a + b) * 0.5f;
        if ((c - mid).dot(normal) > 0)
            normal = -normal; // pointing outwards
        std::vector<double> d;
        for (int i = 1; i < 24; ++i) {
            const cv::Point2f p = a + (b - a) * float(i / 24.0);
            const cv::Point2f in = p - normal * 6.f, out = p + normal * 6.f;
            if (out.x < 0 || out.y < 0 || out.x >= image.cols - 1 || out.y >= image.rows - 1
                || in.x < 0 || in.y < 0 || in.x >= image.cols - 1 || in.y >= image.rows - 1)
                continue;
            double dist = 0;
            for (int ch = 0; ch < image.channels(); ++ch) {
                const double vi = image.ptr<uchar>(int(in.y))[int(in.x) * image.channels() + ch];
                const double vo = image.ptr<uchar>(int(out.y))[int(out.x) * image.channels() + ch];
                dist += (vi - vo) * (vi - vo);
            }
            d.push_back(std::sqrt(dist));
        }
        if (d.size() < 6)
            return 0;
        std::nth_element(d.begin(), d.begin() + long(d.size() / 2), d.end());
        weakest = std::min(weakest, d[d.size() / 2]);
    }
    return weakest;
}

/** Median luma inside the quadrilateral. */
double insideLuma(const cv::Mat &gray, const std::array<cv::Point2f, 4> &q)
{
    cv::Mat mask = cv::Mat::zeros(gray.size(), CV_8U);
    std::vector<cv::Point> poly;
    poly.reserve(q.size());
    for (const auto &p : q)
        poly.emplace_back(int(p.x), int(p.y));
    cv::fillConvexPoly(mask, poly, cv::Scalar(255));
    return cv::mean(gray, mask)[0];
}

/** Mean luma in a band just outside the quadrilateral (about a tenth of its size wide), or -1
 *  when the frame cuts off most of that band. */
double surroundLuma(const cv::Mat &gray, const std::array<cv::Point2f, 4> &q)
{
    cv::Point2f c(0, 0);
    for (const auto &p : q)
        c += p;
    c *= 0.25f;
    std::vector<cv::Point> inner, outer;
    for (const auto &p : q) {
        inner.emplace_back(int(std::lround(p.x)), int(std::lround(p.y)));
        const cv::Point2f o = c + (p - c) * 1.12f;
        outer.emplace_back(int(std::lround(o.x)), int(std::lround(o.y)));
    }
    const cv::Rect frame(0, 0, gray.cols, gray.rows);
    const cv::Rect box = cv::boundingRect(outer);
    const cv::Rect roi = box & frame;
    if (roi.empty())
        return -1;
    cv::Mat band = cv::Mat::zeros(roi.size(), CV_8U);
    const cv::Point shift(-roi.x, -roi.y);
    std::vector<std::vector<cv::Point>> polys { outer, inner };
    for (auto &poly : polys) {
        for (auto &p : poly)
            p += shift;
    }
    cv::fillConvexPoly(band, polys[0], cv::Scalar(255));
    cv::fillConvexPoly(band, polys[1], cv::Scalar(0));
    const double seen = cv::countNonZero(band);
    const double whole = cv::contourArea(outer) - cv::contourArea(inner);
    if (whole <= 0 || seen < 0.5 * whole)
        return -1;
    return cv::mean(gray(roi), band)[0];
}

struct Candidate
{
    std::array<cv::Point2f, 4> quad;
    double support = 0;
    double contrast = 0;
    double area = 0; // fraction of the frame
};

/** Aspect (long / short) of a quadrilateral, from its mean opposite sides. */
double roughAspect(const std::array<cv::Point2f, 4> &q)
{
    const double a = (length(q[0], q[1]) + length(q[2], q[3])) / 2;
    const double b = (length(q[1], q[2]) + length(q[3], q[0])) / 2;
    return std::max(a, b) / std::max(1e-6, std::min(a, b));
}

bool plausibleShape(const std::array<cv::Point2f, 4> &q, DocumentKind kind)
{
    // Tilted up to 30 degrees, foreshortening changes the side ratio by up to
    // cos(30) either way; anything further off is some other rectangle.
    const double aspect = roughAspect(q);
    const double want = kind == DocumentKind::IdCard ? 85.6 / 54.0 : 297.0 / 210.0;
    if (aspect < want * 0.78 || aspect > want * 1.2)
        return false;
    for (int i = 0; i < 4; ++i) {
        const cv::Point2f u = q[(i + 3) % 4] - q[i], v = q[(i + 1) % 4] - q[i];
        const double cosAngle =
            (u.x * v.x + u.y * v.y) / (std::hypot(u.x, u.y) * std::hypot(v.x, v.y));
        if (std::abs(cosAngle) > 0.6) // interior angle outside about 53..127 degrees
            return false;
    }
    return true;
}

struct Evidence
{
    cv::Mat colour; // the work image, for contrast across the outline
    cv::Mat gray;
    cv::Mat support; // thin edges
    cv::Mat magnitude; // gradient magnitude (float), for sub-pixel line fits
    cv::Mat supportWide; // the same, a pixel wider, for how much of the outline is seen
    double paperLuma = 0; // luma below which a region is too dark for paper
};

void collect(const cv::Mat &binary, const Evidence &ev, DocumentKind kind,
             std::vector<Candidate> &out)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(binary, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    const double frame = double(binary.cols) * binary.rows;
    const double minArea = frame * (kind == DocumentKind::IdCard ? 0.015 : 0.05);
    for (const auto &contour : contours) {
        if (std::abs(cv::contourArea(contour)) < minArea * 0.5)
            continue;
        std::vector<cv::Point> hull;
        cv::convexHull(contour, hull);
        const double hullArea = cv::contourArea(hull);
        if (hullArea < minArea || hullArea > frame * 0.97)
            continue;
        const double perimeter = cv::arcLength(hull, true);
        std::vector<cv::Point> poly;
        for (double eps : { 0.015, 0.03, 0.05 }) {
            cv::approxPolyDP(hull, poly, eps * perimeter, true);
            if (poly.size() <= 4)
                break;
        }
        std::vector<cv::Point2f> pts;
        if (poly.size() == 4) {
            pts.assign(poly.begin(), poly.end());
        } else if (poly.size() >= 5 && poly.size() <= 8) {
            // Something touching the document (a pen, a finger, a shadow)
            // adds short sides to the outline: the four longest sides,
            // extended, are the document's.
            cv::approxPolyDP(hull, poly, 0.01 * perimeter, true);
            const size_t n = poly.size();
            std::vector<size_t> order(n);
            for (size_t i = 0; i < n; ++i)
                order[i] = i;
            auto len = [&](size_t i) {
                return length(cv::Point2f(poly[i]), cv::Point2f(poly[(i + 1) % n]));
            };
            std::sort(order.begin(), order.end(),
                      [&](size_t a, size_t b) { return len(a) > len(b); });
            if (n < 5 || n > 12)
                continue;
            order.resize(4);
            std::sort(order.begin(), order.end());
            bool good = true;
            for (size_t k = 0; k < 4 && good; ++k) {
                const size_t i = order[k], j = order[(k + 1) % 4];
                const cv::Point2f a1 = poly[i], a2 = poly[(i + 1) % n];
                const cv::Point2f b1 = poly[j], b2 = poly[(j + 1) % n];
                const cv::Point2f d1 = a2 - a1, d2 = b2 - b1;
                const double det = double(d1.x) * d2.y - double(d1.y) * d2.x;
                if (std::abs(det) < 1e-6) {
                    good = false;
                    break;
                }
                const cv::Point2f w = b1 - a1;
                const double t = (double(w.x) * d2.y - double(w.y) * d2.x) / det;
                pts.emplace_back(float(a1.x + t * d1.x), float(a1.y + t * d1.y));
            }
            if (!good)
                continue;
        } else {
            continue;
        }
        Candidate c;
        c.quad = clockwise(pts);
        if (!plausibleShape(c.quad, kind))
            continue;
        // Polygon fitting may leave a corner several pixels off (a hull
        // vertex in a shadow): a wide first pass finds the side, narrower
        // ones settle it.
        c.quad = refine(ev.magnitude, c.quad, 10);
        c.quad = refine(ev.magnitude, c.quad, 4);
        c.quad = refine(ev.magnitude, c.quad, 1.5);
        if (!plausibleShape(c.quad, kind))
            continue;
        c.support = edgeSupport(ev.supportWide, c.quad);
        c.contrast = c.support < 0.6 ? 0 : sideContrast(ev.colour, c.quad);
        if (c.support < 0.6 || c.contrast < 14)
            continue;
        const double inside = insideLuma(ev.gray, c.quad);
        if (inside < ev.paperLuma)
            continue;
        // A document is about as light as what it lies on, or lighter (a white card on white
        // paper still differs a little). Clearly darker than all around it is print on a
        // document: the card's photo box or a table on a page, seen when the document fills
        // the frame and its own outline is not in the photo.
        const double around = surroundLuma(ev.gray, c.quad);
        if (around > 0 && inside < 0.75 * around)
            continue;
        std::vector<cv::Point2f> poly2(c.quad.begin(), c.quad.end());
        c.area = cv::contourArea(poly2) / frame;
        out.push_back(c);
    }
}

} // namespace

DocumentQuad DocumentQuad::scaled(double fx, double fy) const
{
    DocumentQuad q = *this;
    for (QPointF &p : q.corners)
        p = QPointF(p.x() * fx, p.y() * fy);
    return q;
}

double documentAspect(DocumentKind kind)
{
    return kind == DocumentKind::IdCard ? 85.6 / 54.0 : 210.0 / 297.0;
}

DocumentQuad detectDocument(const QImage &image, DocumentKind kind)
{
    DocumentQuad result;
    result.kind = kind;
    if (image.isNull()
        || (image.format() != QImage::Format_RGB888 && image.format() != QImage::Format_Grayscale8))
        return result;
    const cv::Mat src = wrap(image);
    const double f = std::min(1.0, double(kWorkLongSide) / std::max(image.width(), image.height()));
    cv::Mat small;
    if (f < 1.0)
        cv::resize(src, small, cv::Size(), f, f, cv::INTER_AREA);
    else
        small = src;
    cv::Mat gray;
    if (small.channels() == 3)
        cv::cvtColor(small, gray, cv::COLOR_RGB2GRAY);
    else
        gray = small;
    cv::Mat blurred;
    cv::GaussianBlur(gray, blurred, cv::Size(5, 5), 0);

    // Outline evidence: edges at two strengths (a white page on a light desk
    // is faint, a wood grain is loud), and, for colour photos, edges of the
    // saturation, which separates a pale card from a brown or grey table.
    std::vector<Candidate> candidates;
    cv::Mat supportEdges;
    cv::Canny(blurred, supportEdges, 20, 60);
    Evidence ev;
    ev.colour = small;
    ev.gray = gray;
    ev.support = supportEdges;
    {
        cv::Mat gx, gy;
        cv::Sobel(blurred, gx, CV_32F, 1, 0);
        cv::Sobel(blurred, gy, CV_32F, 0, 1);
        cv::magnitude(gx, gy, ev.magnitude);
    }
    cv::dilate(supportEdges, ev.supportWide,
               cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    {
        // Paper and cards are among the lighter things in a photo, even in
        // shade: darker than a third of the bright end is a phone or a book.
        cv::Mat hist;
        const int channels[] = { 0 };
        const int bins[] = { 256 };
        const float range[] = { 0, 256 };
        const float *ranges[] = { range };
        cv::calcHist(&gray, 1, channels, cv::Mat(), hist, 1, bins, ranges);
        double cum = 0;
        const double total = double(gray.total());
        int p95 = 255;
        for (int i = 0; i < 256; ++i) {
            cum += hist.at<float>(i);
            if (cum >= 0.95 * total) {
                p95 = i;
                break;
            }
        }
        ev.paperLuma = 0.35 * p95;
    }
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3));
    for (const auto &[lo, hi] : { std::pair { 20, 60 }, std::pair { 50, 150 } }) {
        cv::Mat edges;
        cv::Canny(blurred, edges, lo, hi);
        cv::dilate(edges, edges, kernel);
        collect(edges, ev, kind, candidates);
    }
    // Thin dark lines (tile joints, wood grain, the document's own print)
    // join the outline to the background's edges; a closing removes them.
    {
        cv::Mat closed, edges;
        cv::morphologyEx(blurred, closed, cv::MORPH_CLOSE,
                         cv::getStructuringElement(cv::MORPH_RECT, cv::Size(7, 7)));
        cv::Canny(closed, edges, 20, 60);
        cv::dilate(edges, edges, kernel);
        collect(edges, ev, kind, candidates);
    }
    // Regions by brightness: the document is usually lighter than what it lies on.
    cv::Mat otsu;
    cv::threshold(blurred, otsu, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::morphologyEx(otsu, otsu, cv::MORPH_OPEN, kernel);
    collect(otsu, ev, kind, candidates);
    if (small.channels() == 3) {
        cv::Mat hsv;
        cv::cvtColor(small, hsv, cv::COLOR_RGB2HSV);
        cv::Mat channels[3];
        cv::split(hsv, channels);
        cv::Mat sat;
        cv::GaussianBlur(channels[1], sat, cv::Size(5, 5), 0);
        cv::Mat satEdges;
        cv::Canny(sat, satEdges, 20, 60);
        cv::dilate(satEdges, satEdges, kernel);
        collect(satEdges, ev, kind, candidates);
    }

    // The document is the largest well-supported outline: a card's photo box
    // or a table on a page is smaller, and a busy background supports no
    // straight four-sided outline all round.
    const double minSupport = 0.6;
    const Candidate *best = nullptr;
    for (const Candidate &c : candidates) {
        if (c.support < minSupport)
            continue;
        const double score = c.area * (0.5 + c.support);
        if (!best || score > best->area * (0.5 + best->support))
            best = &c;
    }
    if (!best)
        return result;
    const std::array<cv::Point2f, 4> ordered = documentOrder(best->quad, kind);
    result.found = true;
    // Half for being found at all, a quarter each for how much of the
    // outline has edges and how clearly it stands out.
    result.confidence = std::clamp(0.5 + 0.25 * (best->support - minSupport) / (1 - minSupport)
                                       + 0.25 * std::min(1.0, best->contrast / 80),
                                   0.0, 1.0);
    for (int i = 0; i < 4; ++i)
        result.corners[size_t(i)] = QPointF(ordered[size_t(i)].x / f, ordered[size_t(i)].y / f);
    return result;
}

QSize straightenedSize(const DocumentQuad &quad, int maxLongSide)
{
    const auto &c = quad.corners;
    auto dist = [](QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); };
    // The longest the document's width and height are seen in the photo.
    const double seenW = std::max(dist(c[0], c[1]), dist(c[3], c[2]));
    const double seenH = std::max(dist(c[0], c[3]), dist(c[1], c[2]));
    const double aspect = documentAspect(quad.kind);
    // Not more pixels than the photo has on the document (a little upsampling
    // is harmless, the byte budget decides what is kept).
    const double seenLong =
        aspect >= 1 ? std::max(seenW, seenH * aspect) : std::max(seenH, seenW / aspect);
    const int longSide = int(std::clamp(seenLong * 1.1, 64.0, double(maxLongSide)));
    if (aspect >= 1)
        return { longSide, std::max(1, int(std::lround(longSide / aspect))) };
    return { std::max(1, int(std::lround(longSide * aspect))), longSide };
}

QImage straightenDocument(const QImage &image, const DocumentQuad &quad, QSize size)
{
    if (image.isNull() || size.isEmpty())
        return {};
    const cv::Mat src = wrap(image);
    std::vector<cv::Point2f> from;
    for (const QPointF &p : quad.corners)
        from.emplace_back(float(p.x()), float(p.y()));
    // Crop to the document first and shrink it by area averaging when it is
    // much larger than the output: a bilinear warp that skips pixels aliases.
    cv::Rect box = cv::boundingRect(from) & cv::Rect(0, 0, src.cols, src.rows);
    if (box.empty())
        return {};
    cv::Mat region = src(box);
    for (auto &p : from)
        p -= cv::Point2f(float(box.x), float(box.y));
    const double seen = std::max(length(from[0], from[1]), length(from[1], from[2]));
    const double shrink = seen / std::max(size.width(), size.height());
    if (shrink > 1.5) {
        const double k = 1.2 / shrink;
        cv::Mat smaller;
        cv::resize(region, smaller, cv::Size(), k, k, cv::INTER_AREA);
        const double kx = double(smaller.cols) / region.cols,
                     ky = double(smaller.rows) / region.rows;
        for (auto &p : from)
            p = cv::Point2f(float(p.x * kx), float(p.y * ky));
        region = smaller;
    }
    const std::vector<cv::Point2f> to { { 0, 0 },
                                        { float(size.width()), 0 },
                                        { float(size.width()), float(size.height()) },
                                        { 0, float(size.height()) } };
    const cv::Mat m = cv::getPerspectiveTransform(from, to);
    cv::Mat out;
    cv::warpPerspective(region, out, m, cv::Size(size.width(), size.height()), cv::INTER_CUBIC,
                        cv::BORDER_REPLICATE);
    return toImage(out);
}

QImage levelDocumentLight(const QImage &document)
{
    if (document.isNull())
        return document;
    const cv::Mat src = wrap(document);
    // The paper's own brightness, everywhere: a closing removes the ink (dark
    // and thin), a blur smooths what is left. Done at a quarter size, where a
    // closing wide enough for large print costs little.
    cv::Mat small;
    const double k = 0.25;
    cv::resize(src, small, cv::Size(), k, k, cv::INTER_AREA);
    const int r = std::max(3, int(std::max(small.cols, small.rows) / 40) | 1);
    cv::Mat paper;
    cv::morphologyEx(small, paper, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(r, r)));
    cv::GaussianBlur(paper, paper, cv::Size(r | 1, r | 1), 0);
    cv::resize(paper, paper, src.size(), 0, 0, cv::INTER_LINEAR);
    // Divide by the paper (per channel, which also removes a colour cast),
    // so paper becomes near-white and ink keeps its contrast to it.
    cv::Mat srcF, paperF;
    src.convertTo(srcF, CV_32F);
    paper.convertTo(paperF, CV_32F);
    cv::max(paperF, 8.0, paperF);
    cv::Mat ratio;
    cv::divide(srcF, paperF, ratio);
    // Slightly darker ink: a gamma above one on the ratio keeps white white.
    cv::pow(ratio, 1.4, ratio);
    cv::Mat out;
    ratio.convertTo(out, CV_8U, 245.0);
    return toImage(out);
}

} // namespace zkgrad::imaging
