// SandboxLauncher: finds, starts and stops the real zkgrad-sandbox.

#include <sandboxlauncher.h>

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using zkgrad::SandboxLauncher;

namespace {

int post(const QUrl &url, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

bool accepts(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    return socket.waitForConnected(5000);
}

} // namespace

/** The demo-mode launcher against the real server binary. */
class TestSandboxLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("ZKGRAD_SANDBOX", QByteArray(ZKGRAD_SANDBOX_EXE)); }

    void findsExecutableFromEnvironment()
    {
        QCOMPARE(SandboxLauncher::findExecutable(), QString::fromUtf8(ZKGRAD_SANDBOX_EXE));
    }

    void startsSignsInAndStops()
    {
        QUrl base;
        {
            SandboxLauncher launcher;
            QSignalSpy started(&launcher, &SandboxLauncher::started);
            QVERIFY2(launcher.startAndWait(), qPrintable(launcher.errorString()));
            QVERIFY(launcher.isRunning());
            QCOMPARE(started.count(), 1);
            base = launcher.baseUrl();
            QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
            QVERIFY(base.port() > 0);
            QCOMPARE(launcher.apiUrl().path(), QStringLiteral("/api/v1"));
            QVERIFY(!launcher.adminToken().isEmpty());

            const auto accounts = SandboxLauncher::demoAccounts();
            QCOMPARE(accounts.size(), 6);
            for (const auto &account : accounts) {
                const QJsonObject body { { QStringLiteral("login"), account.idNumber },
                                         { QStringLiteral("password"),
                                           SandboxLauncher::demoPassword() } };
                QUrl url = launcher.apiUrl();
                url.setPath(url.path() + QStringLiteral("/sessions"));
                QCOMPARE(post(url, QJsonDocument(body).toJson()), 201);
            }
        }
        // Destroying the launcher stopped the server.
        QVERIFY(!accepts(base));
    }

    void missingExecutableFails()
    {
        SandboxLauncher launcher;
        launcher.setExecutable(QStringLiteral("/nonexistent/zkgrad-sandbox"));
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        QVERIFY(!launcher.startAndWait());
        QVERIFY(!launcher.errorString().isEmpty());
        QCOMPARE(failed.count(), 1);
        QVERIFY(!launcher.isRunning());
    }

    void childThatExitsEarlyFails()
    {
        SandboxLauncher launcher;
        // The real binary with an argument it refuses: it exits before listening.
        launcher.setExtraArguments({ QStringLiteral("--seed"), QStringLiteral("bogus") });
        QVERIFY(!launcher.startAndWait());
        QVERIFY(launcher.errorString().contains(QStringLiteral("before listening")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "tst_sandbox_launcher.moc"
