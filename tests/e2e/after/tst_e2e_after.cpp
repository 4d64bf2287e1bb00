// End to end against the real zkgrad-sandbox, after submission: the application is made
// submittable quickly through the API (sections and small JPEGs), submitted, approved by
// the school (admin); then the app's PaymentController pays: a repeated create gives the
// same order, the order is settled through the sandbox's payment page, polling sees it
// paid; the city approves and CertificateController shows the collection date. A second
// candidate ends with the city failing the application and the refund note.
#include "draftstore.h"
#include "e2eapi.h"
#include "e2ewizard.h"
#include "httpclient.h"
#include "sandboxlauncher.h"
#include "session/applicationsession.h"
#include "steps/certificate/certificatecontroller.h"
#include "steps/payment/paymentcontroller.h"
#include "steps/progress/progresscontroller.h"
#include "steps/signin/signincontroller.h"
#include "teststepcontext.h"
#include "translations.h"
#include "wizard/step.h"
#include "wizard/wizardcontroller.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace zkgrad::net;

namespace {
constexpr int Hang = zkgrad::e2e::HangMs;

QString stageStatus(const QVariantList &stages, const QString &key)
{
    for (const QVariant &s : stages) {
        if (s.toMap().value(QStringLiteral("key")).toString() == key)
            return s.toMap().value(QStringLiteral("status")).toString();
    }
    return {};
}
} // namespace

/** Payment, city review and certificate through the app's controllers against a live sandbox. */
class TestE2eAfter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void payOnceThenCityApprovesAndCertificateDateIsShown();
    void cityFailsAndTheRefundIsExplained();

private:
    /** Signs @p login in and brings a new application to school-approved through the API. */
    void approvedBySchool(WizardController &wizard, const QString &login, const QString &major,
                          const QString &school);
    /** Pays through the PaymentController and checks there is exactly one order. */
    void pay(WizardController &wizard);
    ApiResult raw(const QByteArray &method, const QUrl &url, const QByteArray &token,
                  const QJsonObject &body = {});
    ApiResult admin(const QString &path, const QJsonObject &body = {});

    QTemporaryDir m_dir;
    zkgrad::SandboxLauncher m_sandbox;
    HttpClient m_http;
};

void TestE2eAfter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    zkgrad::Translations::install(QStringLiteral("zh_CN"));
    m_sandbox.setExecutable(QStringLiteral(ZKGRAD_SANDBOX_EXE));
    QVERIFY2(m_sandbox.startAndWait(), qPrintable(m_sandbox.errorString()));
    QVERIFY(!m_sandbox.adminToken().isEmpty());
}

ApiResult TestE2eAfter::raw(const QByteArray &method, const QUrl &url, const QByteArray &token,
                            const QJsonObject &body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    if (!token.isEmpty())
        request.setHeader("Authorization", "Bearer " + token);
    request.setHeader("Content-Type", "application/json");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    ApiResult out;
    bool done = false;
    m_http.send(request, this, [&](const HttpResponse &response) {
        out.status = response.status;
        out.json = QJsonDocument::fromJson(response.body).object();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, Hang))
        qWarning("call did not finish");
    return out;
}

ApiResult TestE2eAfter::admin(const QString &path, const QJsonObject &body)
{
    return raw("POST", QUrl(m_sandbox.apiUrl().toString() + QStringLiteral("/admin") + path),
               m_sandbox.adminToken(), body);
}

void TestE2eAfter::approvedBySchool(WizardController &wizard, const QString &login,
                                    const QString &major, const QString &school)
{
    ApplicationSession *session = wizard.session();
    session->setApiUrl(m_sandbox.apiUrl());
    wizard.signIn()->setLogin(login);
    wizard.signIn()->signIn(zkgrad::SandboxLauncher::demoPassword());
    QTRY_VERIFY_WITH_TIMEOUT(session->signedIn(), Hang);
    QTRY_VERIFY_WITH_TIMEOUT(!session->enrolledMajors().isEmpty(), Hang);

    // The entry steps are covered by their own e2e tests: here the API fills them quickly.
    session->createApplication(major, school);
    QTRY_VERIFY_WITH_TIMEOUT(session->hasApplication(), Hang);
    zkgrad::e2e::fillThroughApi(session);
    QVERIFY(!QTest::currentTestFailed());
    session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session->application().value(u"missing").toArray().isEmpty(), Hang);

    const ApiResult r = zkgrad::e2e::waitForApi([&](auto done) { session->submit(done); });
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage));
    QCOMPARE(session->application().value(u"state").toString(), QStringLiteral("submitted"));
    QCOMPARE(wizard.stage(), WizardController::Submitted);
    QVERIFY(!wizard.progress()->isComplete());
    QCOMPARE(stageStatus(wizard.progress()->stages(), QStringLiteral("school-review")),
             QStringLiteral("in-progress"));
    // Submitted and signed in: the progress step refreshes periodically.
    QVERIFY(wizard.progress()->polling());

    QCOMPARE(admin(QStringLiteral("/applications/") + session->applicationId()
                   + QStringLiteral("/school-approve"))
                 .status,
             200);
    wizard.progress()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.progress()->state(), QStringLiteral("school-approved"), Hang);
    // The change of state is announced, and the payment step opens.
    QVERIFY(!wizard.progress()->announcement().isEmpty());
    QVERIFY(wizard.progress()->isComplete());
    QCOMPARE(wizard.stage(), WizardController::SchoolApproved);
    QVERIFY(wizard.step(Step::Payment)->applicable());
    QVERIFY(!wizard.step(Step::Certificate)->applicable());
}

void TestE2eAfter::pay(WizardController &wizard)
{
    ApplicationSession *session = wizard.session();
    PaymentController *payment = wizard.payment();
    payment->setPollInterval(100);
    QCOMPARE(payment->payState(), PaymentController::Ready);
    QVERIFY(payment->canPay());
    QCOMPARE(payment->amountText(), QStringLiteral("¥50.00"));

    payment->pay();
    QTRY_COMPARE_WITH_TIMEOUT(payment->payState(), PaymentController::Waiting, Hang);
    const QString orderId = payment->orderId();
    QVERIFY(!orderId.isEmpty());
    QVERIFY(payment->qrText().contains(orderId));
    QVERIFY(!payment->payUrl().isEmpty());
    QVERIFY(!payment->canPay());

    // Paying again (another tap, a retry, a second device) gets the same open order.
    const ApiResult again = zkgrad::e2e::waitForApi(
        [&](auto done) { session->api()->createPayment(session->applicationId(), done); });
    QVERIFY2(again.ok(), qPrintable(again.error.userMessage));
    QCOMPARE(again.json.value(u"id").toString(), orderId);
    // A fresh controller opening the page finds that order instead of making one.
    TestStepContext context;
    PaymentController other(session, &context);
    other.setPollInterval(3600 * 1000);
    other.open();
    QTRY_COMPARE_WITH_TIMEOUT(other.orderId(), orderId, Hang);
    QCOMPARE(other.payState(), PaymentController::Waiting);
    const ApiResult list = zkgrad::e2e::waitForApi(
        [&](auto done) { session->api()->payments(session->applicationId(), done); });
    QCOMPARE(list.json.value(u"items").toArray().size(), 1);

    // The candidate pays on the provider's page (the sandbox's stand-in).
    const ApiResult settled =
        raw("POST",
            QUrl(m_sandbox.baseUrl().toString() + QStringLiteral("/sandbox/pay/") + orderId), {});
    QVERIFY2(settled.status >= 200 && settled.status < 400,
             qPrintable(QString::number(settled.status)));
    QTRY_COMPARE_WITH_TIMEOUT(payment->payState(), PaymentController::Paid, Hang);
    QVERIFY(!payment->polling());
    QVERIFY(payment->isComplete());
    QVERIFY(payment->nextNote().contains(QStringLiteral("市自考办")));
    QTRY_COMPARE_WITH_TIMEOUT(session->application().value(u"state").toString(),
                              QStringLiteral("city-review"), Hang);
    QCOMPARE(stageStatus(wizard.progress()->stages(), QStringLiteral("payment")),
             QStringLiteral("paid"));
    QCOMPARE(stageStatus(wizard.progress()->stages(), QStringLiteral("city-review")),
             QStringLiteral("in-progress"));
}

void TestE2eAfter::payOnceThenCityApprovesAndCertificateDateIsShown()
{
    DraftStore store(m_dir.filePath(QStringLiteral("approve")));
    WizardController wizard(&store);
    // 王专科: 专科, complete contact.
    approvedBySchool(wizard, QStringLiteral("500101199001010018"), QStringLiteral("C080101"),
                     QStringLiteral("S01"));
    if (QTest::currentTestFailed())
        return;
    pay(wizard);
    if (QTest::currentTestFailed())
        return;

    ApplicationSession *session = wizard.session();
    QCOMPARE(admin(QStringLiteral("/applications/") + session->applicationId()
                       + QStringLiteral("/city-approve"),
                   { { QStringLiteral("approvalDate"), QStringLiteral("2026-09-18") } })
                 .status,
             200);
    wizard.progress()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.progress()->state(), QStringLiteral("approved"), Hang);
    QCOMPARE(wizard.stage(), WizardController::CityApproved);
    QVERIFY(wizard.step(Step::Certificate)->applicable());
    QVERIFY(!wizard.progress()->polling()); // decided: nothing more to wait for

    CertificateController *certificate = wizard.certificate();
    QVERIFY(certificate->approved());
    // 30 working days after Fri 18 Sept 2026 with the shipped 2026 calendar.
    QCOMPARE(certificate->collectionDate(), QDate(2026, 11, 5));
    QVERIFY(!certificate->estimate());
    QVERIFY(certificate->collectionPlace().contains(QStringLiteral("重庆示例大学")));
    certificate->loadSchoolInfo();
    QTRY_VERIFY_WITH_TIMEOUT(!certificate->schoolInfo().isEmpty(), Hang);
}

void TestE2eAfter::cityFailsAndTheRefundIsExplained()
{
    DraftStore store(m_dir.filePath(QStringLiteral("fail")));
    WizardController wizard(&store);
    // 李本通: 本科 whose prior degree passes the automatic check.
    approvedBySchool(wizard, QStringLiteral("500101199001010026"), QStringLiteral("B080901"),
                     QStringLiteral("S01"));
    if (QTest::currentTestFailed())
        return;
    pay(wizard);
    if (QTest::currentTestFailed())
        return;

    ApplicationSession *session = wizard.session();
    QCOMPARE(admin(QStringLiteral("/applications/") + session->applicationId()
                       + QStringLiteral("/city-fail"),
                   { { QStringLiteral("reason"), QStringLiteral("课程成绩核对不一致") } })
                 .status,
             200);
    wizard.progress()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.progress()->state(), QStringLiteral("failed"), Hang);
    QCOMPARE(stageStatus(wizard.progress()->stages(), QStringLiteral("city-review")),
             QStringLiteral("failed"));
    QCOMPARE(stageStatus(wizard.progress()->stages(), QStringLiteral("payment")),
             QStringLiteral("refunded"));
    PaymentController *payment = wizard.payment();
    QCOMPARE(payment->payState(), PaymentController::Refunded);
    QVERIFY2(payment->nextNote().contains(QStringLiteral("退")), qPrintable(payment->nextNote()));
    QVERIFY(!wizard.certificate()->approved());
    QVERIFY(!wizard.step(Step::Certificate)->applicable());

    // The step list says what happened, in the pages' words: no tick for a failed review
    // or a refund, and no "opens later" for a certificate that will not come.
    QCOMPARE(wizard.step(Step::Progress)->status(), Step::Failed);
    QCOMPARE(wizard.step(Step::Progress)->stageText(), wizard.progress()->stageText());
    QVERIFY(!wizard.progress()->stageText().isEmpty());
    QCOMPARE(wizard.step(Step::Payment)->status(), Step::Failed);
    QVERIFY2(payment->stateText().contains(wizard.step(Step::Payment)->stageText()),
             qPrintable(payment->stateText() + u" / " + wizard.step(Step::Payment)->stageText()));
    QCOMPARE(wizard.step(Step::Certificate)->status(), Step::NotApplicable);
    QCOMPARE(wizard.stage(), WizardController::CityFailed);
}

QTEST_MAIN(TestE2eAfter)

#include "tst_e2e_after.moc"
