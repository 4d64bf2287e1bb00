#include "steps/certificate/certificatecontroller.h"
#include "wizard/wizardcontroller.h"

#include <QTest>

using zkgrad::HolidayCalendar;

/** The certificate step: 30 working days after the city's approval, holidays and estimates. */
class TestCertificateController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thirtyWorkingDaysSkipHolidaysAndCountMakeUpDays();
    void yearWithoutDataIsAnEstimate();
    void dateShownOnlyWhenApproved();
    void estimateIsLabelled();
    void saysWhereToCollectAndAboutDegrees();
};

// 2026's autumn holidays as published: 中秋 25–27 Sept, 国庆 1–7 Oct, make-up days 20 Sept, 10 Oct.
static const char k2026[] = R"({
    "year": 2026,
    "source": {"title": "国务院办公厅关于2026年部分节假日安排的通知", "number": "", "published": "2025-11-04"},
    "holidays": [
        {"name": "中秋节", "from": "2026-09-25", "to": "2026-09-27"},
        {"name": "国庆节", "from": "2026-10-01", "to": "2026-10-07"}
    ],
    "workdays": ["2026-09-20", "2026-10-10"]
})";

static QJsonObject approvedOn(const QString &date)
{
    return { { QStringLiteral("id"), QStringLiteral("app_1") },
             { QStringLiteral("state"), QStringLiteral("approved") },
             { QStringLiteral("approvalDate"), date },
             { QStringLiteral("school"),
               QJsonObject { { QStringLiteral("code"), QStringLiteral("S01") },
                             { QStringLiteral("name"), QStringLiteral("重庆示例大学") } } } };
}

void TestCertificateController::thirtyWorkingDaysSkipHolidaysAndCountMakeUpDays()
{
    HolidayCalendar calendar;
    QString error;
    QVERIFY2(calendar.addYear(k2026, &error), qPrintable(error));
    // Friday 18 Sept 2026: counted by hand, weekends and holidays skipped, 20 Sept and
    // 10 Oct counted, the 30th working day is Thursday 5 Nov (weekends only would say 30 Oct).
    const auto result = CertificateController::earliestCollection(QDate(2026, 9, 18), calendar);
    QCOMPARE(result.date, QDate(2026, 11, 5));
    QVERIFY(!result.estimate);
    // Against an empty calendar the count is weekends only, and labelled an estimate.
    const auto guess =
        CertificateController::earliestCollection(QDate(2026, 9, 18), HolidayCalendar());
    QCOMPARE(guess.date, QDate(2026, 10, 30));
    QVERIFY(guess.estimate);
    QVERIFY(!CertificateController::earliestCollection(QDate(), calendar).date.isValid());
}

void TestCertificateController::yearWithoutDataIsAnEstimate()
{
    HolidayCalendar calendar;
    QVERIFY(calendar.addYear(k2026));
    const auto result = CertificateController::earliestCollection(QDate(2026, 12, 1), calendar);
    QCOMPARE(result.date, QDate(2027, 1, 12));
    QVERIFY(result.estimate);
    QCOMPARE(result.yearsWithoutData, QList<int> { 2027 });
}

void TestCertificateController::dateShownOnlyWhenApproved()
{
    WizardController wizard(nullptr);
    CertificateController *c = wizard.certificate();
    HolidayCalendar calendar;
    QVERIFY(calendar.addYear(k2026));
    c->setCalendar(&calendar);
    QJsonObject review = approvedOn(QStringLiteral("2026-09-18"));
    review.insert(QStringLiteral("state"), QStringLiteral("city-review"));
    c->setApplication(review);
    QVERIFY(!c->approved());
    QVERIFY(!c->isComplete());
    QVERIFY(c->collectionDateText().isEmpty());
    QVERIFY(c->problems().constFirst().contains(QStringLiteral("approves")));

    c->setApplication(approvedOn(QStringLiteral("2026-09-18")));
    QVERIFY(c->isComplete());
    QCOMPARE(c->collectionDate(), QDate(2026, 11, 5));
    QCOMPARE(c->collectionDateText(), QStringLiteral("2026-11-05 (Thursday)"));
    QCOMPARE(c->approvalDateText(), QStringLiteral("2026-09-18 (Friday)"));
    QVERIFY(!c->estimate());
    QVERIFY(c->estimateNote().isEmpty());
    c->setCalendar(nullptr);
}

void TestCertificateController::estimateIsLabelled()
{
    WizardController wizard(nullptr);
    CertificateController *c = wizard.certificate();
    HolidayCalendar calendar;
    QVERIFY(calendar.addYear(k2026));
    c->setCalendar(&calendar);
    c->setApplication(approvedOn(QStringLiteral("2026-12-01")));
    QVERIFY(c->estimate());
    QVERIFY2(c->estimateNote().contains(QStringLiteral("estimate"))
                 && c->estimateNote().contains(QStringLiteral("2027")),
             qPrintable(c->estimateNote()));
    c->setCalendar(nullptr);
}

void TestCertificateController::saysWhereToCollectAndAboutDegrees()
{
    WizardController wizard(nullptr);
    CertificateController *c = wizard.certificate();
    c->setApplication(approvedOn(QStringLiteral("2026-09-18")));
    QVERIFY(c->collectionPlace().contains(QStringLiteral("重庆示例大学")));
    QVERIFY(c->collectionPlace().contains(QStringLiteral("主考学校公告")));
    QVERIFY(c->degreeNote().contains(QStringLiteral("学位证")));
    QVERIFY(c->degreeNote().contains(QStringLiteral("degree-granting school")));
}

QTEST_MAIN(TestCertificateController)

#include "tst_certificatecontroller.moc"
