#pragma once

#include "database.h"
#include "reply.h"

#include <batchrules.h>
#include <workflow.h>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace zkgrad::sandbox {

/** The current round's settings as the database holds them. */
struct Batch
{
    QString id;
    QString name;
    BatchRules rules;
};

/** Who a bearer token belongs to, or why it does not count. */
struct TokenCheck
{
    QString candidateId; ///< empty when the token is not valid
    bool expired = false;
};

/**
 * The API's behaviour without HTTP: every operation of docs/api.md as a
 * function returning a Reply. The HTTP layer and the admin subcommands both
 * call it, so a reviewer action does the same thing from either side. Its parts are in
 * service/, one file per section below (service/internal.h: what they share).
 */
class Service
{
public:
    explicit Service(Database &db);

    void setTokenTtlSeconds(int seconds) { m_tokenTtl = seconds; }
    [[nodiscard]] Database &database() { return m_db; }
    /** "http://127.0.0.1:PORT", for payment links. */
    void setPublicBase(const QString &base) { m_publicBase = base; }

    /** PBKDF2-SHA256 (600,000 iterations by default) with a random salt, in a self-describing
     * string. */
    [[nodiscard]] static QString hashPassword(const QString &password, int iterations = 0);
    [[nodiscard]] static bool verifyPassword(const QString &password, const QString &stored);
    static constexpr int defaultPasswordIterations = 600000;
    /** The PBKDF2 cost hashPassword() uses from now on (1,000 to 10,000,000). */
    static void setPasswordIterations(int iterations);
    [[nodiscard]] static int passwordIterations();
    /** Whether @p stored is of an older scheme or cost than hashPassword() writes now. */
    [[nodiscard]] static bool needsRehash(const QString &stored);

    // Sessions
    [[nodiscard]] Reply signIn(const QJsonObject &body);
    /** The candidate a login names (ID number or ticket, in any spelling sign-in accepts), or "".
     */
    [[nodiscard]] QString accountForLogin(const QString &login);
    [[nodiscard]] TokenCheck checkToken(const QByteArray &token);
    [[nodiscard]] Reply session(const QByteArray &token);
    [[nodiscard]] Reply signOut(const QByteArray &token);

    // The candidate and the catalog
    [[nodiscard]] Reply profile(const QString &candidateId);
    [[nodiscard]] Reply updateContact(const QString &candidateId, const QJsonObject &body);
    [[nodiscard]] Reply enrolledMajors(const QString &candidateId);
    [[nodiscard]] Reply addMajor(const QString &candidateId, const QJsonObject &body);
    [[nodiscard]] Reply catalogMajors();
    [[nodiscard]] Reply schools();
    [[nodiscard]] Reply announcements(const QString &schoolCode);
    [[nodiscard]] Reply currentBatch();

    // Applications (an empty candidateId means a reviewer: no ownership check)
    [[nodiscard]] Reply createApplication(const QString &candidateId, const QJsonObject &body);
    [[nodiscard]] Reply listApplications(const QString &candidateId, const QString &state = {});
    [[nodiscard]] Reply readApplication(const QString &candidateId, const QString &id,
                                        const QByteArray &ifNoneMatch = {});
    /** @p section: prior-degree, resume, self-assessment, note. */
    [[nodiscard]] Reply updateSection(const QString &candidateId, const QString &id,
                                      const QString &section, const QJsonObject &body,
                                      const QByteArray &ifMatch);
    [[nodiscard]] Reply putAttachment(const QString &candidateId, const QString &id,
                                      const QString &slot, const QByteArray &contentType,
                                      const QByteArray &data, const QByteArray &ifMatch);
    [[nodiscard]] Reply getAttachment(const QString &candidateId, const QString &id,
                                      const QString &slot);
    [[nodiscard]] Reply deleteAttachment(const QString &candidateId, const QString &id,
                                         const QString &slot, const QByteArray &ifMatch);
    [[nodiscard]] Reply submit(const QString &candidateId, const QString &id,
                               const QByteArray &ifMatch);

    // Payments
    [[nodiscard]] Reply createPayment(const QString &candidateId, const QString &applicationId);
    [[nodiscard]] Reply payment(const QString &candidateId, const QString &orderId);
    [[nodiscard]] Reply payments(const QString &candidateId, const QString &applicationId);

    // Reviewer actions
    [[nodiscard]] Reply schoolApprove(const QString &id, const QJsonObject &body);
    [[nodiscard]] Reply schoolReject(const QString &id, const QJsonObject &body);
    [[nodiscard]] Reply settlePayment(const QString &orderId);
    [[nodiscard]] Reply cityApprove(const QString &id, const QJsonObject &body);
    [[nodiscard]] Reply cityFail(const QString &id, const QJsonObject &body);
    [[nodiscard]] Reply batchForAdmin();
    [[nodiscard]] Reply patchBatch(const QJsonObject &body);

    // Idempotency records
    /** A stored reply for (@p scope, @p key); @p conflict when the request differs. */
    [[nodiscard]] std::optional<Reply> storedReply(const QString &scope, const QString &key,
                                                   const QByteArray &fingerprint, bool *conflict);
    void storeReply(const QString &scope, const QString &key, const QByteArray &fingerprint,
                    const Reply &reply);

    [[nodiscard]] std::optional<Batch> currentBatchRow();
    [[nodiscard]] static QString iso(const QDateTime &dt);
    [[nodiscard]] static QDateTime now();

private:
    struct AppRow;
    struct Change;

    [[nodiscard]] std::optional<AppRow> loadApplication(const QString &id);
    /** The application as @p candidateId may see it: none when it is someone else's. */
    [[nodiscard]] std::optional<AppRow> applicationFor(const QString &candidateId,
                                                       const QString &id);
    [[nodiscard]] std::optional<Batch> batchRow(const QString &id);
    [[nodiscard]] QJsonObject applicationJson(const AppRow &app);
    [[nodiscard]] Reply applicationReply(const QString &id, int status = 200);
    [[nodiscard]] QList<FieldError> missingForSubmit(const AppRow &app, const Batch &batch);
    [[nodiscard]] QJsonObject candidateJson(const QString &candidateId);
    [[nodiscard]] QJsonObject orderJson(const QString &orderId);
    /** Existence (see applicationFor()), then If-Match; a Reply of status 0 means "go on". */
    [[nodiscard]] static Reply guardWrite(const std::optional<AppRow> &app,
                                          const QByteArray &ifMatch);
    /** Whether @p section may be written now: locked, not applicable, not sent back (0: yes). */
    [[nodiscard]] static Reply editRefusal(const AppRow &app, Workflow::Section section);
    /** Existence, then whether the state machine allows @p action from the current state. */
    [[nodiscard]] static Change allowChange(const std::optional<AppRow> &app,
                                            Workflow::Action action);
    /**
     * An allowed change carried out: @p writes, the state change with its history line by
     * @p actor and the version bump in one transaction; answers with the application.
     */
    [[nodiscard]] Reply commitChange(const Change &change, const QString &actor,
                                     const QString &detail = {},
                                     const std::function<void()> &writes = {});
    /** A state change with its history line, in the caller's transaction. */
    void transition(const QString &id, Workflow::State from, Workflow::State to,
                    const QString &actor, const QString &detail = {});
    /** The version bump, in the caller's transaction with the write it versions. */
    void touch(const QString &id);
    /**
     * @p writes and the version bump in one transaction, so new content never stands under
     * the old ETag; answers with the application.
     */
    [[nodiscard]] Reply commitWrite(const QString &id, const std::function<void()> &writes);

    Database &m_db;
    int m_tokenTtl = 1800;
    QString m_publicBase;
};

} // namespace zkgrad::sandbox
