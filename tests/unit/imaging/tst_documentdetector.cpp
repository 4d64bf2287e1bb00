// Document detection (issue 21) on 10 generated photos: docgen makes fake
// ID cards, pages and photos with no document (deterministic seed); the
// detector must find each document's corners within 2 % of its diagonal and
// find nothing where there is nothing. The full set and the timings are in
// tests/bench/doc_bench.sh.
#include "photomessages.h"
#include "photopipeline.h"

#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace zkgrad::imaging;

namespace {

struct Truth
{
    QString file, kind;
    std::array<QPointF, 4> corners;
};

double dist(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

/** Worst corner error over the document's diagonal, for the best of the four cyclic orders
 *  (a card upside down is found, only its reading direction is unknown). */
double cornerError(const DocumentQuad &found, const std::array<QPointF, 4> &truth)
{
    const double diagonal = std::max(dist(truth[0], truth[2]), dist(truth[1], truth[3]));
    double best = 1e9;
    for (int k = 0; k < 4; ++k) {
        double worst = 0;
        for (int i = 0; i < 4; ++i)
            worst = std::max(worst, dist(found.corners[size_t((i + k) % 4)], truth[size_t(i)]));
        best = std::min(best, worst);
    }
    return best / diagonal;
}

} // namespace

class TestDocumentDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Smaller frames than the benchmark's 12 MP keep the test quick; the
        // detector works on a ~1000 px copy either way.
        QProcess gen;
        gen.start(QStringLiteral(ZKGRAD_DOCGEN_PATH),
                  { m_dir.path(), QStringLiteral("--cards"), QStringLiteral("6"),
                    QStringLiteral("--pages"), QStringLiteral("2"), QStringLiteral("--empty"),
                    QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("2121"),
                    QStringLiteral("--width"), QStringLiteral("1600"), QStringLiteral("--height"),
                    QStringLiteral("1200") });
        QVERIFY(gen.waitForFinished(120000));
        QCOMPARE(gen.exitCode(), 0);
        QFile truth(m_dir.filePath(QStringLiteral("truth.tsv")));
        QVERIFY(truth.open(QIODevice::ReadOnly));
        truth.readLine(); // header
        while (!truth.atEnd()) {
            const QStringList cols = QString::fromUtf8(truth.readLine()).split(QLatin1Char('\t'));
            QVERIFY(cols.size() >= 4);
            Truth t { cols.at(0), cols.at(1), {} };
            const QStringList c = cols.at(3).split(QLatin1Char(','));
            if (c.size() == 8) {
                for (int i = 0; i < 4; ++i)
                    t.corners[size_t(i)] =
                        QPointF(c.at(2 * i).toDouble(), c.at(2 * i + 1).toDouble());
            }
            m_truth.append(t);
        }
        QCOMPARE(m_truth.size(), 10);
    }

    void findsEachDocument()
    {
        int checked = 0;
        for (const Truth &t : std::as_const(m_truth)) {
            if (t.kind == QLatin1String("none"))
                continue;
            const PhotoPurpose purpose =
                t.kind == QLatin1String("page") ? PhotoPurpose::Document : PhotoPurpose::IdCard;
            PhotoIssue error;
            const QByteArray bytes = readPhotoFile(m_dir.filePath(t.file), PhotoLimits {}, &error);
            const DocumentQuad quad =
                detectDocumentInPhoto(bytes, t.file, purpose, 0, PhotoLimits {}, &error);
            QVERIFY2(error.code.isEmpty(), qPrintable(error.message));
            QVERIFY2(quad.found, qPrintable(t.file + QStringLiteral(": no document found")));
            const double e = cornerError(quad, t.corners);
            QVERIFY2(e <= 0.02,
                     qPrintable(QStringLiteral("%1: corner error %2 % of the diagonal")
                                    .arg(t.file)
                                    .arg(e * 100, 0, 'f', 2)));
            QVERIFY(quad.confidence > 0 && quad.confidence <= 1);
            ++checked;
        }
        QCOMPARE(checked, 8);
    }

    void findsNothingWithoutDocument()
    {
        for (const Truth &t : std::as_const(m_truth)) {
            if (t.kind != QLatin1String("none"))
                continue;
            for (PhotoPurpose purpose : { PhotoPurpose::IdCard, PhotoPurpose::Document }) {
                PhotoIssue error;
                const QByteArray bytes =
                    readPhotoFile(m_dir.filePath(t.file), PhotoLimits {}, &error);
                const DocumentQuad quad =
                    detectDocumentInPhoto(bytes, t.file, purpose, 0, PhotoLimits {}, &error);
                QVERIFY2(!quad.found, qPrintable(t.file + QStringLiteral(": false detection")));
            }
        }
    }

    // A scan or close-up where the card fills the frame (the ID photos page's own test card):
    // its outline is the frame's, so there is nothing to find; the grey portrait box is of a
    // card's shape (tilted) and has clean edges, but it is darker than the card around it, so
    // it is print on the document, not a document lying on something.
    void printOnAFrameFillingCardIsNotTheCard()
    {
        QImage card(900, 570, QImage::Format_RGB888);
        card.fill(QColor(0xe8, 0xe4, 0xda));
        QPainter p(&card);
        p.fillRect(40, 60, 220, 300, QColor(0x88, 0x88, 0x88));
        // Five lines of "text" in the card's ink.
        for (int line = 0; line < 5; ++line) {
            for (int x = 300, word = 0; x < 300 + 420 + line * 20; x += 64, ++word)
                p.fillRect(x, 86 + line * 64, 30 + (word * 17 % 25), 28, QColor(0x22, 0x22, 0x33));
        }
        p.end();
        const DocumentQuad quad = detectDocument(card, DocumentKind::IdCard);
        QVERIFY2(!quad.found,
                 qPrintable(QStringLiteral("found (%1,%2) (%3,%4) (%5,%6) (%7,%8)")
                                .arg(quad.corners[0].x())
                                .arg(quad.corners[0].y())
                                .arg(quad.corners[1].x())
                                .arg(quad.corners[1].y())
                                .arg(quad.corners[2].x())
                                .arg(quad.corners[2].y())
                                .arg(quad.corners[3].x())
                                .arg(quad.corners[3].y())));
    }

    void fitStraightensToTheCardsAspect()
    {
        const Truth &t = m_truth.first();
        PhotoIssue error;
        const QByteArray bytes = readPhotoFile(m_dir.filePath(t.file), PhotoLimits {}, &error);
        FitOptions options;
        options.purpose = PhotoPurpose::IdCard;
        options.document = DocumentMode::Auto;
        const FitResult result = fitPhoto(bytes, t.file, options);
        QVERIFY(result.ok());
        QVERIFY(result.document.found);
        QVERIFY(result.bytes <= options.maxBytes);
        QVERIFY(std::abs(double(result.width) / result.height - 85.6 / 54.0) < 0.01);
        QVERIFY(cornerError(result.document, t.corners) <= 0.02);
        // Off (the default) keeps the whole frame, as before.
        FitOptions off;
        off.purpose = PhotoPurpose::IdCard;
        const FitResult whole = fitPhoto(bytes, t.file, off);
        QVERIFY(whole.ok());
        QVERIFY(!whole.document.found);
        QVERIFY(std::abs(double(std::max(whole.width, whole.height))
                             / std::min(whole.width, whole.height)
                         - 4.0 / 3.0)
                < 0.01);
    }

    void fitKeepsTheWholePhotoWhenNothingIsFound()
    {
        const auto it = std::find_if(m_truth.cbegin(), m_truth.cend(), [](const Truth &t) {
            return t.kind == QLatin1String("none");
        });
        QVERIFY(it != m_truth.cend());
        PhotoIssue error;
        const QByteArray bytes = readPhotoFile(m_dir.filePath(it->file), PhotoLimits {}, &error);
        FitOptions options;
        options.purpose = PhotoPurpose::IdCard;
        options.document = DocumentMode::Auto;
        const FitResult result = fitPhoto(bytes, it->file, options);
        QVERIFY(result.ok());
        QVERIFY(!result.document.found);
        QCOMPARE(std::max(result.width, result.height), 1200);
        const bool warned =
            std::any_of(result.issues.cbegin(), result.issues.cend(),
                        [](const PhotoIssue &i) { return i.code == QLatin1String("no-document"); });
        QVERIFY(warned);
    }

    void handSetCornersSkipDetection()
    {
        // A nothing-found photo straightened from corners the candidate set.
        const auto it = std::find_if(m_truth.cbegin(), m_truth.cend(), [](const Truth &t) {
            return t.kind == QLatin1String("none");
        });
        PhotoIssue error;
        const QByteArray bytes = readPhotoFile(m_dir.filePath(it->file), PhotoLimits {}, &error);
        FitOptions options;
        options.purpose = PhotoPurpose::Document;
        options.documentCorners = { QPointF(100, 100), QPointF(700, 120), QPointF(720, 950),
                                    QPointF(90, 930) };
        const FitResult result = fitPhoto(bytes, it->file, options);
        QVERIFY(result.ok());
        QVERIFY(result.document.found);
        QVERIFY(result.height > result.width); // A4 portrait
        QVERIFY(std::abs(double(result.width) / result.height - 210.0 / 297.0) < 0.01);
        QVERIFY(dist(result.document.corners[1], QPointF(700, 120)) < 1.0);
    }

    void signaturesAreNeverStraightened()
    {
        const Truth &t = m_truth.first();
        PhotoIssue error;
        const QByteArray bytes = readPhotoFile(m_dir.filePath(t.file), PhotoLimits {}, &error);
        FitOptions options;
        options.purpose = PhotoPurpose::Signature;
        options.document = DocumentMode::Auto;
        const FitResult result = fitPhoto(bytes, t.file, options);
        QVERIFY(result.ok());
        QVERIFY(!result.document.found);
        QVERIFY(!result.steps.join(QLatin1Char('\n')).contains(QLatin1String("document")));
    }

private:
    QTemporaryDir m_dir;
    QList<Truth> m_truth;
};

QTEST_GUILESS_MAIN(TestDocumentDetector)
#include "tst_documentdetector.moc"
