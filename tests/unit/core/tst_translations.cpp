#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTest>

using namespace zkgrad;

/** The UI languages: ours in every module, and Qt's own words (standard buttons) with them. */
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseIsTheDefaultAndInstalls()
    {
        QCOMPARE(Translations::defaultLanguage(), QStringLiteral("zh_CN"));
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QCOMPARE(Translations::current(), QStringLiteral("zh_CN"));
        QVERIFY(!Translations::install(QStringLiteral("fr")));
        QCOMPARE(Translations::current(), QStringLiteral("zh_CN"));
    }

    // Qt Quick's own file dialog (a kiosk's, or where the desktop has none) takes its "Open"
    // and "Cancel" from Qt's catalogue; English would sit in the middle of a Chinese UI.
    void qtsOwnButtonsFollowTheLanguage()
    {
        const QString catalogue =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
        if (!QFileInfo::exists(catalogue))
            QSKIP("Qt's Chinese catalogue is not installed (qt6-translations-l10n)");
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
