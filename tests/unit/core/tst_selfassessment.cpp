#include "selfassessment.h"
#include "translations.h"

#include <QTest>

using namespace zkgrad;
using namespace Qt::Literals::StringLiterals;

/** Tests the self-assessment rule: limits from the batch rules, forbidden characters. */
class TestSelfAssessment : public QObject
{
    Q_OBJECT

private:
    // A realistic sentence of 22 counted characters (the space is not counted).
    static QString sentence() { return u"本人自参加自学考试以来，刻苦学习， 遵纪守法。"_s; }
    static QString text(int sentences) { return sentence().repeated(sentences); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QCOMPARE(TextCount::count(sentence()), 22);
    }

    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << u"too-short"_s << 0 << u"至少需要 300 字"_s;
        QTest::newRow("299") << text(13) + u"甲乙丙丁戊己庚辛壬癸甲乙丙"_s << u"too-short"_s << 299
                             << u"再补充 1 字"_s;
        QTest::newRow("300") << text(13) + u"甲乙丙丁戊己庚辛壬癸甲乙丙丁"_s << u"ok"_s << 300
                             << QString();
        QTest::newRow("500") << text(22) + u"甲乙丙丁戊己"_s << u"ok"_s << 490 << QString();
        QTest::newRow("500 exactly")
            << text(22) + u"甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己"_s << u"ok"_s << 500 << QString();
        QTest::newRow("501") << text(22) + u"甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚"_s << u"too-long"_s
                             << 501 << u"删减 1 字"_s;
        QTest::newRow("spaces do not help")
            << text(13) + QString(100, u' ') << u"too-short"_s << 286 << u"286"_s;
        QTest::newRow("emoji beats length")
            << text(15) + u"\U0001F600"_s << u"forbidden-character"_s << 331 << u"1 个字符"_s;
        QTest::newRow("right-to-left override")
            << text(15) + u"\u202E"_s << u"forbidden-character"_s << 331 << u"U+202E"_s;
        QTest::newRow("tag characters")
            << text(15) + u"\U000E0041"_s << u"forbidden-character"_s << 330 << u"U+E0041"_s;
        QTest::newRow("noncharacter")
            << text(15) + u"\U0010FFFF"_s << u"forbidden-character"_s << 331 << u"U+10FFFF"_s;
        QTest::newRow("zero-width padding")
            << text(15) + QString(5000, QChar(0x200B)) << u"too-long"_s << 330 << u"零宽空格"_s;
        QTest::newRow("emoji in a short text")
            << u"好\U0001F600"_s << u"forbidden-character"_s << 2 << u"表情符号"_s;
    }

    void check()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        QFETCH(int, count);
        QFETCH(QString, messagePart);
        const SelfAssessmentResult r = SelfAssessment::check(input, BatchRules::defaults());
        QCOMPARE(r.reason, reason);
        QCOMPARE(r.count, count);
        QCOMPARE(r.min, 300);
        QCOMPARE(r.max, 500);
        QCOMPARE(r.isValid(), reason == u"ok"_s);
        QCOMPARE(r.forbidden.isEmpty(), reason != u"forbidden-character"_s);
        if (messagePart.isEmpty())
            QVERIFY(r.message.isEmpty());
        else
            QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
    }

    void limitsComeFromBatchRules()
    {
        BatchRules rules;
        rules.selfAssessmentMin = 10;
        rules.selfAssessmentMax = 30;
        QCOMPARE(SelfAssessment::check(sentence(), rules).reason, u"ok"_s);
        rules.selfAssessmentMax = 21;
        QCOMPARE(SelfAssessment::check(sentence(), rules).reason, u"too-long"_s);
        QCOMPARE(SelfAssessment::check(sentence(), 23, 40).reason, u"too-short"_s);
    }

    void forbiddenPositions()
    {
        const QString input = text(15) + u"\u0007"_s + text(1) + u"\uE000"_s;
        const SelfAssessmentResult r = SelfAssessment::check(input, BatchRules::defaults());
        QCOMPARE(r.reason, u"forbidden-character"_s);
        QCOMPARE(r.forbidden.size(), 2);
        QCOMPARE(r.forbidden.at(0).offset, text(15).size());
        QCOMPARE(r.forbidden.at(0).kind, u"control"_s);
        QCOMPARE(r.forbidden.at(1).offset, text(16).size() + 1);
        QCOMPARE(r.forbidden.at(1).kind, u"private-use"_s);
        QVERIFY(r.message.contains(u"2 个字符"_s));
    }
};

QTEST_GUILESS_MAIN(TestSelfAssessment)
#include "tst_selfassessment.moc"
