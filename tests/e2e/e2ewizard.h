#pragma once

// Steps the end-to-end tests take through the app's controllers the way a candidate would,
// shared so that each test says only what is particular to it.

#include "e2eapi.h"
#include "photos/photoslot.h"
#include "sandboxlauncher.h"
#include "session/applicationsession.h"
#include "steps/idphotos/idphotoscontroller.h"
#include "steps/notice/noticecontroller.h"
#include "steps/profile/profilecontroller.h"
#include "steps/resume/resumecontroller.h"
#include "steps/resume/resumeentrymodel.h"
#include "steps/selfassessment/selfassessmentcontroller.h"
#include "steps/signature/signaturecontroller.h"
#include "steps/signin/signincontroller.h"
#include "textcount.h"
#include "wizard/step.h"
#include "wizard/wizardcontroller.h"

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QTest>

#include <tuple>

namespace zkgrad::e2e {

/** A document-like photo (a title and lines of text on coloured paper), saved as JPEG at @p path.
 */
inline QString writeDocumentJpeg(const QString &path, const QColor &paper, const QString &title)
{
    QImage image(1600, 1000, QImage::Format_RGB32);
    image.fill(paper);
    QPainter p(&image);
    QFont font = p.font();
    font.setPixelSize(48);
    p.setFont(font);
    p.setPen(QColor(30, 30, 40));
    p.drawText(QRect(0, 60, 1600, 100), Qt::AlignCenter, title);
    for (int line = 0; line < 12; ++line)
        p.drawText(
            160, 260 + line * 56,
            QStringLiteral("%1 第%2行 重庆市高等教育自学考试 0123456789").arg(title).arg(line + 1));
    p.end();
    return image.save(path, "JPEG", 92) ? path : QString();
}

/** A small JPEG with @p text on it, in memory (for uploads that skip the photo pipeline). */
inline QByteArray smallJpeg(int width, int height, const QString &text)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(240, 238, 230));
    QPainter p(&image);
    p.setPen(QColor(20, 20, 30));
    p.drawText(image.rect(), Qt::AlignCenter, text);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

/** Waits until @p slot's image is on the server (false if the upload failed or hung). */
inline bool uploaded(PhotoSlot *slot)
{
    return QTest::qWaitFor(
               [slot] { return slot->onServer() || slot->state() == PhotoSlot::Failed; }, HangMs)
        && slot->onServer();
}

/** Signs @p account in from the sign-in step, and waits for the session to know the person. */
inline void signIn(WizardController &wizard, const SandboxDemoAccount &account)
{
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentIndex(), int(Step::SignIn), HangMs);
    wizard.signIn()->setLogin(account.idNumber);
    wizard.signIn()->signIn(SandboxLauncher::demoPassword());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->signedIn(), HangMs);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.session()->enrolledMajors().isEmpty(), HangMs);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.session()->candidateName(), account.name, HangMs);
}

/** Confirms the notice as a 社会考生 and the profile's choice, which creates the application. */
inline void passNoticeAndProfile(WizardController &wizard)
{
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentIndex(), int(Step::Notice), HangMs);
    NoticeController *notice = wizard.notice();
    for (int i = 0; i < ConditionModel::Count; ++i)
        notice->setConditionConfirmed(i, true);
    notice->setCandidateType(NoticeController::Social);
    notice->setReadConfirmed(true);
    wizard.next();
    QCOMPARE(wizard.currentIndex(), int(Step::Profile));
    ProfileController *profile = wizard.profile();
    QTRY_VERIFY_WITH_TIMEOUT(profile->errors().isEmpty(), HangMs);
    profile->setChoiceConfirmed(true);
    profile->apply();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->hasApplication(), HangMs);
    QTRY_VERIFY_WITH_TIMEOUT(!profile->announcements().isEmpty(), HangMs);
    for (const QVariant &a : profile->announcements())
        profile->markOpened(a.toMap().value(QStringLiteral("id")).toString());
    QVERIFY2(wizard.canGoNext(), qPrintable(wizard.nextBlockedReason()));
}

/** One resume entry from @p fromYear/@p fromMonth until now; the step must then be complete. */
inline void addCurrentJob(WizardController &wizard, int fromYear, int fromMonth,
                          const QString &organisation, const QString &role, const QString &witness)
{
    ResumeController *resume = wizard.resume();
    ResumeEntryItem *entry = resume->entries()->item(resume->addEntry());
    entry->setFromYear(fromYear);
    entry->setFromMonth(fromMonth);
    entry->setToPresent(true);
    entry->setOrganisation(organisation);
    entry->setRole(role);
    entry->setWitness(witness);
    QVERIFY2(resume->isComplete(), qPrintable(resume->problems().join(u'\n')));
}

/** Both ID card sides, photographed documents in @p folder, fitted and uploaded. */
inline void loadIdPhotos(WizardController &wizard, const QString &folder,
                         const QColor &backPaper = QColor(236, 244, 246))
{
    IdPhotosController *photos = wizard.idPhotos();
    photos->front()->loadFile(writeDocumentJpeg(QDir(folder).filePath(QStringLiteral("front.jpg")),
                                                QColor(246, 244, 236), QStringLiteral("人像面")));
    photos->back()->loadFile(writeDocumentJpeg(QDir(folder).filePath(QStringLiteral("back.jpg")),
                                               backPaper, QStringLiteral("国徽面")));
    QVERIFY2(uploaded(photos->front()), qPrintable(photos->front()->errorMessage()));
    QVERIFY2(uploaded(photos->back()), qPrintable(photos->back()->errorMessage()));
}

/** A self-assessment of at least @p minChars counted characters; the step must be complete. */
inline void writeSelfAssessment(WizardController &wizard, int minChars = 320)
{
    QString text;
    while (zkgrad::TextCount::count(text) < minChars)
        text += QStringLiteral("本人在自学考试期间遵纪守法，刻苦学习，按计划完成全部课程。");
    wizard.selfAssessment()->setText(text);
    QVERIFY2(wizard.selfAssessment()->isComplete(),
             qPrintable(wizard.selfAssessment()->problems().join(u'\n')));
}

/** A photo of a signature (in @p folder) cropped to the suggested box, made and confirmed. */
inline void makeSignature(WizardController &wizard, const QString &folder)
{
    QImage paper(1600, 1000, QImage::Format_RGB888);
    paper.fill(QColor(205, 203, 196));
    {
        QPainter p(&paper);
        p.setPen(QPen(QColor(25, 25, 45), 14, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(500, 400, 1100, 600);
        p.drawLine(600, 600, 1000, 380);
    }
    const QString photo = QDir(folder).filePath(QStringLiteral("signature.jpg"));
    QVERIFY(paper.save(photo, "JPEG", 92));
    SignatureController *signature = wizard.signature();
    signature->loadFile(photo);
    signature->waitForIdle();
    signature->useSuggested();
    signature->produce();
    signature->waitForIdle();
    QVERIFY(signature->confirm());
    QVERIFY(signature->isComplete());
}

/** Uploads the confirmed signature to its slot and waits for the server's answer. */
inline net::ApiResult uploadSignature(WizardController &wizard)
{
    QFile jpeg(wizard.signature()->outputPath());
    const QByteArray bytes = jpeg.open(QIODevice::ReadOnly) ? jpeg.readAll() : QByteArray();
    return waitForApi([&](auto done) {
        wizard.session()->uploadAttachment(QStringLiteral("signature"), bytes, done);
    });
}

/** Fills what a submission needs straight through the API (one resume entry, a
 *  self-assessment, both ID sides and a signature), for tests about what comes after. */
inline void fillThroughApi(ApplicationSession *session)
{
    auto written = [](const net::ApiResult &r) { return r.ok() && !r.queued; };
    const QJsonObject resume {
        { QStringLiteral("entries"),
          QJsonArray { QJsonObject {
              { QStringLiteral("from"), QStringLiteral("2010-09") },
              { QStringLiteral("to"), QStringLiteral("present") },
              { QStringLiteral("organisation"), QStringLiteral("重庆示例科技有限公司") },
              { QStringLiteral("role"), QStringLiteral("职员") },
              { QStringLiteral("witness"), QStringLiteral("李经理") } } } }
    };
    net::ApiResult r = waitForApi(
        [&](auto done) { session->writeSection(zkgrad::Workflow::Section::Resume, resume, done); });
    QVERIFY2(written(r), qPrintable(r.error.userMessage));
    QString text;
    while (text.size() < 360)
        text += QStringLiteral("本人在自学考试期间刻苦学习，遵纪守法，团结同事。");
    r = waitForApi([&](auto done) {
        session->writeSection(zkgrad::Workflow::Section::SelfAssessment,
                              { { QStringLiteral("text"), text } }, done);
    });
    QVERIFY2(written(r), qPrintable(r.error.userMessage));
    for (const auto &[slot, w, h] :
         { std::tuple { "id-front", 800, 505 }, std::tuple { "id-back", 800, 505 },
           std::tuple { "signature", 600, 200 } }) {
        const QString name = QString::fromLatin1(slot);
        r = waitForApi(
            [&](auto done) { session->uploadAttachment(name, smallJpeg(w, h, name), done); });
        QVERIFY2(written(r), qPrintable(name + QLatin1String(": ") + r.error.userMessage));
    }
}

} // namespace zkgrad::e2e
