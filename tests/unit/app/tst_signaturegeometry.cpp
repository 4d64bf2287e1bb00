#include "photopipeline.h"
#include "steps/signature/signaturegeometry.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QTest>

using namespace SignatureGeometry;
namespace img = zkgrad::imaging;

/** The signature step's crop maths: orientation, view mapping, crop box, ink box and levels. */
class TestSignatureGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedToDisplay_data();
    void storedToDisplay();
    void viewRoundTrip_data();
    void viewRoundTrip();
    void handles_data();
    void handles();
    void minimumAndInside();
    void moveStopsAtEdges();
    void rotateRectFollowsImage_data();
    void rotateRectFollowsImage();
    void inkBounds();
    void levelsKeepStrokeShape();
    void outputMatchesBox_data();
    void outputMatchesBox();
};

// Every EXIF orientation and extra turn: the transform must send a marked pixel where the
// pipeline's own orient() + rotate() put it.
void TestSignatureGeometry::storedToDisplay_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("turns");
    for (int o = 1; o <= 8; ++o)
        for (int t = -1; t <= 3; ++t)
            QTest::addRow("exif%d_turn%d", o, t) << o << t;
}

void TestSignatureGeometry::storedToDisplay()
{
    QFETCH(int, orientation);
    QFETCH(int, turns);
    const QSize stored(7, 4);
    QImage image(stored, QImage::Format_RGB888);
    image.fill(Qt::white);
    const QPoint marked(5, 1);
    image.setPixelColor(marked, Qt::black);
    const QImage shown = img::ops::rotate(img::ops::orient(image, orientation), turns);
    QCOMPARE(shown.size(), displaySize(stored, orientation, turns));
    const QPointF centre = SignatureGeometry::storedToDisplay(stored, orientation, turns)
                               .map(QPointF(marked) + QPointF(0.5, 0.5));
    const QPoint expected(qFloor(centre.x()), qFloor(centre.y()));
    QCOMPARE(shown.pixelColor(expected), QColor(Qt::black));
}

void TestSignatureGeometry::viewRoundTrip_data()
{
    QTest::addColumn<QSize>("image");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPointF>("pan");
    QTest::addColumn<QPointF>("source");
    QTest::addColumn<QPointF>("view");
    // 4000×3000 fitted into 800×600: scale 0.2.
    QTest::newRow("fit-origin") << QSize(4000, 3000) << 1.0 << QPointF() << QPointF(0, 0)
                                << QPointF(0, 0);
    QTest::newRow("fit-centre") << QSize(4000, 3000) << 1.0 << QPointF() << QPointF(2000, 1500)
                                << QPointF(400, 300);
    QTest::newRow("zoom2-centre") << QSize(4000, 3000) << 2.0 << QPointF() << QPointF(2000, 1500)
                                  << QPointF(400, 300);
    QTest::newRow("zoom2-origin") << QSize(4000, 3000) << 2.0 << QPointF() << QPointF(0, 0)
                                  << QPointF(-400, -300);
    QTest::newRow("zoom2-pan") << QSize(4000, 3000) << 2.0 << QPointF(100, -50) << QPointF(0, 0)
                               << QPointF(-300, -350);
    // Portrait (a turned photo) 3000×4000: scale 0.15, letterboxed left and right.
    QTest::newRow("portrait") << QSize(3000, 4000) << 1.0 << QPointF() << QPointF(0, 0)
                              << QPointF(175, 0);
    QTest::newRow("portrait-zoom4")
        << QSize(3000, 4000) << 4.0 << QPointF() << QPointF(1500, 2000) << QPointF(400, 300);
    QTest::newRow("small-upscaled")
        << QSize(400, 300) << 1.0 << QPointF() << QPointF(400, 300) << QPointF(800, 600);
}

void TestSignatureGeometry::viewRoundTrip()
{
    QFETCH(QSize, image);
    QFETCH(double, zoom);
    QFETCH(QPointF, pan);
    QFETCH(QPointF, source);
    QFETCH(QPointF, view);
    const ViewMapping mapping { QSizeF(800, 600), image, zoom, pan };
    const QPointF mapped = mapping.toView(source);
    QVERIFY2(qAbs(mapped.x() - view.x()) < 1e-6 && qAbs(mapped.y() - view.y()) < 1e-6,
             qPrintable(QStringLiteral("%1,%2").arg(mapped.x()).arg(mapped.y())));
    const QPointF back = mapping.toSource(mapped);
    QVERIFY(qAbs(back.x() - source.x()) < 1e-6 && qAbs(back.y() - source.y()) < 1e-6);
    const QRectF box(source, QSizeF(200, 100));
    const QRectF roundTrip = mapping.toSource(mapping.toView(box));
    QVERIFY(qAbs(roundTrip.width() - 200) < 1e-6 && qAbs(roundTrip.height() - 100) < 1e-6);
}

void TestSignatureGeometry::handles_data()
{
    QTest::addColumn<int>("handle");
    QTest::addColumn<QPoint>("delta");
    QTest::addColumn<QRect>("expected");
    const auto h = [](Handle x) { return int(x); };
    // Box (200,200) 400×300 in a 1000×800 image.
    QTest::newRow("top-left") << h(Handle::TopLeft) << QPoint(-50, -20)
                              << QRect(150, 180, 450, 320);
    QTest::newRow("top") << h(Handle::Top) << QPoint(-50, 30) << QRect(200, 230, 400, 270);
    QTest::newRow("top-right") << h(Handle::TopRight) << QPoint(40, -10)
                               << QRect(200, 190, 440, 310);
    QTest::newRow("right") << h(Handle::Right) << QPoint(-100, 99) << QRect(200, 200, 300, 300);
    QTest::newRow("bottom-right") << h(Handle::BottomRight) << QPoint(10, 20)
                                  << QRect(200, 200, 410, 320);
    QTest::newRow("bottom") << h(Handle::Bottom) << QPoint(5, -100) << QRect(200, 200, 400, 200);
    QTest::newRow("bottom-left") << h(Handle::BottomLeft) << QPoint(-10, 10)
                                 << QRect(190, 200, 410, 310);
    QTest::newRow("left") << h(Handle::Left) << QPoint(60, 0) << QRect(260, 200, 340, 300);
    QTest::newRow("left-past-minimum")
        << h(Handle::Left) << QPoint(1000, 0) << QRect(450, 200, 150, 300);
    QTest::newRow("top-past-edge") << h(Handle::Top) << QPoint(0, -1000) << QRect(200, 0, 400, 500);
    QTest::newRow("bottom-right-past-edge")
        << h(Handle::BottomRight) << QPoint(5000, 5000) << QRect(200, 200, 800, 600);
    QTest::newRow("bottom-right-past-minimum")
        << h(Handle::BottomRight) << QPoint(-5000, -5000) << QRect(200, 200, 150, 150);
}

void TestSignatureGeometry::handles()
{
    QFETCH(int, handle);
    QFETCH(QPoint, delta);
    QFETCH(QRect, expected);
    QCOMPARE(dragHandle(QRect(200, 200, 400, 300), Handle(handle), delta, QSize(1000, 800)),
             expected);
}

void TestSignatureGeometry::minimumAndInside()
{
    // A tiny image allows a box as small as the image itself.
    QCOMPARE(effectiveMinSide(QSize(100, 80)), 80);
    QCOMPARE(effectiveMinSide(QSize(1000, 800)), MinCropSide);
    QCOMPARE(keepInside(QRect(-10, 900, 300, 300), QSize(1000, 800)), QRect(0, 500, 300, 300));
    QCOMPARE(keepInside(QRect(0, 0, 2000, 2000), QSize(1000, 800)), QRect(0, 0, 1000, 800));
}

void TestSignatureGeometry::moveStopsAtEdges()
{
    const QSize image(1000, 800);
    QCOMPARE(moveBox(QRect(100, 100, 200, 200), QPoint(-500, 30), image), QRect(0, 130, 200, 200));
    QCOMPARE(moveBox(QRect(100, 100, 200, 200), QPoint(5000, 5000), image),
             QRect(800, 600, 200, 200));
}

void TestSignatureGeometry::rotateRectFollowsImage_data()
{
    QTest::addColumn<int>("turns");
    QTest::addColumn<QRect>("expected");
    // Box (100,50) 300×200 in a 1000×800 image.
    QTest::newRow("0") << 0 << QRect(100, 50, 300, 200);
    QTest::newRow("cw") << 1 << QRect(550, 100, 200, 300);
    QTest::newRow("180") << 2 << QRect(600, 550, 300, 200);
    QTest::newRow("ccw") << -1 << QRect(50, 600, 200, 300);
}

void TestSignatureGeometry::rotateRectFollowsImage()
{
    QFETCH(int, turns);
    QFETCH(QRect, expected);
    const QRect box(100, 50, 300, 200);
    const QSize size(1000, 800);
    QCOMPARE(rotateRect(box, size, turns), expected);
    // Four quarter turns bring it back.
    QRect r = box;
    QSize s = size;
    for (int i = 0; i < 4; ++i) {
        r = rotateRect(r, s, 1);
        s.transpose();
    }
    QCOMPARE(r, box);
    // Same pixels: a marked pixel inside the box stays inside the turned box.
    QImage image(size, QImage::Format_RGB888);
    image.fill(Qt::white);
    image.setPixelColor(box.topLeft() + QPoint(1, 1), Qt::black);
    const QImage turned = img::ops::rotate(image, turns);
    const QImage cut = turned.copy(expected);
    bool found = false;
    for (int y = 0; y < cut.height() && !found; ++y)
        for (int x = 0; x < cut.width() && !found; ++x)
            found = cut.pixelColor(x, y) == QColor(Qt::black);
    QVERIFY(found);
}

void TestSignatureGeometry::inkBounds()
{
    QImage page(800, 600, QImage::Format_RGB888);
    page.fill(QColor(200, 200, 190)); // greyish paper as phones photograph it
    {
        QPainter p(&page);
        p.setPen(QPen(QColor(40, 40, 60), 5));
        p.drawLine(300, 250, 500, 330);
        p.drawLine(320, 330, 480, 260);
    }
    const QRect ink = SignatureGeometry::inkBounds(page, 10);
    QVERIFY2(ink.contains(QRect(300, 250, 200, 80)),
             qPrintable(QStringLiteral("%1 %2 %3 %4")
                            .arg(ink.x())
                            .arg(ink.y())
                            .arg(ink.width())
                            .arg(ink.height())));
    QVERIFY(ink.width() < 260 && ink.height() < 140);
    QImage blank(100, 100, QImage::Format_RGB888);
    blank.fill(Qt::white);
    QVERIFY(SignatureGeometry::inkBounds(blank).isNull());

    // Lined paper: the ruled lines run across the whole page but are far lighter than
    // the ink, so they must not stretch the box to the page.
    QImage lined(800, 600, QImage::Format_RGB888);
    lined.fill(QColor(232, 228, 218));
    {
        QPainter p(&lined);
        p.setPen(QPen(QColor(159, 179, 200), 3));
        for (int y = 20; y < 600; y += 40)
            p.drawLine(0, y, 800, y);
        p.setPen(QPen(QColor(32, 32, 32), 6));
        p.drawLine(300, 250, 500, 330);
        p.drawLine(320, 330, 480, 260);
    }
    const QRect onLines = SignatureGeometry::inkBounds(lined, 10);
    QVERIFY(onLines.contains(QRect(300, 250, 200, 80)));
    QVERIFY2(onLines.width() < 260 && onLines.height() < 140,
             qPrintable(QStringLiteral("%1x%2").arg(onLines.width()).arg(onLines.height())));
}

void TestSignatureGeometry::levelsKeepStrokeShape()
{
    QImage page(200, 100, QImage::Format_Grayscale8);
    for (int y = 0; y < 100; ++y)
        for (int x = 0; x < 200; ++x)
            page.scanLine(y)[x] = uchar(170 + (x + y) % 20); // uneven grey paper
    for (int x = 50; x < 150; ++x)
        for (int y = 45; y < 55; ++y)
            page.scanLine(y)[x] = uchar(60 + (x % 30)); // a stroke of varying darkness
    const Levels levels = suggestLevels(page);
    QVERIFY(levels.black < levels.white);
    const QImage out = applyLevels(page, levels);
    QCOMPARE(out.size(), page.size());
    int paperWhite = 0;
    for (int y = 0; y < 100; ++y) {
        for (int x = 0; x < 200; ++x) {
            const bool stroke = x >= 50 && x < 150 && y >= 45 && y < 55;
            if (!stroke && out.scanLine(y)[x] == 255)
                ++paperWhite;
            if (stroke)
                QVERIFY(out.scanLine(y)[x] < 128); // ink stays ink
        }
    }
    QVERIFY(paperWhite > 200 * 100 * 8 / 10); // most of the paper is white now
    // Monotone: darker stays darker, so no pixel changes side of any threshold order.
    for (int x = 1; x < 200; ++x) {
        const int a = page.scanLine(50)[x - 1], b = page.scanLine(50)[x];
        const int oa = out.scanLine(50)[x - 1], ob = out.scanLine(50)[x];
        if (a < b)
            QVERIFY(oa <= ob);
        else if (a > b)
            QVERIFY(oa >= ob);
    }
}

void TestSignatureGeometry::outputMatchesBox_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("turns");
    QTest::addColumn<QRect>("box");
    QTest::newRow("upright") << 1 << 0 << QRect(100, 80, 400, 160);
    QTest::newRow("exif6") << 6 << 0 << QRect(30, 100, 300, 200);
    QTest::newRow("exif3-turned") << 3 << 1 << QRect(40, 50, 200, 350);
    QTest::newRow("exif8-turned-back") << 8 << 3 << QRect(0, 0, 600, 180);
}

// The output's dimensions are the box in source pixels when no scaling is needed.
void TestSignatureGeometry::outputMatchesBox()
{
    QFETCH(int, orientation);
    QFETCH(int, turns);
    QFETCH(QRect, box);
    QImage stored(900, 600, QImage::Format_RGB888);
    stored.fill(Qt::white);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(stored.save(&buffer, "JPEG", 90));
    // Patch in an EXIF orientation: the pipeline reads it by itself.
    QByteArray exif("Exif\0\0MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\0\0\0\0\0\0\0", 32);
    exif[25] = char(orientation);
    QByteArray app1("\xff\xe1", 2);
    const int len = int(exif.size()) + 2;
    app1.append(char(len >> 8)).append(char(len & 0xff)).append(exif);
    jpeg.insert(2, app1);
    const auto info = img::inspectPhoto(jpeg, QStringLiteral("sig.jpg"));
    QCOMPARE(info.orientation, orientation);
    const QSize shown = displaySize(QSize(info.width, info.height), orientation, turns);
    QVERIFY(QRect(QPoint(0, 0), shown).contains(box));
    img::FitOptions options;
    options.purpose = img::PhotoPurpose::Signature;
    options.crop = box;
    options.quarterTurns = turns;
    const img::FitResult fit = img::fitPhoto(jpeg, QStringLiteral("sig.jpg"), options);
    QVERIFY2(fit.ok(), qPrintable(fit.firstError().message));
    QCOMPARE(QSize(fit.width, fit.height), box.size());
}

QTEST_GUILESS_MAIN(TestSignatureGeometry)
#include "tst_signaturegeometry.moc"
