#pragma once

#include <QString>
#include <QStringList>

namespace zkgrad {

/** Loads the compiled translations of every module (":/i18n/zkgrad_*_<lang>.qm"). */
class Translations
{
public:
    /** The languages the UI offers; the first is the default. */
    static QStringList available();
    /** The default UI language: Simplified Chinese. */
    static QString defaultLanguage();
    /**
     * Replaces the installed translators with those for @p language ("zh_CN"
     * or "en"). English is the source language, so it installs none.
     * Returns false for an unknown language or when a module's file is missing.
     */
    static bool install(const QString &language);
    /** The language last installed. */
    static QString current();
};

} // namespace zkgrad
