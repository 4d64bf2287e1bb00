#pragma once

#include <QObject>
#include <QString>

#include <functional>

/**
 * "Remember me" on the OS keychain (QtKeychain: Windows Credential Manager, macOS
 * Keychain, Secret Service on Linux). Never falls back to a plain-text file: where no
 * keychain answers, remembering is simply unavailable. Kiosks disable it.
 */
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    /** What was remembered: empty fields when nothing was. */
    struct Credentials
    {
        QString login;
        QString password;
    };
    using Loaded = std::function<void(const Credentials &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    /** False for kiosks and once a keychain call reported that no keychain exists. */
    [[nodiscard]] bool isAvailable() const { return m_enabled && !m_noBackend; }
    void setEnabled(bool enabled) { m_enabled = enabled; }

    void save(const QString &login, const QString &password);
    void load(Loaded loaded);
    void forget();

Q_SIGNALS:
    /** The keychain refused or does not exist; the message is for the sign-in page. */
    void unavailable(const QString &message);
    /**
     * isAvailable() turned false without the candidate having asked for anything (the read
     * at start found no working keychain): the sign-in page stops offering "remember me".
     */
    void availabilityChanged();

private:
    /** True when @p error means there is no usable keychain (then the page was told). */
    bool noteError(int error, const QString &text);

    bool m_enabled = true;
    bool m_noBackend = false;
};
