#include "sandboxlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <sys/prctl.h>
#endif

namespace zkgrad {

namespace {

QString executableName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("zkgrad-sandbox.exe");
#else
    return QStringLiteral("zkgrad-sandbox");
#endif
}

} // namespace

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{ }

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::findExecutable()
{
    const QString fromEnv = qEnvironmentVariable("ZKGRAD_SANDBOX");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isExecutable() ? fromEnv : QString();
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QStringList candidates {
        appDir.filePath(executableName()),
        // Build tree: build/src/app/zkgrad next to build/src/sandbox/zkgrad-sandbox.
        appDir.filePath(QStringLiteral("../sandbox/") + executableName()),
        // macOS bundle: Contents/MacOS holds both.
    };
    for (const QString &c : candidates) {
        if (QFileInfo(c).isExecutable())
            return QDir::cleanPath(c);
    }
    return {};
}

QUrl SandboxLauncher::apiUrl() const
{
    if (!m_baseUrl.isValid())
        return {};
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/api/v1"));
    return url;
}

QString SandboxLauncher::directory() const
{
    return m_dir && m_dir->isValid() ? m_dir->path() : QString();
}

QString SandboxLauncher::logFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("sandbox.log")) : QString();
}

bool SandboxLauncher::start()
{
    stop();
    m_error.clear();
    m_output.clear();
    m_finished = false;
    const QString exe = m_executable.isEmpty() ? findExecutable() : m_executable;
    if (exe.isEmpty()) {
        fail(QStringLiteral("zkgrad-sandbox was not found next to the application "
                            "(set ZKGRAD_SANDBOX to its path)"));
        return false;
    }
    // The log's folder: under the caller's folder when it gave one (a kiosk's own folder, which
    // the next start removes after a crash), else the temporary folder.
    m_dir = m_workDirectory.isEmpty()
        ? std::make_unique<QTemporaryDir>()
        : std::make_unique<QTemporaryDir>(m_workDirectory + QStringLiteral("/sandbox-XXXXXX"));
    if (!m_dir->isValid()) {
        fail(QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString());
        return false;
    }
    m_adminToken = QByteArray::number(QRandomGenerator::system()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16);

    m_process = new QProcess(this);
    m_process->setProgram(exe);
    m_process->setArguments(
        QStringList { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                      // Without a file, demo data lives in the child's memory only: typed-in
                      // names, ID numbers and photos end with it, whether it stops or the app
                      // crashes.
                      m_database.isEmpty() ? QStringLiteral(":memory:") : m_database,
                      QStringLiteral("--seed"), QStringLiteral("demo"),
                      QStringLiteral("--admin-token"), QString::fromLatin1(m_adminToken),
                      // Demo data only: its passwords are published, so the demo database
                      // keeps the fast former cost and start-up and sign-in stay quick on kiosks.
                      QStringLiteral("--password-iterations"), QStringLiteral("10000") }
        + m_extraArguments);
    m_process->setStandardErrorFile(logFile());
#if defined(Q_OS_LINUX)
    // If the app dies without running destructors, the kernel ends the child too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(QStringLiteral("zkgrad-sandbox failed to start: ") + m_process->errorString());
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_baseUrl.isValid()) {
            m_baseUrl = QUrl();
            Q_EMIT stopped();
        } else if (!m_finished) {
            fail(QStringLiteral("zkgrad-sandbox exited with code %1 before listening (log: %2)")
                     .arg(code)
                     .arg(logFile()));
        }
    });
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("zkgrad-sandbox did not report a port within %1 ms").arg(m_timeoutMs));
        stop();
    });
    m_timer->start(m_timeoutMs);
    m_process->start();
    return true;
}

bool SandboxLauncher::startAndWait()
{
    QEventLoop loop;
    bool ok = false;
    const auto onStarted = connect(this, &SandboxLauncher::started, &loop, [&] {
        ok = true;
        loop.quit();
    });
    const auto onFailed = connect(this, &SandboxLauncher::failed, &loop, [&] { loop.quit(); });
    if (start() && !m_finished && !m_baseUrl.isValid())
        loop.exec();
    disconnect(onStarted);
    disconnect(onFailed);
    return ok || m_baseUrl.isValid();
}

void SandboxLauncher::readOutput()
{
    if (!m_process)
        return;
    m_output += m_process->readAllStandardOutput();
    if (m_baseUrl.isValid() || !m_output.contains('\n'))
        return;
    // The first line is the machine-readable contract of zkgrad-sandbox.
    const QString line = QString::fromUtf8(m_output.left(m_output.indexOf('\n'))).trimmed();
    static const QRegularExpression re(
        QStringLiteral("^zkgrad-sandbox listening on (http://[^\\s]+:\\d+)$"));
    const auto match = re.match(line);
    if (!match.hasMatch()) {
        fail(QStringLiteral("unexpected first line from zkgrad-sandbox: ") + line);
        stop();
        return;
    }
    m_timer->stop();
    m_finished = true;
    m_baseUrl = QUrl(match.captured(1));
    Q_EMIT started(m_baseUrl);
}

void SandboxLauncher::fail(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_timer)
        m_timer->stop();
    Q_EMIT failed(error);
}

void SandboxLauncher::stop()
{
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    if (m_process) {
        QProcess *p = m_process;
        m_process = nullptr;
        p->disconnect(this);
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(3000)) {
                p->kill();
                p->waitForFinished(3000);
            }
        }
        p->deleteLater(); // stop() may run inside one of its signals
    }
    m_baseUrl = QUrl();
    m_dir.reset();
}

QString SandboxLauncher::demoPassword()
{
    return QStringLiteral("Demo2026");
}

QList<SandboxDemoAccount> SandboxLauncher::demoAccounts()
{
    // Mirrors src/sandbox/seed.cpp and the table in docs/api.md. The descriptions are
    // translated by the app (ServerController; its lupdate reads this folder too).
    return {
        { QStringLiteral("500101199001010018"), QStringLiteral("010119000001"),
          QString::fromUtf8("王专科"),
          QStringLiteral(QT_TRANSLATE_NOOP(
              "ServerController",
              "Associate (专科) candidate: the whole application, start to finish")) },
        { QStringLiteral("500101199001010026"), QStringLiteral("010119000002"),
          QString::fromUtf8("李本通"),
          QStringLiteral(QT_TRANSLATE_NOOP(
              "ServerController",
              "Bachelor (本科) candidate whose prior degree is confirmed automatically")) },
        { QStringLiteral("500101199001010034"), QStringLiteral("010119000003"),
          QString::fromUtf8("赵本未"),
          QStringLiteral(QT_TRANSLATE_NOOP(
              "ServerController",
              "Bachelor (本科) candidate whose prior-degree check fails: enters and "
              "uploads the prior diploma")) },
        { QStringLiteral("500101199001010042"), QStringLiteral("010119000004"),
          QString::fromUtf8("钱无专"),
          QStringLiteral(QT_TRANSLATE_NOOP(
              "ServerController", "No major enrolled yet: chooses one on the profile step")) },
        { QStringLiteral("500101199001010050"), QStringLiteral("010119000005"),
          QString::fromUtf8("孙缺联"),
          QStringLiteral(QT_TRANSLATE_NOOP(
              "ServerController", "Contact details missing: completes them on the profile step")) },
        { QStringLiteral("500101199001010069"), QStringLiteral("010119000006"),
          QString::fromUtf8("周助学"),
          QStringLiteral(QT_TRANSLATE_NOOP(
              "ServerController",
              "Assisted candidate (助学考生): told to apply through the school")) },
    };
}

} // namespace zkgrad
