// Every input named in issue 4 is generated here, then inspected and fitted;
// outputs are checked byte by byte (size, SOF0, no APP1, 4:2:0) and decoded
// to check their pixels.
#include "jpegcraft.h"
#include "photojob.h"
#include "photopipeline.h"
#include "testimages.h"
#include "translations.h"

#include <QBuffer>
#include <QHash>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <turbojpeg.h>

#include <cmath>

using namespace zkgrad::imaging;

namespace {

// The upright test pattern: four solid quadrants, so any wrong flip or turn
// moves a colour into the wrong corner.
const QColor kTopLeft(220, 30, 30); // red
const QColor kTopRight(30, 200, 40); // green
const QColor kBottomLeft(30, 40, 220); // blue
const QColor kBottomRight(240, 230, 40); // yellow

QImage quadrants(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB888);
    QPainter p(&image);
    p.fillRect(0, 0, w / 2, h / 2, kTopLeft);
    p.fillRect(w / 2, 0, w - w / 2, h / 2, kTopRight);
    p.fillRect(0, h / 2, w / 2, h - h / 2, kBottomLeft);
    p.fillRect(w / 2, h / 2, w - w / 2, h - h / 2, kBottomRight);
    return image;
}

// Something like a document page: text-like strokes on paper, compressible
// but not trivially so.
QImage documentLike(int w, int h, quint32 seed = 7)
{
    QImage image(w, h, QImage::Format_RGB888);
    image.fill(QColor(245, 243, 238));
    QPainter p(&image);
    QRandomGenerator rng(seed);
    const int lineHeight = std::max(4, h / 30);
    for (int y = lineHeight * 2; y < h - lineHeight * 2; y += lineHeight * 2) {
        int x = w / 10;
        while (x < w - w / 10) {
            const int word = 3 + int(rng.bounded(std::max(4, w / 12)));
            p.fillRect(x, y, word, std::max(2, lineHeight / 2), QColor(30, 30, 40));
            x += word + std::max(3, w / 40);
        }
    }
    return image;
}

QImage noise(int w, int h, quint32 seed = 3)
{
    QImage image(w, h, QImage::Format_RGB888);
    QRandomGenerator rng(seed);
    for (int y = 0; y < h; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < w * 3; ++x)
            line[x] = uchar(rng.bounded(256));
    }
    return image;
}

QByteArray tjEncode(const QImage &input, int quality, int flags = 0, bool gray = false)
{
    const QImage image =
        input.convertToFormat(gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    tjhandle h = tjInitCompress();
    unsigned char *buf = nullptr;
    unsigned long size = 0;
    const int rc = tjCompress2(h, image.constBits(), image.width(), int(image.bytesPerLine()),
                               image.height(), gray ? TJPF_GRAY : TJPF_RGB, &buf, &size,
                               gray ? TJSAMP_GRAY : TJSAMP_444, quality, flags);
    QByteArray out =
        rc == 0 ? QByteArray(reinterpret_cast<char *>(buf), qsizetype(size)) : QByteArray();
    tjFree(buf);
    tjDestroy(h);
    return out;
}

// Decodes independently of the pipeline (TurboJPEG straight to RGB).
QImage tjDecode(const QByteArray &jpeg)
{
    tjhandle h = tjInitDecompress();
    auto *data = reinterpret_cast<unsigned char *>(const_cast<char *>(jpeg.constData()));
    int w = 0, ht = 0, ss = 0, cs = 0;
    QImage image;
    if (tjDecompressHeader3(h, data, jpeg.size(), &w, &ht, &ss, &cs) == 0) {
        image = QImage(w, ht, QImage::Format_RGB888);
        if (tjDecompress2(h, data, jpeg.size(), image.bits(), w, int(image.bytesPerLine()), ht,
                          TJPF_RGB, 0)
            != 0)
            image = QImage();
    }
    tjDestroy(h);
    return image;
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// CRC-32 of a PNG chunk (ISO 3309, as the PNG specification defines it).
quint32 pngCrc(const QByteArray &typeAndData)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : typeAndData) {
        crc ^= uchar(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray be32Bytes(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        b[i] = char(v >> (24 - 8 * i));
    return b;
}

// A whole chunk: length, type, data, CRC.
QByteArray pngChunk(const char *type, const QByteArray &data)
{
    const QByteArray typeAndData = QByteArray(type, 4) + data;
    return be32Bytes(quint32(data.size())) + typeAndData + be32Bytes(pngCrc(typeAndData));
}

// Inserts @p chunks right after IHDR (8-byte signature + 25-byte IHDR chunk).
QByteArray withChunksAfterIhdr(const QByteArray &png, const QByteArray &chunks)
{
    return png.left(8 + 25) + chunks + png.mid(8 + 25);
}

// What fuzz_photo found (issue #19): a 30x20 16-bit RGB PNG whose second tEXt
// chunk declares 1,768,292,389 bytes; libpng allocated that much before
// noticing the file ends. tests/fuzz/imaging/corpus/hostile-text-length.png
// holds the same structure.
QByteArray hostilePng()
{
    const QImage image = quadrants(30, 20).convertToFormat(QImage::Format_RGBX64);
    const QByteArray hostile = be32Bytes(1'768'292'389u) + QByteArray("tEXtComment", 11)
        + QByteArray(1, '\0') + QByteArray("zkgrad");
    return withChunksAfterIhdr(pngBytes(image),
                               pngChunk("tEXt", QByteArray("Title\0ok", 8)) + hostile);
}

using zkgrad::testing::exifSegment;
using zkgrad::testing::withExif;

struct JpegFacts
{
    bool valid = false;
    bool sof0 = false;
    bool app1 = false;
    int components = 0;
    quint8 sampling[3] = {};
};

JpegFacts scanJpeg(const QByteArray &jpeg)
{
    JpegFacts f;
    const auto *d = reinterpret_cast<const uchar *>(jpeg.constData());
    if (jpeg.size() < 4 || d[0] != 0xFF || d[1] != 0xD8)
        return f;
    qsizetype pos = 2;
    while (pos + 4 <= jpeg.size()) {
        if (d[pos] != 0xFF)
            return f;
        const uchar m = d[pos + 1];
        const int len = (d[pos + 2] << 8) | d[pos + 3];
        if (m == 0xE1)
            f.app1 = true;
        if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
            f.sof0 = m == 0xC0;
            f.components = d[pos + 9];
            for (int i = 0; i < f.components && i < 3; ++i)
                f.sampling[i] = d[pos + 11 + i * 3];
        }
        if (m == 0xDA) {
            f.valid = jpeg.endsWith(QByteArray("\xFF\xD9", 2));
            return f;
        }
        pos += 2 + len;
    }
    return f;
}

void verifyCompliant(const FitResult &r, qint64 limit)
{
    QVERIFY2(r.ok(), qPrintable(r.firstError().code + QLatin1Char(' ') + r.firstError().message));
    QVERIFY(r.jpeg.size() <= limit);
    QCOMPARE(r.bytes, qint64(r.jpeg.size()));
    const JpegFacts f = scanJpeg(r.jpeg);
    QVERIFY(f.valid);
    QVERIFY(f.sof0);
    QVERIFY(!f.app1);
    QVERIFY(!r.jpeg.contains("Exif"));
    if (r.grayscale) {
        QCOMPARE(f.components, 1);
    } else {
        QCOMPARE(f.components, 3);
        QCOMPARE(int(f.sampling[0]), 0x22);
        QCOMPARE(int(f.sampling[1]), 0x11);
        QCOMPARE(int(f.sampling[2]), 0x11);
    }
    const QImage decoded = tjDecode(r.jpeg);
    QCOMPARE(decoded.width(), r.width);
    QCOMPARE(decoded.height(), r.height);
}

bool near(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

[[maybe_unused]] QString codes(const QList<PhotoIssue> &issues)
{
    QStringList list;
    for (const PhotoIssue &i : issues)
        list.append(i.code);
    return list.join(QLatin1Char(','));
}

bool hasCode(const QList<PhotoIssue> &issues, const QString &code)
{
    for (const PhotoIssue &i : issues) {
        if (i.code == code)
            return true;
    }
    return false;
}

} // namespace

/** Tests of inspection, decoding, transforms and fitting on generated files. */
class TestPhotoPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedInputs_data();
    void refusedInputs();
    void pickerPatternsAreRecognised();
    void sourcePreviewComesFromTheDecode();
    void chineseMessages();
    void pngNamedJpg();
    void truncatedData();
    void hugeHeader();
    void pixelCap();
    void progressive();
    void progressiveDraftDecode();
    void manyScans();
    void arithmetic();
    void lossless();
    void cmyk();
    void grayscale();
    void onePixel();
    void png16();
    void transparentPng();
    void hostilePngChunk();
    void pngAncillaryChunksStripped();
    void orientation_data();
    void orientation();
    void cropAndRotate();
    void budgetBinarySearch();
    void budgetChoosesBestQuality();
    void budgetDownscales();
    void budgetImpossible();
    void purposeMaxSide();
    void downscaleChannelsAndSeam();
    void blurWarning();
    void darkSharpPhotoIsNotBlurry();
    void exifReaderBounds();
    void asyncResult();
    void asyncCancel();
    void toolExitCodes();
};

void TestPhotoPipeline::initTestCase()
{
    QVERIFY(zkgrad::Translations::install(QStringLiteral("en")));
}

void TestPhotoPipeline::refusedInputs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("format");

    const QByteArray jpeg = tjEncode(quadrants(64, 48), 90);
    QTest::newRow("zero bytes") << QByteArray() << "empty"
                                << "empty";
    QTest::newRow("text") << QByteArray("Hello, this is a note, not a photo.\n") << "not-an-image"
                          << "text";
    QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xff\xff\xff!\xf9\x04", 23)
                         << "unsupported-format"
                         << "GIF";
    QBuffer bmp;
    bmp.open(QIODevice::WriteOnly);
    quadrants(8, 8).save(&bmp, "BMP");
    QTest::newRow("bmp") << bmp.data() << "unsupported-format"
                         << "BMP";
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
                         << "unsupported-format"
                         << "PDF";
    QTest::newRow("heic") << QByteArray("\0\0\0\x18"
                                        "ftypheic\0\0\0\0mif1heic",
                                        24)
                          << "unsupported-format"
                          << "HEIC";
    QTest::newRow("webp") << QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16) << "unsupported-format"
                          << "WebP";
    QTest::newRow("tiff") << QByteArray("II*\0\x08\0\0\0", 8) << "unsupported-format"
                          << "TIFF";
    QTest::newRow("jpeg truncated in header") << jpeg.left(40) << "truncated-header"
                                              << "JPEG";
    QTest::newRow("jpeg soi only") << jpeg.left(2) << "truncated-header"
                                   << "JPEG";
    QByteArray lengthZero = jpeg;
    lengthZero[4] = 0;
    lengthZero[5] = 0;
    QTest::newRow("jpeg bad segment length") << lengthZero << "corrupt"
                                             << "JPEG";
    QTest::newRow("png truncated in header")
        << pngBytes(quadrants(8, 8)).left(20) << "truncated-header"
        << "PNG";
}

void TestPhotoPipeline::refusedInputs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(QString, format);
    const PhotoInfo info = inspectPhoto(bytes, QStringLiteral("photo.jpg"));
    QCOMPARE(info.formatName, format);
    QVERIFY(!info.isAcceptable());
    QCOMPARE(info.firstError().code, code);
    QVERIFY(info.firstError().message.contains(QLatin1String("photo.jpg")));
    const FitResult r = fitPhoto(bytes, QStringLiteral("photo.jpg"));
    QVERIFY(!r.ok());
    QCOMPARE(r.firstError().code, code);
}

// Every pattern the pickers offer is a format the inspector recognises by content, so a file
// chosen by its name is either read or refused with what it is and how to convert it.
void TestPhotoPipeline::pickerPatternsAreRecognised()
{
    QBuffer bmp;
    bmp.open(QIODevice::WriteOnly);
    quadrants(8, 8).save(&bmp, "BMP");
    const QByteArray heic("\0\0\0\x18"
                          "ftypheic\0\0\0\0mif1heic",
                          24);
    const QHash<QString, QByteArray> samples {
        { QStringLiteral("jpg"), tjEncode(quadrants(64, 48), 90) },
        { QStringLiteral("jpeg"), tjEncode(quadrants(64, 48), 90) },
        { QStringLiteral("png"), pngBytes(quadrants(8, 8)) },
        { QStringLiteral("heic"), heic },
        { QStringLiteral("heif"), heic },
        { QStringLiteral("webp"), QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16) },
        { QStringLiteral("bmp"), bmp.data() },
        { QStringLiteral("gif"),
          QByteArray("GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xff\xff\xff!\xf9\x04", 23) },
        { QStringLiteral("tif"), QByteArray("II*\0\x08\0\0\0", 8) },
        { QStringLiteral("tiff"), QByteArray("MM\0*\0\0\0\x08", 8) },
    };
    const QStringList patterns = imageFilePatterns();
    QVERIFY(patterns.contains(QStringLiteral("*.jpg")));
    QVERIFY(patterns.contains(QStringLiteral("*.png")));
    for (const QString &pattern : patterns) {
        QVERIFY2(pattern.startsWith(QLatin1String("*.")), qPrintable(pattern));
        const QString suffix = pattern.mid(2);
        QVERIFY2(samples.contains(suffix), qPrintable(QStringLiteral("no sample for ") + pattern));
        const PhotoInfo info = inspectPhoto(samples.value(suffix), QStringLiteral("x.") + suffix);
        QVERIFY2(info.format != PhotoFormat::Unknown && info.format != PhotoFormat::Text,
                 qPrintable(pattern));
        if (!info.isAcceptable())
            QCOMPARE(info.firstError().code, QStringLiteral("unsupported-format"));
    }
}

// The review's whole-photo view comes from the fit's one decode, upright, at the asked size.
void TestPhotoPipeline::sourcePreviewComesFromTheDecode()
{
    const QByteArray jpeg = tjEncode(quadrants(1200, 800), 90);
    FitOptions options;
    options.purpose = PhotoPurpose::Document;
    FitResult plain = fitPhoto(jpeg, QStringLiteral("a.jpg"), options);
    QVERIFY(plain.ok());
    QVERIFY(plain.sourcePreview.isNull());
    options.sourcePreviewSide = 300;
    options.quarterTurns = 1;
    const FitResult r = fitPhoto(jpeg, QStringLiteral("a.jpg"), options);
    QVERIFY(r.ok());
    QCOMPARE(r.sourcePreview.size(), QSize(200, 300));
}

void TestPhotoPipeline::chineseMessages()
{
    QVERIFY(zkgrad::Translations::install(QStringLiteral("zh_CN")));
    const PhotoInfo gif =
        inspectPhoto(QByteArray("GIF89a\x01\0\x01\0", 10), QStringLiteral("x.jpg"));
    const QString message = gif.firstError().message;
    QVERIFY2(message.contains(QStringLiteral("文件“x.jpg”实际是 GIF 图片")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("JPG 或 PNG")));
    const PhotoInfo empty = inspectPhoto({}, QStringLiteral("空.jpg"));
    QVERIFY(empty.firstError().message.contains(QStringLiteral("空文件")));
    QVERIFY(zkgrad::Translations::install(QStringLiteral("en")));
}

void TestPhotoPipeline::pngNamedJpg()
{
    const QByteArray png = pngBytes(quadrants(300, 200));
    const PhotoInfo info = inspectPhoto(png, QStringLiteral("scan.jpg"));
    QCOMPARE(info.format, PhotoFormat::Png);
    QVERIFY(info.isAcceptable());
    const FitResult r = fitPhoto(png, QStringLiteral("scan.jpg"));
    verifyCompliant(r, 50'000);
    QCOMPARE(r.width, 300);
}

void TestPhotoPipeline::truncatedData()
{
    const QByteArray jpeg = tjEncode(noise(200, 200), 90);
    const QByteArray cut = jpeg.left(jpeg.size() * 6 / 10);
    const PhotoInfo info = inspectPhoto(cut, QStringLiteral("cut.jpg"));
    QCOMPARE(info.firstError().code, QStringLiteral("truncated-data"));
    // The decoder agrees when inspection is bypassed by a missing EOI only.
    QByteArray noEoi = jpeg;
    noEoi.chop(2);
    QCOMPARE(inspectPhoto(noEoi, QStringLiteral("x.jpg")).firstError().code,
             QStringLiteral("truncated-data"));
    const QByteArray png = pngBytes(noise(100, 100));
    const FitResult r = fitPhoto(png.left(png.size() / 2), QStringLiteral("cut.png"));
    QVERIFY(!r.ok());
    QVERIFY2(r.firstError().code == QLatin1String("truncated-data")
                 || r.firstError().code == QLatin1String("corrupt"),
             qPrintable(r.firstError().code));
}

void TestPhotoPipeline::hugeHeader()
{
    QByteArray jpeg = tjEncode(quadrants(16, 16), 90);
    const qsizetype sof = jpeg.indexOf(QByteArray("\xFF\xC0", 2));
    QVERIFY(sof > 0);
    // SOF0: FFC0 len(2) precision(1) height(2) width(2)
    jpeg[sof + 5] = char(0xFF);
    jpeg[sof + 6] = char(0xDC);
    jpeg[sof + 7] = char(0xFF);
    jpeg[sof + 8] = char(0xDC);
    const PhotoInfo info = inspectPhoto(jpeg, QStringLiteral("bomb.jpg"));
    QCOMPARE(info.width, 65500);
    QCOMPARE(info.height, 65500);
    QCOMPARE(info.firstError().code, QStringLiteral("side-too-long"));
    QCOMPARE(fitPhoto(jpeg, QStringLiteral("bomb.jpg")).firstError().code,
             QStringLiteral("side-too-long"));

    // Same for a PNG whose IHDR claims 65500 x 65500.
    QByteArray png = pngBytes(quadrants(16, 16));
    png[16] = 0;
    png[17] = 0;
    png[18] = char(0xFF);
    png[19] = char(0xDC);
    png[20] = 0;
    png[21] = 0;
    png[22] = char(0xFF);
    png[23] = char(0xDC);
    QCOMPARE(fitPhoto(png, QStringLiteral("bomb.png")).firstError().code,
             QStringLiteral("side-too-long"));
}

void TestPhotoPipeline::pixelCap()
{
    QByteArray jpeg = tjEncode(quadrants(16, 16), 90);
    const qsizetype sof = jpeg.indexOf(QByteArray("\xFF\xC0", 2));
    // 10000 x 6000 = 60 MP: every side is fine, the total is not.
    jpeg[sof + 5] = char(6000 >> 8);
    jpeg[sof + 6] = char(6000 & 0xFF);
    jpeg[sof + 7] = char(10000 >> 8);
    jpeg[sof + 8] = char(10000 & 0xFF);
    QCOMPARE(inspectPhoto(jpeg, QStringLiteral("big.jpg")).firstError().code,
             QStringLiteral("too-many-pixels"));
    PhotoLimits small;
    small.maxPixels = 100;
    QCOMPARE(inspectPhoto(tjEncode(quadrants(16, 16), 90), QStringLiteral("a.jpg"), small)
                 .firstError()
                 .code,
             QStringLiteral("too-many-pixels"));
}

void TestPhotoPipeline::progressive()
{
    const QByteArray jpeg = tjEncode(documentLike(1600, 1200), 90, TJFLAG_PROGRESSIVE);
    const PhotoInfo info = inspectPhoto(jpeg, QStringLiteral("p.jpg"));
    QCOMPARE(info.coding, QStringLiteral("progressive"));
    QVERIFY(info.scans > 1);
    QCOMPARE(info.subsampling, QStringLiteral("4:4:4"));
    verifyCompliant(fitPhoto(jpeg, QStringLiteral("p.jpg")), 50'000);
}

void TestPhotoPipeline::progressiveDraftDecode()
{
    // A photo-like 4000 x 2400 page, progressive with successive approximation
    // (TurboJPEG's script ends with last-bit refinement scans) and the same
    // coefficients as a baseline file of the same quality.
    QImage image = documentLike(4000, 2400, 9);
    {
        QPainter p(&image);
        QLinearGradient light(0, 0, 4000, 2400);
        light.setColorAt(0, QColor(250, 240, 200, 90));
        light.setColorAt(1, QColor(40, 60, 90, 90));
        p.fillRect(image.rect(), light);
        p.drawImage(QRect(2600, 1400, 1000, 700), noise(250, 175, 8));
    }
    const QByteArray progressive = tjEncode(image, 88, TJFLAG_PROGRESSIVE);
    const QByteArray baseline = tjEncode(image, 88);
    const PhotoInfo pInfo = inspectPhoto(progressive, QStringLiteral("p.jpg"));
    const PhotoInfo bInfo = inspectPhoto(baseline, QStringLiteral("b.jpg"));
    QCOMPARE(pInfo.coding, QStringLiteral("progressive"));

    // At 1/4 scale the last-bit scans are skipped: the steps say so and the
    // pixels stay within a rounding of the full decode.
    FitOptions o;
    o.maxSide = 1000;
    const FitResult r = fitPhoto(progressive, QStringLiteral("p.jpg"), o);
    verifyCompliant(r, o.maxBytes);
    const QString steps = r.steps.join(QLatin1Char('\n'));
    QVERIFY2(steps.contains(QLatin1String("1/4 scale"))
                 && steps.contains(QLatin1String("refinement")),
             qPrintable(steps));
    const QImage draft = decodePhoto(progressive, pInfo, 1000, nullptr);
    const QImage full = decodePhoto(baseline, bInfo, 1000, nullptr);
    QCOMPARE(draft.size(), QSize(1000, 600));
    QCOMPARE(full.size(), draft.size());
    double sumSq = 0;
    int worst = 0;
    for (int y = 0; y < full.height(); ++y) {
        const uchar *a = draft.constScanLine(y), *b = full.constScanLine(y);
        for (int x = 0; x < full.width() * 3; ++x) {
            const int d = int(a[x]) - int(b[x]);
            sumSq += d * d;
            worst = std::max(worst, std::abs(d));
        }
    }
    const double psnr =
        10 * std::log10(255.0 * 255.0 / (sumSq / (full.width() * full.height() * 3)));
    QVERIFY2(psnr > 40 && worst < 40,
             qPrintable(QStringLiteral("PSNR %1 dB, worst %2").arg(psnr).arg(worst)));

    // Progressive files are decoded by libjpeg with the coefficient buffer
    // packed (8-bit AC values, wider blocks aside): at full size, where every
    // coefficient counts, the result must equal TurboJPEG's own decode. The
    // sharp strokes at quality 98 give blocks that need the wide form too.
    const QByteArray sharp = tjEncode(documentLike(1000, 700, 4), 98, TJFLAG_PROGRESSIVE);
    const PhotoInfo sharpInfo = inspectPhoto(sharp, QStringLiteral("s.jpg"));
    QVERIFY(sharpInfo.scans > 1);
    QCOMPARE(decodePhoto(sharp, sharpInfo, 100'000, nullptr), tjDecode(sharp));
    const QByteArray grayProgressive =
        tjEncode(image.copy(0, 0, 900, 600), 90, TJFLAG_PROGRESSIVE, true);
    const PhotoInfo grayInfo = inspectPhoto(grayProgressive, QStringLiteral("g.jpg"));
    const QImage grayDecoded = decodePhoto(grayProgressive, grayInfo, 100'000, nullptr);
    QCOMPARE(grayDecoded.format(), QImage::Format_Grayscale8);
    QCOMPARE(grayDecoded.convertToFormat(QImage::Format_RGB888), tjDecode(grayProgressive));

    // Damaged entropy data: the lean decoder refuses exactly when TurboJPEG
    // with TJFLAG_STOPONWARNING does (a warning stops both), never crashes.
    int refused = 0;
    for (const qsizetype at : { sharp.size() / 3, sharp.size() / 2, sharp.size() * 4 / 5 }) {
        QByteArray damaged = sharp;
        for (qsizetype i = at; i < at + 300 && i < damaged.size() - 2; ++i) {
            if (uchar(damaged.at(i)) != 0xFF && uchar(damaged.at(i - 1)) != 0xFF)
                damaged[i] = char(0x55 ^ (i & 0x3F));
        }
        tjhandle h = tjInitDecompress();
        std::vector<unsigned char> rgb(size_t(sharpInfo.width) * sharpInfo.height * 3);
        const bool turboOk =
            tjDecompress2(h, reinterpret_cast<unsigned char *>(damaged.data()),
                          static_cast<unsigned long>(damaged.size()), rgb.data(), sharpInfo.width,
                          0, sharpInfo.height, TJPF_RGB, TJFLAG_STOPONWARNING)
            == 0;
        tjDestroy(h);
        PhotoIssue issue;
        const QImage lean =
            decodePhoto(damaged, inspectPhoto(damaged, QStringLiteral("d.jpg")), 100'000, &issue);
        QCOMPARE(!lean.isNull(), turboOk);
        if (!turboOk) {
            ++refused;
            QVERIFY2(issue.code == QLatin1String("corrupt")
                         || issue.code == QLatin1String("truncated-data"),
                     qPrintable(issue.code));
        }
    }
    QVERIFY(refused > 0); // the damage must have been noticed somewhere

    // A larger output (1/2 scale) decodes every scan.
    o.maxSide = 1600;
    const FitResult half = fitPhoto(progressive, QStringLiteral("p.jpg"), o);
    QVERIFY(half.ok());
    QVERIFY(!half.steps.join(QLatin1Char('\n')).contains(QLatin1String("refinement")));

    // Truncated inside the last scans: still the truncation message, not a
    // silently partial image.
    const QByteArray cut = progressive.left(progressive.size() - progressive.size() / 5);
    o.maxSide = 1000;
    const FitResult truncated = fitPhoto(cut, QStringLiteral("cut.jpg"), o);
    QVERIFY(!truncated.ok());
    QCOMPARE(truncated.firstError().code, QStringLiteral("truncated-data"));
}

void TestPhotoPipeline::manyScans()
{
    if (!jpegcraft::available())
        QSKIP("built without jpeglib.h (libjpeg62-turbo-dev)");
    int scans = 0;
    const QByteArray jpeg = jpegcraft::manyScans(documentLike(64, 64), &scans);
    QVERIFY(!jpeg.isEmpty());
    QVERIFY(scans > 500);
    const FitResult r = fitPhoto(jpeg, QStringLiteral("scans.jpg"));
    QVERIFY(!r.ok());
    QCOMPARE(r.firstError().code, QStringLiteral("too-many-scans"));
}

void TestPhotoPipeline::arithmetic()
{
    if (!jpegcraft::available())
        QSKIP("built without jpeglib.h (libjpeg62-turbo-dev)");
    const QByteArray jpeg = jpegcraft::arithmetic(quadrants(320, 240));
    if (jpeg.isEmpty())
        QSKIP("this libjpeg has no arithmetic encoder");
    const PhotoInfo info = inspectPhoto(jpeg, QStringLiteral("arith.jpg"));
    QVERIFY(info.arithmetic);
    const FitResult r = fitPhoto(jpeg, QStringLiteral("arith.jpg"));
    if (r.ok()) {
        verifyCompliant(r, 50'000);
        QVERIFY(near(tjDecode(r.jpeg).pixelColor(40, 40), kTopLeft));
    } else {
        // A libjpeg-turbo built without the arithmetic decoder refuses it cleanly.
        QCOMPARE(r.firstError().code, QStringLiteral("unsupported-jpeg"));
    }
}

void TestPhotoPipeline::lossless()
{
    // SOI, SOF3 (lossless, 8-bit, 16x16, 1 component), SOS, one data byte, EOI.
    // The size comes from the array itself: a hand-counted length once read
    // two bytes past the literal (AddressSanitizer: global-buffer-overflow).
    static const char bytes[] = "\xFF\xD8"
                                "\xFF\xC3\x00\x0B\x08\x00\x10\x00\x10\x01\x01\x11\x00"
                                "\xFF\xDA\x00\x08\x01\x01\x00\x01\x00\x00"
                                "\x12\xFF\xD9";
    const QByteArray jpeg(bytes, sizeof bytes - 1);
    QCOMPARE(jpeg.size(), 2 + 13 + 10 + 3);
    QVERIFY(jpeg.endsWith("\xFF\xD9"));
    const PhotoInfo info = inspectPhoto(jpeg, QStringLiteral("ll.jpg"));
    QCOMPARE(info.coding, QStringLiteral("lossless"));
    QCOMPARE(info.firstError().code, QStringLiteral("lossless-jpeg"));
}

void TestPhotoPipeline::cmyk()
{
    if (!jpegcraft::available())
        QSKIP("built without jpeglib.h (libjpeg62-turbo-dev)");
    const QByteArray jpeg = jpegcraft::cmykAdobe(quadrants(320, 240));
    QVERIFY(!jpeg.isEmpty());
    const PhotoInfo info = inspectPhoto(jpeg, QStringLiteral("cmyk.jpg"));
    QCOMPARE(info.components, 4);
    QCOMPARE(info.colorSpace, QStringLiteral("YCCK"));
    QVERIFY(info.adobeInverted);
    const FitResult r = fitPhoto(jpeg, QStringLiteral("cmyk.jpg"));
    verifyCompliant(r, 50'000);
    const QImage out = tjDecode(r.jpeg);
    QVERIFY2(near(out.pixelColor(80, 60), kTopLeft), qPrintable(out.pixelColor(80, 60).name()));
    QVERIFY(near(out.pixelColor(240, 60), kTopRight));
    QVERIFY(near(out.pixelColor(80, 180), kBottomLeft));
    QVERIFY(near(out.pixelColor(240, 180), kBottomRight));
}

void TestPhotoPipeline::grayscale()
{
    const QByteArray jpeg = tjEncode(documentLike(800, 600), 90, 0, true);
    const PhotoInfo info = inspectPhoto(jpeg, QStringLiteral("g.jpg"));
    QCOMPARE(info.components, 1);
    QCOMPARE(info.subsampling, QStringLiteral("gray"));
    const FitResult r = fitPhoto(jpeg, QStringLiteral("g.jpg"));
    verifyCompliant(r, 50'000);
    QVERIFY(r.grayscale);
}

void TestPhotoPipeline::onePixel()
{
    const QByteArray jpeg = tjEncode(quadrants(1, 1), 90);
    const FitResult r = fitPhoto(jpeg, QStringLiteral("dot.jpg"));
    verifyCompliant(r, 50'000);
    QCOMPARE(r.width, 1);
    QCOMPARE(r.height, 1);
    QVERIFY(hasCode(r.issues, QStringLiteral("too-small")));
    const FitResult p = fitPhoto(pngBytes(quadrants(1, 1)), QStringLiteral("dot.png"));
    verifyCompliant(p, 50'000);
}

void TestPhotoPipeline::png16()
{
    QImage image = quadrants(200, 100).convertToFormat(QImage::Format_RGBX64);
    const QByteArray png = pngBytes(image);
    const PhotoInfo info = inspectPhoto(png, QStringLiteral("deep.png"));
    QCOMPARE(info.bitDepth, 16);
    const FitResult r = fitPhoto(png, QStringLiteral("deep.png"));
    verifyCompliant(r, 50'000);
    QVERIFY(near(tjDecode(r.jpeg).pixelColor(150, 75), kBottomRight));
}

void TestPhotoPipeline::hostilePngChunk()
{
    const QByteArray png = hostilePng();
    QVERIFY(png.size() < 1000);
    QVERIFY(zkgrad::Translations::install(QStringLiteral("zh_CN")));
    const PhotoInfo info = inspectPhoto(png, QStringLiteral("fuzz.png"));
    QVERIFY(zkgrad::Translations::install(QStringLiteral("en")));
    QCOMPARE(info.format, PhotoFormat::Png);
    QCOMPARE(info.firstError().code, QStringLiteral("png-chunk-length"));
    const QString message = info.firstError().message;
    QVERIFY2(message.contains(QStringLiteral("fuzz.png")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("tEXt")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("1768292389")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("已损坏")), qPrintable(message));
    // The refusal comes from inspection, before any decoder allocates.
    QCOMPARE(fitPhoto(png, QStringLiteral("fuzz.png")).firstError().code,
             QStringLiteral("png-chunk-length"));
    // Also after the image data, where libpng reads text chunks at the end.
    const QByteArray good = pngBytes(quadrants(30, 20));
    QByteArray late = good;
    late.insert(late.size() - 12, be32Bytes(0x7FFFFFF0u) + QByteArray("zTXtx", 5));
    QCOMPARE(inspectPhoto(late, QStringLiteral("late.png")).firstError().code,
             QStringLiteral("png-chunk-length"));
    // A file cut inside its image data is still reported as incomplete.
    const QByteArray cut = pngBytes(noise(100, 100));
    QCOMPARE(inspectPhoto(cut.left(cut.size() / 2), QStringLiteral("cut.png")).firstError().code,
             QStringLiteral("truncated-data"));
    QByteArray noEnd = good;
    noEnd.chop(12); // IEND
    QCOMPARE(inspectPhoto(noEnd, QStringLiteral("noend.png")).firstError().code,
             QStringLiteral("truncated-data"));
}

void TestPhotoPipeline::pngAncillaryChunksStripped()
{
    // Well-formed but large ancillary chunks (text, unknown) are not for the
    // decoder: they are dropped before decoding, and the photo is accepted.
    const QByteArray text = QByteArray("Comment", 7) + '\0' + QByteArray(3 * 1024 * 1024, 'a');
    const QByteArray png =
        withChunksAfterIhdr(pngBytes(quadrants(300, 200)),
                            pngChunk("tEXt", text) + pngChunk("zzZz", QByteArray(1024, 'z')));
    const PhotoInfo info = inspectPhoto(png, QStringLiteral("big-text.png"));
    QVERIFY2(info.isAcceptable(), qPrintable(info.firstError().message));
    const FitResult r = fitPhoto(png, QStringLiteral("big-text.png"));
    verifyCompliant(r, 50'000);
    QVERIFY(near(tjDecode(r.jpeg).pixelColor(225, 150), kBottomRight));
}

void TestPhotoPipeline::transparentPng()
{
    QImage image(200, 100, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter(&image).fillRect(0, 0, 100, 100, QColor(0, 0, 200));
    const QByteArray png = pngBytes(image);
    const PhotoInfo info = inspectPhoto(png, QStringLiteral("alpha.png"));
    QVERIFY(info.hasAlpha);
    const FitResult r = fitPhoto(png, QStringLiteral("alpha.png"));
    verifyCompliant(r, 50'000);
    const QImage out = tjDecode(r.jpeg);
    QVERIFY2(near(out.pixelColor(150, 50), Qt::white, 8),
             qPrintable(out.pixelColor(150, 50).name()));
    QVERIFY(near(out.pixelColor(50, 50), QColor(0, 0, 200)));
}

void TestPhotoPipeline::orientation_data()
{
    QTest::addColumn<int>("orientation");
    for (int o = 1; o <= 8; ++o)
        QTest::addRow("orientation %d", o) << o;
}

void TestPhotoPipeline::orientation()
{
    QFETCH(int, orientation);
    // Build what a camera would store so that applying the tag gives the
    // upright pattern; Qt's own transforms do it, independent of ours.
    const QImage upright = quadrants(240, 160);
    QImage stored;
    switch (orientation) {
    case 2:
        stored = upright.mirrored(true, false);
        break;
    case 3:
        stored = upright.transformed(QTransform().rotate(180));
        break;
    case 4:
        stored = upright.mirrored(false, true);
        break;
    case 5:
        stored = upright.transformed(QTransform().rotate(90)).mirrored(true, false);
        break;
    case 6:
        stored = upright.transformed(QTransform().rotate(-90));
        break;
    case 7:
        stored = upright.transformed(QTransform().rotate(90)).mirrored(false, true);
        break;
    case 8:
        stored = upright.transformed(QTransform().rotate(90));
        break;
    default:
        stored = upright;
        break;
    }
    const QByteArray jpeg = withExif(tjEncode(stored, 95), orientation);
    const PhotoInfo info = inspectPhoto(jpeg, QStringLiteral("o.jpg"));
    QCOMPARE(info.orientation, orientation);
    QCOMPARE(info.uprightWidth(), 240);
    const FitResult r = fitPhoto(jpeg, QStringLiteral("o.jpg"));
    verifyCompliant(r, 50'000);
    QCOMPARE(r.width, 240);
    QCOMPARE(r.height, 160);
    const QImage out = tjDecode(r.jpeg);
    QVERIFY(near(out.pixelColor(60, 40), kTopLeft));
    QVERIFY(near(out.pixelColor(180, 40), kTopRight));
    QVERIFY(near(out.pixelColor(60, 120), kBottomLeft));
    QVERIFY(near(out.pixelColor(180, 120), kBottomRight));
}

void TestPhotoPipeline::cropAndRotate()
{
    // 2400 x 1600 upright; DCT scaling kicks in (max side 800 for a signature).
    const QByteArray jpeg = tjEncode(quadrants(2400, 1600), 92);
    FitOptions o;
    o.purpose = PhotoPurpose::Signature;
    o.crop = QRect(1200, 0, 1200, 800); // the green quadrant only
    FitResult r = fitPhoto(jpeg, QStringLiteral("c.jpg"), o);
    verifyCompliant(r, 50'000);
    QCOMPARE(r.width, 800);
    QCOMPARE(r.height, 533);
    QImage out = tjDecode(r.jpeg);
    QVERIFY(near(out.pixelColor(20, 20), kTopRight));
    QVERIFY(near(out.pixelColor(780, 510), kTopRight));

    // Rotated 90 degrees clockwise the image is 1600 x 2400 and blue is top-left.
    o.crop = QRect();
    o.quarterTurns = 1;
    r = fitPhoto(jpeg, QStringLiteral("c.jpg"), o);
    verifyCompliant(r, 50'000);
    QCOMPARE(r.width, 533);
    QCOMPARE(r.height, 800);
    out = tjDecode(r.jpeg);
    QVERIFY(near(out.pixelColor(50, 50), kBottomLeft));
    QVERIFY(near(out.pixelColor(480, 50), kTopLeft));

    o.crop = QRect(5000, 5000, 10, 10);
    QCOMPARE(fitPhoto(jpeg, QStringLiteral("c.jpg"), o).firstError().code,
             QStringLiteral("bad-crop"));
}

void TestPhotoPipeline::budgetBinarySearch()
{
    const QByteArray jpeg = tjEncode(documentLike(3000, 2200), 92);
    for (const qint64 limit : { 20'000, 50'000, 250'000 }) {
        FitOptions o;
        o.maxBytes = limit;
        const FitResult r = fitPhoto(jpeg, QStringLiteral("d.jpg"), o);
        verifyCompliant(r, limit);
        if (limit == 250'000)
            QCOMPARE(r.width, 1600);
        QVERIFY(r.quality >= rulesFor(PhotoPurpose::Document).minQuality);
        // The chosen quality is the best that fits: the steps show q+1 too large.
        const QString steps = r.steps.join(QLatin1Char('\n'));
        if (r.quality < o.maxQuality)
            QVERIFY2(steps.contains(QStringLiteral("q=%1: ").arg(r.quality + 1))
                         && steps.contains(QLatin1String("(too large)")),
                     qPrintable(steps));
    }
}

void TestPhotoPipeline::budgetChoosesBestQuality()
{
    // The search runs two trials at a time and predicts; whatever the path,
    // it must end at the same quality as trying every one.
    QImage image = documentLike(1200, 800, 11);
    {
        QPainter p(&image);
        QLinearGradient sky(0, 0, 1200, 800);
        sky.setColorAt(0, QColor(90, 140, 200, 120));
        sky.setColorAt(1, QColor(220, 180, 90, 120));
        p.fillRect(0, 0, 1200, 800, sky);
        p.drawImage(QRect(800, 500, 300, 200), noise(300, 200, 5));
    }
    const int floor = rulesFor(PhotoPurpose::Document).minQuality;
    QList<qint64> sizes; // sizes[q - floor]
    for (int q = floor; q <= 92; ++q)
        sizes.append(ops::encodeJpeg(image, q).size());
    for (const qint64 limit : { sizes.first() - 1, sizes.first() + 500, qint64(45'000),
                                qint64(90'000), sizes.last() + 1 }) {
        FitOptions o;
        o.maxBytes = limit;
        const FitResult r = fitImage(image, QStringLiteral("b.png"), o);
        int expected = -1;
        for (int q = floor; q <= 92; ++q) {
            if (sizes.at(q - floor) <= limit)
                expected = q;
        }
        const QString steps = r.steps.join(QLatin1Char('\n'));
        if (expected < 0) {
            // Even the floor is too large: fewer pixels, never a lower quality.
            QVERIFY2(steps.contains(QStringLiteral("floor q=%1 too large").arg(floor)),
                     qPrintable(steps));
            QVERIFY(r.width < image.width());
            continue;
        }
        verifyCompliant(r, limit);
        QCOMPARE(r.width, image.width());
        QVERIFY2(r.quality == expected, qPrintable(QString::number(expected) + u'\n' + steps));
        // Fewer encodes than a bisection over the same range would need.
        QVERIFY2(steps.count(QLatin1String("encode ")) <= 8, qPrintable(steps));
    }
    // Edges of the range: quality 100 (quantizer scale 0) and a one-value range.
    FitOptions o;
    o.maxQuality = 100;
    o.maxBytes = 5'000'000;
    QCOMPARE(fitImage(image, QStringLiteral("b.png"), o).quality, 100);
    o.maxQuality = 60;
    o.minQuality = 60;
    o.maxBytes = sizes.at(60 - floor) + 10;
    const FitResult single = fitImage(image, QStringLiteral("b.png"), o);
    verifyCompliant(single, o.maxBytes);
    QCOMPARE(single.quality, 60);
    QCOMPARE(single.width, image.width());
}

void TestPhotoPipeline::budgetDownscales()
{
    // Noise at 1600 px cannot fit 50 KB at the floor: the pipeline must
    // reduce the size, and still stay within the limit.
    const QByteArray png = pngBytes(noise(700, 500));
    FitOptions o;
    o.purpose = PhotoPurpose::Signature;
    o.maxBytes = 60'000;
    const FitResult r = fitPhoto(png, QStringLiteral("n.png"), o);
    verifyCompliant(r, 60'000);
    QVERIFY(r.width < 700);
    QVERIFY(r.steps.join(QLatin1Char('\n')).contains(QLatin1String("too large: resize")));
}

void TestPhotoPipeline::budgetImpossible()
{
    FitOptions o;
    o.maxBytes = 2'000;
    const FitResult r = fitPhoto(pngBytes(noise(1200, 900)), QStringLiteral("n.png"), o);
    QVERIFY(!r.ok());
    QCOMPARE(r.firstError().code, QStringLiteral("cannot-fit"));
    QVERIFY(r.jpeg.isEmpty());
}

void TestPhotoPipeline::downscaleChannelsAndSeam()
{
    // Large enough to be split over two threads: R grows left to right, G
    // top to bottom, B is constant. Any seam, channel mix-up or lost row shows.
    QImage image(1700, 1500, QImage::Format_RGB888);
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            line[x * 3] = uchar(x * 255 / (image.width() - 1));
            line[x * 3 + 1] = uchar(y * 255 / (image.height() - 1));
            line[x * 3 + 2] = 77;
        }
    }
    for (const QSize size : { QSize(1100, 970), QSize(500, 441) }) { // Lanczos, area
        const QImage small = ops::downscale(image, size.width(), size.height());
        QCOMPARE(small.size(), size);
        QCOMPARE(small.format(), QImage::Format_RGB888);
        for (int y = 0; y < small.height(); ++y) {
            const uchar *line = small.constScanLine(y);
            const uchar *above = small.constScanLine(std::max(0, y - 1));
            for (int x = 0; x < small.width(); ++x) {
                QCOMPARE(int(line[x * 3 + 2]), 77);
                QCOMPARE(int(line[x * 3 + 1]), int(small.constScanLine(y)[1]));
                QVERIFY2(line[x * 3 + 1] >= above[x * 3 + 1]
                             && line[x * 3 + 1] - above[x * 3 + 1] <= 2,
                         qPrintable(QStringLiteral("row %1").arg(y)));
                if (x > 0)
                    QVERIFY(line[x * 3] >= line[x * 3 - 3] && line[x * 3] - line[x * 3 - 3] <= 2);
            }
        }
    }
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const QImage graySmall = ops::downscale(gray, 1000, 882);
    QCOMPARE(graySmall.format(), QImage::Format_Grayscale8);
    for (int y = 1; y < graySmall.height(); ++y)
        QVERIFY(std::abs(graySmall.constScanLine(y)[500] - graySmall.constScanLine(y - 1)[500])
                <= 2);
}

void TestPhotoPipeline::purposeMaxSide()
{
    const QByteArray jpeg = tjEncode(documentLike(2000, 1500), 90);
    FitOptions o;
    o.purpose = PhotoPurpose::IdCard;
    QCOMPARE(fitPhoto(jpeg, QStringLiteral("id.jpg"), o).width, 1200);
    o.maxSide = 900;
    QCOMPARE(fitPhoto(jpeg, QStringLiteral("id.jpg"), o).width, 900);
    o.maxSide = 5000; // the purpose's maximum still applies
    QCOMPARE(fitPhoto(jpeg, QStringLiteral("id.jpg"), o).width, 1200);
}

void TestPhotoPipeline::blurWarning()
{
    const QImage sharp = documentLike(1600, 1200);
    // A strong blur: shrink to 1/16 and blow back up smoothly.
    const QImage blurred = sharp.scaled(50, 38, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                               .scaled(1600, 1200, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const PhotoCheck a = analyzePhoto(tjEncode(sharp, 92), QStringLiteral("sharp.jpg"));
    const PhotoCheck b = analyzePhoto(tjEncode(blurred, 92), QStringLiteral("blur.jpg"));
    QVERIFY2(!hasCode(a.issues, QStringLiteral("blurry")),
             qPrintable(QString::number(a.sharpness)));
    QVERIFY2(hasCode(b.issues, QStringLiteral("blurry")), qPrintable(QString::number(b.sharpness)));
    QVERIFY(a.ok());
    QVERIFY(b.ok()); // a warning, not a refusal
    const PhotoCheck small =
        analyzePhoto(tjEncode(sharp.scaled(400, 300), 92), QStringLiteral("small.jpg"));
    QVERIFY(hasCode(small.issues, QStringLiteral("too-small")));
}

void TestPhotoPipeline::darkSharpPhotoIsNotBlurry()
{
    // A dark table with a few things on it, every edge crisp: little contrast and mostly
    // smooth, so the Laplacian's variance over the frame is low, but nothing in it is blurred.
    // (docgen's no-document photos on a dark table were called blurry.)
    QImage table(2000, 1500, QImage::Format_RGB888);
    table.fill(QColor(24, 26, 32));
    {
        QPainter p(&table);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(120, 110, 160));
        p.drawEllipse(300, 900, 160, 160);
        p.setBrush(QColor(60, 70, 50));
        p.drawEllipse(1100, 700, 160, 160);
        p.setBrush(QColor(180, 150, 100));
        p.drawEllipse(150, 600, 80, 80);
        p.fillRect(1500, 1200, 400, 250, QColor(20, 18, 22));
        p.setPen(QPen(QColor(70, 40, 35), 8));
        p.drawLine(1400, 500, 1900, 700);
    }
    const QByteArray sharp = tjEncode(table, 90);
    const PhotoCheck check = analyzePhoto(sharp, QStringLiteral("table.jpg"));
    QVERIFY2(!hasCode(check.issues, QStringLiteral("blurry")),
             qPrintable(QString::number(check.sharpness)));
    FitOptions options;
    options.purpose = PhotoPurpose::Document;
    const FitResult fit = fitPhoto(sharp, QStringLiteral("table.jpg"), options);
    QVERIFY(fit.ok());
    QVERIFY2(!hasCode(fit.issues, QStringLiteral("blurry")),
             qPrintable(QString::number(fit.sharpness)));
    // The same table out of focus is still called blurred.
    const QImage soft = table.scaled(125, 94, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                            .scaled(2000, 1500, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const PhotoCheck blurred = analyzePhoto(tjEncode(soft, 90), QStringLiteral("soft.jpg"));
    QVERIFY2(hasCode(blurred.issues, QStringLiteral("blurry")),
             qPrintable(QString::number(blurred.sharpness)));
}

void TestPhotoPipeline::exifReaderBounds()
{
    // Every prefix of a valid segment, and garbage, must yield 1..8 without reading out of bounds.
    const QByteArray seg = exifSegment(6).mid(4);
    QCOMPARE(exifOrientation(seg), 6);
    for (int n = 0; n < seg.size(); ++n) {
        const int o = exifOrientation(seg.left(n));
        QVERIFY(o >= 1 && o <= 8);
    }
    QByteArray bad = seg;
    bad[10] = char(0x7F); // IFD offset far outside
    QCOMPARE(exifOrientation(bad), 1);
    QByteArray count = seg;
    count[14] = char(0xFF); // entry count far too high
    count[15] = char(0xFF);
    QVERIFY(exifOrientation(count) >= 1);
}

void TestPhotoPipeline::asyncResult()
{
    PhotoJob job;
    QSignalSpy finished(&job, &PhotoJob::finished);
    job.startBytes(tjEncode(documentLike(1200, 900), 90), QStringLiteral("a.jpg"), FitOptions());
    QVERIFY(finished.wait(20'000));
    const auto result = finished.at(0).at(0).value<FitResult>();
    verifyCompliant(result, 50'000);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.jpg"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(tjEncode(quadrants(640, 480), 90));
    f.close();
    QFuture<FitResult> future = fitPhotoAsync(path, FitOptions());
    future.waitForFinished();
    QCOMPARE(future.resultCount(), 1);
    verifyCompliant(future.result(), 50'000);
    QFuture<FitResult> missing = fitPhotoAsync(dir.filePath(QStringLiteral("none.jpg")), {});
    QCOMPARE(missing.result().firstError().code, QStringLiteral("unreadable"));
    QFuture<PhotoCheck> check = analyzePhotoAsync(path, PhotoPurpose::IdCard);
    QVERIFY(check.result().ok());
    QCOMPARE(check.result().info.width, 640);
    QVERIFY(check.result().sharpness > 0);
}

void TestPhotoPipeline::asyncCancel()
{
    PhotoJob job;
    QSignalSpy finished(&job, &PhotoJob::finished);
    QSignalSpy cancelled(&job, &PhotoJob::cancelled);
    job.startBytes(pngBytes(noise(1500, 1000)), QStringLiteral("n.png"), FitOptions());
    job.cancel();
    QVERIFY(cancelled.wait(20'000) || cancelled.count() == 1);
    QCOMPARE(finished.count(), 0);
}

void TestPhotoPipeline::toolExitCodes()
{
    const QString tool = QStringLiteral(ZKGRAD_TOOL_PATH);
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.jpg"));
    const QString text = dir.filePath(QStringLiteral("note.jpg"));
    const QString out = dir.filePath(QStringLiteral("out.jpg"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(withExif(tjEncode(documentLike(2000, 1500), 90), 6));
    f.close();
    QFile t(text);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("just text\n");
    t.close();

    auto run = [&](const QStringList &args, QByteArray *stdOut) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ZKGRAD_LANG"), QStringLiteral("zh_CN"));
        p.setProcessEnvironment(env);
        p.start(tool, args);
        p.waitForFinished(60'000);
        if (stdOut)
            *stdOut = p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray json;
    QCOMPARE(run({ QStringLiteral("photo"), QStringLiteral("check"), in, QStringLiteral("--json") },
                 &json),
             0);
    QVERIFY(json.contains("\"orientation\": 6"));
    QCOMPARE(
        run({ QStringLiteral("photo"), QStringLiteral("check"), text, QStringLiteral("--json") },
            &json),
        1);
    QVERIFY(json.contains("not-an-image"));
    QVERIFY(QString::fromUtf8(json).contains(QStringLiteral("不是图片")));
    QCOMPARE(
        run({ QStringLiteral("photo"), QStringLiteral("fit"), in, out,
              QStringLiteral("--max-bytes"), QStringLiteral("40000"), QStringLiteral("--purpose"),
              QStringLiteral("id-card"), QStringLiteral("--json") },
            &json),
        0);
    QVERIFY(json.contains("\"quality\""));
    QFile result(out);
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QByteArray bytes = result.readAll();
    QVERIFY(bytes.size() <= 40'000);
    const QImage fitted = tjDecode(bytes);
    QVERIFY(fitted.height() <= 1200); // id-card maximum
    QVERIFY(fitted.width() < fitted.height()); // upright: orientation 6 turned it
    QCOMPARE(run({ QStringLiteral("photo"), QStringLiteral("fit"), in }, nullptr), 2);
    QCOMPARE(run({ QStringLiteral("photo"), QStringLiteral("fit"), in, out,
                   QStringLiteral("--purpose"), QStringLiteral("selfie") },
                 nullptr),
             2);
}

QTEST_MAIN(TestPhotoPipeline)
#include "tst_photopipeline.moc"
