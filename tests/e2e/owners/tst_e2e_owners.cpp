// Two candidates take turns on one computer account (a family PC, not a kiosk), against the real
// zkgrad-sandbox. A fills part of the application and signs out; B signs in: B must see nothing
// of A's draft, and nothing of A's may reach B's application on the server. When A signs in
// again, A's draft (and the images the steps keep) is back.
#include "draftstore.h"
#include "e2eapi.h"
#include "e2ewizard.h"
#include "sandboxlauncher.h"
#include "session/applicationsession.h"
#include "steps/notice/noticecontroller.h"
#include "steps/profile/profilecontroller.h"
#include "steps/resume/resumecontroller.h"
#include "steps/resume/resumeentrymodel.h"
#include "steps/signin/signincontroller.h"
#include "translations.h"
#include "wizard/step.h"
#include "wizard/wizardcontroller.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using zkgrad::e2e::addCurrentJob;
using zkgrad::e2e::passNoticeAndProfile;
using zkgrad::e2e::signIn;

namespace {
constexpr int Hang = zkgrad::e2e::HangMs;
const QString kOrganisation = QStringLiteral("重庆甲方专属单位有限公司");
} // namespace

/** Drafts belong to whoever signed in; the next person gets their own. */
class TestE2eOwners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachCandidateKeepsTheirOwnDraft();
    void cleanupTestCase();

private:
    zkgrad::SandboxLauncher m_sandbox;
};

void TestE2eOwners::initTestCase()
{
    zkgrad::Translations::install(QStringLiteral("zh_CN"));
    m_sandbox.setExecutable(QStringLiteral(ZKGRAD_SANDBOX_EXE));
    QVERIFY2(m_sandbox.startAndWait(), qPrintable(m_sandbox.errorString()));
}

void TestE2eOwners::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestE2eOwners::eachCandidateKeepsTheirOwnDraft()
{
    const auto accounts = zkgrad::SandboxLauncher::demoAccounts();
    const zkgrad::SandboxDemoAccount a = accounts.at(0);
    const zkgrad::SandboxDemoAccount b = accounts.at(1);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DraftStore store(dir.path());
    WizardController wizard(&store);
    wizard.restore();
    ApplicationSession *session = wizard.session();
    session->setRequiresSignIn(true);
    session->setApiUrl(m_sandbox.apiUrl());

    // ---- A: notice, profile (creates A's application), a resume entry sent to the server.
    signIn(wizard, a);
    passNoticeAndProfile(wizard);
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::Resume));
    addCurrentJob(wizard, 2008, 9, kOrganisation, QStringLiteral("职员"),
                  QStringLiteral("欧阳证明"));
    QVERIFY(!QTest::currentTestFailed());
    wizard.next(); // leave(): the resume goes to A's application
    QTRY_VERIFY_WITH_TIMEOUT(
        QJsonDocument(session->application()).toJson().contains(kOrganisation.toUtf8()), Hang);
    // An image one of the steps keeps next to the draft.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("attachments")));
    QFile image(dir.filePath(QStringLiteral("attachments/id-front.jpg")));
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write("A's photo");
    image.close();
    QVERIFY(wizard.saveNow());
    const QString aKey = session->ownerKey();
    QVERIFY(!aKey.isEmpty());

    // ---- A signs out and B signs in on the same draft folder.
    session->signOut();
    signIn(wizard, b);
    const QString bKey = session->ownerKey();
    QVERIFY(!bKey.isEmpty() && bKey != aKey);
    QCOMPARE(wizard.resume()->entries()->count(), 0);
    QVERIFY(!wizard.notice()->readConfirmed());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("attachments/id-front.jpg"))));
    QVERIFY(wizard.saveNow());
    {
        QFile draft(store.draftPath());
        QVERIFY(draft.open(QIODevice::ReadOnly));
        const QByteArray bytes = draft.readAll();
        QVERIFY2(!bytes.contains(kOrganisation.toUtf8()), "B's draft holds A's resume");
        QVERIFY(bytes.contains(bKey.toUtf8()));
    }
    // A's draft and image are set aside under A's key, not in B's way.
    {
        QFile parked(dir.filePath(QStringLiteral("others/%1/draft.json").arg(aKey)));
        QVERIFY(parked.open(QIODevice::ReadOnly));
        QVERIFY(parked.readAll().contains(kOrganisation.toUtf8()));
        QVERIFY(QFile::exists(
            dir.filePath(QStringLiteral("others/%1/attachments/id-front.jpg").arg(aKey))));
    }
    // B goes on to the resume: nothing of A's reaches B's application.
    passNoticeAndProfile(wizard);
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::Resume));
    QCOMPARE(wizard.resume()->entries()->count(), 0);
    wizard.back();
    session->refresh();
    QTest::qWait(500);
    QVERIFY(!session->application().isEmpty());
    QVERIFY2(!QJsonDocument(session->application()).toJson().contains(kOrganisation.toUtf8()),
             "A's resume reached B's application");

    // ---- B signs out, A signs in again: A's draft and image are back.
    session->signOut();
    signIn(wizard, a);
    QCOMPARE(session->ownerKey(), aKey);
    QCOMPARE(wizard.resume()->entries()->count(), 1);
    QCOMPARE(wizard.resume()->entries()->item(0)->organisation(), kOrganisation);
    QVERIFY(wizard.notice()->readConfirmed());
    QFile back(dir.filePath(QStringLiteral("attachments/id-front.jpg")));
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), QByteArray("A's photo"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("others/%1/draft.json").arg(aKey))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("others/%1/draft.json").arg(bKey))));
}

QTEST_MAIN(TestE2eOwners)
#include "tst_e2e_owners.moc"
