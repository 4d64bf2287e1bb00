#include "photopipeline.h"
#include "leandecoder.h"
#include "photomessages.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <turbojpeg.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <ctime>
#include <memory>
#include <thread>
#include <vector>

namespace zkgrad::imaging {

namespace {

// Below this the Laplacian variance at 512 px says "no sharp edge anywhere".
// Calibrated on 2000 px photos: sharp ones measure 60-300, a Gaussian blur of
// sigma 2 px 25-110, sigma 4 px 8-26, sigma 8 px 2-5.
constexpr double kBlurThreshold = 20.0;
// ...and the edges must be soft too (ops::sharpness()'s edge measure, free of contrast and of
// how much of the frame is smooth): below this a 1 px blur at 512 px (0.1) or worse; crisp
// photos measure 1.5-4, dark or plain ones included (tests/unit/imaging, docgen's set).
constexpr double kBlurEdgeThreshold = 0.5;

// How much larger than the output a DCT-scaled decode must be. Measured on a
// 14.7 MP photo to 1200 px within 50 KB: a 1/4 decode (1280 px) + Lanczos
// gave SSIM 0.848 at 0.13 s user time, a 3/8 decode (1920 px, headroom 1.5)
// 0.849 at 0.20 s. Speed wins; the difference is below what anyone can see.
constexpr double kDecodeHeadroom = 1.0;
// With document detection the decode's long side is this many times the
// target's (or the full size): a card filling a quarter of a 12 MP frame's
// width still has about 1000 px, which the ID number's digits need to be
// read (measured with tests/bench/doc_bench.sh; 2.5 left them ~25 % smaller).
constexpr double kDocumentDecodeFactor = 3.5;

struct TjDeleter
{
    void operator()(void *handle) const
    {
        if (handle)
            tjDestroy(static_cast<tjhandle>(handle));
    }
};
using TjPtr = std::unique_ptr<void, TjDeleter>;

QString tjError(tjhandle handle)
{
    return QString::fromLocal8Bit(tjGetErrorStr2(handle));
}

PhotoIssue mapDecodeError(const PhotoInfo &info, const QString &detail)
{
    const QString &file = info.fileName;
    if (detail.contains(QLatin1String("Premature end"), Qt::CaseInsensitive))
        return messages::truncatedData(file);
    if (detail.contains(QLatin1String("scans"), Qt::CaseInsensitive))
        return messages::tooManyScans(file, info.scans);
    if (detail.contains(QLatin1String("Unsupported"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("subsampling"), Qt::CaseInsensitive))
        return messages::unsupportedJpeg(file, detail);
    return messages::corrupt(file, detail);
}

// The DCT scaling factor that makes the image smallest while its long side
// stays at least minLongSide (or the full size when that is smaller). The
// caller asks for headroom above the final size: a DCT-scaled decode is
// slightly soft, and a Lanczos pass from 1.5x or more restores the detail.
tjscalingfactor chooseScale(int width, int height, int minLongSide)
{
    tjscalingfactor best { 1, 1 };
    int count = 0;
    const tjscalingfactor *factors = tjGetScalingFactors(&count);
    const int longSide = std::max(width, height);
    int bestLong = longSide;
    for (int i = 0; factors && i < count; ++i) {
        const tjscalingfactor f = factors[i];
        if (f.num <= 0 || f.denom <= 0 || f.num > f.denom)
            continue;
        const int scaled = TJSCALED(longSide, f);
        if (scaled >= std::min(minLongSide, longSide) && scaled < bestLong) {
            best = f;
            bestLong = scaled;
        }
    }
    return best;
}

// A progressive JPEG with successive approximation ends with "refinement"
// scans that add the last bit (Ah=1, Al=0) of the AC coefficients. They are
// often half the file and half the decoding time, yet each changes a
// coefficient by at most one quantization step. When the decode is DCT-scaled
// to 1/4 or less, every output pixel averages 16 or more source pixels and
// that step is far below what the later JPEG encode to the byte budget keeps
// (measured on 14.7 MP photos fitted to 50 KB: SSIM -0.0004 and -0.0001).
// Returns the pieces of the stream without those scans, or nothing when the
// file has none, looks unusual or cannot be parsed: then the whole file is
// decoded.
// Nothing reads a coefficient's last bit after its Al=0 scan, so dropping the
// scans cannot desynchronise later ones; libjpeg treats what is missing as
// zero bits, as for any progressive file read before its last scan.
constexpr int kMaxScansForDraft = 64;

std::vector<detail::StreamPiece> withoutFinalRefinementScans(const QByteArray &bytes, int *dropped)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    if (size < 4 || data[0] != 0xFF || data[1] != 0xD8)
        return {};
    std::vector<detail::StreamPiece> out;
    qsizetype copied = 0; // everything before this offset is in out or dropped
    qsizetype pos = 2;
    int scans = 0;
    *dropped = 0;
    while (pos + 4 <= size) {
        if (data[pos] != 0xFF)
            return {};
        const uchar marker = data[pos + 1];
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xD9) // EOI
            break;
        if (marker == 0xD8) // a second SOI: not a file to be clever with
            return {};
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            pos += 2;
            continue;
        }
        const int length = (data[pos + 2] << 8) | data[pos + 3];
        if (length < 2 || pos + 2 + length > size)
            return {};
        if (marker != 0xDA) {
            pos += 2 + length;
            continue;
        }
        if (++scans > kMaxScansForDraft)
            return {};
        const uchar *seg = data + pos + 4;
        const int ns = seg[0];
        if (length < 6 + 2 * ns || ns < 1 || ns > 4)
            return {};
        const int ss = seg[1 + 2 * ns], se = seg[2 + 2 * ns];
        const int ah = seg[3 + 2 * ns] >> 4, al = seg[3 + 2 * ns] & 15;
        // The entropy-coded data ends at the first marker that is neither a
        // stuffed 0xFF00 nor a restart marker.
        qsizetype end = pos + 2 + length;
        for (;;) {
            const void *hit = std::memchr(data + end, 0xFF, size_t(size - end));
            if (!hit)
                return {};
            end = static_cast<const uchar *>(hit) - data;
            if (end + 1 >= size)
                return {};
            const uchar next = data[end + 1];
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                end += 2;
                continue;
            }
            if (next == 0xFF) {
                ++end;
                continue;
            }
            break;
        }
        if (ss > 0 && se >= ss && ah == 1 && al == 0) {
            out.push_back({ data + copied, static_cast<unsigned long>(pos - copied) });
            copied = end;
            ++*dropped;
        }
        pos = end;
    }
    if (*dropped == 0)
        return {};
    out.push_back({ data + copied, static_cast<unsigned long>(size - copied) });
    return out;
}

QImage decodeJpeg(const QByteArray &bytes, const PhotoInfo &info, int minLongSide,
                  PhotoIssue *error, QString *step)
{
    const TjPtr handle(tjInitDecompress());
    if (!handle) {
        *error = messages::corrupt(info.fileName, QStringLiteral("tjInitDecompress failed"));
        return {};
    }
    auto *data = reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.constData()));
    auto size = static_cast<unsigned long>(bytes.size());
    int width = 0, height = 0, subsamp = 0, colorspace = 0;
    if (tjDecompressHeader3(handle.get(), data, size, &width, &height, &subsamp, &colorspace)
        != 0) {
        *error = mapDecodeError(info, tjError(handle.get()));
        return {};
    }
    // Our own parse already enforced the limits; the library must agree.
    if (width != info.width || height != info.height) {
        *error = messages::corrupt(info.fileName, QStringLiteral("header mismatch"));
        return {};
    }
    const tjscalingfactor sf = chooseScale(width, height, minLongSide);
    std::vector<detail::StreamPiece> pieces;
    int droppedScans = 0;
    if (info.coding == QLatin1String("progressive") && sf.num * 4 <= sf.denom
        && info.scans <= kMaxScansForDraft)
        pieces = withoutFinalRefinementScans(bytes, &droppedScans);
    qint64 keptBytes = bytes.size();
    if (!pieces.empty()) {
        keptBytes = 0;
        for (const detail::StreamPiece &piece : pieces)
            keptBytes += qint64(piece.size);
    } else {
        pieces.push_back({ data, size });
    }
    const int w = TJSCALED(width, sf), h = TJSCALED(height, sf);
    const bool cmyk = colorspace == TJCS_CMYK || colorspace == TJCS_YCCK;
    const bool gray = colorspace == TJCS_GRAY;
    const int flags = TJFLAG_LIMITSCANS | TJFLAG_STOPONWARNING;

    // A progressive (or any multi-scan) file needs a buffer of every
    // coefficient while it is read; the lean decoder keeps it packed (18 MB
    // instead of TurboJPEG's 44 MB for a 14.7 MP 4:2:0 photo).
    const bool lean = info.scans > 1 && !cmyk && detail::haveLeanDecoder();
    QByteArray copy; // TurboJPEG reads one buffer: the pieces, when scans were left out
    if (!lean && pieces.size() > 1) {
        copy.reserve(qsizetype(keptBytes));
        for (const detail::StreamPiece &piece : pieces)
            copy.append(reinterpret_cast<const char *>(piece.data), qsizetype(piece.size));
        data = reinterpret_cast<unsigned char *>(copy.data());
        size = static_cast<unsigned long>(copy.size());
    }
    QImage image(lean ? 0 : w, lean ? 0 : h,
                 gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    if (!lean && image.isNull()) {
        *error = messages::tooManyPixels(info.fileName, width, height, qint64(w) * h);
        return {};
    }
    if (cmyk) {
        std::vector<unsigned char> buffer(size_t(w) * size_t(h) * 4);
        if (tjDecompress2(handle.get(), data, size, buffer.data(), w, w * 4, h, TJPF_CMYK, flags)
            != 0) {
            *error = mapDecodeError(info, tjError(handle.get()));
            return {};
        }
        // Naive CMYK -> RGB without a colour profile: good enough to read a
        // scanned document, which is all the authority needs.
        for (int y = 0; y < h; ++y) {
            const unsigned char *s = buffer.data() + size_t(y) * w * 4;
            uchar *d = image.scanLine(y);
            for (int x = 0; x < w; ++x, s += 4, d += 3) {
                int c = s[0], m = s[1], yy = s[2], k = s[3];
                if (!info.adobeInverted) {
                    c = 255 - c;
                    m = 255 - m;
                    yy = 255 - yy;
                    k = 255 - k;
                }
                // Now each value is "255 - ink": the light that gets through.
                d[0] = uchar((c * k + 127) / 255);
                d[1] = uchar((m * k + 127) / 255);
                d[2] = uchar((yy * k + 127) / 255);
            }
        }
    } else if (lean) {
        QString detail;
        image = detail::decodeMultiScanLean(pieces, sf.num, sf.denom, gray, &detail);
        if (image.isNull()) {
            *error = mapDecodeError(info, detail);
            return {};
        }
    } else if (tjDecompress2(handle.get(), data, size, image.bits(), w, int(image.bytesPerLine()),
                             h, gray ? TJPF_GRAY : TJPF_RGB, flags)
               != 0) {
        *error = mapDecodeError(info, tjError(handle.get()));
        return {};
    }
    if (step) {
        *step = sf.num == sf.denom
            ? QStringLiteral("decode JPEG %1x%2 at full size").arg(width).arg(height)
            : QStringLiteral("decode JPEG %1x%2 at %3/%4 scale (DCT) -> %5x%6")
                  .arg(width)
                  .arg(height)
                  .arg(sf.num)
                  .arg(sf.denom)
                  .arg(w)
                  .arg(h);
        if (lean)
            *step += QStringLiteral(", %1 scans (coefficients packed)").arg(info.scans);
        if (droppedScans > 0)
            *step += QStringLiteral(", %1 last-bit refinement scan(s) (%2 of %3 B) skipped")
                         .arg(droppedScans)
                         .arg(bytes.size() - keptBytes)
                         .arg(bytes.size());
        if (cmyk)
            *step += QStringLiteral(", %1 -> RGB%2")
                         .arg(info.colorSpace,
                              info.adobeInverted ? QStringLiteral(" (Adobe inverted)") : QString());
    }
    return image;
}

// Composites a premultiplied ARGB image onto white: out = p + (255 - alpha).
QImage flattenOntoWhite(const QImage &argb)
{
    const QImage src = argb.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage out(src.width(), src.height(), QImage::Format_RGB888);
    if (out.isNull())
        return {};
    for (int y = 0; y < src.height(); ++y) {
        const auto *s = reinterpret_cast<const QRgb *>(src.constScanLine(y));
        uchar *d = out.scanLine(y);
        for (int x = 0; x < src.width(); ++x, d += 3) {
            const int fill = 255 - qAlpha(s[x]);
            d[0] = uchar(std::min(255, qRed(s[x]) + fill));
            d[1] = uchar(std::min(255, qGreen(s[x]) + fill));
            d[2] = uchar(std::min(255, qBlue(s[x]) + fill));
        }
    }
    return out;
}

// The chunks that decide the pixels; every other ancillary chunk (text,
// time, EXIF, XMP, APNG frames, private data) is dropped before Qt's reader
// sees the file. libpng allocates such chunks, and inflates zTXt/iTXt, before
// it could refuse them, and the app has no handle on libpng's own limits
// (png_set_chunk_malloc_max) through QImageReader. Unknown critical chunks are
// kept so that libpng refuses them as it should.
QByteArray pngForDecoder(const QByteArray &bytes)
{
    static constexpr const char *kept[] = { "tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "iCCP" };
    constexpr qsizetype maxIccBytes = 1024 * 1024; // real profiles are a few KB
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    QByteArray out = bytes.left(8);
    qsizetype pos = 8;
    while (pos + 12 <= bytes.size()) {
        const qsizetype len = qsizetype(data[pos]) << 24 | qsizetype(data[pos + 1]) << 16
            | qsizetype(data[pos + 2]) << 8 | qsizetype(data[pos + 3]);
        if (len > bytes.size() - pos - 12) // inspectPng refused these already
            break;
        const char *type = bytes.constData() + pos + 4;
        const bool critical = (uchar(type[0]) & 0x20) == 0;
        bool keep = critical;
        for (const char *name : kept) {
            if (std::memcmp(type, name, 4) == 0)
                keep = std::memcmp(type, "iCCP", 4) != 0 || len <= maxIccBytes;
        }
        if (keep)
            out.append(bytes.constData() + pos, 12 + len);
        pos += 12 + len;
        if (std::memcmp(type, "IEND", 4) == 0)
            break;
    }
    return out;
}

QImage decodePng(const QByteArray &bytes, const PhotoInfo &info, PhotoIssue *error, QString *step)
{
    QByteArray copy = pngForDecoder(bytes); // QBuffer needs a non-const array
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    reader.setAutoDetectImageFormat(false);
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    // 16-bit RGBA is 8 bytes a pixel; the IHDR check already bounded the size.
    const qint64 needMb = (qint64(info.width) * info.height * 8) / (1024 * 1024) + 16;
    reader.setAllocationLimit(int(std::min<qint64>(needMb, 1024)));
#endif
    QImage image = reader.read();
    if (image.isNull()) {
        const QString detail = reader.errorString();
        *error = detail.contains(QLatin1String("Read"), Qt::CaseInsensitive)
                || detail.contains(QLatin1String("end"), Qt::CaseInsensitive)
            ? messages::truncatedData(info.fileName)
            : messages::corrupt(info.fileName, detail);
        error->detail = detail;
        return {};
    }
    if (image.width() != info.width || image.height() != info.height) {
        *error = messages::corrupt(info.fileName, QStringLiteral("size mismatch"));
        return {};
    }
    const bool gray = info.colorSpace == QLatin1String("Gray");
    QImage out;
    if (image.hasAlphaChannel()) {
        out = flattenOntoWhite(image);
        if (gray && !out.isNull())
            out = out.convertToFormat(QImage::Format_Grayscale8);
    } else {
        out = image.convertToFormat(gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    }
    if (step) {
        *step = QStringLiteral("decode PNG %1x%2, %3-bit%4")
                    .arg(info.width)
                    .arg(info.height)
                    .arg(info.bitDepth)
                    .arg(image.hasAlphaChannel() ? QStringLiteral(", flattened onto white")
                                                 : QString());
    }
    return out;
}

QImage decodeAny(const QByteArray &bytes, const PhotoInfo &info, int minLongSide, PhotoIssue *error,
                 QString *step)
{
    if (!info.isAcceptable()) {
        *error = info.firstError();
        return {};
    }
    QImage image;
    if (info.format == PhotoFormat::Jpeg)
        image = decodeJpeg(bytes, info, minLongSide, error, step);
    else if (info.format == PhotoFormat::Png)
        image = decodePng(bytes, info, error, step);
    else
        *error = messages::wrongFormat(info.fileName, info.formatName);
    if (image.isNull())
        return {};
    return ops::orient(image, info.orientation);
}

// Normalises any QImage (a clipboard screenshot, a test image) to the two
// formats the pipeline works on.
QImage normalize(const QImage &image)
{
    switch (image.format()) {
    case QImage::Format_RGB888:
    case QImage::Format_Grayscale8:
        return image;
    case QImage::Format_Grayscale16:
        return image.convertToFormat(QImage::Format_Grayscale8);
    default:
        break;
    }
    if (image.hasAlphaChannel())
        return flattenOntoWhite(image);
    return image.convertToFormat(QImage::Format_RGB888);
}

// Optimised Huffman tables make the same quality about 7 % smaller, i.e.
// one or two quality steps more within the budget. The 2.x API (which 3.x
// still exports and which we use) has no parameter for it, only the documented
// TJ_OPTIMIZE environment variable read in every compression. It is set here,
// during static initialisation, because changing the environment once worker
// threads exist (compressions run on the thread pool, libcurl reads proxy
// variables on its own thread) would race with their getenv(). A value the
// user set is kept.
[[maybe_unused]] const bool kHuffmanOptimization = [] {
    if (!qEnvironmentVariableIsSet("TJ_OPTIMIZE"))
        qputenv("TJ_OPTIMIZE", "1");
    return true;
}();

/** The image converted once to the encoder's YCbCr planes (4:2:0) or gray. */
class YuvPlanes
{
public:
    explicit YuvPlanes(const QImage &image)
        : m_width(image.width())
        , m_height(image.height())
        , m_subsamp(image.format() == QImage::Format_Grayscale8 ? TJSAMP_GRAY : TJSAMP_420)
    {
        // Colour conversion and chroma downsampling are the same for every
        // trial quality: doing them once makes each trial encode cheaper.
        const TjPtr handle(tjInitCompress());
        const int planes = m_subsamp == TJSAMP_GRAY ? 1 : 3;
        for (int i = 0; i < planes; ++i) {
            m_strides[i] = tjPlaneWidth(i, m_width, m_subsamp);
            const unsigned long bytes = tjPlaneSizeYUV(i, m_width, 0, m_height, m_subsamp);
            if (!handle || m_strides[i] <= 0 || bytes == static_cast<unsigned long>(-1))
                return;
            m_planes[i].resize(bytes);
            m_pointers[i] = m_planes[i].data();
        }
        const bool gray = m_subsamp == TJSAMP_GRAY;
        m_ok = tjEncodeYUVPlanes(handle.get(), image.constBits(), m_width,
                                 int(image.bytesPerLine()), m_height, gray ? TJPF_GRAY : TJPF_RGB,
                                 m_pointers, m_strides, m_subsamp, 0)
            == 0;
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int height() const { return m_height; }
    [[nodiscard]] int subsamp() const { return m_subsamp; }
    [[nodiscard]] const unsigned char **planes() const
    {
        return const_cast<const unsigned char **>(m_pointers);
    }
    [[nodiscard]] const int *strides() const { return m_strides; }

private:
    int m_width;
    int m_height;
    int m_subsamp;
    bool m_ok = false;
    std::vector<unsigned char> m_planes[3];
    unsigned char *m_pointers[3] = {};
    int m_strides[3] = {};
};

/** Reusable TurboJPEG compressor with one output buffer for every trial. */
class Encoder
{
public:
    explicit Encoder(const YuvPlanes &planes)
        : m_planes(planes)
        , m_handle(tjInitCompress())
    {
        m_capacity = tjBufSize(planes.width(), planes.height(), planes.subsamp());
        if (m_capacity != static_cast<unsigned long>(-1))
            m_buffer = tjAlloc(int(m_capacity));
    }
    ~Encoder()
    {
        if (m_buffer)
            tjFree(m_buffer);
    }
    Encoder(const Encoder &) = delete;
    Encoder &operator=(const Encoder &) = delete;

    /** Returns the encoded size, or -1 on failure; bytes() holds the data until the next call. */
    [[nodiscard]] qint64 encode(int quality)
    {
        if (!m_handle || !m_buffer || !m_planes.ok())
            return -1;
        unsigned long size = m_capacity;
        // Baseline (no TJFLAG_PROGRESSIVE), accurate DCT; TurboJPEG writes only
        // a JFIF APP0 segment, so nothing from the source (EXIF, GPS) survives.
        const int rc = tjCompressFromYUVPlanes(
            static_cast<tjhandle>(m_handle.get()), m_planes.planes(), m_planes.width(),
            m_planes.strides(), m_planes.height(), m_planes.subsamp(), &m_buffer, &size, quality,
            TJFLAG_NOREALLOC | TJFLAG_ACCURATEDCT);
        if (rc != 0)
            return -1;
        m_size = size;
        return qint64(size);
    }
    [[nodiscard]] QByteArray bytes() const
    {
        return QByteArray(reinterpret_cast<const char *>(m_buffer), qsizetype(m_size));
    }

private:
    const YuvPlanes &m_planes;
    TjPtr m_handle;
    unsigned long m_capacity = 0;
    unsigned long m_size = 0;
    unsigned char *m_buffer = nullptr;
};

// libjpeg's quality -> quantizer scale (percent of the standard tables), and back.
double quantScale(int quality)
{
    // Quality 100 means scale 0 (every quantizer 1); 1 keeps the logarithm finite.
    return quality < 50 ? 5000.0 / std::max(1, quality) : std::max(1.0, 200.0 - 2.0 * quality);
}

double qualityForScale(double scale)
{
    return scale >= 100.0 ? 5000.0 / scale : (200.0 - scale) / 2.0;
}

// Mirrors the filter choice in ops::downscale().
QString resizeStep(QSize from, QSize to)
{
    const double ratio = double(std::max(from.width(), from.height()))
        / double(std::max(1, std::max(to.width(), to.height())));
    return QStringLiteral("resize %1x%2 -> %3x%4 (%5)")
        .arg(from.width())
        .arg(from.height())
        .arg(to.width())
        .arg(to.height())
        .arg(ratio < 3.0 ? QStringLiteral("Lanczos-3") : QStringLiteral("area"));
}

QSize fitInside(QSize size, int maxLong)
{
    const int longSide = std::max(size.width(), size.height());
    if (longSide <= maxLong)
        return size;
    const double f = double(maxLong) / longSide;
    return { std::max(1, int(std::lround(size.width() * f))),
             std::max(1, int(std::lround(size.height() * f))) };
}

int effectiveMaxSide(const FitOptions &options)
{
    const int purposeMax = rulesFor(options.purpose).maxLongSide;
    return options.maxSide > 0 ? std::min(options.maxSide, purposeMax) : purposeMax;
}

void addSizeWarnings(QList<PhotoIssue> &issues, const QString &file, QSize upright,
                     PhotoPurpose purpose, double sharpness, double edgeSharpness)
{
    const PurposeRules rules = rulesFor(purpose);
    if (std::max(upright.width(), upright.height()) < rules.recommendedLongSide)
        issues.append(messages::tooSmallSource(file, upright.width(), upright.height(),
                                               rules.recommendedLongSide));
    if (sharpness >= 0 && sharpness < kBlurThreshold && edgeSharpness < kBlurEdgeThreshold)
        issues.append(messages::blurry(file));
}

} // namespace

PurposeRules rulesFor(PhotoPurpose purpose)
{
    switch (purpose) {
    case PhotoPurpose::IdCard:
        return { 1200, 800, 400, 40 };
    case PhotoPurpose::Signature:
        return { 800, 300, 150, 40 };
    case PhotoPurpose::Document:
        break;
    }
    return { 1600, 1000, 600, 35 };
}

PhotoIssue FitResult::firstError() const
{
    for (const PhotoIssue &issue : issues) {
        if (issue.isError())
            return issue;
    }
    return {};
}

bool PhotoCheck::ok() const
{
    return info.isAcceptable();
}

QImage decodePhoto(const QByteArray &bytes, const PhotoInfo &info, int minLongSide,
                   PhotoIssue *error)
{
    PhotoIssue ignored;
    return decodeAny(bytes, info, minLongSide, error ? error : &ignored, nullptr);
}

bool documentKindFor(PhotoPurpose purpose, DocumentKind *kind)
{
    switch (purpose) {
    case PhotoPurpose::IdCard:
        *kind = DocumentKind::IdCard;
        return true;
    case PhotoPurpose::Document:
        *kind = DocumentKind::Page;
        return true;
    case PhotoPurpose::Signature:
        break;
    }
    return false;
}

DocumentQuad detectDocumentInPhoto(const QByteArray &bytes, const QString &fileName,
                                   PhotoPurpose purpose, int quarterTurns,
                                   const PhotoLimits &limits, PhotoIssue *error, qint64 *decodeMs,
                                   qint64 *detectMs, qint64 *detectCpuMs)
{
    DocumentQuad quad;
    DocumentKind kind = DocumentKind::IdCard;
    if (!documentKindFor(purpose, &kind))
        return quad;
    quad.kind = kind;
    const PhotoInfo info = inspectPhoto(bytes, fileName, limits);
    if (!info.isAcceptable()) {
        if (error && !info.issues.isEmpty())
            *error = info.issues.first();
        return quad;
    }
    QElapsedTimer timer;
    timer.start();
    PhotoIssue decodeError;
    QString step;
    // The search works at about 1000 px; the DCT-scaled decode gives that cheaply.
    QImage image = decodeAny(bytes, info, 1000, &decodeError, &step);
    if (image.isNull()) {
        if (error)
            *error = decodeError;
        return quad;
    }
    const int turns = ((quarterTurns % 4) + 4) % 4;
    if (turns)
        image = ops::rotate(image, turns);
    if (decodeMs)
        *decodeMs = timer.restart();
    const std::clock_t cpu = std::clock();
    quad = detectDocument(image, kind);
    if (detectMs)
        *detectMs = timer.elapsed();
    if (detectCpuMs)
        *detectCpuMs = qint64((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
    QSize full(info.uprightWidth(), info.uprightHeight());
    if (turns % 2)
        full.transpose();
    return quad.scaled(double(full.width()) / image.width(),
                       double(full.height()) / image.height());
}

QByteArray readPhotoFile(const QString &path, const PhotoLimits &limits, PhotoIssue *error)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = messages::unreadable(name, file.errorString());
        return {};
    }
    const qint64 size = file.size();
    if (size > limits.maxFileBytes) {
        *error = messages::fileTooLarge(name, size);
        return {};
    }
    // Read at most the limit plus one byte: a file that grows while we read
    // (or a device that reports size 0) cannot make us allocate without bound.
    QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (bytes.size() > limits.maxFileBytes) {
        *error = messages::fileTooLarge(name, bytes.size());
        return {};
    }
    if (bytes.isEmpty() && size > 0) {
        *error = messages::unreadable(name, file.errorString());
        return {};
    }
    return bytes;
}

PhotoCheck analyzePhoto(const QByteArray &bytes, const QString &fileName, PhotoPurpose purpose,
                        const PhotoLimits &limits)
{
    PhotoCheck check;
    check.info = inspectPhoto(bytes, fileName, limits);
    check.issues = check.info.issues;
    if (!check.info.isAcceptable())
        return check;
    PhotoIssue error;
    // 512 px is the sharpness scale; DCT scaling makes this decode cheap.
    const QImage image = decodeAny(bytes, check.info, 512, &error, nullptr);
    if (image.isNull()) {
        check.info.issues.append(error);
        check.issues.append(error);
        return check;
    }
    check.sharpness = ops::sharpness(image, &check.edgeSharpness);
    addSizeWarnings(check.issues, fileName,
                    QSize(check.info.uprightWidth(), check.info.uprightHeight()), purpose,
                    check.sharpness, check.edgeSharpness);
    return check;
}

FitResult fitImage(const QImage &input, const QString &fileName, const FitOptions &options,
                   const CancelCheck &cancelled)
{
    FitResult result;
    QElapsedTimer timer;
    timer.start();
    const PurposeRules rules = rulesFor(options.purpose);
    QImage image = normalize(input);
    if (image.isNull()) {
        result.issues.append(messages::corrupt(fileName, QStringLiteral("empty image")));
        return result;
    }
    const QSize target = fitInside(image.size(), effectiveMaxSide(options));
    if (target != image.size()) {
        result.steps.append(resizeStep(image.size(), target));
        image = ops::downscale(image, target.width(), target.height());
    }
    const int floor = std::clamp(options.minQuality > 0 ? options.minQuality : rules.minQuality, 1,
                                 std::clamp(options.maxQuality, 1, 100));
    const int top = std::clamp(options.maxQuality, 1, 100);
    // A result smaller than the purpose's minimum is unreadable, unless the
    // source itself was already that small.
    const int minLong = std::min(rules.minLongSide, std::max(image.width(), image.height()));

    for (;;) {
        if (cancelled && cancelled()) {
            result.issues.append(messages::cancelled(fileName));
            return result;
        }
        const YuvPlanes planes(image);
        Encoder first(planes), second(planes);
        auto log = [&](int q, qint64 size) {
            result.steps.append(QStringLiteral("encode %1x%2 q=%3: %4 B%5")
                                    .arg(image.width())
                                    .arg(image.height())
                                    .arg(q)
                                    .arg(size)
                                    .arg(size >= 0 && size <= options.maxBytes
                                             ? QString()
                                             : QStringLiteral(" (too large)")));
        };
        // Search for the highest quality in [floor, top] that fits, two trials
        // at a time (one on a helper thread: libjpeg-turbo uses one core and a
        // kiosk has two). Invariant: lo fits (floor - 1 = nothing yet), hi
        // does not (top + 1 = not tried). The size is close to log-linear in
        // libjpeg's quantizer scale, so after the first pair the next pair is
        // the predicted quality and the one above it, which usually settles
        // it (a miss narrows the bracket for a better prediction). After three
        // predictions, pairs split the bracket in thirds, so a strange image
        // costs at most a few more rounds than a bisection.
        // Only encodes that fit are kept, so the limit holds even where the
        // size is not monotone in the quality.
        int lo = floor - 1, hi = top + 1;
        int bestQ = -1;
        QByteArray best;
        double loLogSize = 0, hiLogSize = 0; // log(size) at lo and hi once known
        bool haveLo = false, haveHi = false;
        int predictions = 0;
        bool failed = false;
        const double logTarget = std::log(double(options.maxBytes) * 0.99);
        // Every trial as (log quantizer scale, log size), for the prediction.
        std::vector<std::pair<double, double>> points;
        auto predict = [&]() {
            // Through the bracket's ends when both are known, otherwise
            // through the two trials nearest to the open side.
            std::pair<double, double> p, q;
            if (haveLo && haveHi) {
                p = { std::log(quantScale(lo)), loLogSize };
                q = { std::log(quantScale(hi)), hiLogSize };
            } else {
                std::sort(points.begin(), points.end());
                // Small scale = high quality: with only fits, the open side is
                // the high-quality end (smallest scales), else the other end.
                if (haveLo) {
                    p = points[0];
                    q = points[1];
                } else {
                    p = points[points.size() - 1];
                    q = points[points.size() - 2];
                }
            }
            if (q.second == p.second || q.first == p.first)
                return -1;
            const double t = (logTarget - p.second) / (q.second - p.second);
            return int(std::lround(qualityForScale(std::exp(p.first + t * (q.first - p.first)))));
        };
        while (hi - lo > 1 && !failed) {
            if (cancelled && cancelled()) {
                result.issues.append(messages::cancelled(fileName));
                return result;
            }
            const int open = hi - lo - 1; // untried qualities in (lo, hi)
            int qa = 0, qb = 0; // qb = 0: one trial only
            if (open <= 2) {
                qa = lo + 1;
                qb = open == 2 ? lo + 2 : 0;
            } else if (!haveLo && !haveHi) {
                // A first pair that brackets most photos at this size.
                qa = std::clamp(35, lo + 1, hi - 1);
                qb = std::clamp(75, lo + 1, hi - 1);
                if (qb == qa)
                    qb = qa + 1 < hi ? qa + 1 : 0;
            } else if (const int guess = predictions >= 3 || points.size() < 2 ? -1 : predict();
                       guess > 0) {
                ++predictions;
                qa = std::clamp(guess, lo + 1, hi - 1);
                qb = qa + 1 < hi ? qa + 1 : qa - 1;
                if (qb <= lo)
                    qb = 0;
            } else {
                qa = lo + (open + 2) / 3;
                qb = lo + (2 * open + 2) / 3;
                if (qb == qa || qb >= hi)
                    qb = 0;
            }
            if (qb != 0 && qb < qa)
                std::swap(qa, qb);
            qint64 sizeA = -1, sizeB = -1;
            if (qb != 0) {
                std::thread helper([&] { sizeB = second.encode(qb); });
                sizeA = first.encode(qa);
                helper.join();
            } else {
                sizeA = first.encode(qa);
            }
            const std::pair<int, qint64> trials[2] = { { qa, sizeA }, { qb, sizeB } };
            for (int i = 0; i < (qb != 0 ? 2 : 1); ++i) {
                const auto [q, size] = trials[i];
                log(q, size);
                if (size < 0) {
                    failed = true;
                    continue;
                }
                points.emplace_back(std::log(quantScale(q)), std::log(double(size)));
                if (size <= options.maxBytes) {
                    if (q > lo) {
                        lo = q;
                        loLogSize = std::log(double(size));
                        haveLo = true;
                        bestQ = q;
                        best = (i == 0 ? first : second).bytes();
                    }
                } else if (q < hi) {
                    hi = q;
                    hiLogSize = std::log(double(size));
                    haveHi = true;
                }
            }
        }
        if (failed && bestQ < 0) {
            result.issues.append(messages::corrupt(fileName, QStringLiteral("encoder failed")));
            return result;
        }
        if (bestQ > 0) {
            result.jpeg = best;
            result.quality = bestQ;
            result.width = image.width();
            result.height = image.height();
            result.bytes = best.size();
            result.grayscale = image.format() == QImage::Format_Grayscale8;
            result.steps.append(QStringLiteral("chose %1x%2 q=%3: %4 B (limit %5 B) [%6 ms]")
                                    .arg(result.width)
                                    .arg(result.height)
                                    .arg(bestQ)
                                    .arg(result.bytes)
                                    .arg(options.maxBytes)
                                    .arg(timer.elapsed()));
            if (std::max(result.width, result.height) < rules.minLongSide)
                result.issues.append(
                    messages::resultTooSmall(fileName, result.width, result.height));
            return result;
        }
        // Even the legibility floor is too large: fewer pixels, same floor.
        const int longSide = std::max(image.width(), image.height());
        const int next = int(longSide * 0.85);
        if (next < minLong || next < 1) {
            result.issues.append(messages::cannotFit(fileName, options.maxBytes));
            return result;
        }
        const QSize smaller = fitInside(image.size(), next);
        result.steps.append(QStringLiteral("floor q=%1 too large: ").arg(floor)
                            + resizeStep(image.size(), smaller));
        image = ops::downscale(image, smaller.width(), smaller.height());
    }
}

FitResult fitPhoto(const QByteArray &bytes, const QString &fileName, const FitOptions &options,
                   const CancelCheck &cancelled)
{
    FitResult result;
    result.source = inspectPhoto(bytes, fileName, options.limits);
    if (!result.source.isAcceptable()) {
        result.issues = result.source.issues;
        return result;
    }
    const PhotoInfo &info = result.source;
    result.steps.append(QStringLiteral("inspect %1 %2x%3 %4 %5 orientation %6")
                            .arg(info.formatName)
                            .arg(info.width)
                            .arg(info.height)
                            .arg(info.coding.isEmpty() ? info.colorSpace : info.coding)
                            .arg(info.subsampling.isEmpty() ? info.colorSpace : info.subsampling)
                            .arg(info.orientation));
    if (cancelled && cancelled()) {
        result.issues.append(messages::cancelled(fileName));
        return result;
    }

    // Geometry in full-resolution pixels of the upright, rotated image.
    const int turns = ((options.quarterTurns % 4) + 4) % 4;
    QSize full(info.uprightWidth(), info.uprightHeight());
    if (turns % 2)
        full.transpose();
    QRect crop(QPoint(0, 0), full);
    if (!options.crop.isNull()) {
        crop = options.crop.intersected(crop);
        if (crop.isEmpty()) {
            result.issues.append(messages::badCrop(fileName));
            return result;
        }
    }
    const QSize target = fitInside(crop.size(), effectiveMaxSide(options));
    const double scale = double(std::max(target.width(), target.height()))
        / double(std::max(crop.width(), crop.height()));
    int minDecodeLong =
        int(std::ceil(kDecodeHeadroom * scale * std::max(full.width(), full.height()) - 1e-9));
    DocumentKind kind = DocumentKind::IdCard;
    const bool manualCorners = options.documentCorners.size() == 4;
    const bool wantDocument = (options.document == DocumentMode::Auto || manualCorners)
        && options.crop.isNull() && documentKindFor(options.purpose, &kind);
    if (wantDocument) {
        // The document is a part of the frame (a card may fill a fifth of its
        // width): decode enough pixels for it to reach the target size, in
        // the one decode there is.
        const int fullLong = std::max(full.width(), full.height());
        minDecodeLong = std::max(
            minDecodeLong,
            std::min(fullLong,
                     int(kDocumentDecodeFactor * std::max(target.width(), target.height()))));
    }

    PhotoIssue error;
    QString step;
    QElapsedTimer timer;
    timer.start();
    QImage image = decodeAny(bytes, info, minDecodeLong, &error, &step);
    if (image.isNull()) {
        result.issues.append(error);
        return result;
    }
    result.steps.append(step + QStringLiteral(" [%1 ms]").arg(timer.restart()));
    if (info.orientation != 1)
        result.steps.append(QStringLiteral("apply EXIF orientation %1").arg(info.orientation));
    if (turns) {
        image = ops::rotate(image, turns);
        result.steps.append(QStringLiteral("rotate %1 degrees clockwise").arg(turns * 90));
    }
    if (cancelled && cancelled()) {
        result.issues.append(messages::cancelled(fileName));
        return result;
    }
    if (options.sourcePreviewSide > 0) {
        // From the decode that is here anyway: the slot shows the photo with its corners.
        const QSize side = fitInside(image.size(), options.sourcePreviewSide);
        result.sourcePreview =
            side == image.size() ? image : ops::downscale(image, side.width(), side.height());
    }
    if (crop.size() != full) {
        // The decode may be DCT-scaled: map the crop into decoded pixels.
        const double fx = double(image.width()) / full.width();
        const double fy = double(image.height()) / full.height();
        const int x0 = int(std::floor(crop.x() * fx)), y0 = int(std::floor(crop.y() * fy));
        const int x1 = std::min(image.width(), int(std::ceil((crop.x() + crop.width()) * fx)));
        const int y1 = std::min(image.height(), int(std::ceil((crop.y() + crop.height()) * fy)));
        const QRect scaled(x0, y0, std::max(1, x1 - x0), std::max(1, y1 - y0));
        image = image.copy(scaled);
        result.steps.append(QStringLiteral("crop %1x%2+%3+%4")
                                .arg(crop.width())
                                .arg(crop.height())
                                .arg(crop.x())
                                .arg(crop.y()));
    }
    timer.restart();
    result.sharpness = ops::sharpness(image, &result.edgeSharpness);
    addSizeWarnings(result.issues, fileName, crop.size(), options.purpose, result.sharpness,
                    result.edgeSharpness);
    result.steps.append(QStringLiteral("sharpness %1, at edges %2 [%3 ms]")
                            .arg(result.sharpness, 0, 'f', 1)
                            .arg(result.edgeSharpness, 0, 'f', 2)
                            .arg(timer.restart()));

    bool straightened = false;
    if (wantDocument) {
        const double fx = double(image.width()) / full.width();
        const double fy = double(image.height()) / full.height();
        DocumentQuad quad;
        quad.kind = kind;
        if (manualCorners) {
            quad.found = true;
            quad.confidence = 1;
            for (int i = 0; i < 4; ++i)
                quad.corners[size_t(i)] = options.documentCorners.at(i);
            quad = quad.scaled(fx, fy);
            result.steps.append(QStringLiteral("document corners set by hand"));
        } else {
            quad = detectDocument(image, kind);
            result.steps.append((quad.found
                                     ? QStringLiteral("detect document: found, confidence %1")
                                           .arg(quad.confidence, 0, 'f', 2)
                                     : QStringLiteral("detect document: none, whole photo kept"))
                                + QStringLiteral(" [%1 ms]").arg(timer.restart()));
            if (!quad.found)
                result.issues.append(messages::noDocument(fileName));
        }
        if (quad.found) {
            const QSize size = straightenedSize(quad, std::max(target.width(), target.height()));
            image = levelDocumentLight(straightenDocument(image, quad, size));
            if (image.isNull()) {
                result.issues.append(messages::corrupt(fileName, QStringLiteral("warp failed")));
                return result;
            }
            result.document = quad.scaled(1 / fx, 1 / fy);
            straightened = true;
            result.steps.append(QStringLiteral("straighten document to %1x%2, level light [%3 ms]")
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(timer.restart()));
        }
    }
    if (!straightened && image.size() != target) {
        result.steps.append(resizeStep(image.size(), target));
        image = ops::downscale(image, target.width(), target.height());
        result.steps.last() += QStringLiteral(" [%1 ms]").arg(timer.restart());
    }
    FitResult encoded = fitImage(image, fileName, options, cancelled);
    encoded.source = result.source;
    encoded.sharpness = result.sharpness;
    encoded.edgeSharpness = result.edgeSharpness;
    encoded.document = result.document;
    encoded.sourcePreview = result.sourcePreview;
    encoded.steps = result.steps + encoded.steps;
    encoded.issues = result.issues + encoded.issues;
    return encoded;
}

} // namespace zkgrad::imaging

namespace zkgrad::imaging::ops {

QByteArray encodeJpeg(const QImage &image, int quality)
{
    const QImage normalized = normalize(image);
    if (normalized.isNull())
        return {};
    const YuvPlanes planes(normalized);
    Encoder encoder(planes);
    if (encoder.encode(std::clamp(quality, 1, 100)) < 0)
        return {};
    return encoder.bytes();
}

} // namespace zkgrad::imaging::ops
