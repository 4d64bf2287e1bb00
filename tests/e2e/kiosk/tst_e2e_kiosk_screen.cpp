// Kiosk mode, as the next person at the kiosk sees it: the real main window (Main.qml) in kiosk
// mode against the embedded demo server. A demo candidate signs in through the sign-in page,
// ticks a condition of the notice step and gets a review-state announcement; the kiosk wipes
// ("finish and clear", then the idle timeout). After each wipe every visible text of the window
// (labels, buttons, fields, titles, placeholders) must be exactly what a fresh start showed:
// anything of the previous candidate that survives is a difference (issue #19).
#include "draftstore.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/memoryimageprovider.h"
#include "kioskconfig.h"
#include "photos/phonetransfer.h"
#include "session/applicationsession.h"
#include "session/credentialstore.h"
#include "session/servercontroller.h"
#include "shell/languagecontroller.h"
#include "steps/notice/noticecontroller.h"
#include "steps/signin/signincontroller.h"
#include "themesettings.h"
#include "translations.h"
#include "wizard/step.h"
#include "wizard/wizardcontroller.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMetaProperty>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(ZkGradPlugin)
Q_IMPORT_QML_PLUGIN(ZkGradThemePlugin)
Q_IMPORT_QML_PLUGIN(ZkGradStylePlugin)

namespace {
constexpr int Hang = 30000;
// The texts an item shows: Text/Label/Button/TextField "text", a field's placeholder, the
// title of a GroupBox, Page or Dialog, a ComboBox's current text.
const char *const kTextProperties[] = { "text", "placeholderText", "title", "displayText" };

void collect(QQuickItem *item, QStringList &out)
{
    // isVisible() is the effective visibility (every ancestor visible too).
    if (!item || !item->isVisible() || qFuzzyIsNull(item->opacity()))
        return;
    // The window has no clock today; should one come, its objectName keeps it out.
    if (item->objectName() == QLatin1String("clock"))
        return;
    const QMetaObject *meta = item->metaObject();
    for (const char *name : kTextProperties) {
        const int index = meta->indexOfProperty(name);
        if (index < 0)
            continue;
        const QVariant value = meta->property(index).read(item);
        if (value.typeId() != QMetaType::QString)
            continue;
        const QString text = value.toString();
        if (!text.isEmpty())
            out << QStringLiteral("%1.%2: %3")
                       .arg(QString::fromLatin1(meta->className()).section(u'_', 0, 0),
                            QString::fromLatin1(name), text);
    }
    for (QQuickItem *child : item->childItems())
        collect(child, out);
}

/** Every visible text of @p window (its popups included: they live in its overlay), sorted. */
QStringList visibleTexts(QQuickWindow *window)
{
    QStringList out;
    collect(window->contentItem(), out);
    out.sort();
    return out;
}

/** What only one side has, as "- fresh" and "+ now" lines; empty when equal. */
QStringList difference(const QStringList &fresh, const QStringList &now)
{
    QStringList lines;
    QStringList rest = now;
    for (const QString &text : fresh) {
        if (!rest.removeOne(text))
            lines << QStringLiteral("- ") + text;
    }
    for (const QString &text : std::as_const(rest))
        lines << QStringLiteral("+ ") + text;
    return lines;
}

/** The visible item named @p objectName in the scene (pages sit in Loaders and Repeaters, so
 * the visual tree is searched, not the QObject one). */
QQuickItem *findVisible(QQuickItem *item, const QString &objectName)
{
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == objectName)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findVisible(child, objectName))
            return found;
    }
    return nullptr;
}

QQuickItem *findItem(QQuickWindow *window, const QString &objectName)
{
    return findVisible(window->contentItem(), objectName);
}

bool click(QQuickWindow *window, const QString &objectName)
{
    QQuickItem *item = findItem(window, objectName);
    if (!item || !item->isEnabled())
        return false;
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    return true;
}
} // namespace

/** The window after a kiosk wipe shows exactly what it showed at a fresh start. */
class TestE2eKioskScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wipeLeavesTheFreshStartScreen_data();
    void wipeLeavesTheFreshStartScreen();
    void cleanupTestCase();

private:
    /** Texts once the window has settled: unchanged for 1.5 s, longer than the draft's save
     * delay (DraftStore::MaxDelayMs), so "saving…" has become "saved". */
    QStringList settledTexts();
    /** Signs demo candidate 李本通 in through the page and leaves visible traces. */
    void useAsCandidate();

    QTemporaryDir m_temp;
    std::unique_ptr<KioskController> m_kiosk;
    std::unique_ptr<ThemeSettings> m_theme;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<WizardController> m_wizard;
    std::unique_ptr<PhoneTransfer> m_phone;
    std::unique_ptr<ServerController> m_server;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<LanguageController> m_languages;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QStringList m_fresh;
};

void TestE2eKioskScreen::initTestCase()
{
    QVERIFY(m_temp.isValid());
    // The kiosk's private folder and the demo server's files go to a folder of this test.
    qputenv("TMPDIR", QFile::encodeName(m_temp.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_temp.filePath(QStringLiteral("config"))));
    qputenv("ZKGRAD_SANDBOX", ZKGRAD_SANDBOX_EXE);
    const QString language = QStringLiteral("zh_CN");
    zkgrad::Translations::install(language);
    QQuickStyle::setStyle(QStringLiteral("ZkGradStyle"));
    QQuickStyle::setFallbackStyle(QStringLiteral("Fusion"));

    // What main() builds for --kiosk without a configured server (src/app/shell/main.cpp).
    KioskConfig config;
    config.enabled = true;
    config.staffPinHash = KioskPin::hash(QStringLiteral("246810"), 1000);
    m_kiosk = std::make_unique<KioskController>(config);
    KioskController::setInstance(m_kiosk.get());
    QVERIFY(!m_kiosk->filesDirectory().isEmpty());
    m_theme = std::make_unique<ThemeSettings>(nullptr);
    m_theme->setTouch(true);
    ThemeSettings::setInstance(m_theme.get());
    m_store = std::make_unique<DraftStore>(QString(), DraftStore::Mode::MemoryOnly);
    m_wizard =
        std::make_unique<WizardController>(m_store.get(), nullptr, m_kiosk->filesDirectory());
    m_kiosk->setWizard(m_wizard.get());
    m_wizard->restore();
    m_wizard->session()->setRequiresSignIn(true);
    WizardController::setInstance(m_wizard.get());
    m_phone = std::make_unique<PhoneTransfer>(m_wizard.get(), m_kiosk.get(), config.phoneTransfer);
    PhoneTransfer::setInstance(m_phone.get());
    m_server = std::make_unique<ServerController>(QUrl());
    m_server->setWorkDirectory(m_kiosk->privateDirectory());
    ServerController::setInstance(m_server.get());
    m_credentials = std::make_unique<CredentialStore>();
    m_credentials->setEnabled(false);
    m_wizard->session()->setCredentialStore(m_credentials.get());
    connect(m_server.get(), &ServerController::statusChanged, this, [this] {
        if (m_server->status() == ServerController::Ready)
            m_wizard->session()->setApiUrl(m_server->apiUrl());
    });
    m_server->start();
    m_languages = std::make_unique<LanguageController>(nullptr);
    m_languages->setRemembers(false);
    LanguageController::setInstance(m_languages.get());
    connect(m_languages.get(), &LanguageController::languageChanged, m_wizard.get(),
            &WizardController::retranslate);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine->addImageProvider(QLatin1String(MemoryImageProvider::Id), new MemoryImageProvider);
    m_languages->addEngine(m_engine.get());
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/ZkGrad/shell/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    m_kiosk->setEngine(m_engine.get());
    connect(m_kiosk.get(), &KioskController::wiped, m_languages.get(),
            [this, language] { m_languages->setLanguage(language); });
    m_kiosk->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));

    QTRY_VERIFY2_WITH_TIMEOUT(m_server->status() == ServerController::Ready,
                              qPrintable(m_server->errorString()), Hang);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->session()->connected(), Hang);
    QCOMPARE(m_wizard->currentStep()->key(), QStringLiteral("sign-in"));
    m_fresh = settledTexts();
    // The comparison means something only if the fresh screen has the sign-in page on it.
    QVERIFY2(m_fresh.size() > 20, qPrintable(m_fresh.join(u'\n')));
    QVERIFY2(!m_fresh.filter(QStringLiteral("李本通  500101199001010026")).isEmpty(),
             qPrintable(m_fresh.join(u'\n'))); // the demo button used below
}

void TestE2eKioskScreen::cleanupTestCase()
{
    m_engine.reset();
    m_languages.reset();
    m_phone.reset();
    m_wizard.reset();
    m_server.reset();
    m_credentials.reset();
    m_store.reset();
    m_theme.reset();
    KioskController::setInstance(nullptr);
    m_kiosk.reset();
}

QStringList TestE2eKioskScreen::settledTexts()
{
    QStringList last = visibleTexts(m_window);
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer unchanged;
    unchanged.start();
    while (clock.elapsed() < 15000 && unchanged.elapsed() < 1500) {
        QTest::qWait(250);
        const QStringList now = visibleTexts(m_window);
        if (now != last)
            unchanged.start();
        last = now;
    }
    return last;
}

void TestE2eKioskScreen::useAsCandidate()
{
    ApplicationSession *session = m_wizard->session();
    QCOMPARE(m_wizard->currentStep()->key(), QStringLiteral("sign-in"));
    // 李本通, the second demo account: its button fills the login and the password fields.
    QTRY_VERIFY_WITH_TIMEOUT(findItem(m_window, QStringLiteral("demoAccount_1")), Hang);
    QVERIFY(click(m_window, QStringLiteral("demoAccount_1")));
    QTRY_COMPARE(m_wizard->signIn()->login(), QStringLiteral("500101199001010026"));
    // (click() is not a QTRY condition: the macro evaluates it once more at the end.)
    QTRY_VERIFY(findItem(m_window, QStringLiteral("signInButton"))
                && findItem(m_window, QStringLiteral("signInButton"))->isEnabled());
    QVERIFY(click(m_window, QStringLiteral("signInButton")));
    QTRY_VERIFY_WITH_TIMEOUT(session->signedIn(), Hang);
    QTRY_VERIFY_WITH_TIMEOUT(!session->busy(), Hang);
    // Signed in, the wizard goes on to the notice step, where a condition is ticked.
    QTRY_COMPARE(m_wizard->currentStep()->key(), QStringLiteral("notice"));
    m_wizard->notice()->setConditionConfirmed(0, true);
    // The progress poll found a new review state: the banner every step shows.
    Q_EMIT session->reviewStateChanged(zkgrad::Workflow::State::Submitted,
                                       zkgrad::Workflow::State::SchoolApproved);
    QTRY_VERIFY(findItem(m_window, QStringLiteral("reviewAnnouncement")));
    const QStringList used = settledTexts();
    QVERIFY2(difference(m_fresh, used).size() > 5, "the candidate left no visible trace to wipe");
}

void TestE2eKioskScreen::wipeLeavesTheFreshStartScreen_data()
{
    QTest::addColumn<bool>("idle");
    QTest::newRow("finish and clear") << false;
    QTest::newRow("idle timeout") << true;
}

void TestE2eKioskScreen::wipeLeavesTheFreshStartScreen()
{
    QFETCH(bool, idle);
    useAsCandidate();
    if (QTest::currentTestFailed())
        return;
    const int wipes = m_kiosk->wipeCount();
    const auto restoreIntervals = [this] {
        m_kiosk->setIdleIntervalMs(m_kiosk->config().idleMinutes * 60 * 1000);
        m_kiosk->setWarningIntervalMs(m_kiosk->config().warningSeconds * 1000);
    };
    if (idle) {
        m_kiosk->setWarningIntervalMs(300);
        m_kiosk->setIdleIntervalMs(200);
        // As soon as it has wiped, the next candidate's idle time is the kiosk's again (a
        // second countdown is not what this compares).
        connect(m_kiosk.get(), &KioskController::wiped, this, restoreIntervals,
                Qt::SingleShotConnection);
    } else {
        m_kiosk->finishAndClear();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->wipeCount(), wipes + 1, Hang);
    const QStringList now = settledTexts();
    const QStringList diff = difference(m_fresh, now);
    QVERIFY2(diff.isEmpty(),
             qPrintable(QStringLiteral("after the wipe the window differs from a fresh start:\n")
                        + diff.join(u'\n')));
}

QTEST_MAIN(TestE2eKioskScreen)

#include "tst_e2e_kiosk_screen.moc"
