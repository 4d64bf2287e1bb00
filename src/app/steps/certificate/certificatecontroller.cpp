#include "steps/certificate/certificatecontroller.h"

#include "session/applicationsession.h"

#include <QJsonArray>

using zkgrad::HolidayCalendar;
using zkgrad::WorkingDaysResult;
using zkgrad::net::ApiResult;

CertificateController::CertificateController(ApplicationSession *session, StepContext * /*context*/,
                                             QObject *parent)
    : StepController(parent)
    , m_session(session)
    , m_calendar(&HolidayCalendar::builtIn())
{
    if (m_session) {
        connect(m_session, &ApplicationSession::applicationChanged, this,
                [this] { setApplication(m_session->application()); });
        m_application = m_session->application();
        recompute();
    }
}

bool CertificateController::isComplete() const
{
    return approved();
}

QStringList CertificateController::problems() const
{
    if (approved())
        return {};
    return { tr("The collection date is known once the city self-study examination office "
                "approves the application.") };
}

QJsonObject CertificateController::toJson() const
{
    // Everything shown here comes from the server.
    return {};
}

void CertificateController::fromJson(const QJsonObject &json)
{
    Q_UNUSED(json)
}

WorkingDaysResult CertificateController::earliestCollection(QDate approval,
                                                            const HolidayCalendar &calendar)
{
    if (!approval.isValid())
        return {};
    return calendar.addWorkingDays(approval, WorkingDaysToCollection);
}

QString CertificateController::formatDate(QDate date)
{
    if (!date.isValid())
        return {};
    static const char *const weekdays[] = {
        QT_TR_NOOP("Monday"),   QT_TR_NOOP("Tuesday"), QT_TR_NOOP("Wednesday"),
        QT_TR_NOOP("Thursday"), QT_TR_NOOP("Friday"),  QT_TR_NOOP("Saturday"),
        QT_TR_NOOP("Sunday"),
    };
    return tr("%1 (%2)").arg(date.toString(Qt::ISODate), tr(weekdays[date.dayOfWeek() - 1]));
}

QString CertificateController::approvalDateText() const
{
    return formatDate(m_approval);
}

QString CertificateController::collectionDateText() const
{
    return formatDate(m_result.date);
}

QString CertificateController::estimateNote() const
{
    if (!m_result.estimate)
        return {};
    QStringList years;
    for (int year : m_result.yearsWithoutData)
        years.append(QString::number(year));
    return tr("This date is an estimate: the official holidays for %1 have not been published "
              "in the app yet, so only weekends were skipped for that year. The real date may "
              "be later.")
        .arg(years.join(QStringLiteral(", ")));
}

QString CertificateController::schoolName() const
{
    return m_application.value(QStringLiteral("school"))
        .toObject()
        .value(QStringLiteral("name"))
        .toString();
}

QString CertificateController::collectionPlace() const
{
    const QString school = schoolName();
    if (school.isEmpty())
        return tr("Collect the graduation certificate as your examining school announces it: "
                  "watch its announcements (主考学校公告) for the place and time.");
    return tr("Collect the graduation certificate as %1 announces it: watch its announcements "
              "(主考学校公告) for the place and time.")
        .arg(school);
}

QString CertificateController::degreeNote() const
{
    return tr("This is about the graduation certificate (毕业证书) only. A bachelor's degree "
              "certificate (学位证) is handled by the degree-granting school: ask that school "
              "whether and how to apply.");
}

void CertificateController::setCalendar(const HolidayCalendar *calendar)
{
    m_calendar = calendar ? calendar : &HolidayCalendar::builtIn();
    recompute();
    Q_EMIT changed();
}

void CertificateController::setApplication(const QJsonObject &application)
{
    const bool schoolChanged = application.value(QStringLiteral("school")).toObject()
        != m_application.value(QStringLiteral("school")).toObject();
    m_application = application;
    if (schoolChanged)
        m_schoolInfo.clear();
    recompute();
    Q_EMIT changed();
}

void CertificateController::recompute()
{
    const auto record = zkgrad::ApplicationRecord::fromJson(m_application);
    m_approval = record.is(zkgrad::Workflow::State::Approved) ? record.approvalDate() : QDate();
    m_result = earliestCollection(m_approval, *m_calendar);
}

void CertificateController::loadSchoolInfo()
{
    const QString code = zkgrad::ApplicationRecord::fromJson(m_application).schoolCode();
    if (!m_session || code.isEmpty())
        return;
    QPointer<CertificateController> self(this);
    m_session->schools([self, code, this](const ApiResult &r) {
        if (!self || !r.ok())
            return;
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        for (const QJsonValue v : items) {
            const QJsonObject school = v.toObject();
            if (school.value(QStringLiteral("code")).toString() != code)
                continue;
            m_schoolInfo = school.value(QStringLiteral("certificateInfo")).toString();
            Q_EMIT changed();
            return;
        }
    });
}
