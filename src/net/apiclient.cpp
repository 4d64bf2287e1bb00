#include "apiclient.h"

#include "applicationrecord.h"
#include "redact.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcApi, "zkgrad.net.api", QtInfoMsg)

namespace zkgrad::net {

/** One logical API call, kept across retries after a sign-in, a 412 reload or a stay in the outbox.
 */
struct ApiClient::Call
{
    QByteArray method;
    QString path; ///< Below the base URL, already percent-encoded where needed.
    QByteArray body;
    QByteArray contentType;
    bool auth = true;
    bool expectJson = true;
    QString cachedApplication; ///< A read that may answer 304 from this application's cache.
    QString applicationId; ///< Set for writes to an application: If-Match, one at a time.
    bool appWrite = false;
    bool holdsApp = false;
    QString sectionKey; ///< What the write changes in the application JSON ("sections.resume").
    QString label;
    QByteArray idempotencyKey;
    bool queueable = false;
    bool cancelled = false; ///< cancelUpload() asked to stop: never queued, ends as Cancelled.
    QPointer<HttpReply> reply; ///< The request in flight, if any.
    QString outboxId;
    int conflictRetries = 0;
    std::optional<RetryPolicy> retry;
    Done done;
};

namespace {

QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

ApiResult cancelledResult()
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.netError = NetError::Cancelled;
    error.userMessage = userMessage(NetError::Cancelled);
    error.technicalDetail = QStringLiteral("upload cancelled by the caller");
    return ApiResult::failure(error);
}

QString encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/** "sections.resume" for ".../resume", "attachments.id-front" for ".../attachments/id-front". */
QString sectionKeyForPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // applications, {id}, what[, slot]
    if (parts.size() < 3 || parts[0] != QLatin1String("applications"))
        return {};
    const QString &what = parts[2];
    if (what == QLatin1String("attachments") && parts.size() >= 4)
        return QStringLiteral("attachments.") + QUrl::fromPercentEncoding(parts[3].toLatin1());
    if (what == QLatin1String("submit"))
        return QStringLiteral("state");
    // The path names a section the API's way ("prior-degree"); the record keys it "priorDegree".
    if (const auto section = Workflow::sectionFromName(what)) {
        const QString key = ApplicationRecord::sectionKey(*section);
        if (!key.isEmpty())
            return QStringLiteral("sections.") + key;
    }
    return QStringLiteral("sections.") + what;
}

QJsonValue valueAt(const QJsonObject &root, const QString &dotted)
{
    QJsonValue v = root;
    for (const QString &part : dotted.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v;
}

QJsonObject attachmentsBySlot(const QJsonValue &v)
{
    QJsonObject out;
    for (const QJsonValue a : v.toArray())
        out.insert(a.toObject().value(QLatin1String("slot")).toString(), a);
    return out;
}

void diff(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList *out)
{
    if (a == b)
        return;
    if (a.isObject() && b.isObject() && !path.isEmpty()) {
        const QJsonObject ao = a.toObject();
        const QJsonObject bo = b.toObject();
        QStringList keys = ao.keys() + bo.keys();
        keys.removeDuplicates();
        for (const QString &k : std::as_const(keys))
            diff(ao.value(k), bo.value(k), path + QLatin1Char('.') + k, out);
        return;
    }
    out->append(path);
}

} // namespace

QStringList changedPaths(const QJsonObject &before, const QJsonObject &after)
{
    static const QStringList ignored { QStringLiteral("etag"), QStringLiteral("version"),
                                       QStringLiteral("updatedAt"), QStringLiteral("history") };
    QStringList out;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &k : std::as_const(keys)) {
        if (ignored.contains(k))
            continue;
        if (k == QLatin1String("attachments")) {
            diff(attachmentsBySlot(before.value(k)), attachmentsBySlot(after.value(k)), k, &out);
            continue;
        }
        diff(before.value(k), after.value(k), k, &out);
    }
    return out;
}

QString describeChanges(const QStringList &paths)
{
    struct Name
    {
        const char *prefix;
        const char *text;
    };
    static const Name names[] = {
        { "sections.priorDegree", QT_TRANSLATE_NOOP("ApiClient", "prior degree") },
        { "sections.resume", QT_TRANSLATE_NOOP("ApiClient", "resume") },
        { "sections.selfAssessment", QT_TRANSLATE_NOOP("ApiClient", "self-assessment") },
        { "sections.note", QT_TRANSLATE_NOOP("ApiClient", "situation note") },
        { "attachments", QT_TRANSLATE_NOOP("ApiClient", "uploaded images") },
        { "state", QT_TRANSLATE_NOOP("ApiClient", "application status") },
        { "stages", QT_TRANSLATE_NOOP("ApiClient", "review progress") },
        { "rejection", QT_TRANSLATE_NOOP("ApiClient", "rejection reason") },
        { "priorDegreeCheck", QT_TRANSLATE_NOOP("ApiClient", "prior degree check") },
    };
    QStringList parts;
    bool other = false;
    for (const QString &p : paths) {
        bool known = false;
        for (const Name &n : names) {
            if (p.startsWith(QLatin1String(n.prefix))) {
                const QString text = QCoreApplication::translate("ApiClient", n.text);
                if (!parts.contains(text))
                    parts.append(text);
                known = true;
                break;
            }
        }
        other = other || !known;
    }
    if (other || parts.isEmpty())
        parts.append(QCoreApplication::translate("ApiClient", "other details"));
    return parts.join(QCoreApplication::translate("ApiClient", ", "));
}

ApiClient::ApiClient(HttpClient *http, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_base(baseUrl)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ApiClient::flushOutbox);
}

void ApiClient::setToken(const QByteArray &token, const QDateTime &expiresAt)
{
    m_token = token;
    m_expiresAt = expiresAt;
    // Replay in the original order; each re-acquires its application's write slot.
    const auto waiting = std::exchange(m_waitingForAuth, {});
    for (const auto &call : waiting)
        execute(call);
    if (!m_outbox.isEmpty())
        m_flushTimer.start(0);
}

void ApiClient::clearSession()
{
    m_token.clear();
    m_expiresAt = {};
    m_apps.clear();
    // Calls that waited for a sign-in end now, so nobody waits for ever; queued writes
    // stay in the outbox (the draft decides whether to keep or wipe it).
    const auto waiting = std::exchange(m_waitingForAuth, {});
    for (const auto &call : waiting) {
        ApiError error;
        error.kind = ApiError::Kind::SessionExpired;
        error.status = 401;
        error.userMessage = tr("You have signed out; this was not sent.");
        error.technicalDetail = QStringLiteral("dropped at sign-out");
        complete(call, ApiResult::failure(error));
    }
}

void ApiClient::startCall(QByteArray method, const QString &path, Done done,
                          const std::function<void(Call &)> &setup)
{
    auto call = std::make_shared<Call>();
    call->method = std::move(method);
    call->path = path;
    call->done = std::move(done);
    if (call->method == "POST" || call->method == "PATCH")
        call->idempotencyKey = newKey();
    if (setup)
        setup(*call);
    execute(call);
}

void ApiClient::execute(std::shared_ptr<Call> call)
{
    if (call->method == "PUT" && call->sectionKey.startsWith(QLatin1String("attachments."))
        && std::none_of(m_uploads.cbegin(), m_uploads.cend(),
                        [&](const std::weak_ptr<Call> &w) { return w.lock() == call; }))
        m_uploads.append(call);
    if (call->appWrite && !call->holdsApp) {
        // One write per application at a time, each with the ETag the previous one returned:
        // parallel section saves would otherwise fail each other with 412.
        if (m_appBusy.contains(call->applicationId)) {
            m_appWrites[call->applicationId].enqueue(call);
            return;
        }
        m_appBusy.insert(call->applicationId);
        call->holdsApp = true;
    }
    if (call->appWrite && m_apps.value(call->applicationId).etag.isEmpty()) {
        refreshApplication(call->applicationId, [this, call](const ApiResult &r) {
            if (r.ok())
                send(call);
            else if (r.error.kind == ApiError::Kind::Network && call->queueable)
                queueOffline(call, r.error);
            else
                complete(call, r);
        });
        return;
    }
    send(call);
}

void ApiClient::send(const std::shared_ptr<Call> &call)
{
    if (call->cancelled) {
        complete(call, cancelledResult());
        return;
    }
    if (!call->outboxId.isEmpty() && !m_outbox.find(call->outboxId)) {
        // A newer live write of the same thing went through meanwhile: this one is stale.
        complete(call, ApiResult {});
        return;
    }
    HttpRequest r;
    r.method = call->method;
    r.url = m_base;
    r.url.setPath(m_base.path() + call->path, QUrl::TolerantMode);
    r.setHeader("Accept",
                call->expectJson ? "application/json, application/problem+json"
                                 : "image/jpeg, application/problem+json");
    r.setHeader("Accept-Language", m_language);
    if (call->auth && !m_token.isEmpty())
        r.setHeader("Authorization", "Bearer " + m_token);
    if (!call->body.isEmpty())
        r.setHeader("Content-Type",
                    call->contentType.isEmpty()
                        ? QByteArrayLiteral("application/json; charset=utf-8")
                        : call->contentType);
    if (call->appWrite)
        r.setHeader("If-Match", m_apps.value(call->applicationId).etag);
    // Polling the review progress on a phone hotspot: unchanged applications cost one header.
    const AppCache cached = m_apps.value(call->cachedApplication);
    if (!call->cachedApplication.isEmpty() && !cached.etag.isEmpty() && !cached.json.isEmpty())
        r.setHeader("If-None-Match", cached.etag);
    r.idempotencyKey = call->idempotencyKey;
    r.body = call->body;
    r.maxResponseBytes = 4 * 1024 * 1024;
    r.totalTimeout = std::chrono::seconds(call->contentType == "image/jpeg" ? 180 : 60);
    r.retry = call->retry;
    HttpReply *reply = m_http->send(r);
    call->reply = reply;
    if (call->sectionKey.startsWith(QLatin1String("attachments.")) && call->method == "PUT") {
        connect(reply, &HttpReply::uploadProgress, this, [this, call](qint64 sent, qint64 total) {
            Q_EMIT uploadProgress(call->applicationId, call->label, sent, total);
        });
    }
    connect(reply, &HttpReply::retrying, this,
            [this, call](int attempt, int delayMs, const QString &) {
                Q_EMIT retrying(call->label.isEmpty() ? call->path : call->label, attempt, delayMs);
            });
    connect(reply, &HttpReply::finished, this,
            [this, call, reply] { handle(call, reply->response()); });
}

void ApiClient::handle(const std::shared_ptr<Call> &call, const HttpResponse &response)
{
    if (response.isNetworkError()) {
        const ApiError error = ApiError::fromResponse(response);
        if (call->queueable)
            queueOffline(call, error);
        else
            complete(call, ApiResult::failure(error));
        return;
    }
    const int status = response.status;
    if (status >= 200 && status < 300) {
        ApiResult result;
        result.status = status;
        result.etag = response.header("ETag");
        result.replayed =
            response.header("Idempotent-Replayed").compare("true", Qt::CaseInsensitive) == 0;
        const QByteArray type = response.mediaType();
        if (status == 204 || (response.body.isEmpty() && call->method != "GET")) {
            // Nothing to parse.
        } else if (!call->expectJson) {
            if (type != "image/jpeg") {
                complete(call,
                         ApiResult::failure(ApiError::badResponse(
                             response, QStringLiteral("expected image/jpeg"))));
                return;
            }
            result.body = response.body;
        } else {
            if (type != "application/json" && !type.endsWith("+json")) {
                complete(call,
                         ApiResult::failure(
                             ApiError::badResponse(response, QStringLiteral("expected JSON"))));
                return;
            }
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                complete(
                    call,
                    ApiResult::failure(ApiError::badResponse(
                        response, QStringLiteral("malformed JSON: ") + parseError.errorString())));
                return;
            }
            result.json = doc.object();
            if (result.json.contains(QLatin1String("sections"))
                && result.json.contains(QLatin1String("id")))
                rememberApplication(result.json, result.etag);
        }
        // A live write supersedes anything older for the same target still in the outbox.
        if (call->method != "GET" && call->outboxId.isEmpty()) {
            for (const auto &e : m_outbox.entries()) {
                if (e.method == call->method && e.path == call->path) {
                    m_outbox.remove(e.id);
                    break;
                }
            }
        }
        complete(call, result);
        // The server answered: the network is back, so send whatever waits.
        if (m_outbox.waitingCount() > 0 && !m_flushing)
            m_flushTimer.start(0);
        return;
    }
    if (status == 304 && !call->cachedApplication.isEmpty()
        && m_apps.contains(call->cachedApplication)) {
        ApiResult result;
        result.status = 304;
        result.json = m_apps.value(call->cachedApplication).json;
        result.etag = m_apps.value(call->cachedApplication).etag;
        complete(call, result);
        return;
    }
    if (status == 401 && call->auth) {
        qCInfo(lcApi) << "session expired; holding" << call->method << Redact::mask(call->path);
        m_token.clear();
        if (call->holdsApp) {
            call->holdsApp = false;
            releaseApplication(call->applicationId);
        }
        const bool first = m_waitingForAuth.isEmpty();
        m_waitingForAuth.append(call);
        if (first)
            Q_EMIT sessionExpired();
        return;
    }
    if (status == 412 && call->appWrite) {
        handleConflict(call, response);
        return;
    }
    const ApiError error = ApiError::fromResponse(response);
    if (status >= 500 && call->queueable) {
        queueOffline(call, error);
        return;
    }
    qCInfo(lcApi).noquote() << call->method << Redact::mask(call->path) << "->"
                            << error.technicalDetail;
    ApiResult result = ApiResult::failure(error);
    result.status = status;
    complete(call, result);
}

void ApiClient::handleConflict(std::shared_ptr<Call> call, const HttpResponse &response)
{
    Q_UNUSED(response)
    const QJsonObject before = m_apps.value(call->applicationId).json;
    refreshApplication(call->applicationId, [this, call, before](const ApiResult &r) {
        if (!r.ok()) {
            if (r.error.kind == ApiError::Kind::Network && call->queueable)
                queueOffline(call, r.error);
            else
                complete(call, r);
            return;
        }
        if (alreadyApplied(*call, r.json)) {
            // Our earlier attempt did land (its answer was lost); the reload is the result.
            complete(call, r);
            return;
        }
        const QStringList changes = changedPaths(before, r.json);
        const bool touchesOurs =
            std::any_of(changes.cbegin(), changes.cend(), [&](const QString &p) {
                return p == call->sectionKey || p.startsWith(call->sectionKey + QLatin1Char('.'));
            });
        if (!before.isEmpty() && !touchesOurs && call->conflictRetries == 0) {
            // Something else changed (another section, a reviewer's note): our section is
            // exactly as the candidate last saw it, so writing it again loses nothing.
            ++call->conflictRetries;
            send(call);
            return;
        }
        ApiError error;
        error.kind = ApiError::Kind::Conflict;
        error.status = 412;
        error.code = QStringLiteral("etag-mismatch");
        error.changedFields = changes;
        error.userMessage =
            tr("The application was changed elsewhere (%1). The latest version has been loaded; "
               "please check it and save again.")
                .arg(describeChanges(changes));
        error.technicalDetail = QStringLiteral("412 on %1 %2; changed: %3")
                                    .arg(QString::fromLatin1(call->method),
                                         Redact::mask(call->path), changes.join(QLatin1Char(',')));
        Q_EMIT applicationChanged(call->applicationId, changes, error.userMessage);
        ApiResult result = ApiResult::failure(error);
        result.status = 412;
        result.json = r.json;
        complete(call, result);
    });
}

bool ApiClient::alreadyApplied(const Call &call, const QJsonObject &app) const
{
    if (call.sectionKey.startsWith(QLatin1String("sections."))) {
        const QJsonObject sent = QJsonDocument::fromJson(call.body).object();
        const QJsonObject now = valueAt(app, call.sectionKey).toObject();
        if (sent.isEmpty() || now.isEmpty())
            return false;
        for (auto it = sent.begin(); it != sent.end(); ++it) {
            if (now.value(it.key()) != it.value())
                return false;
        }
        return true;
    }
    if (call.sectionKey.startsWith(QLatin1String("attachments."))) {
        const QString slot = call.sectionKey.mid(12);
        const QJsonObject stored =
            attachmentsBySlot(app.value(QLatin1String("attachments"))).value(slot).toObject();
        if (call.method == "DELETE")
            return stored.isEmpty();
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(call.body, QCryptographicHash::Sha256).toHex());
        return !stored.isEmpty()
            && stored.value(QLatin1String("sha256")).toString().compare(sha, Qt::CaseInsensitive)
            == 0;
    }
    if (call.sectionKey == QLatin1String("state")) {
        const auto record = ApplicationRecord::fromJson(app);
        return record.is(Workflow::State::Submitted) || record.is(Workflow::State::Resubmitted);
    }
    return false;
}

void ApiClient::queueOffline(const std::shared_ptr<Call> &call, const ApiError &error)
{
    if (call->cancelled) {
        // The caller gave it up: it must not come back from the outbox later.
        complete(call, cancelledResult());
        return;
    }
    ApiResult result = ApiResult::failure(error);
    result.queued = true;
    result.error.userMessage = error.userMessage + QLatin1Char(' ')
        + tr("Saved on this computer; it will be uploaded automatically when the network is back.");
    if (call->outboxId.isEmpty()) {
        Outbox::Entry e;
        e.method = call->method;
        e.path = call->path;
        e.applicationId = call->applicationId;
        e.contentType = call->contentType;
        e.body = call->body;
        e.idempotencyKey = call->idempotencyKey;
        e.label = call->label;
        e.lastError = result.error.userMessage;
        m_outbox.enqueue(e);
        qCInfo(lcApi).noquote() << "queued" << call->method << Redact::mask(call->path) << "after"
                                << error.technicalDetail;
        scheduleFlush(true);
    }
    complete(call, result);
}

void ApiClient::complete(std::shared_ptr<Call> call, const ApiResult &result)
{
    m_uploads.removeIf([&](const std::weak_ptr<Call> &w) {
        const auto c = w.lock();
        return !c || c == call;
    });
    if (call->holdsApp) {
        call->holdsApp = false;
        releaseApplication(call->applicationId);
    }
    if (call->done)
        call->done(result);
}

void ApiClient::releaseApplication(const QString &applicationId)
{
    m_appBusy.remove(applicationId);
    auto it = m_appWrites.find(applicationId);
    if (it == m_appWrites.end())
        return;
    if (it->isEmpty()) {
        m_appWrites.erase(it);
        return;
    }
    execute(it->dequeue());
}

void ApiClient::rememberApplication(const QJsonObject &app, const QByteArray &etag)
{
    const QString id = app.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return;
    AppCache &c = m_apps[id];
    c.etag = etag.isEmpty() ? app.value(QLatin1String("etag")).toString().toLatin1() : etag;
    c.json = app;
    Q_EMIT applicationUpdated(id, app);
}

void ApiClient::refreshApplication(const QString &id, std::function<void(const ApiResult &)> then)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->path = QStringLiteral("/applications/") + encodeSegment(id);
    call->done = std::move(then);
    execute(call);
}

void ApiClient::scheduleFlush(bool failed)
{
    if (failed)
        ++m_flushFailures;
    const int shift = qBound(0, m_flushFailures - 1, 4);
    const auto delay = failed ? m_outboxInterval * (1 << shift) : std::chrono::milliseconds(0);
    m_flushTimer.start(delay);
}

void ApiClient::flushOutbox()
{
    if (m_flushing || m_token.isEmpty())
        return;
    const Outbox::Entry *next = nullptr;
    for (const auto &e : m_outbox.entries()) {
        if (e.state == Outbox::Entry::State::Waiting) {
            next = &e;
            break;
        }
    }
    if (!next)
        return;
    m_flushing = true;
    const Outbox::Entry entry = *next;
    m_outbox.setState(entry.id, Outbox::Entry::State::Sending);
    auto call = std::make_shared<Call>();
    call->method = entry.method;
    call->path = entry.path;
    call->body = entry.body;
    call->contentType = entry.contentType;
    call->applicationId = entry.applicationId;
    call->appWrite = !entry.applicationId.isEmpty();
    call->sectionKey = sectionKeyForPath(entry.path);
    call->label = entry.label;
    call->idempotencyKey = entry.idempotencyKey;
    call->queueable = true;
    call->outboxId = entry.id;
    if (call->appWrite) // The queued write may be hours old: send it against the current version.
        m_apps[entry.applicationId].etag.clear();
    call->done = [this, id = entry.id, label = entry.label,
                  app = entry.applicationId](const ApiResult &r) {
        m_flushing = false;
        if (!m_outbox.find(id)) {
            flushOutbox();
            return;
        }
        if (r.ok()) {
            m_outbox.remove(id);
            m_flushFailures = 0;
            Q_EMIT outboxEntrySent(label, app);
            flushOutbox();
        } else if (r.queued) {
            m_outbox.setState(id, Outbox::Entry::State::Waiting, r.error.userMessage);
            scheduleFlush(true);
        } else if (r.error.kind == ApiError::Kind::SessionExpired) {
            // Signed out while it waited: it stays queued for the next sign-in.
            m_outbox.setState(id, Outbox::Entry::State::Waiting);
        } else {
            m_outbox.setState(id, Outbox::Entry::State::Failed, r.error.userMessage);
            Q_EMIT outboxEntryFailed(label, app, r.error);
            flushOutbox();
        }
    };
    execute(call);
}

// --- typed calls -------------------------------------------------------------------------

void ApiClient::signIn(const QString &login, const QString &password, Done done)
{
    const QJsonObject body { { QLatin1String("login"), login },
                             { QLatin1String("password"), password } };
    startCall(
        "POST", QStringLiteral("/sessions"),
        [this, done = std::move(done)](const ApiResult &r) {
            if (r.ok()) {
                const QByteArray token = r.json.value(QLatin1String("token")).toString().toLatin1();
                const QDateTime expires = QDateTime::fromString(
                    r.json.value(QLatin1String("expiresAt")).toString(), Qt::ISODate);
                if (!token.isEmpty())
                    setToken(token, expires);
            }
            if (done)
                done(r);
        },
        [this, body](Call &c) {
            c.auth = false;
            c.body = compactJson(body);
            // The sign-in limit answers 429 for up to a minute: say so rather than wait silently.
            RetryPolicy policy = m_http->options().retry;
            policy.retryTooManyRequests = false;
            c.retry = policy;
        });
}

void ApiClient::currentSession(Done done)
{
    startCall("GET", QStringLiteral("/sessions/current"), std::move(done));
}

void ApiClient::signOut(Done done)
{
    startCall("DELETE", QStringLiteral("/sessions/current"),
              [this, done = std::move(done)](const ApiResult &r) {
                  clearSession();
                  if (done)
                      done(r);
              });
}

void ApiClient::candidate(Done done)
{
    startCall("GET", QStringLiteral("/candidate"), std::move(done));
}

void ApiClient::updateContact(const QJsonObject &fields, Done done)
{
    // PATCH with absolute values is idempotent in effect; the key lets HttpClient retry it.
    startCall("PATCH", QStringLiteral("/candidate/contact"), std::move(done), [&fields](Call &c) {
        c.body = compactJson(fields);
        c.queueable = true;
        c.label = QStringLiteral("contact");
    });
}

void ApiClient::enrolledMajors(Done done)
{
    startCall("GET", QStringLiteral("/candidate/majors"), std::move(done));
}

void ApiClient::addMajor(const QString &majorCode, const QString &schoolCode, Done done)
{
    const QJsonObject body { { QLatin1String("majorCode"), majorCode },
                             { QLatin1String("schoolCode"), schoolCode } };
    startCall("POST", QStringLiteral("/candidate/majors"), std::move(done),
              [&body](Call &c) { c.body = compactJson(body); });
}

void ApiClient::majorsCatalog(Done done)
{
    startCall("GET", QStringLiteral("/majors"), std::move(done));
}

void ApiClient::schools(Done done)
{
    startCall("GET", QStringLiteral("/schools"), std::move(done));
}

void ApiClient::announcements(const QString &schoolCode, Done done)
{
    startCall("GET",
              QStringLiteral("/schools/") + encodeSegment(schoolCode)
                  + QStringLiteral("/announcements"),
              std::move(done));
}

void ApiClient::currentBatch(Done done)
{
    startCall("GET", QStringLiteral("/batches/current"), std::move(done));
}

void ApiClient::createApplication(const QString &majorCode, const QString &schoolCode,
                                  bool confirmSchoolChoice, Done done)
{
    const QJsonObject body { { QLatin1String("majorCode"), majorCode },
                             { QLatin1String("schoolCode"), schoolCode },
                             { QLatin1String("confirmSchoolChoice"), confirmSchoolChoice } };
    startCall("POST", QStringLiteral("/applications"), std::move(done),
              [&body](Call &c) { c.body = compactJson(body); });
}

void ApiClient::applications(Done done)
{
    startCall("GET", QStringLiteral("/applications"), std::move(done));
}

void ApiClient::application(const QString &id, Done done)
{
    startCall("GET", QStringLiteral("/applications/") + encodeSegment(id), std::move(done),
              [&id](Call &c) { c.cachedApplication = id; });
}

void ApiClient::updateSection(const QString &applicationId, Workflow::Section section,
                              const QJsonObject &content, Done done)
{
    const QString path = QStringLiteral("/applications/") + encodeSegment(applicationId)
        + QLatin1Char('/') + Workflow::sectionName(section);
    startCall("PUT", path, std::move(done), [&](Call &c) {
        c.body = compactJson(content);
        c.applicationId = applicationId;
        c.appWrite = true;
        c.queueable = true;
        c.sectionKey = sectionKeyForPath(path);
        c.label = Workflow::sectionName(section);
    });
}

void ApiClient::submit(const QString &applicationId, Done done)
{
    const QString path =
        QStringLiteral("/applications/") + encodeSegment(applicationId) + QStringLiteral("/submit");
    startCall("POST", path, std::move(done), [&](Call &c) {
        c.body = "{}";
        c.applicationId = applicationId;
        c.appWrite = true;
        c.queueable = true;
        c.sectionKey = QStringLiteral("state");
        c.label = QStringLiteral("submit");
    });
}

void ApiClient::uploadAttachment(const QString &applicationId, const QString &slot,
                                 const QByteArray &jpeg, Done done)
{
    const QString path = QStringLiteral("/applications/") + encodeSegment(applicationId)
        + QStringLiteral("/attachments/") + encodeSegment(slot);
    startCall("PUT", path, std::move(done), [&](Call &c) {
        c.body = jpeg;
        c.contentType = "image/jpeg";
        c.applicationId = applicationId;
        c.appWrite = true;
        c.queueable = true;
        c.sectionKey = QStringLiteral("attachments.") + slot;
        c.label = slot;
    });
}

void ApiClient::cancelUpload(const QString &applicationId, const QString &slot)
{
    const QString path = QStringLiteral("/applications/") + encodeSegment(applicationId)
        + QStringLiteral("/attachments/") + encodeSegment(slot);
    QStringList queued;
    for (const auto &e : m_outbox.entries()) {
        if (e.method == "PUT" && e.path == path)
            queued.append(e.id);
    }
    for (const QString &id : std::as_const(queued))
        m_outbox.remove(id);
    const auto uploads = m_uploads;
    for (const auto &weak : uploads) {
        const auto call = weak.lock();
        if (!call || call->path != path || call->cancelled)
            continue;
        call->cancelled = true;
        auto waiting = m_appWrites.find(applicationId);
        if ((waiting != m_appWrites.end() && waiting->removeOne(call))
            || m_waitingForAuth.removeOne(call)) {
            complete(call, cancelledResult());
        } else if (call->reply) {
            call->reply->cancel(); // finished() follows: handle() -> queueOffline() -> Cancelled
        }
        // Otherwise it waits for the application's ETag; send() ends it.
    }
}

void ApiClient::attachment(const QString &applicationId, const QString &slot, Done done)
{
    startCall("GET",
              QStringLiteral("/applications/") + encodeSegment(applicationId)
                  + QStringLiteral("/attachments/") + encodeSegment(slot),
              std::move(done), [](Call &c) { c.expectJson = false; });
}

void ApiClient::deleteAttachment(const QString &applicationId, const QString &slot, Done done)
{
    const QString path = QStringLiteral("/applications/") + encodeSegment(applicationId)
        + QStringLiteral("/attachments/") + encodeSegment(slot);
    startCall("DELETE", path, std::move(done), [&](Call &c) {
        c.applicationId = applicationId;
        c.appWrite = true;
        c.queueable = true;
        c.sectionKey = QStringLiteral("attachments.") + slot;
        c.label = slot;
    });
}

void ApiClient::createPayment(const QString &applicationId, Done done)
{
    // Not queued: paying needs the candidate present, and the key already prevents a second order.
    startCall("POST",
              QStringLiteral("/applications/") + encodeSegment(applicationId)
                  + QStringLiteral("/payments"),
              std::move(done));
}

void ApiClient::payment(const QString &orderId, Done done)
{
    startCall("GET", QStringLiteral("/payments/") + encodeSegment(orderId), std::move(done));
}

void ApiClient::payments(const QString &applicationId, Done done)
{
    startCall("GET",
              QStringLiteral("/applications/") + encodeSegment(applicationId)
                  + QStringLiteral("/payments"),
              std::move(done));
}

} // namespace zkgrad::net
