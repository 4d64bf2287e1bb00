#include "steps/payment/qrcodeimage.h"

#include <QSignalSpy>
#include <QTest>

/** The payment QR code: libqrencode's symbol, its size for known texts, finder patterns. */
class TestQrCodeImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moduleCountMatchesVersion_data();
    void moduleCountMatchesVersion();
    void hasThreeFinderPatterns();
    void renderAddsQuietZone();
    void itemFollowsText();
};

static bool dark(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

void TestQrCodeImage::moduleCountMatchesVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("modules");
    // Byte mode, level M: version 1 holds 14 bytes (21 modules), version 2 26 bytes (25),
    // version 4 62 bytes (33).
    QTest::newRow("v1") << QStringLiteral("HELLO WORLD") << 21;
    QTest::newRow("v2") << QStringLiteral("https://example.com/pay") << 25;
    QTest::newRow("v4 sandbox link")
        << QStringLiteral("http://127.0.0.1:54321/sandbox/pay/ord_81c2a0b4e855d3f1") << 33;
}

void TestQrCodeImage::moduleCountMatchesVersion()
{
    QFETCH(QString, text);
    QFETCH(int, modules);
    const QImage symbol = QrCodeImage::encode(text);
    QCOMPARE(symbol.width(), modules);
    QCOMPARE(symbol.height(), modules);
}

void TestQrCodeImage::hasThreeFinderPatterns()
{
    const QImage s = QrCodeImage::encode(QStringLiteral("http://127.0.0.1:1/sandbox/pay/ord_1"));
    QVERIFY(!s.isNull());
    const int n = s.width();
    // Each finder: dark 7×7 ring, light ring inside, dark 3×3 centre; the 4th corner has none.
    for (const QPoint origin : { QPoint(0, 0), QPoint(n - 7, 0), QPoint(0, n - 7) }) {
        for (int i = 0; i < 7; ++i) {
            QVERIFY(dark(s, origin.x() + i, origin.y()));
            QVERIFY(dark(s, origin.x() + i, origin.y() + 6));
            QVERIFY(dark(s, origin.x(), origin.y() + i));
            QVERIFY(dark(s, origin.x() + 6, origin.y() + i));
        }
        QVERIFY(!dark(s, origin.x() + 1, origin.y() + 1));
        QVERIFY(dark(s, origin.x() + 3, origin.y() + 3));
    }
    // Timing pattern between the top finders alternates dark and light.
    for (int x = 8; x < n - 8; ++x)
        QCOMPARE(dark(s, x, 6), x % 2 == 0);
    QVERIFY(QrCodeImage::encode(QString()).isNull());
}

void TestQrCodeImage::renderAddsQuietZone()
{
    const QString text = QStringLiteral("HELLO WORLD");
    const QImage image = QrCodeImage::render(text, 3);
    QCOMPARE(image.width(), (21 + 2 * QrCodeImage::QuietZone) * 3);
    const int q = QrCodeImage::QuietZone * 3;
    for (int i = 0; i < image.width(); ++i) {
        QVERIFY(!dark(image, i, 0));
        QVERIFY(!dark(image, 0, i));
    }
    QVERIFY(dark(image, q, q));
    QVERIFY(dark(image, q + 2, q + 2));
    QVERIFY(!dark(image, q - 1, q));
}

void TestQrCodeImage::itemFollowsText()
{
    QrCodeImage item;
    QSignalSpy spy(&item, &QrCodeImage::textChanged);
    QCOMPARE(item.moduleCount(), 0);
    item.setText(QStringLiteral("HELLO WORLD"));
    QCOMPARE(item.moduleCount(), 21);
    item.setText(QStringLiteral("HELLO WORLD"));
    QCOMPARE(spy.count(), 1);
    item.setText(QString());
    QCOMPARE(item.moduleCount(), 0);
}

QTEST_MAIN(TestQrCodeImage)

#include "tst_qrcodeimage.moc"
