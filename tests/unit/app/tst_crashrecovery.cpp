#include "draftstore.h"
#include "steps/notice/noticecontroller.h"
#include "wizard/wizardcontroller.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

/**
 * Kills a process that holds the wizard with SIGKILL one second after a change
 * and checks that a restart restores the change: the autosave must not depend
 * on a clean exit.
 */
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedOneSecondAfterAChange()
    {
#ifdef Q_OS_WIN
        QSKIP("SIGKILL semantics are POSIX");
#endif
        QTemporaryDir dir;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("--child"), dir.path() });
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine(), 20000);
        QCOMPARE(child.readLine().trimmed(), QByteArray("changed"));
        QTest::qWait(1000);
        child.kill(); // SIGKILL on POSIX: no destructors, no aboutToQuit.
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        DraftStore store(dir.path());
        WizardController wizard(&store);
        wizard.restore();
        QVERIFY(wizard.notice()->conditions()->isConfirmed(0));
        QVERIFY(wizard.notice()->conditions()->isConfirmed(3));
        QCOMPARE(wizard.notice()->candidateType(), NoticeController::Assisted);
        QVERIFY(wizard.draftMessage().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--child")) {
        DraftStore store(args.at(2));
        WizardController wizard(&store);
        wizard.restore();
        QTimer::singleShot(0, &app, [&] {
            wizard.notice()->setConditionConfirmed(0, true);
            wizard.notice()->setConditionConfirmed(3, true);
            wizard.notice()->setCandidateType(NoticeController::Assisted);
            std::printf("changed\n");
            std::fflush(stdout);
        });
        return app.exec();
    }
    TestCrashRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
