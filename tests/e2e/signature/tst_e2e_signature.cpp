// End to end against the real zkgrad-sandbox: a signature photo is cropped by the
// signature step's controller, made and saved, then uploaded to the `signature`
// slot of a new application; the server accepts it and returns the same bytes.
#include "apiclient.h"
#include "e2eapi.h"
#include "httpclient.h"
#include "sandboxlauncher.h"
#include "steps/signature/signaturecontroller.h"
#include "teststepcontext.h"

#include <QFile>
#include <QJsonArray>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace zkgrad::net;

namespace {
constexpr int Hang = zkgrad::e2e::HangMs;
using zkgrad::e2e::waitForApi;

} // namespace

/** Crop a signature with SignatureController and upload it to a live sandbox. */
class TestE2eSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void croppedSignatureIsAccepted();

private:
    QTemporaryDir m_dir;
    zkgrad::SandboxLauncher m_sandbox;
    QUrl m_base;
};

void TestE2eSignature::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox.setExecutable(QStringLiteral(ZKGRAD_SANDBOX_EXE));
    QVERIFY2(m_sandbox.startAndWait(), qPrintable(m_sandbox.errorString()));
    m_base = m_sandbox.apiUrl();
}

void TestE2eSignature::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestE2eSignature::croppedSignatureIsAccepted()
{
    // A phone-like photo: grey paper, the signature in the middle, taken sideways.
    QImage photo(1600, 2400, QImage::Format_RGB888);
    photo.fill(QColor(205, 203, 196));
    {
        QPainter p(&photo);
        p.setPen(QPen(QColor(25, 25, 45), 14, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(700, 800, 900, 1600);
        p.drawLine(900, 900, 650, 1500);
    }
    const QString photoPath = m_dir.filePath(QStringLiteral("signature-photo.jpg"));
    QVERIFY(photo.save(photoPath, "JPEG", 92));

    TestStepContext context;
    SignatureController signature(nullptr, &context);
    signature.loadFile(photoPath);
    signature.waitForIdle();
    QVERIFY2(signature.errorMessage().isEmpty(), qPrintable(signature.errorMessage()));
    signature.rotate(-1); // the candidate turns it upright
    QVERIFY(!signature.suggestedRect().isNull());
    signature.useSuggested();
    signature.setCleanUp(true);
    signature.produce();
    signature.waitForIdle();
    QVERIFY(signature.confirm());
    QVERIFY(signature.isComplete());
    QFile file(signature.outputPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray jpeg = file.readAll();
    QVERIFY(jpeg.size() > 0 && jpeg.size() <= signature.maxBytes());

    HttpClient http;
    ApiClient api(&http, m_base);
    const ApiResult signedIn = waitForApi([&](auto d) {
        api.signIn(QStringLiteral("500101199001010018"), QStringLiteral("Demo2026"), d);
    });
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error.technicalDetail));
    const ApiResult created = waitForApi([&](auto d) {
        api.createApplication(QStringLiteral("C080101"), QStringLiteral("S01"), true, d);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.technicalDetail));
    const QString app = created.json.value(QLatin1String("id")).toString();
    QVERIFY(!app.isEmpty());

    const ApiResult uploaded = waitForApi(
        [&](auto d) { api.uploadAttachment(app, QStringLiteral("signature"), jpeg, d); });
    QVERIFY2(
        uploaded.ok(),
        qPrintable(uploaded.error.technicalDetail + QLatin1Char(' ') + uploaded.error.userMessage));
    bool listed = false;
    const QJsonArray attachments = uploaded.json.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &v : attachments) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("slot")).toString() == QLatin1String("signature")) {
            listed = true;
            QCOMPARE(o.value(QLatin1String("bytes")).toInt(), int(jpeg.size()));
        }
    }
    QVERIFY(listed);
    const ApiResult back =
        waitForApi([&](auto d) { api.attachment(app, QStringLiteral("signature"), d); });
    QVERIFY(back.ok());
    QCOMPARE(back.body, jpeg);
}

QTEST_MAIN(TestE2eSignature)
#include "tst_e2e_signature.moc"
