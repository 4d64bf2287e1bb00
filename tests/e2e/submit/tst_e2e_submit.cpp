// End to end against the real zkgrad-sandbox: a 专科 demo candidate fills every entry step
// through the app's controllers and submits on the check-and-submit step; a second submit
// does not submit twice; the school rejects the ID card photos; the ID photos step becomes
// editable again and is marked, the other steps stay read-only; the candidate replaces the
// photo and resubmits, and the check page marks what changed.
#include "draftstore.h"
#include "e2eapi.h"
#include "e2ewizard.h"
#include "httpclient.h"
#include "photos/photoslot.h"
#include "sandboxlauncher.h"
#include "session/applicationsession.h"
#include "steps/checksubmit/checksubmitcontroller.h"
#include "steps/idphotos/idphotoscontroller.h"
#include "steps/materials/materialscontroller.h"
#include "steps/notice/noticecontroller.h"
#include "steps/profile/profilecontroller.h"
#include "steps/resume/resumecontroller.h"
#include "steps/resume/resumeentrymodel.h"
#include "steps/selfassessment/selfassessmentcontroller.h"
#include "steps/signature/signaturecontroller.h"
#include "steps/signin/signincontroller.h"
#include "textcount.h"
#include "translations.h"
#include "wizard/step.h"
#include "wizard/wizardcontroller.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace zkgrad::net;
using zkgrad::e2e::addCurrentJob;
using zkgrad::e2e::loadIdPhotos;
using zkgrad::e2e::makeSignature;
using zkgrad::e2e::passNoticeAndProfile;
using zkgrad::e2e::uploaded;
using zkgrad::e2e::writeDocumentJpeg;
using zkgrad::e2e::writeSelfAssessment;

namespace {
constexpr int Hang = zkgrad::e2e::HangMs;

int submissions(const QJsonObject &app)
{
    int n = 0;
    for (const QJsonValue &v : app.value(u"history").toArray()) {
        const QString to = v.toObject().value(u"to").toString();
        if (to == QLatin1String("submitted") || to == QLatin1String("resubmitted"))
            ++n;
    }
    return n;
}
} // namespace

/** Submit, duplicate submit, school rejection, fix and resubmit against a live sandbox. */
class TestE2eSubmit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void submitRejectFixResubmit();

private:
    ApiResult admin(const QByteArray &method, const QString &path, const QJsonObject &body);

    QTemporaryDir m_dir;
    zkgrad::SandboxLauncher m_sandbox;
    HttpClient m_http;
};

void TestE2eSubmit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    zkgrad::Translations::install(QStringLiteral("zh_CN"));
    m_sandbox.setExecutable(QStringLiteral(ZKGRAD_SANDBOX_EXE));
    QVERIFY2(m_sandbox.startAndWait(), qPrintable(m_sandbox.errorString()));
    QVERIFY(!m_sandbox.adminToken().isEmpty());
}

ApiResult TestE2eSubmit::admin(const QByteArray &method, const QString &path,
                               const QJsonObject &body)
{
    HttpRequest request;
    request.method = method;
    request.url = QUrl(m_sandbox.apiUrl().toString() + QStringLiteral("/admin") + path);
    request.setHeader("Authorization", "Bearer " + m_sandbox.adminToken());
    request.setHeader("Content-Type", "application/json");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    ApiResult out;
    bool done = false;
    m_http.send(request, this, [&](const HttpResponse &response) {
        out.status = response.status;
        out.json = QJsonDocument::fromJson(response.body).object();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, Hang))
        qWarning("admin call did not finish");
    return out;
}

void TestE2eSubmit::submitRejectFixResubmit()
{
    DraftStore store(m_dir.filePath(QStringLiteral("drafts")));
    WizardController wizard(&store);
    ApplicationSession *session = wizard.session();
    CheckSubmitController *check = wizard.checkSubmit();
    session->setApiUrl(m_sandbox.apiUrl());

    // 王专科: 专科 with complete contact details, so no prior degree.
    wizard.signIn()->setLogin(QStringLiteral("500101199001010018"));
    wizard.signIn()->signIn(zkgrad::SandboxLauncher::demoPassword());
    QTRY_VERIFY_WITH_TIMEOUT(session->signedIn(), Hang);
    QTRY_VERIFY_WITH_TIMEOUT(!session->enrolledMajors().isEmpty(), Hang);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.profile()->errors().isEmpty(), Hang);
    // The sandbox's window is open around today; the page says until when.
    QTRY_COMPARE_WITH_TIMEOUT(check->windowState(), CheckSubmitController::WindowOpen, Hang);
    QVERIFY(!check->windowText().isEmpty());

    passNoticeAndProfile(wizard);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!wizard.step(Step::PriorDegree)->applicable());
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::Resume));

    addCurrentJob(wizard, 2008, 9, QStringLiteral("重庆示例科技有限公司"), QStringLiteral("职员"),
                  QStringLiteral("李经理"));
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::IdPhotos));
    loadIdPhotos(wizard, m_dir.path());
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::SelfAssessment));
    writeSelfAssessment(wizard);
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::Signature));
    // The signature: cropped and made by its controller, then uploaded to its slot.
    makeSignature(wizard, m_dir.path());
    const ApiResult signed_ = zkgrad::e2e::uploadSignature(wizard);
    QVERIFY2(signed_.ok(), qPrintable(signed_.error.userMessage));
    ResumeController *resume = wizard.resume();
    IdPhotosController *photos = wizard.idPhotos();
    SelfAssessmentController *self = wizard.selfAssessment();
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::Materials));
    wizard.materials()->setNote(QStringLiteral("本人工作单位于2020年更名。"));
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::CheckSubmit));

    // Everything is written: nothing blocks, the summary lists every entry step.
    QTRY_VERIFY_WITH_TIMEOUT(session->syncState() == ApplicationSession::Synced, Hang);
    session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session->application().value(u"missing").toArray().isEmpty(), Hang);
    QTRY_VERIFY2_WITH_TIMEOUT(check->canSubmit(), qPrintable(check->submitBlockedReason()), Hang);
    QCOMPARE(check->groups().size(), 7);
    QVERIFY(!wizard.step(Step::CheckSubmit)->complete());

    // The reviewers close the window: submitting is blocked and the page says it closed.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto isoUtc = [](const QDateTime &t) { return t.toString(Qt::ISODate); };
    ApiResult batch = admin("PATCH", QStringLiteral("/batch"),
                            { { QStringLiteral("closesAt"), isoUtc(now.addSecs(-3600)) } });
    QCOMPARE(batch.status, 200);
    session->reload();
    QTRY_COMPARE_WITH_TIMEOUT(check->windowState(), CheckSubmitController::WindowClosed, Hang);
    QVERIFY(!check->canSubmit());
    QCOMPARE(check->submitBlockedReason(), check->windowText());
    // Reopened with a day and a half left: a countdown in hours.
    batch = admin("PATCH", QStringLiteral("/batch"),
                  { { QStringLiteral("closesAt"), isoUtc(now.addSecs(36 * 3600)) } });
    QCOMPARE(batch.status, 200);
    session->reload();
    QTRY_COMPARE_WITH_TIMEOUT(check->windowState(), CheckSubmitController::WindowOpen, Hang);
    QVERIFY(check->windowUrgent());
    QVERIFY2(check->windowText().contains(QRegularExpression(QStringLiteral("(^|\\s)36\\s"))),
             qPrintable(check->windowText()));
    QTRY_VERIFY2_WITH_TIMEOUT(check->canSubmit(), qPrintable(check->submitBlockedReason()), Hang);

    // Submit, and a second submit right behind it (a double click, a retry): one submission.
    check->submit();
    QVERIFY(check->submitting());
    QVERIFY(!check->canSubmit());
    bool secondDone = false;
    ApiResult second;
    session->submit([&](const ApiResult &r) {
        second = r;
        secondDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(!check->submitting() && secondDone, Hang);
    QVERIFY2(check->submitError().isEmpty(), qPrintable(check->submitError()));
    QVERIFY(check->submitted());
    QVERIFY(check->isComplete());
    QCOMPARE(session->application().value(u"state").toString(), QStringLiteral("submitted"));
    QCOMPARE(session->application().value(u"round").toInt(), 1);
    QCOMPARE(submissions(session->application()), 1);
    QVERIFY(!second.ok()); // refused as an invalid transition, not a second submission
    QCOMPARE(wizard.stage(), WizardController::Submitted);
    // Still on the check page, which now confirms the submission; the candidate moves on.
    QCOMPARE(wizard.currentIndex(), int(Step::CheckSubmit));
    // Read-only from now on.
    for (const zkgrad::Workflow::Section section : zkgrad::Workflow::allSections())
        QVERIFY2(!session->isEditable(section), qPrintable(zkgrad::Workflow::sectionName(section)));
    QVERIFY(!photos->isEditable());
    QVERIFY(!self->isEditable());
    QVERIFY(!check->isEditable());
    const QJsonObject snapshot = check->toJson();
    QVERIFY(snapshot.value(u"submitted").toObject().contains(u"id-photos"));

    // The school rejects the ID card photos.
    const QString appId = session->applicationId();
    const QString reason = QStringLiteral("身份证反面照片不清晰");
    const ApiResult rejected =
        admin("POST", QStringLiteral("/applications/%1/school-reject").arg(appId),
              { { QStringLiteral("category"), QStringLiteral("material") },
                { QStringLiteral("reason"), reason },
                { QStringLiteral("sections"), QJsonArray { QStringLiteral("id-card") } } });
    QCOMPARE(rejected.status, 200);
    session->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(session->application().value(u"state").toString(),
                              QStringLiteral("rejected"), Hang);
    QVERIFY(check->resubmission());
    QVERIFY(!wizard.step(Step::CheckSubmit)->complete());
    QCOMPARE(check->affectedSteps(), QStringList { QStringLiteral("id-photos") });
    QCOMPARE(check->rejectionFor(QStringLiteral("id-photos")), reason);
    QVERIFY(check->rejectionFor(QStringLiteral("resume")).isEmpty());
    QVERIFY(photos->isEditable());
    QVERIFY(!self->isEditable());
    QVERIFY(!resume->isEditable());
    QVERIFY(!check->changedSinceSubmission(QStringLiteral("id-photos")));

    // Fix: a new photo of the back.
    photos->back()->loadFile(writeDocumentJpeg(m_dir.filePath(QStringLiteral("back2.jpg")),
                                               QColor(250, 250, 250),
                                               QStringLiteral("国徽面（重拍）")));
    // The old photo is on the server until the new one is fitted: wait for the new one.
    QTRY_VERIFY_WITH_TIMEOUT(photos->back()->sourceName() == QLatin1String("back2.jpg")
                                 && !photos->back()->processing(),
                             Hang);
    QVERIFY2(uploaded(photos->back()), qPrintable(photos->back()->errorMessage()));
    QVERIFY(check->changedSinceSubmission(QStringLiteral("id-photos")));
    QVERIFY(!check->changedSinceSubmission(QStringLiteral("resume")));
    bool marked = false;
    for (const QVariant &v : check->groups()) {
        const QVariantMap g = v.toMap();
        if (g.value(QStringLiteral("key")).toString() == QLatin1String("id-photos"))
            marked = g.value(QStringLiteral("changed")).toBool()
                && g.value(QStringLiteral("needsChanges")).toBool();
    }
    QVERIFY(marked);

    // Resubmit through the check-and-submit step.
    QTRY_VERIFY2_WITH_TIMEOUT(check->canSubmit(), qPrintable(check->submitBlockedReason()), Hang);
    check->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!check->submitting(), Hang);
    QVERIFY2(check->submitError().isEmpty(), qPrintable(check->submitError()));
    QCOMPARE(session->application().value(u"state").toString(), QStringLiteral("resubmitted"));
    QCOMPARE(session->application().value(u"round").toInt(), 2);
    QCOMPARE(submissions(session->application()), 2);
    QVERIFY(check->affectedSteps().isEmpty());
    QVERIFY(!photos->isEditable());
    // The new snapshot is what was resubmitted: nothing differs any more.
    QVERIFY(!check->changedSinceSubmission(QStringLiteral("id-photos")));
}

QTEST_MAIN(TestE2eSubmit)
#include "tst_e2e_submit.moc"
