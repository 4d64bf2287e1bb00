#include "session/reviewtexts.h"
#include "steps/payment/paymentcontroller.h"
#include "wizard/wizardcontroller.h"

#include "testaccess.h"

#include <QSignalSpy>
#include <QTest>

using zkgrad::testing::Access;

/** The payment step without a server: states from the application and the order, polling limits. */
class TestPaymentController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notPayableBeforeSchoolApproval();
    void payableAfterSchoolApproval();
    void openOrderShowsQrAndLink();
    void paidOrderCompletesAndSaysCityReviewIsNext();
    void pollingGivesUpWithAMessage();
    void failedCityReviewSaysRefund();
    void payWithoutServerExplains();
    void draftKeepsTheOrder();
    void formatsFen();
    void stepListNamesTheStage();
};

static QJsonObject app(const QString &state)
{
    return { { QStringLiteral("id"), QStringLiteral("app_1") },
             { QStringLiteral("state"), state } };
}

static QJsonObject order(const QString &status)
{
    return { { QStringLiteral("id"), QStringLiteral("ord_1") },
             { QStringLiteral("applicationId"), QStringLiteral("app_1") },
             { QStringLiteral("amountFen"), 5000 },
             { QStringLiteral("status"), status },
             { QStringLiteral("payUrl"), QStringLiteral("http://127.0.0.1:1/sandbox/pay/ord_1") },
             { QStringLiteral("qrText"), QStringLiteral("http://127.0.0.1:1/sandbox/pay/ord_1") } };
}

void TestPaymentController::notPayableBeforeSchoolApproval()
{
    WizardController wizard(nullptr);
    PaymentController *p = wizard.payment();
    p->setApplication(app(QStringLiteral("submitted")));
    QCOMPARE(p->payState(), PaymentController::NotPayable);
    QVERIFY(!p->canPay());
    QVERIFY(!p->isComplete());
    QVERIFY(p->problems().constFirst().contains(QStringLiteral("examining school approves")));
    QVERIFY(p->qrText().isEmpty());
}

void TestPaymentController::payableAfterSchoolApproval()
{
    WizardController wizard(nullptr);
    PaymentController *p = wizard.payment();
    p->setApplication(app(QStringLiteral("school-approved")));
    QCOMPARE(p->payState(), PaymentController::Ready);
    QVERIFY(p->canPay());
    QVERIFY(p->problems().constFirst().contains(QStringLiteral("not paid")));
}

void TestPaymentController::openOrderShowsQrAndLink()
{
    WizardController wizard(nullptr);
    PaymentController *p = wizard.payment();
    p->setApplication(app(QStringLiteral("school-approved")));
    p->setPollInterval(3600 * 1000); // no tick during the test
    Access::showOrder(*p, order(QStringLiteral("open")));
    QCOMPARE(p->payState(), PaymentController::Waiting);
    QVERIFY(p->polling());
    QVERIFY(!p->canPay()); // one order: no second "pay" while it is open
    QCOMPARE(p->amountText(), QStringLiteral("¥50.00"));
    QVERIFY(p->qrText().endsWith(QStringLiteral("/sandbox/pay/ord_1")));
    QCOMPARE(p->payUrl(), p->qrText());
    // The application refreshed while waiting does not lose the order.
    p->setApplication(app(QStringLiteral("school-approved")));
    QCOMPARE(p->payState(), PaymentController::Waiting);
}

void TestPaymentController::paidOrderCompletesAndSaysCityReviewIsNext()
{
    WizardController wizard(nullptr);
    PaymentController *p = wizard.payment();
    p->setApplication(app(QStringLiteral("school-approved")));
    p->setPollInterval(3600 * 1000);
    Access::showOrder(*p, order(QStringLiteral("open")));
    Access::showOrder(*p, order(QStringLiteral("paid")));
    QCOMPARE(p->payState(), PaymentController::Paid);
    QVERIFY(!p->polling());
    QVERIFY(p->isComplete());
    QVERIFY(p->qrText().isEmpty());
    QVERIFY(p->nextNote().contains(QStringLiteral("city self-study examination office")));
    // The application moving on to the city review keeps it paid.
    p->setApplication(app(QStringLiteral("city-review")));
    QCOMPARE(p->payState(), PaymentController::Paid);
}

void TestPaymentController::pollingGivesUpWithAMessage()
{
    WizardController wizard(nullptr);
    PaymentController *p = wizard.payment();
    p->setApplication(app(QStringLiteral("school-approved")));
    p->setPollInterval(5);
    p->setPollTimeout(0);
    Access::showOrder(*p, order(QStringLiteral("open")));
    QTRY_COMPARE(p->payState(), PaymentController::TimedOut);
    QVERIFY(!p->polling());
    QVERIFY(p->message().contains(QStringLiteral("do not pay a second time")));
    // The order stays visible: the candidate may still pay it.
    QVERIFY(!p->qrText().isEmpty());
    p->setPollTimeout(3600 * 1000);
    p->checkAgain();
    QCOMPARE(p->payState(), PaymentController::Waiting);
    QVERIFY(p->polling());
}

void TestPaymentController::failedCityReviewSaysRefund()
{
    WizardController wizard(nullptr);
    PaymentController *p = wizard.payment();
    QJsonObject failed = app(QStringLiteral("failed"));
    failed.insert(QStringLiteral("refund"),
                  QJsonObject { { QStringLiteral("amountFen"), 5000 },
                                { QStringLiteral("note"), QStringLiteral("退回原交费账号") } });
    p->setApplication(failed);
    QCOMPARE(p->payState(), PaymentController::Refunded);
    // The authority's note says how the fee comes back; ours is not repeated beside it.
    QVERIFY(p->nextNote().contains(QStringLiteral("退回原交费账号")));
    QVERIFY2(!p->nextNote().contains(QStringLiteral("refunded after this round")),
             qPrintable(p->nextNote()));
    // Without a note, our own sentence says it.
    failed.insert(QStringLiteral("refund"), QJsonObject { { QStringLiteral("amountFen"), 5000 } });
    p->setApplication(failed);
    QVERIFY(p->nextNote().contains(QStringLiteral("refunded after this round")));
}

void TestPaymentController::payWithoutServerExplains()
{
    WizardController wizard(nullptr);
    PaymentController *p = wizard.payment();
    p->setApplication(app(QStringLiteral("school-approved")));
    p->pay();
    QCOMPARE(p->payState(), PaymentController::Error);
    QVERIFY(p->message().contains(QStringLiteral("sign in")));
    QVERIFY(p->canPay()); // may try again
}

void TestPaymentController::draftKeepsTheOrder()
{
    WizardController wizard(nullptr);
    PaymentController *p = wizard.payment();
    QVERIFY(p->toJson().isEmpty());
    p->setApplication(app(QStringLiteral("school-approved")));
    p->setPollInterval(3600 * 1000);
    Access::showOrder(*p, order(QStringLiteral("open")));
    const QJsonObject draft = p->toJson();
    QCOMPARE(draft.value(QStringLiteral("orderId")).toString(), QStringLiteral("ord_1"));

    WizardController other(nullptr);
    other.payment()->fromJson(draft);
    QCOMPARE(other.payment()->orderId(), QStringLiteral("ord_1"));
    other.payment()->fromJson(QJsonObject { { QStringLiteral("orderId"), 7 } }); // ignored
    QCOMPARE(other.payment()->orderId(), QStringLiteral("ord_1"));
}

void TestPaymentController::formatsFen()
{
    QCOMPARE(ReviewTexts::formatFen(5000), QStringLiteral("¥50.00"));
    QCOMPARE(ReviewTexts::formatFen(12345), QStringLiteral("¥123.45"));
    QCOMPARE(ReviewTexts::formatFen(7), QStringLiteral("¥0.07"));
}

// The step list says "to pay", "confirming the payment", "paid", not "has problems".
void TestPaymentController::stepListNamesTheStage()
{
    WizardController wizard(nullptr);
    PaymentController *p = wizard.payment();
    p->setApplication(app(QStringLiteral("submitted")));
    QVERIFY(p->stageText().isEmpty());
    p->setApplication(app(QStringLiteral("school-approved")));
    QCOMPARE(p->stageText(), QStringLiteral("to pay"));
    QVERIFY(!p->isWaiting());
    p->setPollInterval(3600 * 1000);
    Access::showOrder(*p, order(QStringLiteral("open")));
    QCOMPARE(p->stageText(), QStringLiteral("confirming the payment"));
    QVERIFY(p->isWaiting());
    QCOMPARE(wizard.step(Step::Payment)->stageText(), p->stageText());
    Access::showOrder(*p, order(QStringLiteral("paid")));
    QCOMPARE(p->stageText(), QStringLiteral("paid"));
    QVERIFY(!p->isWaiting());
}

QTEST_MAIN(TestPaymentController)

#include "tst_paymentcontroller.moc"
