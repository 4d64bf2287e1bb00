// SandboxLauncher: finds, starts and stops the real zkgrad-sandbox.

#include <sandboxlauncher.h>

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using zkgrad::SandboxLauncher;

namespace {

/** One request to the server, waited for: its status and body. */
struct Answer
{
    int status = 0;
    QByteArray body;
};

Answer send(const QUrl &url, const QByteArray &bearer = {}, const QByteArray &jsonBody = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply *reply = nullptr;
    if (jsonBody.isEmpty()) {
        reply = nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        reply = nam.post(request, jsonBody);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    reply->readAll() };
    delete reply;
    return answer;
}

int post(const QUrl &url, const QByteArray &body)
{
    return send(url, {}, body).status;
}

bool accepts(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    return socket.waitForConnected(5000);
}

QUrl endpoint(const QUrl &api, const QString &path)
{
    QUrl url = api;
    url.setPath(url.path() + path);
    return url;
}

/** Signs in with @p login and the demo password; the session token, empty on failure. */
QByteArray signIn(const QUrl &api, const QString &login)
{
    const QJsonObject body { { QStringLiteral("login"), login },
                             { QStringLiteral("password"), SandboxLauncher::demoPassword() } };
    const Answer answer =
        send(endpoint(api, QStringLiteral("/sessions")), {}, QJsonDocument(body).toJson());
    return QJsonDocument::fromJson(answer.body)
        .object()
        .value(QStringLiteral("token"))
        .toString()
        .toLatin1();
}

/** GET /sessions/current with @p token: the HTTP status. */
int currentSession(const QUrl &api, const QByteArray &token)
{
    return send(endpoint(api, QStringLiteral("/sessions/current")), token).status;
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

    void keepsDemoDataInTheGivenFileOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("demo-server.sqlite"));
        const QString login = SandboxLauncher::demoAccounts().constFirst().idNumber;
        QByteArray token;
        {
            SandboxLauncher launcher;
            launcher.setDatabase(file);
            QVERIFY2(launcher.startAndWait(), qPrintable(launcher.errorString()));
            token = signIn(launcher.apiUrl(), login);
            QVERIFY(!token.isEmpty());
            QCOMPARE(currentSession(launcher.apiUrl(), token), 200);
        }
        QVERIFY(QFileInfo(file).size() > 0);
        {
            // The next start finds what the last one stored (here: the session).
            SandboxLauncher launcher;
            launcher.setDatabase(file);
            QVERIFY2(launcher.startAndWait(), qPrintable(launcher.errorString()));
            QCOMPARE(currentSession(launcher.apiUrl(), token), 200);
        }
        {
            // Without a file nothing survives the child.
            SandboxLauncher launcher;
            QVERIFY2(launcher.startAndWait(), qPrintable(launcher.errorString()));
            token = signIn(launcher.apiUrl(), login);
            QVERIFY(!token.isEmpty());
        }
        SandboxLauncher launcher;
        QVERIFY2(launcher.startAndWait(), qPrintable(launcher.errorString()));
        QCOMPARE(currentSession(launcher.apiUrl(), token), 401);
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
