// The fault matrix of issue 5: HttpClient against a misbehaving local server over
// real sockets. Every case asserts an observable outcome (what the server saw,
// what the reply reported); time appears only as generous "did not hang" bounds.
#include "faultserver.h"
#include "httpclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QResource>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace zkgrad::net;
using namespace std::chrono_literals;

namespace {

constexpr int Hang = 20000; ///< Upper bound for "finished at all".

HttpClient::Options fastOptions()
{
    HttpClient::Options o;
    o.retry.maxAttempts = 3;
    o.retry.baseDelay = 20ms;
    o.retry.maxDelay = 100ms;
    o.retry.maxRetryAfter = 2000ms;
    return o;
}

/** Sends and waits; the reply is gone afterwards, so the response is copied out. */
struct Outcome
{
    HttpResponse response;
    QList<int> retryDelays;
    qint64 uploadedMax = 0;
    qint64 downloadedMax = 0;
    bool finished = false;
};

Outcome run(HttpClient &client, const HttpRequest &request)
{
    Outcome out;
    HttpReply *reply = client.send(request);
    QObject::connect(reply, &HttpReply::retrying,
                     [&out](int, int delay, const QString &) { out.retryDelays.append(delay); });
    QObject::connect(reply, &HttpReply::uploadProgress,
                     [&out](qint64 now, qint64) { out.uploadedMax = qMax(out.uploadedMax, now); });
    QObject::connect(reply, &HttpReply::downloadProgress, [&out](qint64 now, qint64) {
        out.downloadedMax = qMax(out.downloadedMax, now);
    });
    QObject::connect(reply, &HttpReply::finished, [&out, reply] {
        out.response = reply->response();
        out.finished = true;
    });
    (void)QTest::qWaitFor([&out] { return out.finished; }, Hang);
    return out;
}

HttpRequest put(const QUrl &url, const QByteArray &body, const QByteArray &key)
{
    HttpRequest r;
    r.method = "PUT";
    r.url = url;
    r.body = body;
    r.setHeader("Content-Type", "image/jpeg");
    r.idempotencyKey = key;
    return r;
}

/** A server-side store that applies a write once per Idempotency-Key and replays the first answer.
 */
struct IdempotentStore
{
    QHash<QByteArray, QByteArray> applied; ///< key -> body stored
    int effectiveWrites = 0;

    FaultServer::Reply handle(const FaultServer::Request &r)
    {
        const QByteArray key = r.header("Idempotency-Key");
        if (!applied.contains(key)) {
            applied.insert(key, r.body);
            ++effectiveWrites;
        }
        return FaultServer::Reply::json(
            201, "{\"stored\":" + QByteArray::number(applied.value(key).size()) + "}");
    }
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfterParsing();
    void backoffIsBoundedAndJittered();
    void retryableMethods();

    void connectionRefusedIsRetriedThenReported();
    void serviceUnavailableThenSuccessWritesOnce();
    void internalServerErrorIsNotRetried();
    void postWithoutKeyIsNotRetried();
    void tooManyRequestsHonoursRetryAfter();
    void retryAfterIsCapped();
    void resetDuringUploadIsRetriedAndWritesOnce();
    void lostResponseAfterCommitWritesOnce();
    void stalledResponseHitsLowSpeedLimit();
    void slowDripHitsTotalTimeout();
    void slowButSteadyDripSucceeds();
    void oversizedBodyWithLength();
    void oversizedChunkedBody();
    void redirectIsFollowedWithBody();
    void untrustedCertificateIsRefused();
    void trustedCaIsAccepted();
    void caBundleIsReadThroughQt();
    void httpsRedirectToHttpIsRefused();
    void cancelStopsTransfer();
    void cancelDuringBackoff();
    void compressedResponseIsDecoded();
    void uploadFromFileAndProgress();
    void proxyFromEnvironmentIsUsed();
    void loopbackNeverUsesProxy();

private:
    FaultServer *tlsServer(QString *ca);
};

void TestHttpClient::retryAfterParsing()
{
    const QDateTime now(QDate(2026, 11, 28), QTime(8, 0, 0), QTimeZone::utc());
    QCOMPARE(parseRetryAfter("120", now).value(), 120000ms);
    QCOMPARE(parseRetryAfter(" 0 ", now).value(), 0ms);
    QCOMPARE(parseRetryAfter("Sat, 28 Nov 2026 08:00:30 GMT", now).value(), 30000ms);
    QCOMPARE(parseRetryAfter("Saturday, 28-Nov-26 08:01:00 GMT", now).value(), 60000ms);
    QCOMPARE(parseRetryAfter("Sat Nov 28 08:00:05 2026", now).value(), 5000ms);
    QCOMPARE(parseRetryAfter("Fri, 27 Nov 2026 08:00:00 GMT", now).value(), 0ms); // past
    QVERIFY(!parseRetryAfter("", now));
    QVERIFY(!parseRetryAfter("soon", now));
    QVERIFY(!parseRetryAfter("-5", now));
}

void TestHttpClient::backoffIsBoundedAndJittered()
{
    RetryPolicy p;
    p.baseDelay = 100ms;
    p.maxDelay = 1000ms;
    QSet<qint64> seen;
    for (int i = 0; i < 200; ++i) {
        const auto d1 = p.backoff(1);
        QVERIFY(d1 >= 50ms && d1 <= 100ms);
        const auto d3 = p.backoff(3);
        QVERIFY(d3 >= 200ms && d3 <= 400ms);
        const auto d30 = p.backoff(30);
        QVERIFY(d30 >= 500ms && d30 <= 1000ms);
        seen.insert(d3.count());
    }
    QVERIFY2(seen.size() > 10, "backoff has no jitter");
}

void TestHttpClient::retryableMethods()
{
    HttpRequest r;
    for (const char *m : { "GET", "HEAD", "PUT", "DELETE", "OPTIONS" }) {
        r.method = m;
        QVERIFY(r.isRetryable());
    }
    r.method = "POST";
    QVERIFY(!r.isRetryable());
    r.idempotencyKey = "k";
    QVERIFY(r.isRetryable());
    r.idempotencyKey.clear();
    r.setHeader("idempotency-key", "k2");
    QVERIFY(r.isRetryable());
    r.method = "PATCH";
    r.headers.clear();
    QVERIFY(!r.isRetryable());
}

void TestHttpClient::connectionRefusedIsRetriedThenReported()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    HttpClient client(fastOptions());
    HttpRequest r;
    r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/batch").arg(port));
    const Outcome out = run(client, r);
    QVERIFY(out.finished);
    QCOMPARE(out.response.error, NetError::ConnectionRefused);
    QCOMPARE(out.response.attempts, 3);
    QCOMPARE(out.retryDelays.size(), 2);
    QVERIFY(!userMessage(out.response.error).isEmpty());
    QVERIFY(out.response.technicalDetail.contains(QLatin1String("curl 7")));
    QCOMPARE(client.pendingCount(), 0);
}

void TestHttpClient::serviceUnavailableThenSuccessWritesOnce()
{
    FaultServer server;
    QVERIFY(server.listen());
    IdempotentStore store;
    server.script = { FaultServer::Reply::json(503, "{}"), FaultServer::Reply::json(502, "{}") };
    server.handler = [&store](const FaultServer::Request &r) { return store.handle(r); };
    HttpClient client(fastOptions());
    const Outcome out = run(client,
                            put(server.url(QStringLiteral("/api/v1/attachments/id-front")),
                                QByteArray(5000, 'x'), "key-1"));
    QCOMPARE(out.response.error, NetError::None);
    QCOMPARE(out.response.status, 201);
    QCOMPARE(out.response.attempts, 3);
    QCOMPARE(server.received.size(), 3);
    QCOMPARE(store.effectiveWrites, 1);
    QCOMPARE(store.applied.value("key-1").size(), 5000);
}

void TestHttpClient::internalServerErrorIsNotRetried()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.handler = [](const FaultServer::Request &) {
        return FaultServer::Reply::json(500, "{}");
    };
    HttpClient client(fastOptions());
    HttpRequest r;
    r.url = server.url(QStringLiteral("/api/v1/batch"));
    const Outcome out = run(client, r);
    QCOMPARE(out.response.error, NetError::None);
    QCOMPARE(out.response.status, 500);
    QCOMPARE(out.response.attempts, 1);
    QCOMPARE(server.received.size(), 1);
}

void TestHttpClient::postWithoutKeyIsNotRetried()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.handler = [](const FaultServer::Request &) {
        return FaultServer::Reply::json(503, "{}");
    };
    HttpClient client(fastOptions());
    HttpRequest r;
    r.method = "POST";
    r.url = server.url(QStringLiteral("/api/v1/payments"));
    r.body = "{}";
    const Outcome out = run(client, r);
    QCOMPARE(out.response.status, 503);
    QCOMPARE(out.response.attempts, 1);
    QCOMPARE(server.received.size(), 1);
    QVERIFY(out.retryDelays.isEmpty());
}

void TestHttpClient::tooManyRequestsHonoursRetryAfter()
{
    FaultServer server;
    QVERIFY(server.listen());
    auto limited = FaultServer::Reply::json(429, "{}");
    limited.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    server.script = { limited };
    HttpClient client(fastOptions());
    HttpRequest r;
    r.method = "POST";
    r.url = server.url(QStringLiteral("/api/v1/sessions"));
    r.body = "{}";
    r.idempotencyKey = "sign-in-1";
    const Outcome out = run(client, r);
    QCOMPARE(out.response.status, 200);
    QCOMPARE(out.retryDelays, QList<int> { 1000 });
    QCOMPARE(server.received.size(), 2);
    QCOMPARE(server.received[0].header("Idempotency-Key"),
             server.received[1].header("Idempotency-Key"));
}

void TestHttpClient::retryAfterIsCapped()
{
    FaultServer server;
    QVERIFY(server.listen());
    auto busy = FaultServer::Reply::json(503, "{}");
    busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3600")));
    server.script = { busy };
    auto options = fastOptions();
    options.retry.maxRetryAfter = 150ms;
    HttpClient client(options);
    HttpRequest r;
    r.url = server.url(QStringLiteral("/api/v1/batch"));
    const Outcome out = run(client, r);
    QCOMPARE(out.response.status, 200);
    QCOMPARE(out.retryDelays, QList<int> { 150 });
}

void TestHttpClient::resetDuringUploadIsRetriedAndWritesOnce()
{
    FaultServer server;
    QVERIFY(server.listen());
    IdempotentStore store;
    FaultServer::Reply reset;
    reset.fault = FaultServer::Reply::Fault::ResetDuringUpload;
    reset.resetAfterBodyBytes = 64 * 1024;
    server.script = { reset };
    server.handler = [&store](const FaultServer::Request &r) { return store.handle(r); };
    HttpClient client(fastOptions());
    QByteArray body(400 * 1024, '\0');
    for (int i = 0; i < body.size(); ++i)
        body[i] = char(i * 7);
    const Outcome out = run(
        client, put(server.url(QStringLiteral("/api/v1/attachments/signature")), body, "key-2"));
    QCOMPARE(out.response.error, NetError::None);
    QCOMPARE(out.response.status, 201);
    QCOMPARE(out.response.attempts, 2);
    QCOMPARE(out.retryDelays.size(), 1);
    QCOMPARE(store.effectiveWrites, 1);
    QCOMPARE(store.applied.value("key-2"), body);
    QCOMPARE(out.uploadedMax, qint64(body.size()));
}

void TestHttpClient::lostResponseAfterCommitWritesOnce()
{
    // The server applies the write, then the connection dies before the answer: the
    // client cannot know, retries with the same key, and the server replays.
    FaultServer server;
    QVERIFY(server.listen());
    IdempotentStore store;
    int calls = 0;
    server.handler = [&](const FaultServer::Request &r) {
        FaultServer::Reply reply = store.handle(r);
        if (++calls == 1)
            reply.fault = FaultServer::Reply::Fault::CloseWithoutResponse;
        return reply;
    };
    HttpClient client(fastOptions());
    HttpRequest r;
    r.method = "POST";
    r.url = server.url(QStringLiteral("/api/v1/application/submit"));
    r.body = "{\"confirm\":true}";
    r.idempotencyKey = "submit-1";
    const Outcome out = run(client, r);
    QCOMPARE(out.response.status, 201);
    QCOMPARE(out.response.attempts, 2);
    QCOMPARE(server.received.size(), 2);
    QCOMPARE(store.effectiveWrites, 1);
}

void TestHttpClient::stalledResponseHitsLowSpeedLimit()
{
    FaultServer server;
    QVERIFY(server.listen());
    FaultServer::Reply stall = FaultServer::Reply::json(200, QByteArray(10000, 'a'));
    stall.fault = FaultServer::Reply::Fault::StallAfterHeaders;
    stall.stallAfterBytes = 10;
    server.handler = [stall](const FaultServer::Request &) { return stall; };
    auto options = fastOptions();
    options.retry.maxAttempts = 2;
    HttpClient client(options);
    HttpRequest r;
    r.url = server.url(QStringLiteral("/api/v1/application"));
    r.lowSpeedBytesPerSecond = 100;
    r.lowSpeedTime = 1s;
    r.totalTimeout = 0ms; // only the low-speed limit may end it
    const Outcome out = run(client, r);
    QVERIFY(out.finished);
    QCOMPARE(out.response.error, NetError::Timeout);
    QCOMPARE(out.response.attempts, 2);
    QCOMPARE(server.received.size(), 2);
}

void TestHttpClient::slowDripHitsTotalTimeout()
{
    // 50 bytes per second keeps the low-speed check (10 B/s) happy for ever; the total limit must
    // end it.
    FaultServer server;
    QVERIFY(server.listen());
    FaultServer::Reply drip = FaultServer::Reply::json(200, QByteArray(100000, 'd'));
    drip.fault = FaultServer::Reply::Fault::Drip;
    drip.dripIntervalMs = 20;
    server.handler = [drip](const FaultServer::Request &) { return drip; };
    auto options = fastOptions();
    options.retry.maxAttempts = 1;
    HttpClient client(options);
    HttpRequest r;
    r.url = server.url(QStringLiteral("/api/v1/announcements"));
    r.totalTimeout = 1500ms;
    r.lowSpeedBytesPerSecond = 10;
    r.lowSpeedTime = 1s;
    const Outcome out = run(client, r);
    QVERIFY(out.finished);
    QCOMPARE(out.response.error, NetError::Timeout);
    QVERIFY(out.downloadedMax > 0);
    QVERIFY(out.response.body.isEmpty());
}

void TestHttpClient::slowButSteadyDripSucceeds()
{
    FaultServer server;
    QVERIFY(server.listen());
    FaultServer::Reply drip = FaultServer::Reply::json(200, "{\"fee\":\"120.00\"}");
    drip.fault = FaultServer::Reply::Fault::Drip;
    drip.dripIntervalMs = 15;
    server.handler = [drip](const FaultServer::Request &) { return drip; };
    HttpClient client(fastOptions());
    HttpRequest r;
    r.url = server.url(QStringLiteral("/api/v1/batch"));
    r.lowSpeedBytesPerSecond = 1;
    r.lowSpeedTime = 2s;
    const Outcome out = run(client, r);
    QCOMPARE(out.response.error, NetError::None);
    QCOMPARE(out.response.body, QByteArray("{\"fee\":\"120.00\"}"));
    QCOMPARE(out.response.attempts, 1);
}

void TestHttpClient::oversizedBodyWithLength()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.handler = [](const FaultServer::Request &) {
        return FaultServer::Reply::json(200, QByteArray(2 * 1024 * 1024, 'z'));
    };
    HttpClient client(fastOptions());
    HttpRequest r;
    r.url = server.url(QStringLiteral("/api/v1/announcements"));
    r.maxResponseBytes = 64 * 1024;
    const Outcome out = run(client, r);
    QCOMPARE(out.response.error, NetError::ResponseTooLarge);
    QCOMPARE(out.response.attempts, 1);
    QVERIFY(out.response.body.isEmpty());
}

void TestHttpClient::oversizedChunkedBody()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.handler = [](const FaultServer::Request &) {
        auto reply = FaultServer::Reply::json(200, QByteArray(1024 * 1024, 'z'));
        reply.chunked = true;
        return reply;
    };
    HttpClient client(fastOptions());
    HttpRequest r;
    r.url = server.url(QStringLiteral("/api/v1/announcements"));
    r.maxResponseBytes = 64 * 1024;
    const Outcome out = run(client, r);
    QCOMPARE(out.response.error, NetError::ResponseTooLarge);
    QCOMPARE(out.response.attempts, 1);
    QCOMPARE(userMessage(out.response.error).isEmpty(), false);
}

void TestHttpClient::redirectIsFollowedWithBody()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.handler = [&server](const FaultServer::Request &r) {
        if (r.target == "/old") {
            FaultServer::Reply moved;
            moved.status = 307;
            moved.headers.append({ "Location", server.url(QStringLiteral("/new")).toEncoded() });
            return moved;
        }
        return FaultServer::Reply::json(200, "{\"len\":" + QByteArray::number(r.body.size()) + "}");
    };
    HttpClient client(fastOptions());
    const Outcome out =
        run(client, put(server.url(QStringLiteral("/old")), QByteArray(3000, 'r'), "key-r"));
    QCOMPARE(out.response.status, 200);
    QCOMPARE(out.response.body, QByteArray("{\"len\":3000}"));
    QCOMPARE(out.response.effectiveUrl.path(), QStringLiteral("/new"));
    QCOMPARE(server.received.size(), 2);
    QCOMPARE(server.received[1].method, QByteArray("PUT"));
}

FaultServer *TestHttpClient::tlsServer(QString *ca)
{
    auto *server = new FaultServer(this);
    QString error;
    if (!server->makeCertificates(&error)) {
        qWarning("%s", qPrintable(error));
        delete server;
        return nullptr;
    }
    if (!server->listen(true)) {
        delete server;
        return nullptr;
    }
    *ca = server->caBundlePath();
    return server;
}

void TestHttpClient::untrustedCertificateIsRefused()
{
    QString ca;
    std::unique_ptr<FaultServer> server(tlsServer(&ca));
    QVERIFY(server);
    HttpClient client(fastOptions()); // the system store does not know our throwaway CA
    HttpRequest r;
    r.url = server->url(QStringLiteral("/api/v1/batch"));
    const Outcome out = run(client, r);
    QCOMPARE(out.response.error, NetError::TlsFailed);
    QCOMPARE(out.response.attempts, 1); // never retried: it will not get better
    QVERIFY(server->received.isEmpty());
}

void TestHttpClient::trustedCaIsAccepted()
{
    QString ca;
    std::unique_ptr<FaultServer> server(tlsServer(&ca));
    QVERIFY(server);
    auto options = fastOptions();
    options.caBundle = ca;
    HttpClient client(options);
    HttpRequest r;
    r.url = server->url(QStringLiteral("/api/v1/batch"));
    const Outcome out = run(client, r);
    QCOMPARE(out.response.error, NetError::None);
    QCOMPARE(out.response.status, 200);
    QCOMPARE(server->received.size(), 1);
    // Keep-alive: a second request reuses the connection.
    const Outcome again = run(client, r);
    QCOMPARE(again.response.status, 200);
    QCOMPARE(server->connections, 1);
}

void TestHttpClient::caBundleIsReadThroughQt()
{
    // Issue 20: libcurl must never open the bundle itself (a char* path is read in the ANSI
    // code page on Windows, where C:\Users\张三 does not fit). A bundle only Qt can open, a
    // resource, proves the bytes come through QFile; a missing one is still refused.
    QString ca;
    std::unique_ptr<FaultServer> server(tlsServer(&ca));
    QVERIFY(server);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("张三 O'Brien"));
    QVERIFY(QDir().mkpath(folder));
    const QString named = folder + QStringLiteral("/证书 1.pem");
    QVERIFY(QFile::copy(ca, named));
    QFile qrc(folder + QStringLiteral("/ca.qrc"));
    QVERIFY(qrc.open(QIODevice::WriteOnly));
    qrc.write("<RCC><qresource prefix=\"/zkgrad-test\"><file alias=\"ca.pem\">证书 1.pem</file>"
              "</qresource></RCC>");
    qrc.close();
    const QString rccFile = folder + QStringLiteral("/ca.rcc");
    QProcess rcc;
    rcc.start(QStringLiteral(ZKGRAD_RCC_PATH),
              { QStringLiteral("--binary"), QStringLiteral("-o"), rccFile, qrc.fileName() });
    QVERIFY(rcc.waitForFinished(30000));
    QCOMPARE(rcc.exitCode(), 0);
    QVERIFY(QResource::registerResource(rccFile));
    auto unregister = qScopeGuard([&] { QResource::unregisterResource(rccFile); });

    HttpRequest r;
    r.url = server->url(QStringLiteral("/api/v1/batch"));
    for (const QString &bundle : { QStringLiteral(":/zkgrad-test/ca.pem"), named }) {
        auto options = fastOptions();
        options.caBundle = bundle;
        HttpClient client(options);
        const Outcome out = run(client, r);
        QVERIFY2(out.response.error == NetError::None,
                 qPrintable(bundle + QLatin1Char(' ') + out.response.technicalDetail));
        QCOMPARE(out.response.status, 200);
    }
    QCOMPARE(server->received.size(), 2);

    auto options = fastOptions();
    options.caBundle = folder + QStringLiteral("/没有.pem");
    HttpClient client(options);
    const Outcome out = run(client, r);
    QCOMPARE(out.response.error, NetError::TlsFailed);
    QCOMPARE(server->received.size(), 2);
}

void TestHttpClient::httpsRedirectToHttpIsRefused()
{
    QString ca;
    std::unique_ptr<FaultServer> server(tlsServer(&ca));
    QVERIFY(server);
    FaultServer plain;
    QVERIFY(plain.listen());
    server->handler = [&plain](const FaultServer::Request &) {
        FaultServer::Reply moved;
        moved.status = 302;
        moved.headers.append({ "Location", plain.url(QStringLiteral("/leak")).toEncoded() });
        return moved;
    };
    auto options = fastOptions();
    options.caBundle = ca;
    HttpClient client(options);
    HttpRequest r;
    r.url = server->url(QStringLiteral("/api/v1/batch"));
    r.setHeader("Authorization", "Bearer secret");
    const Outcome out = run(client, r);
    QCOMPARE(out.response.error, NetError::InsecureRedirect);
    QVERIFY(plain.received.isEmpty());
}

void TestHttpClient::cancelStopsTransfer()
{
    FaultServer server;
    QVERIFY(server.listen());
    FaultServer::Reply drip = FaultServer::Reply::json(200, QByteArray(100000, 'd'));
    drip.fault = FaultServer::Reply::Fault::Drip;
    server.handler = [drip](const FaultServer::Request &) { return drip; };
    HttpClient client(fastOptions());
    HttpRequest r;
    r.url = server.url(QStringLiteral("/api/v1/announcements"));
    HttpReply *reply = client.send(r);
    QPointer<HttpReply> guard(reply);
    bool finished = false;
    NetError error = NetError::None;
    connect(reply, &HttpReply::downloadProgress, reply, [reply](qint64 now, qint64) {
        if (now > 0)
            reply->cancel();
    });
    connect(reply, &HttpReply::finished, this, [&] {
        finished = true;
        error = reply->response().error;
    });
    QVERIFY(QTest::qWaitFor([&] { return finished; }, Hang));
    QCOMPARE(error, NetError::Cancelled);
    QTRY_VERIFY(guard.isNull()); // the reply deleted itself
    QCOMPARE(client.pendingCount(), 0);
}

void TestHttpClient::cancelDuringBackoff()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.handler = [](const FaultServer::Request &) {
        return FaultServer::Reply::json(503, "{}");
    };
    auto options = fastOptions();
    options.retry.baseDelay = 60000ms; // the retry would come much later than the test waits
    options.retry.maxDelay = 60000ms;
    HttpClient client(options);
    HttpRequest r;
    r.url = server.url(QStringLiteral("/api/v1/batch"));
    HttpReply *reply = client.send(r);
    bool finished = false;
    NetError error = NetError::None;
    connect(reply, &HttpReply::retrying, reply,
            [reply] { QTimer::singleShot(0, reply, [reply] { reply->cancel(); }); });
    connect(reply, &HttpReply::finished, this, [&] {
        finished = true;
        error = reply->response().error;
    });
    QVERIFY(QTest::qWaitFor([&] { return finished; }, Hang));
    QCOMPARE(error, NetError::Cancelled);
    QCOMPARE(server.received.size(), 1);
    QCOMPARE(client.pendingCount(), 0);
}

void TestHttpClient::compressedResponseIsDecoded()
{
    FaultServer server;
    QVERIFY(server.listen());
    const QByteArray json = "{\"items\":[" + QByteArray(5000, ' ') + "]}";
    server.handler = [&json](const FaultServer::Request &r) {
        if (!r.header("Accept-Encoding").contains("deflate"))
            return FaultServer::Reply::json(400, "{}");
        auto reply =
            FaultServer::Reply::json(200, qCompress(json).mid(4)); // a zlib stream = HTTP "deflate"
        reply.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("deflate")));
        return reply;
    };
    HttpClient client(fastOptions());
    HttpRequest r;
    r.url = server.url(QStringLiteral("/api/v1/announcements"));
    const Outcome out = run(client, r);
    QCOMPARE(out.response.status, 200);
    QCOMPARE(out.response.body, json);
}

void TestHttpClient::uploadFromFileAndProgress()
{
    FaultServer server;
    QVERIFY(server.listen());
    IdempotentStore store;
    server.handler = [&store](const FaultServer::Request &r) { return store.handle(r); };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.jpg"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray content(300 * 1024, 'j');
    f.write(content);
    f.close();
    HttpClient client(fastOptions());
    HttpRequest r = put(server.url(QStringLiteral("/api/v1/attachments/other-1")), {}, "key-f");
    r.bodyFile = path;
    const Outcome out = run(client, r);
    QCOMPARE(out.response.status, 201);
    QCOMPARE(store.applied.value("key-f"), content);
    QCOMPARE(out.uploadedMax, qint64(content.size()));

    r.bodyFile = dir.filePath(QStringLiteral("missing.jpg"));
    r.idempotencyKey = "key-g";
    const Outcome missing = run(client, r);
    QCOMPARE(missing.response.error, NetError::LocalFileError);
    QCOMPARE(missing.response.attempts, 1);
    QCOMPARE(server.received.size(), 1); // the missing file was never sent as an empty body
}

void TestHttpClient::proxyFromEnvironmentIsUsed()
{
    // The proxy itself is our fault server on 127.0.0.1; the target name never resolves.
    FaultServer proxy;
    QVERIFY(proxy.listen());
    const QByteArray saved = qgetenv("http_proxy");
    // A QByteArray, not a QStringBuilder: Qt 6.8 takes QByteArrayView here.
    qputenv("http_proxy", QByteArray("http://127.0.0.1:" + QByteArray::number(proxy.port())));
    HttpClient client(fastOptions());
    HttpRequest r;
    r.url = QUrl(QStringLiteral("http://zkgrad-api.invalid/api/v1/batch"));
    const Outcome out = run(client, r);
    if (saved.isEmpty())
        qunsetenv("http_proxy");
    else
        qputenv("http_proxy", saved);
    QCOMPARE(out.response.status, 200);
    QCOMPARE(proxy.received.size(), 1);
    QCOMPARE(proxy.received[0].target, QByteArray("http://zkgrad-api.invalid/api/v1/batch"));
}

void TestHttpClient::loopbackNeverUsesProxy()
{
    FaultServer server;
    QVERIFY(server.listen());
    const QByteArray saved = qgetenv("http_proxy");
    qputenv("http_proxy", "http://127.0.0.1:9"); // would be refused if it were used
    HttpClient client(fastOptions());
    HttpRequest r;
    r.url = server.url(QStringLiteral("/api/v1/batch"));
    const Outcome out = run(client, r);
    if (saved.isEmpty())
        qunsetenv("http_proxy");
    else
        qputenv("http_proxy", saved);
    QCOMPARE(out.response.status, 200);
    QCOMPARE(server.received.value(0).target, QByteArray("/api/v1/batch"));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
