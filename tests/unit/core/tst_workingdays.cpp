#include "workingdays.h"

#include <QTest>

using namespace zkgrad;
using namespace Qt::Literals::StringLiterals;

/** Tests the holiday calendar data and adding working days. */
class TestWorkingDays : public QObject
{
    Q_OBJECT

private:
    const HolidayCalendar &cal() { return HolidayCalendar::builtIn(); }

private Q_SLOTS:
    void builtInCoversPublishedYears()
    {
        QCOMPARE(cal().years(), (QList<int> { 2024, 2025, 2026 }));
        QCOMPARE(cal().source(2024).number, u"国办发明电〔2023〕7号"_s);
        QCOMPARE(cal().source(2024).published, QDate(2023, 10, 25));
        QCOMPARE(cal().source(2025).number, u"国办发明电〔2024〕12号"_s);
        QCOMPARE(cal().source(2025).published, QDate(2024, 11, 12));
        QCOMPARE(cal().source(2026).title, u"国务院办公厅关于2026年部分节假日安排的通知"_s);
        QCOMPARE(cal().source(2026).published, QDate(2025, 11, 4));
        QVERIFY(!cal().covers(2027));
    }

    void kinds_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        const int work = int(HolidayCalendar::DayKind::WorkingDay);
        const int weekend = int(HolidayCalendar::DayKind::Weekend);
        const int holiday = int(HolidayCalendar::DayKind::Holiday);
        const int makeUp = int(HolidayCalendar::DayKind::MakeUpWorkingDay);
        // 2024
        QTest::newRow("2024 new year") << QDate(2024, 1, 1) << holiday << u"元旦"_s;
        QTest::newRow("2024 spring festival eve is a working day")
            << QDate(2024, 2, 9) << work << QString();
        QTest::newRow("2024 spring festival") << QDate(2024, 2, 14) << holiday << u"春节"_s;
        QTest::newRow("2024 make-up sunday 02-04") << QDate(2024, 2, 4) << makeUp << QString();
        QTest::newRow("2024 make-up sunday 02-18") << QDate(2024, 2, 18) << makeUp << QString();
        QTest::newRow("2024 qingming make-up 04-07") << QDate(2024, 4, 7) << makeUp << QString();
        QTest::newRow("2024 labour day make-up 05-11") << QDate(2024, 5, 11) << makeUp << QString();
        QTest::newRow("2024 dragon boat") << QDate(2024, 6, 10) << holiday << u"端午节"_s;
        QTest::newRow("2024 mid-autumn make-up 09-14") << QDate(2024, 9, 14) << makeUp << QString();
        QTest::newRow("2024 national day") << QDate(2024, 10, 7) << holiday << u"国庆节"_s;
        QTest::newRow("2024 make-up 10-12") << QDate(2024, 10, 12) << makeUp << QString();
        // 2025
        QTest::newRow("2025 new year") << QDate(2025, 1, 1) << holiday << u"元旦"_s;
        QTest::newRow("2025 spring festival eve") << QDate(2025, 1, 28) << holiday << u"春节"_s;
        QTest::newRow("2025 spring festival last day") << QDate(2025, 2, 4) << holiday << u"春节"_s;
        QTest::newRow("2025 make-up 01-26") << QDate(2025, 1, 26) << makeUp << QString();
        QTest::newRow("2025 make-up 02-08") << QDate(2025, 2, 8) << makeUp << QString();
        QTest::newRow("2025 labour day 05-05") << QDate(2025, 5, 5) << holiday << u"劳动节"_s;
        QTest::newRow("2025 make-up 04-27") << QDate(2025, 4, 27) << makeUp << QString();
        QTest::newRow("2025 dragon boat monday") << QDate(2025, 6, 2) << holiday << u"端午节"_s;
        QTest::newRow("2025 national day 10-08")
            << QDate(2025, 10, 8) << holiday << u"国庆节、中秋节"_s;
        QTest::newRow("2025 make-up 09-28") << QDate(2025, 9, 28) << makeUp << QString();
        QTest::newRow("2025 make-up 10-11") << QDate(2025, 10, 11) << makeUp << QString();
        // 2026
        QTest::newRow("2026 new year saturday") << QDate(2026, 1, 3) << holiday << u"元旦"_s;
        QTest::newRow("2026 make-up 01-04") << QDate(2026, 1, 4) << makeUp << QString();
        QTest::newRow("2026 make-up 02-14") << QDate(2026, 2, 14) << makeUp << QString();
        QTest::newRow("2026 spring festival 02-23") << QDate(2026, 2, 23) << holiday << u"春节"_s;
        QTest::newRow("2026 make-up 02-28") << QDate(2026, 2, 28) << makeUp << QString();
        QTest::newRow("2026 qingming monday") << QDate(2026, 4, 6) << holiday << u"清明节"_s;
        QTest::newRow("2026 labour day tuesday") << QDate(2026, 5, 5) << holiday << u"劳动节"_s;
        QTest::newRow("2026 make-up 05-09") << QDate(2026, 5, 9) << makeUp << QString();
        QTest::newRow("2026 dragon boat friday") << QDate(2026, 6, 19) << holiday << u"端午节"_s;
        QTest::newRow("2026 mid-autumn friday") << QDate(2026, 9, 25) << holiday << u"中秋节"_s;
        QTest::newRow("2026 make-up 09-20") << QDate(2026, 9, 20) << makeUp << QString();
        QTest::newRow("2026 national day 10-07") << QDate(2026, 10, 7) << holiday << u"国庆节"_s;
        QTest::newRow("2026 make-up 10-10") << QDate(2026, 10, 10) << makeUp << QString();
        QTest::newRow("2026 ordinary saturday") << QDate(2026, 11, 28) << weekend << QString();
        QTest::newRow("2026 ordinary monday") << QDate(2026, 11, 30) << work << QString();
        QTest::newRow("2027 weekend only") << QDate(2027, 1, 1) << work << QString();
    }

    void kinds()
    {
        QFETCH(QDate, date);
        QFETCH(int, kind);
        QFETCH(QString, name);
        QCOMPARE(int(cal().kind(date)), kind);
        QCOMPARE(cal().holidayName(date), name);
        const bool working = kind == int(HolidayCalendar::DayKind::WorkingDay)
            || kind == int(HolidayCalendar::DayKind::MakeUpWorkingDay);
        QCOMPARE(cal().isWorkingDay(date), working);
    }

    void holidayTotals()
    {
        // Days off per notice, counted from the data: 2024 has 7 ranges with
        // 1+8+3+5+1+3+7 days, 2025 has 1+8+3+5+3+8, 2026 has 3+9+3+5+3+3+7.
        const QList<std::pair<int, int>> expected { { 2024, 28 }, { 2025, 28 }, { 2026, 33 } };
        for (const auto &[year, days] : expected) {
            int n = 0;
            for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
                n += cal().kind(d) == HolidayCalendar::DayKind::Holiday;
            QCOMPARE(n, days);
        }
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<bool>("estimate");
        QTest::newRow("zero") << QDate(2025, 3, 3) << 0 << QDate(2025, 3, 3) << false;
        QTest::newRow("friday plus one") << QDate(2025, 3, 7) << 1 << QDate(2025, 3, 10) << false;
        QTest::newRow("ordinary 30") << QDate(2025, 3, 3) << 30 << QDate(2025, 4, 15) << false;
        // 2025-01-24 (Fri) + 1: 01-25 Sat off, 01-26 Sun make-up working day.
        QTest::newRow("into a make-up sunday")
            << QDate(2025, 1, 24) << 1 << QDate(2025, 1, 26) << false;
        // Over the 2025 spring festival: 01-27 is day 2, then 02-05 is day 3.
        QTest::newRow("over spring festival 2025")
            << QDate(2025, 1, 24) << 3 << QDate(2025, 2, 5) << false;
        // 30 working days from 2025-09-15 cross the 8-day national day holiday
        // and the make-up days 09-28 and 10-11.
        QTest::newRow("over national day 2025")
            << QDate(2025, 9, 15) << 30 << QDate(2025, 10, 31) << false;
        // From 2026-01-30 over the 9-day spring festival with 02-14 and 02-28 working.
        QTest::newRow("over spring festival 2026")
            << QDate(2026, 1, 30) << 30 << QDate(2026, 3, 19) << false;
        // Today plus 30 runs into 2027, for which there is no data yet.
        QTest::newRow("into 2027 is an estimate")
            << QDate(2026, 11, 28) << 30 << QDate(2027, 1, 8) << true;
        QTest::newRow("backwards") << QDate(2025, 2, 5) << -1 << QDate(2025, 1, 27) << false;
    }

    void addWorkingDays()
    {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        QFETCH(bool, estimate);
        const WorkingDaysResult r = cal().addWorkingDays(start, days);
        QCOMPARE(r.date, expected);
        QCOMPARE(r.estimate, estimate);
        QCOMPARE(r.yearsWithoutData.isEmpty(), !estimate);
    }

    void rejectsBadData()
    {
        HolidayCalendar c;
        QString error;
        QVERIFY(!c.addYear("not json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!c.addYear(R"({"year": 2030})", &error)); // no source
        QVERIFY(!c.addYear(
            R"({"year": 2030, "source": {"title": "t"}, "workdays": ["2030-01-02"]})", &error));
        QVERIFY(!c.addYear(
            R"({"year": 2030, "source": {"title": "t"}, "holidays": [{"name": "x", "from": "2031-01-01", "to": "2031-01-02"}]})",
            &error));
        QVERIFY(c.years().isEmpty());
        QVERIFY(c.addYear(
            R"({"year": 2030, "source": {"title": "t"}, "holidays": [{"name": "x", "from": "2030-01-01", "to": "2030-01-01"}], "workdays": ["2030-01-05"]})",
            &error));
        QCOMPARE(c.years(), QList<int> { 2030 });
        QCOMPARE(c.kind(QDate(2030, 1, 5)), HolidayCalendar::DayKind::MakeUpWorkingDay);
    }
};

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
