#include "sandboxprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <turbojpeg.h>

#include <vector>

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpResult::code() const
{
    return json().value(QStringLiteral("code")).toString();
}

bool HttpResult::hasFieldError(const QString &field, const QString &code) const
{
    const QJsonArray errors = json().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &v : errors) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("field")).toString() == field
            && (code.isEmpty() || e.value(QStringLiteral("code")).toString() == code))
            return true;
    }
    return false;
}

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::binary()
{
    return QString::fromUtf8(ZKGRAD_SANDBOX_EXE);
}

bool SandboxProcess::start(const QStringList &extra, const QString &dbPath)
{
    stop();
    static int counter = 0;
    m_dbPath = dbPath.isEmpty() ? m_dir.filePath(QStringLiteral("sandbox-%1.sqlite").arg(++counter))
                                : dbPath;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // Logs go to stderr; keep them out of the way but visible when a test fails badly.
    m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")),
                                    QIODevice::Append);
    QStringList args { QStringLiteral("--port"),        QStringLiteral("0"),
                       QStringLiteral("--db"),          m_dbPath,
                       QStringLiteral("--seed"),        QStringLiteral("demo"),
                       QStringLiteral("--admin-token"), QString::fromLatin1(adminToken) };
    args += extra;
    // The full 600,000-iteration cost makes each sign-in take a quarter second (seconds
    // on a loaded CI machine); tests that are about hashing ask for their cost.
    if (!extra.contains(QStringLiteral("--password-iterations")))
        args += { QStringLiteral("--password-iterations"), QStringLiteral("1000") };
    m_process->start(binary(), args);
    if (!m_process->waitForStarted(10000))
        return false;
    QByteArray out;
    while (out.count('\n') < 2) {
        if (!m_process->waitForReadyRead(15000))
            return false;
        out += m_process->readAllStandardOutput();
    }
    const QList<QByteArray> lines = out.split('\n');
    m_firstLine = QString::fromUtf8(lines.value(0));
    m_secondLine = QString::fromUtf8(lines.value(1));
    static const QRegularExpression re(
        QStringLiteral("^zkgrad-sandbox listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    const auto match = re.match(m_firstLine);
    if (!match.hasMatch())
        return false;
    m_base = match.captured(1);
    return true;
}

void SandboxProcess::kill()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(10000);
        m_process.reset();
    }
    m_nam.clearConnectionCache();
}

void SandboxProcess::stop()
{
    if (m_process) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
        m_process.reset();
    }
    m_nam.clearConnectionCache();
}

HttpResult SandboxProcess::request(const QByteArray &method, const QString &path,
                                   const QByteArray &body, const Headers &headers)
{
    QNetworkRequest req(QUrl(m_base + path));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    bool hasLanguage = false;
    for (const auto &h : headers) {
        req.setRawHeader(h.first, h.second);
        hasLanguage |= h.first.compare("Accept-Language", Qt::CaseInsensitive) == 0;
    }
    if (!hasLanguage)
        req.setRawHeader("Accept-Language", "en");
    if (!body.isEmpty() && !req.hasRawHeader("Content-Type"))
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (r.status == 0)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

namespace {

Headers withToken(const QByteArray &token, Headers extra = {})
{
    if (!token.isEmpty())
        extra.append({ "Authorization", "Bearer " + token });
    return extra;
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

HttpResult SandboxProcess::get(const QString &path, const QByteArray &token, const Headers &extra)
{
    return request("GET", QStringLiteral("/api/v1") + path, {}, withToken(token, extra));
}

HttpResult SandboxProcess::post(const QString &path, const QByteArray &token,
                                const QJsonObject &body, const QByteArray &idempotencyKey,
                                const Headers &extra)
{
    Headers h = withToken(token, extra);
    if (!idempotencyKey.isEmpty())
        h.append({ "Idempotency-Key", idempotencyKey });
    return request("POST", QStringLiteral("/api/v1") + path, toJson(body), h);
}

HttpResult SandboxProcess::put(const QString &path, const QByteArray &token,
                               const QJsonObject &body, const QByteArray &ifMatch)
{
    Headers h = withToken(token);
    if (!ifMatch.isEmpty())
        h.append({ "If-Match", ifMatch });
    return request("PUT", QStringLiteral("/api/v1") + path, toJson(body), h);
}

HttpResult SandboxProcess::patch(const QString &path, const QByteArray &token,
                                 const QJsonObject &body)
{
    return request("PATCH", QStringLiteral("/api/v1") + path, toJson(body), withToken(token));
}

HttpResult SandboxProcess::upload(const QString &path, const QByteArray &token,
                                  const QByteArray &jpeg, const QByteArray &ifMatch,
                                  const QByteArray &contentType)
{
    Headers h = withToken(token, { { "Content-Type", contentType } });
    if (!ifMatch.isEmpty())
        h.append({ "If-Match", ifMatch });
    return request("PUT", QStringLiteral("/api/v1") + path, jpeg, h);
}

HttpResult SandboxProcess::admin(const QByteArray &method, const QString &path,
                                 const QJsonObject &body)
{
    return request(method, QStringLiteral("/api/v1/admin") + path,
                   method == "GET" ? QByteArray() : toJson(body),
                   withToken(QByteArray(adminToken)));
}

QByteArray SandboxProcess::signIn(const QString &login, const QString &password)
{
    const HttpResult r =
        post(QStringLiteral("/sessions"), {},
             { { QStringLiteral("login"), login }, { QStringLiteral("password"), password } });
    return r.json().value(QStringLiteral("token")).toString().toLatin1();
}

QByteArray SandboxProcess::etag(const QString &applicationId, const QByteArray &token)
{
    return get(QStringLiteral("/applications/") + applicationId, token).header("ETag");
}

QByteArray makeJpeg(int width, int height, int quality, bool noise)
{
    std::vector<unsigned char> rgb(std::size_t(width) * std::size_t(height) * 3);
    QRandomGenerator random(42);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            unsigned char *p = &rgb[(std::size_t(y) * width + x) * 3];
            if (noise) {
                const quint32 v = random.generate();
                p[0] = v & 0xFF;
                p[1] = (v >> 8) & 0xFF;
                p[2] = (v >> 16) & 0xFF;
            } else {
                p[0] = (x * 255) / width;
                p[1] = (y * 255) / height;
                p[2] = 128;
            }
        }
    }
    tjhandle handle = tjInitCompress();
    unsigned char *out = nullptr;
    unsigned long size = 0;
    QByteArray result;
    if (tjCompress2(handle, rgb.data(), width, 0, height, TJPF_RGB, &out, &size, TJSAMP_420,
                    quality, 0)
        == 0)
        result = QByteArray(reinterpret_cast<const char *>(out), qsizetype(size));
    tjFree(out);
    tjDestroy(handle);
    return result;
}
