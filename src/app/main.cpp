#include "applicationsession.h"
#include "credentialstore.h"
#include "draftstore.h"
#include "httpclient.h"
#include "languagecontroller.h"
#include "quickrenderer.h"
#include "sandboxlauncher.h"
#include "servercontroller.h"
#include "translations.h"
#include "wizardcontroller.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
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
        zkgrad::Translations::install(LanguageController::savedLanguage());
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

    QString language = parser.value(QStringLiteral("language"));
    if (!zkgrad::Translations::available().contains(language))
        language = LanguageController::savedLanguage();
    zkgrad::Translations::install(language);
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "Self-study graduation application"));

    zkgrad::chooseQuickRenderer();
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    DraftStore store(QDir(dataDir).filePath(QStringLiteral("drafts")));

    WizardController wizard(&store);
    wizard.restore();
    // The app always talks to a server: nothing goes on before signing in.
    wizard.session()->setRequiresSignIn(true);
    WizardController::setInstance(&wizard);
    const QString step = parser.value(QStringLiteral("step"));
    if (!step.isEmpty() && !wizard.show(step)) {
        std::fprintf(stderr, "zkgrad: --step: no step \"%s\" applies now\n", qPrintable(step));
        return 2;
    }

    // --server, else the settings file ([server] url=...), else demo mode.
    QString server = parser.value(QStringLiteral("server"));
    if (server.isEmpty())
        server = QSettings().value(QStringLiteral("server/url")).toString();
    const QUrl serverUrl = QUrl::fromUserInput(server);
    if (!server.isEmpty() && (!serverUrl.isValid() || serverUrl.scheme().isEmpty())) {
        std::fprintf(stderr, "zkgrad: --server: not a valid URL: %s\n", qPrintable(server));
        return 2;
    }
    ServerController serverController(server.isEmpty() ? QUrl() : serverUrl);
    ServerController::setInstance(&serverController);
    CredentialStore credentials;
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
    LanguageController::setInstance(&languages);
    QObject::connect(&languages, &LanguageController::languageChanged, &wizard,
                     &WizardController::retranslate);
    QObject::connect(&languages, &LanguageController::languageChanged, &serverController,
                     &ServerController::retranslate);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &wizard, &WizardController::saveNow);

    QQmlApplicationEngine engine;
    // Qt 6.5+ has qrc:/qt/qml on the import path already; 6.4 needs it.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    languages.addEngine(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ZkGrad/qml/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "zkgrad: the main window could not be loaded\n");
        return 1;
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
                    std::printf("zkgrad: self-test passed: main window shown on step \"%s\"; "
                                "server %s at %s\n",
                                qPrintable(wizard.currentStep()->key()),
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
