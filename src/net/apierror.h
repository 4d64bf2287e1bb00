#pragma once

#include "httptypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace zkgrad::net {

/** One entry of a problem's "errors" member: what is wrong at which field. */
struct FieldError
{
    QString field; ///< Dotted path with indexes: "contact.phone", "resume.entries[2].from".
    QString code; ///< Machine-readable reason: "required", "invalid-format", ...
    QString detail; ///< Text for the candidate (the server's language).
    bool operator==(const FieldError &) const = default;
};

/** Why an API call failed, with a message for the candidate and the detail for logs. */
struct ApiError
{
    /** The broad category the UI reacts to. */
    enum class Kind {
        None,
        Network, ///< No usable answer after the retries (see netError).
        Problem, ///< The server refused with a status (see status, code, fieldErrors).
        BadResponse, ///< An answer that is not what the contract promises (malformed JSON, wrong
                     ///< content type).
        SessionExpired, ///< 401 on a signed-in call: sign in again, the call waits and is replayed.
        Conflict, ///< 412: someone changed the application; it was reloaded (see changedFields).
    };

    Kind kind = Kind::None;
    int status = 0;
    NetError netError = NetError::None;
    QString code; ///< The problem's "code" ("validation", "etag-mismatch", ...).
    QString userMessage; ///< Translated or server-provided text for the candidate.
    QList<FieldError> fieldErrors;
    QStringList changedFields; ///< For Conflict: paths that differ in the reloaded application.
    int retryAfterSeconds =
        0; ///< For 429/503: how long the server asked to wait (Retry-After), 0 if unsaid.
    QString technicalDetail; ///< For logs only; masked.
    QJsonObject
        problem; ///< The whole problem document, for extra members (maxBytes, currentEtag, ...).

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    /** Errors whose field is @p path or lies below it ("resume" matches "resume.entries[0].from").
     */
    [[nodiscard]] QList<FieldError> errorsAt(const QString &path) const;

    /**
     * Builds the error for a response that is not a success. Parses RFC 9457 problem
     * documents; anything else gets a message chosen by status.
     */
    [[nodiscard]] static ApiError fromResponse(const HttpResponse &response);
    /** Parses a problem document; returns false when @p body is not one. */
    static bool parseProblem(const QByteArray &body, ApiError *out);
    /** An error for a success status whose body broke the contract (@p why is for logs). */
    [[nodiscard]] static ApiError badResponse(const HttpResponse &response, const QString &why);
};

} // namespace zkgrad::net
