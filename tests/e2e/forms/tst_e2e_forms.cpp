// End to end against the real zkgrad-sandbox: the resume and self-assessment controllers
// write their sections through ApplicationSession when the step is left, follow the
// batch's self-assessment limits when a reviewer changes them, adopt the server's copy
// into an empty draft, and show the server's refusal at the field it names.
#include "sandboxprocess.h"
#include "session/applicationsession.h"
#include "steps/resume/resumecontroller.h"
#include "steps/selfassessment/selfassessmentcontroller.h"
#include "teststepcontext.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {
constexpr int Hang = 30000;

void fill(ResumeController &c, int row, zkgrad::YearMonth from, zkgrad::YearMonth to,
          const QString &organisation)
{
    ResumeEntryItem *e = c.entries()->item(row);
    e->setFromYear(from.year);
    e->setFromMonth(from.month);
    if (to.isValid()) {
        e->setToYear(to.year);
        e->setToMonth(to.month);
    } else {
        e->setToPresent(true);
    }
    e->setOrganisation(organisation);
    e->setRole(QStringLiteral("学生"));
    e->setWitness(QStringLiteral("张老师"));
}
} // namespace

/** The text steps against a live sandbox: writes, limits, adoption and refusals. */
class TestE2eForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void limitsFollowTheBatch();
    void selfAssessmentWrittenOnLeave();
    void resumeWrittenOnLeaveAndAdopted();
    void serverRefusalShownAtField();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApplicationSession> m_session;
    TestStepContext m_context; ///< the wizard as the controller sees it
};

void TestE2eForms::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.firstLine()));
    m_session = std::make_unique<ApplicationSession>();
    m_session->setApiUrl(QUrl(m_sandbox.base() + QStringLiteral("/api/v1")));
    m_session->signIn(QStringLiteral("500101199001010018"), QStringLiteral("Demo2026"), false);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->signedIn(), Hang);
    QVERIFY(m_session->signInError().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->batch().isEmpty(), Hang);
    m_session->createApplication(QStringLiteral("C080101"), QStringLiteral("S01"));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->hasApplication(), Hang);
    QVERIFY(m_session->isEditable(zkgrad::Workflow::Section::Resume));
    QVERIFY(m_session->isEditable(zkgrad::Workflow::Section::SelfAssessment));
}

void TestE2eForms::cleanupTestCase()
{
    m_session.reset();
    m_sandbox.stop();
}

void TestE2eForms::limitsFollowTheBatch()
{
    SelfAssessmentController c(m_session.get(), &m_context);
    QCOMPARE(c.minimum(), 300);
    QCOMPARE(c.maximum(), 500);
    c.setText(QString(150, u'学'));
    QCOMPARE(c.countState(), SelfAssessmentController::TooShort);

    const HttpResult patched =
        m_sandbox.admin("PATCH", QStringLiteral("/batch"),
                        QJsonObject { { QStringLiteral("selfAssessmentMin"), 100 },
                                      { QStringLiteral("selfAssessmentMax"), 200 } });
    QCOMPARE(patched.status, 200);
    m_session->reload();
    QTRY_COMPARE_WITH_TIMEOUT(c.minimum(), 100, Hang);
    QCOMPARE(c.maximum(), 200);
    QCOMPARE(c.countState(), SelfAssessmentController::Within);
    QVERIFY(c.isComplete());
    QCOMPARE(c.counterText(), QStringLiteral("150 / 100–200 characters"));

    // Back to the guide's limits for the other tests.
    QCOMPARE(m_sandbox
                 .admin("PATCH", QStringLiteral("/batch"),
                        QJsonObject { { QStringLiteral("selfAssessmentMin"), 300 },
                                      { QStringLiteral("selfAssessmentMax"), 500 } })
                 .status,
             200);
    m_session->reload();
    QTRY_COMPARE_WITH_TIMEOUT(c.minimum(), 300, Hang);
    QVERIFY(!c.isComplete());
}

void TestE2eForms::selfAssessmentWrittenOnLeave()
{
    SelfAssessmentController c(m_session.get(), &m_context);
    const QString text =
        QStringLiteral("本人自参加自学考试以来，刻苦学习。\n") + QString(300, u'学');
    c.setText(text);
    QVERIFY(c.isComplete());
    c.leave();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->section(zkgrad::Workflow::Section::SelfAssessment)
                                  .value(QStringLiteral("text"))
                                  .toString(),
                              text, Hang);
    // The server counts as the app does.
    QCOMPARE(m_session->section(zkgrad::Workflow::Section::SelfAssessment)
                 .value(QStringLiteral("length"))
                 .toInt(),
             c.count());

    // A new draft on another computer starts from the server's text.
    SelfAssessmentController other(m_session.get(), &m_context);
    other.fromJson({});
    QCOMPARE(other.text(), text);
}

void TestE2eForms::resumeWrittenOnLeaveAndAdopted()
{
    ResumeController c(m_session.get(), &m_context);
    c.addEntry();
    c.addEntry();
    fill(c, 0, { 2005, 9 }, { 2008, 7 }, QStringLiteral("重庆市示例中学"));
    fill(c, 1, { 2008, 9 }, {}, QStringLiteral("重庆示例科技有限公司"));
    QVERIFY2(c.isComplete(), qPrintable(c.problems().join(u'\n')));
    c.leave();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->section(zkgrad::Workflow::Section::Resume)
                                  .value(QStringLiteral("entries"))
                                  .toArray()
                                  .size(),
                              2, Hang);
    const QJsonArray stored = m_session->section(zkgrad::Workflow::Section::Resume)
                                  .value(QStringLiteral("entries"))
                                  .toArray();
    QCOMPARE(stored.at(1).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("present"));

    ResumeController fresh(m_session.get(), &m_context);
    fresh.fromJson({});
    QCOMPARE(fresh.count(), 2);
    QCOMPARE(fresh.entries()->entries(), c.entries()->entries());
    QVERIFY(fresh.isComplete());

    // Deleting every entry to start over is not undone by the next copy from the server.
    fresh.removeEntry(1);
    fresh.removeEntry(0);
    QSignalSpy applicationChanged(m_session.get(), &ApplicationSession::applicationChanged);
    SelfAssessmentController other(m_session.get(), &m_context); // any write brings a new copy
    other.setText(QString(333, u'学'));
    other.leave();
    QVERIFY(applicationChanged.wait(Hang));
    QCOMPARE(fresh.count(), 0);
}

void TestE2eForms::serverRefusalShownAtField()
{
    // Locally it is 2099, so 2090 is in the past; the server knows better.
    ResumeController c(m_session.get(), &m_context);
    c.setToday(QDate(2099, 1, 1));
    c.addEntry();
    fill(c, 0, { 2090, 1 }, {}, QStringLiteral("重庆示例科技有限公司"));
    QVERIFY(c.isComplete());
    c.leave();
    QTRY_VERIFY_WITH_TIMEOUT(c.errors().contains(QStringLiteral("entry_0_from")), Hang);
    const QString detail = c.errors().value(QStringLiteral("entry_0_from")).toString();
    QVERIFY(!detail.isEmpty());
    QVERIFY(c.problems().contains(detail));
    QCOMPARE(c.fieldProblems().constFirst().toMap().value(QStringLiteral("field")).toString(),
             QStringLiteral("entry_0_from"));
    // The server's copy is unchanged; changing the field clears the refusal.
    QCOMPARE(m_session->section(zkgrad::Workflow::Section::Resume)
                 .value(QStringLiteral("entries"))
                 .toArray()
                 .size(),
             2);
    c.entries()->item(0)->setFromYear(2010);
    QVERIFY(!c.errors().contains(QStringLiteral("entry_0_from")));
}

QTEST_GUILESS_MAIN(TestE2eForms)

#include "tst_e2e_forms.moc"
