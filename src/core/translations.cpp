#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace zkgrad {

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QStringList Translations::available()
{
    return { QStringLiteral("zh_CN"), QStringLiteral("en") };
}

QString Translations::defaultLanguage()
{
    return QStringLiteral("zh_CN");
}

bool Translations::install(const QString &language)
{
    if (!available().contains(language))
        return false;
    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
    currentLanguage() = language;
    // Qt's own controls (the file dialog's dates and sizes) format with the default locale,
    // which follows the system's (often C or English) rather than the interface language.
    QLocale::setDefault(language == QLatin1String("en")
                            ? QLocale(QLocale::English, QLocale::UnitedStates)
                            : QLocale(language));
    if (language == QLatin1String("en"))
        return true;

    // Each module compiles its own .qm into :/i18n, so the set of files is
    // whatever modules this binary links.
    const QDir dir(QStringLiteral(":/i18n"));
    const QStringList files =
        dir.entryList({ QStringLiteral("zkgrad_*_%1.qm").arg(language) }, QDir::Files, QDir::Name);
    bool ok = !files.isEmpty();
    for (const QString &file : files) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(dir.filePath(file))) {
            QCoreApplication::installTranslator(translator.get());
            installed().push_back(std::move(translator));
        } else {
            ok = false;
        }
    }
    // Qt's own words (the standard buttons "Open", "Cancel" of Qt Quick's file dialog, the
    // text fields' context menu) from Qt's catalogue, when installed (qt6-translations-l10n;
    // windeployqt and macdeployqt bundle it). Without it those few words stay English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qt_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return ok;
}

QString Translations::current()
{
    return currentLanguage();
}

} // namespace zkgrad
