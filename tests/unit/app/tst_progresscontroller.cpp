#include "session/applicationsession.h"
#include "session/reviewtexts.h"
#include "steps/progress/progresscontroller.h"
#include "wizard/step.h"
#include "wizard/wizardcontroller.h"

#include "displaytext.h"
#include "testaccess.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using zkgrad::testing::Access;

/** The review progress step: stage texts and dates, rejections and where they lead, announcements.
 */
class TestProgressController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stagesShowStatusAndBeijingDate();
    void unknownApplicationShowsThreeNotStartedStages();
    void completeOnlyOnceTheSchoolApproved();
    void stepListNamesTheStage();
    void rejectionShowsReasonAndLeadsToTheStep_data();
    void rejectionShowsReasonAndLeadsToTheStep();
    void rejectionOfPriorDegreeOpensPriorDegreeStep();
    void oldRejectionIsNotShownAfterResubmission();
    void rejectionWithoutDetailsLeadsToMaterials();
    void openingTheStepAsksTheServer();
    void stateChangeIsAnnounced();
    void announcementDoesNotSurviveAWipe();
    void ownSubmissionIsNotAnnounced();
    void notPollingWithoutSignIn();
    void refreshFailureKeepsTheStateAndSaysSince();
    void cityFailureGivesReasonAndRefund();
};

static QJsonObject stage(const QString &key, const QString &status, const QString &at = {})
{
    return { { QStringLiteral("key"), key },
             { QStringLiteral("status"), status },
             { QStringLiteral("at"), at.isEmpty() ? QJsonValue() : QJsonValue(at) } };
}

static QJsonObject application(const QString &state, const QJsonArray &stages,
                               const QJsonObject &rejection = {})
{
    QJsonObject app { { QStringLiteral("id"), QStringLiteral("app_1") },
                      { QStringLiteral("state"), state },
                      { QStringLiteral("stages"), stages } };
    if (!rejection.isEmpty())
        app.insert(QStringLiteral("rejection"), rejection);
    return app;
}

void TestProgressController::stagesShowStatusAndBeijingDate()
{
    WizardController wizard(nullptr);
    ProgressController *p = wizard.progress();
    QSignalSpy changed(p, &StepController::changed);
    // 17:30 UTC is 01:30 the next day in Beijing: the date shown is the authority's.
    p->setApplication(
        application(QStringLiteral("school-approved"),
                    { stage(QStringLiteral("school-review"), QStringLiteral("passed"),
                            QStringLiteral("2026-11-28T17:30:00Z")),
                      stage(QStringLiteral("payment"), QStringLiteral("pending"),
                            QStringLiteral("2026-11-28T03:00:00Z")),
                      stage(QStringLiteral("city-review"), QStringLiteral("not-started")) }));
    QCOMPARE(changed.count(), 1);
    const QVariantList stages = p->stages();
    QCOMPARE(stages.size(), 3);
    const QVariantMap school = stages.at(0).toMap();
    QCOMPARE(school.value(QStringLiteral("key")).toString(), QStringLiteral("school-review"));
    QVERIFY(
        school.value(QStringLiteral("title")).toString().contains(QStringLiteral("主考学校初审")));
    QCOMPARE(school.value(QStringLiteral("statusText")).toString(), QStringLiteral("Passed"));
    QCOMPARE(school.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-29"));
    const QVariantMap payment = stages.at(1).toMap();
    QVERIFY(payment.value(QStringLiteral("title"))
                .toString()
                .contains(QStringLiteral("缴纳毕业审定费")));
    QCOMPARE(payment.value(QStringLiteral("statusText")).toString(),
             QStringLiteral("Awaiting payment"));
    QCOMPARE(payment.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-28"));
    const QVariantMap city = stages.at(2).toMap();
    QVERIFY(
        city.value(QStringLiteral("title")).toString().contains(QStringLiteral("市自考办审核")));
    QCOMPARE(city.value(QStringLiteral("statusText")).toString(), QStringLiteral("Not started"));
    QCOMPARE(city.value(QStringLiteral("date")).toString(), QString());

    QCOMPARE(ReviewTexts::stageStatusText(zkgrad::Workflow::Stage::CityReview,
                                          zkgrad::Workflow::StageStatus::Failed),
             QStringLiteral("Not approved"));
    QCOMPARE(ReviewTexts::stageStatusText(zkgrad::Workflow::Stage::Payment,
                                          zkgrad::Workflow::StageStatus::Refunded),
             QStringLiteral("Refund under way"));
    // 16:30 UTC on the 20th is already the 21st in Beijing.
    QCOMPARE(ReviewTexts::beijingDate(
                 QDateTime::fromString(QStringLiteral("2026-12-20T16:30:00Z"), Qt::ISODate)),
             QStringLiteral("2026-12-21"));
    QCOMPARE(ReviewTexts::beijingDate(QDateTime()), QString());
}

void TestProgressController::unknownApplicationShowsThreeNotStartedStages()
{
    WizardController wizard(nullptr);
    ProgressController *p = wizard.progress();
    const QVariantList stages = p->stages();
    QCOMPARE(stages.size(), 3);
    for (const QVariant &s : stages)
        QCOMPARE(s.toMap().value(QStringLiteral("status")).toString(),
                 QStringLiteral("not-started"));
    QVERIFY(!p->isComplete());
    QVERIFY(p->problems().constFirst().contains(QStringLiteral("Refresh")));
}

void TestProgressController::completeOnlyOnceTheSchoolApproved()
{
    WizardController wizard(nullptr);
    ProgressController *p = wizard.progress();
    p->setApplication(application(QStringLiteral("submitted"), {}));
    QVERIFY(!p->isComplete());
    QVERIFY(p->problems().constFirst().contains(QStringLiteral("not decided")));
    p->setApplication(application(QStringLiteral("school-approved"), {}));
    QVERIFY(p->isComplete());
    QVERIFY(p->problems().isEmpty());
    p->setApplication(application(QStringLiteral("failed"), {}));
    QVERIFY(p->isComplete());
}

// The step list must not say "has problems" while the candidate can only wait.
void TestProgressController::stepListNamesTheStage()
{
    WizardController wizard(nullptr);
    ProgressController *p = wizard.progress();
    Step *step = wizard.step(Step::Progress);
    step->setVisited(true);
    QVERIFY(step->stageText().isEmpty()); // nothing known yet: the usual words
    // Through the session, as the server's answers come, so that the step applies.
    Access::adoptApplication(*wizard.session(), application(QStringLiteral("submitted"), {}));
    QVERIFY(step->applicable());
    QVERIFY(p->isWaiting());
    QCOMPARE(step->stageText(), QStringLiteral("under review"));
    QCOMPARE(step->status(), Step::Waiting);
    Access::adoptApplication(*wizard.session(), application(QStringLiteral("rejected"), {}));
    QVERIFY(!p->isWaiting());
    QCOMPARE(step->stageText(), QStringLiteral("sent back"));
    QCOMPARE(step->status(), Step::HasProblems);
    Access::adoptApplication(*wizard.session(), application(QStringLiteral("school-approved"), {}));
    QVERIFY(!p->isWaiting());
    // The school's part is done, the review is not: the list says which (it said "done").
    QCOMPARE(step->stageText(), QStringLiteral("school approved, fee to pay"));
    QCOMPARE(step->status(), Step::Done);
    Access::adoptApplication(*wizard.session(), application(QStringLiteral("city-review"), {}));
    QCOMPARE(step->stageText(), QStringLiteral("school approved, city review to come"));
    Access::adoptApplication(*wizard.session(), application(QStringLiteral("failed"), {}));
    QCOMPARE(step->stageText(), QStringLiteral("not approved"));
    QCOMPARE(step->status(), Step::Failed);
}

void TestProgressController::rejectionShowsReasonAndLeadsToTheStep_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<int>("step");
    QTest::newRow("id card") << QStringLiteral("material")
                             << QStringList { QStringLiteral("id-card") } << int(Step::IdPhotos);
    QTest::newRow("note first, resume named")
        << QStringLiteral("other")
        << QStringList { QStringLiteral("note"), QStringLiteral("resume") } << int(Step::Resume);
    QTest::newRow("materials") << QStringLiteral("material")
                               << QStringList { QStringLiteral("other-materials") }
                               << int(Step::Materials);
    QTest::newRow("only the note")
        << QStringLiteral("other") << QStringList { QStringLiteral("note") }
        << int(Step::Materials);
    QTest::newRow("signature") << QStringLiteral("material")
                               << QStringList { QStringLiteral("signature") }
                               << int(Step::Signature);
    QTest::newRow("self-assessment")
        << QStringLiteral("other") << QStringList { QStringLiteral("self-assessment") }
        << int(Step::SelfAssessment);
    QTest::newRow("prior degree category")
        << QStringLiteral("prior-degree") << QStringList { QStringLiteral("id-card") }
        << int(Step::PriorDegree);
}

void TestProgressController::rejectionShowsReasonAndLeadsToTheStep()
{
    QFETCH(QString, category);
    QFETCH(QStringList, sections);
    QFETCH(int, step);
    const QJsonObject rejection {
        { QStringLiteral("category"), category },
        { QStringLiteral("reason"), QStringLiteral("身份证反面照片不清晰") },
        { QStringLiteral("sections"), QJsonArray::fromStringList(sections) },
    };
    const auto record =
        zkgrad::ApplicationRecord::fromJson(application(QStringLiteral("rejected"), {}, rejection));
    QVERIFY(record.rejection());
    QCOMPARE(ProgressController::stepForRejection(*record.rejection()), step);
    if (category == QLatin1String("prior-degree"))
        return;

    WizardController wizard(nullptr);
    wizard.setStage(WizardController::Submitted);
    QVERIFY(wizard.show(QStringLiteral("progress")));
    ProgressController *p = wizard.progress();
    p->setApplication(
        application(QStringLiteral("rejected"),
                    { stage(QStringLiteral("school-review"), QStringLiteral("rejected"),
                            QStringLiteral("2026-11-20T02:00:00Z")) },
                    rejection));
    QVERIFY(p->rejected());
    QVERIFY(!p->isComplete());
    QCOMPARE(p->rejectionReason(), QStringLiteral("身份证反面照片不清晰"));
    const QString title = wizard.step(Step::Id(step))->title();
    QVERIFY2(p->rejectionAdvice().contains(title), qPrintable(p->rejectionAdvice()));
    QVERIFY(p->fixLabel().contains(title));
    QVERIFY(p->openFix());
    QCOMPARE(wizard.currentIndex(), step);
}

void TestProgressController::rejectionOfPriorDegreeOpensPriorDegreeStep()
{
    WizardController wizard(nullptr);
    wizard.setCandidateLevel(WizardController::Benke);
    wizard.setPriorDegreeCheck(WizardController::CheckFailed);
    wizard.setStage(WizardController::Submitted);
    QVERIFY(wizard.show(QStringLiteral("progress")));
    ProgressController *p = wizard.progress();
    p->setApplication(application(
        QStringLiteral("rejected"), {},
        { { QStringLiteral("category"), QStringLiteral("prior-degree") },
          { QStringLiteral("reason"), QStringLiteral("前置学历毕业证编号与备案表不一致") },
          { QStringLiteral("sections"), QJsonArray { QStringLiteral("prior-degree") } } }));
    QVERIFY(p->rejectionAdvice().contains(QStringLiteral("前置学历")));
    QVERIFY(p->openFix());
    QCOMPARE(wizard.currentIndex(), int(Step::PriorDegree));
}

void TestProgressController::oldRejectionIsNotShownAfterResubmission()
{
    WizardController wizard(nullptr);
    ProgressController *p = wizard.progress();
    p->setApplication(
        application(QStringLiteral("resubmitted"), {},
                    { { QStringLiteral("category"), QStringLiteral("material") },
                      { QStringLiteral("reason"), QStringLiteral("旧的理由") },
                      { QStringLiteral("sections"), QJsonArray { QStringLiteral("id-card") } } }));
    QVERIFY(!p->rejected());
    QVERIFY(p->rejectionReason().isEmpty());
    QVERIFY(p->fixLabel().isEmpty());
    QVERIFY(!p->openFix());

    // A prior-degree rejection although the prior-degree step does not apply: advice, no button.
    p->setApplication(application(
        QStringLiteral("rejected"), {},
        { { QStringLiteral("category"), QStringLiteral("prior-degree") },
          { QStringLiteral("reason"), QStringLiteral("前置学历信息有误") },
          { QStringLiteral("sections"), QJsonArray { QStringLiteral("prior-degree") } } }));
    QVERIFY(p->rejected());
    QVERIFY(p->fixLabel().isEmpty());
    QVERIFY(!p->rejectionAdvice().isEmpty());
    QVERIFY(!p->openFix());
}

void TestProgressController::rejectionWithoutDetailsLeadsToMaterials()
{
    // A rejected application whose rejection object is missing (an older server, a cut reply)
    // still offers a way back rather than pointing at no step.
    WizardController wizard(nullptr);
    wizard.setStage(WizardController::Submitted);
    QVERIFY(wizard.show(QStringLiteral("progress")));
    ProgressController *p = wizard.progress();
    p->setApplication(application(QStringLiteral("rejected"), {}));
    QVERIFY(p->rejected());
    QCOMPARE(p->fixStep(), int(Step::Materials));
    QVERIFY(p->fixLabel().contains(wizard.step(Step::Materials)->title()));
}

void TestProgressController::openingTheStepAsksTheServer()
{
    // The wizard starts the refresh when the step opens (StepController::enter()), not the
    // page: here there is no server, so the attempt is made and reported as failed.
    WizardController wizard(nullptr);
    wizard.setStage(WizardController::Submitted);
    ProgressController *p = wizard.progress();
    QSignalSpy refresh(p, &ProgressController::refreshChanged);
    QVERIFY(!p->refreshFailed());
    QVERIFY(wizard.show(QStringLiteral("progress")));
    QVERIFY(refresh.count() >= 1);
    QVERIFY(p->refreshFailed());
}

void TestProgressController::stateChangeIsAnnounced()
{
    WizardController wizard(nullptr);
    ProgressController *p = wizard.progress();
    QSignalSpy spy(p, &ProgressController::announcementChanged);
    Q_EMIT wizard.session()->reviewStateChanged(zkgrad::Workflow::State::Submitted,
                                                zkgrad::Workflow::State::SchoolApproved);
    QCOMPARE(spy.count(), 1);
    QVERIFY2(p->announcement().contains(QStringLiteral("Approved by the examining school")),
             qPrintable(p->announcement()));
    p->dismissAnnouncement();
    QVERIFY(p->announcement().isEmpty());
}

void TestProgressController::announcementDoesNotSurviveAWipe()
{
    // Issue #19: after a kiosk wipe the next candidate still read "您的毕业申请状态已更新…".
    WizardController wizard(nullptr);
    ProgressController *p = wizard.progress();
    Q_EMIT wizard.session()->reviewStateChanged(zkgrad::Workflow::State::Submitted,
                                                zkgrad::Workflow::State::SchoolApproved);
    QVERIFY(!p->announcement().isEmpty());
    wizard.wipe();
    QVERIFY2(p->announcement().isEmpty(), qPrintable(p->announcement()));
}

void TestProgressController::ownSubmissionIsNotAnnounced()
{
    // Tried with the mouse: right after 提交, a second banner above the page's own
    // confirmation said "您的毕业申请状态已更新：已提交，主考学校审核中".
    WizardController wizard(nullptr);
    ProgressController *p = wizard.progress();
    QSignalSpy spy(p, &ProgressController::announcementChanged);
    Q_EMIT wizard.session()->reviewStateChanged(zkgrad::Workflow::State::Draft,
                                                zkgrad::Workflow::State::Submitted);
    Q_EMIT wizard.session()->reviewStateChanged(zkgrad::Workflow::State::Rejected,
                                                zkgrad::Workflow::State::Resubmitted);
    QCOMPARE(spy.count(), 0);
    QVERIFY(p->announcement().isEmpty());
}

void TestProgressController::notPollingWithoutSignIn()
{
    WizardController wizard(nullptr);
    ProgressController *p = wizard.progress();
    QCOMPARE(p->pollInterval(), 60000);
    p->setPollInterval(10);
    QCOMPARE(p->pollInterval(), 10);
    p->setApplication(application(QStringLiteral("submitted"), {}));
    // Nobody signed in: there is nothing to ask the server.
    QVERIFY(!p->polling());
}

#include "tst_progresscontroller.moc"

void TestProgressController::refreshFailureKeepsTheStateAndSaysSince()
{
    WizardController wizard(nullptr);
    ProgressController *p = wizard.progress();
    QVERIFY(p->refreshText().isEmpty()); // nothing read yet, nothing claimed
    Access::adoptApplication(
        *wizard.session(),
        application(QStringLiteral("submitted"),
                    { stage(QStringLiteral("school-review"), QStringLiteral("in-progress")) }));
    QVERIFY(p->updatedAt().isValid());
    // Beijing time, labelled as such: the stage dates beside it are Beijing dates.
    const QString time =
        zkgrad::DisplayText::inBeijing(p->updatedAt()).toString(QStringLiteral("HH:mm"));
    QCOMPARE(p->refreshText(), QStringLiteral("Updated %1 (Beijing time)").arg(time));
    QVERIFY(!p->refreshFailed());

    QSignalSpy refreshChanged(p, &ProgressController::refreshChanged);
    Q_EMIT wizard.session()->refreshed(false, QStringLiteral("Connection refused."));
    QVERIFY(refreshChanged.count() >= 1);
    QVERIFY(p->refreshFailed());
    QCOMPARE(p->state(), QStringLiteral("submitted")); // the last known state stays
    QVERIFY2(p->refreshText().contains(QStringLiteral("Connection refused.")),
             qPrintable(p->refreshText()));
    QVERIFY2(p->refreshText().contains(time), qPrintable(p->refreshText()));
    // Not signed in: nothing retries by itself, and the text does not pretend it does.
    QVERIFY(!p->polling());
    QVERIFY2(p->refreshText().contains(QStringLiteral("Press \"Refresh\"")),
             qPrintable(p->refreshText()));

    // Without a server, pressing Refresh fails visibly too, and says why.
    Q_EMIT wizard.session()->refreshed(true, {});
    QVERIFY(!p->refreshFailed());
    p->refresh();
    QVERIFY(p->refreshFailed());
    QVERIFY(!p->refreshing());
    QVERIFY(p->refreshText().contains(QStringLiteral("sign in")));
}

void TestProgressController::cityFailureGivesReasonAndRefund()
{
    WizardController wizard(nullptr);
    ProgressController *p = wizard.progress();
    QJsonObject app = application(QStringLiteral("failed"),
                                  { stage(QStringLiteral("city-review"), QStringLiteral("failed"),
                                          QStringLiteral("2026-11-28T03:00:00Z")) });
    p->setApplication(app);
    QCOMPARE(p->failureText(),
             QStringLiteral("The city self-study examination office did not approve the "
                            "application.\nThe fee is refunded after this round of "
                            "applications."));
    app.insert(QStringLiteral("history"),
               QJsonArray { QJsonObject { { QStringLiteral("to"), QStringLiteral("city-review") },
                                          { QStringLiteral("detail"), QString() } },
                            QJsonObject { { QStringLiteral("to"), QStringLiteral("failed") },
                                          { QStringLiteral("detail"),
                                            QStringLiteral("课程成绩核对不一致") } } });
    app.insert(QStringLiteral("refund"),
               QJsonObject { { QStringLiteral("amountFen"), 6800 },
                             { QStringLiteral("note"), QStringLiteral("退回原交费账号。") } });
    p->setApplication(app);
    QCOMPARE(p->failureText(),
             QStringLiteral("Reason given by the city self-study examination office: "
                            "课程成绩核对不一致\nRefund of ¥68.00: 退回原交费账号。"));
    p->setApplication(application(QStringLiteral("approved"), {}));
    QVERIFY(p->failureText().isEmpty());
}

QTEST_MAIN(TestProgressController)
