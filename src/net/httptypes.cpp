#include "httptypes.h"

#include "headerlist.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

namespace zkgrad::net {

bool isTransient(NetError error)
{
    switch (error) {
    case NetError::ConnectionRefused:
    case NetError::HostNotFound:
    case NetError::ConnectFailed:
    case NetError::ConnectionLost:
    case NetError::Timeout:
    case NetError::ProxyFailed:
        return true;
    default:
        return false;
    }
}

QString userMessage(NetError error)
{
    switch (error) {
    case NetError::None:
        return {};
    case NetError::ConnectionRefused:
        return QCoreApplication::translate("NetError",
                                           "Cannot connect to the server (connection refused).");
    case NetError::HostNotFound:
        return QCoreApplication::translate(
            "NetError",
            "The server's name could not be found. Please check that this computer is online.");
    case NetError::ConnectFailed:
        return QCoreApplication::translate(
            "NetError", "Cannot reach the server. Please check the network connection.");
    case NetError::ConnectionLost:
        return QCoreApplication::translate("NetError",
                                           "The connection to the server was interrupted.");
    case NetError::Timeout:
        return QCoreApplication::translate(
            "NetError",
            "The server did not answer in time (the network is slow or the server is busy).");
    case NetError::ProxyFailed:
        return QCoreApplication::translate("NetError",
                                           "The proxy server could not be used. Please check the "
                                           "proxy settings of this computer.");
    case NetError::TlsFailed:
        return QCoreApplication::translate(
            "NetError",
            "The server's security certificate could not be verified, so the connection was not "
            "used. Your data was not sent. If you are on a school or public network, ask its "
            "administrator.");
    case NetError::ResponseTooLarge:
        return QCoreApplication::translate(
            "NetError", "The server sent more data than expected; the answer was discarded.");
    case NetError::InsecureRedirect:
        return QCoreApplication::translate(
            "NetError", "The server redirected the request to an address that is not allowed.");
    case NetError::LocalFileError:
        return QCoreApplication::translate(
            "NetError", "The file to upload could not be read from this computer.");
    case NetError::Cancelled:
        return QCoreApplication::translate("NetError", "The transfer was cancelled.");
    case NetError::Other:
        break;
    }
    return QCoreApplication::translate("NetError", "A network error occurred.");
}

QString errorCode(NetError error)
{
    switch (error) {
    case NetError::None:
        return QStringLiteral("none");
    case NetError::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case NetError::HostNotFound:
        return QStringLiteral("host-not-found");
    case NetError::ConnectFailed:
        return QStringLiteral("connect-failed");
    case NetError::ConnectionLost:
        return QStringLiteral("connection-lost");
    case NetError::Timeout:
        return QStringLiteral("timeout");
    case NetError::ProxyFailed:
        return QStringLiteral("proxy-failed");
    case NetError::TlsFailed:
        return QStringLiteral("tls-failed");
    case NetError::ResponseTooLarge:
        return QStringLiteral("response-too-large");
    case NetError::InsecureRedirect:
        return QStringLiteral("insecure-redirect");
    case NetError::LocalFileError:
        return QStringLiteral("local-file-error");
    case NetError::Cancelled:
        return QStringLiteral("cancelled");
    case NetError::Other:
        break;
    }
    return QStringLiteral("other");
}

std::chrono::milliseconds RetryPolicy::backoff(int attempt) const
{
    // Exponential growth, capped; half fixed, half random ("equal jitter") so that
    // many kiosks behind one proxy do not retry in lockstep after an outage.
    const qint64 base = qMax<qint64>(1, baseDelay.count());
    const int shift = qBound(0, attempt - 1, 20);
    const qint64 exp = qMin<qint64>(base << shift, qMax<qint64>(base, maxDelay.count()));
    const qint64 half = exp / 2;
    const qint64 jitter = half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0;
    return std::chrono::milliseconds(exp - half + jitter);
}

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    zkgrad::setHeaderValue(headers, name, value);
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    return zkgrad::headerValue(headers, name);
}

bool HttpRequest::isRetryable() const
{
    const QByteArray m = method.toUpper();
    if (m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS")
        return true;
    return !idempotencyKey.isEmpty() || !header(QByteArrayLiteral("Idempotency-Key")).isEmpty();
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    return zkgrad::headerValue(headers, name);
}

QByteArray HttpResponse::mediaType() const
{
    QByteArray type = header(QByteArrayLiteral("Content-Type"));
    const qsizetype semi = type.indexOf(';');
    if (semi >= 0)
        type.truncate(semi);
    return type.trimmed().toLower();
}

bool isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0
            ? std::nullopt
            : std::optional(std::chrono::milliseconds(qMin<qlonglong>(seconds, 86400) * 1000));

    // HTTP-date: IMF-fixdate plus the two obsolete forms RFC 9110 still asks recipients to
    // accept. Parsed by hand: Qt's RFC 2822 parser rejects "GMT" and the weekday is ignored.
    static const QRegularExpression imf(QStringLiteral(
        R"(^[A-Za-z]{3}, (\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$)"));
    static const QRegularExpression rfc850(
        QStringLiteral(R"(^[A-Za-z]+, (\d{1,2})-([A-Za-z]{3})-(\d{2}) (\d\d):(\d\d):(\d\d) GMT$)"));
    static const QRegularExpression asctime(
        QStringLiteral(R"(^[A-Za-z]{3} ([A-Za-z]{3}) +(\d{1,2}) (\d\d):(\d\d):(\d\d) (\d{4})$)"));
    static const QStringList months {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")
    };
    const QString text = QString::fromLatin1(v).simplified();
    int day = 0, month = 0, year = 0, hh = 0, mm = 0, ss = 0;
    QRegularExpressionMatch m;
    if ((m = imf.match(text)).hasMatch() || (m = rfc850.match(text)).hasMatch()) {
        day = m.captured(1).toInt();
        month = int(months.indexOf(m.captured(2).toLower())) + 1;
        year = m.captured(3).toInt();
        if (year
            < 100) // RFC 850's two-digit year: RFC 9110 says read it as within 50 years from now.
            year += (2000 + year > now.date().year() + 50) ? 1900 : 2000;
        hh = m.captured(4).toInt();
        mm = m.captured(5).toInt();
        ss = m.captured(6).toInt();
    } else if ((m = asctime.match(text)).hasMatch()) {
        month = int(months.indexOf(m.captured(1).toLower())) + 1;
        day = m.captured(2).toInt();
        hh = m.captured(3).toInt();
        mm = m.captured(4).toInt();
        ss = m.captured(5).toInt();
        year = m.captured(6).toInt();
    } else {
        return std::nullopt;
    }
    const QDateTime when(QDate(year, month, day), QTime(hh, mm, ss), QTimeZone::utc());
    if (!when.isValid())
        return std::nullopt;
    const qint64 ms = now.msecsTo(when);
    return std::chrono::milliseconds(qBound<qint64>(0, ms, 86400LL * 1000));
}

} // namespace zkgrad::net
