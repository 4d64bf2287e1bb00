#include "reply.h"

#include <QJsonDocument>

namespace zkgrad::sandbox {

namespace {

Language g_language = Language::Chinese;

QString titleFor(int status)
{
    switch (status) {
    case 400:
        return tr2("Bad request", "请求格式有误");
    case 401:
        return tr2("Not signed in", "未登录或登录已过期");
    case 403:
        return tr2("Not allowed", "无权进行此操作");
    case 404:
        return tr2("Not found", "未找到");
    case 405:
        return tr2("Method not allowed", "不支持的请求方法");
    case 409:
        return tr2("Not possible now", "当前状态下不能进行此操作");
    case 411:
        return tr2("Length required", "缺少内容长度");
    case 412:
        return tr2("Changed in the meantime", "数据已被更新");
    case 413:
        return tr2("Too large", "提交的内容过大");
    case 415:
        return tr2("Unsupported content type", "不支持的内容类型");
    case 422:
        return tr2("Invalid data", "提交的数据有误");
    case 428:
        return tr2("Version required", "缺少版本信息");
    case 429:
        return tr2("Too many attempts", "尝试次数过多");
    case 503:
        return tr2("Server busy", "服务器繁忙");
    default:
        return tr2("Server error", "服务器错误");
    }
}

} // namespace

void setLanguage(Language language)
{
    g_language = language;
}

Language language()
{
    return g_language;
}

QString tr2(const char *english, const char *chinese)
{
    return QString::fromUtf8(g_language == Language::Chinese ? chinese : english);
}

Reply Reply::json(const QJsonObject &object, int status)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Reply Reply::raw(const QByteArray &contentType, const QByteArray &body, int status)
{
    Reply r;
    r.status = status;
    r.contentType = contentType;
    r.body = body;
    return r;
}

Reply Reply::empty(int status)
{
    Reply r;
    r.status = status;
    r.contentType.clear();
    return r;
}

Reply Reply::problem(int status, const QString &code, const QString &detail,
                     const QList<FieldError> &errors, const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("type"),
             QString(QStringLiteral("https://zkgrad.example.invalid/problems/") + code));
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("title"), titleFor(status));
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const FieldError &e : errors) {
            list.append(QJsonObject { { QStringLiteral("field"), e.field },
                                      { QStringLiteral("code"), e.code },
                                      { QStringLiteral("detail"), e.detail } });
        }
        o.insert(QStringLiteral("errors"), list);
    }
    Reply r = json(o, status);
    r.contentType = "application/problem+json; charset=utf-8";
    return r;
}

QJsonObject Reply::object() const
{
    return QJsonDocument::fromJson(body).object();
}

void Reply::setHeader(const QByteArray &name, const QByteArray &value)
{
    zkgrad::setHeaderValue(headers, name, value);
}

QByteArray Reply::header(const QByteArray &name) const
{
    return zkgrad::headerValue(headers, name);
}

Reply validationProblem(const QList<FieldError> &errors)
{
    const QString detail =
        errors.isEmpty() ? tr2("The data is invalid.", "提交的数据有误。") : errors.first().detail;
    return Reply::problem(422, QStringLiteral("validation"), detail, errors);
}

} // namespace zkgrad::sandbox
