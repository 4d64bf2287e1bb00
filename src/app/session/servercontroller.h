#pragma once

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQmlIntegration>

#include <memory>

class QJSEngine;
class QQmlEngine;

namespace zkgrad {
class SandboxLauncher;
}

/** Which API server the app talks to: a configured one, or the embedded demo sandbox it starts. */
class ServerController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool demoMode READ demoMode CONSTANT)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QUrl apiUrl READ apiUrl NOTIFY statusChanged)
    Q_PROPERTY(QVariantList demoAccounts READ demoAccounts NOTIFY statusChanged)

public:
    /** Starting applies to the demo sandbox only; a configured server is Ready at once. */
    enum Status { Starting, Ready, Failed };
    Q_ENUM(Status)

    /** An empty @p configuredApiUrl means demo mode: start the bundled sandbox. */
    explicit ServerController(const QUrl &configuredApiUrl, QObject *parent = nullptr);
    ~ServerController() override;

    static ServerController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(ServerController *instance);

    /** Where the demo server keeps its log (a kiosk's own folder); before start(). */
    void setWorkDirectory(const QString &path) { m_workDirectory = path; }
    /** The demo server's database file (see SandboxLauncher::setDatabase); before start(). */
    void setDatabase(const QString &path) { m_database = path; }
    /** Starts the demo sandbox when in demo mode; nothing to do otherwise. */
    void start();

    [[nodiscard]] bool demoMode() const { return m_demo; }
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QUrl apiUrl() const { return m_apiUrl; }
    /** {idNumber, name, path} of each demo candidate (path: which part of the flow it shows,
     *  translated); empty outside demo mode. */
    [[nodiscard]] QVariantList demoAccounts() const;
    /** The technical reason the demo server failed, for logs and the tooltip. */
    [[nodiscard]] QString errorString() const { return m_error; }

    /** Starts the demo sandbox again after it failed or stopped. */
    Q_INVOKABLE void restartDemo();

public Q_SLOTS:
    void retranslate() { Q_EMIT statusChanged(); }

Q_SIGNALS:
    void statusChanged();

private:
    void setStatus(Status status, const QString &error = {});

    bool m_demo;
    Status m_status;
    QUrl m_apiUrl;
    QString m_error;
    // Failed after having been Ready: the server died mid-session rather than never starting.
    bool m_stoppedAfterReady = false;
    QString m_workDirectory;
    std::unique_ptr<zkgrad::SandboxLauncher> m_sandbox;
    QString m_database;
    bool m_setAside = false; ///< the unreadable database was moved aside once already
};
