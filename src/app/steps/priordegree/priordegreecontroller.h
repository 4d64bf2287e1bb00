#pragma once

#include "apierror.h"
#include "wizard/sectionlink.h"
#include "wizard/stepcontroller.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

class ApplicationSession;
class StepContext;
class PhotoSlot;
Q_MOC_INCLUDE("photos/photoslot.h")

/** The prior-degree step (前置学历): diploma fields and their images, for 本科 applicants whose
 * check failed. */
class PriorDegreeController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed)
    Q_PROPERTY(QString idNumber READ idNumber WRITE setIdNumber NOTIFY changed)
    Q_PROPERTY(QString diplomaNumber READ diplomaNumber WRITE setDiplomaNumber NOTIFY changed)
    Q_PROPERTY(QString school READ school WRITE setSchool NOTIFY changed)
    /** Year, month and day of the graduation date; 0 while not chosen. */
    Q_PROPERTY(int graduationYear READ graduationYear WRITE setGraduationYear NOTIFY changed)
    Q_PROPERTY(int graduationMonth READ graduationMonth WRITE setGraduationMonth NOTIFY changed)
    Q_PROPERTY(int graduationDay READ graduationDay WRITE setGraduationDay NOTIFY changed)
    /** The date as the API wants it (YYYY-MM-DD); empty while incomplete or not a real date. */
    Q_PROPERTY(QString graduationDate READ graduationDate NOTIFY changed)
    /** The years offered for the graduation date, newest first. */
    Q_PROPERTY(QVariantList yearChoices READ yearChoices CONSTANT)
    Q_PROPERTY(bool identityChanged READ identityChanged WRITE setIdentityChanged NOTIFY changed)
    /** Why the server's automatic check failed (application.priorDegreeCheck.message). */
    Q_PROPERTY(QString checkMessage READ checkMessage NOTIFY serverChanged)
    Q_PROPERTY(PhotoSlot *diploma READ diploma CONSTANT)
    Q_PROPERTY(PhotoSlot *registrationRecord READ registrationRecord CONSTANT)
    Q_PROPERTY(PhotoSlot *identityChange READ identityChange CONSTANT)
    /** objectName of a field -> translated advice that does not block (an old diploma number). */
    Q_PROPERTY(QVariantMap warnings READ warnings NOTIFY changed)

public:
    /** The oldest graduation year offered in the year list (typing an older one still works). */
    static constexpr int oldestYearChoice = 1950;

    explicit PriorDegreeController(ApplicationSession *session, StepContext *context,
                                   QObject *parent = nullptr);
    ~PriorDegreeController() override;

    [[nodiscard]] QString name() const { return m_name; }
    void setName(const QString &name);
    [[nodiscard]] QString idNumber() const { return m_idNumber; }
    void setIdNumber(const QString &idNumber);
    [[nodiscard]] QString diplomaNumber() const { return m_diplomaNumber; }
    void setDiplomaNumber(const QString &number);
    [[nodiscard]] QString school() const { return m_school; }
    void setSchool(const QString &school);
    [[nodiscard]] int graduationYear() const { return m_year; }
    void setGraduationYear(int year);
    [[nodiscard]] int graduationMonth() const { return m_month; }
    void setGraduationMonth(int month);
    [[nodiscard]] int graduationDay() const { return m_day; }
    void setGraduationDay(int day);
    [[nodiscard]] QString graduationDate() const;
    [[nodiscard]] QVariantList yearChoices() const;
    [[nodiscard]] bool identityChanged() const { return m_identityChanged; }
    void setIdentityChanged(bool changed);

    [[nodiscard]] QString checkMessage() const;
    [[nodiscard]] bool isEditable() const override;
    [[nodiscard]] PhotoSlot *diploma() const { return m_diploma; }
    [[nodiscard]] PhotoSlot *registrationRecord() const { return m_registrationRecord; }
    [[nodiscard]] PhotoSlot *identityChange() const { return m_identityChange; }

    [[nodiscard]] QVariantMap errors() const override;
    [[nodiscard]] QVariantMap warnings() const;
    [[nodiscard]] QVariantList fieldProblems() const override;

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QVariantMap summary() const override;
    [[nodiscard]] QStringList problems() const override;
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;
    void leave() override;
    void retranslate() override;
    [[nodiscard]] bool isReadOnly() const override { return !isEditable(); }

    /** The section as PUT …/prior-degree takes it (normalised values). */
    [[nodiscard]] QJsonObject payload() const;
    /** Fixes "today" for the date rules (tests); a null date means the real day in China. */
    void setToday(QDate today);

Q_SIGNALS:
    /** The server's application changed: check message or editability. */
    void serverChanged();

private:
    /** One field's message: what is wrong (local rules first, then the server's refusal). */
    struct Finding
    {
        QString field;
        QString message;
    };

    [[nodiscard]] QDate today() const;
    [[nodiscard]] QDate graduation() const;
    [[nodiscard]] QList<Finding> findings() const;
    [[nodiscard]] QString fieldLabel(const QString &field) const;
    [[nodiscard]] QString slotMessage(const PhotoSlot *slot, const QString &what) const;
    [[nodiscard]] bool fieldsValid() const;
    /** Whether the candidate entered anything only they can know (not the prefilled identity). */
    [[nodiscard]] bool hasOwnContent() const;
    void setText(QString &member, const QString &value, const QString &field);
    void setDatePart(int &member, int value);
    void prefillFromProfile();
    void takeServerContent();
    void adoptServerSection(const QJsonObject &stored);
    void onServerFieldErrors(const QList<zkgrad::net::FieldError> &errors);
    void updateSlotTexts();
    void updateSlotsEditable();

    QPointer<ApplicationSession> m_session;
    /** Editability, the server's copy, its refusals by field, the write if changed. */
    SectionLink m_link;
    PhotoSlot *m_diploma;
    PhotoSlot *m_registrationRecord;
    PhotoSlot *m_identityChange;
    QString m_name;
    QString m_idNumber;
    QString m_diplomaNumber;
    QString m_school;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    bool m_identityChanged = false;
    QDate m_today;
};
