#include "session/servercontroller.h"

#include "sandboxlauncher.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QPointer>
#include <QVariantMap>

namespace {
QPointer<ServerController> s_instance;
}

ServerController::ServerController(const QUrl &configuredApiUrl, QObject *parent)
    : QObject(parent)
    , m_demo(configuredApiUrl.isEmpty())
    , m_status(m_demo ? Starting : Ready)
    , m_apiUrl(configuredApiUrl)
{ }

ServerController::~ServerController() = default;

ServerController *ServerController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void ServerController::setInstance(ServerController *instance)
{
    s_instance = instance;
}

void ServerController::start()
{
    if (!m_demo || m_sandbox)
        return;
    m_sandbox = std::make_unique<zkgrad::SandboxLauncher>();
    m_sandbox->setWorkDirectory(m_workDirectory);
    m_sandbox->setDatabase(m_database);
    connect(m_sandbox.get(), &zkgrad::SandboxLauncher::started, this, [this] {
        m_apiUrl = m_sandbox->apiUrl();
        setStatus(Ready);
    });
    connect(m_sandbox.get(), &zkgrad::SandboxLauncher::failed, this, [this](const QString &error) {
        // A demo database that no longer opens (damaged, or from a newer version) must not
        // leave demo mode dead for good: it is moved aside, kept for support, and a fresh one
        // is made, once.
        if (!m_database.isEmpty() && QFileInfo::exists(m_database) && !m_setAside) {
            m_setAside = true;
            const QString aside = m_database + QStringLiteral(".unreadable-")
                + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
            qWarning("zkgrad: the demo server did not start with %s (%s); moved it to %s",
                     qPrintable(m_database), qPrintable(error), qPrintable(aside));
            if (QFile::rename(m_database, aside)) {
                QFile::remove(m_database + QStringLiteral("-wal"));
                QFile::remove(m_database + QStringLiteral("-shm"));
                QMetaObject::invokeMethod(this, &ServerController::restartDemo,
                                          Qt::QueuedConnection);
                return;
            }
        }
        setStatus(Failed, error);
    });
    connect(m_sandbox.get(), &zkgrad::SandboxLauncher::stopped, this, [this] {
        m_stoppedAfterReady = m_status == Ready;
        setStatus(Failed,
                  QStringLiteral("the demo server stopped; see %1")
                      .arg(m_sandbox ? m_sandbox->logFile() : QString()));
    });
    setStatus(Starting);
    // Start asynchronously: the window shows at once while the server comes up.
    m_sandbox->start();
}

void ServerController::restartDemo()
{
    if (!m_demo)
        return;
    m_sandbox.reset();
    m_apiUrl.clear();
    m_stoppedAfterReady = false;
    start();
}

QString ServerController::statusText() const
{
    if (!m_demo)
        return tr("Server: %1").arg(m_apiUrl.host());
    switch (m_status) {
    case Starting:
        return tr("Demo mode: starting the practice server…");
    case Ready:
        return tr("Demo mode: practice server with demo candidates, nothing is sent to the "
                  "examination authority");
    case Failed:
        break;
    }
    // A server that died mid-session did start: say what the candidate needs to know now.
    if (m_stoppedAfterReady)
        return tr("Demo mode: the practice server has stopped. What you entered is kept on "
                  "this computer.");
    return tr("Demo mode: the practice server could not start");
}

QVariantList ServerController::demoAccounts() const
{
    QVariantList list;
    if (!m_demo)
        return list;
    for (const auto &account : zkgrad::SandboxLauncher::demoAccounts()) {
        list.append(QVariantMap {
            { QStringLiteral("idNumber"), account.idNumber },
            { QStringLiteral("name"), account.name },
            { QStringLiteral("path"), tr(account.description.toUtf8().constData()) } });
    }
    return list;
}

void ServerController::setStatus(Status status, const QString &error)
{
    if (status == m_status && error == m_error)
        return;
    m_status = status;
    m_error = error;
    if (status == Failed && !error.isEmpty())
        qWarning("zkgrad: demo server: %s", qPrintable(error));
    Q_EMIT statusChanged();
}
