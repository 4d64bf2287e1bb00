#include "freetext.h"
#include "personname.h"
#include "resume.h"
#include "selfassessment.h"
#include "translations.h"

#include <QTest>

using namespace zkgrad;
using namespace Qt::Literals::StringLiterals;

/** Tests the one policy for free-text fields: what is refused, where, and the stored size. */
class TestFreeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("zh_CN"))); }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("codePoint");
        QTest::addColumn<int>("position");
        const QString nul(QChar(0));
        QTest::newRow("NUL") << u"重庆市"_s + nul + u"渝中区"_s << u"control"_s << u"U+0000"_s << 4;
        QTest::newRow("ESC") << u"重庆\u001B[31m市"_s << u"control"_s << u"U+001B"_s << 3;
        QTest::newRow("right-to-left override")
            << u"重庆市\u202E区中渝"_s << u"bidi-control"_s << u"U+202E"_s << 4;
        QTest::newRow("left-to-right embedding")
            << u"\u202A重庆市渝中区"_s << u"bidi-control"_s << u"U+202A"_s << 1;
        QTest::newRow("first strong isolate")
            << u"重庆市渝中区\u2068x\u2069"_s << u"bidi-control"_s << u"U+2068"_s << 7;
        QTest::newRow("pop directional isolate")
            << u"重庆市渝中\u2069区"_s << u"bidi-control"_s << u"U+2069"_s << 6;
        // A tag character extends the cluster before it: reported at that character.
        QTest::newRow("tag characters hide text")
            << u"重庆市渝中区\U000E0068\U000E0069"_s << u"tag"_s << u"U+E0068"_s << 6;
        QTest::newRow("noncharacter U+FFFF")
            << u"重庆市\uFFFF渝中区"_s << u"noncharacter"_s << u"U+FFFF"_s << 4;
        QTest::newRow("noncharacter U+FDD0")
            << u"重庆市\uFDD0渝中区"_s << u"noncharacter"_s << u"U+FDD0"_s << 4;
        QTest::newRow("noncharacter U+10FFFF")
            << u"重庆市渝中区\U0010FFFF"_s << u"noncharacter"_s << u"U+10FFFF"_s << 7;
        QTest::newRow("noncharacter U+1FFFE")
            << u"重庆\U0001FFFE市渝中区"_s << u"noncharacter"_s << u"U+1FFFE"_s << 3;
        QTest::newRow("emoji") << u"重庆市\U0001F600渝中区"_s << u"emoji"_s << u"U+1F600"_s << 4;
        QTest::newRow("line feed in a one-line field")
            << u"重庆市\n渝中区"_s << u"line-break"_s << u"U+000A"_s << 4;
        QTest::newRow("tab in a one-line field")
            << u"重庆市\t渝中区"_s << u"line-break"_s << u"U+0009"_s << 4;
    }

    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, codePoint);
        QFETCH(int, position);
        const RuleResult r = FreeText::check(text, u"通讯地址"_s, 120);
        QVERIFY(!r.isValid());
        QCOMPARE(r.reason, u"forbidden-character"_s);
        QVERIFY2(r.message.contains(u"通讯地址的第 %1 个字符"_s.arg(position)),
                 qPrintable(r.message));
        QVERIFY2(r.message.contains(u"（"_s + codePoint + u"）"_s), qPrintable(r.message));
        QVERIFY2(r.message.contains(FreeText::describeKind(kind)), qPrintable(r.message));
        QVERIFY2(r.message.contains(u"删除"_s), qPrintable(r.message));
        QCOMPARE(TextCount::scan(text, true).forbidden.first().kind, kind);
    }

    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("lines");
        const int single = int(FreeText::Lines::Single), multi = int(FreeText::Lines::Multi);
        QTest::newRow("address") << u"重庆市渝中区解放碑街道民权路 28 号 3-2"_s << single;
        QTest::newRow("extension B") << u"\U00020000\U0002A6D6村"_s << single;
        QTest::newRow("direction marks are fine") << u"abc\u200Fdef"_s << single;
        QTest::newRow("a few zero-width spaces") << u"重庆\u200B市\u200B"_s << single;
        QTest::newRow("thai then supplementary") << u"\u0E01\U0001D400"_s << single;
        QTest::newRow("line breaks where paragraphs are allowed")
            << u"第一段。\r\n\t第二段。\n"_s << multi;
    }

    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(int, lines);
        const RuleResult r = FreeText::check(text, u"内容"_s, 120, FreeText::Lines(lines));
        QVERIFY2(r.isValid(), qPrintable(r.message));
        QCOMPARE(r.reason, u"ok"_s);
        QCOMPARE(r.normalized, text);
    }

    void storedLength()
    {
        // 5,000 zero-width spaces count as nothing but are stored (issue #19).
        const QString padded = u"重庆市渝中区"_s + QString(5000, QChar(0x200B));
        QCOMPARE(TextCount::count(padded), 6);
        RuleResult r = FreeText::check(padded, u"通讯地址"_s, 120);
        QCOMPARE(r.reason, u"too-long"_s);
        QVERIFY2(r.message.contains(u"通讯地址"_s), qPrintable(r.message));
        // Just over the bound, with the count well within it.
        const QString edge =
            u"重庆市渝中区"_s + QString(FreeText::maxUnits(120) - 6 + 1, QChar(0x200B));
        r = FreeText::check(edge, u"通讯地址"_s, 120);
        QCOMPARE(r.reason, u"too-long"_s);
        QVERIFY2(r.message.contains(u"零宽空格"_s), qPrintable(r.message));
        QVERIFY(FreeText::check(edge.chopped(1), u"通讯地址"_s, 120).isValid());
        // 120 characters outside the BMP, with spaces, still fit.
        QString wide;
        for (int i = 0; i < 120; ++i)
            wide += u"\U00020000 "_s;
        QVERIFY(FreeText::check(wide, u"通讯地址"_s, 120).isValid());
        // Counted characters are bounded too.
        r = FreeText::check(QString(121, QChar(u'甲')), u"通讯地址"_s, 120);
        QCOMPARE(r.reason, u"too-long"_s);
        QVERIFY2(r.message.contains(u"120"_s), qPrintable(r.message));
        // A megabyte is refused before segmentation.
        QCOMPARE(FreeText::check(QString(1 << 20, QChar(0x200B)), u"备注"_s, 500).reason,
                 u"too-long"_s);
    }

    // Every free-text rule of core follows the policy.
    void selfAssessment()
    {
        const QString body = QString(320, QChar(u'学'));
        for (const QString &bad : { u"\u202E"_s, u"\U000E0041"_s, u"\uFFFF"_s, u"\U0010FFFF"_s }) {
            const SelfAssessmentResult r = SelfAssessment::check(QString(body + bad), 300, 500);
            QCOMPARE(r.reason, u"forbidden-character"_s);
            QVERIFY2(r.message.contains(u"第 320 个字符"_s)
                         || r.message.contains(u"第 321 个字符"_s),
                     qPrintable(r.message));
        }
        const SelfAssessmentResult padded =
            SelfAssessment::check(QString(body + QString(5000, QChar(0x200B))), 300, 500);
        QCOMPARE(padded.reason, u"too-long"_s);
    }

    void personName()
    {
        const RuleResult r = PersonName::check(u"张\u202E伟"_s);
        QCOMPARE(r.reason, u"forbidden-character"_s);
        QVERIFY2(r.message.contains(u"U+202E"_s), qPrintable(r.message));
        QVERIFY2(r.message.contains(u"第 2 个字符"_s), qPrintable(r.message));
    }

    void resume()
    {
        ResumeEntry e { { 2010, 9 }, {}, true, u"重庆大学\u202E"_s, u"学生"_s, u"张三"_s };
        QList<ResumeIssue> issues = Resume::check({ e }, QDate(2026, 11, 28));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().reason, u"forbidden-character"_s);
        QCOMPARE(issues.first().entry, 0);
        QVERIFY2(issues.first().message.contains(u"第1条记录"_s),
                 qPrintable(issues.first().message));
        QVERIFY2(issues.first().message.contains(u"U+202E"_s), qPrintable(issues.first().message));
        e.organisation = u"重庆大学"_s;
        e.witness = u"张三"_s + QString(2000, QChar(0x200B));
        issues = Resume::check({ e }, QDate(2026, 11, 28));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().reason, u"too-long"_s);
    }
};

QTEST_GUILESS_MAIN(TestFreeText)
#include "tst_freetext.moc"
