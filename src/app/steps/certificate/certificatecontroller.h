#pragma once

#include "wizard/stepcontroller.h"
#include "workingdays.h"

#include <QDate>
#include <QJsonObject>
#include <QPointer>
#include <QVariantList>
#include <QtQmlIntegration>

class ApplicationSession;
class StepContext;

/** The certificate step (领取毕业证): the earliest collection date and where to collect. */
class CertificateController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(bool approved READ approved NOTIFY changed)
    Q_PROPERTY(QString approvalDateText READ approvalDateText NOTIFY changed)
    Q_PROPERTY(QString collectionDateText READ collectionDateText NOTIFY changed)
    Q_PROPERTY(bool estimate READ estimate NOTIFY changed)
    Q_PROPERTY(QString estimateNote READ estimateNote NOTIFY changed)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY changed)
    Q_PROPERTY(QString collectionPlace READ collectionPlace NOTIFY changed)
    Q_PROPERTY(QString schoolInfo READ schoolInfo NOTIFY changed)
    Q_PROPERTY(QString degreeNote READ degreeNote NOTIFY changed)

public:
    /** Working days after the city's approval before the certificate can be collected. */
    static constexpr int WorkingDaysToCollection = 30;

    explicit CertificateController(ApplicationSession *session, StepContext *context,
                                   QObject *parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QStringList problems() const override;
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;

    [[nodiscard]] bool isEditable() const override { return false; }
    [[nodiscard]] bool approved() const { return m_approval.isValid(); }
    [[nodiscard]] QDate approvalDate() const { return m_approval; }
    [[nodiscard]] QString approvalDateText() const;
    [[nodiscard]] QDate collectionDate() const { return m_result.date; }
    [[nodiscard]] QString collectionDateText() const;
    [[nodiscard]] bool estimate() const { return m_result.estimate; }
    [[nodiscard]] QString estimateNote() const;
    [[nodiscard]] QString schoolName() const;
    [[nodiscard]] QString collectionPlace() const;
    /** The school's certificateInfo from GET /schools; empty until loaded. */
    [[nodiscard]] QString schoolInfo() const { return m_schoolInfo; }
    [[nodiscard]] QString degreeNote() const;

    /** The earliest collection date: 30 working days after @p approval in @p calendar. */
    [[nodiscard]] static zkgrad::WorkingDaysResult
    earliestCollection(QDate approval, const zkgrad::HolidayCalendar &calendar);
    /** "2027年2月3日（星期三）" style, in the UI language. */
    [[nodiscard]] static QString formatDate(QDate date);

    /** Uses @p calendar instead of the built-in one (tests: a calendar without some years). */
    void setCalendar(const zkgrad::HolidayCalendar *calendar);

    /** Takes @p application (docs/api.md) as the server's (the session feeds every change). */
    void setApplication(const QJsonObject &application);
    /** Asks the server for the school's certificate information (on opening the page). */
    Q_INVOKABLE void loadSchoolInfo();
    /** Opening the step fetches where and when to collect the certificate. */
    void enter() override { loadSchoolInfo(); }

private:
    void recompute();

    QPointer<ApplicationSession> m_session;
    const zkgrad::HolidayCalendar *m_calendar;
    QJsonObject m_application;
    QDate m_approval;
    zkgrad::WorkingDaysResult m_result;
    QString m_schoolInfo;
};
