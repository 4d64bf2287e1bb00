#pragma once

// Steps the end-to-end tests take through the app's controllers the way a candidate would,
// shared so that each test says only what is particular to it.

#include "e2eapi.h"
#include "noticecontroller.h"
#include "photoslot.h"
#include "profilecontroller.h"
#include "sandboxlauncher.h"
#include "signincontroller.h"
#include "step.h"
#include "wizardcontroller.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTest>

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

} // namespace zkgrad::e2e
