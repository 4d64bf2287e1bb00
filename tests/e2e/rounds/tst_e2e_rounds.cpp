// Rounds of review end to end against the real zkgrad-sandbox, through the app's controllers
// as the app wires them (one WizardController with its ApplicationSession):
//
//   finished draft → submit → school rejects (material) → fix → resubmit → school rejects
//   (prior-degree) → fix → resubmit → school approves → pay → city approves → certificate date
//
// At each stage it checks what the app shows (progress stages, dates and texts, the rejection's
// reason and where it leads, which steps are editable, the check page's "needs changes" and
// "changed since the last submission" marks, the fee from the server, the certificate date)
// and what the server stored. A submit and a payment are sent twice with the same
// Idempotency-Key (a retry after a lost answer): the server keeps one submission per round and
// one order. The second run ends with the city failing the application and checks the refund
// note, after a network outage that the progress and payment pages must report.
//
// With ZKGRAD_WALKTHROUGH_DIR and ZKGRAD_APP_EXE set (scripts/walkthrough.sh), each stage is also
// photographed with the real zkgrad binary, signed in as the same demo candidate on the same
// database, opened on the step that matters.
#include "draftstore.h"
#include "e2eapi.h"
#include "e2ewizard.h"
#include "httpclient.h"
#include "photos/photoslot.h"
#include "sandboxlauncher.h"
#include "session/applicationsession.h"
#include "session/reviewtexts.h"
#include "steps/certificate/certificatecontroller.h"
#include "steps/checksubmit/checksubmitcontroller.h"
#include "steps/idphotos/idphotoscontroller.h"
#include "steps/materials/materialscontroller.h"
#include "steps/notice/noticecontroller.h"
#include "steps/payment/paymentcontroller.h"
#include "steps/priordegree/priordegreecontroller.h"
#include "steps/profile/profilecontroller.h"
#include "steps/progress/progresscontroller.h"
#include "steps/resume/resumecontroller.h"
#include "steps/resume/resumeentrymodel.h"
#include "steps/selfassessment/selfassessmentcontroller.h"
#include "steps/signature/signaturecontroller.h"
#include "steps/signin/signincontroller.h"
#include "textcount.h"
#include "translations.h"
#include "wizard/step.h"
#include "wizard/wizardcontroller.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
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

const QString kDiplomaNumber = QStringLiteral("125351201506000123");
const QString kFixedDiplomaNumber = QStringLiteral("125351201506000456");

/** How many times the server's history records a submission. */
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

QVariantMap stage(const QVariantList &stages, const QString &key)
{
    for (const QVariant &s : stages) {
        if (s.toMap().value(QStringLiteral("key")).toString() == key)
            return s.toMap();
    }
    return {};
}

QString stageStatus(ProgressController *progress, const QString &key)
{
    return stage(progress->stages(), key).value(QStringLiteral("status")).toString();
}

/** The check page's group for step @p key ({changed, needsChanges, ...}). */
QVariantMap group(CheckSubmitController *check, const QString &key)
{
    for (const QVariant &v : check->groups()) {
        if (v.toMap().value(QStringLiteral("key")).toString() == key)
            return v.toMap();
    }
    return {};
}

/** Today in Beijing, as the progress page shows a stage's date. */
QString beijingToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().toString(Qt::ISODate);
}
} // namespace

/** Two rejections, approval, payment and the certificate; and a city failure with refund. */
class TestE2eRounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twoRejectionsThenApprovalPaymentAndCertificate();
    void outageThenCityFailsAndTheRefundIsNoted();

private:
    struct Raw
    {
        int status = 0;
        QJsonObject json;
        bool replayed = false;
    };
    Raw raw(const QByteArray &method, const QString &url, const QByteArray &token,
            const QJsonObject &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Raw admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QJsonObject serverCopy(const QString &appId);
    QByteArray candidateToken(const QString &login);
    /** The Idempotency-Key under which the server stored the answer that contains @p needle. */
    QString storedKey(const QString &needle);
    /** Sends the app's POST again with the same key, as a retry after a lost answer would. */
    Raw retrySameKey(const QString &login, const QString &path, const QString &key);
    /** Sends @p request on the test's own HTTP client and waits for the answer. */
    Raw send(const HttpRequest &request);
    bool restartSandbox();
    /** scripts/walkthrough.sh: a screenshot of @p stepKey with the real app (else nothing). */
    void shoot(WizardController &wizard, int demoAccount, const QString &stepKey,
               const QString &name);

    QTemporaryDir m_dir;
    QString m_db;
    zkgrad::SandboxLauncher m_sandbox;
    quint16 m_port = 0;
    HttpClient m_http;
    int m_shots = 0;
};

void TestE2eRounds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    zkgrad::Translations::install(QStringLiteral("zh_CN"));
    // A database of our own (the later --db wins), so the sandbox can be restarted on it and
    // the walkthrough's app can open it too.
    m_db = m_dir.filePath(QStringLiteral("rounds.sqlite"));
    m_sandbox.setExecutable(QStringLiteral(ZKGRAD_SANDBOX_EXE));
    m_sandbox.setExtraArguments({ QStringLiteral("--db"), m_db });
    QVERIFY2(m_sandbox.startAndWait(), qPrintable(m_sandbox.errorString()));
    QVERIFY(!m_sandbox.adminToken().isEmpty());
    m_port = quint16(m_sandbox.baseUrl().port());
}

void TestE2eRounds::cleanupTestCase()
{
    m_sandbox.stop();
    if (m_shots > 0)
        qInfo("walkthrough: %d screenshots in %s", m_shots,
              qPrintable(qEnvironmentVariable("ZKGRAD_WALKTHROUGH_DIR")));
}

bool TestE2eRounds::restartSandbox()
{
    m_sandbox.setExtraArguments(
        { QStringLiteral("--db"), m_db, QStringLiteral("--port"), QString::number(m_port) });
    return m_sandbox.startAndWait() && m_sandbox.baseUrl().port() == m_port;
}

TestE2eRounds::Raw TestE2eRounds::raw(const QByteArray &method, const QString &url,
                                      const QByteArray &token, const QJsonObject &body,
                                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    HttpRequest request;
    request.method = method;
    request.url = QUrl(url);
    if (!token.isEmpty())
        request.setHeader("Authorization", "Bearer " + token);
    request.setHeader("Content-Type", "application/json");
    for (const auto &[name, value] : headers)
        request.setHeader(name, value);
    if (method != "GET")
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(request);
}

TestE2eRounds::Raw TestE2eRounds::admin(const QByteArray &method, const QString &path,
                                        const QJsonObject &body)
{
    return raw(method, m_sandbox.apiUrl().toString() + QStringLiteral("/admin") + path,
               m_sandbox.adminToken(), body);
}

QJsonObject TestE2eRounds::serverCopy(const QString &appId)
{
    return admin("GET", QStringLiteral("/applications/") + appId).json;
}

QByteArray TestE2eRounds::candidateToken(const QString &login)
{
    const Raw r = raw("POST", m_sandbox.apiUrl().toString() + QStringLiteral("/sessions"), {},
                      { { QStringLiteral("login"), login },
                        { QStringLiteral("password"), zkgrad::SandboxLauncher::demoPassword() } });
    return r.json.value(u"token").toString().toLatin1();
}

QString TestE2eRounds::storedKey(const QString &needle)
{
    // The sandbox keeps every stored answer in its database; the newest one that contains
    // @p needle is the app's POST (the key itself is a UUID the app made up).
    const QString connection = QStringLiteral("rounds-peek");
    QString key;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_db);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT key, body FROM idempotency ORDER BY created_at"));
            while (q.next()) {
                if (QString::fromUtf8(q.value(1).toByteArray()).contains(needle))
                    key = q.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return key;
}

TestE2eRounds::Raw TestE2eRounds::retrySameKey(const QString &login, const QString &path,
                                               const QString &key)
{
    // A stale If-Match on purpose: the replay check comes before it, so a retry of a POST
    // that went through gets the stored answer, not a 412 (docs/api.md "Idempotency").
    const QByteArray token = candidateToken(login);
    const bool submit = path.endsWith(QLatin1String("/submit"));
    QList<QPair<QByteArray, QByteArray>> headers { { "Idempotency-Key", key.toLatin1() } };
    if (submit)
        headers.append(qMakePair(QByteArray("If-Match"), QByteArray("\"1\"")));
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(m_sandbox.apiUrl().toString() + path);
    request.setHeader("Authorization", "Bearer " + token);
    for (const auto &[name, value] : headers)
        request.setHeader(name, value);
    // The same body as the app's: "{}" for a submit, nothing for a payment.
    if (submit) {
        request.setHeader("Content-Type", "application/json");
        request.body = "{}";
    }
    return send(request);
}

TestE2eRounds::Raw TestE2eRounds::send(const HttpRequest &request)
{
    Raw out;
    bool done = false;
    m_http.send(request, this, [&](const HttpResponse &response) {
        out.status = response.status;
        out.json = QJsonDocument::fromJson(response.body).object();
        out.replayed = response.header("Idempotent-Replayed") == "true";
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, Hang))
        qWarning("call did not finish: %s", qPrintable(request.url.toString()));
    return out;
}

void TestE2eRounds::shoot(WizardController &wizard, int demoAccount, const QString &stepKey,
                          const QString &name)
{
    const QString outDir = qEnvironmentVariable("ZKGRAD_WALKTHROUGH_DIR");
    const QString app = qEnvironmentVariable("ZKGRAD_APP_EXE");
    if (outDir.isEmpty() || app.isEmpty())
        return;
    QVERIFY(wizard.saveNow());
    // The app gets a copy of this wizard's draft (as if the candidate came back to the same
    // computer) and its own demo server on this database (ZKGRAD_SANDBOX is a wrapper that
    // adds --db), and signs in as the same demo candidate.
    const QString data = m_dir.filePath(QStringLiteral("app-") + name);
    const QString drafts = m_dir.filePath(QStringLiteral("drafts-%1").arg(demoAccount));
    QDir().mkpath(data + QStringLiteral("/drafts"));
    QDirIterator it(drafts, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target =
            data + QStringLiteral("/drafts/") + QDir(drafts).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).path());
        QFile::remove(target);
        QFile::copy(file, target);
    }
    const QString wrapper = m_dir.filePath(QStringLiteral("sandbox-on-rounds-db.sh"));
    if (!QFile::exists(wrapper)) {
        QFile script(wrapper);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\nexec '%1' \"$@\" --db '%2'\n")
                         .arg(QStringLiteral(ZKGRAD_SANDBOX_EXE), m_db)
                         .toUtf8());
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZKGRAD_SANDBOX"), wrapper);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), data + QStringLiteral("/config"));
    if (env.contains(QStringLiteral("DISPLAY")))
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the real window on Xvfb
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString png = QDir(outDir).filePath(name + QStringLiteral(".png"));
    // The walkthrough's own options come last (e.g. "--language en --large-text"): the last
    // --language wins.
    process.start(
        app,
        QStringList { QStringLiteral("--language"), QStringLiteral("zh_CN"),
                      QStringLiteral("--data-dir"), data, QStringLiteral("--demo-account"),
                      QString::number(demoAccount), QStringLiteral("--step"), stepKey,
                      QStringLiteral("--screenshot"), png }
            + qEnvironmentVariable("ZKGRAD_WALKTHROUGH_ARGS").split(u' ', Qt::SkipEmptyParts));
    QVERIFY2(process.waitForFinished(90000), qPrintable(name));
    QVERIFY2(process.exitCode() == 0 && QFile::exists(png),
             qPrintable(name + QLatin1String(": ")
                        + QString::fromUtf8(process.readAllStandardOutput())));
    ++m_shots;
}

void TestE2eRounds::twoRejectionsThenApprovalPaymentAndCertificate()
{
    const QString login = QStringLiteral("500101199001010034"); // 赵本未: prior degree needed
    constexpr int demoAccount = 3;
    DraftStore store(m_dir.filePath(QStringLiteral("drafts-%1").arg(demoAccount)));
    WizardController wizard(&store);
    wizard.restore();
    ApplicationSession *session = wizard.session();
    CheckSubmitController *check = wizard.checkSubmit();
    ProgressController *progress = wizard.progress();
    session->setApiUrl(m_sandbox.apiUrl());

    // The fee is server data: the reviewers set it for this batch.
    QCOMPARE(
        admin("PATCH", QStringLiteral("/batch"), { { QStringLiteral("feeFen"), 6800 } }).status,
        200);

    wizard.signIn()->setLogin(login);
    wizard.signIn()->signIn(zkgrad::SandboxLauncher::demoPassword());
    QTRY_VERIFY_WITH_TIMEOUT(session->signedIn(), Hang);
    QTRY_VERIFY_WITH_TIMEOUT(!session->enrolledMajors().isEmpty(), Hang);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.profile()->errors().isEmpty(), Hang);
    QTRY_COMPARE_WITH_TIMEOUT(check->windowState(), CheckSubmitController::WindowOpen, Hang);

    // ---- A finished draft, through the steps as the candidate fills them.
    passNoticeAndProfile(wizard);
    QVERIFY(!QTest::currentTestFailed());
    NoticeController *notice = wizard.notice();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.step(Step::PriorDegree)->applicable(), Hang);
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::PriorDegree));

    PriorDegreeController *prior = wizard.priorDegree();
    QTRY_COMPARE_WITH_TIMEOUT(prior->idNumber(), login, Hang);
    prior->setSchool(QStringLiteral("重庆示例职业学院"));
    prior->setGraduationYear(2015);
    prior->setGraduationMonth(7);
    prior->setGraduationDay(1);
    prior->setDiplomaNumber(kDiplomaNumber);
    prior->diploma()->loadFile(writeDocumentJpeg(m_dir.filePath(QStringLiteral("diploma.jpg")),
                                                 QColor(250, 246, 232),
                                                 QStringLiteral("毕业证书")));
    prior->registrationRecord()->loadFile(
        writeDocumentJpeg(m_dir.filePath(QStringLiteral("record.jpg")), QColor(240, 246, 250),
                          QStringLiteral("教育部学历证书电子注册备案表")));
    QVERIFY2(uploaded(prior->diploma()), qPrintable(prior->diploma()->errorMessage()));
    QVERIFY2(uploaded(prior->registrationRecord()),
             qPrintable(prior->registrationRecord()->errorMessage()));
    QVERIFY2(prior->isComplete(), qPrintable(prior->problems().join(u'\n')));
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::Resume));

    addCurrentJob(wizard, 2015, 8, QStringLiteral("重庆示例商贸有限公司"), QStringLiteral("会计"),
                  QStringLiteral("陈经理"));
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::IdPhotos));
    loadIdPhotos(wizard, m_dir.path(), QColor(180, 180, 176));
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::SelfAssessment));
    writeSelfAssessment(wizard, 330);
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::Signature));
    makeSignature(wizard, m_dir.path());
    const ApiResult signed_ = zkgrad::e2e::uploadSignature(wizard);
    QVERIFY2(signed_.ok() && !signed_.queued, qPrintable(signed_.error.userMessage));
    ResumeController *resume = wizard.resume();
    IdPhotosController *photos = wizard.idPhotos();
    SelfAssessmentController *self = wizard.selfAssessment();
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::Materials));
    wizard.materials()->setNote(
        QStringLiteral("本人前置学历毕业证书原件已遗失，提供电子注册备案表。"));
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::CheckSubmit));

    QTRY_VERIFY_WITH_TIMEOUT(session->syncState() == ApplicationSession::Synced, Hang);
    session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session->application().value(u"missing").toArray().isEmpty(), Hang);
    QTRY_VERIFY2_WITH_TIMEOUT(check->canSubmit(), qPrintable(check->submitBlockedReason()), Hang);
    QVERIFY(
        group(check, QStringLiteral("prior-degree")).value(QStringLiteral("complete")).toBool());
    QVERIFY(!check->resubmission());
    const QString appId = session->applicationId();
    QCOMPARE(
        session->section(zkgrad::Workflow::Section::PriorDegree).value(u"diplomaNumber").toString(),
        kDiplomaNumber);

    // ---- Round 1: submit, and the same submit again with the same key.
    check->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!check->submitting(), Hang);
    QVERIFY2(check->submitError().isEmpty(), qPrintable(check->submitError()));
    QCOMPARE(session->application().value(u"state").toString(), QStringLiteral("submitted"));
    QCOMPARE(wizard.stage(), WizardController::Submitted);
    // Still on the check page, which now confirms the submission; the candidate moves on.
    QCOMPARE(wizard.currentIndex(), int(Step::CheckSubmit));
    const QString submitPath = QStringLiteral("/applications/%1/submit").arg(appId);
    QString key = storedKey(QStringLiteral("\"state\":\"submitted\""));
    QVERIFY(!key.isEmpty());
    Raw again = retrySameKey(login, submitPath, key);
    QCOMPARE(again.status, 200);
    QVERIFY(again.replayed);
    QJsonObject server = serverCopy(appId);
    QCOMPARE(server.value(u"state").toString(), QStringLiteral("submitted"));
    QCOMPARE(server.value(u"round").toInt(), 1);
    QCOMPARE(submissions(server), 1);
    // What the app shows: under review since today, nothing else started, every step read-only.
    QCOMPARE(stageStatus(progress, QStringLiteral("school-review")), QStringLiteral("in-progress"));
    QCOMPARE(
        stage(progress->stages(), QStringLiteral("school-review")).value(QStringLiteral("date")),
        QVariant(beijingToday()));
    QCOMPARE(stageStatus(progress, QStringLiteral("payment")), QStringLiteral("not-started"));
    QCOMPARE(progress->stateText(), ReviewTexts::stateText(zkgrad::Workflow::State::Submitted));
    QVERIFY(progress->polling());
    QVERIFY(!progress->rejected());
    QVERIFY(progress->refreshText().contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d"))));
    QVERIFY(!notice->isEditable());
    QVERIFY(!prior->isEditable());
    QVERIFY(!resume->isEditable());
    QVERIFY(!photos->isEditable());
    QVERIFY(!self->isEditable());
    QVERIFY(!check->isEditable());
    QVERIFY(!wizard.step(Step::Payment)->applicable());
    shoot(wizard, demoAccount, QStringLiteral("progress"), QStringLiteral("01-progress-submitted"));

    // ---- The school rejects a material: the back of the ID card.
    const QString materialReason =
        QStringLiteral("身份证国徽面照片过暗，有效期限无法辨认，请重新拍摄上传");
    QCOMPARE(admin("POST", QStringLiteral("/applications/%1/school-reject").arg(appId),
                   { { QStringLiteral("category"), QStringLiteral("material") },
                     { QStringLiteral("reason"), materialReason },
                     { QStringLiteral("sections"), QJsonArray { QStringLiteral("id-card") } } })
                 .status,
             200);
    progress->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(progress->state(), QStringLiteral("rejected"), Hang);
    QVERIFY(!progress->announcement().isEmpty());
    QVERIFY(progress->rejected());
    QCOMPARE(progress->rejectionReason(), materialReason);
    QCOMPARE(progress->fixStep(), int(Step::IdPhotos));
    QVERIFY(progress->fixLabel().contains(wizard.step(Step::IdPhotos)->title()));
    QCOMPARE(stageStatus(progress, QStringLiteral("school-review")), QStringLiteral("rejected"));
    QCOMPARE(
        stage(progress->stages(), QStringLiteral("school-review")).value(QStringLiteral("date")),
        QVariant(beijingToday()));
    QVERIFY(!progress->polling()); // nobody else moves it on now
    QVERIFY(!progress->isComplete());
    QCOMPARE(check->affectedSteps(), QStringList { QStringLiteral("id-photos") });
    QCOMPARE(check->rejectionFor(QStringLiteral("id-photos")), materialReason);
    QVERIFY(check->rejectionFor(QStringLiteral("prior-degree")).isEmpty());
    QVERIFY(
        group(check, QStringLiteral("id-photos")).value(QStringLiteral("needsChanges")).toBool());
    QVERIFY(!group(check, QStringLiteral("prior-degree"))
                 .value(QStringLiteral("needsChanges"))
                 .toBool());
    // The step list says it too, on every page.
    QCOMPARE(wizard.step(Step::IdPhotos)->status(), Step::NeedsChanges);
    QVERIFY(!wizard.step(Step::PriorDegree)->needsChanges());
    QVERIFY(photos->isEditable());
    QVERIFY(!prior->isEditable());
    QVERIFY(!resume->isEditable());
    QVERIFY(!self->isEditable());
    QVERIFY(!notice->isEditable());
    QVERIFY(check->resubmission());
    server = serverCopy(appId);
    QCOMPARE(server.value(u"rejection").toObject().value(u"reason").toString(), materialReason);
    const QJsonArray editableNow = server.value(u"editableSections").toArray();
    QVERIFY(editableNow.contains(QStringLiteral("id-card")));
    QVERIFY(!editableNow.contains(QStringLiteral("prior-degree")));
    QVERIFY(!editableNow.contains(QStringLiteral("resume")));
    shoot(wizard, demoAccount, QStringLiteral("progress"),
          QStringLiteral("02-progress-rejected-material"));

    // The reason's link leads to the ID photos; the candidate takes a new photo of the back.
    QVERIFY(progress->openFix());
    QCOMPARE(wizard.currentIndex(), int(Step::IdPhotos));
    const QString backBefore =
        session->attachment(QStringLiteral("id-back")).value(u"sha256").toString();
    photos->back()->loadFile(writeDocumentJpeg(m_dir.filePath(QStringLiteral("back2.jpg")),
                                               QColor(250, 250, 250),
                                               QStringLiteral("国徽面（重拍）")));
    QTRY_VERIFY_WITH_TIMEOUT(photos->back()->sourceName() == QLatin1String("back2.jpg")
                                 && !photos->back()->processing(),
                             Hang);
    QVERIFY2(uploaded(photos->back()), qPrintable(photos->back()->errorMessage()));
    const QString backAfter =
        session->attachment(QStringLiteral("id-back")).value(u"sha256").toString();
    QVERIFY(backAfter != backBefore);
    QCOMPARE(backAfter, photos->back()->sha256());
    QVERIFY(check->changedSinceSubmission(QStringLiteral("id-photos")));
    QVERIFY(!check->changedSinceSubmission(QStringLiteral("prior-degree")));
    QVERIFY(!check->changedSinceSubmission(QStringLiteral("resume")));
    QVERIFY(group(check, QStringLiteral("id-photos")).value(QStringLiteral("changed")).toBool());
    // Only what the school sent back can change: the resume stays refused by the server too.
    QVERIFY(wizard.goTo(Step::CheckSubmit));
    shoot(wizard, demoAccount, QStringLiteral("check-submit"),
          QStringLiteral("03-check-after-material-rejection"));

    // ---- Round 2: resubmit, plus the same request again.
    QTRY_VERIFY2_WITH_TIMEOUT(check->canSubmit(), qPrintable(check->submitBlockedReason()), Hang);
    check->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!check->submitting(), Hang);
    QVERIFY2(check->submitError().isEmpty(), qPrintable(check->submitError()));
    QCOMPARE(session->application().value(u"state").toString(), QStringLiteral("resubmitted"));
    key = storedKey(QStringLiteral("\"state\":\"resubmitted\""));
    QVERIFY(!key.isEmpty());
    again = retrySameKey(login, submitPath, key);
    QCOMPARE(again.status, 200);
    QVERIFY(again.replayed);
    server = serverCopy(appId);
    QCOMPARE(server.value(u"round").toInt(), 2);
    QCOMPARE(submissions(server), 2);
    QCOMPARE(stageStatus(progress, QStringLiteral("school-review")), QStringLiteral("in-progress"));
    QCOMPARE(progress->stateText(), ReviewTexts::stateText(zkgrad::Workflow::State::Resubmitted));
    QVERIFY(!progress->rejected());
    QVERIFY(check->affectedSteps().isEmpty());
    QVERIFY(!photos->isEditable());
    QVERIFY(!check->changedSinceSubmission(QStringLiteral("id-photos")));

    // ---- The school rejects the prior degree.
    const QString priorReason =
        QStringLiteral("毕业证书编号与学信网电子注册备案表不一致，请核对后重新填写");
    QCOMPARE(admin("POST", QStringLiteral("/applications/%1/school-reject").arg(appId),
                   { { QStringLiteral("category"), QStringLiteral("prior-degree") },
                     { QStringLiteral("reason"), priorReason } })
                 .status,
             200);
    progress->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(progress->state(), QStringLiteral("rejected"), Hang);
    QCOMPARE(progress->rejectionReason(), priorReason);
    QCOMPARE(progress->fixStep(), int(Step::PriorDegree));
    QVERIFY(progress->fixLabel().contains(wizard.step(Step::PriorDegree)->title()));
    QVERIFY(!progress->rejectionAdvice().isEmpty());
    QCOMPARE(check->affectedSteps(), QStringList { QStringLiteral("prior-degree") });
    QCOMPARE(check->rejectionFor(QStringLiteral("prior-degree")), priorReason);
    QVERIFY(check->rejectionFor(QStringLiteral("id-photos")).isEmpty());
    QVERIFY(group(check, QStringLiteral("prior-degree"))
                .value(QStringLiteral("needsChanges"))
                .toBool());
    QVERIFY(
        !group(check, QStringLiteral("id-photos")).value(QStringLiteral("needsChanges")).toBool());
    QCOMPARE(wizard.step(Step::PriorDegree)->status(), Step::NeedsChanges);
    QVERIFY(!wizard.step(Step::IdPhotos)->needsChanges());
    QVERIFY(prior->isEditable());
    QVERIFY(!photos->isEditable());
    QVERIFY(!resume->isEditable());
    QVERIFY(!notice->isEditable());
    server = serverCopy(appId);
    QCOMPARE(server.value(u"rejection").toObject().value(u"category").toString(),
             QStringLiteral("prior-degree"));
    QCOMPARE(server.value(u"rejection").toObject().value(u"round").toInt(), 2);
    shoot(wizard, demoAccount, QStringLiteral("progress"),
          QStringLiteral("04-progress-rejected-prior-degree"));

    QVERIFY(progress->openFix());
    QCOMPARE(wizard.currentIndex(), int(Step::PriorDegree));
    shoot(wizard, demoAccount, QStringLiteral("prior-degree"),
          QStringLiteral("05-prior-degree-rejected"));
    prior->setDiplomaNumber(kFixedDiplomaNumber);
    QVERIFY2(prior->isComplete(), qPrintable(prior->problems().join(u'\n')));
    QVERIFY(check->changedSinceSubmission(QStringLiteral("prior-degree")));
    QVERIFY(!check->changedSinceSubmission(QStringLiteral("id-photos")));
    // Leaving the step writes the section.
    QVERIFY(wizard.goTo(Step::CheckSubmit));
    QTRY_COMPARE_WITH_TIMEOUT(
        session->section(zkgrad::Workflow::Section::PriorDegree).value(u"diplomaNumber").toString(),
        kFixedDiplomaNumber, Hang);
    QTRY_VERIFY_WITH_TIMEOUT(session->syncState() == ApplicationSession::Synced, Hang);
    QVERIFY(group(check, QStringLiteral("prior-degree")).value(QStringLiteral("changed")).toBool());
    QVERIFY(!group(check, QStringLiteral("id-photos")).value(QStringLiteral("changed")).toBool());
    shoot(wizard, demoAccount, QStringLiteral("check-submit"),
          QStringLiteral("06-check-after-prior-degree-rejection"));

    // ---- Round 3.
    QTRY_VERIFY2_WITH_TIMEOUT(check->canSubmit(), qPrintable(check->submitBlockedReason()), Hang);
    check->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!check->submitting(), Hang);
    QVERIFY2(check->submitError().isEmpty(), qPrintable(check->submitError()));
    server = serverCopy(appId);
    QCOMPARE(server.value(u"state").toString(), QStringLiteral("resubmitted"));
    QCOMPARE(server.value(u"round").toInt(), 3);
    QCOMPARE(submissions(server), 3);
    QCOMPARE(server.value(u"sections")
                 .toObject()
                 .value(u"priorDegree")
                 .toObject()
                 .value(u"diplomaNumber")
                 .toString(),
             kFixedDiplomaNumber);
    QVERIFY(!prior->isEditable());

    // ---- The school approves: the payment opens with the server's fee.
    QCOMPARE(admin("POST", QStringLiteral("/applications/%1/school-approve").arg(appId)).status,
             200);
    progress->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(progress->state(), QStringLiteral("school-approved"), Hang);
    QVERIFY(progress->isComplete());
    QVERIFY(!progress->rejected());
    for (const Step *step : wizard.steps())
        QVERIFY2(!step->needsChanges(), qPrintable(step->key()));
    QCOMPARE(stageStatus(progress, QStringLiteral("school-review")), QStringLiteral("passed"));
    QCOMPARE(stageStatus(progress, QStringLiteral("payment")), QStringLiteral("pending"));
    QCOMPARE(wizard.stage(), WizardController::SchoolApproved);
    QVERIFY(wizard.step(Step::Payment)->applicable());
    QVERIFY(!wizard.step(Step::Certificate)->applicable());
    for (StepController *c : std::initializer_list<StepController *> { prior, photos, self })
        QVERIFY(!c->property("editable").toBool());

    PaymentController *payment = wizard.payment();
    payment->setPollInterval(100);
    QCOMPARE(payment->payState(), PaymentController::Ready);
    QCOMPARE(payment->amountText(), QStringLiteral("¥68.00"));
    payment->pay();
    QTRY_COMPARE_WITH_TIMEOUT(payment->payState(), PaymentController::Waiting, Hang);
    const QString orderId = payment->orderId();
    QVERIFY(!orderId.isEmpty());
    QVERIFY(payment->qrText().contains(orderId));
    QCOMPARE(payment->amountText(), QStringLiteral("¥68.00"));
    // The same payment request again (same key), and another tap (a new key): one order.
    const QString payPath = QStringLiteral("/applications/%1/payments").arg(appId);
    key = storedKey(orderId);
    QVERIFY(!key.isEmpty());
    again = retrySameKey(login, payPath, key);
    QVERIFY2(again.status == 201 || again.status == 200, qPrintable(QString::number(again.status)));
    QVERIFY(again.replayed);
    QCOMPARE(again.json.value(u"id").toString(), orderId);
    const ApiResult tap =
        zkgrad::e2e::waitForApi([&](auto done) { session->api()->createPayment(appId, done); });
    QVERIFY2(tap.ok(), qPrintable(tap.error.userMessage));
    QCOMPARE(tap.json.value(u"id").toString(), orderId);
    QCOMPARE(tap.json.value(u"amountFen").toInt(), 6800);
    wizard.goTo(Step::Payment);
    shoot(wizard, demoAccount, QStringLiteral("payment"), QStringLiteral("07-payment-qr"));

    const Raw settled =
        raw("POST", m_sandbox.baseUrl().toString() + QStringLiteral("/sandbox/pay/") + orderId, {});
    QVERIFY2(settled.status >= 200 && settled.status < 400,
             qPrintable(QString::number(settled.status)));
    QTRY_COMPARE_WITH_TIMEOUT(payment->payState(), PaymentController::Paid, Hang);
    QVERIFY(!payment->polling());
    QVERIFY(payment->nextNote().contains(QStringLiteral("市自考办")));
    QTRY_COMPARE_WITH_TIMEOUT(progress->state(), QStringLiteral("city-review"), Hang);
    QCOMPARE(stageStatus(progress, QStringLiteral("payment")), QStringLiteral("paid"));
    QCOMPARE(stageStatus(progress, QStringLiteral("city-review")), QStringLiteral("in-progress"));
    QCOMPARE(progress->stateText(), ReviewTexts::stateText(zkgrad::Workflow::State::CityReview));
    shoot(wizard, demoAccount, QStringLiteral("progress"), QStringLiteral("08-progress-paid"));

    // ---- The city approves: the certificate date.
    QCOMPARE(admin("POST", QStringLiteral("/applications/%1/city-approve").arg(appId),
                   { { QStringLiteral("approvalDate"), QStringLiteral("2026-09-18") } })
                 .status,
             200);
    progress->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(progress->state(), QStringLiteral("approved"), Hang);
    QCOMPARE(stageStatus(progress, QStringLiteral("city-review")), QStringLiteral("passed"));
    QVERIFY(!progress->polling());
    QCOMPARE(wizard.stage(), WizardController::CityApproved);
    QVERIFY(wizard.step(Step::Certificate)->applicable());
    CertificateController *certificate = wizard.certificate();
    QVERIFY(certificate->approved());
    QCOMPARE(certificate->approvalDate(), QDate(2026, 9, 18));
    QCOMPARE(certificate->collectionDate(), QDate(2026, 11, 5));
    QVERIFY(!certificate->estimate());
    QVERIFY(certificate->collectionPlace().contains(QStringLiteral("渝州演示学院")));
    QVERIFY(certificate->isComplete());

    // What the server ends with: three submissions, one order, paid.
    server = serverCopy(appId);
    QCOMPARE(server.value(u"state").toString(), QStringLiteral("approved"));
    QCOMPARE(submissions(server), 3);
    QCOMPARE(server.value(u"approvalDate").toString(), QStringLiteral("2026-09-18"));
    const ApiResult orders =
        zkgrad::e2e::waitForApi([&](auto done) { session->api()->payments(appId, done); });
    const QJsonArray items = orders.json.value(u"items").toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(u"status").toString(), QStringLiteral("paid"));
    QCOMPARE(items.at(0).toObject().value(u"amountFen").toInt(), 6800);
    wizard.goTo(Step::Certificate);
    shoot(wizard, demoAccount, QStringLiteral("certificate"), QStringLiteral("09-certificate"));
}

void TestE2eRounds::outageThenCityFailsAndTheRefundIsNoted()
{
    const QString login = QStringLiteral("500101199001010018"); // 王专科: 专科
    constexpr int demoAccount = 1;
    // The batch's usual fee (the first run changed it).
    QCOMPARE(
        admin("PATCH", QStringLiteral("/batch"), { { QStringLiteral("feeFen"), 5000 } }).status,
        200);
    DraftStore store(m_dir.filePath(QStringLiteral("drafts-%1").arg(demoAccount)));
    WizardController wizard(&store);
    wizard.restore();
    ApplicationSession *session = wizard.session();
    ProgressController *progress = wizard.progress();
    session->setApiUrl(m_sandbox.apiUrl());
    wizard.signIn()->setLogin(login);
    wizard.signIn()->signIn(zkgrad::SandboxLauncher::demoPassword());
    QTRY_VERIFY_WITH_TIMEOUT(session->signedIn(), Hang);
    QTRY_VERIFY_WITH_TIMEOUT(!session->enrolledMajors().isEmpty(), Hang);

    // The entry steps are covered above: here the API fills them quickly.
    session->createApplication(QStringLiteral("C080101"), QStringLiteral("S01"));
    QTRY_VERIFY_WITH_TIMEOUT(session->hasApplication(), Hang);
    const QString appId = session->applicationId();
    zkgrad::e2e::fillThroughApi(session);
    QVERIFY(!QTest::currentTestFailed());
    ApiResult r = zkgrad::e2e::waitForApi([&](auto done) { session->submit(done); });
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage));
    QCOMPARE(admin("POST", QStringLiteral("/applications/%1/school-approve").arg(appId)).status,
             200);
    progress->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(progress->state(), QStringLiteral("school-approved"), Hang);
    QVERIFY(!progress->refreshFailed());
    QVERIFY(progress->refreshText().contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d"))));

    PaymentController *payment = wizard.payment();
    payment->setPollInterval(200);
    QCOMPARE(payment->amountText(), QStringLiteral("¥50.00"));
    payment->pay();
    QTRY_COMPARE_WITH_TIMEOUT(payment->payState(), PaymentController::Waiting, Hang);
    const QString orderId = payment->orderId();
    const QString waitingText = payment->stateText();
    QVERIFY(!payment->checkFailed());

    // ---- The network goes down while the app waits for the payment.
    m_sandbox.stop();
    QTRY_VERIFY_WITH_TIMEOUT(payment->checkFailed(), Hang);
    QCOMPARE(payment->payState(), PaymentController::Waiting); // still the same order
    QVERIFY(payment->stateText() != waitingText);
    QVERIFY(!payment->checkProblem().isEmpty());
    QCOMPARE(payment->orderId(), orderId);
    QVERIFY(!payment->canPay());
    const QString updated = progress->refreshText();
    const QRegularExpressionMatch time =
        QRegularExpression(QStringLiteral("\\d\\d:\\d\\d")).match(updated);
    QVERIFY(time.hasMatch());
    progress->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(progress->refreshFailed(), Hang);
    QVERIFY2(progress->refreshText().contains(time.captured()),
             qPrintable(progress->refreshText()));
    QVERIFY(progress->refreshText() != updated);
    QVERIFY(progress->polling()); // retried by itself
    QCOMPARE(progress->state(), QStringLiteral("school-approved")); // the last known state stays

    // ---- Back: the same server (same port, same database, the token still valid).
    QVERIFY2(restartSandbox(), qPrintable(m_sandbox.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!payment->checkFailed(), Hang);
    QCOMPARE(payment->stateText(), waitingText);
    progress->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!progress->refreshFailed(), Hang);

    const Raw settled =
        raw("POST", m_sandbox.baseUrl().toString() + QStringLiteral("/sandbox/pay/") + orderId, {});
    QVERIFY(settled.status >= 200 && settled.status < 400);
    QTRY_COMPARE_WITH_TIMEOUT(payment->payState(), PaymentController::Paid, Hang);
    QTRY_COMPARE_WITH_TIMEOUT(progress->state(), QStringLiteral("city-review"), Hang);

    // ---- The city fails the application: the fee is refunded after this round.
    QCOMPARE(admin("POST", QStringLiteral("/applications/%1/city-fail").arg(appId),
                   { { QStringLiteral("reason"), QStringLiteral("课程成绩核对不一致") } })
                 .status,
             200);
    progress->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(progress->state(), QStringLiteral("failed"), Hang);
    QCOMPARE(stageStatus(progress, QStringLiteral("city-review")), QStringLiteral("failed"));
    QCOMPARE(stageStatus(progress, QStringLiteral("payment")), QStringLiteral("refunded"));
    QCOMPARE(payment->payState(), PaymentController::Refunded);
    const QJsonObject server = serverCopy(appId);
    const QString refundNote = server.value(u"refund").toObject().value(u"note").toString();
    QVERIFY(!refundNote.isEmpty());
    QVERIFY2(payment->nextNote().contains(refundNote), qPrintable(payment->nextNote()));
    // The progress page says why and what happens to the fee.
    QVERIFY2(progress->failureText().contains(QStringLiteral("课程成绩核对不一致")),
             qPrintable(progress->failureText()));
    QVERIFY(progress->failureText().contains(refundNote));
    QVERIFY(progress->failureText().contains(QStringLiteral("¥50.00")));
    QVERIFY2(payment->nextNote().contains(QStringLiteral("退")), qPrintable(payment->nextNote()));
    QVERIFY(!payment->checkFailed());
    QVERIFY(!wizard.certificate()->approved());
    QVERIFY(!wizard.step(Step::Certificate)->applicable());
    const ApiResult orders =
        zkgrad::e2e::waitForApi([&](auto done) { session->api()->payments(appId, done); });
    QCOMPARE(orders.json.value(u"items").toArray().size(), 1);
    QCOMPARE(orders.json.value(u"items").toArray().at(0).toObject().value(u"status").toString(),
             QStringLiteral("refunded"));

    // The app started again later (another computer, no draft): it still shows the failed
    // application with the refund note rather than nothing.
    {
        WizardController later(nullptr);
        later.session()->setApiUrl(m_sandbox.apiUrl());
        later.signIn()->setLogin(login);
        later.signIn()->signIn(zkgrad::SandboxLauncher::demoPassword());
        QTRY_COMPARE_WITH_TIMEOUT(later.progress()->state(), QStringLiteral("failed"), Hang);
        QCOMPARE(later.payment()->payState(), PaymentController::Refunded);
        QVERIFY(later.payment()->nextNote().contains(refundNote));
        QCOMPARE(later.session()->applicationId(), appId);
    }

    wizard.goTo(Step::Payment);
    shoot(wizard, demoAccount, QStringLiteral("payment"), QStringLiteral("10-payment-refund"));
    shoot(wizard, demoAccount, QStringLiteral("progress"),
          QStringLiteral("11-progress-city-failed"));
}

QTEST_MAIN(TestE2eRounds)

#include "tst_e2e_rounds.moc"
