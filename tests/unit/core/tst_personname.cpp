#include "personname.h"
#include "translations.h"

#include <QTest>

using namespace zkgrad;
using namespace Qt::Literals::StringLiterals;

/** Tests the name rule: Han names, minority names with U+00B7, look-alike dots. */
class TestPersonName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("zh_CN"))); }

    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("han") << u"张伟"_s << u"张伟"_s;
        QTest::newRow("single character given name") << u"王芳"_s << u"王芳"_s;
        QTest::newRow("surrounding spaces") << u"  李娜\u3000"_s << u"李娜"_s;
        QTest::newRow("minority with middle dot") << u"阿卜杜·热合曼"_s << u"阿卜杜·热合曼"_s;
        QTest::newRow("bullet") << u"阿卜杜\u2022热合曼"_s << u"阿卜杜·热合曼"_s;
        QTest::newRow("katakana middle dot") << u"买买提\u30FB吐尔逊"_s << u"买买提·吐尔逊"_s;
        QTest::newRow("full-width full stop") << u"古丽\uFF0E艾山"_s << u"古丽·艾山"_s;
        QTest::newRow("hyphenation point") << u"古丽\u2027艾山"_s << u"古丽·艾山"_s;
        QTest::newRow("half-width katakana dot") << u"古丽\uFF65艾山"_s << u"古丽·艾山"_s;
        QTest::newRow("greek ano teleia") << u"古丽\u0387艾山"_s << u"古丽·艾山"_s;
        QTest::newRow("ascii dot") << u"古丽.艾山"_s << u"古丽·艾山"_s;
        QTest::newRow("ideographic full stop") << u"古丽。艾山"_s << u"古丽·艾山"_s;
        QTest::newRow("three parts") << u"爱新觉罗·溥仪·测试"_s << u"爱新觉罗·溥仪·测试"_s;
        QTest::newRow("extension B character") << u"王\U00020000明"_s << u"王\U00020000明"_s;
        QTest::newRow("ling") << u"李〇"_s << u"李〇"_s;
        QTest::newRow("long minority name") << u"阿尔斯兰·买买提明·艾则孜·阿卜杜热合曼·吐尔逊江"_s
                                            << u"阿尔斯兰·买买提明·艾则孜·阿卜杜热合曼·吐尔逊江"_s;
    }

    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const RuleResult r = PersonName::check(input);
        QVERIFY2(r.isValid(), qPrintable(r.message));
        QCOMPARE(r.reason, u"ok"_s);
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(PersonName::normalize(input), normalized);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << u"empty"_s << u"身份证"_s;
        QTest::newRow("blank") << u" \u3000 "_s << u"empty"_s << u"姓名"_s;
        QTest::newRow("digit") << u"张伟2"_s << u"digits"_s << u"数字"_s;
        QTest::newRow("full-width digit") << u"张伟２"_s << u"digits"_s << u"数字"_s;
        QTest::newRow("inner space") << u"阿卜杜 热合曼"_s << u"spaces"_s << u"·"_s;
        QTest::newRow("latin") << u"张Wei"_s << u"characters"_s << u"“W”"_s;
        QTest::newRow("punctuation") << u"张伟！"_s << u"characters"_s << u"！"_s;
        QTest::newRow("emoji") << u"张伟\U0001F600"_s << u"forbidden-character"_s << u"表情符号"_s;
        QTest::newRow("leading dot") << u"·热合曼"_s << u"dot-position"_s << u"间隔号"_s;
        QTest::newRow("trailing dot") << u"热合曼•"_s << u"dot-position"_s << u"间隔号"_s;
        QTest::newRow("double dot") << u"阿卜杜··热合曼"_s << u"dot-position"_s << u"连续"_s;
        QTest::newRow("too long") << QString(61, QChar(u'王')) << u"too-long"_s << u"60"_s;
    }

    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        QFETCH(QString, messagePart);
        const RuleResult r = PersonName::check(input);
        QVERIFY(!r.isValid());
        QCOMPARE(r.severity, Severity::Error);
        QCOMPARE(r.reason, reason);
        QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
    }

    void lookalikes()
    {
        QVERIFY(PersonName::isDotLookalike(0x2022));
        QVERIFY(PersonName::isDotLookalike(0x30FB));
        QVERIFY(PersonName::isDotLookalike(0xFF0E));
        QVERIFY(!PersonName::isDotLookalike(u'王'));
        QVERIFY(!PersonName::isDotLookalike(u','));
    }
};

QTEST_GUILESS_MAIN(TestPersonName)
#include "tst_personname.moc"
