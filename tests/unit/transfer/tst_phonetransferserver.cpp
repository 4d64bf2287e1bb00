// The one-shot phone transfer listener: what it serves, every refusal, and that its port is
// closed before start and after each way a transfer ends (checked by connecting).
#include "phonetransferserver.h"
#include "rawhttp.h"
#include "transfercrypto.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace std::chrono_literals;
using rawhttp::post;
using rawhttp::refused;
using rawhttp::request;
using rawhttp::Response;
using rawhttp::spinUntil;

namespace {
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n";
}

QByteArray header(const Response &response, const QByteArray &name)
{
    for (const QByteArray &line : response.head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}
} // namespace

class TestPhoneTransferServer : public QObject
{
    Q_OBJECT

    struct Started
    {
        quint16 port = 0;
        QByteArray token;
        QByteArray key;
        QByteArray path; ///< /t/<token>
    };

    static Started startOn(PhoneTransferServer &server)
    {
        Started s;
        if (!server.start(QHostAddress::LocalHost))
            return s;
        const QUrl url = server.url();
        s.port = server.port();
        s.path = url.path().toLatin1();
        s.token = s.path.mid(3);
        s.key = QByteArray::fromBase64(url.fragment().toLatin1(), QByteArray::Base64UrlEncoding);
        return s;
    }

    static QByteArray sealFor(const Started &s, const QByteArray &photo)
    {
        return PhoneTransferCrypto::seal(s.key, PhoneTransferCrypto::randomBytes(12), s.token,
                                         photo);
    }

private Q_SLOTS:
    void initTestCase() { previousHandler = qInstallMessageHandler(captureMessages); }

    void cryptoRoundTrip()
    {
        const QByteArray key = PhoneTransferCrypto::randomBytes(32);
        const QByteArray iv = PhoneTransferCrypto::randomBytes(12);
        const QByteArray sealed = PhoneTransferCrypto::seal(key, iv, "aad", "photo bytes");
        QCOMPARE(sealed.size(), 11 + PhoneTransferCrypto::Overhead);
        QCOMPARE(PhoneTransferCrypto::open(key, "aad", sealed).value(), QByteArray("photo bytes"));
        QVERIFY(!PhoneTransferCrypto::open(key, "other", sealed));
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray flipped = sealed;
            flipped[i] = char(flipped.at(i) ^ 0x01);
            QVERIFY2(!PhoneTransferCrypto::open(key, "aad", flipped),
                     qPrintable(QString::number(i)));
        }
        QVERIFY(!PhoneTransferCrypto::open(key, "aad", sealed.left(27)));
    }

    // A known AES-256-GCM vector (NIST, gcmEncryptExtIV256 test case 13: zero key, zero IV,
    // empty text and AAD) so the layout is the standard one a browser makes.
    void cryptoKnownVector()
    {
        const QByteArray sealed =
            PhoneTransferCrypto::seal(QByteArray(32, '\0'), QByteArray(12, '\0'), {}, {});
        QCOMPARE(sealed.mid(12).toHex(), QByteArray("530f8afbc74536b9a963b4f1c4cb738b"));
    }

    void nothingListensBeforeStart()
    {
        PhoneTransferServer server;
        QVERIFY(!server.isListening());
        QCOMPARE(server.port(), quint16(0));
        QVERIFY(server.url().isEmpty());
        // The object never made a listening socket of its own.
        QVERIFY(server.findChildren<QTcpServer *>().isEmpty());
    }

    void urlCarriesTokenAndKey()
    {
        PhoneTransferServer server;
        const Started s = startOn(server);
        QVERIFY(s.port != 0);
        QCOMPARE(s.token.size(), 32);
        QVERIFY(QByteArray::fromHex(s.token).size() == 16);
        QCOMPARE(s.key.size(), 32);
        QCOMPARE(server.url().host(), QStringLiteral("127.0.0.1"));
        // A second start of the same object is refused: every transfer has its own secrets.
        QVERIFY(!server.start(QHostAddress::LocalHost));
    }

    void servesPageAndScripts()
    {
        PhoneTransferServer server;
        server.setLanguage(QStringLiteral("en"));
        const Started s = startOn(server);
        const Response page = request(s.port, get(s.path));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("<html lang=\"en\">"));
        QVERIFY(page.body.contains(QByteArray("/t/" + s.token + "/phone.js")));
        QCOMPARE(header(page, "cache-control"), QByteArray("no-store"));
        QVERIFY(header(page, "server").isEmpty());
        QVERIFY(!page.head.toLower().contains("server:"));
        QVERIFY(header(page, "content-security-policy").contains("default-src 'none'"));
        for (const QByteArray name : { "phone.js", "aes.js", "_polyval.js", "utils.js" }) {
            const Response script = request(s.port, get(s.path + '/' + name));
            QCOMPARE(script.status, 200);
            QVERIFY(script.body.size() > 100);
            QCOMPARE(header(script, "cache-control"), QByteArray("no-store"));
            QVERIFY(header(script, "content-type").startsWith("text/javascript"));
        }
        QVERIFY(server.isListening());
    }

    void refusesEveryOtherPath()
    {
        PhoneTransferServer server;
        const Started s = startOn(server);
        const QList<QByteArray> paths = { QByteArray("/"),         QByteArray("/favicon.ico"),
                                          QByteArray("/t/"),       s.path + '/',
                                          s.path + "/LICENSE",     s.path + "/phone.html",
                                          s.path + "/../phone.js", s.path + "x",
                                          s.path + "/upload/x",    s.path + "?a=b" };
        for (const QByteArray &path : paths) {
            QCOMPARE(request(s.port, get(path)).status, 404);
        }
        QCOMPARE(request(s.port, post(s.path, "x")).status, 405);
        QCOMPARE(request(s.port, get(s.path + "/upload")).status, 405);
        QCOMPARE(request(s.port, "garbage\r\n\r\n").status, 400);
        QCOMPARE(request(s.port, QByteArray(10000, 'a')).status, 431);
        QVERIFY(server.isListening());
    }

    void wrongTokenIs404AndNeverLogged()
    {
        {
            QMutexLocker lock(&logMutex);
            logLines.clear();
        }
        PhoneTransferServer server;
        const Started s = startOn(server);
        QByteArray wrong = s.token;
        wrong[0] = wrong.at(0) == 'a' ? 'b' : 'a';
        QCOMPARE(request(s.port, get("/t/" + wrong)).status, 404);
        QCOMPARE(request(s.port, get("/t/" + wrong + "/phone.js")).status, 404);
        QCOMPARE(request(s.port, get("/t/" + s.token.left(31))).status, 404);
        const QByteArray body = sealFor(s, "photo");
        QCOMPARE(request(s.port, post("/t/" + wrong + "/upload", body)).status, 404);
        QVERIFY(server.isListening()); // a wrong guess does not end the candidate's transfer
        QMutexLocker lock(&logMutex);
        for (const QString &line : std::as_const(logLines)) {
            QVERIFY(!line.contains(QString::fromLatin1(s.token)));
            QVERIFY(!line.contains(QString::fromLatin1(wrong)));
        }
    }

    void receivesOnceThenCloses()
    {
        PhoneTransferServer server;
        QSignalSpy received(&server, &PhoneTransferServer::received);
        QSignalSpy ended(&server, &PhoneTransferServer::ended);
        QSignalSpy progress(&server, &PhoneTransferServer::uploadProgress);
        const Started s = startOn(server);
        const QByteArray photo = PhoneTransferCrypto::randomBytes(300000);
        const QByteArray body = sealFor(s, photo);
        const Response answer = request(s.port, post(s.path + "/upload", body));
        QCOMPARE(answer.status, 200);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toByteArray(), photo);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.at(0).at(0).value<PhoneTransferServer::End>(),
                 PhoneTransferServer::End::Received);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(body.size()));
        QVERIFY(!server.isListening());
        QVERIFY(refused(s.port));
        // A replay of the very same upload finds nothing to talk to.
        QVERIFY(!request(s.port, post(s.path + "/upload", body)).connected);
        QCOMPARE(received.size(), 1);
    }

    // The owner may delete the listener as soon as the photo is there (the app does): the
    // phone still gets its "200", so it can tell the candidate that the photo arrived.
    void answerSurvivesDeletionAfterReceipt()
    {
        auto *server = new PhoneTransferServer;
        QPointer<PhoneTransferServer> guard(server);
        connect(server, &PhoneTransferServer::received, server, &QObject::deleteLater);
        const Started s = startOn(*server);
        const Response answer = request(s.port, post(s.path + "/upload", sealFor(s, "photo")));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("OK"));
        QVERIFY(guard.isNull());
        QVERIFY(refused(s.port));
    }

    void refusesTamperedCiphertext()
    {
        PhoneTransferServer server;
        QSignalSpy received(&server, &PhoneTransferServer::received);
        QSignalSpy ended(&server, &PhoneTransferServer::ended);
        const Started s = startOn(server);
        QByteArray body = sealFor(s, "photo bytes");
        body[20] = char(body.at(20) ^ 0x40);
        QCOMPARE(request(s.port, post(s.path + "/upload", body)).status, 400);
        QCOMPARE(received.size(), 0);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.at(0).at(0).value<PhoneTransferServer::End>(),
                 PhoneTransferServer::End::Refused);
        QVERIFY(refused(s.port));
    }

    void refusesOtherKeyAndOtherToken()
    {
        for (int variant = 0; variant < 3; ++variant) {
            PhoneTransferServer server;
            QSignalSpy received(&server, &PhoneTransferServer::received);
            const Started s = startOn(server);
            QByteArray body;
            if (variant == 0) // another key
                body = PhoneTransferCrypto::seal(PhoneTransferCrypto::randomBytes(32),
                                                 PhoneTransferCrypto::randomBytes(12), s.token,
                                                 "photo");
            else if (variant == 1) // the right key, sealed for another token
                body = PhoneTransferCrypto::seal(s.key, PhoneTransferCrypto::randomBytes(12),
                                                 "0123456789abcdef0123456789abcdef", "photo");
            else // shorter than IV and tag
                body = QByteArray(27, 'x');
            QCOMPARE(request(s.port, post(s.path + "/upload", body)).status, 400);
            QCOMPARE(received.size(), 0);
            if (variant < 2)
                QVERIFY(refused(s.port));
        }
    }

    void refusesOversizedBody()
    {
        PhoneTransferServer server;
        QSignalSpy started(&server, &PhoneTransferServer::uploadStarted);
        const Started s = startOn(server);
        const QByteArray head = "POST " + s.path
            + "/upload HTTP/1.1\r\nHost: test\r\nContent-Length: "
            + QByteArray::number(PhoneTransferServer::MaxBodyBytes + 1) + "\r\n\r\n";
        QCOMPARE(request(s.port, head + QByteArray(4096, 'x')).status, 413);
        QCOMPARE(started.size(), 0); // refused on the declared length, before any body is kept
        QCOMPARE(request(s.port, "POST " + s.path + "/upload HTTP/1.1\r\n\r\n").status, 411);
        QCOMPARE(request(s.port,
                         "POST " + s.path
                             + "/upload HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                     .status,
                 501);
        QCOMPARE(
            request(s.port,
                    "POST " + s.path
                        + "/upload HTTP/1.1\r\nContent-Length: 40\r\nContent-Length: 40\r\n\r\n")
                .status,
            400);
        QVERIFY(server.isListening());
    }

    void oneUploadAtATime()
    {
        PhoneTransferServer server;
        QSignalSpy received(&server, &PhoneTransferServer::received);
        QSignalSpy started(&server, &PhoneTransferServer::uploadStarted);
        const Started s = startOn(server);
        const QByteArray body = sealFor(s, PhoneTransferCrypto::randomBytes(5000));
        QTcpSocket first;
        first.connectToHost(QHostAddress::LocalHost, s.port);
        spinUntil([&] { return first.state() == QAbstractSocket::ConnectedState; });
        const QByteArray whole = post(s.path + "/upload", body);
        first.write(whole.left(whole.size() - 1000));
        spinUntil([&] { return !started.isEmpty(); });
        QCOMPARE(started.size(), 1);
        QCOMPARE(request(s.port, post(s.path + "/upload", body)).status, 409);
        first.write(whole.right(1000));
        spinUntil([&] { return !received.isEmpty(); });
        QCOMPARE(received.size(), 1);
        QVERIFY(refused(s.port));
    }

    void expiresAndCloses()
    {
        PhoneTransferServer server;
        server.setExpiry(50ms);
        QSignalSpy ended(&server, &PhoneTransferServer::ended);
        QSignalSpy received(&server, &PhoneTransferServer::received);
        const Started s = startOn(server);
        const QByteArray body = sealFor(s, "photo");
        QVERIFY(ended.wait(20000));
        QCOMPARE(ended.at(0).at(0).value<PhoneTransferServer::End>(),
                 PhoneTransferServer::End::Expired);
        QVERIFY(refused(s.port));
        QVERIFY(!request(s.port, post(s.path + "/upload", body)).connected);
        QCOMPARE(received.size(), 0);
    }

    void stopClosesEvenMidUpload()
    {
        PhoneTransferServer server;
        QSignalSpy ended(&server, &PhoneTransferServer::ended);
        QSignalSpy received(&server, &PhoneTransferServer::received);
        QSignalSpy started(&server, &PhoneTransferServer::uploadStarted);
        const Started s = startOn(server);
        const QByteArray body = sealFor(s, PhoneTransferCrypto::randomBytes(5000));
        QTcpSocket uploader;
        uploader.connectToHost(QHostAddress::LocalHost, s.port);
        spinUntil([&] { return uploader.state() == QAbstractSocket::ConnectedState; });
        const QByteArray whole = post(s.path + "/upload", body);
        uploader.write(whole.left(whole.size() / 2));
        spinUntil([&] { return !started.isEmpty(); });
        server.stop();
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.at(0).at(0).value<PhoneTransferServer::End>(),
                 PhoneTransferServer::End::Stopped);
        spinUntil([&] { return uploader.state() == QAbstractSocket::UnconnectedState; });
        QCOMPARE(uploader.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(refused(s.port));
        QVERIFY(!request(s.port, post(s.path + "/upload", body)).connected);
        QCOMPARE(received.size(), 0);
        server.stop(); // a second stop is harmless
        QCOMPARE(ended.size(), 1);
    }

    void destroyingClosesThePort()
    {
        quint16 port = 0;
        {
            PhoneTransferServer server;
            port = startOn(server).port;
            QVERIFY(!refused(port));
        }
        QVERIFY(refused(port));
    }
};

QTEST_GUILESS_MAIN(TestPhoneTransferServer)
#include "tst_phonetransferserver.moc"
