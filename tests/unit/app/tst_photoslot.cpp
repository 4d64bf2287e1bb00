// PhotoSlot without a server: fitting real files off the GUI thread, refusals that keep
// the previous result, the draft round trip and the "saved locally" upload path.
#include "photos/photoslot.h"
#include "session/applicationsession.h"

#include <QBuffer>
#include <QClipboard>
#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using zkgrad::imaging::PhotoPurpose;

namespace {

// A "document": light paper with dark lines of text-like strokes, so sharpness checks pass.
QImage documentImage(QSize size, QImage::Format format = QImage::Format_RGB888)
{
    QImage image(size, format);
    image.fill(QColor(236, 233, 226));
    QPainter p(&image);
    p.setPen(QPen(QColor(20, 20, 30), std::max(2, size.width() / 400)));
    const int step = std::max(12, size.height() / 30);
    for (int y = step; y < size.height() - step; y += step) {
        for (int x = step; x < size.width() - 2 * step; x += step * 2)
            p.drawLine(x, y, x + step, y + step / 3);
    }
    p.end();
    return image;
}

QByteArray jpegBytes(const QImage &image, int quality = 92)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

// An APP1 segment with a little-endian TIFF header whose only tag is Orientation.
QByteArray exifOrientationSegment(quint16 orientation)
{
    QByteArray tiff("II*\0", 4);
    tiff += QByteArray("\x08\x00\x00\x00", 4); // first IFD at offset 8
    tiff += QByteArray("\x01\x00", 2); // one entry
    tiff += QByteArray("\x12\x01\x03\x00\x01\x00\x00\x00", 8); // 0x0112 SHORT ×1
    tiff += char(orientation & 0xff);
    tiff += char(orientation >> 8);
    tiff += QByteArray("\x00\x00", 2);
    tiff += QByteArray("\x00\x00\x00\x00", 4); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray segment("\xff\xe1", 2);
    segment += char(length >> 8);
    segment += char(length & 0xff);
    return segment + payload;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

/** The reusable photo slot of the ID photos, materials and prior-degree steps. */
class TestPhotoSlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptySlot();
    void fitsLargeJpegUnderTheLimit();
    void appliesExifOrientation();
    void flattensTransparentPng();
    void refusedFileKeepsPreviousResult();
    void truncatedJpegIsRefused();
    void draftRoundTripRestoresReady();
    void draftWithMissingOrDamagedFile();
    void offlineUploadIsQueued();
    void removeForgetsTheImage();
    void pasteFromClipboard();
    void readOnlySlotIgnoresInput();
    void urlMustBeLocal();
    void cancelLeavesNoProcessing();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_files;
};

void TestPhotoSlot::initTestCase()
{
    QVERIFY(m_files.isValid());
}

QString TestPhotoSlot::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestPhotoSlot::emptySlot()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("id-front"), PhotoPurpose::IdCard, dir.path());
    QCOMPARE(slot.state(), PhotoSlot::Empty);
    QVERIFY(!slot.hasImage());
    QVERIFY(!slot.usable());
    QVERIFY(slot.previewUrl().isEmpty());
    QVERIFY(slot.toJson().isEmpty());
    QCOMPARE(slot.maxBytes(), 50'000);
    QCOMPARE(slot.filePath(), dir.filePath(QStringLiteral("id-front.jpg")));
    QCOMPARE(PhotoSlot::attachmentsDirFor(QStringLiteral("/d")), QStringLiteral("/d/attachments"));
    QVERIFY(PhotoSlot::attachmentsDirFor({}).isEmpty());
}

void TestPhotoSlot::fitsLargeJpegUnderTheLimit()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("id-front"), PhotoPurpose::IdCard, dir.path());
    const QString path =
        write(QStringLiteral("card.jpg"), jpegBytes(documentImage(QSize(4000, 2520)), 95));
    QVERIFY(QFileInfo(path).size() > 200'000);
    QSignalSpy changed(&slot, &PhotoSlot::changed);
    slot.loadFile(path);
    QVERIFY(slot.processing());
    QCOMPARE(slot.state(), PhotoSlot::Processing);
    slot.waitForIdle();
    QVERIFY2(slot.errorMessage().isEmpty(), qPrintable(slot.errorMessage()));
    QVERIFY(slot.hasImage());
    QVERIFY(slot.usable());
    QCOMPARE(slot.state(), PhotoSlot::Ready); // no session: nothing to upload to
    QVERIFY(changed.size() >= 2);
    QVERIFY(slot.bytes() > 0);
    QVERIFY(slot.bytes() <= slot.maxBytes());
    QCOMPARE(QFileInfo(slot.filePath()).size(), qint64(slot.bytes()));
    QVERIFY(std::max(slot.outputSize().width(), slot.outputSize().height()) <= 1200);
    QVERIFY(slot.outputSize().width() > slot.outputSize().height());
    QVERIFY(slot.quality() > 0);
    QCOMPARE(slot.sourceName(), QStringLiteral("card.jpg"));
    QCOMPARE(slot.sha256(), sha256Of(slot.filePath()));
    QVERIFY(slot.previewUrl().isLocalFile());
    QCOMPARE(slot.previewUrl().toLocalFile(), slot.filePath());
    QVERIFY2(slot.bytesText().endsWith(QStringLiteral(" KB (limit 50 KB)")),
             qPrintable(slot.bytesText()));
    const QImage saved(slot.filePath());
    QCOMPARE(saved.size(), slot.outputSize());

    // The same file again: a new preview URL so the page reloads the image.
    const QUrl first = slot.previewUrl();
    slot.loadFile(path);
    slot.waitForIdle();
    QVERIFY(slot.previewUrl() != first);
}

void TestPhotoSlot::appliesExifOrientation()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("other-1"), PhotoPurpose::Document, dir.path());
    // Stored landscape, EXIF says "rotate 90° clockwise": the result must be portrait.
    QByteArray jpeg = jpegBytes(documentImage(QSize(1600, 1000)));
    jpeg.insert(2, exifOrientationSegment(6));
    const QString path = write(QStringLiteral("phone.jpg"), jpeg);
    slot.loadFile(path);
    slot.waitForIdle();
    QVERIFY2(slot.hasImage(), qPrintable(slot.errorMessage()));
    QVERIFY2(slot.outputSize().height() > slot.outputSize().width(),
             qPrintable(QStringLiteral("%1x%2")
                            .arg(slot.outputSize().width())
                            .arg(slot.outputSize().height())));
}

void TestPhotoSlot::flattensTransparentPng()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("other-2"), PhotoPurpose::Document, dir.path());
    QImage image = documentImage(QSize(1400, 1000), QImage::Format_ARGB32);
    // The left half is fully transparent: it must come out white, not black.
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width() / 2; ++x)
            line[x] = qRgba(0, 0, 0, 0);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    slot.loadFile(write(QStringLiteral("scan.png"), png));
    slot.waitForIdle();
    QVERIFY2(slot.hasImage(), qPrintable(slot.errorMessage()));
    QVERIFY(slot.bytes() <= slot.maxBytes());
    const QImage saved(slot.filePath());
    QVERIFY(!saved.isNull());
    const QColor corner = saved.pixelColor(5, 5);
    QVERIFY2(corner.lightness() > 230, qPrintable(corner.name()));
}

void TestPhotoSlot::refusedFileKeepsPreviousResult()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("id-back"), PhotoPurpose::IdCard, dir.path());
    slot.loadFile(write(QStringLiteral("back.jpg"), jpegBytes(documentImage(QSize(1800, 1140)))));
    slot.waitForIdle();
    QVERIFY(slot.usable());
    const QString sha = slot.sha256();
    const QJsonObject draft = slot.toJson();

    const QString text =
        write(QStringLiteral("readme.txt"), "This is not a picture of an ID card.\n");
    slot.loadFile(text);
    slot.waitForIdle();
    QVERIFY(!slot.errorMessage().isEmpty());
    QVERIFY2(slot.errorMessage().contains(QStringLiteral("readme.txt")),
             qPrintable(slot.errorMessage()));
    // The previous result is untouched, but the slot does not count until the candidate
    // decides (another file, or keep the previous one).
    QVERIFY(slot.hasImage());
    QCOMPARE(slot.sha256(), sha);
    QCOMPARE(sha256Of(slot.filePath()), sha);
    QCOMPARE(slot.sourceName(), QStringLiteral("back.jpg"));
    QCOMPARE(slot.toJson(), draft);
    QVERIFY(!slot.usable());
    slot.dismissError();
    QVERIFY(slot.usable());

    // An empty file and a file that is not there are refused the same way.
    slot.loadFile(write(QStringLiteral("empty.jpg"), QByteArray()));
    slot.waitForIdle();
    QVERIFY(slot.errorMessage().contains(QStringLiteral("empty.jpg")));
    QCOMPARE(slot.sha256(), sha);
    slot.loadFile(m_files.filePath(QStringLiteral("gone.jpg")));
    slot.waitForIdle();
    QVERIFY(slot.errorMessage().contains(QStringLiteral("gone.jpg")));
    QCOMPARE(slot.sha256(), sha);
}

void TestPhotoSlot::truncatedJpegIsRefused()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("other-3"), PhotoPurpose::Document, dir.path());
    const QByteArray jpeg = jpegBytes(documentImage(QSize(1600, 1200)));
    slot.loadFile(write(QStringLiteral("cut.jpg"), jpeg.left(jpeg.size() / 2)));
    slot.waitForIdle();
    QVERIFY(!slot.hasImage());
    QCOMPARE(slot.state(), PhotoSlot::Empty);
    QVERIFY(!slot.errorMessage().isEmpty());
    QVERIFY2(slot.errorMessage().contains(QStringLiteral("cut.jpg")),
             qPrintable(slot.errorMessage()));
    QVERIFY(!QFile::exists(slot.filePath()));
}

void TestPhotoSlot::draftRoundTripRestoresReady()
{
    QTemporaryDir dir;
    QJsonObject draft;
    QString sha;
    {
        PhotoSlot slot(nullptr, QStringLiteral("id-front"), PhotoPurpose::IdCard, dir.path());
        // Small on purpose: the pipeline's "too small" warning must survive the draft.
        slot.loadFile(
            write(QStringLiteral("small.jpg"), jpegBytes(documentImage(QSize(700, 440)))));
        slot.waitForIdle();
        QVERIFY2(slot.hasImage(), qPrintable(slot.errorMessage()));
        QVERIFY(!slot.warnings().isEmpty());
        draft = slot.toJson();
        sha = slot.sha256();
        QCOMPARE(draft.value(QStringLiteral("file")).toString(), QStringLiteral("id-front.jpg"));
        QCOMPARE(draft.value(QStringLiteral("source")).toString(), QStringLiteral("small.jpg"));
        QCOMPARE(draft.value(QStringLiteral("bytes")).toInt(), slot.bytes());
        QCOMPARE(draft.value(QStringLiteral("quality")).toInt(), slot.quality());
        // Names and numbers only: never the image itself.
        QVERIFY(QJsonDocument(draft).toJson().size() < 2000);
    }
    // "Restart": a new slot over the same folder.
    PhotoSlot restored(nullptr, QStringLiteral("id-front"), PhotoPurpose::IdCard, dir.path());
    restored.fromJson(draft);
    QVERIFY(restored.hasImage());
    QVERIFY(restored.usable());
    QCOMPARE(restored.state(), PhotoSlot::Ready);
    QCOMPARE(restored.sha256(), sha);
    QCOMPARE(restored.sourceName(), QStringLiteral("small.jpg"));
    QCOMPARE(restored.outputSize(),
             QSize(draft.value(QStringLiteral("width")).toInt(),
                   draft.value(QStringLiteral("height")).toInt()));
    QCOMPARE(restored.toJson(), draft);

    // An empty draft empties the slot (but never deletes the file of another draft).
    restored.fromJson({});
    QCOMPARE(restored.state(), PhotoSlot::Empty);
    QVERIFY(restored.errorMessage().isEmpty());
}

void TestPhotoSlot::draftWithMissingOrDamagedFile()
{
    QTemporaryDir dir;
    const QJsonObject draft { { QStringLiteral("source"), QStringLiteral("front.jpg") },
                              { QStringLiteral("file"), QStringLiteral("id-front.jpg") },
                              { QStringLiteral("bytes"), 40000 },
                              { QStringLiteral("width"), 1200 },
                              { QStringLiteral("height"), 760 } };
    PhotoSlot slot(nullptr, QStringLiteral("id-front"), PhotoPurpose::IdCard, dir.path());
    slot.setTexts(QStringLiteral("人像面"), QString());
    slot.fromJson(draft);
    QCOMPARE(slot.state(), PhotoSlot::Empty);
    QVERIFY(!slot.hasImage());
    QVERIFY(slot.errorMessage().contains(QStringLiteral("人像面")));

    // Something else in its place (text, a truncated JPEG) is not taken for the image.
    QFile junk(slot.filePath());
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a jpeg at all");
    junk.close();
    slot.fromJson(draft);
    QVERIFY(!slot.hasImage());
    QVERIFY(!slot.errorMessage().isEmpty());

    // A draft naming another file is read from the slot's own file name only.
    QJsonObject sneaky = draft;
    sneaky.insert(QStringLiteral("file"), QStringLiteral("../../etc/passwd"));
    slot.fromJson(sneaky);
    QVERIFY(!slot.hasImage());

    // Malformed values are ignored, never fatal.
    slot.fromJson({ { QStringLiteral("file"), 42 }, { QStringLiteral("warnings"), 7 } });
    QCOMPARE(slot.state(), PhotoSlot::Empty);
}

void TestPhotoSlot::offlineUploadIsQueued()
{
    QTemporaryDir dir;
    ApplicationSession session; // no server, not signed in: writes are kept locally
    PhotoSlot slot(&session, QStringLiteral("id-back"), PhotoPurpose::IdCard, dir.path());
    slot.loadFile(write(QStringLiteral("offline.jpg"), jpegBytes(documentImage(QSize(1500, 950)))));
    slot.waitForIdle();
    QVERIFY(slot.hasImage());
    QCOMPARE(slot.state(), PhotoSlot::UploadQueued);
    QVERIFY(!slot.uploading());
    QVERIFY(!slot.onServer());
    QVERIFY(slot.usable()); // saved locally counts; it is sent later
    QVERIFY(!slot.statusText().isEmpty());
    // Retrying and leaving the step take the same path without trouble.
    slot.retryUpload();
    QCOMPARE(slot.state(), PhotoSlot::UploadQueued);
    slot.uploadIfNeeded();
    QCOMPARE(slot.state(), PhotoSlot::UploadQueued);
    slot.cancel(); // nothing in flight: harmless
    QVERIFY(slot.usable());
}

void TestPhotoSlot::removeForgetsTheImage()
{
    QTemporaryDir dir;
    ApplicationSession session;
    PhotoSlot slot(&session, QStringLiteral("other-4"), PhotoPurpose::Document, dir.path());
    slot.loadFile(write(QStringLiteral("extra.jpg"), jpegBytes(documentImage(QSize(1200, 900)))));
    slot.waitForIdle();
    QVERIFY(QFile::exists(slot.filePath()));
    slot.remove();
    QCOMPARE(slot.state(), PhotoSlot::Empty);
    QVERIFY(!QFile::exists(slot.filePath()));
    QVERIFY(slot.toJson().isEmpty());
    QVERIFY(slot.errorMessage().isEmpty());
    QVERIFY(slot.previewUrl().isEmpty());
}

void TestPhotoSlot::pasteFromClipboard()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("other-5"), PhotoPurpose::Document, dir.path());
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();
    if (!clipboard->image().isNull())
        QSKIP("this platform's clipboard cannot be cleared");
    QVERIFY(!slot.pasteFromClipboard());
    QVERIFY(!slot.errorMessage().isEmpty());
    QVERIFY(!slot.hasImage());

    clipboard->setImage(documentImage(QSize(1300, 900)));
    if (clipboard->image().isNull())
        QSKIP("this platform has no usable clipboard");
    QVERIFY(slot.pasteFromClipboard());
    QVERIFY(slot.errorMessage().isEmpty());
    slot.waitForIdle();
    QVERIFY2(slot.hasImage(), qPrintable(slot.errorMessage()));
    QVERIFY(!slot.sourceName().isEmpty());
    QVERIFY(slot.bytes() <= slot.maxBytes());
    clipboard->clear();
}

void TestPhotoSlot::readOnlySlotIgnoresInput()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("id-front"), PhotoPurpose::IdCard, dir.path());
    slot.setEditable(false);
    slot.loadFile(write(QStringLiteral("locked.jpg"), jpegBytes(documentImage(QSize(900, 600)))));
    QVERIFY(!slot.processing());
    slot.waitForIdle();
    QVERIFY(!slot.hasImage());
}

void TestPhotoSlot::urlMustBeLocal()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("id-front"), PhotoPurpose::IdCard, dir.path());
    slot.loadUrl(QUrl(QStringLiteral("https://example.invalid/card.jpg")));
    QVERIFY(!slot.processing());
    QVERIFY(slot.errorMessage().contains(QStringLiteral("example.invalid")));
    const QString path =
        write(QStringLiteral("url.jpg"), jpegBytes(documentImage(QSize(1000, 640))));
    slot.loadUrl(QUrl::fromLocalFile(path));
    slot.waitForIdle();
    QVERIFY(slot.usable());
}

void TestPhotoSlot::cancelLeavesNoProcessing()
{
    QTemporaryDir kiosk; // unused: an empty folder means "temporary folder of the slot"
    PhotoSlot slot(nullptr, QStringLiteral("other-6"), PhotoPurpose::Document, QString());
    slot.loadFile(write(QStringLiteral("first.jpg"), jpegBytes(documentImage(QSize(1200, 800)))));
    slot.waitForIdle();
    QVERIFY(slot.usable());
    QVERIFY(!slot.filePath().startsWith(kiosk.path()));
    const QString sha = slot.sha256();

    slot.loadFile(write(QStringLiteral("big.jpg"), jpegBytes(documentImage(QSize(6000, 4000)))));
    QVERIFY(slot.processing());
    slot.cancel();
    slot.waitForIdle();
    QVERIFY(!slot.processing());
    QVERIFY(slot.hasImage());
    QVERIFY(slot.errorMessage().isEmpty());
    // Either the cancel arrived in time (the first image stays) or the work had finished.
    QVERIFY(slot.sha256() == sha || slot.sourceName() == QStringLiteral("big.jpg"));
    QCOMPARE(sha256Of(slot.filePath()), slot.sha256());
}

QTEST_MAIN(TestPhotoSlot)

#include "tst_photoslot.moc"
