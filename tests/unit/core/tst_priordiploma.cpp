#include "priordiploma.h"
#include "translations.h"

#include <QTest>

using namespace zkgrad;
using namespace Qt::Literals::StringLiterals;

/** Tests the prior diploma rules: number layout and graduation date. */
class TestPriorDiploma : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("zh_CN"))); }

    void number_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("graduation");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("normalized");
        const int ok = int(Severity::Ok), warn = int(Severity::Warning), err = int(Severity::Error);
        QTest::newRow("chongqing university 2012 bachelor")
            << u"106111201205001234"_s << QDate(2012, 6, 30) << u"ok"_s << ok
            << u"106111201205001234"_s;
        QTest::newRow("junior college 2018") << u"126086201806000521"_s << QDate(2018, 7, 1)
                                             << u"ok"_s << ok << u"126086201806000521"_s;
        QTest::newRow("spaces and full-width")
            << u" 10611 1 2012 05 00１２３４ "_s << QDate(2012, 6, 30) << u"ok"_s << ok
            << u"106111201205001234"_s;
        QTest::newRow("no graduation date yet")
            << u"106111201205001234"_s << QDate() << u"ok"_s << ok << u"106111201205001234"_s;
        QTest::newRow("year differs") << u"106111201205001234"_s << QDate(2013, 1, 10)
                                      << u"year-mismatch"_s << err << u"106111201205001234"_s;
        QTest::newRow("old number with letters") << u"渝成字第9812号"_s << QDate(1998, 7, 1)
                                                 << u"old-format"_s << warn << u"渝成字第9812号"_s;
        QTest::newRow("old 12 digits") << u"199806001234"_s << QDate(1998, 7, 1) << u"old-format"_s
                                       << warn << u"199806001234"_s;
        QTest::newRow("18 digits but no plausible year")
            << u"106110512050012340"_s << QDate(2012, 6, 30) << u"old-format"_s << warn
            << u"106110512050012340"_s;
        QTest::newRow("empty") << u"   "_s << QDate(2012, 6, 30) << u"empty"_s << err << QString();
        QTest::newRow("too long") << QString(41, QChar(u'1')) << QDate(2012, 6, 30) << u"too-long"_s
                                  << err << QString(41, QChar(u'1'));
    }

    void number()
    {
        QFETCH(QString, input);
        QFETCH(QDate, graduation);
        QFETCH(QString, reason);
        QFETCH(int, severity);
        QFETCH(QString, normalized);
        const RuleResult r = PriorDiploma::checkNumber(input, graduation);
        QCOMPARE(r.reason, reason);
        QCOMPARE(int(r.severity), severity);
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.isValid(), severity != int(Severity::Error));
        QCOMPARE(r.message.isEmpty(), severity == int(Severity::Ok));
    }

    void school()
    {
        QCOMPARE(PriorDiploma::checkSchool(u" "_s).reason, u"empty"_s);
        QVERIFY(PriorDiploma::checkSchool(QString(u"𠮷"_s).repeated(PriorDiploma::maxSchoolLength))
                    .isValid());
        const RuleResult r =
            PriorDiploma::checkSchool(QString(u'校').repeated(PriorDiploma::maxSchoolLength + 1));
        QCOMPARE(r.reason, u"too-long"_s);
        QVERIFY2(r.message.contains(u"101"_s), qPrintable(r.message));
    }

    void mismatchMessageNamesBothYears()
    {
        const RuleResult r = PriorDiploma::checkNumber(u"106111201205001234", QDate(2013, 1, 10));
        QVERIFY2(r.message.contains(u"2012"_s) && r.message.contains(u"2013"_s),
                 qPrintable(r.message));
    }

    void layout()
    {
        const auto l = PriorDiploma::parseLayout(u"106111201205001234");
        QVERIFY(l);
        QCOMPARE(l->schoolCode, u"10611"_s);
        QCOMPARE(l->schoolType, 1);
        QCOMPARE(l->year, 2012);
        QCOMPARE(l->level, u"05"_s);
        QCOMPARE(l->serial, u"001234"_s);
        QVERIFY(!PriorDiploma::parseLayout(u"10611120120500123"));
        QVERIFY(!PriorDiploma::parseLayout(u"10611120120500123X"));
    }

    void graduationDate_data()
    {
        QTest::addColumn<QDate>("graduation");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QString>("reason");
        const QDate birth(1990, 3, 7);
        QTest::newRow("ordinary") << QDate(2012, 6, 30) << birth << u"ok"_s;
        QTest::newRow("today") << QDate(2026, 11, 28) << birth << u"ok"_s;
        QTest::newRow("14th birthday") << QDate(2004, 3, 7) << birth << u"ok"_s;
        QTest::newRow("birth unknown") << QDate(1995, 7, 1) << QDate() << u"ok"_s;
        QTest::newRow("missing") << QDate() << birth << u"empty"_s;
        QTest::newRow("tomorrow") << QDate(2026, 11, 29) << birth << u"future"_s;
        QTest::newRow("day before 14th birthday") << QDate(2004, 3, 6) << birth << u"too-early"_s;
        QTest::newRow("before birth") << QDate(1989, 7, 1) << birth << u"too-early"_s;
    }

    void graduationDate()
    {
        QFETCH(QDate, graduation);
        QFETCH(QDate, birth);
        QFETCH(QString, reason);
        const RuleResult r =
            PriorDiploma::checkGraduationDate(graduation, birth, QDate(2026, 11, 28));
        QCOMPARE(r.reason, reason);
        QCOMPARE(r.isValid(), reason == u"ok"_s);
        if (reason == u"too-early"_s)
            QVERIFY(r.message.contains(u"14"_s));
    }
};

QTEST_GUILESS_MAIN(TestPriorDiploma)
#include "tst_priordiploma.moc"
