// Logs must never carry an ID number, a phone number, a token or a password.
#include "redact.h"

#include <QTest>

using namespace zkgrad::net;

class TestRedact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masks_data();
    void masks();
    void keepsOrdinaryText();
};

void TestRedact::masks_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("id number") << QStringLiteral("login 500101199001010018 failed")
                               << QStringLiteral("login 500*************18 failed");
    QTest::newRow("id number with X")
        << QStringLiteral("id=50010119900101003X") << QStringLiteral("id=500*************3X");
    QTest::newRow("id number lower x")
        << QStringLiteral("50010119900101003x") << QStringLiteral("500*************3x");
    QTest::newRow("id in json") << QStringLiteral(R"({"idNumber":"500101199001010034"})")
                                << QStringLiteral(R"({"idNumber":"500*************34"})");
    QTest::newRow("mobile") << QStringLiteral("phone 13800000001.")
                            << QStringLiteral("phone 138****0001.");
    QTest::newRow("mobile +86") << QStringLiteral("+86 13912345678")
                                << QStringLiteral("139****5678");
    QTest::newRow("ticket") << QStringLiteral("ticket 010119000001")
                            << QStringLiteral("ticket **********01");
    QTest::newRow("bearer") << QStringLiteral("Bearer 2f6cabc123def456")
                            << QStringLiteral("Bearer [redacted]");
    QTest::newRow("authorization header")
        << QStringLiteral("Authorization: Bearer abc.def\r\nAccept: */*")
        << QStringLiteral("Authorization: [redacted]\r\nAccept: */*");
    QTest::newRow("cookie header")
        << QStringLiteral("Cookie: s=1; t=2") << QStringLiteral("Cookie: [redacted]");
    QTest::newRow("json token") << QStringLiteral(R"({"token": "2f6c\"x", "tokenType":"Bearer"})")
                                << QStringLiteral(
                                       R"({"token":"[redacted]", "tokenType":"[redacted]"})");
    QTest::newRow("json password") << QStringLiteral(R"({"login":"x","password":"Demo2026"})")
                                   << QStringLiteral(R"({"login":"x","password":"[redacted]"})");
    QTest::newRow("query token") << QStringLiteral("/pay?access_token=abc&x=1")
                                 << QStringLiteral("/pay?access_token=[redacted]&x=1");
    QTest::newRow("two numbers") << QStringLiteral("500101199001010018/13800000001")
                                 << QStringLiteral("500*************18/138****0001");
}

void TestRedact::masks()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redact::mask(input), expected);
    // Idempotent: masking twice changes nothing more.
    QCOMPARE(Redact::mask(Redact::mask(input)), expected);
}

void TestRedact::keepsOrdinaryText()
{
    const QString text =
        QStringLiteral("GET http://127.0.0.1:8765/api/v1/applications/app_3f9c2a71 -> 200 after 2 "
                       "attempt(s), curl 28");
    QCOMPARE(Redact::mask(text), text);
    QCOMPARE(Redact::mask(QStringLiteral("2026-11-28T15:30:00Z")),
             QStringLiteral("2026-11-28T15:30:00Z"));
    QCOMPARE(Redact::mask(QByteArray("amountFen 5000")), QStringLiteral("amountFen 5000"));
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
