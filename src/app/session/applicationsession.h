#pragma once

#include "apiclient.h"
#include "applicationrecord.h"
#include "batchrules.h"
#include "workflow.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

#include <memory>

namespace zkgrad::net {
class HttpClient;
}
namespace zkgrad::testing {
class Access;
}
class CredentialStore;

/**
 * The candidate's link to the API for the wizard: sign-in, profile, batch rules, the one
 * application and its sections and attachments, and whether the last writes reached the
 * server. Step controllers read and write through it; it holds no step's rules.
 */
class ApplicationSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(bool connected READ connected NOTIFY connectionChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool sessionExpired READ sessionExpired NOTIFY signedInChanged)
    Q_PROPERTY(QString signInError READ signInError NOTIFY signInErrorChanged)
    Q_PROPERTY(QString login READ login NOTIFY signedInChanged)
    Q_PROPERTY(QString candidateName READ candidateName NOTIFY profileChanged)
    Q_PROPERTY(QVariantMap profile READ profileMap NOTIFY profileChanged)
    Q_PROPERTY(QVariantList enrolledMajors READ enrolledMajors NOTIFY profileChanged)
    Q_PROPERTY(QVariantList catalog READ catalog NOTIFY catalogChanged)
    Q_PROPERTY(QVariantMap application READ applicationMap NOTIFY applicationChanged)
    Q_PROPERTY(bool hasApplication READ hasApplication NOTIFY applicationChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY applicationChanged)
    Q_PROPERTY(QVariantList announcements READ announcements NOTIFY announcementsChanged)
    Q_PROPERTY(SyncState syncState READ syncState NOTIFY syncChanged)
    Q_PROPERTY(QString syncText READ syncText NOTIFY syncChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable NOTIFY keychainChanged)

public:
    /** Whether what the candidate entered has reached the server. */
    enum SyncState {
        Synced, ///< Everything written is on the server (or nothing to write yet).
        Uploading, ///< A write is in flight.
        Queued, ///< Saved locally, not yet uploaded; retried automatically.
        Refused, ///< The server refused a write; see syncText and the fields.
    };
    Q_ENUM(SyncState)

    using Done = zkgrad::net::ApiClient::Done;

    explicit ApplicationSession(QObject *parent = nullptr);
    ~ApplicationSession() override;

    /** Points the session at an API (".../api/v1"); an empty URL means offline (tests). */
    void setApiUrl(const QUrl &url);
    /** Tries the remembered credentials, if any, once the API is known. */
    void setCredentialStore(CredentialStore *store);

    /** The API itself, for tests; the app talks to the server only through the session. */
    [[nodiscard]] zkgrad::net::ApiClient *api() const { return m_api.get(); }
    [[nodiscard]] bool connected() const { return m_api != nullptr; }
    /** True once a server is expected (the app, always): the wizard then starts at sign-in. */
    [[nodiscard]] bool requiresSignIn() const { return m_requiresSignIn || m_api; }
    void setRequiresSignIn(bool required);
    [[nodiscard]] bool signedIn() const { return m_signedIn; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool sessionExpired() const { return m_expired; }
    [[nodiscard]] QString signInError() const { return m_signInError; }
    [[nodiscard]] QString login() const { return m_login; }
    [[nodiscard]] QString candidateName() const;
    [[nodiscard]] QJsonObject profile() const { return m_profile; }
    /**
     * Who is signed in, as a stable key: the server's host and candidate id, hashed. Empty when
     * signed out. The local draft belongs to one key, so the next person on the same computer
     * never sees (or sends) the previous person's draft.
     */
    [[nodiscard]] QString ownerKey() const;
    [[nodiscard]] QVariantMap profileMap() const { return m_profile.toVariantMap(); }
    [[nodiscard]] QVariantList enrolledMajors() const;
    [[nodiscard]] QVariantList catalog() const { return m_catalog; }
    [[nodiscard]] const zkgrad::BatchRules &rules() const { return m_rules; }
    [[nodiscard]] QJsonObject batch() const { return m_batch; }
    [[nodiscard]] QString applicationId() const;
    /** The application as the server last sent it, in Workflow's vocabulary. */
    [[nodiscard]] const zkgrad::ApplicationRecord &record() const { return m_record; }
    /** The review state; nothing before an application exists. */
    [[nodiscard]] std::optional<zkgrad::Workflow::State> state() const { return m_record.state(); }
    /** The sections the candidate may change now (all before an application exists). */
    [[nodiscard]] QList<zkgrad::Workflow::Section> editableSections() const;
    [[nodiscard]] QJsonObject application() const { return m_application; }
    [[nodiscard]] QVariantMap applicationMap() const { return m_application.toVariantMap(); }
    [[nodiscard]] bool hasApplication() const { return !m_application.isEmpty(); }
    [[nodiscard]] bool locked() const;
    /** The stored content of @p section; empty when none. */
    [[nodiscard]] QJsonObject section(zkgrad::Workflow::Section section) const;
    /** The stored attachment's metadata for @p slot; empty when the slot is empty. */
    [[nodiscard]] QJsonObject attachment(const QString &slot) const;
    /** True when the candidate may change @p section. */
    [[nodiscard]] bool isEditable(zkgrad::Workflow::Section section) const;
    [[nodiscard]] QVariantList announcements() const { return m_announcements; }
    [[nodiscard]] SyncState syncState() const { return m_syncState; }
    [[nodiscard]] QString syncText() const;
    /** A one-off message for a banner (a 409 or 412 explained); empty when none. */
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] bool keychainAvailable() const;

    /** Signs in with an ID number or admission-ticket number; @p remember uses the keychain. */
    Q_INVOKABLE void signIn(const QString &login, const QString &password, bool remember);
    /** Signs out and forgets the remembered password. */
    Q_INVOKABLE void signOut();
    /** Reads profile, batch, majors, catalog and the application again. */
    Q_INVOKABLE void reload();
    Q_INVOKABLE void dismissNotice();
    /** Loads the announcements of @p schoolCode (the application's school when empty). */
    Q_INVOKABLE void loadAnnouncements(const QString &schoolCode = {});

    /** Changes contact details; @p done gets field errors ("contact.phone") on refusal. */
    void updateContact(const QJsonObject &fields, Done done = {});
    void addMajor(const QString &majorCode, const QString &schoolCode, Done done = {});
    /** Creates the application for the chosen major and school (the candidate confirmed). */
    void createApplication(const QString &majorCode, const QString &schoolCode, Done done = {});

    /**
     * Writes a whole section. Without a server or an application the write is skipped
     * (the local draft has it and it is sent when leaving the step later); offline it
     * waits in the outbox. @p done runs with the result either way.
     */
    void writeSection(zkgrad::Workflow::Section section, const QJsonObject &content,
                      Done done = {});
    /** Uploads @p jpeg into @p slot; progress arrives as uploadProgress(). */
    void uploadAttachment(const QString &slot, const QByteArray &jpeg, Done done = {});
    void deleteAttachment(const QString &slot, Done done = {});
    /** Stops the upload of @p slot (queued or in flight); its done gets a Cancelled error. */
    void cancelUpload(const QString &slot);
    /**
     * Downloads the image stored in @p slot (a photo chosen on another computer). False, and
     * @p done is not called, when there is no server, sign-in or application.
     */
    bool downloadAttachment(const QString &slot, Done done);

    /** The examining schools (their certificate information); false when there is no server. */
    bool schools(Done done);
    /**
     * The application's payment orders, a new order, or one order's status. False, and
     * @p done is not called, when there is no server, sign-in or application.
     */
    bool payments(Done done);
    bool createPayment(Done done);
    bool payment(const QString &orderId, Done done);
    /** Forgets writes that wait to be sent: they were someone else's (sign-in of another
     * candidate, kiosk wipe). */
    void dropUnsentWrites();

    /**
     * Submits (提交初审) or resubmits the application. The Idempotency-Key makes a retry
     * after a timeout safe: the server ends with one submission.
     */
    void submit(Done done = {});
    /** Reads the application again (progress page: on open, on demand, periodically). */
    Q_INVOKABLE void refresh();
    /** refresh() whose outcome also goes to @p done (besides the refreshed() signal). */
    void refresh(Done done);

    /** The outbox as JSON, for the draft (it survives restarts). */
    [[nodiscard]] QJsonObject outboxJson() const;
    void restoreOutbox(const QJsonObject &json);

Q_SIGNALS:
    void connectionChanged();
    void signedInChanged();
    void busyChanged();
    void signInErrorChanged();
    void profileChanged();
    void catalogChanged();
    void rulesChanged();
    void applicationChanged();
    void announcementsChanged();
    void syncChanged();
    void noticeChanged();
    void keychainChanged();
    /** Something the draft keeps (the outbox) changed. */
    void draftDataChanged();
    void uploadProgress(const QString &slot, qint64 sent, qint64 total);
    /** The application's review state changed (not on the first load): announce it. */
    void reviewStateChanged(zkgrad::Workflow::State from, zkgrad::Workflow::State to);
    /**
     * A refresh() ended: @p ok when the server answered with the application, else
     * @p error says why (no connection, not signed in, the server's problem).
     */
    void refreshed(bool ok, const QString &error);
    /**
     * A write was refused with errors at fields (paths as in docs/api.md); each step picks its
     * own with ApplicationRecord::sectionForField() (contact details: "contact.*").
     */
    void fieldErrors(const QList<zkgrad::net::FieldError> &errors);

private:
    // Tests (tests/common/testaccess.h) adopt an application without a server.
    friend class zkgrad::testing::Access;

    void setBusy(bool busy);
    void setSyncState(SyncState state, const QString &refusal = {});
    void setNotice(const QString &notice);
    void setApplication(const QJsonObject &application);
    void afterSignIn(const QJsonObject &session);
    /** The common start of a write: false (and @p done told "kept locally") without a server,
     * a sign-in or, when @p needsApplication, an application. */
    bool beginWrite(const Done &done, bool needsApplication = true);
    void trackWrite(const zkgrad::net::ApiResult &result);
    void finishWrite(const zkgrad::net::ApiResult &result, const Done &done);

    std::unique_ptr<zkgrad::net::HttpClient> m_http;
    std::unique_ptr<zkgrad::net::ApiClient> m_api;
    QPointer<CredentialStore> m_credentials;
    QJsonObject m_pendingOutbox;
    bool m_requiresSignIn = false;
    bool m_signedIn = false;
    bool m_busy = false;
    bool m_expired = false;
    QString m_signInError;
    QString m_login;
    QJsonObject m_profile;
    QJsonArray m_majors;
    QVariantList m_catalog;
    QJsonObject m_batch;
    QString m_candidateId;
    zkgrad::BatchRules m_rules;
    QJsonObject m_application;
    zkgrad::ApplicationRecord m_record;
    QVariantList m_announcements;
    int m_writesInFlight = 0;
    SyncState m_syncState = Synced;
    QString m_refusal;
    QString m_notice;
};
