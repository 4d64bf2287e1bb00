// PhotoSlot's document review (issue 21) on photos docgen makes (fake ID cards and pages on
// textured tables, no real person's data): a found card waits for the candidate with its
// corners and the straightened result, nothing saved or uploaded before acceptReview(); corners
// move, refuse a crossed outline and are straightened again; the whole photo is an option; a
// photo with no document keeps the whole photo and can still be straightened by hand.
#include "photos/photoslot.h"
#include "session/applicationsession.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPointF>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>

using zkgrad::imaging::PhotoPurpose;

namespace {

struct Truth
{
    QString file, kind;
    std::array<QPointF, 4> corners; ///< pixels of the photo
};

double dist(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

/** The review a document slot holds between choosing a photo and using it. */
class TestPhotoSlotReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void foundCardWaitsForAcceptance();
    void cornersMoveAndAreStraightenedAgain();
    void crossedOutlineIsRefused();
    void wholePhotoIsAnOption();
    void noDocumentKeepsTheWholePhoto();
    void discardKeepsThePreviousImage();
    void lockingOrRestoringDropsTheReview();

private:
    [[nodiscard]] QString photo(const QString &kind) const;

    QTemporaryDir m_set;
    QList<Truth> m_truth;
    QSize m_size { 1600, 1200 };
};

void TestPhotoSlotReview::initTestCase()
{
    QVERIFY(m_set.isValid());
    // Small frames keep the test quick; the detector works on a ~1000 px copy either way.
    QProcess gen;
    gen.start(QStringLiteral(ZKGRAD_DOCGEN_PATH),
              { m_set.path(), QStringLiteral("--cards"), QStringLiteral("2"),
                QStringLiteral("--pages"), QStringLiteral("1"), QStringLiteral("--empty"),
                QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("2117"),
                QStringLiteral("--width"), QString::number(m_size.width()),
                QStringLiteral("--height"), QString::number(m_size.height()) });
    QVERIFY(gen.waitForFinished(120000));
    QCOMPARE(gen.exitCode(), 0);
    QFile truth(m_set.filePath(QStringLiteral("truth.tsv")));
    QVERIFY(truth.open(QIODevice::ReadOnly));
    truth.readLine();
    while (!truth.atEnd()) {
        const QStringList cols = QString::fromUtf8(truth.readLine()).split(QLatin1Char('\t'));
        QVERIFY(cols.size() >= 4);
        Truth t { cols.at(0), cols.at(1), {} };
        const QStringList c = cols.at(3).split(QLatin1Char(','));
        if (c.size() == 8) {
            for (int i = 0; i < 4; ++i)
                t.corners[size_t(i)] = QPointF(c.at(2 * i).toDouble(), c.at(2 * i + 1).toDouble());
        }
        m_truth.append(t);
    }
    QVERIFY(!photo(QStringLiteral("card")).isEmpty());
    QVERIFY(!photo(QStringLiteral("none")).isEmpty());
}

QString TestPhotoSlotReview::photo(const QString &kind) const
{
    for (const Truth &t : m_truth) {
        if (t.kind.startsWith(kind))
            return m_set.filePath(t.file);
    }
    return {};
}

void TestPhotoSlotReview::foundCardWaitsForAcceptance()
{
    QTemporaryDir dir;
    ApplicationSession session; // no server: an upload would be queued at once
    PhotoSlot slot(&session, QStringLiteral("id-front"), PhotoPurpose::IdCard, dir.path());
    QVERIFY(slot.documentSlot());
    QVERIFY(slot.idCard());
    QList<PhotoSlot::State> states;
    connect(&slot, &PhotoSlot::changed, this, [&] { states.append(slot.state()); });
    const Truth *truth = nullptr;
    for (const Truth &t : m_truth) {
        if (t.kind.startsWith(QLatin1String("card"))) {
            truth = &t;
            break;
        }
    }
    QVERIFY(truth);
    slot.loadFile(m_set.filePath(truth->file));
    slot.waitForIdle();
    QVERIFY2(slot.errorMessage().isEmpty(), qPrintable(slot.errorMessage()));

    // Found and straightened, but nothing taken: no file, no upload, the step not complete.
    QVERIFY(slot.reviewing());
    QCOMPARE(slot.state(), PhotoSlot::Reviewing);
    QVERIFY(slot.documentFound());
    QVERIFY(!slot.wholePhoto());
    QVERIFY(!slot.cornersMoved());
    QVERIFY(slot.canAccept());
    QVERIFY(!slot.hasImage());
    QVERIFY(!slot.usable());
    QVERIFY(!QFile::exists(slot.filePath()));
    QVERIFY(!states.contains(PhotoSlot::Uploading));
    QVERIFY(!states.contains(PhotoSlot::UploadQueued));
    QVERIFY(slot.toJson().isEmpty()); // the draft keeps no photo under review
    QVERIFY(!slot.reviewText().isEmpty());

    // The corners are the card's (within 2 % of its diagonal, in any of the four turns).
    const QList<QPointF> found = slot.cornersInPhoto();
    QCOMPARE(found.size(), 4);
    const double diagonal = dist(truth->corners[0], truth->corners[2]);
    double best = 1e9;
    for (int k = 0; k < 4; ++k) {
        double worst = 0;
        for (int i = 0; i < 4; ++i)
            worst = std::max(worst, dist(found.at((i + k) % 4), truth->corners[size_t(i)]));
        best = std::min(best, worst);
    }
    QVERIFY2(best / diagonal < 0.02, qPrintable(QString::number(best / diagonal)));
    const QVariantList corners = slot.corners();
    QCOMPARE(corners.size(), 4);
    QVERIFY(qAbs(corners.at(0).toPointF().x() - found.at(0).x() / m_size.width()) < 1e-6);

    // What is shown: the whole photo (scaled down) and the card at its true aspect ratio.
    QCOMPARE(slot.reviewPhoto().width() * m_size.height(),
             slot.reviewPhoto().height() * m_size.width());
    QVERIFY(!slot.reviewResult().isNull());
    QCOMPARE(slot.reviewResult().size(), slot.reviewSize());
    QVERIFY(qAbs(double(slot.reviewSize().width()) / slot.reviewSize().height() - 85.6 / 54)
            < 0.02);
    QVERIFY(slot.reviewBytesText().contains(QStringLiteral("50")));

    // Accepted: saved as the slot's image and on its way to the server.
    const QSize reviewed = slot.reviewSize();
    slot.acceptReview();
    QVERIFY(!slot.reviewing());
    QVERIFY(slot.hasImage());
    QVERIFY(slot.usable());
    QVERIFY(QFile::exists(slot.filePath()));
    QCOMPARE(slot.state(), PhotoSlot::UploadQueued);
    QCOMPARE(slot.outputSize(), reviewed);
    QVERIFY(!slot.canMarkCorners());
}

void TestPhotoSlotReview::cornersMoveAndAreStraightenedAgain()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("id-back"), PhotoPurpose::IdCard, dir.path());
    slot.loadFile(photo(QStringLiteral("card")));
    slot.waitForIdle();
    QVERIFY(slot.reviewing());
    const qint64 firstKey = slot.reviewResult().cacheKey();
    const QPointF c0 = slot.corners().at(0).toPointF();
    const QPointF c2 = slot.corners().at(2).toPointF();
    QSignalSpy review(&slot, &PhotoSlot::reviewChanged);

    // Moving a corner inwards makes the result stale: it cannot be accepted unseen.
    const QPointF moved = c0 + (c2 - c0) * 0.1;
    QVERIFY(slot.moveCorner(0, moved.x(), moved.y()));
    QVERIFY(review.size() >= 1);
    QVERIFY(slot.cornersMoved());
    QVERIFY(slot.resultStale());
    QVERIFY(!slot.canAccept());
    slot.acceptReview();
    QVERIFY(!slot.hasImage());
    QVERIFY(slot.reviewing());

    slot.straighten();
    QVERIFY(slot.processing());
    QCOMPARE(slot.state(), PhotoSlot::Processing);
    slot.waitForIdle();
    QVERIFY(!slot.resultStale());
    QVERIFY(slot.canAccept());
    QVERIFY(slot.reviewResult().cacheKey() != firstKey);
    QVERIFY(qAbs(slot.corners().at(0).toPointF().x() - moved.x()) < 1e-9);

    // Back to the detected corners.
    slot.resetCorners();
    QVERIFY(!slot.cornersMoved());
    slot.waitForIdle();
    QVERIFY(slot.canAccept());
    QVERIFY(qAbs(slot.corners().at(0).toPointF().x() - c0.x()) < 1e-9);

    // Upside down: the corners swap diagonally and the result is made again.
    const QVariantList beforeTurn = slot.corners();
    const qint64 keyBeforeTurn = slot.reviewResult().cacheKey();
    slot.turnAround();
    QCOMPARE(slot.corners().at(0), beforeTurn.at(2));
    QCOMPARE(slot.corners().at(3), beforeTurn.at(1));
    QVERIFY(!slot.canAccept());
    slot.waitForIdle();
    QVERIFY(slot.canAccept());
    QVERIFY(slot.reviewResult().cacheKey() != keyBeforeTurn);
    QVERIFY(!slot.cornersMoved()); // the detected corners turned with them
    const QImage turned = slot.reviewResult();
    slot.turnAround();
    slot.waitForIdle();
    // Turned twice is the first result again, pixel for pixel turned back.
    const QImage back = slot.reviewResult().convertToFormat(QImage::Format_Grayscale8);
    const QImage flipped =
        turned.convertToFormat(QImage::Format_Grayscale8).transformed(QTransform().rotate(180));
    QCOMPARE(back.size(), flipped.size());
    long long diff = 0;
    for (int y = 0; y < back.height(); y += 7) {
        for (int x = 0; x < back.width(); x += 7)
            diff += std::abs(qGray(back.pixel(x, y)) - qGray(flipped.pixel(x, y)));
    }
    QVERIFY2(diff / ((back.width() / 7 + 1) * (back.height() / 7 + 1)) < 12,
             qPrintable(QString::number(diff)));

    // Outside the photo is clamped to its edge.
    QVERIFY(slot.moveCorner(0, -0.5, -0.5));
    QCOMPARE(slot.corners().at(0).toPointF(), QPointF(0, 0));
}

void TestPhotoSlotReview::crossedOutlineIsRefused()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("id-front"), PhotoPurpose::IdCard, dir.path());
    slot.loadFile(photo(QStringLiteral("card")));
    slot.waitForIdle();
    QVERIFY(slot.reviewing());
    const QVariantList before = slot.corners();
    const QPointF c2 = before.at(2).toPointF();
    const QPointF c1 = before.at(1).toPointF();
    // Top-left beyond the bottom-right folds the outline; onto the top-right collapses a side.
    QVERIFY(!slot.moveCorner(0, c2.x() + 0.05, c2.y() + 0.05));
    QVERIFY(!slot.moveCorner(0, c1.x(), c1.y()));
    QVERIFY(!slot.moveCorner(7, 0.5, 0.5));
    QCOMPARE(slot.corners(), before);
    QVERIFY(!slot.cornersMoved());
    QVERIFY(slot.canAccept());
}

void TestPhotoSlotReview::wholePhotoIsAnOption()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("other-1"), PhotoPurpose::Document, dir.path());
    QVERIFY(!slot.idCard());
    slot.loadFile(photo(QStringLiteral("page")));
    slot.waitForIdle();
    QVERIFY(slot.reviewing());
    QVERIFY(slot.documentFound());
    // A4 portrait.
    QVERIFY(qAbs(double(slot.reviewSize().width()) / slot.reviewSize().height() - 210.0 / 297)
            < 0.02);
    slot.useWholePhoto();
    QVERIFY(slot.wholePhoto());
    QVERIFY(!slot.canAccept());
    slot.waitForIdle();
    QVERIFY(slot.canAccept());
    const QImage shown = slot.reviewPhoto();
    QVERIFY(qAbs(double(slot.reviewSize().width()) / slot.reviewSize().height()
                 - double(shown.width()) / shown.height())
            < 0.01);
    slot.acceptReview();
    QVERIFY(slot.hasImage());
    QCOMPARE(slot.outputSize().width() * shown.height(),
             shown.width() * slot.outputSize().height());
    // Straightening is chosen again from the same photo: back to the page.
    slot.loadFile(photo(QStringLiteral("page")));
    slot.waitForIdle();
    slot.useWholePhoto();
    slot.waitForIdle();
    slot.straighten();
    QVERIFY(!slot.wholePhoto());
    slot.waitForIdle();
    QVERIFY(qAbs(double(slot.reviewSize().width()) / slot.reviewSize().height() - 210.0 / 297)
            < 0.02);
}

void TestPhotoSlotReview::noDocumentKeepsTheWholePhoto()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("id-front"), PhotoPurpose::IdCard, dir.path());
    slot.loadFile(photo(QStringLiteral("none")));
    slot.waitForIdle();
    // Nothing found: the whole photo is used at once, and the warning says so.
    QVERIFY(!slot.reviewing());
    QVERIFY(slot.hasImage());
    QVERIFY(slot.usable());
    const QSize frame = QImageReader(photo(QStringLiteral("none"))).size(); // either way up
    QCOMPARE(slot.outputSize().width() * frame.height(),
             frame.width() * slot.outputSize().height());
    QVERIFY2(slot.warningsText().contains(QLatin1String("No document was found")),
             qPrintable(slot.warningsText()));
    const QString sha = slot.sha256();

    // The candidate may still mark the corners by hand: a frame inside the photo to drag.
    QVERIFY(slot.canMarkCorners());
    slot.markCorners();
    QVERIFY(slot.reviewing());
    QVERIFY(!slot.documentFound());
    QVERIFY(!slot.wholePhoto());
    slot.waitForIdle();
    QVERIFY(slot.canAccept());
    QVERIFY(!slot.reviewText().isEmpty());
    // The saved image is still the whole photo until the candidate accepts.
    QCOMPARE(slot.sha256(), sha);
    QVERIFY(!slot.usable());
    slot.discardReview();
    QCOMPARE(slot.sha256(), sha);
    QVERIFY(slot.usable());
    QVERIFY(slot.canMarkCorners());

    slot.markCorners();
    slot.waitForIdle();
    QVERIFY(slot.moveCorner(2, 0.6, 0.6));
    slot.straighten();
    slot.waitForIdle();
    slot.acceptReview();
    QVERIFY(slot.sha256() != sha);
    QVERIFY(!slot.warningsText().contains(QLatin1String("No document was found")));
    QVERIFY(!slot.canMarkCorners());
}

void TestPhotoSlotReview::discardKeepsThePreviousImage()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("id-front"), PhotoPurpose::IdCard, dir.path());
    slot.loadFile(photo(QStringLiteral("card")));
    slot.waitForIdle();
    slot.acceptReview();
    QVERIFY(slot.hasImage());
    const QString sha = slot.sha256();
    const QJsonObject draft = slot.toJson();

    slot.loadFile(photo(QStringLiteral("card")));
    slot.waitForIdle();
    QVERIFY(slot.reviewing());
    QVERIFY(!slot.usable()); // the step waits for the decision
    QCOMPARE(slot.sha256(), sha);
    QCOMPARE(slot.toJson(), draft);
    slot.discardReview();
    QVERIFY(!slot.reviewing());
    QVERIFY(slot.usable());
    QCOMPARE(slot.sha256(), sha);
    QVERIFY(slot.corners().isEmpty());
}

void TestPhotoSlotReview::lockingOrRestoringDropsTheReview()
{
    QTemporaryDir dir;
    PhotoSlot slot(nullptr, QStringLiteral("id-front"), PhotoPurpose::IdCard, dir.path());
    slot.loadFile(photo(QStringLiteral("card")));
    slot.waitForIdle();
    QVERIFY(slot.reviewing());
    slot.setEditable(false); // submitted meanwhile, or a kiosk wipe
    QVERIFY(!slot.reviewing());
    QVERIFY(!slot.hasImage());
    slot.setEditable(true);
    slot.loadFile(photo(QStringLiteral("card")));
    slot.waitForIdle();
    QVERIFY(slot.reviewing());
    slot.fromJson({});
    QVERIFY(!slot.reviewing());
    QVERIFY(!QFile::exists(slot.filePath()));
}

QTEST_MAIN(TestPhotoSlotReview)

#include "tst_photoslot_review.moc"
