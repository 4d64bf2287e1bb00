#pragma once

#include "httptypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace zkgrad::net {

class CurlWorker;
class HttpClient;

/** One request in flight, across all its attempts; signals arrive on the client's thread. */
class HttpReply : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] const HttpRequest &request() const { return m_request; }
    /** Valid once finished() was emitted. */
    [[nodiscard]] const HttpResponse &response() const { return m_response; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    /** Attempts started so far (1 for the first). */
    [[nodiscard]] int attempts() const { return m_attempt; }

    /** Stops the transfer and any pending retry; finished() follows with NetError::Cancelled. */
    void cancel();

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);
    /** Attempt @p attempt failed with something transient; the next starts in @p delayMs. */
    void retrying(int attempt, int delayMs, const QString &reason);
    /** Emitted once. The reply deletes itself afterwards (deleteLater). */
    void finished();

private:
    friend class HttpClient;
    HttpReply(HttpClient *client, HttpRequest request);

    QPointer<HttpClient> m_client;
    HttpRequest m_request;
    HttpResponse m_response;
    quint64 m_transferId = 0; ///< The attempt in flight, 0 while waiting to retry.
    int m_attempt = 0;
    bool m_finished = false;
    QTimer m_retryTimer;
};

/**
 * Asynchronous HTTP(S) on libcurl: one multi handle on one worker thread, per-request
 * timeouts and size limits, retries with backoff, system proxy, always-verified TLS.
 */
class HttpClient : public QObject
{
    Q_OBJECT

public:
    /** Settings shared by every request of this client. */
    struct Options
    {
        RetryPolicy retry;
        /** A PEM bundle trusted instead of the system store (tests, private deployments). */
        QString caBundle;
        /** nullopt: the system proxy (QNetworkProxyFactory, then the proxy env vars); "": direct.
         */
        std::optional<QByteArray> proxy;
        QByteArray userAgent = QByteArrayLiteral("zkgrad/0.1");
    };

    explicit HttpClient(QObject *parent = nullptr);
    explicit HttpClient(Options options, QObject *parent = nullptr);
    ~HttpClient() override;

    /** curl_global_init, exactly once per process; main() may call it early, the constructor does
     * anyway. */
    static void globalInit();

    [[nodiscard]] const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    /** Starts @p request; the reply is owned by the client and deletes itself after finished(). */
    [[nodiscard]] HttpReply *send(const HttpRequest &request);
    /** Starts @p request and calls @p done on @p context's thread (skipped if @p context is gone).
     */
    void send(const HttpRequest &request, QObject *context,
              std::function<void(const HttpResponse &)> done);

    /** Number of requests not yet finished (including those waiting to retry). */
    [[nodiscard]] int pendingCount() const { return int(m_replies.size()); }

private:
    friend class HttpReply;
    void startAttempt(HttpReply *reply);
    void onAttemptFinished(quint64 id, HttpResponse response);
    void onProgress(quint64 id, qint64 upNow, qint64 upTotal, qint64 downNow, qint64 downTotal);
    void finish(HttpReply *reply, HttpResponse response);
    void cancelReply(HttpReply *reply);
    [[nodiscard]] std::optional<QByteArray> proxyFor(const QUrl &url, QByteArray *user,
                                                     QByteArray *password) const;

    Options m_options;
    quint64 m_nextId = 1;
    QHash<quint64, HttpReply *> m_inFlight; ///< Transfer id -> reply.
    QHash<HttpReply *, bool> m_replies;
    std::unique_ptr<CurlWorker> m_worker; ///< Last member: destroyed (joined) first.
};

} // namespace zkgrad::net
