#include "shell/languagecontroller.h"

#include "translations.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QSettings>
#include <QVariantMap>

namespace {
QPointer<LanguageController> s_instance;
const auto kSettingsKey = QStringLiteral("ui/language");
} // namespace

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
{ }

LanguageController *LanguageController::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->addEngine(engine);
    return s_instance;
}

void LanguageController::setInstance(LanguageController *instance)
{
    s_instance = instance;
}

QString LanguageController::savedLanguage()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    return zkgrad::Translations::available().contains(saved)
        ? saved
        : zkgrad::Translations::defaultLanguage();
}

QString LanguageController::language() const
{
    return zkgrad::Translations::current();
}

void LanguageController::setLanguage(const QString &language)
{
    if (language == zkgrad::Translations::current() || !zkgrad::Translations::install(language))
        return;
    if (m_remembers)
        QSettings().setValue(kSettingsKey, language);
    for (const auto &engine : std::as_const(m_engines)) {
        if (engine)
            engine->retranslate();
    }
    Q_EMIT languageChanged();
}

QVariantList LanguageController::languages() const
{
    return { QVariantMap { { QStringLiteral("code"), QStringLiteral("zh_CN") },
                           { QStringLiteral("name"), QStringLiteral("简体中文") } },
             QVariantMap { { QStringLiteral("code"), QStringLiteral("en") },
                           { QStringLiteral("name"), QStringLiteral("English") } } };
}

void LanguageController::addEngine(QQmlEngine *engine)
{
    if (engine && !m_engines.contains(engine))
        m_engines.append(engine);
}
