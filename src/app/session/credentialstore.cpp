#include "session/credentialstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "zkgrad.credentials")

namespace {
const auto kService = QStringLiteral("zkgrad");
const auto kKey = QStringLiteral("remembered-sign-in");
} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

bool CredentialStore::noteError(int error, const QString &text)
{
    // Only "no keychain" turns the option off; "not found" just means nothing is remembered.
    if (error != QKeychain::NoBackendAvailable && error != QKeychain::NotImplemented
        && error != QKeychain::AccessDeniedByUser && error != QKeychain::AccessDenied)
        return false;
    m_noBackend = error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented;
    qCInfo(lcCredentials) << "keychain unavailable:" << text;
    Q_EMIT unavailable(tr("Your password could not be remembered: this computer has no "
                          "usable password keychain. Enter it each time you sign in."));
    return true;
}

void CredentialStore::save(const QString &login, const QString &password)
{
    if (!isAvailable())
        return;
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(kKey);
    job->setBinaryData(QJsonDocument(QJsonObject { { QStringLiteral("login"), login },
                                                   { QStringLiteral("password"), password } })
                           .toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            return;
        // A write that fails for any reason means nothing was remembered: say so rather than
        // let the candidate expect an automatic sign-in next time. A headless Linux session
        // answers OtherError ("cannot autolaunch D-Bus"), not NoBackendAvailable.
        // The library's own text is English and technical ("Failed to execute child process
        // dbus-launch"): it goes to the log, the candidate reads a sentence in the UI language.
        if (!noteError(j->error(), j->errorString())) {
            qCInfo(lcCredentials) << "keychain write failed:" << j->error() << j->errorString();
            Q_EMIT unavailable(tr("Your password could not be remembered: the system keychain "
                                  "did not answer. Enter it each time you sign in."));
        }
        m_noBackend = true; // for the rest of this run: another try would fail the same way
    });
    job->start();
}

void CredentialStore::load(Loaded loaded)
{
    if (!isAvailable()) {
        loaded({});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(kKey);
    connect(job, &QKeychain::Job::finished, this,
            [this, loaded = std::move(loaded)](QKeychain::Job *j) {
                auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
                if (read->error() != QKeychain::NoError) {
                    // "Not found" is a working keychain with nothing in it. Anything else (no
                    // backend, no D-Bus, refused) means a later save would fail too: stop
                    // offering "remember me" now, quietly, rather than after the candidate
                    // ticked it and signed in.
                    if (read->error() != QKeychain::EntryNotFound) {
                        qCInfo(lcCredentials)
                            << "keychain read failed:" << read->error() << read->errorString();
                        if (!m_noBackend) {
                            m_noBackend = true;
                            Q_EMIT availabilityChanged();
                        }
                    }
                    loaded({});
                    return;
                }
                const QJsonObject o = QJsonDocument::fromJson(read->binaryData()).object();
                loaded({ o.value(QStringLiteral("login")).toString(),
                         o.value(QStringLiteral("password")).toString() });
            });
    job->start();
}

void CredentialStore::forget()
{
    // A kiosk never touches the keychain, not even to delete.
    if (!m_enabled || m_noBackend)
        return;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(kKey);
    job->start();
}
