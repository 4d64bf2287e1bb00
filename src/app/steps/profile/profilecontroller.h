#pragma once

#include "wizard/sectionlink.h"
#include "wizard/stepcontroller.h"

#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

class ApplicationSession;
class StepContext;

/**
 * The profile step (考生信息): read-only identity with how to correct it, contact details,
 * the enrolled major, the major and examining school to graduate with (confirmed, then the
 * application is created), and that school's announcements, each of which must be opened.
 */
class ProfileController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(QString name READ name NOTIFY profileChanged)
    Q_PROPERTY(QString idNumber READ idNumber NOTIFY profileChanged)
    Q_PROPERTY(QString genderText READ genderText NOTIFY profileChanged)
    Q_PROPERTY(QString identityCorrection READ identityCorrection NOTIFY profileChanged)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY changed)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY changed)
    Q_PROPERTY(QString postalCode READ postalCode WRITE setPostalCode NOTIFY changed)
    Q_PROPERTY(QString email READ email WRITE setEmail NOTIFY changed)
    Q_PROPERTY(QVariantList enrolledMajors READ enrolledMajors NOTIFY profileChanged)
    Q_PROPERTY(QVariantList addableMajors READ addableMajors NOTIFY profileChanged)
    Q_PROPERTY(QString majorCode READ majorCode WRITE setMajorCode NOTIFY changed)
    Q_PROPERTY(QVariantList schoolOptions READ schoolOptions NOTIFY changed)
    Q_PROPERTY(QString schoolCode READ schoolCode WRITE setSchoolCode NOTIFY changed)
    Q_PROPERTY(bool choiceConfirmed READ choiceConfirmed WRITE setChoiceConfirmed NOTIFY changed)
    Q_PROPERTY(bool applied READ applied NOTIFY changed)
    Q_PROPERTY(QString appliedMajor READ appliedMajor NOTIFY changed)
    Q_PROPERTY(QString appliedSchool READ appliedSchool NOTIFY changed)
    Q_PROPERTY(QVariantList announcements READ announcements NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString actionError READ actionError NOTIFY busyChanged)

public:
    explicit ProfileController(ApplicationSession *session, StepContext *context,
                               QObject *parent = nullptr);

    [[nodiscard]] QString name() const;
    [[nodiscard]] QString idNumber() const;
    [[nodiscard]] QString genderText() const;
    [[nodiscard]] QString identityCorrection() const;
    [[nodiscard]] QString phone() const { return m_phone; }
    void setPhone(const QString &value);
    [[nodiscard]] QString address() const { return m_address; }
    void setAddress(const QString &value);
    [[nodiscard]] QString postalCode() const { return m_postalCode; }
    void setPostalCode(const QString &value);
    [[nodiscard]] QString email() const { return m_email; }
    void setEmail(const QString &value);
    [[nodiscard]] QVariantList enrolledMajors() const;
    /** Catalog majors not enrolled yet, each {code, name, levelName, schools}. */
    [[nodiscard]] QVariantList addableMajors() const;
    [[nodiscard]] QString majorCode() const { return m_majorCode; }
    void setMajorCode(const QString &code);
    /** Examining schools offering the chosen major, each {code, name}. */
    [[nodiscard]] QVariantList schoolOptions() const;
    [[nodiscard]] QString schoolCode() const { return m_schoolCode; }
    void setSchoolCode(const QString &code);
    [[nodiscard]] bool choiceConfirmed() const { return m_choiceConfirmed; }
    void setChoiceConfirmed(bool confirmed);
    [[nodiscard]] bool applied() const;
    [[nodiscard]] QString appliedMajor() const;
    [[nodiscard]] QString appliedSchool() const;
    /** The school's announcements, each {id, title, body, publishedAt, opened}. */
    [[nodiscard]] QVariantList announcements() const;
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString actionError() const { return m_actionError; }
    [[nodiscard]] QVariantMap errors() const override;
    [[nodiscard]] QVariantList fieldProblems() const override;
    [[nodiscard]] bool isEditable() const override;

    /** Enrols in @p majorCode at @p schoolCode (the candidate has no enrolled major yet). */
    Q_INVOKABLE void addMajor(const QString &majorCode, const QString &schoolCode);
    /** Saves the contact details, then creates the application for the confirmed choice. */
    Q_INVOKABLE void apply();
    /** The candidate opened announcement @p id. */
    Q_INVOKABLE void markOpened(const QString &id);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QVariantMap summary() const override;
    [[nodiscard]] QStringList problems() const override;
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;
    void leave() override;
    /** The identity note, gender and major texts are tr() strings read through profileChanged. */
    void retranslate() override
    {
        StepController::retranslate();
        Q_EMIT profileChanged();
    }
    /** changed() announces it: the session's applicationChanged is forwarded as changed(). */
    [[nodiscard]] bool isReadOnly() const override { return !isEditable(); }

Q_SIGNALS:
    void profileChanged();
    void busyChanged();

private:
    /** Field objectName → message for every contact field that is wrong now. */
    [[nodiscard]] QList<QPair<QString, QString>> contactProblems() const;
    [[nodiscard]] QJsonObject contactChanges() const;
    void adoptServerContact();
    void setField(QString &member, const QString &value, const QString &field);
    void setBusy(bool busy, const QString &error = {});

    QPointer<ApplicationSession> m_session;
    /** The server's refusals of the contact details, until that field changes. */
    SectionLink m_contactLink;
    QString m_phone;
    QString m_address;
    QString m_postalCode;
    QString m_email;
    QString m_majorCode;
    QString m_schoolCode;
    bool m_choiceConfirmed = false;
    QStringList m_opened;
    bool m_busy = false;
    QString m_actionError;
};
