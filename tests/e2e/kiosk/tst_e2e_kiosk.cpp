// Kiosk mode end to end against the real zkgrad-sandbox, as school staff would see it: candidate
// A signs in, has photos fitted, fills every step and submits; the kiosk wipes; candidate B signs
// in on the same wizard, sees nothing of A, enters something and finishes. After each wipe no
// file under a fresh HOME, XDG_* and TMPDIR holds the ID number, the name (UTF-8 or UTF-16) or any
// sampled 32-byte window of the uploaded images. The sandbox and the source photos live outside
// the scanned folders (they are the server and the candidate's own phone).
#include "draftstore.h"
#include "e2eapi.h"
#include "e2ewizard.h"
#include "kiosk/kioskcontroller.h"
#include "kioskconfig.h"
#include "photos/photoslot.h"
#include "sandboxlauncher.h"
#include "session/applicationsession.h"
#include "session/credentialstore.h"
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

#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QTest>
#include <QWindow>

#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

using namespace zkgrad::net;
using zkgrad::e2e::addCurrentJob;
using zkgrad::e2e::makeSignature;
using zkgrad::e2e::passNoticeAndProfile;
using zkgrad::e2e::signIn;
using zkgrad::e2e::uploaded;
using zkgrad::e2e::writeDocumentJpeg;
using zkgrad::e2e::writeSelfAssessment;

namespace {
constexpr int Hang = zkgrad::e2e::HangMs;

/** The folders of one run: "scan" is what a kiosk user account could leave things in. */
struct Folders
{
    QString root;
    QString scan;
    QString outside;
    QString scanTmp;
    QString outsideTmp;
};
Folders g_folders;

bool makePrivateDir(const QString &path)
{
    return ::mkdir(QFile::encodeName(path).constData(), 0700) == 0;
}

/** Before QGuiApplication exists: every place an app may write points into fresh folders. */
bool prepareFolders()
{
    QByteArray base = qgetenv("TMPDIR");
    if (base.isEmpty())
        base = "/tmp";
    QByteArray pattern = base + "/zkgrad-e2e-kiosk-XXXXXX";
    if (!::mkdtemp(pattern.data()))
        return false;
    g_folders.root = QFile::decodeName(pattern);
    g_folders.scan = g_folders.root + QStringLiteral("/scan");
    g_folders.outside = g_folders.root + QStringLiteral("/outside");
    g_folders.scanTmp = g_folders.scan + QStringLiteral("/tmp");
    g_folders.outsideTmp = g_folders.outside + QStringLiteral("/tmp");
    bool ok = makePrivateDir(g_folders.scan) && makePrivateDir(g_folders.outside)
        && makePrivateDir(g_folders.outsideTmp);
    const QList<QPair<const char *, const char *>> vars {
        { "HOME", "home" },
        { "XDG_CONFIG_HOME", "config" },
        { "XDG_DATA_HOME", "data" },
        { "XDG_CACHE_HOME", "cache" },
        { "XDG_STATE_HOME", "state" },
        { "XDG_RUNTIME_DIR", "runtime" },
        { "TMPDIR", "tmp" },
    };
    for (const auto &[var, dir] : vars) {
        const QString path = g_folders.scan + u'/' + QLatin1String(dir);
        ok = ok && makePrivateDir(path);
        qputenv(var, QFile::encodeName(path));
    }
    return ok;
}

/** What must not be on disk: labelled byte strings. */
struct Needle
{
    QString what;
    QByteArray bytes;
};

void addText(QList<Needle> &needles, const QString &what, const QString &text)
{
    needles.append({ what + QStringLiteral(" (UTF-8)"), text.toUtf8() });
    QByteArray le;
    QByteArray be;
    for (QChar c : text) {
        le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    needles.append({ what + QStringLiteral(" (UTF-16LE)"), le });
    needles.append({ what + QStringLiteral(" (UTF-16BE)"), be });
}

void addImage(QList<Needle> &needles, const QString &what, const QByteArray &jpeg)
{
    for (qsizetype at = 0; at + 32 <= jpeg.size(); at += 512)
        needles.append({ QStringLiteral("%1 bytes at %2").arg(what).arg(at), jpeg.mid(at, 32) });
}

/** Every file under @p dir that holds a needle, as "path: what". */
QStringList leaks(const QString &dir, const QList<Needle> &needles)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << path + QStringLiteral(": unreadable");
            continue;
        }
        const QByteArray data = file.readAll();
        for (const Needle &needle : needles) {
            if (data.contains(needle.bytes)) {
                found << path + QStringLiteral(": ") + needle.what;
                break;
            }
        }
    }
    return found;
}
} // namespace

/** Two candidates on one kiosk; nothing of either left on disk after the wipes. */
class TestE2eKiosk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoCandidatesLeaveNothingBehind();
    void cleanupTestCase();

private:
    QJsonObject emptySteps();

    zkgrad::SandboxLauncher m_sandbox;
};

void TestE2eKiosk::initTestCase()
{
    QVERIFY2(!g_folders.root.isEmpty(), "the scanned folders could not be made");
    QCOMPARE(QDir::tempPath(), g_folders.scanTmp);
    zkgrad::Translations::install(QStringLiteral("zh_CN"));
    // The server keeps its database and log outside the scanned folders: it is not the kiosk.
    qputenv("TMPDIR", QFile::encodeName(g_folders.outsideTmp));
    m_sandbox.setExecutable(QStringLiteral(ZKGRAD_SANDBOX_EXE));
    const bool started = m_sandbox.startAndWait();
    qputenv("TMPDIR", QFile::encodeName(g_folders.scanTmp));
    QVERIFY2(started, qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.logFile().startsWith(g_folders.outsideTmp));
}

void TestE2eKiosk::cleanupTestCase()
{
    m_sandbox.stop();
}

QJsonObject TestE2eKiosk::emptySteps()
{
    // What every step holds in a wizard nobody has used.
    WizardController fresh(nullptr);
    QJsonObject out;
    for (const Step *step : fresh.steps()) {
        if (step->controller())
            out.insert(step->key(), step->controller()->toJson());
    }
    return out;
}

void TestE2eKiosk::twoCandidatesLeaveNothingBehind()
{
    const auto accounts = zkgrad::SandboxLauncher::demoAccounts();
    const zkgrad::SandboxDemoAccount a = accounts.at(0); // 王专科, 专科
    const zkgrad::SandboxDemoAccount b = accounts.at(1); // 李本通, 本科, prior degree passed

    // The kiosk as main() builds it: memory-only draft, files in the kiosk's folder, no keychain.
    KioskConfig config;
    config.enabled = true;
    config.staffPinHash = KioskPin::hash(QStringLiteral("2468"), 1000);
    KioskController kiosk(config);
    const QString files = kiosk.filesDirectory();
    QVERIFY(files.startsWith(g_folders.scanTmp + u'/'));
    DraftStore store(QString(), DraftStore::Mode::MemoryOnly);
    WizardController wizard(&store, nullptr, files);
    kiosk.setWizard(&wizard);
    wizard.restore();
    CredentialStore credentials;
    credentials.setEnabled(false);
    ApplicationSession *session = wizard.session();
    session->setCredentialStore(&credentials);
    session->setRequiresSignIn(true);
    session->setApiUrl(m_sandbox.apiUrl());
    kiosk.start();
    QVERIFY(!session->keychainAvailable());

    // ---- Candidate A: everything, up to the submission.
    signIn(wizard, a);
    passNoticeAndProfile(wizard);
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::Resume));
    addCurrentJob(wizard, 2008, 9, QStringLiteral("重庆甲乙丙科技有限公司"), QStringLiteral("职员"),
                  QStringLiteral("欧阳证明"));
    QVERIFY(!QTest::currentTestFailed());
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::IdPhotos));

    IdPhotosController *photos = wizard.idPhotos();
    photos->front()->loadFile(writeDocumentJpeg(g_folders.outside + QStringLiteral("/front.jpg"),
                                                QColor(246, 244, 236), QStringLiteral("人像面")));
    photos->back()->loadFile(writeDocumentJpeg(g_folders.outside + QStringLiteral("/back.jpg"),
                                               QColor(236, 244, 246), QStringLiteral("国徽面")));
    QVERIFY2(uploaded(photos->front()), qPrintable(photos->front()->errorMessage()));
    QVERIFY2(uploaded(photos->back()), qPrintable(photos->back()->errorMessage()));
    // A kiosk keeps fitted photos in memory only: not a file of them, even before a wipe.
    QVERIFY(photos->front()->filePath().isEmpty());
    QVERIFY(photos->front()->previewUrl().scheme() == QLatin1String("image"));
    const QByteArray frontJpeg = photos->front()->jpeg();
    const QByteArray backJpeg = photos->back()->jpeg();
    QVERIFY2(leaks(g_folders.scan,
                   { { QStringLiteral("front photo"), frontJpeg.left(4096) },
                     { QStringLiteral("back photo"), backJpeg.left(4096) } })
                 .isEmpty(),
             "a fitted photo was written to disk");
    QVERIFY(frontJpeg.size() > 4096 && backJpeg.size() > 4096);
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::SelfAssessment));

    writeSelfAssessment(wizard);
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::Signature));

    makeSignature(wizard, g_folders.outside);
    SignatureController *signature = wizard.signature();
    // A kiosk keeps the signature in memory: no file of it exists to survive a crash.
    QVERIFY(signature->outputPath().isEmpty());
    const QByteArray signatureJpeg = signature->savedJpeg();
    QVERIFY(signatureJpeg.size() > 1024);
    bool signatureDone = false;
    session->uploadAttachment(QStringLiteral("signature"), signatureJpeg,
                              [&](const ApiResult &r) { signatureDone = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(signatureDone, Hang);
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::Materials));
    wizard.materials()->setNote(QStringLiteral("本人工作单位于2020年更名。"));
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::CheckSubmit));

    CheckSubmitController *check = wizard.checkSubmit();
    QTRY_VERIFY_WITH_TIMEOUT(session->syncState() == ApplicationSession::Synced, Hang);
    session->refresh();
    QTRY_VERIFY2_WITH_TIMEOUT(check->canSubmit(), qPrintable(check->submitBlockedReason()), Hang);
    check->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!check->submitting(), Hang);
    QVERIFY2(check->submitted(), qPrintable(check->submitError()));
    QCOMPARE(wizard.stage(), WizardController::Submitted);

    // The candidate copied their ID number in the kiosk's (active) window.
    QWindow window;
    window.show();
    window.requestActivate();
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::applicationState() == Qt::ApplicationActive, Hang);
    QGuiApplication::clipboard()->setText(a.idNumber);

    QList<Needle> needlesA;
    needlesA.append({ QStringLiteral("A's ID number"), a.idNumber.toUtf8() });
    addText(needlesA, QStringLiteral("A's name"), a.name);
    addImage(needlesA, QStringLiteral("A's ID front"), frontJpeg);
    addImage(needlesA, QStringLiteral("A's ID back"), backJpeg);
    addImage(needlesA, QStringLiteral("A's signature"), signatureJpeg);
    // Nothing of A is a file before the wipe either (photos and signature stay in memory); so
    // that a clean scan means something, it must find a planted copy of A's signature.
    QVERIFY2(leaks(g_folders.scan, needlesA).isEmpty(),
             qPrintable(leaks(g_folders.scan, needlesA).join(u'\n')));
    {
        const QString planted = g_folders.scan + QStringLiteral("/planted.bin");
        QFile file(planted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(signatureJpeg);
        file.close();
        QVERIFY(!leaks(g_folders.scan, needlesA).isEmpty());
        QVERIFY(QFile::remove(planted));
    }

    // ---- "Finish and clear".
    kiosk.finishAndClear();
    QVERIFY(!session->signedIn());
    QVERIFY(!session->hasApplication());
    QVERIFY(session->candidateName().isEmpty());
    QVERIFY(session->api()->outbox()->isEmpty());
    QCOMPARE(wizard.currentIndex(), int(Step::SignIn));
    QCOMPARE(wizard.stage(), WizardController::NotSubmitted);
    QVERIFY(!photos->front()->hasImage() && !photos->back()->hasImage());
    QVERIFY(!signature->isComplete());
    QVERIFY(store.lastSaved().isEmpty());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(QDir(files).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    const QJsonObject empty = emptySteps();
    for (const Step *step : wizard.steps()) {
        if (step->controller())
            QVERIFY2(step->controller()->toJson() == empty.value(step->key()).toObject(),
                     qPrintable(step->key()));
    }
    // Late answers for A (the sign-out, anything in flight) change nothing.
    QTest::qWait(500);
    QVERIFY(!session->hasApplication());
    QVERIFY(wizard.resume()->toJson() == empty.value(QStringLiteral("resume")).toObject());
    const QStringList afterA = leaks(g_folders.scan, needlesA);
    QVERIFY2(afterA.isEmpty(), qPrintable(afterA.join(u'\n')));

    // ---- Candidate B on the same kiosk sees nothing of A.
    signIn(wizard, b);
    QCOMPARE(session->candidateName(), b.name);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentIndex(), int(Step::Notice), Hang);
    QVERIFY(!wizard.notice()->isComplete());
    passNoticeAndProfile(wizard);
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::Resume));
    QCOMPARE(wizard.resume()->entries()->rowCount(), 0);
    QVERIFY(wizard.selfAssessment()->text().isEmpty());
    QVERIFY(!photos->front()->hasImage());
    QVERIFY(!wizard.signature()->isComplete());
    QVERIFY(wizard.materials()->toJson() == empty.value(QStringLiteral("materials")).toObject());
    QVERIFY(!check->submitted());
    // B enters a little and has one photo fitted, then walks away; the kiosk clears.
    ResumeEntryItem *bEntry = wizard.resume()->entries()->item(wizard.resume()->addEntry());
    bEntry->setFromYear(2012);
    bEntry->setFromMonth(3);
    bEntry->setToPresent(true);
    bEntry->setOrganisation(QStringLiteral("重庆丁戊己有限公司"));
    bEntry->setRole(QStringLiteral("技术员"));
    bEntry->setWitness(QStringLiteral("司马证人"));
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::IdPhotos));
    photos->front()->loadFile(writeDocumentJpeg(g_folders.outside + QStringLiteral("/b-front.jpg"),
                                                QColor(240, 240, 230), QStringLiteral("乙人像面")));
    QVERIFY2(uploaded(photos->front()), qPrintable(photos->front()->errorMessage()));
    const QByteArray bFrontJpeg = photos->front()->jpeg();
    // An upload still on its way when the kiosk clears must not crash or come back.
    photos->back()->loadFile(writeDocumentJpeg(g_folders.outside + QStringLiteral("/b-back.jpg"),
                                               QColor(230, 240, 240), QStringLiteral("乙国徽面")));

    // So must a signature still being made.
    wizard.signature()->loadFile(g_folders.outside + QStringLiteral("/signature.jpg"));
    wizard.signature()->waitForIdle();
    wizard.signature()->useSuggested();
    wizard.signature()->produce();

    QList<Needle> needlesB;
    needlesB.append({ QStringLiteral("B's ID number"), b.idNumber.toUtf8() });
    addText(needlesB, QStringLiteral("B's name"), b.name);
    addImage(needlesB, QStringLiteral("B's ID front"), bFrontJpeg);
    // Even before the wipe nothing of B is on disk: the draft and the photos are in memory.
    const QStringList beforeWipe = leaks(g_folders.scan, needlesB);
    QVERIFY2(beforeWipe.isEmpty(), qPrintable(beforeWipe.join(u'\n')));

    kiosk.wipe();
    QVERIFY(!session->signedIn());
    QCOMPARE(wizard.currentIndex(), int(Step::SignIn));
    QVERIFY(!photos->front()->hasImage() && !photos->back()->hasImage());
    QTest::qWait(500);
    QVERIFY(!photos->back()->hasImage());
    wizard.signature()->waitForIdle();
    QVERIFY(!wizard.signature()->resultPending());
    QVERIFY(!wizard.signature()->hasSource());
    QVERIFY(wizard.signature()->toJson() == empty.value(QStringLiteral("signature")).toObject());
    QVERIFY(!session->hasApplication());
    QCOMPARE(kiosk.wipeCount(), 2);
    QList<Needle> both = needlesA + needlesB;
    const QStringList afterB = leaks(g_folders.scan, both);
    QVERIFY2(afterB.isEmpty(), qPrintable(afterB.join(u'\n')));
}

int main(int argc, char *argv[])
{
    if (!prepareFolders()) {
        std::fprintf(stderr, "cannot prepare the scanned folders\n");
        return 1;
    }
    int rc = 0;
    {
        QGuiApplication app(argc, argv);
        TestE2eKiosk test;
        rc = QTest::qExec(&test, argc, argv);
    }
    QDir(g_folders.root).removeRecursively();
    return rc;
}

#include "tst_e2e_kiosk.moc"
