#include "draftstore.h"
#include "kiosk/kioskcontroller.h"
#include "kioskconfig.h"
#include "photos/phonetransfer.h"
#include "session/applicationsession.h"
#include "session/servercontroller.h"
#include "shell/languagecontroller.h"
#include "steps/certificate/certificatecontroller.h"
#include "steps/payment/paymentcontroller.h"
#include "steps/progress/progresscontroller.h"
#include "themesettings.h"
#include "translations.h"
#include "wizard/wizardcontroller.h"

#include "testaccess.h"

#include <QJsonObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(ZkGradPlugin)
Q_IMPORT_QML_PLUGIN(ZkGradThemePlugin)
Q_IMPORT_QML_PLUGIN(ZkGradStylePlugin)

using zkgrad::testing::Access;

/**
 * The QML tests' door to zkgrad::testing::Access (the context property "TestAccess"): stages
 * what a server would have sent, on the wizard of the test file, without a shipped invokable.
 */
class TestAccess : public QObject
{
    Q_OBJECT

public:
    TestAccess(QQmlEngine *engine, WizardController *wizard)
        : m_engine(engine)
        , m_wizard(wizard)
    { }

    /** The session takes @p application as the server's; an empty map forgets it. */
    Q_INVOKABLE void adoptApplication(const QVariantMap &application)
    {
        Access::adoptApplication(*m_wizard->session(), QJsonObject::fromVariantMap(application));
    }

    /** The certificate, progress or payment @p controller alone shows @p application. */
    Q_INVOKABLE void showApplication(QObject *controller, const QVariantMap &application)
    {
        const QJsonObject json = QJsonObject::fromVariantMap(application);
        if (auto *certificate = qobject_cast<CertificateController *>(controller))
            certificate->setApplication(json);
        else if (auto *progress = qobject_cast<ProgressController *>(controller))
            progress->setApplication(json);
        else if (auto *payment = qobject_cast<PaymentController *>(controller))
            payment->setApplication(json);
        else
            m_engine->throwError(QStringLiteral("TestAccess.showApplication: not a controller "
                                                "that shows an application"));
    }

    /** The payment page takes @p order (docs/api.md "Payments") as the server's answer. */
    Q_INVOKABLE void showOrder(const QVariantMap &order)
    {
        Access::showOrder(*m_wizard->payment(), QJsonObject::fromVariantMap(order));
    }

private:
    QQmlEngine *m_engine;
    WizardController *m_wizard;
};

/** Gives every QML test file a fresh wizard with its own draft folder, in Chinese. */
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        // The language switch writes QSettings: keep it away from the user's config.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        // Test pictures and the kiosk's folder go to a temporary folder removed at the end.
        for (const char *name : { "TMPDIR", "TMP", "TEMP" })
            qputenv(name, m_temp.path().toUtf8());
        zkgrad::Translations::install(QStringLiteral("zh_CN"));
        m_languages = std::make_unique<LanguageController>(nullptr);
        LanguageController::setInstance(m_languages.get());
        // Pages never talk to a server in these tests; a configured URL keeps the sandbox off.
        m_server =
            std::make_unique<ServerController>(QUrl(QStringLiteral("http://127.0.0.1:9/api/v1")));
        ServerController::setInstance(m_server.get());
        // ZKGRAD_TEST_KIOSK=1: KioskController says kiosk mode is on (the touch-target test).
        if (qEnvironmentVariableIntValue("ZKGRAD_TEST_KIOSK") == 1) {
            KioskConfig config;
            config.enabled = true;
            config.staffPinHash = KioskPin::hash(QStringLiteral("246810"), 1000);
            m_kiosk = std::make_unique<KioskController>(config);
            KioskController::setInstance(m_kiosk.get());
        }
        // The design's touch sizes follow kiosk mode, as main() sets them.
        m_theme.setTouch(m_kiosk != nullptr);
        ThemeSettings::setInstance(&m_theme);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Generated document photos (docgen) for the tests that need them; empty elsewhere.
        engine->rootContext()->setContextProperty(QStringLiteral("testDocumentPhotos"),
                                                  qEnvironmentVariable("ZKGRAD_TEST_DOC_PHOTOS"));
        m_access.reset();
        m_phone.reset();
        m_wizard.reset();
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<DraftStore>(m_dir->path());
        m_wizard = std::make_unique<WizardController>(m_store.get());
        m_wizard->restore();
        WizardController::setInstance(m_wizard.get());
        m_access = std::make_unique<TestAccess>(engine, m_wizard.get());
        engine->rootContext()->setContextProperty(QStringLiteral("TestAccess"), m_access.get());
        // ZKGRAD_TEST_PHONE_TRANSFER=1: "用手机传照片" is on, listening on 127.0.0.1 (elsewhere it
        // is off, as PhoneTransfer::create() makes it without main()).
        if (qEnvironmentVariableIntValue("ZKGRAD_TEST_PHONE_TRANSFER") == 1) {
            m_phone = std::make_unique<PhoneTransfer>(m_wizard.get(), nullptr, true);
            Access::setAddress(*m_phone, QHostAddress::LocalHost);
            PhoneTransfer::setInstance(m_phone.get());
        }
        QObject::connect(m_languages.get(), &LanguageController::languageChanged, m_wizard.get(),
                         &WizardController::retranslate);
    }

    void cleanupTestCase()
    {
        m_access.reset();
        m_phone.reset();
        m_wizard.reset();
        m_store.reset();
        m_dir.reset();
    }

private:
    QTemporaryDir m_config;
    QTemporaryDir m_temp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<WizardController> m_wizard;
    std::unique_ptr<PhoneTransfer> m_phone;
    std::unique_ptr<TestAccess> m_access;
    std::unique_ptr<LanguageController> m_languages;
    std::unique_ptr<ServerController> m_server;
    std::unique_ptr<KioskController> m_kiosk;
    ThemeSettings m_theme { nullptr };
};

QUICK_TEST_MAIN_WITH_SETUP(zkgrad_qml, Setup)

#include "tst_qml.moc"
