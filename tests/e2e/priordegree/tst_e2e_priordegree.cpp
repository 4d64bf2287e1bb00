// The prior-degree step against the real zkgrad-sandbox: the profile prefills the
// name and ID number, leaving the step writes the section, an image goes up, and a
// second computer with an empty draft takes the server's copy.
#include "photos/photoslot.h"
#include "sandboxlauncher.h"
#include "session/applicationsession.h"
#include "steps/priordegree/priordegreecontroller.h"
#include "teststepcontext.h"

#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Long enough for a slow CI machine; a hang still fails instead of blocking the suite.
constexpr int Hang = 30000;
const QString kName = QStringLiteral("赵本未");
const QString kId = QStringLiteral("500101199001010034");
const QString kSchool = QStringLiteral("重庆示例职业学院");
const QString kNumber = QStringLiteral("125351201506000123");
} // namespace

/** PriorDegreeController with an ApplicationSession talking to a live sandbox. */
class TestE2ePriorDegree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void prefillWriteAndAdopt();

private:
    QTemporaryDir m_dir;
    zkgrad::SandboxLauncher m_sandbox;
    QUrl m_base;
};

void TestE2ePriorDegree::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox.setExecutable(QStringLiteral(ZKGRAD_SANDBOX_EXE));
    QVERIFY2(m_sandbox.startAndWait(), qPrintable(m_sandbox.errorString()));
    m_base = m_sandbox.apiUrl();
}

void TestE2ePriorDegree::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestE2ePriorDegree::prefillWriteAndAdopt()
{
    ApplicationSession session;
    session.setApiUrl(m_base);
    TestStepContext context;
    PriorDegreeController c(&session, &context);
    QVERIFY(c.name().isEmpty());

    session.signIn(kId, QStringLiteral("Demo2026"), false);
    QTRY_VERIFY_WITH_TIMEOUT(session.signedIn(), Hang);
    // Prefilled from the profile, still editable. The sign-in answer carries the name; the
    // ID number comes with the full profile (GET candidate) a moment later.
    QTRY_COMPARE_WITH_TIMEOUT(c.name(), kName, Hang);
    QTRY_COMPARE_WITH_TIMEOUT(c.idNumber(), kId, Hang);

    session.createApplication(QStringLiteral("B120201"), QStringLiteral("S02"));
    QTRY_VERIFY_WITH_TIMEOUT(session.hasApplication(), Hang);
    QVERIFY2(c.checkMessage().contains(QStringLiteral("前置学历")), qPrintable(c.checkMessage()));
    QVERIFY(c.isEditable());

    c.setSchool(kSchool);
    c.setGraduationYear(2015);
    c.setGraduationMonth(7);
    c.setGraduationDay(1);
    c.setDiplomaNumber(kNumber);
    QVERIFY2(!c.errors().contains(QStringLiteral("school")), "fields should be valid");

    // An image goes up as soon as it is ready.
    QImage page(1400, 1000, QImage::Format_RGB888);
    page.fill(Qt::white);
    QPainter p(&page);
    p.setPen(QPen(Qt::black, 4));
    for (int y = 100; y < 900; y += 60)
        p.drawLine(100, y, 1300, y + 10);
    p.end();
    const QString photo = m_dir.filePath(QStringLiteral("diploma-photo.jpg"));
    QVERIFY(page.save(photo, "JPEG", 90));
    c.diploma()->loadFile(photo);
    c.diploma()->waitForIdle();
    QTRY_VERIFY_WITH_TIMEOUT(c.diploma()->onServer(), Hang);

    // Leaving writes the section; the server keeps exactly what was sent.
    c.leave();
    QTRY_VERIFY_WITH_TIMEOUT(!session.section(zkgrad::Workflow::Section::PriorDegree).isEmpty(),
                             Hang);
    QCOMPARE(session.section(zkgrad::Workflow::Section::PriorDegree), c.payload());
    QTRY_COMPARE_WITH_TIMEOUT(session.syncState(), ApplicationSession::Synced, Hang);

    // Another computer with an empty draft takes the server's copy, image included.
    TestStepContext otherContext;
    PriorDegreeController fresh(&session, &otherContext);
    fresh.fromJson({});
    QCOMPARE(fresh.school(), kSchool);
    QCOMPARE(fresh.diplomaNumber(), kNumber);
    QCOMPARE(fresh.graduationDate(), QStringLiteral("2015-07-01"));
    QCOMPARE(fresh.name(), kName);
    QTRY_VERIFY_WITH_TIMEOUT(fresh.diploma()->hasImage(), Hang);

    // A draft with the candidate's own content is not overwritten by the server.
    TestStepContext thirdContext;
    PriorDegreeController own(&session, &thirdContext);
    QJsonObject mine = c.toJson();
    mine.insert(QStringLiteral("school"), QStringLiteral("另一所学院"));
    own.fromJson(mine);
    QCOMPARE(own.school(), QStringLiteral("另一所学院"));
}

QTEST_MAIN(TestE2ePriorDegree)

#include "tst_e2e_priordegree.moc"
