// Pixel operations on RGB888 / Grayscale8 images: orientation, rotation,
// area downscaling, the sharpness measure and flattening onto white.
#include "photopipeline.h"

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

namespace zkgrad::imaging::ops {

namespace {

int channelsOf(const QImage &image)
{
    return image.format() == QImage::Format_Grayscale8 ? 1 : 3;
}

// One of the eight symmetries of the rectangle, as a map from a destination
// pixel to its source pixel: optional flips in destination space, then an
// optional transpose (destination column x reads source row x).
struct Dihedral
{
    bool transpose = false; // destination is H x W
    bool flipX = false; // applied in destination space before looking up
    bool flipY = false;
};

QImage applyDihedral(const QImage &src, Dihedral t)
{
    const int sw = src.width(), sh = src.height();
    const int dw = t.transpose ? sh : sw, dh = t.transpose ? sw : sh;
    QImage dst(dw, dh, src.format());
    if (dst.isNull())
        return {};
    const int ch = channelsOf(src);
    const uchar *sbits = src.constBits();
    const qsizetype sbpl = src.bytesPerLine();
    for (int y = 0; y < dh; ++y) {
        uchar *drow = dst.scanLine(y);
        const int yy = t.flipY ? dh - 1 - y : y;
        if (!t.transpose) {
            const uchar *srow = sbits + qsizetype(yy) * sbpl;
            if (!t.flipX) {
                std::copy(srow, srow + qsizetype(dw) * ch, drow);
            } else {
                for (int x = 0; x < dw; ++x) {
                    const uchar *s = srow + qsizetype(dw - 1 - x) * ch;
                    std::copy(s, s + ch, drow + qsizetype(x) * ch);
                }
            }
        } else {
            // Destination (x, yy') reads source (yy', x'): column yy' becomes row.
            for (int x = 0; x < dw; ++x) {
                const int xx = t.flipX ? dw - 1 - x : x;
                const uchar *s = sbits + qsizetype(xx) * sbpl + qsizetype(yy) * ch;
                std::copy(s, s + ch, drow + qsizetype(x) * ch);
            }
        }
    }
    return dst;
}

} // namespace

QImage orient(const QImage &image, int orientation)
{
    // Destination D from stored S (W x H):
    //  2: D(x,y)=S(W-1-x,y)  3: S(W-1-x,H-1-y)  4: S(x,H-1-y)
    //  5: D(x,y)=S(y,x)  6: S(y,H-1-x)  7: S(W-1-y,H-1-x)  8: S(W-1-y,x)
    // With transpose, D(x,y) reads S(y', x') where x' = flipX ? dw-1-x : x and
    // y' = flipY ? dh-1-y : y, dw = H and dh = W.
    switch (orientation) {
    case 2:
        return applyDihedral(image, { false, true, false });
    case 3:
        return applyDihedral(image, { false, true, true });
    case 4:
        return applyDihedral(image, { false, false, true });
    case 5:
        return applyDihedral(image, { true, false, false });
    case 6:
        return applyDihedral(image, { true, true, false });
    case 7:
        return applyDihedral(image, { true, true, true });
    case 8:
        return applyDihedral(image, { true, false, true });
    default:
        return image;
    }
}

QImage rotate(const QImage &image, int quarterTurns)
{
    // Clockwise turns are EXIF orientations 6 (90), 3 (180) and 8 (270).
    switch (((quarterTurns % 4) + 4) % 4) {
    case 1:
        return orient(image, 6);
    case 2:
        return orient(image, 3);
    case 3:
        return orient(image, 8);
    default:
        return image;
    }
}

namespace {
// A resampled channel value to a byte. Adding 0.5 and truncating is a call-free rounding for
// the resampler's innermost loop; the one value it gets wrong, 0.49999997, would be off by a
// single step of 255, and the clamp keeps the filter's overshoot in range.
inline uchar toByte(float v)
{
    return uchar(std::clamp(int(v + 0.5f), 0, 255)); // NOLINT(bugprone-incorrect-roundings)
}

// For each destination index, the contiguous source range it reads and the
// weight of each source sample, summing to 1.
struct Taps
{
    std::vector<int> first;
    std::vector<int> count;
    std::vector<int> offset;
    std::vector<float> weight;
    int maxCount = 0;
};

double lanczos3(double x)
{
    x = std::abs(x);
    if (x < 1e-9)
        return 1.0;
    if (x >= 3.0)
        return 0.0;
    const double px = M_PI * x;
    return 3.0 * std::sin(px) * std::sin(px / 3.0) / (px * px);
}

// Moderate reductions (what is left after DCT scaling) use Lanczos-3
// stretched by the ratio, which keeps edges crisp; large ones (a big PNG)
// use area averaging, where Lanczos would cost many taps for no visible gain.
Taps makeTaps(int srcSize, int dstSize, bool forceArea)
{
    Taps taps;
    taps.first.resize(dstSize);
    taps.count.resize(dstSize);
    taps.offset.resize(dstSize);
    const double scale = double(srcSize) / double(dstSize);
    const bool lanczos = scale < 3.0 && !forceArea;
    std::vector<double> w;
    for (int i = 0; i < dstSize; ++i) {
        int first, last;
        w.clear();
        if (lanczos) {
            const double center = (i + 0.5) * scale - 0.5;
            const double support = 3.0 * scale;
            first = std::max(0, int(std::ceil(center - support)));
            last = std::min(srcSize - 1, int(std::floor(center + support)));
            for (int s = first; s <= last; ++s)
                w.push_back(lanczos3((s - center) / scale));
        } else {
            const double begin = i * scale, end = std::min(double(srcSize), (i + 1) * scale);
            first = std::clamp(int(std::floor(begin)), 0, srcSize - 1);
            last = std::clamp(int(std::ceil(end)) - 1, first, srcSize - 1);
            for (int s = first; s <= last; ++s)
                w.push_back(
                    std::max(0.0, std::min(end, double(s + 1)) - std::max(begin, double(s))));
        }
        double total = 0;
        for (const double v : w)
            total += v;
        if (w.empty() || std::abs(total) < 1e-9) {
            // Degenerate (cannot happen for valid sizes): nearest sample.
            first = last = std::clamp(int(i * scale), 0, srcSize - 1);
            w.assign(1, 1.0);
            total = 1.0;
        }
        taps.first[i] = first;
        taps.count[i] = last - first + 1;
        taps.offset[i] = int(taps.weight.size());
        taps.maxCount = std::max(taps.maxCount, taps.count[i]);
        for (const double v : w)
            taps.weight.push_back(float(v / total));
    }
    return taps;
}

// Horizontal pass of one source row into dst. Colour pixels are widened to
// four floats (R, G, B, unused) so that each tap is one 4-lane operation,
// which compilers turn into a single SIMD multiply-add; @p wide is scratch of
// 4 floats per source pixel.
void filterRow(const uchar *src, int srcWidth, int ch, const Taps &tx, float *wide, float *dst)
{
    const int width = int(tx.first.size());
    if (ch == 1) {
        for (int x = 0; x < width; ++x) {
            const int n = tx.count[x];
            const float *w = &tx.weight[tx.offset[x]];
            const uchar *p = src + tx.first[x];
            float sum = 0;
            for (int i = 0; i < n; ++i)
                sum += w[i] * p[i];
            dst[x] = sum;
        }
        return;
    }
    for (int x = 0; x < srcWidth; ++x) {
        wide[x * 4] = src[x * 3];
        wide[x * 4 + 1] = src[x * 3 + 1];
        wide[x * 4 + 2] = src[x * 3 + 2];
        wide[x * 4 + 3] = 0.0f;
    }
    for (int x = 0; x < width; ++x) {
        const int n = tx.count[x];
        const float *w = &tx.weight[tx.offset[x]];
        const float *p = wide + size_t(tx.first[x]) * 4;
        float acc[4] = { 0, 0, 0, 0 };
        for (int i = 0; i < n; ++i, p += 4) {
            for (int c = 0; c < 4; ++c)
                acc[c] += w[i] * p[c];
        }
        for (int c = 0; c < 4; ++c)
            dst[size_t(x) * 4 + c] = acc[c];
    }
}

// Output rows [y0, y1) of resample(); each call has its own row cache, so two
// calls can run on two threads.
// Writes through @p outBits: QImage::scanLine() would detach, which is not
// thread-safe.
void resampleRows(const QImage &image, uchar *outBits, qsizetype outBpl, const Taps &tx,
                  const Taps &ty, int y0, int y1)
{
    const int ch = channelsOf(image);
    const int lanes = ch == 1 ? 1 : 4;
    const int width = int(tx.first.size());
    // Source rows are filtered horizontally once each, into a ring of the
    // last maxCount rows: the taps of successive output rows only move down.
    const size_t rowFloats = size_t(width) * lanes;
    const int ring = std::max(1, ty.maxCount);
    std::vector<float> cache(rowFloats * size_t(ring));
    std::vector<int> cachedRow(size_t(ring), -1);
    std::vector<float> acc(rowFloats);
    std::vector<float> wide(ch == 1 ? 0 : size_t(image.width()) * 4);
    for (int y = y0; y < y1; ++y) {
        std::fill(acc.begin(), acc.end(), 0.0f);
        for (int k = 0; k < ty.count[y]; ++k) {
            const int row = ty.first[y] + k;
            const size_t slot = size_t(row % ring);
            float *filtered = cache.data() + slot * rowFloats;
            if (cachedRow[slot] != row) {
                filterRow(image.constScanLine(row), image.width(), ch, tx, wide.data(), filtered);
                cachedRow[slot] = row;
            }
            const float wy = ty.weight[ty.offset[y] + k];
            float *a = acc.data();
            for (size_t i = 0; i < rowFloats; ++i)
                a[i] += wy * filtered[i];
        }
        uchar *dst = outBits + qsizetype(y) * outBpl;
        if (ch == 1) {
            for (int x = 0; x < width; ++x)
                dst[x] = toByte(acc[x]);
        } else {
            for (int x = 0; x < width; ++x) {
                for (int c = 0; c < 3; ++c)
                    dst[x * 3 + c] = toByte(acc[size_t(x) * 4 + c]);
            }
        }
    }
}
} // namespace

namespace {
QImage resample(const QImage &image, int width, int height, bool forceArea)
{
    const int sw = image.width(), sh = image.height();
    width = std::clamp(width, 1, std::max(1, sw));
    height = std::clamp(height, 1, std::max(1, sh));
    if (width == sw && height == sh)
        return image;
    QImage out(width, height, image.format());
    if (out.isNull())
        return {};
    const Taps tx = makeTaps(sw, width, forceArea);
    const Taps ty = makeTaps(sh, height, forceArea);
    // Two halves on two threads when there is enough work to pay for a
    // thread (the source rows at the seam are filtered twice, a few rows).
    const qint64 work = qint64(sw) * height + qint64(width) * height;
    uchar *bits = out.bits();
    const qsizetype bpl = out.bytesPerLine();
    if (work < 1'000'000 || height < 16) {
        resampleRows(image, bits, bpl, tx, ty, 0, height);
        return out;
    }
    const int mid = height / 2;
    std::thread helper([&] { resampleRows(image, bits, bpl, tx, ty, mid, height); });
    resampleRows(image, bits, bpl, tx, ty, 0, mid);
    helper.join();
    return out;
}

} // namespace

QImage downscale(const QImage &image, int width, int height)
{
    return resample(image, width, height, false);
}

double sharpness(const QImage &image, double *edgeSharpness)
{
    if (edgeSharpness)
        *edgeSharpness = -1;
    if (image.isNull())
        return -1;
    // A fixed scale makes the measure comparable between a 1 MP and a 50 MP photo.
    QImage small = image;
    const int longSide = std::max(image.width(), image.height());
    if (longSide > 512) {
        const double f = 512.0 / longSide;
        // Area averaging: cheap, and the measure was calibrated with it.
        small = resample(image, std::max(1, int(std::lround(image.width() * f))),
                         std::max(1, int(std::lround(image.height() * f))), true);
    }
    const int w = small.width(), h = small.height();
    if (w < 3 || h < 3)
        return -1;
    std::vector<float> luma(size_t(w) * h);
    const int ch = channelsOf(small);
    for (int y = 0; y < h; ++y) {
        const uchar *p = small.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            luma[size_t(y) * w + x] = ch == 1
                ? float(p[x])
                : 0.299f * p[x * 3] + 0.587f * p[x * 3 + 1] + 0.114f * p[x * 3 + 2];
        }
    }
    double sum = 0, sumSq = 0;
    const qint64 n = qint64(w - 2) * (h - 2);
    std::vector<float> lapSq, gradSq;
    if (edgeSharpness) {
        lapSq.reserve(size_t(n));
        gradSq.reserve(size_t(n));
    }
    for (int y = 1; y < h - 1; ++y) {
        for (int x = 1; x < w - 1; ++x) {
            const size_t i = size_t(y) * w + x;
            const double lap =
                double(luma[i - 1]) + luma[i + 1] + luma[i - w] + luma[i + w] - 4.0 * luma[i];
            sum += lap;
            sumSq += lap * lap;
            if (edgeSharpness) {
                const float gx = (luma[i + 1] - luma[i - 1]) * 0.5f;
                const float gy = (luma[i + w] - luma[i - w]) * 0.5f;
                lapSq.push_back(float(lap * lap));
                gradSq.push_back(gx * gx + gy * gy);
            }
        }
    }
    if (edgeSharpness) {
        // The variance above falls with contrast squared and with the share of smooth
        // surface: a dark table with a few crisp things on it measures like a blurred
        // page. How steep the strongest edges are for their height does not.
        std::vector<float> order = gradSq;
        const auto at = order.begin() + long(order.size() * 95 / 100);
        std::nth_element(order.begin(), at, order.end());
        const float threshold = std::max(*at, 4.0f); // a step of at least 4 levels over 2 px
        double lapSum = 0, gradSum = 0;
        for (size_t i = 0; i < gradSq.size(); ++i) {
            if (gradSq[i] >= threshold) {
                lapSum += lapSq[i];
                gradSum += gradSq[i];
            }
        }
        *edgeSharpness = gradSum > 0 ? lapSum / gradSum : 0;
    }
    const double mean = sum / double(n);
    return sumSq / double(n) - mean * mean;
}

} // namespace zkgrad::imaging::ops
