// End to end against the real zkgrad-sandbox: the server is killed while attachments
// are being uploaded and a submission is on its way, then restarted on the same port
// and database. The app side (ApiClient with its outbox) must end with exactly one
// stored image per slot and exactly one submission.
#include "apiclient.h"
#include "e2eapi.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zkgrad::net;
using zkgrad::Workflow;
using namespace std::chrono_literals;

namespace {

constexpr int Hang = zkgrad::e2e::HangMs;
using zkgrad::e2e::waitForApi;

/** A decodable baseline JPEG well under the 51,200-byte limit. */
QByteArray makeJpeg(int seed)
{
    QImage image(480, 300, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, 480, 300);
    g.setColorAt(0, QColor::fromHsv((seed * 40) % 360, 80, 230));
    g.setColorAt(1, QColor::fromHsv((seed * 40 + 120) % 360, 80, 120));
    p.fillRect(image.rect(), g);
    p.drawRect(20, 20, 200, 120);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 80);
    return bytes;
}

} // namespace

class TestE2eNetOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedMidUploadEndsWithOneAttachmentAndOneSubmission();

private:
    bool startSandbox(quint16 port);
    void stopSandbox();

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QUrl m_base;
    quint16 m_port = 0;
};

void TestE2eNetOutage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(ZKGRAD_SANDBOX_EXE)), ZKGRAD_SANDBOX_EXE);
    QVERIFY(startSandbox(0));
}

void TestE2eNetOutage::cleanupTestCase()
{
    stopSandbox();
}

bool TestE2eNetOutage::startSandbox(quint16 port)
{
    m_sandbox.setProgram(QStringLiteral(ZKGRAD_SANDBOX_EXE));
    m_sandbox.setArguments({ QStringLiteral("--port"), QString::number(port),
                             QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                             QStringLiteral("--db"), m_dir.filePath(QStringLiteral("e2e.sqlite")),
                             QStringLiteral("--seed"), QStringLiteral("demo"),
                             QStringLiteral("--admin-token"), QStringLiteral("e2e-admin") });
    m_sandbox.setProcessChannelMode(QProcess::SeparateChannels);
    m_sandbox.setStandardErrorFile(m_dir.filePath(QStringLiteral("sandbox.log")),
                                   QIODevice::Append);
    m_sandbox.start();
    if (!m_sandbox.waitForStarted(10000))
        return false;
    // The first stdout line is exactly "zkgrad-sandbox listening on http://127.0.0.1:PORT".
    QByteArray line;
    QElapsedTimer t;
    t.start();
    while (!line.contains('\n') && t.elapsed() < 15000) {
        if (m_sandbox.waitForReadyRead(500))
            line += m_sandbox.readAllStandardOutput();
        if (m_sandbox.state() != QProcess::Running)
            return false;
    }
    const QByteArray first = line.left(line.indexOf('\n')).trimmed();
    const QByteArray prefix = "zkgrad-sandbox listening on ";
    if (!first.startsWith(prefix))
        return false;
    const QUrl url(QString::fromLatin1(first.mid(prefix.size())));
    m_port = quint16(url.port());
    m_base = url.resolved(QUrl(QStringLiteral("/api/v1")));
    return m_port != 0;
}

void TestE2eNetOutage::stopSandbox()
{
    if (m_sandbox.state() == QProcess::NotRunning)
        return;
    m_sandbox.kill(); // abrupt on purpose: no graceful shutdown in a power cut either
    m_sandbox.waitForFinished(10000);
}

void TestE2eNetOutage::killedMidUploadEndsWithOneAttachmentAndOneSubmission()
{
    HttpClient::Options options;
    options.retry.maxAttempts = 3;
    options.retry.baseDelay = 50ms;
    options.retry.maxDelay = 200ms;
    HttpClient http(options);
    ApiClient api(&http, m_base);
    api.setOutboxRetryInterval(200ms);
    // Whatever expires, the "UI" signs in again at once.
    connect(&api, &ApiClient::sessionExpired, this, [&api] {
        api.signIn(QStringLiteral("500101199001010018"), QStringLiteral("Demo2026"),
                   [](const ApiResult &) {});
    });

    QVERIFY(waitForApi([&](auto d) {
                api.signIn(QStringLiteral("500101199001010018"), QStringLiteral("Demo2026"), d);
            }).ok());
    const ApiResult created = waitForApi([&](auto d) {
        api.createApplication(QStringLiteral("C080101"), QStringLiteral("S01"), true, d);
    });
    QVERIFY2(
        created.ok(),
        qPrintable(created.error.technicalDetail + QLatin1Char(' ') + created.error.userMessage));
    const QString app = created.json.value(QLatin1String("id")).toString();
    QVERIFY(!app.isEmpty());

    const QJsonObject resume {
        { QLatin1String("entries"),
          QJsonArray {
              QJsonObject { { QLatin1String("from"), QStringLiteral("2006-09") },
                            { QLatin1String("to"), QStringLiteral("2009-07") },
                            { QLatin1String("organisation"), QStringLiteral("重庆市示例中学") },
                            { QLatin1String("role"), QStringLiteral("学生") },
                            { QLatin1String("witness"), QStringLiteral("张老师") } },
              QJsonObject { { QLatin1String("from"), QStringLiteral("2009-09") },
                            { QLatin1String("to"), QStringLiteral("present") },
                            { QLatin1String("organisation"), QStringLiteral("重庆示例公司") },
                            { QLatin1String("role"), QStringLiteral("职员") },
                            { QLatin1String("witness"), QStringLiteral("李经理") } } } }
    };
    const ApiResult r1 =
        waitForApi([&](auto d) { api.updateSection(app, Workflow::Section::Resume, resume, d); });
    QVERIFY2(r1.ok(),
             qPrintable(r1.error.technicalDetail + QLatin1Char(' ') + r1.error.userMessage));
    const QJsonObject text { { QLatin1String("text"), QString(320, QChar(0x6211)) } }; // 我 × 320
    const ApiResult r2 = waitForApi(
        [&](auto d) { api.updateSection(app, Workflow::Section::SelfAssessment, text, d); });
    QVERIFY2(r2.ok(),
             qPrintable(r2.error.technicalDetail + QLatin1Char(' ') + r2.error.userMessage));

    // Uploads and the submission go out; the server dies while they are on their way.
    const QStringList slots { QStringLiteral("id-front"), QStringLiteral("id-back"),
                              QStringLiteral("signature") };
    QHash<QString, QByteArray> jpegs;
    int finished = 0;
    QList<ApiResult> results;
    auto collect = [&](const ApiResult &r) {
        results.append(r);
        ++finished;
    };
    for (int i = 0; i < slots.size(); ++i) {
        jpegs.insert(slots[i], makeJpeg(i));
        QVERIFY(jpegs[slots[i]].size() <= 51200);
        api.uploadAttachment(app, slots[i], jpegs[slots[i]], collect);
    }
    api.submit(app, collect);
    stopSandbox();
    QVERIFY(QTest::qWaitFor([&] { return finished == 4; }, Hang));
    QVERIFY(api.outbox()->waitingCount() > 0); // at least the submission could not go out
    for (const ApiResult &r : std::as_const(results))
        QVERIFY2(r.ok() || r.queued, qPrintable(r.error.technicalDetail));

    // The server comes back on the same port and database; the outbox empties by itself.
    QTest::qWait(300);
    QVERIFY(startSandbox(m_port));
    QVERIFY(QTest::qWaitFor([&] { return api.outbox()->isEmpty(); }, Hang));

    const ApiResult final = waitForApi([&](auto d) { api.application(app, d); });
    QVERIFY2(final.ok(), qPrintable(final.error.technicalDetail));
    QCOMPARE(final.json.value(QLatin1String("state")).toString(), QStringLiteral("submitted"));
    QCOMPARE(final.json.value(QLatin1String("round")).toInt(), 1);
    int submissions = 0;
    for (const QJsonValue &h : final.json.value(QLatin1String("history")).toArray()) {
        if (h.toObject().value(QLatin1String("to")).toString() == QLatin1String("submitted"))
            ++submissions;
    }
    QCOMPARE(submissions, 1);
    const QJsonArray attachments = final.json.value(QLatin1String("attachments")).toArray();
    QCOMPARE(attachments.size(), slots.size());
    for (const QString &slot : slots) {
        int count = 0;
        for (const QJsonValue &a : attachments) {
            const QJsonObject o = a.toObject();
            if (o.value(QLatin1String("slot")).toString() == slot) {
                ++count;
                QCOMPARE(o.value(QLatin1String("bytes")).toInt(), int(jpegs[slot].size()));
            }
        }
        QCOMPARE(count, 1);
    }
    // And the stored bytes are the ones sent.
    const ApiResult front =
        waitForApi([&](auto d) { api.attachment(app, QStringLiteral("id-front"), d); });
    QVERIFY(front.ok());
    QCOMPARE(front.body, jpegs[QStringLiteral("id-front")]);
}

QTEST_MAIN(TestE2eNetOutage)
#include "tst_e2e_net_outage.moc"
