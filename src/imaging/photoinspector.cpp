#include "photoinfo.h"
#include "photomessages.h"

#include <QByteArray>

#include <cstring>

namespace zkgrad::imaging {

namespace {

// More scans than libjpeg-turbo's own TJFLAG_LIMITSCANS allows (500) is an
// attack on the progressive decoder, never a real photo.
constexpr int kMaxScans = 500;

quint16 be16(const uchar *p)
{
    return quint16((p[0] << 8) | p[1]);
}

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

bool startsWith(const QByteArray &bytes, const char *magic, qsizetype offset = 0)
{
    const auto n = qsizetype(std::strlen(magic));
    return bytes.size() >= offset + n && std::memcmp(bytes.constData() + offset, magic, n) == 0;
}

// Text if the first KB has no NUL and no control characters other than
// whitespace: enough to tell a renamed .txt/.csv/.html (UTF-8 or GBK) from
// binary data.
bool looksLikeText(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(1024);
    int printable = 0;
    for (const char c : head) {
        const auto u = uchar(c);
        if (u == 0)
            return false;
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f')
            return false;
        ++printable;
    }
    return printable > 0;
}

void identifyOther(PhotoInfo &info, const QByteArray &bytes)
{
    auto set = [&](PhotoFormat f, const char *name) {
        info.format = f;
        info.formatName = QLatin1String(name);
    };
    if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a"))
        set(PhotoFormat::Gif, "GIF");
    else if (startsWith(bytes, "BM") && bytes.size() >= 26)
        set(PhotoFormat::Bmp, "BMP");
    else if (startsWith(bytes, "%PDF"))
        set(PhotoFormat::Pdf, "PDF");
    else if (startsWith(bytes, "RIFF") && startsWith(bytes, "WEBP", 8))
        set(PhotoFormat::WebP, "WebP");
    else if (startsWith(bytes, "ftyp", 4)) {
        const QByteArray brand = bytes.mid(8, 4);
        if (brand == "avif" || brand == "avis")
            set(PhotoFormat::Avif, "AVIF");
        else if (brand == "heic" || brand == "heix" || brand == "hevc" || brand == "heim"
                 || brand == "heis" || brand == "mif1" || brand == "msf1")
            set(PhotoFormat::Heic, "HEIC");
        else
            set(PhotoFormat::Unknown, "MP4/QuickTime");
    } else if (startsWith(bytes, "PK\x03\x04"))
        set(PhotoFormat::Zip, "ZIP");
    else if (looksLikeText(bytes))
        set(PhotoFormat::Text, "text");
    else
        set(PhotoFormat::Unknown, "unknown");
}

// TIFF magic "II*\0" contains a NUL, which startsWith() cannot express.
bool isTiff(const QByteArray &bytes)
{
    if (bytes.size() < 4)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    return (p[0] == 'I' && p[1] == 'I' && p[2] == 42 && p[3] == 0)
        || (p[0] == 'M' && p[1] == 'M' && p[2] == 0 && p[3] == 42);
}

void checkDimensions(PhotoInfo &info, const PhotoLimits &limits)
{
    if (info.width <= 0 || info.height <= 0) {
        info.issues.append(messages::corrupt(info.fileName, QStringLiteral("zero dimension")));
        return;
    }
    if (info.width > limits.maxSide || info.height > limits.maxSide) {
        info.issues.append(
            messages::sideTooLong(info.fileName, info.width, info.height, limits.maxSide));
        return;
    }
    if (qint64(info.width) * qint64(info.height) > limits.maxPixels)
        info.issues.append(
            messages::tooManyPixels(info.fileName, info.width, info.height, limits.maxPixels));
}

QString subsamplingName(const uchar *sampling, int components)
{
    if (components == 1)
        return QStringLiteral("gray");
    const int h0 = sampling[0] >> 4, v0 = sampling[0] & 15;
    for (int i = 1; i < components; ++i) {
        if (sampling[i] != 0x11)
            return QStringLiteral("other");
    }
    if (components == 4) {
        if (h0 == 1 && v0 == 1)
            return QStringLiteral("4:4:4");
        return h0 == 2 && v0 == 2 ? QStringLiteral("4:2:0") : QStringLiteral("other");
    }
    if (h0 == 1 && v0 == 1)
        return QStringLiteral("4:4:4");
    if (h0 == 2 && v0 == 1)
        return QStringLiteral("4:2:2");
    if (h0 == 2 && v0 == 2)
        return QStringLiteral("4:2:0");
    if (h0 == 1 && v0 == 2)
        return QStringLiteral("4:4:0");
    if (h0 == 4 && v0 == 1)
        return QStringLiteral("4:1:1");
    if (h0 == 4 && v0 == 2)
        return QStringLiteral("4:1:0");
    return QStringLiteral("other");
}

void inspectJpeg(PhotoInfo &info, const QByteArray &bytes, const PhotoLimits &limits)
{
    info.format = PhotoFormat::Jpeg;
    info.formatName = QStringLiteral("JPEG");
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype pos = 2;
    bool haveFrame = false;
    bool sawJfif = false;
    bool sawAdobe = false;
    int adobeTransform = -1;
    bool sawExif = false;
    bool ended = false;
    uchar componentIds[4] = {};

    while (!ended) {
        // Markers may be preceded by any number of 0xFF fill bytes.
        if (pos >= size) {
            info.issues.append(info.scans > 0 ? messages::truncatedData(info.fileName)
                                              : messages::truncatedHeader(info.fileName));
            return;
        }
        if (data[pos] != 0xFF) {
            info.issues.append(messages::corrupt(info.fileName, QStringLiteral("marker expected")));
            return;
        }
        while (pos < size && data[pos] == 0xFF)
            ++pos;
        if (pos >= size) {
            info.issues.append(messages::truncatedHeader(info.fileName));
            return;
        }
        const uchar marker = data[pos++];
        if (marker == 0xD9) {
            ended = true;
            break;
        }
        if (marker == 0xD8 || marker == 0x00 || (marker >= 0xD0 && marker <= 0xD7)
            || marker == 0x01) {
            // Standalone markers; a stray SOI or RST between segments is broken
            // but harmless to skip.
            if (marker == 0xD8 || marker == 0x00) {
                info.issues.append(
                    messages::corrupt(info.fileName, QStringLiteral("unexpected marker")));
                return;
            }
            continue;
        }
        if (pos + 2 > size) {
            info.issues.append(info.scans > 0 ? messages::truncatedData(info.fileName)
                                              : messages::truncatedHeader(info.fileName));
            return;
        }
        const int length = be16(data + pos);
        if (length < 2) {
            info.issues.append(
                messages::corrupt(info.fileName, QStringLiteral("bad segment length")));
            return;
        }
        if (pos + length > size) {
            info.issues.append(info.scans > 0 ? messages::truncatedData(info.fileName)
                                              : messages::truncatedHeader(info.fileName));
            return;
        }
        const uchar *seg = data + pos + 2;
        const int segLen = length - 2;

        if (marker == 0xE0 && segLen >= 5 && std::memcmp(seg, "JFIF\0", 5) == 0) {
            sawJfif = true;
        } else if (marker == 0xE1 && !sawExif && segLen >= 6
                   && std::memcmp(seg, "Exif\0", 5) == 0) {
            sawExif = true;
            info.orientation = exifOrientation(
                QByteArray::fromRawData(reinterpret_cast<const char *>(seg), segLen));
        } else if (marker == 0xEE && segLen >= 12 && std::memcmp(seg, "Adobe", 5) == 0) {
            sawAdobe = true;
            adobeTransform = seg[11];
        } else if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                   && marker != 0xCC) {
            if (haveFrame) {
                info.issues.append(
                    messages::corrupt(info.fileName, QStringLiteral("second frame header")));
                return;
            }
            if (segLen < 6) {
                info.issues.append(
                    messages::corrupt(info.fileName, QStringLiteral("short frame header")));
                return;
            }
            haveFrame = true;
            info.bitDepth = seg[0];
            info.height = be16(seg + 1);
            info.width = be16(seg + 3);
            info.components = seg[5];
            info.arithmetic = marker >= 0xC8;
            switch (marker & 0x07) {
            case 0:
                info.coding = QStringLiteral("baseline");
                break;
            case 1:
                info.coding = QStringLiteral("extended");
                break;
            case 2:
                info.coding = QStringLiteral("progressive");
                break;
            case 3:
                info.coding = QStringLiteral("lossless");
                break;
            default:
                info.coding = QStringLiteral("hierarchical");
                break;
            }
            if (info.components != 1 && info.components != 3 && info.components != 4) {
                info.issues.append(messages::unsupportedJpeg(
                    info.fileName, QStringLiteral("%1 components").arg(info.components)));
                return;
            }
            if (segLen < 6 + 3 * info.components) {
                info.issues.append(
                    messages::corrupt(info.fileName, QStringLiteral("short frame header")));
                return;
            }
            uchar sampling[4] = {};
            for (int i = 0; i < info.components; ++i) {
                componentIds[i] = seg[6 + 3 * i];
                sampling[i] = seg[7 + 3 * i];
                const int h = sampling[i] >> 4, v = sampling[i] & 15;
                if (h < 1 || h > 4 || v < 1 || v > 4) {
                    info.issues.append(
                        messages::corrupt(info.fileName, QStringLiteral("bad sampling factor")));
                    return;
                }
            }
            info.subsampling = subsamplingName(sampling, info.components);
            if (info.coding == QLatin1String("lossless")) {
                info.issues.append(messages::losslessJpeg(info.fileName));
                return;
            }
            if (info.coding == QLatin1String("hierarchical")) {
                info.issues.append(messages::hierarchicalJpeg(info.fileName));
                return;
            }
            if (info.bitDepth != 8) {
                info.issues.append(messages::highPrecisionJpeg(info.fileName, info.bitDepth));
                return;
            }
            if (info.height == 0) {
                // Height defined later by a DNL marker: legal, but no camera writes it.
                info.issues.append(
                    messages::unsupportedJpeg(info.fileName, QStringLiteral("DNL height")));
                return;
            }
            checkDimensions(info, limits);
            if (!info.isAcceptable())
                return;
        } else if (marker == 0xDA) {
            if (!haveFrame) {
                info.issues.append(
                    messages::corrupt(info.fileName, QStringLiteral("scan before frame")));
                return;
            }
            ++info.scans;
            if (info.scans > kMaxScans) {
                info.issues.append(messages::tooManyScans(info.fileName, info.scans));
                return;
            }
            // Skip the entropy-coded data: it ends at the first marker that is
            // neither a stuffed 0xFF00 nor a restart marker.
            qsizetype p = pos + length;
            bool found = false;
            while (p < size) {
                const void *hit = std::memchr(data + p, 0xFF, size_t(size - p));
                if (!hit)
                    break;
                p = static_cast<const uchar *>(hit) - data;
                if (p + 1 >= size)
                    break;
                const uchar next = data[p + 1];
                if (next == 0x00 || next == 0xFF || (next >= 0xD0 && next <= 0xD7)) {
                    p += next == 0xFF ? 1 : 2;
                    continue;
                }
                found = true;
                break;
            }
            if (!found) {
                info.issues.append(messages::truncatedData(info.fileName));
                return;
            }
            pos = p;
            continue;
        }
        pos += length;
    }

    if (!haveFrame || info.scans == 0) {
        info.issues.append(messages::corrupt(info.fileName, QStringLiteral("no image data")));
        return;
    }

    // Colour space as libjpeg infers it (jdapimin.c default_decompress_parms).
    if (info.components == 1) {
        info.colorSpace = QStringLiteral("Gray");
    } else if (info.components == 3) {
        // Branch for branch as libjpeg decides, so equal outcomes stay separate branches.
        // NOLINTBEGIN(bugprone-branch-clone)
        if (sawJfif)
            info.colorSpace = QStringLiteral("YCbCr");
        else if (sawAdobe)
            info.colorSpace = adobeTransform == 0 ? QStringLiteral("RGB") : QStringLiteral("YCbCr");
        else if (componentIds[0] == 'R' && componentIds[1] == 'G' && componentIds[2] == 'B')
            info.colorSpace = QStringLiteral("RGB");
        else
            info.colorSpace = QStringLiteral("YCbCr");
        // NOLINTEND(bugprone-branch-clone)
    } else {
        info.colorSpace =
            sawAdobe && adobeTransform == 2 ? QStringLiteral("YCCK") : QStringLiteral("CMYK");
        // Photoshop, the source of nearly every CMYK JPEG, stores inverted
        // values and marks its files with the Adobe segment.
        info.adobeInverted = sawAdobe;
    }
}

// A chunk type for a message: the four letters, anything else as '?'.
QString pngChunkName(const uchar *type)
{
    QString name;
    for (int i = 0; i < 4; ++i) {
        const uchar c = type[i];
        name.append((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ? QChar(char16_t(c))
                                                                     : QChar(u'?'));
    }
    return name;
}

void inspectPng(PhotoInfo &info, const QByteArray &bytes, const PhotoLimits &limits)
{
    info.format = PhotoFormat::Png;
    info.formatName = QStringLiteral("PNG");
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    // Signature (8) + IHDR length (4) + "IHDR" (4) + 13 data bytes.
    if (bytes.size() < 8 + 8 + 13) {
        info.issues.append(messages::truncatedHeader(info.fileName));
        return;
    }
    if (be32(data + 8) != 13 || std::memcmp(data + 12, "IHDR", 4) != 0) {
        info.issues.append(messages::corrupt(info.fileName, QStringLiteral("no IHDR")));
        return;
    }
    const uchar *ihdr = data + 16;
    const quint32 w = be32(ihdr), h = be32(ihdr + 4);
    info.bitDepth = ihdr[8];
    const int colorType = ihdr[9];
    if (w > quint32(limits.maxSide) || h > quint32(limits.maxSide)) {
        info.width = int(qMin<quint32>(w, 0x7FFFFFFF));
        info.height = int(qMin<quint32>(h, 0x7FFFFFFF));
        info.issues.append(
            messages::sideTooLong(info.fileName, info.width, info.height, limits.maxSide));
        return;
    }
    info.width = int(w);
    info.height = int(h);
    switch (colorType) {
    case 0:
        info.components = 1;
        info.colorSpace = QStringLiteral("Gray");
        break;
    case 4:
        info.components = 2;
        info.colorSpace = QStringLiteral("Gray");
        info.hasAlpha = true;
        break;
    case 2: // truecolour
    case 3: // palette, expanded to RGB
        info.components = 3;
        info.colorSpace = QStringLiteral("RGB");
        break;
    case 6:
        info.components = 4;
        info.colorSpace = QStringLiteral("RGB");
        info.hasAlpha = true;
        break;
    default:
        info.issues.append(messages::corrupt(info.fileName, QStringLiteral("bad colour type")));
        return;
    }
    // Walk every chunk before any decoder sees the file, as inspectJpeg walks
    // the markers: libpng allocates a chunk's declared length before reading
    // it, so one forged length (a 389-byte file whose tEXt claimed 1.7 GB)
    // froze the pipeline. A length beyond the whole file is forgery or damage;
    // one that merely runs past the end is a cut file.
    const qsizetype size = bytes.size();
    qsizetype pos = 8;
    bool sawEnd = false;
    while (pos + 8 <= size) {
        const quint32 len = be32(data + pos);
        const uchar *type = data + pos + 4;
        if (len > 0x7FFFFFFFu || qint64(len) > qint64(size)) {
            info.issues.append(
                messages::pngChunkLength(info.fileName, pngChunkName(type), len, size));
            return;
        }
        if (pos + 12 + qsizetype(len) > size)
            break;
        if (std::memcmp(type, "tRNS", 4) == 0) // a transparent palette entry or colour
            info.hasAlpha = true;
        pos += 12 + qsizetype(len);
        if (std::memcmp(type, "IEND", 4) == 0) {
            sawEnd = true;
            break;
        }
    }
    if (!sawEnd) {
        info.issues.append(messages::truncatedData(info.fileName));
        return;
    }
    checkDimensions(info, limits);
}

} // namespace

bool PhotoInfo::isAcceptable() const
{
    for (const PhotoIssue &issue : issues) {
        if (issue.isError())
            return false;
    }
    return true;
}

PhotoIssue PhotoInfo::firstError() const
{
    for (const PhotoIssue &issue : issues) {
        if (issue.isError())
            return issue;
    }
    return {};
}

int exifOrientation(const QByteArray &payload)
{
    // "Exif\0\0" then a TIFF header; IFD0 holds tag 0x0112 (SHORT, count 1).
    if (payload.size() < 6 + 8)
        return 1;
    const auto *tiff = reinterpret_cast<const uchar *>(payload.constData()) + 6;
    const qsizetype n = payload.size() - 6;
    bool little;
    if (tiff[0] == 'I' && tiff[1] == 'I')
        little = true;
    else if (tiff[0] == 'M' && tiff[1] == 'M')
        little = false;
    else
        return 1;
    auto u16 = [&](qsizetype off) -> quint32 {
        return little ? quint32(tiff[off] | (tiff[off + 1] << 8)) : quint32(be16(tiff + off));
    };
    auto u32 = [&](qsizetype off) -> quint32 {
        return little ? (quint32(tiff[off]) | (quint32(tiff[off + 1]) << 8)
                         | (quint32(tiff[off + 2]) << 16) | (quint32(tiff[off + 3]) << 24))
                      : be32(tiff + off);
    };
    if (u16(2) != 42)
        return 1;
    const quint32 ifd = u32(4);
    if (ifd < 8 || qsizetype(ifd) + 2 > n)
        return 1;
    const quint32 count = u16(ifd);
    for (quint32 i = 0; i < count; ++i) {
        const qsizetype entry = qsizetype(ifd) + 2 + qsizetype(i) * 12;
        if (entry + 12 > n)
            return 1;
        if (u16(entry) != 0x0112)
            continue;
        const quint32 type = u16(entry + 2);
        quint32 value = 0;
        if (type == 3) // SHORT: left-justified in the 4-byte value field
            value = u16(entry + 8);
        else if (type == 4) // LONG, seen from some broken writers
            value = u32(entry + 8);
        else
            return 1;
        return value >= 1 && value <= 8 ? int(value) : 1;
    }
    return 1;
}

PhotoInfo inspectPhoto(const QByteArray &bytes, const QString &fileName, const PhotoLimits &limits)
{
    PhotoInfo info;
    info.fileName = fileName;
    if (bytes.isEmpty()) {
        info.format = PhotoFormat::Empty;
        info.formatName = QStringLiteral("empty");
        info.issues.append(messages::emptyFile(fileName));
        return info;
    }
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    if (bytes.size() >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) {
        inspectJpeg(info, bytes, limits);
        return info;
    }
    if (bytes.size() >= 2 && data[0] == 0xFF && data[1] == 0xD8) {
        info.format = PhotoFormat::Jpeg;
        info.formatName = QStringLiteral("JPEG");
        info.issues.append(bytes.size() < 3 ? messages::truncatedHeader(fileName)
                                            : messages::corrupt(fileName));
        return info;
    }
    if (startsWith(bytes, "\x89PNG\r\n\x1a\n")) {
        inspectPng(info, bytes, limits);
        return info;
    }
    if (isTiff(bytes)) {
        info.format = PhotoFormat::Tiff;
        info.formatName = QStringLiteral("TIFF");
    } else {
        identifyOther(info, bytes);
    }
    if (info.format == PhotoFormat::Text
        || (info.format == PhotoFormat::Unknown && info.formatName == QLatin1String("unknown")))
        info.issues.append(messages::notAnImage(fileName));
    else
        info.issues.append(messages::wrongFormat(fileName, info.formatName));
    return info;
}

QString purposeName(PhotoPurpose purpose)
{
    switch (purpose) {
    case PhotoPurpose::IdCard:
        return QStringLiteral("id-card");
    case PhotoPurpose::Signature:
        return QStringLiteral("signature");
    case PhotoPurpose::Document:
        break;
    }
    return QStringLiteral("document");
}

bool parsePurpose(const QString &name, PhotoPurpose *purpose)
{
    if (name == QLatin1String("id-card"))
        *purpose = PhotoPurpose::IdCard;
    else if (name == QLatin1String("document"))
        *purpose = PhotoPurpose::Document;
    else if (name == QLatin1String("signature"))
        *purpose = PhotoPurpose::Signature;
    else
        return false;
    return true;
}

QStringList imageFilePatterns()
{
    return { QStringLiteral("*.jpg"),  QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
             QStringLiteral("*.heic"), QStringLiteral("*.heif"), QStringLiteral("*.webp"),
             QStringLiteral("*.bmp"),  QStringLiteral("*.gif"),  QStringLiteral("*.tif"),
             QStringLiteral("*.tiff") };
}

} // namespace zkgrad::imaging
