#include "batchrules.h"
#include "translations.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace zkgrad;
using namespace Qt::Literals::StringLiterals;

/** Tests the batch rules value type and its JSON parser. */
class TestBatchRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("zh_CN"))); }

    void defaults()
    {
        const BatchRules d = BatchRules::defaults();
        QCOMPARE(d.imageTargetBytes, 50'000);
        QCOMPARE(d.imageAcceptBytes, 51'200);
        QCOMPARE(d.selfAssessmentMin, 300);
        QCOMPARE(d.selfAssessmentMax, 500);
        QVERIFY(!d.feeFen);
        QCOMPARE(d.windowState(QDateTime::currentDateTimeUtc()), BatchRules::WindowState::Unknown);
        QVERIFY(d.acceptsSubmissionAt(QDateTime::currentDateTimeUtc()));
        QVERIFY(d.imageWithinTarget(50'000));
        QVERIFY(!d.imageWithinTarget(50'001));
        QVERIFY(d.imageAccepted(51'200));
        QVERIFY(!d.imageAccepted(51'201));
        QVERIFY(!d.imageAccepted(0));
    }

    void full()
    {
        const QByteArray json = R"({
            "id": "2026-2",
            "window": {"opens": "2026-11-20T09:00:00+08:00", "closes": "2026-12-05T17:00:00+08:00"},
            "image": {"targetBytes": 30000, "acceptBytes": 30720},
            "selfAssessment": {"minChars": 200, "maxChars": 800},
            "fee": {"amountFen": 4000}
        })";
        const BatchRulesParseResult r = BatchRules::fromJson(json);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.error, u"ok"_s);
        QCOMPARE(r.rules.batchId, u"2026-2"_s);
        QCOMPARE(r.rules.imageTargetBytes, 30'000);
        QCOMPARE(r.rules.imageAcceptBytes, 30'720);
        QCOMPARE(r.rules.selfAssessmentMin, 200);
        QCOMPARE(r.rules.selfAssessmentMax, 800);
        QCOMPARE(r.rules.feeFen.value_or(-1), 4000);
        QCOMPARE(r.rules.windowCloses.toUTC(),
                 QDateTime(QDate(2026, 12, 5), QTime(9, 0), QTimeZone::utc()));

        // 17:00 in Chongqing is 09:00 UTC: the window is an instant, not a wall-clock time.
        const auto utc = [](int month, int day, int h, int m) {
            return QDateTime(QDate(2026, month, day), QTime(h, m), QTimeZone::utc());
        };
        using S = BatchRules::WindowState;
        QCOMPARE(r.rules.windowState(utc(11, 20, 0, 59)), S::NotYetOpen);
        QCOMPARE(r.rules.windowState(utc(11, 20, 1, 0)), S::Open);
        QCOMPARE(r.rules.windowState(utc(12, 5, 8, 59)), S::Open);
        QCOMPARE(r.rules.windowState(utc(12, 5, 9, 0)), S::Closed);
        QVERIFY(!r.rules.acceptsSubmissionAt(utc(12, 6, 0, 0)));
        QVERIFY(r.rules.acceptsSubmissionAt(utc(11, 28, 0, 0)));

        // toJson() writes what fromJson() reads.
        const BatchRulesParseResult again =
            BatchRules::fromJson(QJsonDocument(r.rules.toJson()).toJson());
        QVERIFY(again.ok);
        QCOMPARE(again.rules, r.rules);
    }

    void partialKeepsDefaults()
    {
        const BatchRulesParseResult r = BatchRules::fromJson(R"({"fee": {"amountFen": 0}})");
        QVERIFY(r.ok);
        QCOMPARE(r.rules.imageTargetBytes, BatchRules::defaults().imageTargetBytes);
        QCOMPARE(r.rules.selfAssessmentMax, BatchRules::defaults().selfAssessmentMax);
        QCOMPARE(r.rules.feeFen.value_or(-1), 0);
        QVERIFY(BatchRules::fromJson("{}").ok);
        QVERIFY(BatchRules::fromJson(R"({"image": null})").ok);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty") << QByteArray() << u"not-json"_s << QString();
        QTest::newRow("truncated")
            << QByteArray(R"({"image": {"targetBytes": 5)") << u"not-json"_s << QString();
        QTest::newRow("trailing comma")
            << QByteArray(R"({"id": "x",})") << u"not-json"_s << QString();
        QTest::newRow("array") << QByteArray("[1, 2]") << u"not-object"_s << QString();
        QTest::newRow("id not string") << QByteArray(R"({"id": 5})") << u"wrong-type"_s << u"id"_s;
        QTest::newRow("image not object")
            << QByteArray(R"({"image": 50000})") << u"wrong-type"_s << u"image"_s;
        QTest::newRow("bytes as string") << QByteArray(R"({"image": {"targetBytes": "50K"}})")
                                         << u"wrong-type"_s << u"image.targetBytes"_s;
        QTest::newRow("fraction") << QByteArray(R"({"image": {"acceptBytes": 51200.5}})")
                                  << u"wrong-type"_s << u"image.acceptBytes"_s;
        QTest::newRow("negative") << QByteArray(R"({"image": {"targetBytes": -1}})")
                                  << u"out-of-range"_s << u"image.targetBytes"_s;
        QTest::newRow("huge") << QByteArray(R"({"selfAssessment": {"maxChars": 1e300}})")
                              << u"out-of-range"_s << u"selfAssessment.maxChars"_s;
        QTest::newRow("negative fee") << QByteArray(R"({"fee": {"amountFen": -100}})")
                                      << u"out-of-range"_s << u"fee.amountFen"_s;
        QTest::newRow("not a date") << QByteArray(R"({"window": {"opens": "next monday"}})")
                                    << u"bad-date"_s << u"window.opens"_s;
        QTest::newRow("date without offset")
            << QByteArray(R"({"window": {"closes": "2026-12-05T17:00:00"}})") << u"bad-date"_s
            << u"window.closes"_s;
        QTest::newRow("closes before opens") << QByteArray(
            R"({"window": {"opens": "2026-12-05T17:00:00+08:00", "closes": "2026-11-20T09:00:00+08:00"}})")
                                             << u"window-order"_s << u"window.closes"_s;
        QTest::newRow("target above accept")
            << QByteArray(R"({"image": {"targetBytes": 60000, "acceptBytes": 51200}})")
            << u"limits-order"_s << u"image.targetBytes"_s;
        QTest::newRow("min above max") << QByteArray(R"({"selfAssessment": {"minChars": 600}})")
                                       << u"limits-order"_s << u"selfAssessment.minChars"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QFETCH(QString, field);
        const BatchRulesParseResult r = BatchRules::fromJson(json);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, error);
        QCOMPARE(r.field, field);
        QVERIFY(r.message.contains(u"申请规则"_s));
        if (!field.isEmpty())
            QVERIFY2(r.message.contains(field) || error.endsWith(u"order"_s),
                     qPrintable(r.message));
        QCOMPARE(r.rules, BatchRules::defaults());
    }
};

QTEST_GUILESS_MAIN(TestBatchRules)
#include "tst_batchrules.moc"
