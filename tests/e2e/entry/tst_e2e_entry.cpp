// End to end against the real zkgrad-sandbox: a demo candidate fills every data-entry step
// through the app's own controllers (sign in, profile, prior degree, resume, ID photos,
// self-assessment, note and materials), photos are fitted and uploaded, and the test then
// reads back what the server stored, section by section.
#include "draftstore.h"
#include "e2eapi.h"
#include "photos/photoslot.h"
#include "sandboxlauncher.h"
#include "session/applicationsession.h"
#include "steps/idphotos/idphotoscontroller.h"
#include "steps/materials/materialscontroller.h"
#include "steps/notice/noticecontroller.h"
#include "steps/priordegree/priordegreecontroller.h"
#include "steps/profile/profilecontroller.h"
#include "steps/resume/resumecontroller.h"
#include "steps/resume/resumeentrymodel.h"
#include "steps/selfassessment/selfassessmentcontroller.h"
#include "steps/signature/signaturecontroller.h"
#include "steps/signin/signincontroller.h"
#include "testimages.h"
#include "textcount.h"
#include "translations.h"
#include "wizard/step.h"
#include "wizard/wizardcontroller.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace zkgrad::net;

namespace {
constexpr int Hang = zkgrad::e2e::HangMs;

// A page of "document" with printed lines, like a photographed certificate.
QImage documentImage(int width, int height, const QString &title)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(246, 244, 236));
    QPainter p(&image);
    QFont font = p.font();
    font.setPixelSize(height / 30);
    p.setFont(font);
    p.setPen(QColor(30, 30, 40));
    p.drawText(QRect(0, height / 20, width, height / 10), Qt::AlignCenter, title);
    for (int line = 0; line < 20; ++line)
        p.drawText(width / 10, height / 5 + line * height / 30,
                   QStringLiteral("第%1行 重庆市高等教育自学考试 0123456789").arg(line + 1));
    p.setPen(QPen(QColor(190, 30, 30), 6));
    p.drawEllipse(QPoint(width * 3 / 4, height * 3 / 4), width / 10, width / 10);
    return image;
}

QString writeJpeg(const QString &path, const QImage &image, int exifOrientation = 0)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 92);
    if (exifOrientation > 0)
        bytes = zkgrad::testing::withExif(bytes, exifOrientation);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QString sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

// Waits until a slot's image is fitted and on the server.
bool uploaded(PhotoSlot *slot)
{
    // A card or page found in the photo waits for the candidate to accept the straightened
    // result (issue 21): accept it as shown, as a candidate would.
    return QTest::qWaitFor(
               [slot] {
                   if (slot->reviewing() && slot->canAccept())
                       slot->acceptReview();
                   return slot->onServer() || slot->state() == PhotoSlot::Failed;
               },
               Hang)
        && slot->onServer();
}
} // namespace

/** Fills the entry steps through the controllers against a live sandbox. */
class TestE2eEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInAndProfile();
    void wrongPasswordIsExplained();
    void everyEntryStepReachesTheServer();

private:
    QTemporaryDir m_dir;
    zkgrad::SandboxLauncher m_sandbox;
};

void TestE2eEntry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    zkgrad::Translations::install(QStringLiteral("zh_CN"));
    m_sandbox.setExecutable(QStringLiteral(ZKGRAD_SANDBOX_EXE));
    QVERIFY2(m_sandbox.startAndWait(), qPrintable(m_sandbox.errorString()));
}

void TestE2eEntry::wrongPasswordIsExplained()
{
    DraftStore store(m_dir.filePath(QStringLiteral("wrong")));
    WizardController wizard(&store);
    ApplicationSession *session = wizard.session();
    session->setApiUrl(m_sandbox.apiUrl());
    QCOMPARE(wizard.currentIndex(), int(Step::SignIn));
    QVERIFY(!wizard.canGoNext());
    wizard.signIn()->setLogin(QStringLiteral("500101199001010018"));
    wizard.signIn()->signIn(QStringLiteral("not-the-password"));
    QTRY_VERIFY_WITH_TIMEOUT(!session->signInError().isEmpty(), Hang);
    QVERIFY(!session->signedIn());
    QVERIFY(session->signInError().contains(QStringLiteral("密码")));
    QCOMPARE(wizard.currentIndex(), int(Step::SignIn));
}

void TestE2eEntry::signInAndProfile()
{
    DraftStore store(m_dir.filePath(QStringLiteral("drafts")));
    WizardController wizard(&store);
    ApplicationSession *session = wizard.session();
    session->setApiUrl(m_sandbox.apiUrl());

    // 孙缺联: incomplete contact, so the profile step has to send it before applying.
    wizard.signIn()->setLogin(QStringLiteral("500101199001010050"));
    wizard.signIn()->signIn(zkgrad::SandboxLauncher::demoPassword());
    QTRY_VERIFY_WITH_TIMEOUT(session->signedIn(), Hang);
    // Signing in moves on to the notice.
    QCOMPARE(wizard.currentIndex(), int(Step::Notice));
    QTRY_VERIFY_WITH_TIMEOUT(!session->enrolledMajors().isEmpty(), Hang);
    // Connected, the notice shows the round's window from the server (it said "once
    // connected" even then).
    QTRY_VERIFY_WITH_TIMEOUT(session->rules().windowCloses.isValid(), Hang);
    const QString window = wizard.notice()->windowText();
    QVERIFY2(window.contains(session->rules()
                                 .windowCloses.toTimeZone(QTimeZone("Asia/Shanghai"))
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
             qPrintable(window));
    QVERIFY2(!window.contains(QStringLiteral("connected")), qPrintable(window));

    ProfileController *profile = wizard.profile();
    QCOMPARE(profile->name(), QStringLiteral("孙缺联"));
    QVERIFY(profile->errors().contains(QStringLiteral("phone")));
    profile->setPhone(QStringLiteral("138 0000 0005"));
    profile->setAddress(QStringLiteral("重庆市沙坪坝区示例街5号"));
    profile->setPostalCode(QStringLiteral("400030"));
    QVERIFY2(profile->errors().isEmpty(), qPrintable(profile->problems().join(u'\n')));
    QVERIFY(!profile->majorCode().isEmpty()); // the only enrolled major is preselected
    QVERIFY(!profile->schoolCode().isEmpty());
    QVERIFY(!profile->isComplete());
    profile->setChoiceConfirmed(true);
    profile->apply();
    QTRY_VERIFY_WITH_TIMEOUT(session->hasApplication(), Hang);
    QTRY_VERIFY_WITH_TIMEOUT(!profile->busy(), Hang);
    QVERIFY(profile->actionError().isEmpty());
    QCOMPARE(session->profile().value(u"contact").toObject().value(u"phone").toString(),
             QStringLiteral("13800000005"));
    QTRY_VERIFY_WITH_TIMEOUT(!profile->announcements().isEmpty(), Hang);
    QVERIFY(!profile->isComplete());
    for (const QVariant &a : profile->announcements())
        profile->markOpened(a.toMap().value(QStringLiteral("id")).toString());
    QVERIFY2(profile->isComplete(), qPrintable(profile->problems().join(u'\n')));

    // What the server holds: the application for the chosen major and school.
    const QJsonObject app = session->application();
    QCOMPARE(app.value(u"state").toString(), QStringLiteral("draft"));
    QCOMPARE(app.value(u"major").toObject().value(u"code").toString(), profile->majorCode());
    QCOMPARE(app.value(u"school").toObject().value(u"code").toString(), profile->schoolCode());
}

void TestE2eEntry::everyEntryStepReachesTheServer()
{
    const QString drafts = m_dir.filePath(QStringLiteral("full"));
    QJsonObject savedDraft;
    {
        DraftStore store(drafts);
        WizardController wizard(&store);
        wizard.restore();
        ApplicationSession *session = wizard.session();
        session->setApiUrl(m_sandbox.apiUrl());

        // 赵本未: 本科 whose automatic prior-degree check fails, so every entry step applies.
        wizard.signIn()->setLogin(QStringLiteral("500101199001010034"));
        wizard.signIn()->signIn(zkgrad::SandboxLauncher::demoPassword());
        QTRY_VERIFY_WITH_TIMEOUT(session->signedIn(), Hang);
        QTRY_VERIFY_WITH_TIMEOUT(!session->enrolledMajors().isEmpty(), Hang);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.profile()->errors().isEmpty(), Hang);

        // Notice.
        NoticeController *notice = wizard.notice();
        for (int i = 0; i < ConditionModel::Count; ++i)
            notice->setConditionConfirmed(i, true);
        notice->setCandidateType(NoticeController::Social);
        notice->setReadConfirmed(true);
        QVERIFY(wizard.canGoNext());
        wizard.next();
        QCOMPARE(wizard.currentIndex(), int(Step::Profile));

        // Profile: the enrolled major and its school, confirmed; then the announcements.
        ProfileController *profile = wizard.profile();
        profile->setEmail(QStringLiteral("zhao@example.invalid"));
        profile->setChoiceConfirmed(true);
        profile->apply();
        QTRY_VERIFY_WITH_TIMEOUT(session->hasApplication(), Hang);
        QTRY_VERIFY_WITH_TIMEOUT(!profile->announcements().isEmpty(), Hang);
        for (const QVariant &a : profile->announcements())
            profile->markOpened(a.toMap().value(QStringLiteral("id")).toString());
        QVERIFY2(wizard.canGoNext(), qPrintable(wizard.nextBlockedReason()));
        // The server's check failed: the prior-degree step now applies and comes next.
        QVERIFY(wizard.step(Step::PriorDegree)->applicable());
        wizard.next();
        QCOMPARE(wizard.currentIndex(), int(Step::PriorDegree));

        // Prior degree: name and ID are prefilled from the profile.
        PriorDegreeController *prior = wizard.priorDegree();
        QCOMPARE(prior->name(), QStringLiteral("赵本未"));
        QCOMPARE(prior->idNumber(), QStringLiteral("500101199001010034"));
        prior->setSchool(QStringLiteral("重庆示例职业学院"));
        prior->setGraduationYear(2015);
        prior->setGraduationMonth(7);
        prior->setGraduationDay(1);
        // In the 18-digit layout the year must be the graduation year.
        prior->setDiplomaNumber(QStringLiteral("125351201406000123"));
        QVERIFY(prior->errors().contains(QStringLiteral("diplomaNumber")));
        prior->setDiplomaNumber(QStringLiteral("125351201506000123"));
        prior->diploma()->loadFile(
            writeJpeg(m_dir.filePath(QStringLiteral("diploma.jpg")),
                      documentImage(3000, 2100, QStringLiteral("毕业证书"))));
        prior->registrationRecord()->loadFile(
            writeJpeg(m_dir.filePath(QStringLiteral("record.jpg")),
                      documentImage(2480, 3508, QStringLiteral("教育部学历证书电子注册备案表"))));
        QVERIFY2(uploaded(prior->diploma()), qPrintable(prior->diploma()->errorMessage()));
        QVERIFY2(uploaded(prior->registrationRecord()),
                 qPrintable(prior->registrationRecord()->errorMessage()));
        QVERIFY2(prior->isComplete(), qPrintable(prior->problems().join(u'\n')));
        wizard.next();
        QCOMPARE(wizard.currentIndex(), int(Step::Resume));

        // Resume: two entries, the last until now.
        ResumeController *resume = wizard.resume();
        const int first = resume->addEntry();
        ResumeEntryItem *school = resume->entries()->item(first);
        school->setFromYear(2005);
        school->setFromMonth(9);
        school->setToYear(2008);
        school->setToMonth(7);
        school->setOrganisation(QStringLiteral("重庆市示例中学"));
        school->setRole(QStringLiteral("学生"));
        school->setWitness(QStringLiteral("张老师"));
        const int second = resume->addEntry();
        ResumeEntryItem *job = resume->entries()->item(second);
        job->setFromYear(2008);
        job->setFromMonth(9);
        job->setToPresent(true);
        job->setOrganisation(QStringLiteral("重庆示例科技有限公司"));
        job->setRole(QStringLiteral("职员"));
        job->setWitness(QStringLiteral("李经理"));
        QVERIFY2(resume->isComplete(), qPrintable(resume->problems().join(u'\n')));
        wizard.next();
        QCOMPARE(wizard.currentIndex(), int(Step::IdPhotos));

        // ID photos: a rotated 12 MP phone photo (EXIF orientation 6) and a PNG screenshot.
        IdPhotosController *photos = wizard.idPhotos();
        const QImage card = documentImage(3000, 4000, QStringLiteral("居民身份证"));
        photos->front()->loadFile(writeJpeg(m_dir.filePath(QStringLiteral("phone.jpg")), card, 6));
        QImage screenshot(1280, 800, QImage::Format_ARGB32);
        screenshot.fill(Qt::transparent);
        QPainter(&screenshot)
            .drawImage(QRect(140, 100, 1000, 630),
                       documentImage(1000, 630, QStringLiteral("国徽面")));
        QVERIFY(screenshot.save(m_dir.filePath(QStringLiteral("screenshot.png"))));
        photos->back()->loadFile(m_dir.filePath(QStringLiteral("screenshot.png")));
        QVERIFY2(uploaded(photos->front()), qPrintable(photos->front()->errorMessage()));
        QVERIFY2(uploaded(photos->back()), qPrintable(photos->back()->errorMessage()));
        // The phone photo was turned upright: portrait source, orientation 6 → landscape.
        QVERIFY(photos->front()->outputSize().width() > photos->front()->outputSize().height());
        QVERIFY(photos->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentIndex(), int(Step::SelfAssessment));

        // Self-assessment: 300-500 characters as the server counts them.
        SelfAssessmentController *self = wizard.selfAssessment();
        QString text;
        while (zkgrad::TextCount::count(text) < 320)
            text += QStringLiteral("本人在自学考试期间遵纪守法，刻苦学习，按计划完成全部课程。");
        self->setText(text);
        QCOMPARE(self->count(), zkgrad::TextCount::count(text));
        QVERIFY2(self->isComplete(), qPrintable(self->problems().join(u'\n')));
        wizard.next();
        QCOMPARE(wizard.currentIndex(), int(Step::Signature));

        // Signature (cropping has its own end-to-end test): confirmed means uploaded.
        SignatureController *signature = wizard.signature();
        QImage ink(1600, 600, QImage::Format_RGB32);
        ink.fill(Qt::white);
        {
            QPainter p(&ink);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(QColor(20, 20, 30), 14, Qt::SolidLine, Qt::RoundCap));
            QPainterPath path(QPointF(200, 400));
            path.cubicTo(400, 100, 600, 500, 800, 250);
            path.cubicTo(1000, 80, 1200, 480, 1400, 300);
            p.drawPath(path);
        }
        QVERIFY(ink.save(m_dir.filePath(QStringLiteral("signature.png"))));
        signature->loadFile(m_dir.filePath(QStringLiteral("signature.png")));
        signature->waitForIdle();
        QVERIFY2(signature->hasSource(), qPrintable(signature->errorMessage()));
        signature->produce();
        signature->waitForIdle();
        QVERIFY2(signature->resultPending(), qPrintable(signature->errorMessage()));
        QVERIFY(signature->confirm());
        QTRY_VERIFY_WITH_TIMEOUT(!session->attachment(QStringLiteral("signature")).isEmpty(), Hang);
        QVERIFY(signature->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentIndex(), int(Step::Materials));

        // Note and one other material.
        MaterialsController *materials = wizard.materials();
        materials->setNote(QStringLiteral("本人工作单位于2020年更名。"));
        PhotoSlot *other = materials->nextEmptySlot();
        QVERIFY(other);
        other->loadFile(writeJpeg(m_dir.filePath(QStringLiteral("other.jpg")),
                                  documentImage(2000, 2800, QStringLiteral("单位更名证明"))));
        QVERIFY2(uploaded(other), qPrintable(other->errorMessage()));
        QVERIFY(materials->isComplete());
        // Leaving the step writes the note; the self-assessment was written when left above.
        wizard.back();
        QTRY_VERIFY_WITH_TIMEOUT(session->syncState() == ApplicationSession::Synced, Hang);
        QVERIFY(wizard.saveNow());
        savedDraft = wizard.toJson();

        // What the server stored, read fresh, section by section.
        const ApiResult read = zkgrad::e2e::waitForApi([&](ApiClient::Done done) {
            session->api()->application(session->applicationId(), std::move(done));
        });
        QVERIFY2(read.ok(), qPrintable(read.error.technicalDetail));
        const QJsonObject app = read.json;
        const QJsonObject sections = app.value(u"sections").toObject();
        const QJsonObject priorDegree = sections.value(u"priorDegree").toObject();
        QCOMPARE(priorDegree.value(u"name").toString(), QStringLiteral("赵本未"));
        QCOMPARE(priorDegree.value(u"diplomaNumber").toString(),
                 QStringLiteral("125351201506000123"));
        QCOMPARE(priorDegree.value(u"school").toString(), QStringLiteral("重庆示例职业学院"));
        QCOMPARE(priorDegree.value(u"graduationDate").toString(), QStringLiteral("2015-07-01"));
        QCOMPARE(priorDegree.value(u"identityChanged").toBool(), false);
        const QJsonArray entries = sections.value(u"resume").toObject().value(u"entries").toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(u"from").toString(), QStringLiteral("2005-09"));
        QCOMPARE(entries.at(0).toObject().value(u"witness").toString(), QStringLiteral("张老师"));
        QCOMPARE(entries.at(1).toObject().value(u"to").toString(), QStringLiteral("present"));
        QCOMPARE(sections.value(u"selfAssessment").toObject().value(u"text").toString(), text);
        QCOMPARE(sections.value(u"selfAssessment").toObject().value(u"length").toInt(),
                 zkgrad::TextCount::count(text));
        QCOMPARE(sections.value(u"note").toObject().value(u"text").toString(),
                 QStringLiteral("本人工作单位于2020年更名。"));
        QHash<QString, QString> stored;
        for (const QJsonValue &v : app.value(u"attachments").toArray()) {
            const QJsonObject a = v.toObject();
            QVERIFY(a.value(u"bytes").toInt() <= 50000);
            QVERIFY(!a.value(u"progressive").toBool());
            stored.insert(a.value(u"slot").toString(), a.value(u"sha256").toString());
        }
        for (PhotoSlot *slot : { prior->diploma(), prior->registrationRecord(), photos->front(),
                                 photos->back(), other })
            QCOMPARE(stored.value(slot->slot()), sha256(slot->filePath()));
        QCOMPARE(stored.value(QStringLiteral("signature")), sha256(signature->outputPath()));
        // Nothing is missing for submission any more.
        QStringList missing;
        for (const QJsonValue &v : app.value(u"missing").toArray())
            missing.append(v.toObject().value(u"field").toString());
        QCOMPARE(missing, QStringList());
    }

    // The app is gone (as if killed after the last save): a new one restores everything.
    DraftStore store(drafts);
    WizardController again(&store);
    again.restore();
    const QJsonObject restored = again.toJson();
    for (const QString &key :
         { QStringLiteral("notice"), QStringLiteral("profile"), QStringLiteral("prior-degree"),
           QStringLiteral("resume"), QStringLiteral("id-photos"), QStringLiteral("self-assessment"),
           QStringLiteral("signature"), QStringLiteral("materials") })
        QCOMPARE(restored.value(key), savedDraft.value(key));
    QVERIFY(again.idPhotos()->front()->hasImage());
    QVERIFY(again.priorDegree()->diploma()->hasImage());
}

QTEST_MAIN(TestE2eEntry)
#include "tst_e2e_entry.moc"
