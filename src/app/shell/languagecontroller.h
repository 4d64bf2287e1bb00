#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQmlIntegration>

class QJSEngine;
class QQmlEngine;

/** Switches the UI language at run time (Simplified Chinese by default, English available). */
class LanguageController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    // Deliberately not default-constructible: Qt 6.4 would otherwise build a second
    // instance for QML instead of calling create().
    explicit LanguageController(QObject *parent);

    static LanguageController *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(LanguageController *instance);

    /** The language saved in the settings, or the default. */
    [[nodiscard]] static QString savedLanguage();

    [[nodiscard]] QString language() const;
    /** Installs @p language, saves it, and retranslates every engine that uses this controller. */
    void setLanguage(const QString &language);
    /** {code, name} pairs; each name is written in its own language. */
    [[nodiscard]] QVariantList languages() const;

    void addEngine(QQmlEngine *engine);
    /** Off in kiosk mode: the next candidate starts in the kiosk's language and nothing of
     *  the last one (not even their language) is written to the kiosk account's settings. */
    void setRemembers(bool remembers) { m_remembers = remembers; }

Q_SIGNALS:
    void languageChanged();

private:
    QList<QPointer<QQmlEngine>> m_engines;
    bool m_remembers = true;
};
