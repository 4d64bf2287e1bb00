#include "session/applicationsession.h"

#include "httpclient.h"
#include "session/credentialstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

using zkgrad::Workflow;
using zkgrad::net::ApiClient;
using zkgrad::net::ApiError;
using zkgrad::net::ApiResult;

Q_LOGGING_CATEGORY(lcSession, "zkgrad.session")

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

ApiResult skipped()
{
    ApiResult r;
    r.queued = true; // kept in the local draft only; sent when the step is left again
    return r;
}
} // namespace

ApplicationSession::ApplicationSession(QObject *parent)
    : QObject(parent)
{ }

ApplicationSession::~ApplicationSession() = default;

void ApplicationSession::setApiUrl(const QUrl &url)
{
    if (m_api && m_api->baseUrl() == url)
        return;
    m_api.reset();
    m_http.reset();
    m_signedIn = false;
    if (url.isValid() && !url.isEmpty()) {
        m_http = std::make_unique<zkgrad::net::HttpClient>();
        m_api = std::make_unique<ApiClient>(m_http.get(), url);
        ApiClient *api = m_api.get();
        connect(api, &ApiClient::sessionExpired, this, [this] {
            m_expired = true;
            Q_EMIT signedInChanged();
        });
        connect(api, &ApiClient::applicationUpdated, this,
                [this](const QString &id, const QJsonObject &app) {
                    if (m_application.isEmpty() || id == applicationId())
                        setApplication(app);
                });
        connect(api, &ApiClient::applicationChanged, this,
                [this](const QString &, const QStringList &, const QString &message) {
                    // 412: the server copy changed elsewhere (another device, a reviewer).
                    setNotice(tr("Your application was changed elsewhere (%1). The latest copy "
                                 "has been loaded; your last change was applied on top of it. "
                                 "Please check this page.")
                                  .arg(message));
                });
        connect(api, &ApiClient::uploadProgress, this,
                [this](const QString &, const QString &slot, qint64 sent, qint64 total) {
                    Q_EMIT uploadProgress(slot, sent, total);
                });
        connect(api->outbox(), &zkgrad::net::Outbox::changed, this, [this] {
            Q_EMIT draftDataChanged();
            if (m_writesInFlight == 0)
                setSyncState(m_api->outbox()->isEmpty() ? Synced : Queued);
        });
        connect(api, &ApiClient::outboxEntryFailed, this,
                [this](const QString &, const QString &, const ApiError &error) {
                    setSyncState(Refused, error.userMessage);
                    if (!error.fieldErrors.isEmpty())
                        Q_EMIT fieldErrors(error.fieldErrors);
                });
        if (!m_pendingOutbox.isEmpty())
            api->outbox()->fromJson(m_pendingOutbox);
        m_pendingOutbox = {};
    }
    Q_EMIT connectionChanged();
    Q_EMIT signedInChanged();
    if (m_api && m_credentials && m_credentials->isAvailable()) {
        m_credentials->load([this](const CredentialStore::Credentials &c) {
            if (!c.login.isEmpty() && !m_signedIn && !m_busy)
                signIn(c.login, c.password, true);
        });
    }
}

void ApplicationSession::setRequiresSignIn(bool required)
{
    if (required == m_requiresSignIn)
        return;
    m_requiresSignIn = required;
    Q_EMIT connectionChanged();
}

void ApplicationSession::setCredentialStore(CredentialStore *store)
{
    m_credentials = store;
    if (store) {
        connect(store, &CredentialStore::unavailable, this, [this](const QString &message) {
            setNotice(message);
            Q_EMIT keychainChanged();
        });
        connect(store, &CredentialStore::availabilityChanged, this,
                &ApplicationSession::keychainChanged);
    }
    Q_EMIT keychainChanged();
}

QString ApplicationSession::ownerKey() const
{
    if (!m_signedIn || m_candidateId.isEmpty() || !m_api)
        return {};
    // The host, not the whole URL: the demo server's port changes at every start.
    const QByteArray who = m_api->baseUrl().host().toUtf8() + '/' + m_candidateId.toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(32));
}

bool ApplicationSession::keychainAvailable() const
{
    return m_credentials && m_credentials->isAvailable();
}

QString ApplicationSession::candidateName() const
{
    return str(m_profile, "name");
}

QVariantList ApplicationSession::enrolledMajors() const
{
    return m_majors.toVariantList();
}

QString ApplicationSession::applicationId() const
{
    return str(m_application, "id");
}

bool ApplicationSession::locked() const
{
    return m_record.locked();
}

QJsonObject ApplicationSession::section(zkgrad::Workflow::Section section) const
{
    return m_record.section(section);
}

QJsonObject ApplicationSession::attachment(const QString &slot) const
{
    return m_record.attachment(slot);
}

QList<zkgrad::Workflow::Section> ApplicationSession::editableSections() const
{
    // Before the application exists everything is a local draft and may change.
    return m_record.exists() ? m_record.editableSections() : zkgrad::Workflow::allSections();
}

bool ApplicationSession::isEditable(zkgrad::Workflow::Section section) const
{
    return m_record.isEditable(section);
}

QString ApplicationSession::syncText() const
{
    switch (m_syncState) {
    case Synced:
        return m_api && m_signedIn && hasApplication() ? tr("Saved on the server")
                                                       : tr("Saved on this computer");
    case Uploading:
        return tr("Uploading…");
    case Queued:
        return tr("Saved locally, will retry uploading");
    case Refused:
        return m_refusal.isEmpty() ? tr("The server refused a change; see the page")
                                   : tr("Not accepted by the server: %1").arg(m_refusal);
    }
    return {};
}

void ApplicationSession::signIn(const QString &login, const QString &password, bool remember)
{
    const QString trimmed = login.trimmed().toUpper();
    if (trimmed.isEmpty() || password.isEmpty()) {
        m_signInError = trimmed.isEmpty() ? tr("Enter your ID number or admission ticket number.")
                                          : tr("Enter your password.");
        Q_EMIT signInErrorChanged();
        return;
    }
    if (!m_api) {
        m_signInError = tr("The server is not available yet. Wait a moment and try again.");
        Q_EMIT signInErrorChanged();
        return;
    }
    // Someone else signing in after an expiry must not receive the previous person's calls.
    if (m_expired && !m_login.isEmpty() && trimmed != m_login)
        m_api->clearSession();
    m_signInError.clear();
    Q_EMIT signInErrorChanged();
    setBusy(true);
    m_api->signIn(trimmed, password, [this, trimmed, password, remember](const ApiResult &r) {
        setBusy(false);
        if (!r.ok()) {
            m_signInError = r.error.status == 401
                ? tr("The ID number or admission ticket number and the password do not "
                     "match. Check both and try again.")
                : r.error.userMessage;
            Q_EMIT signInErrorChanged();
            return;
        }
        m_login = trimmed;
        if (m_credentials) {
            if (remember)
                m_credentials->save(trimmed, password);
            else
                m_credentials->forget();
        }
        afterSignIn(r.json);
    });
}

void ApplicationSession::afterSignIn(const QJsonObject &session)
{
    const bool wasExpired = m_expired;
    m_signedIn = true;
    m_expired = false;
    const QJsonObject candidate = session.value(QLatin1String("candidate")).toObject();
    if (m_profile.isEmpty() && !candidate.isEmpty())
        m_profile = candidate;
    if (!str(candidate, "id").isEmpty())
        m_candidateId = str(candidate, "id");
    Q_EMIT signedInChanged();
    Q_EMIT profileChanged();
    if (!wasExpired)
        reload();
}

void ApplicationSession::signOut()
{
    if (m_credentials)
        m_credentials->forget();
    if (m_api && m_signedIn)
        m_api->signOut([](const ApiResult &) {});
    if (m_api)
        m_api->clearSession();
    m_signedIn = false;
    m_expired = false;
    m_login.clear();
    m_candidateId.clear();
    m_profile = {};
    m_majors = {};
    m_application = {};
    m_record = {};
    m_announcements.clear();
    Q_EMIT signedInChanged();
    Q_EMIT profileChanged();
    Q_EMIT applicationChanged();
    Q_EMIT announcementsChanged();
}

void ApplicationSession::reload()
{
    if (!m_api || !m_signedIn)
        return;
    m_api->candidate([this](const ApiResult &r) {
        if (!r.ok())
            return;
        // The profile carries the enrolled majors (the same list as GET candidate/majors).
        m_profile = r.json;
        m_majors = r.json.value(QLatin1String("majors")).toArray();
        Q_EMIT profileChanged();
    });
    m_api->majorsCatalog([this](const ApiResult &r) {
        if (!r.ok())
            return;
        m_catalog = r.json.value(QLatin1String("items")).toArray().toVariantList();
        Q_EMIT catalogChanged();
    });
    m_api->currentBatch([this](const ApiResult &r) {
        if (!r.ok())
            return;
        const auto parsed =
            zkgrad::BatchRules::fromJson(QJsonDocument(r.json).toJson(QJsonDocument::Compact));
        if (!parsed.ok) {
            qCWarning(lcSession) << "batch rules refused:" << parsed.error << parsed.field;
            return;
        }
        m_batch = r.json;
        m_rules = parsed.rules;
        Q_EMIT rulesChanged();
    });
    m_api->applications([this](const ApiResult &r) {
        if (!r.ok())
            return;
        // The candidate's active application: the newest that has not failed. With none, the
        // newest failed one, so the pages still say what happened and that the fee is refunded.
        QString id;
        QString failed;
        const QJsonArray items = r.json.value(QLatin1String("items")).toArray();
        for (const QJsonValue v : items) {
            if (Workflow::stateFromName(str(v.toObject(), "state")) != Workflow::State::Failed)
                id = str(v.toObject(), "id");
            else
                failed = str(v.toObject(), "id");
        }
        if (id.isEmpty())
            id = failed;
        if (id.isEmpty()) {
            if (!m_application.isEmpty()) {
                m_application = {};
                m_record = {};
                Q_EMIT applicationChanged();
            }
            return;
        }
        m_api->application(id, [this](const ApiResult &app) {
            if (!app.ok())
                return;
            // A failure of an earlier batch is history: the candidate applies anew (下次再申请),
            // so only this batch's failed application stays on screen. The batch is read in
            // parallel; until it is known, the failed application is shown.
            const QString batch = str(m_batch, "id");
            const auto record = zkgrad::ApplicationRecord::fromJson(app.json);
            if (record.is(Workflow::State::Failed) && !batch.isEmpty() && record.batchId() != batch)
                return;
            setApplication(app.json);
        });
    });
}

void ApplicationSession::submit(Done done)
{
    if (!m_api || !m_signedIn || !hasApplication()) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.userMessage = tr("Not connected to the server: sign in and try again.");
        if (done)
            done(ApiResult::failure(error));
        return;
    }
    setBusy(true);
    m_api->submit(applicationId(), [this, done = std::move(done)](const ApiResult &r) {
        setBusy(false);
        if (r.ok() && r.json.contains(QLatin1String("state")))
            setApplication(r.json);
        if (done)
            done(r);
    });
}

void ApplicationSession::refresh()
{
    refresh({});
}

void ApplicationSession::refresh(Done done)
{
    if (!m_api || !m_signedIn || !hasApplication()) {
        // Said, not silent: the progress page shows that what it shows may be old.
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.userMessage = !m_api || !m_signedIn
            ? tr("Not connected to the server: sign in to see the latest status.")
            : tr("There is no application on the server yet.");
        Q_EMIT refreshed(false, error.userMessage);
        if (done)
            done(ApiResult::failure(error));
        return;
    }
    QPointer<ApplicationSession> self(this);
    m_api->application(applicationId(), [self, done = std::move(done)](const ApiResult &r) {
        if (!self)
            return;
        const bool ok = r.ok() && (r.json.contains(QLatin1String("state")) || r.status == 304);
        if (ok && r.json.contains(QLatin1String("state")))
            self->setApplication(r.json);
        QString error;
        if (!ok) {
            error = r.error.userMessage.isEmpty() ? tr("The server could not be reached.")
                                                  : r.error.userMessage;
        }
        Q_EMIT self->refreshed(ok, error);
        if (done)
            done(r);
    });
}

void ApplicationSession::setApplication(const QJsonObject &application)
{
    if (application.value(QLatin1String("id")).toString().isEmpty() || application == m_application)
        return;
    const auto before = m_record.state();
    auto record = zkgrad::ApplicationRecord::fromJson(application);
    const auto after = record.state();
    const bool schoolChanged = record.schoolCode() != m_record.schoolCode();
    m_application = application;
    m_record = std::move(record);
    Q_EMIT applicationChanged();
    if (before && after && before != after)
        Q_EMIT reviewStateChanged(*before, *after);
    if (schoolChanged)
        loadAnnouncements();
}

void ApplicationSession::loadAnnouncements(const QString &schoolCode)
{
    const QString code = schoolCode.isEmpty() ? m_record.schoolCode() : schoolCode;
    if (!m_api || !m_signedIn || code.isEmpty())
        return;
    m_api->announcements(code, [this](const ApiResult &r) {
        if (!r.ok())
            return;
        m_announcements = r.json.value(QLatin1String("items")).toArray().toVariantList();
        Q_EMIT announcementsChanged();
    });
}

void ApplicationSession::dismissNotice()
{
    setNotice({});
}

void ApplicationSession::updateContact(const QJsonObject &fields, Done done)
{
    if (!beginWrite(done, false))
        return;
    m_api->updateContact(fields, [this, done = std::move(done)](const ApiResult &r) {
        if (r.ok() && !r.queued) {
            m_profile = r.json;
            Q_EMIT profileChanged();
        }
        finishWrite(r, done);
    });
}

void ApplicationSession::addMajor(const QString &majorCode, const QString &schoolCode, Done done)
{
    if (!m_api || !m_signedIn) {
        if (done)
            done(ApiResult::failure(ApiError {}));
        return;
    }
    m_api->addMajor(majorCode, schoolCode, [this, done = std::move(done)](const ApiResult &r) {
        if (r.ok())
            reload();
        if (done)
            done(r);
    });
}

void ApplicationSession::createApplication(const QString &majorCode, const QString &schoolCode,
                                           Done done)
{
    if (!m_api || !m_signedIn)
        return;
    setBusy(true);
    m_api->createApplication(majorCode, schoolCode, true,
                             [this, done = std::move(done)](const ApiResult &r) {
                                 setBusy(false);
                                 if (r.ok()) {
                                     setApplication(r.json);
                                 } else if (r.error.code == QLatin1String("application-exists")) {
                                     // Created earlier (another device, a lost answer): use that
                                     // one.
                                     reload();
                                 } else {
                                     setNotice(r.error.userMessage);
                                 }
                                 if (done)
                                     done(r);
                             });
}

void ApplicationSession::writeSection(Workflow::Section section, const QJsonObject &content,
                                      Done done)
{
    if (!beginWrite(done))
        return;
    m_api->updateSection(
        applicationId(), section, content,
        [this, done = std::move(done)](const ApiResult &r) { finishWrite(r, done); });
}

void ApplicationSession::uploadAttachment(const QString &slot, const QByteArray &jpeg, Done done)
{
    if (!beginWrite(done))
        return;
    m_api->uploadAttachment(
        applicationId(), slot, jpeg,
        [this, done = std::move(done)](const ApiResult &r) { finishWrite(r, done); });
}

void ApplicationSession::deleteAttachment(const QString &slot, Done done)
{
    if (!beginWrite(done))
        return;
    m_api->deleteAttachment(
        applicationId(), slot,
        [this, done = std::move(done)](const ApiResult &r) { finishWrite(r, done); });
}

void ApplicationSession::cancelUpload(const QString &slot)
{
    if (m_api && hasApplication())
        m_api->cancelUpload(applicationId(), slot);
}

bool ApplicationSession::downloadAttachment(const QString &slot, Done done)
{
    if (!m_api || !m_signedIn || !hasApplication())
        return false;
    m_api->attachment(applicationId(), slot, std::move(done));
    return true;
}

bool ApplicationSession::schools(Done done)
{
    if (!m_api)
        return false;
    m_api->schools(std::move(done));
    return true;
}

bool ApplicationSession::payments(Done done)
{
    if (!m_api || !m_signedIn || !hasApplication())
        return false;
    m_api->payments(applicationId(), std::move(done));
    return true;
}

bool ApplicationSession::createPayment(Done done)
{
    if (!m_api || !m_signedIn || !hasApplication())
        return false;
    m_api->createPayment(applicationId(), std::move(done));
    return true;
}

bool ApplicationSession::payment(const QString &orderId, Done done)
{
    if (!m_api || !m_signedIn || orderId.isEmpty())
        return false;
    m_api->payment(orderId, std::move(done));
    return true;
}

void ApplicationSession::dropUnsentWrites()
{
    if (m_api)
        m_api->outbox()->clear();
}

bool ApplicationSession::beginWrite(const Done &done, bool needsApplication)
{
    if (!m_api || !m_signedIn || (needsApplication && !hasApplication())) {
        if (done)
            done(skipped());
        return false;
    }
    ++m_writesInFlight;
    setSyncState(Uploading);
    return true;
}

void ApplicationSession::finishWrite(const ApiResult &r, const Done &done)
{
    m_writesInFlight = qMax(0, m_writesInFlight - 1);
    trackWrite(r);
    if (done)
        done(r);
}

void ApplicationSession::trackWrite(const ApiResult &r)
{
    if (r.ok()) {
        if (r.json.contains(QLatin1String("sections")))
            setApplication(r.json);
        if (m_writesInFlight == 0)
            setSyncState(r.queued || (m_api && !m_api->outbox()->isEmpty()) ? Queued : Synced);
        return;
    }
    const ApiError &e = r.error;
    switch (e.kind) {
    case ApiError::Kind::Problem:
        if (!e.fieldErrors.isEmpty())
            Q_EMIT fieldErrors(e.fieldErrors);
        if (e.status == 409) {
            // The state forbids it: say what that means rather than only the code.
            setNotice(e.code == QLatin1String("application-locked")
                          ? tr("This change was not saved on the server: the application has "
                               "been submitted and cannot be changed until the school returns "
                               "it. %1")
                                .arg(e.userMessage)
                          : e.code == QLatin1String("section-locked")
                          ? tr("This change was not saved on the server: the school returned "
                               "other parts of the application, not this one. %1")
                                .arg(e.userMessage)
                          : e.userMessage);
        }
        setSyncState(Refused, e.userMessage);
        break;
    case ApiError::Kind::Conflict:
        setSyncState(Synced);
        break;
    case ApiError::Kind::Network:
        if (e.netError == zkgrad::net::NetError::Cancelled) {
            // The candidate stopped it: nothing waits unless the outbox holds something.
            if (m_writesInFlight == 0)
                setSyncState(m_api && !m_api->outbox()->isEmpty() ? Queued : Synced);
            break;
        }
        setSyncState(Queued);
        break;
    case ApiError::Kind::BadResponse:
        setSyncState(Queued);
        break;
    case ApiError::Kind::SessionExpired:
    case ApiError::Kind::None:
        break;
    }
}

void ApplicationSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void ApplicationSession::setSyncState(SyncState state, const QString &refusal)
{
    if (state == m_syncState && refusal == m_refusal)
        return;
    m_syncState = state;
    m_refusal = refusal;
    Q_EMIT syncChanged();
}

void ApplicationSession::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

QJsonObject ApplicationSession::outboxJson() const
{
    if (!m_api)
        return m_pendingOutbox;
    return m_api->outbox()->isEmpty() ? QJsonObject() : m_api->outbox()->toJson();
}

void ApplicationSession::restoreOutbox(const QJsonObject &json)
{
    if (json.isEmpty())
        return;
    if (m_api)
        m_api->outbox()->fromJson(json);
    else
        m_pendingOutbox = json;
}
