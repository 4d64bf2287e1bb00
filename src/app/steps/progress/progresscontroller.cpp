#include "steps/progress/progresscontroller.h"

#include "session/applicationsession.h"
#include "steps/payment/paymentcontroller.h"
#include "wizard/step.h"
#include "wizard/wizardcontroller.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace {

constexpr int kDefaultPollMs = 60 * 1000;

const QString kSchoolReview = QStringLiteral("school-review");
const QString kPayment = QStringLiteral("payment");
const QString kCityReview = QStringLiteral("city-review");

/** States in which a reviewer (or the payment) may still move the application on. */
bool awaitsReview(const QString &state)
{
    static const QStringList waiting = {
        QStringLiteral("submitted"),       QStringLiteral("resubmitted"),
        QStringLiteral("school-approved"), QStringLiteral("paid"),
        QStringLiteral("city-review"),
    };
    return waiting.contains(state);
}

} // namespace

ProgressController::ProgressController(ApplicationSession *session, WizardController *wizard)
    : StepController(wizard)
    , m_session(session)
    , m_wizard(wizard)
{
    m_timer.setInterval(kDefaultPollMs);
    connect(&m_timer, &QTimer::timeout, this, &ProgressController::refresh);
    // The refresh line says whether a retry is scheduled.
    connect(this, &ProgressController::pollingChanged, this, &ProgressController::refreshChanged);
    if (m_session) {
        connect(m_session, &ApplicationSession::applicationChanged, this, [this] {
            // Every application the session takes came from the server just now (e.g. the
            // reads after signing in): whatever failed before is over.
            if (m_session->hasApplication()) {
                m_updatedAt = QDateTime::currentDateTime();
                m_refreshFailed = false;
                m_refreshError.clear();
                Q_EMIT refreshChanged();
            }
            setApplication(m_session->application());
        });
        connect(m_session, &ApplicationSession::refreshed, this, &ProgressController::onRefreshed);
        connect(m_session, &ApplicationSession::signedInChanged, this,
                &ProgressController::updatePolling);
        connect(m_session, &ApplicationSession::stateChanged, this,
                &ProgressController::announceState);
        m_application = m_session->application();
        if (m_session->hasApplication())
            m_updatedAt = QDateTime::currentDateTime();
    }
    updatePolling();
}

QString ProgressController::state() const
{
    return m_application.value(QStringLiteral("state")).toString();
}

bool ProgressController::isComplete() const
{
    // Next leads to the payment, which opens once the school approved.
    static const QStringList approved = {
        QStringLiteral("school-approved"), QStringLiteral("paid"),   QStringLiteral("city-review"),
        QStringLiteral("approved"),        QStringLiteral("failed"),
    };
    return approved.contains(state());
}

QString ProgressController::stageText() const
{
    if (isComplete() || state().isEmpty())
        return {};
    return rejected() ? tr("sent back") : tr("under review");
}

bool ProgressController::isWaiting() const
{
    return !isComplete() && !rejected() && !state().isEmpty();
}

QStringList ProgressController::problems() const
{
    if (isComplete())
        return {};
    if (rejected())
        return { tr("The examining school rejected the application: fix what the reason names "
                    "and submit it again.") };
    if (state().isEmpty())
        return { tr("The review status is not known yet: press \"Refresh\" once you are "
                    "connected to the server.") };
    return { tr("The examining school has not decided yet: the payment opens once it approves "
                "the application.") };
}

QJsonObject ProgressController::toJson() const
{
    // The review status belongs to the server; the draft keeps nothing of it.
    return {};
}

void ProgressController::fromJson(const QJsonObject &json)
{
    Q_UNUSED(json)
}

QVariantList ProgressController::stages() const
{
    QHash<QString, QJsonObject> byKey;
    const QJsonArray stages = m_application.value(QStringLiteral("stages")).toArray();
    for (const QJsonValue &v : stages)
        byKey.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject());
    QVariantList out;
    for (const QString &key : { kSchoolReview, kPayment, kCityReview }) {
        const QJsonObject stage = byKey.value(key);
        QString status = stage.value(QStringLiteral("status")).toString();
        if (status.isEmpty())
            status = QStringLiteral("not-started");
        out.append(QVariantMap {
            { QStringLiteral("key"), key },
            { QStringLiteral("title"), stageTitle(key) },
            { QStringLiteral("status"), status },
            { QStringLiteral("statusText"), statusText(key, status) },
            { QStringLiteral("date"), displayDate(stage.value(QStringLiteral("at")).toString()) },
        });
    }
    return out;
}

QJsonObject ProgressController::rejection() const
{
    return m_application.value(QStringLiteral("rejection")).toObject();
}

QString ProgressController::rejectionReason() const
{
    return rejected() ? rejection().value(QStringLiteral("reason")).toString() : QString();
}

static QStringList sectionsOf(const QJsonObject &rejection)
{
    QStringList out;
    const QJsonArray sections = rejection.value(QStringLiteral("sections")).toArray();
    for (const QJsonValue &v : sections)
        out.append(v.toString());
    return out;
}

QString ProgressController::rejectionAdvice() const
{
    if (!rejected())
        return {};
    const QJsonObject r = rejection();
    const QString category = r.value(QStringLiteral("category")).toString();
    if (category == QLatin1String("prior-degree"))
        return tr("The reason concerns your prior degree (前置学历): correct the prior-degree "
                  "details and images, then submit the application again.");
    const int step = stepForRejection(category, sectionsOf(r));
    const QString title = m_wizard ? m_wizard->step(Step::Id(step))->title() : QString();
    return tr("Correct what the reason names in \"%1\" (you may also update the situation "
              "note), then submit the application again.")
        .arg(title);
}

QString ProgressController::fixLabel() const
{
    if (!rejected() || !m_wizard)
        return {};
    const QJsonObject r = rejection();
    const int step =
        stepForRejection(r.value(QStringLiteral("category")).toString(), sectionsOf(r));
    const Step *target = m_wizard->step(Step::Id(step));
    // No way to offer when the step does not apply (e.g. a prior-degree rejection although
    // the automatic check passed): the advice text still says what to do.
    if (!target->applicable())
        return {};
    return tr("Go to \"%1\"").arg(target->title());
}

int ProgressController::stepForRejection(const QString &category, const QStringList &sections)
{
    if (category == QLatin1String("prior-degree"))
        return Step::PriorDegree;
    static const QHash<QString, int> steps = {
        { QStringLiteral("prior-degree"), Step::PriorDegree },
        { QStringLiteral("resume"), Step::Resume },
        { QStringLiteral("id-card"), Step::IdPhotos },
        { QStringLiteral("self-assessment"), Step::SelfAssessment },
        { QStringLiteral("signature"), Step::Signature },
        { QStringLiteral("note"), Step::Materials },
        { QStringLiteral("other-materials"), Step::Materials },
    };
    // The first named section that is not the note: the note may always be updated as well.
    int fallback = Step::Materials;
    for (const QString &section : sections) {
        if (!steps.contains(section))
            continue;
        if (section != QLatin1String("note"))
            return steps.value(section);
        fallback = steps.value(section);
    }
    return fallback;
}

QString ProgressController::stageTitle(const QString &key)
{
    if (key == kSchoolReview)
        return tr("Examining school's preliminary review (主考学校初审)");
    if (key == kPayment)
        return tr("Graduation review fee (缴纳毕业审定费)");
    if (key == kCityReview)
        return tr("City self-study examination office review (市自考办审核)");
    return key;
}

QString ProgressController::statusText(const QString &key, const QString &status)
{
    if (status == QLatin1String("not-started") || status.isEmpty())
        return tr("Not started");
    if (status == QLatin1String("in-progress"))
        return tr("Under review");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("passed"))
        return tr("Passed");
    if (status == QLatin1String("pending"))
        return tr("Awaiting payment");
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("refunded"))
        return tr("Refunded");
    if (status == QLatin1String("failed"))
        return key == kCityReview ? tr("Not approved") : tr("Failed");
    return status;
}

QString ProgressController::stateName(const QString &state)
{
    if (state == QLatin1String("draft"))
        return tr("Not submitted yet");
    if (state == QLatin1String("submitted"))
        return tr("Submitted: the examining school is reviewing it");
    if (state == QLatin1String("resubmitted"))
        return tr("Submitted again: the examining school is reviewing it");
    if (state == QLatin1String("rejected"))
        return tr("Rejected by the examining school");
    if (state == QLatin1String("school-approved"))
        return tr("Approved by the examining school: pay the graduation review fee");
    if (state == QLatin1String("paid") || state == QLatin1String("city-review"))
        return tr("Fee paid: the city self-study examination office is reviewing it");
    if (state == QLatin1String("approved"))
        return tr("Approved by the city self-study examination office");
    if (state == QLatin1String("failed"))
        return tr("Not approved by the city self-study examination office");
    return tr("Unknown");
}

QString ProgressController::displayDate(const QString &at)
{
    if (at.isEmpty())
        return {};
    const QDate plain = QDate::fromString(at, Qt::ISODate);
    if (plain.isValid() && at.size() == 10)
        return plain.toString(Qt::ISODate);
    const QDateTime utc = QDateTime::fromString(at, Qt::ISODate);
    if (!utc.isValid())
        return {};
    // The authority's calendar is Beijing time (UTC+8 all year, no daylight saving).
    return utc.toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
}

void ProgressController::setPollInterval(int ms)
{
    m_timer.setInterval(ms);
}

void ProgressController::refresh()
{
    if (!m_session)
        return;
    if (!m_refreshing) {
        m_refreshing = true;
        Q_EMIT refreshChanged();
    }
    m_session->refresh();
}

void ProgressController::onRefreshed(bool ok, const QString &error)
{
    m_refreshing = false;
    m_refreshFailed = !ok;
    m_refreshError = ok ? QString() : error;
    if (ok)
        m_updatedAt = QDateTime::currentDateTime();
    // A failed refresh is retried on the timer even when nobody is due to decide.
    updatePolling();
    Q_EMIT refreshChanged();
}

QString ProgressController::refreshText() const
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString when = !m_updatedAt.isValid() ? QString()
        : m_updatedAt.date() == now.date()
        ? m_updatedAt.toString(QStringLiteral("HH:mm"))
        : m_updatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (m_refreshing && !m_refreshFailed)
        return when.isEmpty()
            ? tr("Asking the server for the latest status…")
            : tr("Updated %1; asking the server for the latest status…").arg(when);
    if (!m_refreshFailed)
        return when.isEmpty() ? QString() : tr("Updated %1").arg(when);
    const QString reason =
        m_refreshError.isEmpty() ? tr("The server could not be reached.") : m_refreshError;
    const QString retry = polling()
        ? tr("Trying again automatically; you can also press \"Refresh\".")
        : tr("Press \"Refresh\" to try again.");
    if (when.isEmpty())
        return tr("Could not refresh. %1 The status is not known yet. %2").arg(reason, retry);
    return tr("Could not refresh. %1 Showing the status as of %2. %3").arg(reason, when, retry);
}

QString ProgressController::failureText() const
{
    if (state() != QLatin1String("failed"))
        return {};
    // The office's reason is the detail of the history entry that ended in "failed".
    QString reason;
    const QJsonArray history = m_application.value(QStringLiteral("history")).toArray();
    for (const QJsonValue &v : history) {
        if (v.toObject().value(QStringLiteral("to")).toString() == QLatin1String("failed"))
            reason = v.toObject().value(QStringLiteral("detail")).toString();
    }
    QStringList lines;
    lines << (reason.isEmpty()
                  ? tr("The city self-study examination office did not approve the application.")
                  : tr("Reason given by the city self-study examination office: %1").arg(reason));
    const QJsonObject refund = m_application.value(QStringLiteral("refund")).toObject();
    const QString note = refund.value(QStringLiteral("note")).toString();
    const qint64 fen = refund.value(QStringLiteral("amountFen")).toInteger(-1);
    const QString text =
        note.isEmpty() ? tr("The fee is refunded after this round of applications.") : note;
    lines << (fen >= 0 ? tr("Refund of %1: %2").arg(PaymentController::formatFen(fen), text)
                       : text);
    return lines.join(QLatin1Char('\n'));
}

int ProgressController::fixStep() const
{
    if (!rejected())
        return -1;
    const QJsonObject r = rejection();
    return stepForRejection(r.value(QStringLiteral("category")).toString(), sectionsOf(r));
}

bool ProgressController::openFix()
{
    if (!rejected() || !m_wizard)
        return false;
    const QJsonObject r = rejection();
    const int step =
        stepForRejection(r.value(QStringLiteral("category")).toString(), sectionsOf(r));
    return m_wizard->goTo(step);
}

void ProgressController::dismissAnnouncement()
{
    if (m_announcement.isEmpty())
        return;
    m_announcement.clear();
    Q_EMIT announcementChanged();
}

void ProgressController::showApplication(const QVariantMap &application)
{
    setApplication(QJsonObject::fromVariantMap(application));
}

void ProgressController::setApplication(const QJsonObject &application)
{
    m_application = application;
    updatePolling();
    Q_EMIT changed();
}

void ProgressController::announceState(const QString &from, const QString &to)
{
    Q_UNUSED(from)
    m_announcement = tr("The status of your application changed: %1.").arg(stateName(to));
    Q_EMIT announcementChanged();
}

void ProgressController::updatePolling()
{
    const bool wanted =
        m_session && m_session->signedIn() && (awaitsReview(state()) || m_refreshFailed);
    if (wanted == m_timer.isActive())
        return;
    if (wanted)
        m_timer.start();
    else
        m_timer.stop();
    Q_EMIT pollingChanged();
}
