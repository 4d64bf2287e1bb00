#pragma once

#include "applicationrecord.h"
#include "wizard/stepcontroller.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQmlIntegration>

namespace zkgrad::testing {
class Access;
}
namespace zkgrad::net {
struct ApiResult;
}
class ApplicationSession;
class StepContext;

/** The payment step (交费): the one open order, its QR code, and polling until it is paid. */
class PaymentController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    // Qualified: Qt 6.8 moc names the type outside the class for an inherited NOTIFY signal.
    Q_PROPERTY(PaymentController::PayState payState READ payState NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString amountText READ amountText NOTIFY changed)
    Q_PROPERTY(QString orderId READ orderId NOTIFY changed)
    Q_PROPERTY(QString payUrl READ payUrl NOTIFY changed)
    Q_PROPERTY(QString qrText READ qrText NOTIFY changed)
    Q_PROPERTY(bool canPay READ canPay NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString nextNote READ nextNote NOTIFY changed)
    /** The last check with the server failed (polling goes on); see checkProblem. */
    Q_PROPERTY(bool checkFailed READ checkFailed NOTIFY changed)
    /** Why the last check failed and that it is retried; empty when it did not fail. */
    Q_PROPERTY(QString checkProblem READ checkProblem NOTIFY changed)

public:
    /** Where the payment stands, as the page shows it. */
    enum PayState {
        NotPayable, ///< The school has not approved (or the state is unknown).
        Ready, ///< May pay; no order yet.
        Creating, ///< Asking the server for the order.
        Waiting, ///< An open order: polling until it is paid.
        TimedOut, ///< Polling gave up; the order may still be paid later.
        Paid,
        Refunded, ///< The city review failed; the fee goes back after the round.
        Error, ///< The last call failed; see message.
    };
    Q_ENUM(PayState)

    explicit PaymentController(ApplicationSession *session, StepContext *context,
                               QObject *parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QStringList problems() const override;
    [[nodiscard]] QString stageText() const override;
    /** The city did not approve: the fee goes back, which is no success to tick. */
    [[nodiscard]] bool isStageFailed() const override { return m_state == Refunded; }
    [[nodiscard]] bool isWaiting() const override
    {
        return m_state == Waiting || m_state == Creating;
    }
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;

    [[nodiscard]] bool isEditable() const override { return false; }
    [[nodiscard]] PayState payState() const { return m_state; }
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString message() const { return m_message; }
    /** The fee from the order, else from the batch ("¥50.00"); empty when unknown. */
    [[nodiscard]] QString amountText() const;
    [[nodiscard]] QString orderId() const { return m_order.value(QStringLiteral("id")).toString(); }
    [[nodiscard]] QString payUrl() const;
    [[nodiscard]] QString qrText() const;
    [[nodiscard]] bool canPay() const;
    [[nodiscard]] bool busy() const { return m_state == Creating; }
    /** What happens next: the city review after paying, the refund after a failed review. */
    [[nodiscard]] QString nextNote() const;
    [[nodiscard]] bool checkFailed() const { return !m_checkError.isEmpty(); }
    [[nodiscard]] QString checkProblem() const;

    /** How often an open order is polled (3 s) and when polling gives up (10 min). */
    void setPollInterval(int ms);
    void setPollTimeout(int ms);
    [[nodiscard]] bool polling() const { return m_poll.isActive(); }

    /** Creates the order, or gets the open one back: the server never makes two. */
    Q_INVOKABLE void pay();
    /** Polls again after a timeout or an error (the candidate says they paid). */
    Q_INVOKABLE void checkAgain();
    /** Looks for an existing order of the application (on opening the page). */
    Q_INVOKABLE void open();
    /** Opening the step finds or makes the order. */
    void enter() override { open(); }
    /** Takes @p application (docs/api.md) as the server's (the session feeds every change). */
    void setApplication(const QJsonObject &application);

private:
    // Tests (tests/common/testaccess.h) show an order as if the server had answered.
    friend class zkgrad::testing::Access;

    /** Takes @p order (docs/api.md "Payments") as the server's answer. */
    void setOrder(const QJsonObject &order);
    void setState(PayState state, const QString &message = {});
    void pollOnce();
    void startPolling();
    void stopPolling();
    void fail(const zkgrad::net::ApiResult &result);
    /** Records the outcome of a read (poll or order lookup); a failure is shown, not hidden. */
    void checked(const zkgrad::net::ApiResult &result);
    [[nodiscard]] QString applicationId() const;
    [[nodiscard]] PayState stateFromApplication() const;

    QPointer<ApplicationSession> m_session;
    zkgrad::ApplicationRecord m_record;
    QJsonObject m_order;
    PayState m_state = NotPayable;
    QString m_message;
    QTimer m_poll;
    QElapsedTimer m_pollingSince;
    int m_timeoutMs = 10 * 60 * 1000;
    bool m_requestInFlight = false;
    QString m_checkError; ///< why the last poll failed; empty after a good answer
};
