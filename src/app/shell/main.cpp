#include "draftstore.h"
#include "httpclient.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/memoryimageprovider.h"
#include "kioskconfig.h"
#include "photos/phonetransfer.h"
#include "sandboxlauncher.h"
#include "session/applicationsession.h"
#include "session/credentialstore.h"
#include "session/servercontroller.h"
#include "shell/languagecontroller.h"
#include "shell/quickrenderer.h"
#include "themesettings.h"
#include "translations.h"
#include "wizard/wizardcontroller.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <cstring>

Q_IMPORT_QML_PLUGIN(ZkGradPlugin)
Q_IMPORT_QML_PLUGIN(ZkGradThemePlugin)
Q_IMPORT_QML_PLUGIN(ZkGradStylePlugin)

namespace {

struct Options
{
    bool selfTest = false;
    QString dataDir;
    QString language;
};

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Graduation application for the Chongqing higher-education self-study "
        "examinations."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("data-dir"),
                       QCoreApplication::translate("main",
                                                   "Keep drafts in <dir> instead of the "
                                                   "user's data folder."),
                       QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("language"),
                       QCoreApplication::translate("main", "UI language: zh_CN (default) or en."),
                       QStringLiteral("code") });
    parser.addOption({ QStringLiteral("server"),
                       QCoreApplication::translate("main",
                                                   "Use the API at <url> (for example "
                                                   "https://host/api/v1) instead of the "
                                                   "built-in demo server."),
                       QStringLiteral("url") });
    parser.addOption({ QStringLiteral("screenshot"),
                       QCoreApplication::translate("main",
                                                   "Save a picture of the main window to "
                                                   "<file> once it is shown, then quit."),
                       QStringLiteral("file") });
    parser.addOption({ QStringLiteral("step"),
                       QCoreApplication::translate("main",
                                                   "Open on step <key> (for example notice or "
                                                   "signature) to look at it; the checks of "
                                                   "every step still apply."),
                       QStringLiteral("key") });
    parser.addOption({ QStringLiteral("demo-account"),
                       QCoreApplication::translate("main",
                                                   "In demo mode, sign in as demo candidate <n> "
                                                   "(1-6) once the demo server is up."),
                       QStringLiteral("n") });
    parser.addOption({ QStringLiteral("large-text"),
                       QCoreApplication::translate("main",
                                                   "Start with large text (the header's "
                                                   "\"Large text\" button; the app also "
                                                   "remembers that choice).") });
    parser.addOption({ QStringLiteral("kiosk"),
                       QCoreApplication::translate("main",
                                                   "Kiosk mode for shared computers: full "
                                                   "screen, nothing kept on disk, cleared "
                                                   "when idle; quitting needs the staff PIN.") });
    parser.addOption({ QStringLiteral("kiosk-config"),
                       QCoreApplication::translate("main",
                                                   "Read the kiosk settings from <file> instead "
                                                   "of the system-wide kiosk.conf."),
                       QStringLiteral("file") });
    parser.addOption({ QStringLiteral("kiosk-pin-hash"),
                       QCoreApplication::translate("main",
                                                   "The staff PIN hash (from \"zkgrad-tool kiosk "
                                                   "pin-hash\"), instead of the config's."),
                       QStringLiteral("hash") });
    parser.addOption({ QStringLiteral("kiosk-show-countdown"),
                       QCoreApplication::translate("main",
                                                   "Kiosk mode: show the idle countdown at once "
                                                   "(to look at it or take a screenshot).") });
    parser.addOption({ QStringLiteral("self-test"),
                       QCoreApplication::translate("main",
                                                   "Start, wait for the first frame of the "
                                                   "main window, print a line and quit.") });
}

bool onlyPrintsInfo(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : { "--help", "-h", "--help-all", "--version", "-v", "-?" }) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

// The --language asked for on an info-only command line ("zkgrad --language en --help", which
// the English man page is made from): that path prints before the parser has run.
QString infoLanguage(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--language" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--language="))
            return QString::fromLocal8Bit(arg.mid(int(std::strlen("--language="))));
    }
    return {};
}

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified());
    }
    return QStringLiteral("unknown");
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("zkgrad"));
    QCoreApplication::setApplicationName(QStringLiteral("zkgrad"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZKGRAD_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work without a display (packaging checks, CI).
    if (onlyPrintsInfo(argc, argv)) {
        QCoreApplication core(argc, argv);
        setIdentity();
        const QString asked = infoLanguage(argc, argv);
        zkgrad::Translations::install(zkgrad::Translations::available().contains(asked)
                                          ? asked
                                          : LanguageController::savedLanguage());
        QCommandLineParser parser;
        describe(parser);
        parser.process(core);
        return 0;
    }

    // libcurl's global state, once, before any thread exists.
    zkgrad::net::HttpClient::globalInit();
    QGuiApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("zkgrad"));

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    // Kiosk mode: --kiosk, or the system-wide (or --kiosk-config) file with enabled=true.
    const QString kioskPath = parser.isSet(QStringLiteral("kiosk-config"))
        ? parser.value(QStringLiteral("kiosk-config"))
        : KioskConfig::systemPath();
    if (parser.isSet(QStringLiteral("kiosk-config")) && !QFileInfo(kioskPath).isFile()) {
        std::fprintf(stderr,
                     "zkgrad: --kiosk-config: no such file: %s\n"
                     "zkgrad: --kiosk-config：找不到该配置文件，请检查路径：%s\n",
                     qPrintable(kioskPath), qPrintable(kioskPath));
        return 2;
    }
    KioskConfig kioskConfig = KioskConfig::load(kioskPath);
    for (const QString &warning : std::as_const(kioskConfig.warnings))
        std::fprintf(stderr, "zkgrad: %s: %s\n", qPrintable(kioskPath), qPrintable(warning));
    kioskConfig.enabled = kioskConfig.enabled || parser.isSet(QStringLiteral("kiosk"));
    if (kioskConfig.enabled) {
        if (parser.isSet(QStringLiteral("kiosk-pin-hash"))) {
            kioskConfig.staffPinHash = parser.value(QStringLiteral("kiosk-pin-hash")).trimmed();
            if (!KioskPin::isValidHash(kioskConfig.staffPinHash)) {
                std::fprintf(stderr,
                             "zkgrad: --kiosk-pin-hash: not a hash made by \"zkgrad-tool kiosk "
                             "pin-hash\"\n");
                return 2;
            }
        }
        // Nobody could ever leave a kiosk without a PIN: refuse to start instead.
        if (kioskConfig.staffPinHash.isEmpty()) {
            std::fprintf(stderr,
                         "zkgrad: kiosk mode needs a staff PIN, and none is set.\n"
                         "  Make one:  echo 123456 | zkgrad-tool kiosk pin-hash\n"
                         "  then put the printed line into %s as\n"
                         "    [kiosk]\n    staff_pin_hash=pbkdf2-sha256$...\n"
                         "  or pass it with --kiosk-pin-hash.\n"
                         "zkgrad: 自助机模式需要工作人员密码（PIN），但尚未设置。请用 "
                         "\"zkgrad-tool kiosk pin-hash\" 生成后写入配置文件。\n",
                         qPrintable(QDir::toNativeSeparators(kioskPath)));
            return 2;
        }
    }
    const bool kiosk = kioskConfig.enabled;
    // A platform file dialog is a way out of a kiosk (Explorer's menus, "open with") and may
    // record recent files on disk; Qt Quick's own dialog is neither.
    if (kiosk)
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);

    QString language = parser.value(QStringLiteral("language"));
    if (!zkgrad::Translations::available().contains(language))
        language = kiosk ? kioskConfig.locale : LanguageController::savedLanguage();
    zkgrad::Translations::install(language);
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "Self-study graduation application"));

    zkgrad::chooseQuickRenderer();
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        // One design everywhere; at a kiosk its tokens make every control fingertip-sized.
        QQuickStyle::setStyle(QStringLiteral("ZkGradStyle"));
        QQuickStyle::setFallbackStyle(QStringLiteral("Fusion"));
    }

    // A kiosk keeps the draft in memory and the steps' files in its private folder only.
    KioskController kioskController(kioskConfig);
    KioskController::setInstance(&kioskController);
    kioskController.rememberLargeText(parser.isSet(QStringLiteral("large-text")));
    // The design's modes come from here, so the theme and the style never import the app.
    ThemeSettings themeSettings(nullptr);
    themeSettings.setTouch(kiosk);
    themeSettings.setLargeText(kioskController.largeText());
    QObject::connect(&kioskController, &KioskController::largeTextChanged, &themeSettings,
                     [&] { themeSettings.setLargeText(kioskController.largeText()); });
    ThemeSettings::setInstance(&themeSettings);
    QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (dataDir.isEmpty() && !kiosk)
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    DraftStore store(kiosk ? QString() : QDir(dataDir).filePath(QStringLiteral("drafts")),
                     kiosk ? DraftStore::Mode::MemoryOnly : DraftStore::Mode::Disk);
    if (kiosk && kioskController.filesDirectory().isEmpty()) {
        std::fprintf(stderr, "zkgrad: kiosk mode: cannot create a private temporary folder in %s\n",
                     qPrintable(QDir::toNativeSeparators(QDir::tempPath())));
        return 1;
    }

    WizardController wizard(&store, nullptr, kioskController.filesDirectory());
    kioskController.setWizard(&wizard);
    wizard.restore();
    // The app always talks to a server: nothing goes on before signing in.
    wizard.session()->setRequiresSignIn(true);
    WizardController::setInstance(&wizard);
    // 用手机传照片: everywhere unless a kiosk's configuration says phone_transfer=false.
    PhoneTransfer phoneTransfer(&wizard, &kioskController, !kiosk || kioskConfig.phoneTransfer);
    PhoneTransfer::setInstance(&phoneTransfer);
    const QString step = parser.value(QStringLiteral("step"));
    if (!step.isEmpty() && !wizard.show(step)) {
        std::fprintf(stderr, "zkgrad: --step: no step \"%s\" applies now\n", qPrintable(step));
        return 2;
    }

    // --server, else the kiosk's server, else the settings file ([server] url=...), else demo.
    QString server = parser.value(QStringLiteral("server"));
    if (server.isEmpty() && kiosk)
        server = kioskConfig.server.toString();
    if (server.isEmpty() && !kiosk)
        server = QSettings().value(QStringLiteral("server/url")).toString();
    const QUrl serverUrl = QUrl::fromUserInput(server);
    if (!server.isEmpty() && (!serverUrl.isValid() || serverUrl.scheme().isEmpty())) {
        std::fprintf(stderr, "zkgrad: --server: not a valid URL: %s\n", qPrintable(server));
        return 2;
    }
    ServerController serverController(server.isEmpty() ? QUrl() : serverUrl);
    // A kiosk's demo server logs into the kiosk's folder, which a crash does not outlive.
    serverController.setWorkDirectory(kioskController.privateDirectory());
    // At home the demo server keeps its data beside the drafts, so that a restart finds the
    // application the draft belongs to; a kiosk's stays in memory (nothing outlives a candidate).
    if (!kiosk && QDir().mkpath(dataDir))
        serverController.setDatabase(QDir(dataDir).filePath(QStringLiteral("demo-server.sqlite")));
    ServerController::setInstance(&serverController);
    CredentialStore credentials;
    // Kiosks never use the keychain: "remember me" is off and nothing is read or deleted.
    credentials.setEnabled(!kiosk);
    wizard.session()->setCredentialStore(&credentials);
    const int demoAccount = parser.value(QStringLiteral("demo-account")).toInt();
    // The session talks to the server once it is up (at once for a configured one).
    auto connectSession = [&] {
        if (serverController.status() != ServerController::Ready)
            return;
        wizard.session()->setApiUrl(serverController.apiUrl());
        const auto accounts = zkgrad::SandboxLauncher::demoAccounts();
        if (serverController.demoMode() && demoAccount >= 1 && demoAccount <= accounts.size())
            wizard.session()->signIn(accounts.at(demoAccount - 1).idNumber,
                                     zkgrad::SandboxLauncher::demoPassword(), false);
    };
    QObject::connect(&serverController, &ServerController::statusChanged, &wizard, connectSession);
    serverController.start();
    connectSession();

    LanguageController languages(nullptr);
    languages.setRemembers(!kiosk);
    LanguageController::setInstance(&languages);
    QObject::connect(&languages, &LanguageController::languageChanged, &wizard,
                     &WizardController::retranslate);
    QObject::connect(&languages, &LanguageController::languageChanged, &serverController,
                     &ServerController::retranslate);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &wizard, &WizardController::saveNow);

    QQmlApplicationEngine engine;
    // Qt 6.5+ has qrc:/qt/qml on the import path already; 6.4 needs it.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    // A kiosk's photos are shown from memory (PhotoSlot::setKeepInMemory); the engine owns it.
    engine.addImageProvider(QLatin1String(MemoryImageProvider::Id), new MemoryImageProvider);
    languages.addEngine(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ZkGrad/shell/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "zkgrad: the main window could not be loaded\n");
        return 1;
    }
    if (kiosk) {
        kioskController.setEngine(&engine);
        // The next candidate starts in the kiosk's language, whatever the last one chose.
        QObject::connect(&kioskController, &KioskController::wiped, &languages,
                         [&] { languages.setLanguage(kioskConfig.locale); });
        QObject::connect(&kioskController, &KioskController::exitRequested, &app, [&] {
            kioskController.wipe();
            QCoreApplication::quit();
        });
        kioskController.start();
        if (parser.isSet(QStringLiteral("kiosk-show-countdown")))
            kioskController.showWarningNow();
    }

    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    if (parser.isSet(QStringLiteral("self-test")) || !screenshot.isEmpty()) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window) {
            std::fprintf(stderr, "zkgrad: self-test: the root object is not a window\n");
            return 1;
        }
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&, window] {
                if (!screenshot.isEmpty()) {
                    // Let layouts settle for a few frames so the picture is what a person sees;
                    // with --demo-account, also let the sign-in and the first reads finish.
                    QTimer::singleShot(demoAccount > 0 ? 4000 : 500, window, [&, window] {
                        const bool ok = window->grabWindow().save(screenshot);
                        std::printf("zkgrad: screenshot %s %s\n", qPrintable(screenshot),
                                    ok ? "saved" : "FAILED");
                        std::fflush(stdout);
                        QCoreApplication::exit(ok ? 0 : 1);
                    });
                    return;
                }
                // For tests/bench/startup_bench.sh: when the first frame was shown, and the
                // peak memory so far (Linux only).
                std::printf("zkgrad: first frame at epoch-ms %lld; peak RSS %s\n",
                            static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                            qPrintable(peakRss()));
                std::fflush(stdout);
                // The demo server is part of what must work out of the box.
                auto report = [&] {
                    if (serverController.status() == ServerController::Failed) {
                        std::fprintf(stderr, "zkgrad: self-test failed: demo server: %s\n",
                                     qPrintable(serverController.errorString()));
                        QCoreApplication::exit(1);
                        return;
                    }
                    std::printf("zkgrad: self-test passed: main window shown on step \"%s\"%s; "
                                "server %s at %s\n",
                                qPrintable(wizard.currentStep()->key()),
                                kiosk ? " in kiosk mode" : "",
                                serverController.demoMode() ? "demo" : "configured",
                                qPrintable(serverController.apiUrl().toString()));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                };
                if (serverController.status() != ServerController::Starting) {
                    report();
                    return;
                }
                QObject::connect(&serverController, &ServerController::statusChanged, &app, report,
                                 Qt::SingleShotConnection);
            },
            Qt::SingleShotConnection);
        QTimer::singleShot(30000, &app, [] {
            std::fprintf(stderr, "zkgrad: self-test failed: no frame within 30 s\n");
            QCoreApplication::exit(1);
        });
    }
    return QGuiApplication::exec();
}
