#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QProcess;
class QTemporaryDir;
class QTimer;
QT_END_NAMESPACE

namespace zkgrad {

/** One demo candidate of the sandbox's "--seed demo" set (see docs/api.md). */
struct SandboxDemoAccount
{
    QString idNumber; ///< the login; the admission ticket works too
    QString ticket;
    QString name;
    QString description; ///< which path of the flow this account shows (English)
};

/**
 * Runs the bundled zkgrad-sandbox for demo mode: a child process on
 * 127.0.0.1 with an ephemeral port and an in-memory SQLite database seeded
 * with the demo candidates (nothing of it is ever written to disk). The child
 * is stopped (and its log folder removed) when this object is destroyed.
 */
class SandboxLauncher : public QObject
{
    Q_OBJECT

public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    /**
     * Where the server binary is: $ZKGRAD_SANDBOX when set, else zkgrad-sandbox
     * next to the application binary, else in a sibling build directory
     * (../sandbox, for running from the build tree). Empty when none exists.
     */
    [[nodiscard]] static QString findExecutable();

    /** Overrides findExecutable(), e.g. for tests. */
    void setExecutable(const QString &path) { m_executable = path; }
    /** How long start() waits for the "listening" line; default 15 s. */
    void setStartTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /** The folder the log's temporary folder goes in (default: the temporary folder). */
    void setWorkDirectory(const QString &path) { m_workDirectory = path; }
    /** The child's temporary folder (its log), empty before start(). */
    [[nodiscard]] QString directory() const;
    /**
     * The SQLite file the demo data is kept in, so that a later start finds the candidate's
     * application again; empty (the default) keeps it in the child's memory only, which a kiosk
     * needs: nothing typed in outlives the process.
     */
    void setDatabase(const QString &path) { m_database = path; }
    /** Extra command-line arguments (e.g. "--token-ttl", "60"). */
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }

    /** Starts the child; started() or failed() follows. Returns false when it could not even start.
     */
    bool start();
    /** start() and wait for the outcome; true when the server is listening. */
    [[nodiscard]] bool startAndWait();
    /** Stops the child (terminate, then kill after a grace period). */
    void stop();

    [[nodiscard]] bool isRunning() const { return m_baseUrl.isValid(); }
    /** "http://127.0.0.1:PORT" once listening, invalid before. */
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    /** baseUrl() + "/api/v1". */
    [[nodiscard]] QUrl apiUrl() const;
    /** The reviewer token this launcher gave the child (for a demo "simulate review" button). */
    [[nodiscard]] QByteArray adminToken() const { return m_adminToken; }
    /** Why the last start failed (English, for logs). */
    [[nodiscard]] QString errorString() const { return m_error; }
    /** The child's log file (its stderr), for support. */
    [[nodiscard]] QString logFile() const;

    [[nodiscard]] static QList<SandboxDemoAccount> demoAccounts();
    [[nodiscard]] static QString demoPassword();

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);
    /** The child ended while it was serving (a crash, or someone killed it). */
    void stopped();

private:
    void readOutput();
    void fail(const QString &error);

    QString m_executable;
    QStringList m_extraArguments;
    QString m_workDirectory;
    QString m_database;
    int m_timeoutMs = 15000;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_output;
    QByteArray m_adminToken;
    QUrl m_baseUrl;
    QString m_error;
    bool m_finished = false;
};

} // namespace zkgrad
