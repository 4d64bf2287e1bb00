#include "resume.h"
#include "translations.h"

#include <QJsonDocument>
#include <QTest>

using namespace zkgrad;
using namespace Qt::Literals::StringLiterals;

namespace {
ResumeEntry entry(const QString &from, const QString &to, const QString &org = u"重庆市第一中学"_s)
{
    ResumeEntry e;
    e.from = YearMonth::parse(from);
    e.toPresent = to == u"present"_s;
    if (!e.toPresent)
        e.to = YearMonth::parse(to);
    e.organisation = org;
    e.role = u"学生"_s;
    e.witness = u"王老师"_s;
    return e;
}

QStringList reasons(const QList<ResumeIssue> &issues)
{
    QStringList out;
    for (const ResumeIssue &i : issues)
        out.append(i.reason);
    return out;
}
} // namespace

Q_DECLARE_METATYPE(QList<ResumeEntry>)

/** Tests the resume (本人简历) rules and its JSON parser. */
class TestResume : public QObject
{
    Q_OBJECT

private:
    const QDate m_today { 2026, 11, 28 };

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("zh_CN"))); }

    void yearMonth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("iso") << u"2015-09"_s << u"2015-09"_s;
        QTest::newRow("single-digit month") << u"2015-9"_s << u"2015-09"_s;
        QTest::newRow("dots") << u"2015.09"_s << u"2015-09"_s;
        QTest::newRow("slash") << u"2015/09"_s << u"2015-09"_s;
        QTest::newRow("chinese") << u"2015年9月"_s << u"2015-09"_s;
        QTest::newRow("month 13") << u"2015-13"_s << QString();
        QTest::newRow("month 0") << u"2015-00"_s << QString();
        QTest::newRow("year only") << u"2015"_s << QString();
        QTest::newRow("garbage") << u"去年"_s << QString();
    }

    void yearMonth()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const YearMonth ym = YearMonth::parse(text);
        QCOMPARE(ym.isValid(), !iso.isEmpty());
        if (ym.isValid())
            QCOMPARE(ym.toString(), iso);
    }

    void check_data()
    {
        QTest::addColumn<QList<ResumeEntry>>("entries");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("blocking");

        QTest::newRow("complete") << QList<ResumeEntry> {
            entry(u"2003-09"_s, u"2009-07"_s), entry(u"2009-09"_s, u"2012-07"_s),
            entry(u"2012-09"_s, u"2015-07"_s), entry(u"2015-08"_s, u"present"_s)
        } << QStringList() << false;
        QTest::newRow("touching months are fine")
            << QList<ResumeEntry> { entry(u"2012-09"_s, u"2015-07"_s),
                                    entry(u"2015-07"_s, u"present"_s) }
            << QStringList() << false;
        QTest::newRow("single current entry")
            << QList<ResumeEntry> { entry(u"2020-01"_s, u"present"_s) } << QStringList() << false;
        QTest::newRow("empty") << QList<ResumeEntry> {} << QStringList { u"empty"_s } << true;
        QTest::newRow("from after to") << QList<ResumeEntry> { entry(u"2015-09"_s, u"2012-07"_s),
                                                               entry(u"2015-08"_s, u"present"_s) }
                                       << QStringList { u"from-after-to"_s } << true;
        QTest::newRow("overlap") << QList<ResumeEntry> { entry(u"2009-09"_s, u"2012-07"_s),
                                                         entry(u"2012-03"_s, u"present"_s) }
                                 << QStringList { u"overlap"_s } << true;
        QTest::newRow("present entry not last")
            << QList<ResumeEntry> { entry(u"2009-09"_s, u"present"_s),
                                    entry(u"2012-03"_s, u"2013-01"_s) }
            << QStringList { u"overlap"_s, u"not-present"_s } << true;
        QTest::newRow("out of order") << QList<ResumeEntry> { entry(u"2012-09"_s, u"2015-07"_s),
                                                              entry(u"2009-09"_s, u"2012-07"_s),
                                                              entry(u"2015-08"_s, u"present"_s) }
                                      << QStringList { u"order"_s } << true;
        QTest::newRow("gap of seven months is a warning")
            << QList<ResumeEntry> { entry(u"2012-09"_s, u"2015-07"_s),
                                    entry(u"2016-03"_s, u"present"_s) }
            << QStringList { u"gap"_s } << false;
        QTest::newRow("gap of six months is fine")
            << QList<ResumeEntry> { entry(u"2012-09"_s, u"2015-07"_s),
                                    entry(u"2016-02"_s, u"present"_s) }
            << QStringList() << false;
        QTest::newRow("last not present")
            << QList<ResumeEntry> { entry(u"2012-09"_s, u"2015-07"_s) }
            << QStringList { u"not-present"_s } << true;
        QTest::newRow("future end") << QList<ResumeEntry> { entry(u"2012-09"_s, u"2027-07"_s),
                                                            entry(u"2027-08"_s, u"present"_s) }
                                    << QStringList { u"in-future"_s, u"in-future"_s } << true;
        QTest::newRow("missing dates")
            << QList<ResumeEntry> { entry(QString(), QString()), entry(u"2015-08"_s, u"present"_s) }
            << QStringList { u"from-invalid"_s, u"to-invalid"_s } << true;
        ResumeEntry blank = entry(u"2015-08"_s, u"present"_s, QString());
        blank.role.clear();
        blank.witness = u"  "_s;
        QTest::newRow("missing texts")
            << QList<ResumeEntry> { blank }
            << QStringList { u"missing-organisation"_s, u"missing-role"_s, u"missing-witness"_s }
            << true;
    }

    void check()
    {
        QFETCH(QList<ResumeEntry>, entries);
        QFETCH(QStringList, expected);
        QFETCH(bool, blocking);
        const QList<ResumeIssue> issues = Resume::check(entries, m_today);
        QCOMPARE(reasons(issues), expected);
        QCOMPARE(Resume::hasErrors(issues), blocking);
        for (const ResumeIssue &i : issues)
            QVERIFY(!i.message.isEmpty());
    }

    void overlapNamesBothEntries()
    {
        const QList<ResumeEntry> entries { entry(u"2003-09"_s, u"2009-07"_s),
                                           entry(u"2009-09"_s, u"2012-07"_s),
                                           entry(u"2012-03"_s, u"present"_s) };
        const QList<ResumeIssue> issues = Resume::check(entries, m_today);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().entry, 1);
        QCOMPARE(issues.first().otherEntry, 2);
        QVERIFY2(issues.first().message.contains(u"第2条记录"_s)
                     && issues.first().message.contains(u"第3条记录"_s),
                 qPrintable(issues.first().message));
    }

    void textsHaveLimitsInCharacters()
    {
        // At the limit, counted in characters: 100 supplementary ideographs (𠮷, two UTF-16
        // units each) are a valid school name although they take 200 units.
        ResumeEntry e = entry(u"2012-09"_s, u"present"_s,
                              QString(u"𠮷"_s).repeated(Resume::maxOrganisationChars));
        e.role = QString(u'职').repeated(Resume::maxRoleChars);
        e.witness = QString(u'王').repeated(Resume::maxWitnessChars);
        QVERIFY(Resume::check({ e }, m_today).isEmpty());

        // One over: each field is named, so the app and the server put the message at it.
        e.organisation += u'校';
        e.role += u'员';
        e.witness += u'某';
        const QList<ResumeIssue> issues = Resume::check({ e }, m_today);
        QCOMPARE(reasons(issues), (QStringList { u"too-long"_s, u"too-long"_s, u"too-long"_s }));
        QCOMPARE(issues.at(0).field, u"organisation"_s);
        QCOMPARE(issues.at(1).field, u"role"_s);
        QCOMPARE(issues.at(2).field, u"witness"_s);
        QVERIFY(Resume::hasErrors(issues));
        QVERIFY2(issues.at(0).message.contains(u"101"_s), qPrintable(issues.at(0).message));
    }

    void gapMessageGivesMonths()
    {
        const QList<ResumeIssue> issues = Resume::check(
            { entry(u"2012-09"_s, u"2015-07"_s), entry(u"2016-03"_s, u"present"_s) }, m_today);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, Severity::Warning);
        QVERIFY2(issues.first().message.contains(u"7 个月"_s), qPrintable(issues.first().message));
    }

    void json()
    {
        const QByteArray text = R"([
            {"from": "2009-09", "to": "2012-07", "organisation": " 重庆大学 ", "role": "学生", "witness": "李老师"},
            {"from": "2012年8月", "to": "至今", "organisation": "重庆某公司", "role": "职员", "witness": "张经理"}
        ])";
        const ResumeParseResult r = Resume::fromJson(text);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.error, u"ok"_s);
        QCOMPARE(r.entries.size(), 2);
        QCOMPARE(r.entries.at(0).organisation, u"重庆大学"_s);
        QCOMPARE(r.entries.at(1).from, (YearMonth { 2012, 8 }));
        QVERIFY(r.entries.at(1).toPresent);
        QVERIFY(!Resume::hasErrors(Resume::check(r.entries, m_today)));

        // Round trip through toJson().
        const ResumeParseResult again =
            Resume::fromJson(QJsonDocument(Resume::toJson(r.entries)).toJson());
        QVERIFY(again.ok);
        QCOMPARE(again.entries, r.entries);

        const ResumeParseResult wrapped = Resume::fromJson(
            R"({"entries": [{"from": "2020-01", "to": "present", "organisation": "a", "role": "b", "witness": "c"}]})");
        QVERIFY(wrapped.ok);
        QCOMPARE(wrapped.entries.size(), 1);
    }

    void badJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("entry");
        QTest::newRow("empty") << QByteArray() << u"not-json"_s << -1;
        QTest::newRow("truncated") << QByteArray(R"([{"from": "2009-09")") << u"not-json"_s << -1;
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01", 4) << u"not-json"_s << -1;
        QTest::newRow("number") << QByteArray("42") << u"not-json"_s << -1;
        QTest::newRow("object without entries")
            << QByteArray(R"({"a": 1})") << u"not-array"_s << -1;
        QTest::newRow("entry not object")
            << QByteArray(R"([{"from":"2009-09"}, 3])") << u"wrong-type"_s << 1;
        QTest::newRow("number as date")
            << QByteArray(R"([{"from": 200909}])") << u"wrong-type"_s << 0;
        QTest::newRow("bad date") << QByteArray(R"([{"from": "September 2009"}])") << u"bad-date"_s
                                  << 0;
        QByteArray many = "[";
        for (int i = 0; i <= Resume::maxEntries; ++i)
            many += i ? ",{}" : "{}";
        many += "]";
        QTest::newRow("too many") << many << u"too-many"_s << -1;
    }

    void badJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QFETCH(int, entry);
        const ResumeParseResult r = Resume::fromJson(json);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, error);
        QCOMPARE(r.entry, entry);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(r.entries.isEmpty());
    }

    void emptyDatesParseButFailCheck()
    {
        const ResumeParseResult r = Resume::fromJson(R"([{"from": "", "to": ""}])");
        QVERIFY(r.ok);
        QCOMPARE(reasons(Resume::check(r.entries, m_today)).mid(0, 2),
                 (QStringList { u"from-invalid"_s, u"to-invalid"_s }));
    }
};

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
