#include "contact.h"
#include "translations.h"

#include <QTest>

using namespace zkgrad;
using namespace Qt::Literals::StringLiterals;

/** Tests the contact rules: mobile, landline, postal code, e-mail. */
class TestContact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("zh_CN"))); }

    void address()
    {
        // Counted in characters (TextCount), trimmed; the same rule the sandbox applies.
        QCOMPARE(Contact::checkAddress(u"  "_s).reason, u"empty"_s);
        QCOMPARE(Contact::checkAddress(u"渝北区"_s).reason, u"too-short"_s);
        const RuleResult ok = Contact::checkAddress(u" 重庆市渝北区 "_s);
        QVERIFY(ok.isValid());
        QCOMPARE(ok.normalized, u"重庆市渝北区"_s);
        // 120 supplementary characters are 240 UTF-16 units and still fit.
        QVERIFY(
            Contact::checkAddress(QString(u"𠮷"_s).repeated(Contact::maxAddressLength)).isValid());
        const RuleResult tooLong =
            Contact::checkAddress(QString(u'路').repeated(Contact::maxAddressLength + 1));
        QCOMPARE(tooLong.reason, u"too-long"_s);
        QVERIFY2(tooLong.message.contains(u"121"_s) && tooLong.message.contains(u"120"_s),
                 qPrintable(tooLong.message));
        // The free-text policy applies too: a right-to-left override is refused by name.
        const RuleResult bidi = Contact::checkAddress(u"重庆市渝北区\u202E示例路1号"_s);
        QCOMPARE(bidi.reason, u"forbidden-character"_s);
        QVERIFY2(bidi.message.contains(u"U+202E"_s), qPrintable(bidi.message));
    }

    void mobile_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << u"13812345678"_s << u"ok"_s << u"13812345678"_s;
        QTest::newRow("19x") << u"19912345678"_s << u"ok"_s << u"19912345678"_s;
        QTest::newRow("spaces") << u" 138 1234 5678 "_s << u"ok"_s << u"13812345678"_s;
        QTest::newRow("hyphens") << u"138-1234-5678"_s << u"ok"_s << u"13812345678"_s;
        QTest::newRow("+86") << u"+86 138 1234 5678"_s << u"ok"_s << u"13812345678"_s;
        QTest::newRow("+86-") << u"+86-13812345678"_s << u"ok"_s << u"13812345678"_s;
        QTest::newRow("0086") << u"008613812345678"_s << u"ok"_s << u"13812345678"_s;
        QTest::newRow("full-width")
            << u"＋８６１３８１２３４５６７８"_s << u"ok"_s << u"13812345678"_s;
        QTest::newRow("empty") << u""_s << u"empty"_s << QString();
        QTest::newRow("letters") << u"1381234567a"_s << u"characters"_s << u"1381234567a"_s;
        QTest::newRow("short") << u"1381234567"_s << u"length"_s << u"1381234567"_s;
        QTest::newRow("long") << u"138123456789"_s << u"length"_s << u"138123456789"_s;
        QTest::newRow("12x") << u"12812345678"_s << u"prefix"_s << u"12812345678"_s;
        QTest::newRow("landline shape") << u"02312345678"_s << u"prefix"_s << u"02312345678"_s;
        QTest::newRow("86 without plus") << u"8613812345678"_s << u"length"_s << u"8613812345678"_s;
    }

    void mobile()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        QFETCH(QString, normalized);
        const RuleResult r = Contact::checkMobile(input);
        QCOMPARE(r.reason, reason);
        QCOMPARE(r.isValid(), reason == u"ok"_s);
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.message.isEmpty(), reason == u"ok"_s);
    }

    void landline_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("chongqing") << u"023-63861234"_s << false << u"ok"_s << u"023-63861234"_s;
        QTest::newRow("beijing") << u"010-62751234"_s << false << u"ok"_s << u"010-62751234"_s;
        QTest::newRow("four-digit area")
            << u"0851-5551234"_s << false << u"ok"_s << u"0851-5551234"_s;
        QTest::newRow("parentheses") << u"(023)63861234"_s << false << u"ok"_s << u"023-63861234"_s;
        QTest::newRow("full-width parentheses")
            << u"（０２３）６３８６１２３４"_s << false << u"ok"_s << u"023-63861234"_s;
        QTest::newRow("no separator") << u"02363861234"_s << false << u"ok"_s << u"023-63861234"_s;
        QTest::newRow("no separator four-digit")
            << u"08515551234"_s << false << u"ok"_s << u"0851-5551234"_s;
        QTest::newRow("spaces") << u"023 6386 1234"_s << false << u"ok"_s << u"023-63861234"_s;
        QTest::newRow("extension")
            << u"023-63861234-801"_s << false << u"ok"_s << u"023-63861234-801"_s;
        QTest::newRow("optional empty") << u""_s << false << u"ok"_s << QString();
        QTest::newRow("required empty") << u""_s << true << u"empty"_s << QString();
        QTest::newRow("letters") << u"023-6386abcd"_s << false << u"characters"_s
                                 << u"023-6386abcd"_s;
        QTest::newRow("bad area") << u"123-63861234"_s << false << u"area-code"_s
                                  << u"123-63861234"_s;
        QTest::newRow("area 011") << u"011-63861234"_s << false << u"area-code"_s
                                  << u"011-63861234"_s;
        QTest::newRow("number starting 0")
            << u"023-03861234"_s << false << u"number"_s << u"023-03861234"_s;
        QTest::newRow("number too short")
            << u"023-638612"_s << false << u"number"_s << u"023-638612"_s;
        QTest::newRow("number too long")
            << u"023-638612345"_s << false << u"number"_s << u"023-638612345"_s;
    }

    void landline()
    {
        QFETCH(QString, input);
        QFETCH(bool, required);
        QFETCH(QString, reason);
        QFETCH(QString, normalized);
        const RuleResult r = Contact::checkLandline(input, required);
        QVERIFY2(r.reason == reason, qPrintable(r.reason + u' ' + r.message));
        QCOMPARE(r.isValid(), reason == u"ok"_s);
        QCOMPARE(r.normalized, normalized);
    }

    void postalCode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("chongqing") << u"400010"_s << u"ok"_s;
        QTest::newRow("beijing") << u"100000"_s << u"ok"_s;
        QTest::newRow("full-width") << u"４０００１０"_s << u"ok"_s;
        QTest::newRow("spaces") << u" 400 010 "_s << u"ok"_s;
        QTest::newRow("empty") << u""_s << u"empty"_s;
        QTest::newRow("five digits") << u"40001"_s << u"format"_s;
        QTest::newRow("seven digits") << u"4000101"_s << u"format"_s;
        QTest::newRow("letter") << u"40001A"_s << u"format"_s;
    }

    void postalCode()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const RuleResult r = Contact::checkPostalCode(input);
        QCOMPARE(r.reason, reason);
        if (r.isValid())
            QCOMPARE(r.normalized.size(), 6);
        else
            QVERIFY(r.message.contains(reason == u"empty"_s ? u"邮政编码"_s : u"6位"_s));
    }

    void email_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << u"zhang.wei@example.com"_s << false << u"ok"_s
                               << u"zhang.wei@example.com"_s;
        QTest::newRow("qq") << u"123456789@qq.com"_s << false << u"ok"_s << u"123456789@qq.com"_s;
        QTest::newRow("subdomain and plus")
            << u"li+zk@mail.cqu.edu.cn"_s << false << u"ok"_s << u"li+zk@mail.cqu.edu.cn"_s;
        QTest::newRow("domain lower-cased")
            << u" Wang@Example.COM "_s << false << u"ok"_s << u"Wang@example.com"_s;
        QTest::newRow("full-width at")
            << u"wang＠163.com"_s << false << u"ok"_s << u"wang@163.com"_s;
        QTest::newRow("optional empty") << u""_s << false << u"ok"_s << QString();
        QTest::newRow("required empty") << u""_s << true << u"empty"_s << QString();
        QTest::newRow("no at") << u"wang.163.com"_s << false << u"format"_s << u"wang.163.com"_s;
        QTest::newRow("no tld") << u"wang@localhost"_s << false << u"format"_s
                                << u"wang@localhost"_s;
        QTest::newRow("two ats") << u"a@b@c.com"_s << false << u"format"_s << u"a@b@c.com"_s;
        QTest::newRow("space") << u"wang wei@163.com"_s << false << u"format"_s
                               << u"wang wei@163.com"_s;
        QTest::newRow("double dot")
            << u"wang..wei@163.com"_s << false << u"format"_s << u"wang..wei@163.com"_s;
        QTest::newRow("hyphen label")
            << u"wang@-163.com"_s << false << u"format"_s << u"wang@-163.com"_s;
        QTest::newRow("chinese") << u"王伟@163.com"_s << false << u"not-ascii"_s
                                 << u"王伟@163.com"_s;
        // Typed with the Chinese input method on: letters became characters, "." became "。".
        QTest::newRow("pinyin mode")
            << u"啊补充@全球。com"_s << false << u"not-ascii"_s << u"啊补充@全球。com"_s;
        QTest::newRow("full stop")
            << u"wang@163。com"_s << false << u"not-ascii"_s << u"wang@163。com"_s;
    }

    void email()
    {
        QFETCH(QString, input);
        QFETCH(bool, required);
        QFETCH(QString, reason);
        QFETCH(QString, normalized);
        const RuleResult r = Contact::checkEmail(input, required);
        QCOMPARE(r.reason, reason);
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.isValid(), reason == u"ok"_s);
        if (reason == u"not-ascii"_s)
            QVERIFY(r.message.contains(u"Shift"_s));
    }
};

QTEST_GUILESS_MAIN(TestContact)
#include "tst_contact.moc"
