// A kiosk that crashes leaves nothing of its candidate behind once it starts again (issue #19):
// the real app (zkgrad --kiosk, demo server, a demo candidate signed in) is killed with SIGKILL;
// its demo database never was a file, and the next kiosk start removes the folder it left (the
// demo server's log included).
#include "kiosk/kioskcontroller.h"
#include "kioskconfig.h"
#include "wizard/wizardcontroller.h" // KioskController::setWizard() needs the full type

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
/** Every file under @p dir, relative to it. */
QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

/** The demo server's log of a kiosk's run under @p tmp, once there is one. */
QString sandboxLog(const QString &tmp)
{
    for (const QString &file : filesUnder(tmp)) {
        if (file.startsWith(QLatin1String("zkgrad-kiosk-"))
            && file.endsWith(QLatin1String("/sandbox.log")))
            return QDir(tmp).filePath(file);
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

/** kill -9 of a running kiosk, then the next start. */
class TestE2eKioskCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aKilledKioskLeavesNothingAfterTheNextStart();
};

void TestE2eKioskCrash::aKilledKioskLeavesNothingAfterTheNextStart()
{
    QTemporaryDir tmp;
    QTemporaryDir home;
    QVERIFY(tmp.isValid() && home.isValid());
    const QString pinHash = KioskPin::hash(QStringLiteral("246810"), 1000);

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ZKGRAD_SANDBOX"), QStringLiteral(ZKGRAD_SANDBOX_EXE));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Kiosk mode on the demo server, with demo candidate 李本通 signed in at once.
    app.start(QStringLiteral(ZKGRAD_APP_EXE),
              { QStringLiteral("--kiosk"), QStringLiteral("--kiosk-pin-hash"), pinHash,
                QStringLiteral("--demo-account"), QStringLiteral("2") });
    QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));
    // The candidate is signed in once the demo server has logged the new session.
    QTRY_VERIFY_WITH_TIMEOUT(readAll(sandboxLog(tmp.path())).contains("/sessions -> 201"), 60000);
    const QString kioskFolder = sandboxLog(tmp.path()).section(u'/', 0, -3);
    QVERIFY(kioskFolder.startsWith(tmp.filePath(QStringLiteral("zkgrad-kiosk-"))));
    // The demo database lives in the server's memory: no SQLite file anywhere.
    for (const QString &file : filesUnder(tmp.path()))
        QVERIFY2(!file.contains(QLatin1String(".sqlite")), qPrintable(file));

    app.kill(); // SIGKILL: no destructor runs
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    // What the crash left: the kiosk's folder with its stale lock and the server's log.
    QVERIFY(QFileInfo(kioskFolder).isDir());
    QVERIFY(QFileInfo::exists(kioskFolder + QStringLiteral("/.lock")));

    // The next kiosk start (same user, same temporary folder) removes it.
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    KioskConfig config;
    config.enabled = true;
    config.staffPinHash = pinHash;
    KioskController next(config);
    QVERIFY(!QFileInfo::exists(kioskFolder));
    // Only the new kiosk's own folder is there now, with its lock and empty session folder.
    const QStringList left = filesUnder(tmp.path());
    QCOMPARE(left.size(), 1);
    QVERIFY2(left.constFirst().endsWith(QLatin1String("/.lock")), qPrintable(left.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestE2eKioskCrash)

#include "tst_e2e_kiosk_crash.moc"
