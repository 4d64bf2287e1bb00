#pragma once

#include "apierror.h"
#include "httpclient.h"
#include "outbox.h"
#include "workflow.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace zkgrad::net {

/** The outcome of one API call: the JSON (or bytes) on success, an ApiError otherwise. */
struct ApiResult
{
    ApiError error;
    int status = 0;
    QJsonObject json; ///< The body of a JSON success (empty for 204).
    QByteArray body; ///< Raw bytes (attachment downloads).
    QByteArray etag; ///< ETag header of the response, when present.
    bool replayed = false; ///< The server replayed a stored answer (Idempotent-Replayed).
    /** The write could not be sent and waits in the outbox ("saved locally, not yet uploaded"). */
    bool queued = false;

    [[nodiscard]] bool ok() const { return !error.isError(); }
    [[nodiscard]] static ApiResult failure(ApiError error)
    {
        ApiResult r;
        r.status = error.status;
        r.error = std::move(error);
        return r;
    }
};

/**
 * Typed calls of the zkgrad API v1 (docs/api.md) on HttpClient: JSON in and out,
 * problem+json mapped to field errors, ETag/If-Match on application writes (serialized
 * per application), 412 reload, session-expiry replay, and an Outbox for writes that
 * cannot reach the server.
 */
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiResult &)>;

    /** @p baseUrl ends in /api/v1, e.g. "http://127.0.0.1:8765/api/v1". */
    ApiClient(HttpClient *http, const QUrl &baseUrl, QObject *parent = nullptr);

    [[nodiscard]] QUrl baseUrl() const { return m_base; }
    /** Sent as Accept-Language ("zh-CN" by default, "en"). */
    void setLanguage(const QByteArray &language) { m_language = language; }
    [[nodiscard]] bool isSignedIn() const { return !m_token.isEmpty(); }
    [[nodiscard]] QDateTime tokenExpiresAt() const { return m_expiresAt; }
    /** Sets the bearer token (after a sign-in done elsewhere); replays calls that waited for it. */
    void setToken(const QByteArray &token, const QDateTime &expiresAt = {});
    /** Forgets the token (sign-out, kiosk wipe); calls waiting for a sign-in are dropped. */
    void clearSession();

    [[nodiscard]] Outbox *outbox() { return &m_outbox; }
    /** The ETag last seen for application @p id (quoted, as sent in If-Match). */
    [[nodiscard]] QByteArray etag(const QString &applicationId) const
    {
        return m_apps.value(applicationId).etag;
    }
    /** Delay before the outbox is tried again after a failure; doubles up to 16 times this. */
    void setOutboxRetryInterval(std::chrono::milliseconds interval) { m_outboxInterval = interval; }

    // Sessions
    void signIn(const QString &login, const QString &password, Done done);
    void currentSession(Done done);
    void signOut(Done done);
    // The candidate
    void candidate(Done done);
    /** Any subset of phone, address, postalCode, email. Queued in the outbox when offline. */
    void updateContact(const QJsonObject &fields, Done done);
    void enrolledMajors(Done done);
    void addMajor(const QString &majorCode, const QString &schoolCode, Done done);
    // Catalog and batch
    void majorsCatalog(Done done);
    void schools(Done done);
    void announcements(const QString &schoolCode, Done done);
    void currentBatch(Done done);
    // Applications
    void createApplication(const QString &majorCode, const QString &schoolCode,
                           bool confirmSchoolChoice, Done done);
    void applications(Done done);
    /** Reads with If-None-Match when a copy is cached; a 304 answers with that copy (status 304,
     * ok()). */
    void application(const QString &id, Done done);
    /** PUT of a whole section with If-Match; queued in the outbox when offline. */
    void updateSection(const QString &applicationId, Workflow::Section section,
                       const QJsonObject &content, Done done);
    void submit(const QString &applicationId, Done done);
    // Attachments
    /** @p slot: id-front, id-back, signature, diploma, registration-record, identity-change,
     * other-1..9. */
    void uploadAttachment(const QString &applicationId, const QString &slot, const QByteArray &jpeg,
                          Done done);
    /** Stops uploads into @p slot: queued ones are dropped, a waiting or in-flight one is
     * cancelled (its @p done gets a Network error with NetError::Cancelled). An upload whose
     * answer already arrived is not undone. */
    void cancelUpload(const QString &applicationId, const QString &slot);
    void attachment(const QString &applicationId, const QString &slot, Done done);
    void deleteAttachment(const QString &applicationId, const QString &slot, Done done);
    // Payments
    /** Creates or reuses the open order; the Idempotency-Key makes a retry safe. */
    void createPayment(const QString &applicationId, Done done);
    void payment(const QString &orderId, Done done);
    void payments(const QString &applicationId, Done done);

    /** Sends what the outbox holds now (also runs by itself after failures and after any success).
     */
    void flushOutbox();

Q_SIGNALS:
    /** A signed-in call got 401: show the sign-in; the call waits and is replayed after setToken().
     */
    void sessionExpired();
    /**
     * Application @p applicationId changed on the server (412 on a write). It was reloaded;
     * @p changedFields are paths like "sections.resume", @p message says what changed.
     */
    void applicationChanged(const QString &applicationId, const QStringList &changedFields,
                            const QString &message);
    /** A newer copy of an application arrived (reads, writes, reloads). */
    void applicationUpdated(const QString &applicationId, const QJsonObject &application);
    /** A call failed transiently and is tried again in @p delayMs ("network unstable, retrying").
     */
    void retrying(const QString &what, int attempt, int delayMs);
    /** Progress of an attachment upload (@p slot as in uploadAttachment()). */
    void uploadProgress(const QString &applicationId, const QString &slot, qint64 sent,
                        qint64 total);
    /** A queued write reached the server. */
    void outboxEntrySent(const QString &label, const QString &applicationId);
    /** The server refused a queued write; it stays in the outbox as Failed with @p error's message.
     */
    void outboxEntryFailed(const QString &label, const QString &applicationId,
                           const zkgrad::net::ApiError &error);

private:
    struct Call;
    /** The last copy of an application and its ETag, for If-Match and for telling what changed. */
    struct AppCache
    {
        QByteArray etag;
        QJsonObject json;
    };

    void execute(std::shared_ptr<Call> call);
    void send(const std::shared_ptr<Call> &call);
    void handle(const std::shared_ptr<Call> &call, const HttpResponse &response);
    void complete(std::shared_ptr<Call> call, const ApiResult &result);
    void queueOffline(const std::shared_ptr<Call> &call, const ApiError &error);
    void handleConflict(std::shared_ptr<Call> call, const HttpResponse &response);
    void releaseApplication(const QString &applicationId);
    void rememberApplication(const QJsonObject &app, const QByteArray &etag);
    void refreshApplication(const QString &id, std::function<void(const ApiResult &)> then);
    [[nodiscard]] bool alreadyApplied(const Call &call, const QJsonObject &app) const;
    void scheduleFlush(bool failed);
    void startCall(QByteArray method, const QString &path, Done done,
                   const std::function<void(Call &)> &setup = {});

    HttpClient *m_http;
    QUrl m_base;
    QByteArray m_language = QByteArrayLiteral("zh-CN");
    QByteArray m_token;
    QDateTime m_expiresAt;
    QHash<QString, AppCache> m_apps;
    QHash<QString, QQueue<std::shared_ptr<Call>>>
        m_appWrites; ///< Writes waiting for the one in flight.
    QSet<QString> m_appBusy;
    QList<std::shared_ptr<Call>> m_waitingForAuth;
    QList<std::weak_ptr<Call>> m_uploads; ///< Attachment PUTs not completed yet (cancelUpload).
    Outbox m_outbox;
    QTimer m_flushTimer;
    bool m_flushing = false;
    int m_flushFailures = 0;
    std::chrono::milliseconds m_outboxInterval { 5000 };
};

/** Paths in which @p after differs from @p before, ignoring bookkeeping (etag, version, updatedAt,
 * history). */
[[nodiscard]] QStringList changedPaths(const QJsonObject &before, const QJsonObject &after);
/** "本人简历、审核状态" style list of what the paths mean for the candidate. */
[[nodiscard]] QString describeChanges(const QStringList &paths);

} // namespace zkgrad::net
