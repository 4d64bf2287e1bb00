#include "session/servercontroller.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/** The demo server's status as the header shows it, and the demo account list. */
class TestServerController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDemoAccountSaysItsPath();
    void serverThatDiesMidSessionSaysSo();
    void serverThatNeverStartsSaysSo();
};

void TestServerController::everyDemoAccountSaysItsPath()
{
    const ServerController demo { QUrl() };
    const QVariantList accounts = demo.demoAccounts();
    QCOMPARE(accounts.size(), 6);
    QSet<QString> paths;
    for (const QVariant &account : accounts) {
        const QString path = account.toMap().value(QStringLiteral("path")).toString();
        QVERIFY2(!path.isEmpty(),
                 qPrintable(account.toMap().value(QStringLiteral("name")).toString()));
        paths.insert(path);
    }
    QCOMPARE(paths.size(), accounts.size());

    const ServerController configured { QUrl(QStringLiteral("https://example.invalid/api/v1")) };
    QVERIFY(configured.demoAccounts().isEmpty());
}

// A stand-in for zkgrad-sandbox that reports a port and then ends, as a crashed server does.
static QString fakeSandbox(const QTemporaryDir &dir, bool listens)
{
    const QString path = dir.filePath(QStringLiteral("fake-sandbox.sh"));
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write("#!/bin/sh\n");
    if (listens)
        script.write("echo 'zkgrad-sandbox listening on http://127.0.0.1:9'\nsleep 0.3\n");
    script.write("exit 3\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

void TestServerController::serverThatDiesMidSessionSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qputenv("ZKGRAD_SANDBOX", fakeSandbox(dir, true).toLocal8Bit());
    ServerController server { QUrl() };
    server.start();
    QTRY_COMPARE(server.status(), ServerController::Ready);
    const QString readyText = server.statusText();
    QTRY_COMPARE(server.status(), ServerController::Failed);
    QVERIFY(server.statusText() != readyText);
    QVERIFY2(!server.statusText().contains(QStringLiteral("could not start")),
             qPrintable(server.statusText()));
    QVERIFY2(server.statusText().contains(QStringLiteral("stopped")),
             qPrintable(server.statusText()));
    QVERIFY(server.statusText().contains(QStringLiteral("kept on this computer")));
    qunsetenv("ZKGRAD_SANDBOX");
}

void TestServerController::serverThatNeverStartsSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qputenv("ZKGRAD_SANDBOX", fakeSandbox(dir, false).toLocal8Bit());
    ServerController server { QUrl() };
    server.start();
    QTRY_COMPARE(server.status(), ServerController::Failed);
    QVERIFY2(server.statusText().contains(QStringLiteral("could not start")),
             qPrintable(server.statusText()));
    qunsetenv("ZKGRAD_SANDBOX");
}

QTEST_GUILESS_MAIN(TestServerController)
#include "tst_servercontroller.moc"
