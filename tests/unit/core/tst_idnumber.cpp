#include "idnumber.h"
#include "translations.h"

#include <QTest>

using namespace zkgrad;
using namespace Qt::Literals::StringLiterals;

/** Tests the resident ID number rule (GB 11643-1999). */
class TestIdNumber : public QObject
{
    Q_OBJECT

private:
    const QDate m_today { 2026, 11, 28 };

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("zh_CN"))); }

    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("gender");
        const int m = int(Gender::Male), f = int(Gender::Female);
        QTest::newRow("standard example")
            << u"11010519491231002X"_s << u"11010519491231002X"_s << QDate(1949, 12, 31) << f;
        QTest::newRow("chongqing male")
            << u"500103199003071239"_s << u"500103199003071239"_s << QDate(1990, 3, 7) << m;
        QTest::newRow("chongqing female")
            << u"500224198506150046"_s << u"500224198506150046"_s << QDate(1985, 6, 15) << f;
        QTest::newRow("spaces around and inside")
            << u"  5001 0319 9003 0712 39 "_s << u"500103199003071239"_s << QDate(1990, 3, 7) << m;
        QTest::newRow("hyphens") << u"500103-19900307-1239"_s << u"500103199003071239"_s
                                 << QDate(1990, 3, 7) << m;
        QTest::newRow("full-width digits") << u"５００１０３１９９００３０７１２３９"_s
                                           << u"500103199003071239"_s << QDate(1990, 3, 7) << m;
        QTest::newRow("full-width X") << u"１１０１０５１９４９１２３１００２Ｘ"_s
                                      << u"11010519491231002X"_s << QDate(1949, 12, 31) << f;
        QTest::newRow("lower-case x")
            << u"11010519491231002x"_s << u"11010519491231002X"_s << QDate(1949, 12, 31) << f;
        QTest::newRow("ideographic space") << u"\u300011010519491231002X\u3000"_s
                                           << u"11010519491231002X"_s << QDate(1949, 12, 31) << f;
        QTest::newRow("pasted with zero-width space and BOM")
            << u"\uFEFF110105\u200B19491231002X"_s << u"11010519491231002X"_s << QDate(1949, 12, 31)
            << f;
        QTest::newRow("unknown county is fine")
            << u"500199199003071231"_s << u"500199199003071231"_s << QDate(1990, 3, 7) << m;
        QTest::newRow("hong kong permit")
            << u"810000199001010019"_s << u"810000199001010019"_s << QDate(1990, 1, 1) << m;
        QTest::newRow("macao permit")
            << u"820000199510100022"_s << u"820000199510100022"_s << QDate(1995, 10, 10) << f;
        QTest::newRow("taiwan permit leap day")
            << u"830000200002290031"_s << u"830000200002290031"_s << QDate(2000, 2, 29) << m;
        QTest::newRow("born today")
            << u"500105202611280015"_s << u"500105202611280015"_s << QDate(2026, 11, 28) << m;
        QTest::newRow("earliest date")
            << u"11010519000101001X"_s << u"11010519000101001X"_s << QDate(1900, 1, 1) << m;
        QTest::newRow("xinjiang") << u"650102197612315670"_s << u"650102197612315670"_s
                                  << QDate(1976, 12, 31) << m;
        QTest::newRow("shandong female")
            << u"370283198808080886"_s << u"370283198808080886"_s << QDate(1988, 8, 8) << f;
    }

    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(QDate, birth);
        QFETCH(int, gender);
        const IdNumberResult r = IdNumber::check(input, m_today);
        QVERIFY2(r.valid, qPrintable(r.message));
        QCOMPARE(r.reason, u"ok"_s);
        QVERIFY(r.message.isEmpty());
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.birthDate, birth);
        QCOMPARE(int(r.gender), gender);
        QVERIFY(r.toRuleResult().isValid());
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << u"length"_s << u"18位"_s;
        QTest::newRow("blank") << u"   "_s << u"length"_s << u"18位"_s;
        QTest::newRow("too short") << u"5001031990"_s << u"length"_s << u"输入了 10 位"_s;
        QTest::newRow("too long") << u"5001031990030712391"_s << u"length"_s << u"19"_s;
        QTest::newRow("first generation") << u"500103900307123"_s << u"length"_s << u"15位"_s;
        QTest::newRow("letter at the end")
            << u"50010319900307123A"_s << u"characters"_s << u"第18位"_s;
        QTest::newRow("X in the middle") << u"5001031990030X1239"_s << u"characters"_s << u"X"_s;
        QTest::newRow("chinese") << u"身份证号"_s << u"characters"_s << u"数字"_s;
        QTest::newRow("X on a 17-digit number")
            << u"5001031990030712X"_s << u"characters"_s << u"X"_s;
        QTest::newRow("province 99") << u"990103199003071239"_s << u"province"_s << u"99"_s;
        QTest::newRow("province 20") << u"200105194912310021"_s << u"province"_s << u"20"_s;
        // No such numbers are issued; each gets its own reason.
        QTest::newRow("taiwan 71") << u"710101199003071235"_s << u"taiwan-prefix"_s << u"830000"_s;
        QTest::newRow("hong kong permit with a county")
            << u"810101199001010010"_s << u"permit-county"_s << u"810000"_s;
        QTest::newRow("macao permit with a county")
            << u"820100199510100028"_s << u"permit-county"_s << u"820000"_s;
        QTest::newRow("taiwan permit with a county")
            << u"830001200002290038"_s << u"permit-county"_s << u"830000"_s;
        QTest::newRow("province only chongqing")
            << u"500000199003071234"_s << u"province-only"_s << u"500000"_s;
        QTest::newRow("province only beijing")
            << u"110000194912310022"_s << u"province-only"_s << u"第3至6位"_s;
        QTest::newRow("february 30") << u"500103199002301239"_s << u"birth-date"_s << u"19900230"_s;
        QTest::newRow("1899") << u"500103189912311239"_s << u"birth-date"_s << u"18991231"_s;
        QTest::newRow("tomorrow") << u"500105202611290015"_s << u"birth-date"_s << u"20261129"_s;
        QTest::newRow("no leap day in 1990")
            << u"500103199002291239"_s << u"birth-date"_s << u"出生日期"_s;
        QTest::newRow("check digit 9 not 8")
            << u"500103199003071238"_s << u"check-digit"_s << u"校验码应为 9"_s;
        QTest::newRow("check digit X not 1") << u"110105194912310021"_s << u"check-digit"_s
                                             << u"身份证号第18位校验码应为 X，请核对后重新输入"_s;
        QTest::newRow("swapped digits")
            << u"500103199003071293"_s << u"check-digit"_s << u"校验码"_s;
    }

    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        QFETCH(QString, messagePart);
        const IdNumberResult r = IdNumber::check(input, m_today);
        QVERIFY(!r.valid);
        QCOMPARE(r.reason, reason);
        QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
        QCOMPARE(r.toRuleResult().reason, reason);
        QVERIFY(!r.toRuleResult().isValid());
    }

    void checkDigit()
    {
        QCOMPARE(IdNumber::checkDigit(u"11010519491231002"), QChar(u'X'));
        QCOMPARE(IdNumber::checkDigit(u"50010319900307123"), QChar(u'9'));
        QCOMPARE(IdNumber::checkDigit(u"37028319880808088"), QChar(u'6'));
        QVERIFY(IdNumber::checkDigit(u"1101051949123100").isNull());
        QVERIFY(IdNumber::checkDigit(u"1101051949123100A").isNull());
    }

    void englishMessages()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        const IdNumberResult r = IdNumber::check(u"110105194912310021", m_today);
        QVERIFY(r.message.contains(u"should be X"_s));
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    }

    void provinceCodes()
    {
        for (int code : { 11, 50, 65, 71, 81, 82, 83 })
            QVERIFY(IdNumber::isProvinceCode(code));
        for (int code : { 0, 10, 16, 20, 24, 30, 38, 40, 47, 55, 60, 66, 70, 80, 84, 91, 99 })
            QVERIFY2(!IdNumber::isProvinceCode(code), qPrintable(QString::number(code)));
    }

    void genderCode()
    {
        QCOMPARE(IdNumber::genderCode(Gender::Male), u"male"_s);
        QCOMPARE(IdNumber::genderCode(Gender::Female), u"female"_s);
        QVERIFY(IdNumber::genderCode(Gender::Unknown).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
