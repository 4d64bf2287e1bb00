#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace zkgrad::net {

/** What went wrong with a transfer, in categories the UI and the retry logic care about. */
enum class NetError {
    None, ///< A response arrived (any HTTP status).
    ConnectionRefused, ///< Nothing listens at the server's address.
    HostNotFound, ///< The name did not resolve (offline, captive portal, typo in settings).
    ConnectFailed, ///< Could not reach the server for another reason (unreachable, connect
                   ///< timeout).
    ConnectionLost, ///< The connection broke during the exchange (reset, empty reply).
    Timeout, ///< The total time limit or the low-speed limit was hit.
    ProxyFailed, ///< The proxy refused or could not be reached.
    TlsFailed, ///< The server's certificate was not trusted or the handshake failed. Never retried.
    ResponseTooLarge, ///< The body exceeded HttpRequest::maxResponseBytes. Never retried.
    InsecureRedirect, ///< A redirect to another scheme or too many redirects. Never retried.
    LocalFileError, ///< The upload file could not be read.
    Cancelled, ///< HttpReply::cancel() was called.
    Other, ///< Anything else libcurl reported.
};

/** True for errors that a later attempt may not hit (the network, not the request, failed). */
[[nodiscard]] bool isTransient(NetError error);
/** A translated sentence for the candidate, e.g. "无法连接到服务器（连接被拒绝）。". */
[[nodiscard]] QString userMessage(NetError error);
/** A stable English identifier for logs and tests ("connection-refused"). */
[[nodiscard]] QString errorCode(NetError error);

/** Backoff settings: exponential with jitter, capped, bounded attempts. */
struct RetryPolicy
{
    int maxAttempts = 5; ///< Including the first; 1 disables retries.
    std::chrono::milliseconds baseDelay { 500 };
    std::chrono::milliseconds maxDelay { 30000 };
    /** Longest Retry-After we honour; a longer one is shortened to this. */
    std::chrono::milliseconds maxRetryAfter { 60000 };
    /** Whether 429 is retried at all; sign-in turns it off to tell the candidate how long to wait
     * instead. */
    bool retryTooManyRequests = true;

    /** The delay before attempt @p attempt + 1 (attempt counts from 1), with "equal jitter". */
    [[nodiscard]] std::chrono::milliseconds backoff(int attempt) const;
};

/** One HTTP request as a plain value: what to send, how long to wait, how much to accept. */
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; ///< Sent when bodyFile is empty.
    QString bodyFile; ///< Streamed from disk when set (large uploads).
    std::chrono::milliseconds connectTimeout { 15000 };
    std::chrono::milliseconds totalTimeout {
        120000
    }; ///< 0 = no total limit (the low-speed limit still applies).
    /** Abort when fewer than lowSpeedBytesPerSecond arrive for lowSpeedTime (libcurl counts whole
     * seconds). */
    int lowSpeedBytesPerSecond = 10;
    std::chrono::seconds lowSpeedTime { 30 };
    /** Sent as Idempotency-Key; makes a POST safe to retry. */
    QByteArray idempotencyKey;
    qint64 maxResponseBytes = 16 * 1024 * 1024;
    bool followRedirects = true;
    /** Overrides the client's retry policy for this request. */
    std::optional<RetryPolicy> retry;

    /** Sets or replaces header @p name (case-insensitive). */
    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    /** GET, HEAD, PUT, DELETE, OPTIONS, or any method with an idempotency key. */
    [[nodiscard]] bool isRetryable() const;
};

/** What came back: a status and body, or a transport error with its technical detail. */
struct HttpResponse
{
    NetError error = NetError::None;
    int status = 0; ///< 0 when no response arrived.
    QList<QPair<QByteArray, QByteArray>> headers; ///< Of the final response (after redirects).
    QByteArray body;
    QUrl effectiveUrl;
    int attempts = 0;
    QString technicalDetail; ///< libcurl's message and code, for logs (already masked).

    [[nodiscard]] bool isNetworkError() const { return error != NetError::None; }
    [[nodiscard]] bool isSuccess() const
    {
        return error == NetError::None && status >= 200 && status < 300;
    }
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    /** The media type without parameters, lower case ("application/problem+json"). */
    [[nodiscard]] QByteArray mediaType() const;
};

/** HTTP statuses worth another attempt: 429, 502, 503, 504. */
[[nodiscard]] bool isRetryableStatus(int status);
/**
 * Parses a Retry-After value (delta seconds or an HTTP date) relative to @p now.
 * Returns nothing when absent or unparsable; a date in the past gives 0.
 */
[[nodiscard]] std::optional<std::chrono::milliseconds>
parseRetryAfter(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace zkgrad::net
