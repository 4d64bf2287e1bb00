#include "apierror.h"

#include "redact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace zkgrad::net {

namespace {

QString messageForStatus(int status)
{
    switch (status) {
    case 401:
        return QCoreApplication::translate(
            "ApiError",
            "Your sign-in has expired. Please sign in again; nothing you entered is lost.");
    case 403:
        return QCoreApplication::translate("ApiError", "You are not allowed to do this.");
    case 404:
        return QCoreApplication::translate("ApiError",
                                           "The requested item was not found on the server.");
    case 409:
        return QCoreApplication::translate(
            "ApiError", "This is not possible in the application's current state.");
    case 412:
        return QCoreApplication::translate(
            "ApiError", "The application was changed elsewhere in the meantime.");
    case 413:
        return QCoreApplication::translate("ApiError", "The data is too large for the server.");
    case 415:
        return QCoreApplication::translate("ApiError",
                                           "The server does not accept this type of file.");
    case 422:
        return QCoreApplication::translate("ApiError", "Some of the data is not valid.");
    case 429:
        return QCoreApplication::translate(
            "ApiError", "Too many attempts. Please wait a moment and try again.");
    default:
        break;
    }
    if (status >= 500)
        return QCoreApplication::translate(
            "ApiError", "The server has a problem at the moment. Please try again later.");
    return QCoreApplication::translate("ApiError", "The server refused the request (HTTP %1).")
        .arg(status);
}

} // namespace

QList<FieldError> ApiError::errorsAt(const QString &path) const
{
    QList<FieldError> out;
    for (const FieldError &e : fieldErrors) {
        if (e.field == path
            || (e.field.startsWith(path)
                && (e.field.at(path.size()) == QLatin1Char('.')
                    || e.field.at(path.size()) == QLatin1Char('['))))
            out.append(e);
    }
    return out;
}

bool ApiError::parseProblem(const QByteArray &body, ApiError *out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    out->problem = o;
    out->code = o.value(QLatin1String("code")).toString();
    if (out->code.isEmpty()) {
        // RFC 9457 only promises "type"; its last segment is our code.
        const QString type = o.value(QLatin1String("type")).toString();
        out->code = type.section(QLatin1Char('/'), -1);
    }
    const QString detail = o.value(QLatin1String("detail")).toString();
    const QString title = o.value(QLatin1String("title")).toString();
    if (!detail.isEmpty())
        out->userMessage = detail;
    else if (!title.isEmpty())
        out->userMessage = title;
    const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
    for (const QJsonValue v : errors) {
        const QJsonObject e = v.toObject();
        FieldError fe;
        fe.field = e.value(QLatin1String("field")).toString();
        fe.code = e.value(QLatin1String("code")).toString();
        fe.detail = e.value(QLatin1String("detail")).toString();
        if (!fe.field.isEmpty() || !fe.detail.isEmpty())
            out->fieldErrors.append(fe);
    }
    return true;
}

ApiError ApiError::fromResponse(const HttpResponse &response)
{
    ApiError e;
    if (response.isNetworkError()) {
        e.kind = Kind::Network;
        e.netError = response.error;
        e.userMessage = zkgrad::net::userMessage(response.error);
        e.technicalDetail = response.technicalDetail;
        return e;
    }
    e.kind = Kind::Problem;
    e.status = response.status;
    if (const auto after = parseRetryAfter(response.header("Retry-After")))
        e.retryAfterSeconds = int((after->count() + 999) / 1000);
    const QByteArray type = response.mediaType();
    const bool isProblem = type == "application/problem+json" || type == "application/json";
    if (!isProblem || !parseProblem(response.body, &e)) {
        // A proxy's or captive portal's HTML page, or a truncated body: no field errors to show.
        e.technicalDetail =
            QStringLiteral("HTTP %1 with %2: %3")
                .arg(response.status)
                .arg(QString::fromLatin1(type.isEmpty() ? QByteArray("no content type") : type))
                .arg(Redact::mask(response.body.left(200)));
    } else {
        e.technicalDetail = QStringLiteral("HTTP %1 %2").arg(response.status).arg(e.code);
    }
    if (e.userMessage.isEmpty())
        e.userMessage = messageForStatus(response.status);
    return e;
}

ApiError ApiError::badResponse(const HttpResponse &response, const QString &why)
{
    ApiError e;
    e.kind = Kind::BadResponse;
    e.status = response.status;
    const QByteArray type = response.mediaType();
    if (type.startsWith("text/html")) {
        e.userMessage = QCoreApplication::translate(
            "ApiError",
            "The answer did not come from the application server. The network may require you to "
            "sign in first (a login page of a school, hotel or public Wi-Fi). Open a web browser, "
            "complete that step and try again.");
    } else {
        e.userMessage = QCoreApplication::translate(
            "ApiError", "The server's answer could not be read. Please try again later.");
    }
    e.technicalDetail = QStringLiteral("HTTP %1, %2: %3 [%4]")
                            .arg(response.status)
                            .arg(QString::fromLatin1(type))
                            .arg(why, Redact::mask(response.body.left(200)));
    return e;
}

} // namespace zkgrad::net
