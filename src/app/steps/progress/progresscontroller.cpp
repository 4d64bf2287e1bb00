#include "steps/progress/progresscontroller.h"

#include "displaytext.h"
#include "session/applicationsession.h"
#include "session/reviewtexts.h"
#include "wizard/step.h"
#include "wizard/stepcontext.h"

#include <QDateTime>
#include <QJsonArray>

using zkgrad::ApplicationRecord;
using zkgrad::Workflow;

namespace {

constexpr int kDefaultPollMs = 60 * 1000;

} // namespace

ProgressController::ProgressController(ApplicationSession *session, StepContext *context,
                                       QObject *parent)
    : StepController(parent)
    , m_session(session)
    , m_context(context)
{
    m_timer.setInterval(kDefaultPollMs);
    connect(&m_timer, &QTimer::timeout, this, &ProgressController::refresh);
    // The refresh line says whether a retry is scheduled.
    connect(this, &ProgressController::pollingChanged, this, &ProgressController::refreshChanged);
    connect(this, &StepController::changed, this, &ProgressController::fixChanged);
    m_context->onNavigationChanged(this, [this] { Q_EMIT fixChanged(); });
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
        connect(m_session, &ApplicationSession::reviewStateChanged, this,
                &ProgressController::announceState);
        m_record = m_session->record();
        if (m_session->hasApplication())
            m_updatedAt = QDateTime::currentDateTime();
    }
    updatePolling();
}

QString ProgressController::state() const
{
    const auto state = m_record.state();
    return state ? Workflow::stateName(*state) : QString();
}

QString ProgressController::stateText() const
{
    return ReviewTexts::stateText(m_record.state());
}

bool ProgressController::isComplete() const
{
    // Next leads to the payment, which opens once the school approved.
    return Workflow::schoolStage(m_record.state().value_or(Workflow::State::Draft))
        == Workflow::StageStatus::Passed;
}

QString ProgressController::stageText() const
{
    // The whole review, not only the school's part that completes this step: "done" at the
    // payment stage, or after the city failed the application, would not be true.
    const std::optional<Workflow::State> state = m_record.state();
    if (!state)
        return {};
    if (*state == Workflow::State::Approved)
        return tr("approved");
    if (*state == Workflow::State::Failed)
        return tr("not approved");
    if (rejected())
        return tr("sent back");
    // Approved by the school: the fee comes before the city's review, and the list says which
    // one the candidate waits for (it said "city review to come" while the fee was unpaid).
    if (isComplete())
        return Workflow::isPayable(*state) ? tr("school approved, fee to pay")
                                           : tr("school approved, city review to come");
    return tr("under review");
}

bool ProgressController::isStageFailed() const
{
    return m_record.is(Workflow::State::Failed);
}

bool ProgressController::isWaiting() const
{
    return !isComplete() && !rejected() && m_record.state().has_value();
}

QStringList ProgressController::problems() const
{
    if (isComplete())
        return {};
    if (rejected())
        return { tr("The examining school rejected the application: fix what the reason names "
                    "and submit it again.") };
    if (!m_record.state())
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
    // A draft is read for a new start: a restart, another candidate signing in, a kiosk wipe.
    // The banner about the previous application's state must not greet the next person.
    dismissAnnouncement();
}

QVariantList ProgressController::stages() const
{
    QVariantList out;
    for (const Workflow::Stage stage : Workflow::allStages()) {
        const ApplicationRecord::Stage s = m_record.stage(stage);
        using Status = Workflow::StageStatus;
        const QString tone = s.status == Status::Rejected || s.status == Status::Failed
            ? QStringLiteral("danger")
            : s.status == Status::Passed || s.status == Status::Paid ? QStringLiteral("success")
                                                                     : QString();
        out.append(QVariantMap {
            { QStringLiteral("key"), Workflow::stageName(stage) },
            { QStringLiteral("status"), Workflow::stageStatusName(s.status) },
            { QStringLiteral("title"), ReviewTexts::stageTitle(stage) },
            { QStringLiteral("statusText"), ReviewTexts::stageStatusText(stage, s.status) },
            { QStringLiteral("date"), ReviewTexts::beijingDate(s.at) },
            { QStringLiteral("tone"), tone },
        });
    }
    return out;
}

QString ProgressController::rejectionReason() const
{
    const auto rejection = m_record.openRejection();
    return rejection ? rejection->reason : QString();
}

QString ProgressController::rejectionAdvice() const
{
    const auto rejection = m_record.openRejection();
    if (!rejection)
        return {};
    if (rejection->category == Workflow::RejectionCategory::PriorDegree)
        return tr("The reason concerns your prior degree (前置学历): correct the prior-degree "
                  "details and images, then submit the application again.");
    const int step = stepForRejection(*rejection);
    const QString title = m_context->step(Step::Id(step))->title();
    return tr("Correct what the reason names in \"%1\" (you may also update the situation "
              "note), then submit the application again.")
        .arg(title);
}

QString ProgressController::fixLabel() const
{
    if (!rejected())
        return {};
    const int step = fixStep();
    if (step < 0)
        return {};
    const Step *target = m_context->step(Step::Id(step));
    // No way to offer when the step does not apply (e.g. a prior-degree rejection although
    // the automatic check passed): the advice text still says what to do.
    if (!target->applicable())
        return {};
    return tr("Go to \"%1\"").arg(target->title());
}

int ProgressController::stepForRejection(const ApplicationRecord::Rejection &rejection)
{
    if (rejection.category == Workflow::RejectionCategory::PriorDegree)
        return Step::PriorDegree;
    // The first named section that is not the note: the note may always be updated as well.
    for (const Workflow::Section section : rejection.sections) {
        if (section != Workflow::Section::Note)
            return Step::forSection(section);
    }
    return Step::Materials;
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
    // Beijing time, labelled: the stage dates beside it are the authority's (Beijing) dates.
    const QString when = zkgrad::DisplayText::beijingTimeLabelled(
        m_updatedAt, zkgrad::DisplayText::inBeijing(QDateTime::currentDateTime()).date());
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
    if (!m_record.is(Workflow::State::Failed))
        return {};
    const QString reason = m_record.failureReason();
    QStringList lines;
    lines << (reason.isEmpty()
                  ? tr("The city self-study examination office did not approve the application.")
                  : tr("Reason given by the city self-study examination office: %1").arg(reason));
    const auto refund = m_record.refund();
    const QString note = refund ? refund->note : QString();
    const qint64 fen = refund ? refund->amountFen : -1;
    const QString text =
        note.isEmpty() ? tr("The fee is refunded after this round of applications.") : note;
    lines << (fen >= 0 ? tr("Refund of %1: %2").arg(ReviewTexts::formatFen(fen), text) : text);
    return lines.join(QLatin1Char('\n'));
}

int ProgressController::fixStep() const
{
    if (!rejected())
        return -1;
    // A rejection the server sent without details still has a way back: the materials step.
    return stepForRejection(m_record.openRejection().value_or(ApplicationRecord::Rejection()));
}

bool ProgressController::openFix()
{
    if (!rejected())
        return false;
    return m_context->goTo(fixStep());
}

void ProgressController::dismissAnnouncement()
{
    if (m_announcement.isEmpty())
        return;
    m_announcement.clear();
    Q_EMIT announcementChanged();
}

void ProgressController::setApplication(const QJsonObject &application)
{
    m_record = ApplicationRecord::fromJson(application);
    updatePolling();
    Q_EMIT changed();
}

void ProgressController::announceState(Workflow::State from, Workflow::State to)
{
    Q_UNUSED(from)
    // Submitting is the candidate's own act, and the check page confirms it: a banner saying
    // so as well is news of nothing. What the reviewers (or a payment) change is announced.
    if (to == Workflow::State::Submitted || to == Workflow::State::Resubmitted)
        return;
    m_announcement =
        tr("The status of your application changed: %1.").arg(ReviewTexts::stateText(to));
    Q_EMIT announcementChanged();
}

void ProgressController::updatePolling()
{
    const auto state = m_record.state();
    const bool wanted = m_session && m_session->signedIn()
        && ((state && Workflow::awaitsReview(*state)) || m_refreshFailed);
    if (wanted == m_timer.isActive())
        return;
    if (wanted)
        m_timer.start();
    else
        m_timer.stop();
    Q_EMIT pollingChanged();
}
