#include "steps/payment/paymentcontroller.h"

#include "session/applicationsession.h"
#include "session/reviewtexts.h"

#include "paymentorder.h"

#include <QJsonArray>
#include <QLocale>

using zkgrad::ApplicationRecord;
using zkgrad::PaymentOrder;
using zkgrad::Workflow;
using zkgrad::net::ApiResult;

namespace {

constexpr int kDefaultPollMs = 3000;
const QString kOrderKey = QStringLiteral("orderId");

} // namespace

PaymentController::PaymentController(ApplicationSession *session, StepContext * /*context*/,
                                     QObject *parent)
    : StepController(parent)
    , m_session(session)
{
    m_poll.setInterval(kDefaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, &PaymentController::pollOnce);
    if (m_session) {
        connect(m_session, &ApplicationSession::applicationChanged, this,
                [this] { setApplication(m_session->application()); });
        m_record = m_session->record();
        m_state = stateFromApplication();
    }
}

bool PaymentController::isComplete() const
{
    return m_state == Paid || m_state == Refunded;
}

QStringList PaymentController::problems() const
{
    switch (m_state) {
    case Paid:
    case Refunded:
        return {};
    case NotPayable:
        return { tr("The fee can be paid only after the examining school approves the "
                    "application.") };
    case Waiting:
    case Creating:
        return { tr("The payment has not been confirmed yet: pay with the QR code or the link "
                    "and wait for the confirmation.") };
    default:
        return { tr("The graduation review fee is not paid yet: press \"Pay the fee\".") };
    }
}

QString PaymentController::stageText() const
{
    switch (m_state) {
    case Ready:
    case Error:
        return tr("to pay");
    case Creating:
    case Waiting:
        return tr("confirming the payment");
    case TimedOut:
        return tr("payment not confirmed");
    case Paid:
        return tr("paid");
    case Refunded:
        return tr("refund under way");
    case NotPayable:
        break;
    }
    return {};
}

QJsonObject PaymentController::toJson() const
{
    // Only the order's id: after a restart the app polls the same order instead of a new one.
    if (orderId().isEmpty())
        return {};
    return { { kOrderKey, orderId() } };
}

void PaymentController::fromJson(const QJsonObject &json)
{
    const QString id = json.value(kOrderKey).toString();
    if (!id.isEmpty() && orderId().isEmpty())
        m_order = { { QStringLiteral("id"), id } };
}

QString PaymentController::stateText() const
{
    switch (m_state) {
    case NotPayable:
        return tr("Not payable yet");
    case Ready:
        return tr("Not paid");
    case Creating:
        return tr("Preparing the payment order…");
    case Waiting:
        return checkFailed() ? tr("Checking the payment… the last check failed, retrying")
                             : tr("Waiting for the payment…");
    case TimedOut:
        return tr("No confirmation received yet");
    case Paid:
        return tr("Paid");
    case Refunded:
        return tr("Not approved; refund under way");
    case Error:
        return tr("The payment could not be prepared");
    }
    return {};
}

QString PaymentController::checkProblem() const
{
    if (m_checkError.isEmpty())
        return {};
    if (m_state == Waiting)
        return tr("The last check with the server failed: %1 The app keeps checking; the "
                  "order stays the same, so do not pay a second time.")
            .arg(m_checkError);
    return tr("The last check with the server failed: %1 Press \"Check again\" once the "
              "connection is back.")
        .arg(m_checkError);
}

void PaymentController::checked(const ApiResult &result)
{
    QString error;
    if (!result.ok()) {
        error = result.error.userMessage.isEmpty() ? tr("The server could not be reached.")
                                                   : result.error.userMessage;
    }
    if (error == m_checkError)
        return;
    m_checkError = error;
    Q_EMIT changed();
}

QString PaymentController::amountText() const
{
    qint64 fen = m_order.value(QStringLiteral("amountFen")).toInteger(-1);
    if (fen < 0 && m_session) {
        const QJsonObject batch = m_session->batch();
        fen = batch.value(QStringLiteral("fee"))
                  .toObject()
                  .value(QStringLiteral("amountFen"))
                  .toInteger(batch.value(QStringLiteral("feeFen")).toInteger(-1));
    }
    return fen < 0 ? QString() : ReviewTexts::formatFen(fen);
}

QString PaymentController::payUrl() const
{
    return m_state == Waiting || m_state == TimedOut
        ? m_order.value(QStringLiteral("payUrl")).toString()
        : QString();
}

QString PaymentController::qrText() const
{
    return m_state == Waiting || m_state == TimedOut
        ? m_order.value(QStringLiteral("qrText")).toString()
        : QString();
}

bool PaymentController::canPay() const
{
    const auto state = m_record.state();
    return (m_state == Ready || m_state == Error) && state && Workflow::isPayable(*state);
}

QString PaymentController::nextNote() const
{
    if (m_state == Paid) {
        if (m_record.is(Workflow::State::Approved))
            return tr("The city self-study examination office has approved your application.");
        return tr("Paid. Next, the city self-study examination office (市自考办) reviews your "
                  "application; follow it on the \"Review progress\" step.");
    }
    if (m_state == Refunded) {
        const auto refund = m_record.refund();
        const QString note = refund ? refund->note : QString();
        // The authority's note says when and to which account; our own sentence about the
        // refund would only say the same thing twice, so it stands in only without a note.
        if (!note.isEmpty()) {
            return tr("The city self-study examination office did not approve the application. "
                      "The examination authority's note on the refund: %1")
                .arg(note);
        }
        return tr("The city self-study examination office did not approve the application. The "
                  "fee is refunded after this round of applications.");
    }
    return {};
}

void PaymentController::setPollInterval(int ms)
{
    m_poll.setInterval(ms);
}

void PaymentController::setPollTimeout(int ms)
{
    m_timeoutMs = ms;
}

QString PaymentController::applicationId() const
{
    return m_record.id();
}

PaymentController::PayState PaymentController::stateFromApplication() const
{
    const auto state = m_record.state();
    if (!state)
        return NotPayable;
    switch (Workflow::paymentStage(*state)) {
    case Workflow::StageStatus::Paid:
        return Paid;
    case Workflow::StageStatus::Refunded:
        return Refunded;
    case Workflow::StageStatus::Pending:
        break;
    default:
        return NotPayable;
    }
    switch (PaymentOrder::statusOf(m_order)) {
    case PaymentOrder::Status::Paid:
        return Paid;
    case PaymentOrder::Status::Open:
        return Waiting;
    default:
        return Ready;
    }
}

void PaymentController::setState(PayState state, const QString &message)
{
    // A failed check only matters while the app is still checking an open order.
    const bool checking = state == Waiting || state == TimedOut;
    if (!checking && !m_checkError.isEmpty()) {
        m_checkError.clear();
        Q_EMIT changed();
    }
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT changed();
}

void PaymentController::setApplication(const QJsonObject &application)
{
    m_record = ApplicationRecord::fromJson(application);
    const PayState fromApp = stateFromApplication();
    // While an order is being made or watched, only a decided payment changes the page.
    const bool working =
        m_state == Creating || m_state == Waiting || m_state == TimedOut || m_state == Error;
    if (working && fromApp != Paid && fromApp != Refunded && fromApp != NotPayable) {
        Q_EMIT changed();
        return;
    }
    if (fromApp != Waiting)
        stopPolling();
    setState(fromApp);
    Q_EMIT changed();
    // Payable with no order known here (a restart, another device, the page opened before
    // signing in): look for the open order, so the page shows it instead of "Pay".
    if (fromApp == Ready && m_session && m_session->signedIn())
        open();
}

void PaymentController::setOrder(const QJsonObject &order)
{
    m_order = order;
    const PaymentOrder::Status status = PaymentOrder::statusOf(order);
    if (status == PaymentOrder::Status::Paid) {
        stopPolling();
        setState(Paid);
        // The application moved on (paid → city review): show it everywhere.
        if (m_session)
            m_session->refresh();
    } else if (status == PaymentOrder::Status::Refunded) {
        stopPolling();
        setState(Refunded);
    } else if (status == PaymentOrder::Status::Open) {
        if (m_state != TimedOut)
            setState(Waiting);
        if (m_state == Waiting)
            startPolling();
    }
    Q_EMIT changed();
}

void PaymentController::fail(const ApiResult &result)
{
    QString text = result.error.userMessage;
    if (text.isEmpty())
        text = tr("The server could not be reached. Check the connection and try again.");
    setState(Error, tr("The payment order could not be prepared: %1").arg(text));
}

void PaymentController::pay()
{
    if (!canPay())
        return;
    setState(Creating);
    QPointer<PaymentController> self(this);
    const bool sent = m_session && m_session->createPayment([self, this](const ApiResult &r) {
        if (!self)
            return;
        if (r.ok()) {
            setState(Ready);
            setOrder(r.json);
            return;
        }
        if (r.error.code == QLatin1String("not-payable")) {
            // Paid already (or no longer payable): read the order instead of making one.
            setState(Ready);
            open();
            if (m_session)
                m_session->refresh();
            return;
        }
        fail(r);
    });
    if (!sent) // the session says why it could not ask: no server, sign-in or application
        setState(Error,
                 tr("Not connected to the examination authority's server: sign in "
                    "again, then press \"Pay the fee\"."));
}

void PaymentController::open()
{
    if (!m_session || applicationId().isEmpty() || m_requestInFlight)
        return;
    if (stateFromApplication() == NotPayable)
        return;
    QPointer<PaymentController> self(this);
    m_requestInFlight = true;
    const bool sent = m_session->payments([self, this](const ApiResult &r) {
        if (!self)
            return;
        m_requestInFlight = false;
        checked(r);
        if (!r.ok())
            return;
        // The newest order tells: an open one is reused, a paid one ends the step.
        QJsonObject chosen;
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        for (const QJsonValue v : items) {
            const QJsonObject order = v.toObject();
            const PaymentOrder::Status status = PaymentOrder::statusOf(order);
            if (status == PaymentOrder::Status::Open || status == PaymentOrder::Status::Paid
                || chosen.isEmpty())
                chosen = order;
            if (status == PaymentOrder::Status::Paid)
                break;
        }
        if (!chosen.isEmpty())
            setOrder(chosen);
    });
    if (!sent)
        m_requestInFlight = false;
}

void PaymentController::checkAgain()
{
    if (m_state == TimedOut)
        setState(Waiting);
    if (m_state == Error && !orderId().isEmpty())
        setState(Waiting);
    if (m_state == Waiting)
        startPolling();
    pollOnce();
}

void PaymentController::startPolling()
{
    if (m_poll.isActive())
        return;
    m_pollingSince.start();
    m_poll.start();
}

void PaymentController::stopPolling()
{
    m_poll.stop();
}

void PaymentController::pollOnce()
{
    if (m_state != Waiting || orderId().isEmpty())
        return;
    if (m_pollingSince.isValid() && m_pollingSince.elapsed() >= m_timeoutMs) {
        stopPolling();
        setState(TimedOut,
                 tr("No payment confirmation has arrived in %1 minutes. If you have paid, press "
                    "\"Check again\"; do not pay a second time: the same order is used.")
                     .arg(qMax(1, m_timeoutMs / 60000)));
        return;
    }
    if (m_requestInFlight)
        return;
    m_requestInFlight = true;
    QPointer<PaymentController> self(this);
    const bool sent = m_session && m_session->payment(orderId(), [self, this](const ApiResult &r) {
        if (!self)
            return;
        m_requestInFlight = false;
        // A failed poll is retried at the next tick (the timeout still applies); the page
        // says so instead of looking as if it were still waiting normally.
        checked(r);
        if (r.ok())
            setOrder(r.json);
    });
    if (!sent) {
        m_requestInFlight = false;
        zkgrad::net::ApiError error;
        error.kind = zkgrad::net::ApiError::Kind::Network;
        error.userMessage = tr("Not connected to the examination authority's server.");
        checked(ApiResult::failure(error));
    }
}
