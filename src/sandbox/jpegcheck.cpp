#include "jpegcheck.h"

#include <turbojpeg.h>

#include <memory>
#include <vector>

namespace zkgrad::sandbox {

namespace {

constexpr int minSide = 16;
constexpr int maxSide = 8000;
// A 50 KB file can claim a huge frame; refuse before allocating for it.
constexpr qint64 maxPixels = 24'000'000;

quint8 byteAt(const QByteArray &d, qsizetype i)
{
    return static_cast<quint8>(d.at(i));
}

// Walks the marker segments up to the first frame header. libjpeg would find
// the frame too, but this tells "not a JPEG at all" apart from "broken JPEG".
JpegInfo parseMarkers(const QByteArray &d)
{
    JpegInfo info;
    if (d.size() < 4 || byteAt(d, 0) != 0xFF || byteAt(d, 1) != 0xD8) {
        info.reason = QStringLiteral("not-jpeg");
        return info;
    }
    qsizetype i = 2;
    while (i + 4 <= d.size()) {
        if (byteAt(d, i) != 0xFF) {
            info.reason = QStringLiteral("no-frame");
            return info;
        }
        quint8 marker = byteAt(d, i + 1);
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            i += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) // EOI or scan data before any frame
            break;
        const int length = (byteAt(d, i + 2) << 8) | byteAt(d, i + 3);
        if (length < 2 || i + 2 + length > d.size())
            break;
        const bool sof =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (length < 8) {
                info.reason = QStringLiteral("no-frame");
                return info;
            }
            const int precision = byteAt(d, i + 4);
            info.height = (byteAt(d, i + 5) << 8) | byteAt(d, i + 6);
            info.width = (byteAt(d, i + 7) << 8) | byteAt(d, i + 8);
            info.components = byteAt(d, i + 9);
            info.progressive = marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
            // Only baseline and progressive Huffman frames are what cameras and the app write.
            if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2) {
                info.reason = QStringLiteral("no-frame");
                return info;
            }
            if (precision != 8) {
                info.reason = QStringLiteral("precision");
                return info;
            }
            info.ok = true;
            info.reason = QStringLiteral("ok");
            return info;
        }
        i += 2 + length;
    }
    info.reason = QStringLiteral("no-frame");
    return info;
}

} // namespace

qsizetype jpegEnd(const QByteArray &d)
{
    if (d.size() < 4 || byteAt(d, 0) != 0xFF || byteAt(d, 1) != 0xD8)
        return -1;
    qsizetype i = 2;
    while (i + 2 <= d.size()) {
        if (byteAt(d, i) != 0xFF)
            return -1;
        const quint8 marker = byteAt(d, i + 1);
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0xD9)
            return i + 2;
        if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            i += 2;
            continue;
        }
        if (i + 4 > d.size())
            return -1;
        const int length = (byteAt(d, i + 2) << 8) | byteAt(d, i + 3);
        if (length < 2 || i + 2 + length > d.size())
            return -1;
        i += 2 + length;
        if (marker != 0xDA)
            continue;
        // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00
        // nor a restart marker.
        while (i + 1 < d.size()) {
            if (byteAt(d, i) == 0xFF) {
                const quint8 next = byteAt(d, i + 1);
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF)
                    break;
                i += next == 0xFF ? 1 : 2;
                continue;
            }
            ++i;
        }
    }
    return -1;
}

namespace {

struct TjDeleter
{
    void operator()(void *handle) const { tjDestroy(handle); }
};

} // namespace

JpegInfo inspectJpeg(const QByteArray &data)
{
    JpegInfo info = parseMarkers(data);
    if (!info.ok)
        return info;
    info.ok = false;
    if (info.components != 1 && info.components != 3) {
        info.reason = QStringLiteral("components");
        return info;
    }
    if (info.width < minSide || info.height < minSide || info.width > maxSide
        || info.height > maxSide || qint64(info.width) * info.height > maxPixels) {
        info.reason = QStringLiteral("dimensions");
        return info;
    }
    std::unique_ptr<void, TjDeleter> handle(tjInitDecompress());
    if (!handle) {
        info.reason = QStringLiteral("decode");
        return info;
    }
    auto *src = reinterpret_cast<unsigned char *>(const_cast<char *>(data.constData()));
    const auto size = static_cast<unsigned long>(data.size());
    int w = 0;
    int h = 0;
    int subsamp = 0;
    int colorspace = 0;
    if (tjDecompressHeader3(handle.get(), src, size, &w, &h, &subsamp, &colorspace) != 0
        || w != info.width || h != info.height) {
        info.reason = QStringLiteral("decode");
        return info;
    }
    if (colorspace == TJCS_CMYK || colorspace == TJCS_YCCK) {
        info.reason = QStringLiteral("components");
        return info;
    }
    const int pixelFormat = info.components == 1 ? TJPF_GRAY : TJPF_RGB;
    std::vector<unsigned char> pixels(std::size_t(w) * std::size_t(h)
                                      * std::size_t(tjPixelSize[pixelFormat]));
    // A truncated file "decodes" with a warning and grey rows: that is a refusal.
    const int flags = TJFLAG_STOPONWARNING | TJFLAG_LIMITSCANS;
    if (tjDecompress2(handle.get(), src, size, pixels.data(), w, 0, h, pixelFormat, flags) != 0) {
        info.reason = QStringLiteral("decode");
        return info;
    }
    // A clean decode read up to an EOI; without one the file is not whole.
    info.end = jpegEnd(data);
    if (info.end < 0) {
        info.reason = QStringLiteral("decode");
        return info;
    }
    info.ok = true;
    info.reason = QStringLiteral("ok");
    return info;
}

} // namespace zkgrad::sandbox
