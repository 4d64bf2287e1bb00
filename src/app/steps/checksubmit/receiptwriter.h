#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQmlIntegration>

class ApplicationSession;

/**
 * The candidate's record of a submitted application as a PDF (QPdfWriter): who, which major
 * and school, when, the resume and the self-assessment exactly as the server stored them
 * (that is what goes into the archive), the note and the list of images.
 */
class ReceiptWriter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY lastMessageChanged)
    Q_PROPERTY(QString suggestedFileName READ suggestedFileName NOTIFY availableChanged)

public:
    explicit ReceiptWriter(ApplicationSession *session, QObject *parent = nullptr);

    /** True once the application has been submitted at least once. */
    [[nodiscard]] bool available() const;
    [[nodiscard]] QString lastMessage() const { return m_message; }
    [[nodiscard]] QString suggestedFileName() const;

    /** Writes the receipt to @p file (a local file URL from the save dialog). */
    Q_INVOKABLE bool save(const QUrl &file);
    /** Writes the receipt of @p application and @p profile to @p path. */
    [[nodiscard]] static bool write(const QJsonObject &application, const QJsonObject &profile,
                                    const QString &path, QString *error);
    /** The receipt's content as HTML (what write() prints). */
    [[nodiscard]] static QString html(const QJsonObject &application, const QJsonObject &profile);

Q_SIGNALS:
    void availableChanged();
    void lastMessageChanged();

private:
    ApplicationSession *m_session;
    QString m_message;
};
