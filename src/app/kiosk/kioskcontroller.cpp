#include "kiosk/kioskcontroller.h"

#include "photos/photoslot.h"
#include "wizard/wizardcontroller.h"

#include <QAccessible>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QInputMethodQueryEvent>
#include <QJSEngine>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QWindow>

#include <cmath>

namespace {
QPointer<KioskController> s_instance;
const auto kFilesFolder = QStringLiteral("session");
const auto kRootPrefix = QStringLiteral("zkgrad-kiosk-");
const auto kLockName = QStringLiteral(".lock");
const auto kLargeTextKey = QStringLiteral("ui/largeText");

bool isActivity(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}
} // namespace

KioskController::KioskController(const KioskConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_largeText(config.largeText)
    , m_idleMs(config.idleMinutes * 60 * 1000)
    , m_warningMs(config.warningSeconds * 1000)
{
    m_idle.setSingleShot(true);
    m_idle.setTimerType(Qt::PreciseTimer); // remainingTime() is exact (tests)
    connect(&m_idle, &QTimer::timeout, this, &KioskController::onIdle);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &KioskController::onTick);
    m_unlock.setSingleShot(true);
    connect(&m_unlock, &QTimer::timeout, this, [this] {
        m_locked = false;
        m_wrongAttempts = 0;
        setPinMessage({});
        Q_EMIT staffChanged();
    });
    if (m_config.enabled) {
        // Fitted photos stay in memory: a crash or a pulled plug leaves no image on disk, even
        // where the temporary folder is a disk (Windows). Every slot made from now on.
        PhotoSlot::setKeepInMemory(true);
        // A kiosk that crashed (power cut, SIGKILL) could not delete its folder: do it now.
        removeStaleFolders();
        // One private folder for the session's files; QTemporaryDir creates it 0700.
        m_root = std::make_unique<QTemporaryDir>(QDir::tempPath() + u'/' + kRootPrefix
                                                 + QStringLiteral("XXXXXX"));
        if (m_root->isValid()) {
            m_rootLock = std::make_unique<QLockFile>(m_root->filePath(kLockName));
            m_rootLock->lock();
            resetFilesDirectory();
        }
    }
}

KioskController::~KioskController()
{
    if (qApp)
        qApp->removeEventFilter(this);
    // Unlock before the folder goes, so the lock file can be removed with it.
    m_rootLock.reset();
}

void KioskController::removeStaleFolders()
{
    const QDir temp(QDir::tempPath());
    const QStringList folders =
        temp.entryList({ kRootPrefix + u'*' }, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &name : folders) {
        QDir folder(temp.filePath(name));
        // Only our own folders ("zkgrad-kiosk-" + 6 characters, with a lock file): a running
        // kiosk holds its lock, a crashed one left it stale. Anything else is not ours to touch.
        if (name.size() != kRootPrefix.size() + 6 || !folder.exists(kLockName))
            continue;
        QLockFile lock(folder.filePath(kLockName));
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        folder.removeRecursively();
    }
}

KioskController *KioskController::create(QQmlEngine *, QJSEngine *)
{
    if (s_instance) {
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    // QML tests have no main(): a kiosk that is off, owned by the engine.
    return new KioskController(KioskConfig());
}

void KioskController::setInstance(KioskController *instance)
{
    s_instance = instance;
}

QString KioskController::privateDirectory() const
{
    if (!m_root || !m_root->isValid())
        return {};
    return m_root->path();
}

QString KioskController::filesDirectory() const
{
    if (!m_root || !m_root->isValid())
        return {};
    return m_root->filePath(kFilesFolder);
}

void KioskController::setLargeText(bool on)
{
    if (on == m_largeText)
        return;
    m_largeText = on;
    if (m_rememberLargeText)
        QSettings().setValue(kLargeTextKey, on);
    Q_EMIT largeTextChanged();
}

void KioskController::rememberLargeText(bool startLarge)
{
    if (m_config.enabled)
        return;
    const bool on = startLarge || QSettings().value(kLargeTextKey, m_config.largeText).toBool();
    if (on != m_largeText) {
        m_largeText = on;
        Q_EMIT largeTextChanged();
    }
    m_rememberLargeText = true;
}

QString KioskController::warningText() const
{
    return tr("For your privacy, everything entered on this computer will be cleared in %n "
              "second(s). Tap \"Continue\" to keep working.",
              nullptr, m_secondsLeft);
}

bool KioskController::pinLocked() const
{
    return m_locked;
}

void KioskController::setIdleIntervalMs(int ms)
{
    m_idleMs = qMax(1, ms);
    if (m_idle.isActive())
        m_idle.start(m_idleMs);
}

void KioskController::setWarningIntervalMs(int ms)
{
    m_warningMs = qMax(1, ms);
}

void KioskController::start()
{
    if (!m_config.enabled || m_started)
        return;
    m_started = true;
    qApp->installEventFilter(this);
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // Remember whether the clipboard's content came from us: a kiosk runs nothing else,
        // and an app that is active when the clipboard changes is the one that changed it.
        connect(gui->clipboard(), &QClipboard::changed, this, [this](QClipboard::Mode mode) {
            QClipboard *clipboard = QGuiApplication::clipboard();
            const bool owns = mode == QClipboard::Selection ? clipboard->ownsSelection()
                                                            : clipboard->ownsClipboard();
            if (owns || QGuiApplication::applicationState() == Qt::ApplicationActive)
                m_clipboardOurs = true;
        });
    }
    m_idle.start(m_idleMs);
}

bool KioskController::eventFilter(QObject *watched, QEvent *event)
{
    // Every text field says "sensitive data" to the input method, whatever hints the page
    // gave it: a pinyin input method then learns nothing of what a candidate typed and
    // offers none of it to the next one (a wipe does not restart the input method).
    if (event->type() == QEvent::InputMethodQuery && !m_answeringImQuery) {
        auto *query = static_cast<QInputMethodQueryEvent *>(event);
        if (query->queries() & Qt::ImHints) {
            m_answeringImQuery = true;
            QCoreApplication::sendEvent(watched, event); // the field answers first
            m_answeringImQuery = false;
            query->setValue(Qt::ImHints, query->value(Qt::ImHints).toInt() | Qt::ImhSensitiveData);
            return true;
        }
    }
    // Only windows: every input event reaches its window first, so each counts once.
    if (isActivity(event->type()) && watched && watched->isWindowType() && !m_warningVisible
        && m_started)
        m_idle.start(m_idleMs);
    return QObject::eventFilter(watched, event);
}

void KioskController::onIdle()
{
    if (!m_config.enabled)
        return;
    showWarningNow();
}

void KioskController::showWarningNow()
{
    m_idle.stop();
    m_warningDeadline.setRemainingTime(m_warningMs);
    setSecondsLeft(int(std::ceil(m_warningMs / 1000.0)));
    m_tick.start(qMin(250, m_warningMs));
    setWarningVisible(true);
    announce();
}

void KioskController::onTick()
{
    const qint64 left = m_warningDeadline.remainingTime();
    if (left <= 0) {
        m_tick.stop();
        setSecondsLeft(0);
        wipe();
        return;
    }
    setSecondsLeft(int(std::ceil(left / 1000.0)));
}

void KioskController::continueSession()
{
    m_tick.stop();
    setWarningVisible(false);
    if (m_started)
        m_idle.start(m_idleMs);
}

void KioskController::setWarningVisible(bool visible)
{
    if (visible == m_warningVisible)
        return;
    m_warningVisible = visible;
    Q_EMIT warningChanged();
}

void KioskController::setSecondsLeft(int seconds)
{
    if (seconds == m_secondsLeft)
        return;
    m_secondsLeft = seconds;
    Q_EMIT secondsLeftChanged();
}

void KioskController::announce()
{
    // Screen readers: Qt 6.8 can announce; before that the dialog's Alert role carries the
    // text (KioskCountdownDialog.qml), which readers speak when it appears.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (QWindow *window = QGuiApplication::focusWindow()) {
        QAccessibleAnnouncementEvent event(window, warningText());
        event.setPoliteness(QAccessible::AnnouncementPoliteness::Assertive);
        QAccessible::updateAccessibility(&event);
    }
#endif
}

bool KioskController::checkPin(const QString &pin)
{
    if (m_locked) {
        setPinMessage(tr("Too many wrong PINs. Try again in a minute."));
        return false;
    }
    if (!m_config.staffPinHash.isEmpty() && KioskPin::verify(pin, m_config.staffPinHash)) {
        m_wrongAttempts = 0;
        m_staffUnlocked = true;
        setPinMessage({});
        Q_EMIT staffChanged();
        return true;
    }
    ++m_wrongAttempts;
    if (m_wrongAttempts >= MaxPinAttempts) {
        m_locked = true;
        m_unlock.start(m_lockoutMs);
        setPinMessage(
            tr("Wrong PIN %1 times. The PIN entry is locked for a minute.").arg(m_wrongAttempts));
    } else {
        setPinMessage(tr("Wrong PIN. Check it and try again (%1 of %2 attempts left).")
                          .arg(MaxPinAttempts - m_wrongAttempts)
                          .arg(MaxPinAttempts));
    }
    Q_EMIT staffChanged();
    return false;
}

void KioskController::setPinMessage(const QString &message)
{
    if (message == m_pinMessage)
        return;
    m_pinMessage = message;
    Q_EMIT staffChanged();
}

void KioskController::closeStaffMenu()
{
    if (!m_staffUnlocked)
        return;
    m_staffUnlocked = false;
    Q_EMIT staffChanged();
}

bool KioskController::exitApp()
{
    if (!m_staffUnlocked)
        return false;
    m_exitAllowed = true;
    m_staffUnlocked = false;
    Q_EMIT staffChanged();
    Q_EMIT exitRequested();
    return true;
}

void KioskController::finishAndClear()
{
    m_staffUnlocked = false;
    Q_EMIT staffChanged();
    wipe();
}

void KioskController::resetFilesDirectory()
{
    if (!m_root || !m_root->isValid())
        return;
    QDir files(filesDirectory());
    files.removeRecursively();
    QDir(m_root->path())
        .mkdir(kFilesFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void KioskController::clearClipboardIfOurs()
{
    auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (!gui)
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool ours = m_clipboardOurs || clipboard->ownsClipboard();
    if (ours)
        clipboard->clear(QClipboard::Clipboard);
    if (ours || clipboard->ownsSelection())
        clipboard->clear(QClipboard::Selection);
    m_clipboardOurs = false;
}

void KioskController::wipe()
{
    if (m_wiping)
        return;
    m_wiping = true;
    m_tick.stop();
    Q_EMIT aboutToWipe();
    if (m_wizard)
        m_wizard->wipe();
    resetFilesDirectory();
    clearClipboardIfOurs();
    if (m_engine) {
        // Nothing of the last page stays compiled or cached in the scene graph.
        m_engine->collectGarbage();
        m_engine->trimComponentCache();
    }
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        for (QWindow *window : gui->topLevelWindows()) {
            if (auto *quick = qobject_cast<QQuickWindow *>(window))
                quick->releaseResources();
        }
    }
    m_staffUnlocked = false;
    m_locked = m_locked && m_unlock.isActive();
    setPinMessage({});
    setLargeText(m_config.largeText);
    setWarningVisible(false);
    ++m_wipes;
    Q_EMIT staffChanged();
    if (m_started)
        m_idle.start(m_idleMs);
    m_wiping = false;
    Q_EMIT wiped();
}
