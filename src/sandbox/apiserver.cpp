#include "apiserver.h"

#include "connectionguard.h"

#include <idnumber.h>
#include <translations.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace zkgrad::sandbox {

namespace {

constexpr qsizetype maxJsonBytes = 64 * 1024;
// Uploads: the batch's limit plus this margin, never more than the hard cap.
constexpr qint64 uploadMarginBytes = 4096;
constexpr qint64 maxUploadBytes = 10 * 1024 * 1024;

using Method = QHttpServerRequest::Method;

QString S(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

Reply notFound()
{
    return Reply::problem(404, S("not-found"), tr2("Not found.", "未找到该资源。"));
}

Reply unauthenticated(bool expired)
{
    Reply r = expired
        ? Reply::problem(
            401, S("token-expired"),
            tr2("Your session has expired; sign in again.", "登录已过期，请重新登录。"))
        : Reply::problem(401, S("unauthenticated"), tr2("Sign in first.", "请先登录。"));
    r.setHeader("WWW-Authenticate",
                expired ? "Bearer error=\"invalid_token\", error_description=\"expired\""
                        : "Bearer");
    return r;
}

QByteArray bearer(const QHttpServerRequest &request)
{
    const QByteArray auth = headerValue(request, "Authorization").trimmed();
    if (auth.size() > 7 && auth.left(7).toLower() == "bearer ")
        return auth.mid(7).trimmed();
    return {};
}

bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    quint8 diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= quint8(a.at(i) ^ b.at(i));
    return diff == 0;
}

const char *methodName(Method m)
{
    switch (m) {
    case Method::Get:
        return "GET";
    case Method::Put:
        return "PUT";
    case Method::Post:
        return "POST";
    case Method::Delete:
        return "DELETE";
    case Method::Patch:
        return "PATCH";
    case Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

/** HEAD is answered as GET would be, without the body. */
Method methodOf(const QHttpServerRequest &request)
{
    return request.method() == Method::Head ? Method::Get : request.method();
}

bool wantsClose(const QHttpServerRequest &request)
{
    const QList<QByteArray> tokens = headerValue(request, "Connection").split(',');
    return std::any_of(tokens.begin(), tokens.end(), [](const QByteArray &t) {
        return t.trimmed().compare("close", Qt::CaseInsensitive) == 0;
    });
}

/** application/json, with no charset or UTF-8: the only body the JSON endpoints read. */
bool isJsonContentType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts.at(i).trimmed().toLower();
        if (param.isEmpty())
            continue;
        if (!param.startsWith("charset="))
            return false;
        QByteArray charset = param.mid(8).trimmed();
        if (charset.size() >= 2 && charset.startsWith('"') && charset.endsWith('"'))
            charset = charset.mid(1, charset.size() - 2);
        if (charset != "utf-8" && charset != "utf8")
            return false;
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/** The \uXXXX unit at @p i (pointing at the backslash), or -1. */
int unicodeEscape(const QByteArray &raw, qsizetype i)
{
    if (i + 6 > raw.size() || raw.at(i) != '\\' || raw.at(i + 1) != 'u')
        return -1;
    int unit = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const int h = hexValue(raw.at(k));
        if (h < 0)
            return -1;
        unit = unit * 16 + h;
    }
    return unit;
}

/**
 * What RFC 8259 forbids and Qt's parser lets through, silently changing the text:
 * invalid UTF-8, raw control characters (NUL included), unknown escapes such as \x41,
 * and surrogate escapes that do not form a pair. Structure is left to QJsonDocument.
 */
bool strictJsonText(const QByteArray &raw)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(utf8.decode(raw));
    if (utf8.hasError())
        return false;
    bool inString = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const auto c = static_cast<unsigned char>(raw.at(i));
        if (!inString) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return false;
            inString = c == '"';
            continue;
        }
        if (c < 0x20)
            return false;
        if (c == '"') {
            inString = false;
        } else if (c == '\\') {
            if (i + 1 >= raw.size())
                return false;
            const char e = raw.at(i + 1);
            if (e != 'u') {
                if (!QByteArrayView("\"\\/bfnrt").contains(e))
                    return false;
                ++i;
                continue;
            }
            const int unit = unicodeEscape(raw, i);
            if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
                return false;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int low = unicodeEscape(raw, i + 6);
                if (low < 0xDC00 || low > 0xDFFF)
                    return false;
                i += 6;
            }
            i += 5;
        }
    }
    return !inString;
}

bool validKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > 255)
        return false;
    for (char c : key) {
        if (c < 0x21 || c > 0x7E)
            return false;
    }
    return true;
}

} // namespace

bool parseJsonBody(const QByteArray &raw, QJsonObject *object)
{
    // The strict check first: Qt's parser would silently alter what it lets through.
    if (!strictJsonText(raw))
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *object = doc.object();
    return true;
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // 6.8 replaced the pair list with QHttpHeaders.
    return request.headers().value(QLatin1StringView(name)).toByteArray();
#else
    for (const auto &h : request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
#endif
}

ApiServer::ApiServer(Service &service, Options options, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_options(std::move(options))
    , m_server(std::make_unique<QHttpServer>())
    , m_limiter(m_options.signInWindowSeconds, m_options.signInLimit * 4)
{
    // No routes: every request, whatever its path or method, reaches respond(), so every
    // answer is the server's own (problem+json, no-store) and the connection is ours to close.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_server->setMissingHandler(
        this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            respond(request, responder);
        });
#else
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            respond(request, responder);
        });
#endif
}

ApiServer::~ApiServer() = default;

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    // The answers the guard gives without the HTTP server, made once in the default language.
    setLanguage(m_options.defaultLanguage);
    auto raw = [](const char *statusLine, const Reply &reply) -> QByteArray {
        QByteArray out = QByteArray("HTTP/1.1 ") + statusLine
            + "\r\nContent-Type: " + reply.contentType
            + "\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        for (const auto &h : reply.headers)
            out += h.first + ": " + h.second + "\r\n";
        return out
            + "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: "
              "close\r\n\r\n"
            + reply.body;
    };
    Reply busy = Reply::problem(503, S("server-busy"),
                                tr2("The server is handling too many connections; try again in "
                                    "a few seconds.",
                                    "服务器当前连接过多，请几秒钟后重试。"),
                                {}, { { S("retryAfter"), 5 } });
    busy.setHeader("Retry-After", "5");
    // Bodies no endpoint would accept are refused from the head, before Qt reads them whole:
    // the same limits and problems as dispatch() (which still checks what got through).
    auto judge = [this, raw](const QByteArray &method, const QByteArray &target,
                             qint64 length) -> QByteArray {
        setLanguage(m_options.defaultLanguage);
        if (length < 0) {
            return raw("411 Length Required",
                       Reply::problem(411, S("length-required"),
                                      tr2("Send the body with a Content-Length, not chunked.",
                                          "请求内容须带 Content-Length 发送，不支持分块传输。")));
        }
        const qsizetype query = target.indexOf('?');
        const QStringList parts =
            QString::fromLatin1(query < 0 ? target : target.left(query)).split(QLatin1Char('/'));
        // "", "api", "v1", "applications", id, "attachments", slot
        const bool upload = method == "PUT" && parts.size() == 7
            && parts.at(3) == QLatin1String("applications")
            && parts.at(5) == QLatin1String("attachments");
        if (upload) {
            const qint64 accept =
                m_service.currentBatchRow().value_or(Batch {}).rules.imageAcceptBytes;
            if (length > qMin<qint64>(accept + uploadMarginBytes, maxUploadBytes)) {
                return raw("413 Payload Too Large",
                           Reply::problem(413, S("image-too-large"),
                                          tr2("The image is larger than allowed.",
                                              "图片超过允许的大小，请压缩后重新上传。"),
                                          {},
                                          { { S("maxBytes"), accept }, { S("bytes"), length } }));
            }
        } else if (length > maxJsonBytes) {
            return raw("413 Payload Too Large",
                       Reply::problem(413, S("payload-too-large"),
                                      tr2("The request body is too large.", "提交的内容过大。"), {},
                                      { { S("maxBytes"), qint64(maxJsonBytes) } }));
        }
        return {};
    };
    auto *tcp = new ConnectionGuard(m_options.maxConnections, m_options.idleTimeoutSeconds,
                                    raw("503 Service Unavailable", busy), judge, this);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!m_server->bind(tcp)) {
        delete tcp;
        return 0;
    }
#else
    m_server->bind(tcp);
#endif
    return tcp->serverPort();
}

Reply ApiServer::handle(const QHttpServerRequest &request)
{
    const QByteArray acceptLanguage = headerValue(request, "Accept-Language").trimmed().toLower();
    Language lang = m_options.defaultLanguage;
    if (acceptLanguage.startsWith("en"))
        lang = Language::English;
    else if (acceptLanguage.startsWith("zh"))
        lang = Language::Chinese;
    setLanguage(lang);
    // Core rule messages come from Qt translations; switch only when needed.
    const QString qtLang = lang == Language::English ? S("en") : S("zh_CN");
    if (Translations::current() != qtLang)
        Translations::install(qtLang);

    Reply reply;
    const QString path = request.url().path();
    const Method method = request.method();
    if (method != Method::Get && method != Method::Head && method != Method::Post
        && method != Method::Put && method != Method::Patch && method != Method::Delete) {
        reply = Reply::problem(
            405, S("method-not-allowed"),
            tr2("The API does not answer this HTTP method.", "接口不支持该 HTTP 请求方法。"));
        reply.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE");
    } else if (path.startsWith(QLatin1String("/sandbox/pay/"))) {
        reply = payPage(request, path.mid(13));
    } else if (path.startsWith(QLatin1String("/api/v1/"))) {
        reply = dispatch(request, path);
    } else {
        reply = notFound();
    }

    if (reply.isProblem()) {
        QJsonObject problem = reply.object();
        problem.insert(QStringLiteral("instance"), path);
        reply.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
    }
    qInfo("%s %s -> %d", methodName(method), qPrintable(path), reply.status);
    return reply;
}

void ApiServer::respond(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const Reply reply = handle(request);
    const bool close = wantsClose(request);
    // 204 and 304 have no body, HEAD gets the headers GET would (Content-Length included).
    const bool bodyless = reply.status == 204 || reply.status == 304;
    const QByteArray body =
        bodyless || request.method() == Method::Head ? QByteArray() : reply.body;
    HeaderList headers;
    if (!reply.contentType.isEmpty() && !bodyless)
        headers.append({ QByteArray("Content-Type"), QByteArray(reply.contentType) });
    headers += reply.headers;
    headers.append({ QByteArray("Cache-Control"), QByteArray("no-store") });
    headers.append({ QByteArray("X-Content-Type-Options"), QByteArray("nosniff") });
    if (close)
        headers.append({ QByteArray("Connection"), QByteArray("close") });
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders all;
    for (const auto &h : headers)
        all.append(QLatin1StringView(h.first), QLatin1StringView(h.second));
    responder.write(body, all, status);
#else
    responder.writeStatusLine(status);
    for (const auto &h : headers)
        responder.writeHeader(h.first, h.second);
    if (!bodyless)
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(body);
#endif
    // The connection itself is closed by ConnectionGuard once this answer has been sent.
}

Reply ApiServer::dispatch(const QHttpServerRequest &request, const QString &path)
{
    QStringList parts = path.mid(8).split(QLatin1Char('/')); // after "/api/v1/"
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    if (parts.isEmpty())
        return notFound();

    const Method method = methodOf(request);
    const QByteArray raw = request.body();
    const bool upload = method == Method::Put && parts.size() == 4
        && parts.at(0) == QLatin1String("applications")
        && parts.at(2) == QLatin1String("attachments");
    if (upload) {
        // The batch limit plus a small margin; the exact limit is checked with the
        // application's own batch, after ownership, in the service.
        const qint64 accept = m_service.currentBatchRow().value_or(Batch {}).rules.imageAcceptBytes;
        if (raw.size() > qMin<qint64>(accept + uploadMarginBytes, maxUploadBytes)) {
            return Reply::problem(
                413, S("image-too-large"),
                tr2("The image is larger than allowed.", "图片超过允许的大小，请压缩后重新上传。"),
                {}, { { S("maxBytes"), accept }, { S("bytes"), qint64(raw.size()) } });
        }
    } else if (raw.size() > maxJsonBytes) {
        return Reply::problem(413, S("payload-too-large"),
                              tr2("The request body is too large.", "提交的内容过大。"), {},
                              { { S("maxBytes"), qint64(maxJsonBytes) } });
    }
    QJsonObject body;
    if (!upload && !raw.isEmpty()
        && !isJsonContentType(headerValue(request, "Content-Type").trimmed())) {
        return Reply::problem(415, S("unsupported-media-type"),
                              tr2("Send the body as application/json in UTF-8.",
                                  "请求内容应为 UTF-8 编码的 JSON（Content-Type: "
                                  "application/json）。"));
    }
    if (!upload && !raw.trimmed().isEmpty() && !parseJsonBody(raw, &body)) {
        return Reply::problem(400, S("invalid-json"),
                              tr2("The body is not a JSON object.", "请求内容不是 JSON 对象。"));
    }

    QByteArray key;
    if (method == Method::Post) {
        key = headerValue(request, "Idempotency-Key").trimmed();
        if (!key.isEmpty() && !validKey(key)) {
            return Reply::problem(400, S("invalid-idempotency-key"),
                                  tr2("Idempotency-Key must be 1-255 printable ASCII characters.",
                                      "Idempotency-Key 应为1到255个可见 ASCII 字符。"));
        }
    }

    if (parts.at(0) == QLatin1String("sessions") && parts.size() == 1 && method == Method::Post)
        return signIn(request, body);

    // Everything else needs a token: the admin token under /admin, a candidate token elsewhere.
    const QByteArray token = bearer(request);
    QString scope;
    QString candidateId;
    const bool admin = parts.at(0) == QLatin1String("admin");
    if (admin) {
        if (!sameSecret(token, m_options.adminToken))
            return unauthenticated(false);
        scope = S("admin");
    } else {
        const TokenCheck check = m_service.checkToken(token);
        if (check.candidateId.isEmpty())
            return unauthenticated(check.expired);
        candidateId = check.candidateId;
        scope = S("candidate:") + candidateId;
    }

    // Idempotency-Key on POST: replay the first answer instead of acting twice.
    QByteArray fingerprint;
    if (method == Method::Post) {
        if (!key.isEmpty()) {
            const QByteArray material = QByteArray("POST ") + path.toUtf8() + '\n' + raw;
            fingerprint = QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex();
            bool conflict = false;
            if (auto stored = m_service.storedReply(scope, QString::fromLatin1(key), fingerprint,
                                                    &conflict)) {
                stored->setHeader("Idempotent-Replayed", "true");
                return *stored;
            }
            if (conflict) {
                return Reply::problem(
                    422, S("idempotency-key-reused"),
                    tr2("This Idempotency-Key was already used for a different request.",
                        "该 Idempotency-Key 已用于另一个请求。"));
            }
        }
    }

    (void)m_service.database().takeFailure();
    Reply reply = admin ? adminRoutes(request, parts.mid(1), body)
                        : candidateRoutes(request, parts, candidateId, body);
    if (m_service.database().takeFailure()) {
        // Never report success for a change the database did not take.
        reply = Reply::problem(500, S("internal"),
                               tr2("The server could not store the change; try again.",
                                   "服务器保存失败，请稍后重试。"));
    }
    if (!key.isEmpty() && reply.status < 500)
        m_service.storeReply(scope, QString::fromLatin1(key), fingerprint, reply);
    return reply;
}

Reply ApiServer::candidateRoutes(const QHttpServerRequest &request, const QStringList &p,
                                 const QString &cid, const QJsonObject &body)
{
    const Method m = methodOf(request);
    const qsizetype n = p.size();
    const QString &root = p.at(0);
    const QByteArray ifMatch = headerValue(request, "If-Match");

    if (root == QLatin1String("sessions") && n == 2 && p.at(1) == QLatin1String("current")) {
        if (m == Method::Get)
            return m_service.session(bearer(request));
        if (m == Method::Delete)
            return m_service.signOut(bearer(request));
    }
    if (root == QLatin1String("candidate")) {
        if (n == 1 && m == Method::Get)
            return m_service.profile(cid);
        if (n == 2 && p.at(1) == QLatin1String("contact")
            && (m == Method::Patch || m == Method::Put))
            return m_service.updateContact(cid, body);
        if (n == 2 && p.at(1) == QLatin1String("majors")) {
            if (m == Method::Get)
                return m_service.enrolledMajors(cid);
            if (m == Method::Post)
                return m_service.addMajor(cid, body);
        }
    }
    if (root == QLatin1String("majors") && n == 1 && m == Method::Get)
        return m_service.catalogMajors();
    if (root == QLatin1String("schools") && m == Method::Get) {
        if (n == 1)
            return m_service.schools();
        if (n == 3 && p.at(2) == QLatin1String("announcements"))
            return m_service.announcements(p.at(1));
    }
    if (root == QLatin1String("batches") && n == 2 && p.at(1) == QLatin1String("current")
        && m == Method::Get)
        return m_service.currentBatch();
    if (root == QLatin1String("payments") && n == 2 && m == Method::Get)
        return m_service.payment(cid, p.at(1));
    if (root == QLatin1String("applications")) {
        if (n == 1 && m == Method::Get)
            return m_service.listApplications(cid);
        if (n == 1 && m == Method::Post)
            return m_service.createApplication(cid, body);
        const QString id = n >= 2 ? p.at(1) : QString();
        if (n == 2 && m == Method::Get)
            return m_service.readApplication(cid, id, headerValue(request, "If-None-Match"));
        if (n == 3) {
            const QString &what = p.at(2);
            if (m == Method::Put
                && (what == QLatin1String("prior-degree") || what == QLatin1String("resume")
                    || what == QLatin1String("self-assessment") || what == QLatin1String("note")))
                return m_service.updateSection(cid, id, what, body, ifMatch);
            if (what == QLatin1String("submit") && m == Method::Post)
                return m_service.submit(cid, id, ifMatch);
            if (what == QLatin1String("payments")) {
                if (m == Method::Post)
                    return m_service.createPayment(cid, id);
                if (m == Method::Get)
                    return m_service.payments(cid, id);
            }
        }
        if (n == 4 && p.at(2) == QLatin1String("attachments")) {
            const QString &slot = p.at(3);
            if (m == Method::Put)
                return m_service.putAttachment(cid, id, slot, headerValue(request, "Content-Type"),
                                               request.body(), ifMatch);
            if (m == Method::Get)
                return m_service.getAttachment(cid, id, slot);
            if (m == Method::Delete)
                return m_service.deleteAttachment(cid, id, slot, ifMatch);
        }
    }
    return notFound();
}

Reply ApiServer::adminRoutes(const QHttpServerRequest &request, const QStringList &p,
                             const QJsonObject &body)
{
    const Method m = methodOf(request);
    const qsizetype n = p.size();
    if (n == 0)
        return notFound();
    if (p.at(0) == QLatin1String("batch") && n == 1) {
        if (m == Method::Get)
            return m_service.batchForAdmin();
        if (m == Method::Patch || m == Method::Put)
            return m_service.patchBatch(body);
    }
    if (p.at(0) == QLatin1String("payments") && n == 3 && p.at(2) == QLatin1String("settle")
        && m == Method::Post)
        return m_service.settlePayment(p.at(1));
    if (p.at(0) == QLatin1String("applications")) {
        if (n == 1 && m == Method::Get)
            return m_service.listApplications({}, request.query().queryItemValue(S("state")));
        if (n == 2 && m == Method::Get)
            return m_service.readApplication({}, p.at(1));
        if (n == 3 && m == Method::Post) {
            const QString &id = p.at(1);
            const QString &action = p.at(2);
            // Admin writes take If-Match when given (a reviewer acting on a stale read).
            const QByteArray ifMatch = headerValue(request, "If-Match").trimmed();
            if (!ifMatch.isEmpty()) {
                const Reply current = m_service.readApplication({}, id);
                if (current.ok() && current.header("ETag") != ifMatch) {
                    return Reply::problem(412, S("etag-mismatch"),
                                          tr2("The application changed since you read it.",
                                              "申请已被修改，请刷新后再操作。"));
                }
            }
            if (action == QLatin1String("school-approve"))
                return m_service.schoolApprove(id, body);
            if (action == QLatin1String("school-reject"))
                return m_service.schoolReject(id, body);
            if (action == QLatin1String("city-approve"))
                return m_service.cityApprove(id, body);
            if (action == QLatin1String("city-fail"))
                return m_service.cityFail(id, body);
        }
    }
    return notFound();
}

namespace {

// An ID number is 18 characters, a ticket 12 digits; spaces, hyphens and invisible
// characters around them are dropped by normalising, so allow some room for those.
constexpr qsizetype maxLoginChars = 64;
constexpr qsizetype maxNormalizedLogin = 18;

/** The login as sign-in reads it, or empty when no account could ever have it. */
QString normalizedLogin(const QString &login)
{
    if (login.size() > maxLoginChars)
        return {};
    QString n = IdNumber::normalize(login);
    if (n.isEmpty() || n.size() > maxNormalizedLogin)
        return {};
    for (const QChar c : n) {
        if (!(c >= u'0' && c <= u'9') && c != u'X')
            return {};
    }
    return n;
}

} // namespace

Reply ApiServer::signIn(const QHttpServerRequest &request, const QJsonObject &body)
{
    const QJsonValue loginValue = body.value(S("login"));
    const QString login = loginValue.toString().trimmed();
    const QString addressKey = S("addr:") + request.remoteAddress().toString();
    QString loginKey;
    if (loginValue.isString() && !login.isEmpty()) {
        // Refused before it can become a limiter key or cost a password hash.
        const QString normalized = normalizedLogin(login);
        if (normalized.isEmpty()) {
            const QString detail = tr2("Enter the 18-character ID number or the 12-digit admission "
                                       "ticket number: digits only, X only as the last character "
                                       "of an ID number.",
                                       "登录账号应为18位身份证号或12位准考证号，只能包含数字，"
                                       "身份证号最后一位可以是 X，请检查后重新输入。");
            return Reply::problem(400, S("invalid-login"), detail,
                                  { { S("login"), S("characters"), detail } });
        }
        // One count per account, whichever of its names and spellings is typed.
        const QString account = m_service.accountForLogin(login);
        loginKey = account.isEmpty() ? S("login:") + normalized : S("account:") + account;
    }
    // Per account against guessing one password; per address (4x looser) against one
    // client trying many accounts.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    int wait =
        loginKey.isEmpty() ? 0 : m_limiter.retryAfter(loginKey, m_options.signInLimit, nowMs);
    wait = qMax(wait, m_limiter.retryAfter(addressKey, m_options.signInLimit * 4, nowMs));
    if (wait > 0) {
        Reply r = Reply::problem(429, S("too-many-attempts"),
                                 tr2("Too many failed sign-in attempts; wait a moment.",
                                     "登录失败次数过多，请稍后再试。"),
                                 {}, { { S("retryAfter"), wait } });
        r.setHeader("Retry-After", QByteArray::number(wait));
        return r;
    }
    Reply reply = m_service.signIn(body);
    if (reply.status == 401) {
        if (!loginKey.isEmpty())
            m_limiter.recordFailure(loginKey, nowMs);
        m_limiter.recordFailure(addressKey, nowMs);
    } else if (reply.ok() && !loginKey.isEmpty()) {
        m_limiter.clear(loginKey);
    }
    return reply;
}

Reply ApiServer::payPage(const QHttpServerRequest &request, const QString &orderId)
{
    // The stand-in for the payment gateway: a page the QR code points at.
    if (methodOf(request) == Method::Post) {
        Reply r = m_service.settlePayment(orderId);
        if (!r.ok())
            return r;
    }
    Reply order = m_service.payment({}, orderId);
    if (!order.ok())
        return order;
    const QJsonObject o = order.object();
    const bool paid = o.value(S("status")).toString() != QLatin1String("open");
    const QString amount = QString::number(o.value(S("amountFen")).toInteger() / 100.0, 'f', 2);
    QString html = S("<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\">"
                     "<meta name=\"viewport\" content=\"width=device-width\">"
                     "<title>zkgrad sandbox payment</title><body style=\"font-family:sans-serif\">")
        + QString::fromUtf8("<h1>沙盒支付（模拟）</h1><p>订单 ") + orderId.toHtmlEscaped()
        + QString::fromUtf8("</p><p>金额 ¥") + amount + QStringLiteral("</p>");
    if (paid)
        html += QString::fromUtf8("<p><strong>状态：")
            + o.value(S("status")).toString().toHtmlEscaped() + QStringLiteral("</strong></p>");
    else
        html += QString::fromUtf8("<form method=\"post\"><button type=\"submit\">模拟支付成功"
                                  "</button></form>");
    html += S("</body></html>");
    return Reply::raw("text/html; charset=utf-8", html.toUtf8());
}

} // namespace zkgrad::sandbox
