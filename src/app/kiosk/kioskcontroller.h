#pragma once

#include "kioskconfig.h"

#include <QDeadlineTimer>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQmlIntegration>

#include <memory>

class WizardController;

/**
 * Kiosk mode (issue #10): watches the whole app for activity, warns before an idle wipe and
 * wipes, checks the staff PIN (with a lockout) before the app may quit, owns the one private
 * folder candidate files may go to, and the large-text setting (which also works outside kiosks).
 */
class KioskController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool enabled READ enabled CONSTANT)
    Q_PROPERTY(QString school READ school CONSTANT)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
    Q_PROPERTY(bool warningVisible READ warningVisible NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    /** The countdown's text, also its accessible announcement. */
    Q_PROPERTY(QString warningText READ warningText NOTIFY secondsLeftChanged)
    /** True after a right PIN until the staff menu is closed. */
    Q_PROPERTY(bool staffUnlocked READ staffUnlocked NOTIFY staffChanged)
    /** True for a minute after too many wrong PINs. */
    Q_PROPERTY(bool pinLocked READ pinLocked NOTIFY staffChanged)
    /** What the PIN dialog says after an attempt (wrong PIN, locked); empty at first. */
    Q_PROPERTY(QString pinMessage READ pinMessage NOTIFY staffChanged)
    /** Set once the staff chose "exit": the window may close then. */
    Q_PROPERTY(bool exitAllowed READ exitAllowed NOTIFY staffChanged)
    /** How many wipes so far (tests, support). */
    Q_PROPERTY(int wipeCount READ wipeCount NOTIFY wiped)
    /** The shortest staff PIN (KioskPin::MinLength): "OK" waits for that many digits. */
    Q_PROPERTY(int pinMinLength READ pinMinLength CONSTANT)
    /** The longest staff PIN (KioskPin::MaxLength): the PIN field and keypad stop there. */
    Q_PROPERTY(int pinMaxLength READ pinMaxLength CONSTANT)

public:
    static constexpr int MaxPinAttempts = 5;
    static constexpr int DefaultLockoutMs = 60000;

    explicit KioskController(const KioskConfig &config, QObject *parent = nullptr);
    ~KioskController() override;

    /** The instance QML gets: the one main() set, else a disabled one (QML tests). */
    static KioskController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(KioskController *instance);

    [[nodiscard]] const KioskConfig &config() const { return m_config; }
    [[nodiscard]] bool enabled() const { return m_config.enabled; }
    [[nodiscard]] QString school() const { return m_config.school; }
    [[nodiscard]] bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    /**
     * Outside a kiosk, starts from the large-text choice kept in the user's settings (or
     * from @p startLarge, the --large-text option) and keeps every later choice there, as
     * the language is kept: a candidate who needs large text should not have to find the
     * button again at every start. At a kiosk this does nothing: every candidate starts
     * from the kiosk's config.
     */
    void rememberLargeText(bool startLarge = false);
    [[nodiscard]] bool warningVisible() const { return m_warningVisible; }
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] QString warningText() const;
    [[nodiscard]] bool staffUnlocked() const { return m_staffUnlocked; }
    [[nodiscard]] bool pinLocked() const;
    [[nodiscard]] QString pinMessage() const { return m_pinMessage; }
    [[nodiscard]] bool exitAllowed() const { return m_exitAllowed; }
    [[nodiscard]] int wrongPinAttempts() const { return m_wrongAttempts; }

    /**
     * The private folder (0700, under TMPDIR) the steps keep unavoidable files in; it stays at
     * the same path and is emptied by every wipe. Empty when kiosk mode is off.
     */
    [[nodiscard]] QString filesDirectory() const;
    /**
     * The kiosk's own folder (filesDirectory() is inside it; so is the demo server's log):
     * locked while this kiosk runs, removed by the next start after a crash. Empty when off.
     */
    [[nodiscard]] QString privateDirectory() const;

    /** Intervals in ms (tests); the config's minutes and seconds otherwise. */
    void setIdleIntervalMs(int ms);
    void setWarningIntervalMs(int ms);
    void setLockoutMs(int ms) { m_lockoutMs = ms; }
    [[nodiscard]] int idleIntervalMs() const { return m_idleMs; }
    [[nodiscard]] int warningIntervalMs() const { return m_warningMs; }
    [[nodiscard]] bool idleTimerActive() const { return m_idle.isActive(); }
    [[nodiscard]] int idleRemainingMs() const { return m_idle.remainingTime(); }

    /** What a wipe clears besides the draft folder and the clipboard. */
    void setWizard(WizardController *wizard) { m_wizard = wizard; }
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    /** Starts watching for activity (kiosk mode only). */
    void start();

    /** The candidate is still here: hides the countdown and restarts the idle timer. */
    Q_INVOKABLE void continueSession();
    /** Shows the countdown now (a screenshot, tests). */
    Q_INVOKABLE void showWarningNow();
    /**
     * Checks the staff PIN: true opens the staff menu. A wrong PIN says so; five in a row
     * lock the dialog for a minute (a right PIN is refused then too).
     */
    Q_INVOKABLE bool checkPin(const QString &pin);
    /** Closes the staff menu without doing anything. */
    Q_INVOKABLE void closeStaffMenu();
    /** Staff menu "exit": only after a right PIN; emits exitRequested(). */
    Q_INVOKABLE bool exitApp();
    /** "Finish and clear", the staff's "clear now" and the idle timeout: see wipe(). */
    Q_INVOKABLE void finishAndClear();
    /**
     * Forgets the candidate: the wizard's wipe (sign-out, outbox, steps, draft), the private
     * folder, the clipboard if the app filled it, and the QML caches; back to sign-in.
     */
    Q_INVOKABLE void wipe();

    [[nodiscard]] int wipeCount() const { return m_wipes; }
    [[nodiscard]] static int pinMinLength() { return KioskPin::MinLength; }
    [[nodiscard]] static int pinMaxLength() { return KioskPin::MaxLength; }

Q_SIGNALS:
    void largeTextChanged();
    void warningChanged();
    void secondsLeftChanged();
    void staffChanged();
    /** Before anything is cleared: QML closes dialogs and unloads the page. */
    void aboutToWipe();
    /** After a wipe: QML shows the first page again. */
    void wiped();
    /** The staff chose "exit" with a right PIN. */
    void exitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onIdle();
    void onTick();
    void setWarningVisible(bool visible);
    void setSecondsLeft(int seconds);
    void announce();
    void resetFilesDirectory();
    void clearClipboardIfOurs();
    void setPinMessage(const QString &message);
    /** Deletes the private folders of kiosks that crashed (their lock file is stale). */
    static void removeStaleFolders();

    KioskConfig m_config;
    bool m_largeText = false;
    bool m_rememberLargeText = false; ///< setLargeText() writes the user's settings
    int m_idleMs;
    int m_warningMs;
    int m_lockoutMs = DefaultLockoutMs;
    QTimer m_idle;
    QTimer m_tick;
    QDeadlineTimer m_warningDeadline;
    bool m_warningVisible = false;
    int m_secondsLeft = 0;
    bool m_staffUnlocked = false;
    bool m_exitAllowed = false;
    int m_wrongAttempts = 0;
    bool m_locked = false;
    QTimer m_unlock;
    QString m_pinMessage;
    bool m_started = false;
    bool m_answeringImQuery = false; ///< inside the field's own answer to an ImHints query
    bool m_wiping = false;
    bool m_clipboardOurs = false; ///< the app put something on the clipboard since the last wipe
    int m_wipes = 0;
    std::unique_ptr<QTemporaryDir> m_root; ///< 0700, lives as long as the app
    std::unique_ptr<QLockFile> m_rootLock; ///< tells a later start this folder is in use
    QPointer<WizardController> m_wizard;
    QPointer<QQmlEngine> m_engine;
};
