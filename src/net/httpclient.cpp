// Why a worker thread and not Qt's event loop.
//
// HttpClient runs its one curl multi handle on a single worker thread that sleeps
// in curl_multi_poll() and is woken by curl_multi_wakeup() when a request is
// queued or cancelled; results and progress are posted back to the thread that
// owns the HttpClient as queued calls. We chose this over driving libcurl from
// Qt's loop (CURLMOPT_SOCKETFUNCTION/TIMERFUNCTION with QSocketNotifier and
// QTimer) because (1) the architecture says network I/O never runs on the GUI
// thread, and TLS handshakes, gzip inflation and reading upload files from disk
// are real work on a slow kiosk; (2) the socket-callback integration has sharp
// edges (a notifier must be re-armed or torn down inside callbacks without
// re-entering libcurl, sockets can be replaced under the same fd, QSocketNotifier
// behaves differently on Windows) whereas the poll loop is about forty lines with
// one owner for every easy handle, so no handle is ever touched by two threads;
// (3) tests can run a plain QTcpServer fault server on the main thread while the
// client's I/O proceeds independently, so a blocked test loop cannot mask a
// client bug. The cost is one thread and a copy of each response body across
// threads, which is negligible for our payloads (JSON and JPEGs of at most 50 KB).
// Retry timing, backoff and proxy lookup stay on the caller's thread, so the
// worker only ever runs single attempts.
#include "httpclient.h"

#include "curlworker.h"
#include "redact.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>

#include <curl/curl.h>

#include <mutex>

Q_LOGGING_CATEGORY(lcHttp, "zkgrad.net.http", QtInfoMsg)

namespace zkgrad::net {

HttpReply::HttpReply(HttpClient *client, HttpRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_retryTimer.setSingleShot(true);
}

void HttpReply::cancel()
{
    if (m_finished || !m_client)
        return;
    m_client->cancelReply(this);
}

void HttpClient::globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

HttpClient::HttpClient(QObject *parent)
    : HttpClient(Options {}, parent)
{ }

HttpClient::HttpClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    globalInit();
    // The worker calls these on its own thread; queued calls bring them to ours.
    m_worker = std::make_unique<CurlWorker>(
        [this](quint64 id, HttpResponse response) {
            QMetaObject::invokeMethod(
                this,
                [this, id, r = std::move(response)]() mutable {
                    onAttemptFinished(id, std::move(r));
                },
                Qt::QueuedConnection);
        },
        [this](quint64 id, qint64 upNow, qint64 upTotal, qint64 downNow, qint64 downTotal) {
            QMetaObject::invokeMethod(
                this, [=, this] { onProgress(id, upNow, upTotal, downNow, downTotal); },
                Qt::QueuedConnection);
        });
}

HttpClient::~HttpClient()
{
    // Join the worker before the replies go: nothing it posts can arrive afterwards.
    m_worker.reset();
}

HttpReply *HttpClient::send(const HttpRequest &request)
{
    auto *reply = new HttpReply(this, request);
    m_replies.insert(reply, true);
    connect(&reply->m_retryTimer, &QTimer::timeout, reply, [this, reply] { startAttempt(reply); });
    const QString scheme = request.url.scheme();
    if (!request.url.isValid()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // Finish asynchronously, like every other outcome, so callers can connect first.
        QMetaObject::invokeMethod(
            this,
            [this, reply] {
                HttpResponse r;
                r.error = NetError::Other;
                r.technicalDetail = QStringLiteral("invalid URL");
                finish(reply, r);
            },
            Qt::QueuedConnection);
        return reply;
    }
    startAttempt(reply);
    return reply;
}

void HttpClient::send(const HttpRequest &request, QObject *context,
                      std::function<void(const HttpResponse &)> done)
{
    HttpReply *reply = send(request);
    connect(reply, &HttpReply::finished, context,
            [reply, done = std::move(done)] { done(reply->response()); });
}

std::optional<QByteArray> HttpClient::proxyFor(const QUrl &url, QByteArray *user,
                                               QByteArray *password) const
{
    if (m_options.proxy)
        return m_options.proxy;
    // The embedded sandbox must never be sent through a school's proxy.
    const QHostAddress host(url.host());
    if (host.isLoopback() || url.host() == QLatin1String("localhost"))
        return QByteArray();
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &p : proxies) {
        QByteArray scheme;
        if (p.type() == QNetworkProxy::HttpProxy)
            scheme = "http";
        else if (p.type() == QNetworkProxy::Socks5Proxy)
            scheme = "socks5h";
        else
            continue;
        *user = p.user().toUtf8();
        *password = p.password().toUtf8();
        return scheme + "://" + QUrl::toAce(p.hostName()) + ':' + QByteArray::number(p.port());
    }
    // Nothing from Qt: libcurl's default reads http_proxy/https_proxy/no_proxy itself.
    return std::nullopt;
}

void HttpClient::startAttempt(HttpReply *reply)
{
    CurlTransferSpec spec;
    spec.id = m_nextId++;
    spec.request = reply->m_request;
    spec.caBundle = m_options.caBundle;
    spec.userAgent = m_options.userAgent;
    spec.proxy = proxyFor(reply->m_request.url, &spec.proxyUser, &spec.proxyPassword);
    reply->m_transferId = spec.id;
    ++reply->m_attempt;
    m_inFlight.insert(spec.id, reply);
    qCDebug(lcHttp).noquote() << "attempt" << reply->m_attempt << reply->m_request.method
                              << Redact::mask(reply->m_request.url.toDisplayString());
    m_worker->submit(std::move(spec));
}

void HttpClient::onProgress(quint64 id, qint64 upNow, qint64 upTotal, qint64 downNow,
                            qint64 downTotal)
{
    HttpReply *reply = m_inFlight.value(id);
    if (!reply)
        return;
    if (upTotal > 0 || upNow > 0)
        Q_EMIT reply->uploadProgress(upNow, upTotal);
    if (downTotal > 0 || downNow > 0)
        Q_EMIT reply->downloadProgress(downNow, downTotal);
}

void HttpClient::onAttemptFinished(quint64 id, HttpResponse response)
{
    HttpReply *reply = m_inFlight.take(id);
    if (!reply || reply->m_finished)
        return;
    reply->m_transferId = 0;
    response.attempts = reply->m_attempt;
    const HttpRequest &request = reply->m_request;
    const RetryPolicy policy = request.retry.value_or(m_options.retry);

    const bool transient = response.isNetworkError() ? isTransient(response.error)
                                                     : isRetryableStatus(response.status)
            && (response.status != 429 || policy.retryTooManyRequests);
    if (transient && request.isRetryable() && reply->m_attempt < policy.maxAttempts) {
        std::chrono::milliseconds delay = policy.backoff(reply->m_attempt);
        if (!response.isNetworkError()) {
            if (auto after = parseRetryAfter(response.header(QByteArrayLiteral("Retry-After"))))
                delay = std::min(*after, policy.maxRetryAfter);
        }
        const QString reason = response.isNetworkError()
            ? errorCode(response.error) + QStringLiteral(": ") + response.technicalDetail
            : QStringLiteral("HTTP %1").arg(response.status);
        qCInfo(lcHttp).noquote() << "retrying" << request.method
                                 << Redact::mask(request.url.toDisplayString()) << "after" << reason
                                 << "in" << delay.count() << "ms";
        Q_EMIT reply->retrying(reply->m_attempt, int(delay.count()), reason);
        if (!reply->m_finished)
            reply->m_retryTimer.start(delay);
        return;
    }
    finish(reply, std::move(response));
}

void HttpClient::finish(HttpReply *reply, HttpResponse response)
{
    if (reply->m_finished)
        return;
    reply->m_finished = true;
    reply->m_retryTimer.stop();
    if (response.attempts == 0)
        response.attempts = reply->m_attempt;
    if (response.isNetworkError() && response.error != NetError::Cancelled) {
        qCWarning(lcHttp).noquote()
            << reply->m_request.method << Redact::mask(reply->m_request.url.toDisplayString())
            << "failed after" << response.attempts << "attempt(s):" << errorCode(response.error)
            << response.technicalDetail;
    } else if (!response.isNetworkError()) {
        qCDebug(lcHttp).noquote() << reply->m_request.method
                                  << Redact::mask(reply->m_request.url.toDisplayString()) << "->"
                                  << response.status;
    }
    reply->m_response = std::move(response);
    m_replies.remove(reply);
    Q_EMIT reply->finished();
    reply->deleteLater();
}

void HttpClient::cancelReply(HttpReply *reply)
{
    if (reply->m_transferId) {
        m_inFlight.remove(reply->m_transferId);
        m_worker->cancel(reply->m_transferId);
        reply->m_transferId = 0;
    }
    HttpResponse r;
    r.error = NetError::Cancelled;
    r.technicalDetail = QStringLiteral("cancelled by the caller");
    finish(reply, r);
}

} // namespace zkgrad::net
