#pragma once

#include "headerlist.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace zkgrad::sandbox {

/** The language problem titles and details are written in, chosen per request. */
enum class Language {
    Chinese,
    English,
};

/** Sets the language tr2() answers in until the next call (one request at a time). */
void setLanguage(Language language);
[[nodiscard]] Language language();
/** The message in the current language; both texts are UTF-8. */
[[nodiscard]] QString tr2(const char *english, const char *chinese);

/** One entry of a problem's "errors" list: where, what rule, and a sentence for people. */
struct FieldError
{
    QString field;
    QString code;
    QString detail;
};

using HeaderList = zkgrad::HeaderList;

/** An HTTP answer as the service layer produces it: JSON, raw bytes or an RFC 9457 problem. */
struct Reply
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    HeaderList headers;

    [[nodiscard]] static Reply json(const QJsonObject &object, int status = 200);
    [[nodiscard]] static Reply raw(const QByteArray &contentType, const QByteArray &body,
                                   int status = 200);
    [[nodiscard]] static Reply empty(int status = 204);
    /**
     * A problem document. @p code names the problem type (also the last path
     * segment of "type"); @p extra members are merged in.
     */
    [[nodiscard]] static Reply problem(int status, const QString &code, const QString &detail,
                                       const QList<FieldError> &errors = {},
                                       const QJsonObject &extra = {});

    [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
    [[nodiscard]] bool isProblem() const { return contentType.startsWith("application/problem"); }
    /** The body parsed as a JSON object (empty when it is not one). */
    [[nodiscard]] QJsonObject object() const;
    /** Sets or replaces a header. */
    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

/** Shorthand for a 422 with field errors. */
[[nodiscard]] Reply validationProblem(const QList<FieldError> &errors);

} // namespace zkgrad::sandbox
