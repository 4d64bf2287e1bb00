// ApiClient against a small in-test imitation of docs/api.md served by the fault
// server: contract checks (JSON, problem+json, content types), ETag/If-Match,
// 412 reloads, session expiry and replay, and the outbox across a "restart".
#include "apiclient.h"
#include "faultserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace zkgrad::net;
using zkgrad::Workflow;
using namespace std::chrono_literals;

namespace {

constexpr int Hang = 20000;

HttpClient::Options fastOptions()
{
    HttpClient::Options o;
    o.retry.maxAttempts = 2;
    o.retry.baseDelay = 10ms;
    o.retry.maxDelay = 50ms;
    return o;
}

QByteArray problem(int status, const QByteArray &code, const QByteArray &detail,
                   const QJsonArray &errors = {})
{
    const QString type =
        QStringLiteral("https://zkgrad.example.invalid/problems/") + QString::fromLatin1(code);
    QJsonObject o { { QLatin1String("type"), type },
                    { QLatin1String("title"), QStringLiteral("提交的数据有误") },
                    { QLatin1String("status"), status },
                    { QLatin1String("code"), QString::fromLatin1(code) },
                    { QLatin1String("detail"), QString::fromUtf8(detail) } };
    if (!errors.isEmpty())
        o.insert(QLatin1String("errors"), errors);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/** Just enough of the contract for one application: ETags, If-Match, sections, attachments, submit.
 */
struct MiniApi
{
    int version = 3;
    QJsonObject sections {
        { QLatin1String("resume"), QJsonObject { { QLatin1String("entries"), QJsonArray {} } } },
        { QLatin1String("selfAssessment"), QJsonObject { { QLatin1String("text"), QString() } } },
        { QLatin1String("note"), QJsonObject { { QLatin1String("text"), QString() } } }
    };
    QJsonObject attachments; ///< slot -> metadata
    QString state = QStringLiteral("draft");
    QByteArray token = "good";
    QSet<QByteArray> submitKeys;
    int submissions = 0;
    int sectionWrites = 0;
    int attachmentWrites = 0;
    QList<QByteArray> ifMatchSeen;

    QByteArray etag() const { return '"' + QByteArray::number(version) + '"'; }
    QJsonObject app() const
    {
        QJsonArray atts;
        for (auto it = attachments.begin(); it != attachments.end(); ++it)
            atts.append(it.value());
        return { { QLatin1String("id"), QStringLiteral("app_1") },
                 { QLatin1String("etag"), QString::fromLatin1(etag()) },
                 { QLatin1String("version"), version },
                 { QLatin1String("state"), state },
                 { QLatin1String("sections"), sections },
                 { QLatin1String("attachments"), atts } };
    }
    FaultServer::Reply appReply(int status = 200) const
    {
        auto r =
            FaultServer::Reply::json(status, QJsonDocument(app()).toJson(QJsonDocument::Compact));
        r.headers.append(qMakePair(QByteArray("ETag"), etag()));
        return r;
    }
    FaultServer::Reply handle(const FaultServer::Request &r)
    {
        if (r.header("Authorization") != "Bearer " + token)
            return FaultServer::Reply::json(401, problem(401, "token-expired", "登录已过期"),
                                            "application/problem+json");
        const QByteArray base = "/api/v1/applications/app_1";
        if (r.method == "GET" && r.target == base) {
            if (r.header("If-None-Match") == etag()) {
                FaultServer::Reply notModified;
                notModified.status = 304;
                notModified.headers.append(qMakePair(QByteArray("ETag"), etag()));
                return notModified;
            }
            return appReply();
        }
        if (r.target.startsWith(QByteArray(base + "/"))) {
            const QByteArray ifMatch = r.header("If-Match");
            ifMatchSeen.append(ifMatch);
            if (r.target == base + "/submit") {
                const QByteArray key = r.header("Idempotency-Key");
                if (submitKeys.contains(key))
                    return appReply(); // replay
                if (ifMatch != etag())
                    return preconditionFailed();
                submitKeys.insert(key);
                ++submissions;
                state = QStringLiteral("submitted");
                ++version;
                return appReply();
            }
            if (ifMatch.isEmpty())
                return FaultServer::Reply::json(428,
                                                problem(428, "if-match-required", "缺少 If-Match"),
                                                "application/problem+json");
            if (ifMatch != etag())
                return preconditionFailed();
            if (state != QLatin1String("draft"))
                return FaultServer::Reply::json(
                    409, problem(409, "application-locked", "申请已提交，不能修改"),
                    "application/problem+json");
            const QByteArray what = r.target.mid(base.size() + 1);
            if (what.startsWith("attachments/")) {
                const QString slot = QString::fromLatin1(what.mid(12));
                ++attachmentWrites;
                attachments.insert(
                    slot,
                    QJsonObject { { QLatin1String("slot"), slot },
                                  { QLatin1String("bytes"), int(r.body.size()) },
                                  { QLatin1String("sha256"),
                                    QString::fromLatin1(
                                        QCryptographicHash::hash(r.body, QCryptographicHash::Sha256)
                                            .toHex()) } });
            } else {
                const QString key = what == "self-assessment" ? QStringLiteral("selfAssessment")
                                                              : QString::fromLatin1(what);
                sections.insert(key, QJsonDocument::fromJson(r.body).object());
                ++sectionWrites;
            }
            ++version;
            return appReply();
        }
        return FaultServer::Reply::json(404, problem(404, "not-found", "找不到"),
                                        "application/problem+json");
    }
    FaultServer::Reply preconditionFailed() const
    {
        auto reply = FaultServer::Reply::json(412, problem(412, "etag-mismatch", "版本已变化"),
                                              "application/problem+json");
        reply.headers.append(qMakePair(QByteArray("ETag"), etag()));
        return reply;
    }
};

/** Runs one typed call and waits for its result. */
template<typename F>
ApiResult wait(F &&start)
{
    ApiResult out;
    bool done = false;
    start([&](const ApiResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, Hang))
        qWarning("API call did not finish");
    return out;
}

QJsonObject resume(const QString &witness)
{
    return { { QLatin1String("entries"),
               QJsonArray { QJsonObject {
                   { QLatin1String("from"), QStringLiteral("2008-09") },
                   { QLatin1String("to"), QStringLiteral("present") },
                   { QLatin1String("organisation"), QStringLiteral("重庆示例科技有限公司") },
                   { QLatin1String("role"), QStringLiteral("职员") },
                   { QLatin1String("witness"), witness } } } } };
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void malformedJsonIsABadResponse();
    void wrongContentTypeIsABadResponse();
    void problemJsonMapsFieldErrors();
    void nonProblemErrorGetsStatusMessage();
    void typedCallsUseTheContractPaths();
    void writesCarryIfMatchAndAreSerialized();
    void unchangedReadAnswersFromCache();
    void conflictReloadsAndSaysWhatChanged();
    void conflictElsewhereIsRetriedOnce();
    void lostAnswerOfAppliedWriteIsASuccess();
    void sessionExpiryHoldsAndReplays();
    void wrongPasswordIsNotSessionExpiry();
    void signOutEndsWaitingCalls();
    void offlineWriteIsQueuedAndSurvivesRestart();
    void queuedSubmitHappensOnce();
    void refusedQueuedWriteStaysVisible();
    void liveWriteSupersedesQueuedOne();
    void cancelUploadDropsQueuedOne();
    void cancelUploadStopsWaitingAndInFlight();
    void changedPathsAndDescriptions();

private:
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ApiClient> m_api;
    MiniApi m_mini;
};

void TestApiClient::init()
{
    m_mini = MiniApi {};
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen());
    m_server->handler = [this](const FaultServer::Request &r) { return m_mini.handle(r); };
    m_http = std::make_unique<HttpClient>(fastOptions());
    m_api = std::make_unique<ApiClient>(m_http.get(), m_server->url(QStringLiteral("/api/v1")));
    m_api->setToken("good");
    m_api->setOutboxRetryInterval(50ms);
}

void TestApiClient::cleanup()
{
    m_api.reset();
    m_http.reset();
    m_server.reset();
}

void TestApiClient::malformedJsonIsABadResponse()
{
    m_server->handler = [](const FaultServer::Request &) {
        return FaultServer::Reply::json(200, "{\"id\": \"2026-2\", \"fee\": ");
    };
    const ApiResult r = wait([&](auto done) { m_api->currentBatch(done); });
    QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
    QVERIFY(!r.error.userMessage.isEmpty());
    QVERIFY(r.error.technicalDetail.contains(QLatin1String("malformed JSON")));
}

void TestApiClient::wrongContentTypeIsABadResponse()
{
    // A hotspot's or school's login page answering in place of the server.
    m_server->handler = [](const FaultServer::Request &) {
        return FaultServer::Reply::json(200, "<html><body>请先登录校园网</body></html>",
                                        "text/html; charset=utf-8");
    };
    const ApiResult r = wait([&](auto done) { m_api->candidate(done); });
    QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
    QVERIFY(r.error.technicalDetail.contains(QLatin1String("text/html")));

    m_server->handler = [](const FaultServer::Request &) {
        return FaultServer::Reply::json(200, "{}", "application/json");
    };
    const ApiResult jpeg = wait([&](auto done) {
        m_api->attachment(QStringLiteral("app_1"), QStringLiteral("id-front"), done);
    });
    QCOMPARE(jpeg.error.kind, ApiError::Kind::BadResponse);
}

void TestApiClient::problemJsonMapsFieldErrors()
{
    const QJsonArray errors {
        QJsonObject { { QLatin1String("field"), QStringLiteral("contact.phone") },
                      { QLatin1String("code"), QStringLiteral("invalid-format") },
                      { QLatin1String("detail"),
                        QStringLiteral("联系电话应为11位手机号或带区号的固定电话") } },
        QJsonObject { { QLatin1String("field"), QStringLiteral("contact.postalCode") },
                      { QLatin1String("code"), QStringLiteral("required") },
                      { QLatin1String("detail"), QStringLiteral("请填写邮政编码") } }
    };
    m_server->handler = [errors](const FaultServer::Request &) {
        return FaultServer::Reply::json(422,
                                        problem(422, "validation", "联系电话格式不正确", errors),
                                        "application/problem+json");
    };
    const ApiResult r = wait([&](auto done) {
        m_api->updateContact({ { QLatin1String("phone"), QStringLiteral("123") } }, done);
    });
    QCOMPARE(r.error.kind, ApiError::Kind::Problem);
    QCOMPARE(r.error.status, 422);
    QCOMPARE(r.error.code, QStringLiteral("validation"));
    QCOMPARE(r.error.userMessage, QStringLiteral("联系电话格式不正确"));
    QCOMPARE(r.error.fieldErrors.size(), 2);
    QCOMPARE(r.error.errorsAt(QStringLiteral("contact.phone")).value(0).code,
             QStringLiteral("invalid-format"));
    QCOMPARE(r.error.errorsAt(QStringLiteral("contact")).size(), 2);
    QVERIFY(r.error.errorsAt(QStringLiteral("cont")).isEmpty());
    QVERIFY(!r.queued); // a refusal is not a network problem: nothing waits in the outbox
    QVERIFY(m_api->outbox()->isEmpty());
}

void TestApiClient::nonProblemErrorGetsStatusMessage()
{
    m_server->handler = [](const FaultServer::Request &) {
        return FaultServer::Reply::json(502, "<html>Bad Gateway</html>", "text/html");
    };
    QSignalSpy retrying(m_api.get(), &ApiClient::retrying);
    const ApiResult r = wait([&](auto done) { m_api->schools(done); });
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.value(0).value(0).toString(), QStringLiteral("/schools"));
    QCOMPARE(r.error.kind, ApiError::Kind::Problem);
    QCOMPARE(r.error.status, 502);
    QVERIFY(!r.error.userMessage.isEmpty());
    QCOMPARE(m_server->received.size(), 2); // retried once (fastOptions: 2 attempts)
}

void TestApiClient::typedCallsUseTheContractPaths()
{
    m_server->handler = [](const FaultServer::Request &) {
        return FaultServer::Reply::json(200, "{}");
    };
    struct Expect
    {
        std::function<void(ApiClient::Done)> call;
        QByteArray method;
        QByteArray target;
    };
    const QList<Expect> table {
        { [&](auto d) { m_api->currentSession(d); }, "GET", "/api/v1/sessions/current" },
        { [&](auto d) { m_api->candidate(d); }, "GET", "/api/v1/candidate" },
        { [&](auto d) { m_api->enrolledMajors(d); }, "GET", "/api/v1/candidate/majors" },
        { [&](auto d) { m_api->addMajor(QStringLiteral("C080101"), QStringLiteral("S01"), d); },
          "POST", "/api/v1/candidate/majors" },
        { [&](auto d) { m_api->majorsCatalog(d); }, "GET", "/api/v1/majors" },
        { [&](auto d) { m_api->schools(d); }, "GET", "/api/v1/schools" },
        { [&](auto d) { m_api->announcements(QStringLiteral("S01"), d); }, "GET",
          "/api/v1/schools/S01/announcements" },
        { [&](auto d) { m_api->currentBatch(d); }, "GET", "/api/v1/batches/current" },
        { [&](auto d) {
             m_api->createApplication(QStringLiteral("C080101"), QStringLiteral("S01"), true, d);
         },
          "POST", "/api/v1/applications" },
        { [&](auto d) { m_api->applications(d); }, "GET", "/api/v1/applications" },
        { [&](auto d) { m_api->createPayment(QStringLiteral("app_9"), d); }, "POST",
          "/api/v1/applications/app_9/payments" },
        { [&](auto d) { m_api->payment(QStringLiteral("ord_1"), d); }, "GET",
          "/api/v1/payments/ord_1" },
        { [&](auto d) { m_api->payments(QStringLiteral("app_9"), d); }, "GET",
          "/api/v1/applications/app_9/payments" },
        { [&](auto d) { m_api->signOut(d); }, "DELETE", "/api/v1/sessions/current" },
    };
    for (const Expect &e : table) {
        const ApiResult r = wait(e.call);
        QVERIFY2(
            r.ok(),
            qPrintable(QString::fromLatin1(e.target) + QLatin1Char(' ') + r.error.technicalDetail));
        const auto &req = m_server->received.constLast();
        QCOMPARE(req.method, e.method);
        QCOMPARE(req.target, e.target);
        QCOMPARE(req.header("Accept-Language"), QByteArray("zh-CN"));
        if (e.method == "POST")
            QVERIFY(!req.header("Idempotency-Key").isEmpty());
    }
    QVERIFY(!m_api->isSignedIn()); // signOut forgets the token

    const ApiResult r = wait([&](auto d) {
        m_api->signIn(QStringLiteral("500101199001010018"), QStringLiteral("Demo2026"), d);
    });
    QVERIFY(r.ok());
    QCOMPARE(m_server->received.constLast().target, QByteArray("/api/v1/sessions"));
    QVERIFY(m_server->received.constLast().header("Authorization").isEmpty());
}

void TestApiClient::writesCarryIfMatchAndAreSerialized()
{
    QVERIFY(wait([&](auto d) { m_api->application(QStringLiteral("app_1"), d); }).ok());
    QCOMPARE(m_api->etag(QStringLiteral("app_1")), QByteArray("\"3\""));
    // Three writes at once: each must wait for the ETag the previous one returned.
    int finished = 0;
    QList<ApiResult> results;
    auto done = [&](const ApiResult &r) {
        results.append(r);
        ++finished;
    };
    m_api->updateSection(QStringLiteral("app_1"), Workflow::Section::Resume,
                         resume(QStringLiteral("李经理")), done);
    m_api->updateSection(QStringLiteral("app_1"), Workflow::Section::SelfAssessment,
                         { { QLatin1String("text"), QStringLiteral("我") } }, done);
    m_api->uploadAttachment(QStringLiteral("app_1"), QStringLiteral("id-front"),
                            QByteArray("\xFF\xD8\xFF\xE0jpeg", 8), done);
    QVERIFY(QTest::qWaitFor([&] { return finished == 3; }, Hang));
    for (const ApiResult &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error.technicalDetail));
    QCOMPARE(m_mini.ifMatchSeen, (QList<QByteArray> { "\"3\"", "\"4\"", "\"5\"" }));
    QCOMPARE(m_mini.sectionWrites, 2);
    QCOMPARE(m_mini.attachmentWrites, 1);
    QCOMPARE(m_api->etag(QStringLiteral("app_1")), QByteArray("\"6\""));
    QCOMPARE(m_server->received.constLast().header("Content-Type"), QByteArray("image/jpeg"));
}

void TestApiClient::unchangedReadAnswersFromCache()
{
    const ApiResult first = wait([&](auto d) { m_api->application(QStringLiteral("app_1"), d); });
    QCOMPARE(first.status, 200);
    const ApiResult again = wait([&](auto d) { m_api->application(QStringLiteral("app_1"), d); });
    QVERIFY(again.ok());
    QCOMPARE(again.status, 304);
    QCOMPARE(again.json, first.json);
    QCOMPARE(m_server->received.constLast().header("If-None-Match"), QByteArray("\"3\""));
    ++m_mini.version; // changed on the server: a full answer again
    const ApiResult third = wait([&](auto d) { m_api->application(QStringLiteral("app_1"), d); });
    QCOMPARE(third.status, 200);
    QCOMPARE(third.json.value(QLatin1String("version")).toInt(), 4);
}

void TestApiClient::conflictReloadsAndSaysWhatChanged()
{
    QVERIFY(wait([&](auto d) { m_api->application(QStringLiteral("app_1"), d); }).ok());
    // Meanwhile, from another computer: the resume changed.
    m_mini.sections.insert(QStringLiteral("resume"), resume(QStringLiteral("王老师")));
    ++m_mini.version;
    QSignalSpy changed(m_api.get(), &ApiClient::applicationChanged);
    const ApiResult r = wait([&](auto d) {
        m_api->updateSection(QStringLiteral("app_1"), Workflow::Section::Resume,
                             resume(QStringLiteral("李经理")), d);
    });
    QCOMPARE(r.error.kind, ApiError::Kind::Conflict);
    QCOMPARE(r.status, 412);
    QVERIFY(r.error.changedFields.contains(QStringLiteral("sections.resume.entries")));
    QVERIFY(!r.error.userMessage.isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_api->etag(QStringLiteral("app_1")), QByteArray("\"4\"")); // reloaded
    QCOMPARE(r.json.value(QLatin1String("version")).toInt(), 4);
    QCOMPARE(m_mini.sectionWrites, 0); // the other computer's resume was not overwritten
}

void TestApiClient::conflictElsewhereIsRetriedOnce()
{
    QVERIFY(wait([&](auto d) { m_api->application(QStringLiteral("app_1"), d); }).ok());
    m_mini.sections.insert(
        QStringLiteral("note"),
        QJsonObject { { QLatin1String("text"), QStringLiteral("别处写的说明") } });
    ++m_mini.version;
    const ApiResult r = wait([&](auto d) {
        m_api->updateSection(QStringLiteral("app_1"), Workflow::Section::Resume,
                             resume(QStringLiteral("李经理")), d);
    });
    QVERIFY2(r.ok(), qPrintable(r.error.technicalDetail));
    QCOMPARE(m_mini.sectionWrites, 1);
    QCOMPARE(m_mini.ifMatchSeen, (QList<QByteArray> { "\"3\"", "\"4\"" }));
}

void TestApiClient::lostAnswerOfAppliedWriteIsASuccess()
{
    // The PUT lands, its answer is lost; HttpClient retries with the old If-Match and gets
    // 412. The reload shows our content, so it is a success, not a conflict.
    QVERIFY(wait([&](auto d) { m_api->application(QStringLiteral("app_1"), d); }).ok());
    int puts = 0;
    m_server->handler = [&](const FaultServer::Request &r) {
        FaultServer::Reply reply = m_mini.handle(r);
        if (r.method == "PUT" && ++puts == 1)
            reply.fault = FaultServer::Reply::Fault::CloseWithoutResponse;
        return reply;
    };
    QSignalSpy changed(m_api.get(), &ApiClient::applicationChanged);
    QSignalSpy progress(m_api.get(), &ApiClient::uploadProgress);
    const QByteArray jpeg(30000, '\x42');
    const ApiResult r = wait([&](auto d) {
        m_api->uploadAttachment(QStringLiteral("app_1"), QStringLiteral("signature"), jpeg, d);
    });
    QVERIFY2(r.ok(), qPrintable(r.error.technicalDetail));
    QCOMPARE(m_mini.attachmentWrites, 1);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().value(1).toString(), QStringLiteral("signature"));
    QCOMPARE(progress.constLast().value(2).toLongLong(), qint64(jpeg.size()));

    const ApiResult s = wait([&](auto d) {
        m_api->updateSection(QStringLiteral("app_1"), Workflow::Section::Note,
                             { { QLatin1String("text"), QStringLiteral("说明") } }, d);
    });
    QVERIFY(s.ok());
    QCOMPARE(m_mini.sectionWrites, 1);
}

void TestApiClient::sessionExpiryHoldsAndReplays()
{
    m_mini.token = "renewed"; // the server no longer accepts "good"
    QSignalSpy expired(m_api.get(), &ApiClient::sessionExpired);
    bool done = false;
    ApiResult result;
    m_api->updateSection(QStringLiteral("app_1"), Workflow::Section::SelfAssessment,
                         { { QLatin1String("text"), QStringLiteral("三百字的自我鉴定") } },
                         [&](const ApiResult &r) {
                             result = r;
                             done = true;
                         });
    QVERIFY(expired.wait(Hang));
    QCOMPARE(expired.size(), 1);
    QTest::qWait(100);
    QVERIFY(!done); // held, not failed: nothing typed is lost
    QVERIFY(!m_api->isSignedIn());
    m_api->setToken("renewed");
    QVERIFY(QTest::qWaitFor([&] { return done; }, Hang));
    QVERIFY2(result.ok(), qPrintable(result.error.technicalDetail));
    QCOMPARE(m_mini.sections.value(QLatin1String("selfAssessment"))
                 .toObject()
                 .value(QLatin1String("text"))
                 .toString(),
             QStringLiteral("三百字的自我鉴定"));
    QCOMPARE(m_server->received.constLast().header("Authorization"), QByteArray("Bearer renewed"));
    QCOMPARE(expired.size(), 1);
}

void TestApiClient::signOutEndsWaitingCalls()
{
    m_mini.token = "renewed";
    QSignalSpy expired(m_api.get(), &ApiClient::sessionExpired);
    bool done = false;
    ApiResult result;
    m_api->updateSection(QStringLiteral("app_1"), Workflow::Section::Note,
                         { { QLatin1String("text"), QStringLiteral("n") } },
                         [&](const ApiResult &r) {
                             result = r;
                             done = true;
                         });
    QVERIFY(expired.wait(Hang));
    QVERIFY(!done);
    m_api->clearSession(); // the candidate leaves the kiosk instead of signing in
    QVERIFY(done);
    QCOMPARE(result.error.kind, ApiError::Kind::SessionExpired);
    QVERIFY(!result.error.userMessage.isEmpty());
    // The application is not left locked: a later write goes out.
    m_api->setToken("renewed");
    const ApiResult later = wait([&](auto d) {
        m_api->updateSection(QStringLiteral("app_1"), Workflow::Section::Note,
                             { { QLatin1String("text"), QStringLiteral("m") } }, d);
    });
    QVERIFY2(later.ok(), qPrintable(later.error.technicalDetail));
}

void TestApiClient::wrongPasswordIsNotSessionExpiry()
{
    m_server->handler = [](const FaultServer::Request &) {
        return FaultServer::Reply::json(401, problem(401, "invalid-credentials", "账号或密码错误"),
                                        "application/problem+json");
    };
    QSignalSpy expired(m_api.get(), &ApiClient::sessionExpired);
    const ApiResult r = wait([&](auto d) {
        m_api->signIn(QStringLiteral("500101199001010018"), QStringLiteral("wrong"), d);
    });
    QCOMPARE(r.error.kind, ApiError::Kind::Problem);
    QCOMPARE(r.error.code, QStringLiteral("invalid-credentials"));
    QCOMPARE(r.error.userMessage, QStringLiteral("账号或密码错误"));
    QCOMPARE(expired.size(), 0);

    // The sign-in limit: no silent minute-long wait, but the time to tell the candidate.
    m_server->handler = [](const FaultServer::Request &) {
        auto r = FaultServer::Reply::json(
            429, problem(429, "too-many-attempts", "尝试次数过多，请60秒后再试"),
            "application/problem+json");
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("60")));
        return r;
    };
    const int before = int(m_server->received.size());
    const ApiResult limited = wait([&](auto d) {
        m_api->signIn(QStringLiteral("500101199001010018"), QStringLiteral("Demo2026"), d);
    });
    QCOMPARE(limited.error.status, 429);
    QCOMPARE(limited.error.retryAfterSeconds, 60);
    QCOMPARE(int(m_server->received.size()), before + 1);
}

void TestApiClient::offlineWriteIsQueuedAndSurvivesRestart()
{
    QVERIFY(wait([&](auto d) { m_api->application(QStringLiteral("app_1"), d); }).ok());
    const quint16 port = m_server->port();
    m_server.reset(); // the server goes away
    const ApiResult r = wait([&](auto d) {
        m_api->updateSection(QStringLiteral("app_1"), Workflow::Section::Resume,
                             resume(QStringLiteral("李经理")), d);
    });
    QVERIFY(r.queued);
    QCOMPARE(r.error.kind, ApiError::Kind::Network);
    QCOMPARE(r.error.netError, NetError::ConnectionRefused);
    QVERIFY(r.error.userMessage.size() > userMessage(NetError::ConnectionRefused).size());
    QCOMPARE(m_api->outbox()->entries().size(), 1);
    QVERIFY(m_api->outbox()->isPending(QStringLiteral("app_1"), QStringLiteral("resume")));
    QVERIFY(!m_api->outbox()->statusText().isEmpty());

    // "Restart": the draft carried the outbox as JSON; the token did not survive.
    const QJsonObject saved = m_api->outbox()->toJson();
    QVERIFY(!QJsonDocument(saved).toJson().contains("good"));
    m_api.reset();
    m_http.reset();
    m_http = std::make_unique<HttpClient>(fastOptions());
    m_api = std::make_unique<ApiClient>(
        m_http.get(), QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));
    m_api->setOutboxRetryInterval(50ms);
    QVERIFY(m_api->outbox()->fromJson(saved));
    QCOMPARE(m_api->outbox()->waitingCount(), 1);

    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen(false, port));
    m_server->handler = [this](const FaultServer::Request &req) { return m_mini.handle(req); };
    QSignalSpy sent(m_api.get(), &ApiClient::outboxEntrySent);
    m_api->setToken("good"); // signed in again: the outbox is sent
    QVERIFY(sent.wait(Hang));
    QCOMPARE(sent.value(0).value(0).toString(), QStringLiteral("resume"));
    QVERIFY(m_api->outbox()->isEmpty());
    QCOMPARE(m_mini.sectionWrites, 1);
    QCOMPARE(m_mini.sections.value(QLatin1String("resume")).toObject(),
             resume(QStringLiteral("李经理")));
}

void TestApiClient::queuedSubmitHappensOnce()
{
    QVERIFY(wait([&](auto d) { m_api->application(QStringLiteral("app_1"), d); }).ok());
    // The server commits the submission, then the connection dies on every answer for a while.
    int failing = 4;
    m_server->handler = [&](const FaultServer::Request &r) {
        FaultServer::Reply reply = m_mini.handle(r);
        if (r.target.endsWith("/submit") && failing-- > 0)
            reply.fault = FaultServer::Reply::Fault::CloseWithoutResponse;
        return reply;
    };
    QSignalSpy sent(m_api.get(), &ApiClient::outboxEntrySent);
    const ApiResult r = wait([&](auto d) { m_api->submit(QStringLiteral("app_1"), d); });
    QVERIFY(r.queued);
    QVERIFY(sent.wait(Hang));
    QCOMPARE(m_mini.submissions, 1);
    QCOMPARE(m_mini.state, QStringLiteral("submitted"));
    QVERIFY(m_api->outbox()->isEmpty());
    // Every attempt carried the same key.
    QSet<QByteArray> keys;
    for (const auto &req : std::as_const(m_server->received)) {
        if (req.target.endsWith("/submit"))
            keys.insert(req.header("Idempotency-Key"));
    }
    QCOMPARE(keys.size(), 1);
}

void TestApiClient::refusedQueuedWriteStaysVisible()
{
    QVERIFY(wait([&](auto d) { m_api->application(QStringLiteral("app_1"), d); }).ok());
    const quint16 port = m_server->port();
    m_server.reset();
    const ApiResult r = wait([&](auto d) {
        m_api->updateSection(QStringLiteral("app_1"), Workflow::Section::Note,
                             { { QLatin1String("text"), QStringLiteral("说明") } }, d);
    });
    QVERIFY(r.queued);
    m_mini.state = QStringLiteral("submitted"); // locked by the time the network returns
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen(false, port));
    m_server->handler = [this](const FaultServer::Request &req) { return m_mini.handle(req); };
    QSignalSpy failed(m_api.get(), &ApiClient::outboxEntryFailed);
    m_api->flushOutbox();
    QVERIFY(failed.wait(Hang));
    QCOMPARE(failed.value(0).value(0).toString(), QStringLiteral("note"));
    QCOMPARE(m_api->outbox()->entries().size(), 1);
    const auto &entry = m_api->outbox()->entries().constFirst();
    QCOMPARE(entry.state, Outbox::Entry::State::Failed);
    QCOMPARE(entry.lastError, QStringLiteral("申请已提交，不能修改"));
    QCOMPARE(QJsonDocument::fromJson(entry.body).object().value(QLatin1String("text")).toString(),
             QStringLiteral("说明"));
}

void TestApiClient::liveWriteSupersedesQueuedOne()
{
    QVERIFY(wait([&](auto d) { m_api->application(QStringLiteral("app_1"), d); }).ok());
    m_api->setOutboxRetryInterval(60s); // keep the outbox from flushing on its own
    bool refuse = true; // libcurl itself may resend once on a reused connection: refuse by phase,
                        // not by count
    m_server->handler = [&](const FaultServer::Request &r) {
        if (r.method == "PUT" && refuse) {
            FaultServer::Reply reply;
            reply.fault = FaultServer::Reply::Fault::CloseWithoutResponse;
            return reply;
        }
        return m_mini.handle(r);
    };
    const ApiResult first = wait([&](auto d) {
        m_api->updateSection(QStringLiteral("app_1"), Workflow::Section::Note,
                             { { QLatin1String("text"), QStringLiteral("旧") } }, d);
    });
    QVERIFY(first.queued);
    refuse = false;
    const ApiResult second = wait([&](auto d) {
        m_api->updateSection(QStringLiteral("app_1"), Workflow::Section::Note,
                             { { QLatin1String("text"), QStringLiteral("新") } }, d);
    });
    QVERIFY2(second.ok(), qPrintable(second.error.technicalDetail));
    QVERIFY(m_api->outbox()->isEmpty());
    m_api->flushOutbox();
    QTest::qWait(200);
    QCOMPARE(m_mini.sections.value(QLatin1String("note"))
                 .toObject()
                 .value(QLatin1String("text"))
                 .toString(),
             QStringLiteral("新"));
    QCOMPARE(m_mini.sectionWrites, 1);
}

void TestApiClient::cancelUploadDropsQueuedOne()
{
    QVERIFY(wait([&](auto d) { m_api->application(QStringLiteral("app_1"), d); }).ok());
    m_api->setOutboxRetryInterval(60s); // keep the outbox from flushing on its own
    m_server->handler = [](const FaultServer::Request &) {
        FaultServer::Reply reply;
        reply.fault = FaultServer::Reply::Fault::CloseWithoutResponse;
        return reply;
    };
    const ApiResult queued = wait([&](auto d) {
        m_api->uploadAttachment(QStringLiteral("app_1"), QStringLiteral("other-2"), "jpeg", d);
    });
    QVERIFY(queued.queued);
    QCOMPARE(m_api->outbox()->entries().size(), 1);
    // Another slot's queued upload is not touched.
    m_api->cancelUpload(QStringLiteral("app_1"), QStringLiteral("other-3"));
    QCOMPARE(m_api->outbox()->entries().size(), 1);
    m_api->cancelUpload(QStringLiteral("app_1"), QStringLiteral("other-2"));
    QVERIFY(m_api->outbox()->isEmpty());
}

void TestApiClient::cancelUploadStopsWaitingAndInFlight()
{
    QVERIFY(wait([&](auto d) { m_api->application(QStringLiteral("app_1"), d); }).ok());
    // Uploads hang after the headers: only a cancel ends them.
    m_server->handler = [&](const FaultServer::Request &r) {
        if (r.method == "PUT" && r.target.contains("/attachments/")) {
            FaultServer::Reply reply =
                FaultServer::Reply::json(200, QByteArray(4096, ' '), "application/json");
            reply.fault = FaultServer::Reply::Fault::StallAfterHeaders;
            return reply;
        }
        return m_mini.handle(r);
    };
    ApiResult front;
    ApiResult back;
    bool frontDone = false;
    bool backDone = false;
    const int before = m_server->received.size();
    m_api->uploadAttachment(QStringLiteral("app_1"), QStringLiteral("id-front"), "front",
                            [&](const ApiResult &r) {
                                front = r;
                                frontDone = true;
                            });
    // One write per application at a time: this one waits behind the first.
    m_api->uploadAttachment(QStringLiteral("app_1"), QStringLiteral("id-back"), "back",
                            [&](const ApiResult &r) {
                                back = r;
                                backDone = true;
                            });
    QVERIFY(QTest::qWaitFor([&] { return m_server->received.size() > before; }, Hang));
    QVERIFY(!frontDone);
    QVERIFY(!backDone);

    m_api->cancelUpload(QStringLiteral("app_1"), QStringLiteral("id-back"));
    QVERIFY(backDone); // it never left this computer: ends at once
    QCOMPARE(back.error.netError, NetError::Cancelled);
    QVERIFY(!back.queued);
    QVERIFY(!frontDone);

    m_api->cancelUpload(QStringLiteral("app_1"), QStringLiteral("id-front"));
    QVERIFY(QTest::qWaitFor([&] { return frontDone; }, Hang));
    QCOMPARE(front.error.kind, ApiError::Kind::Network);
    QCOMPARE(front.error.netError, NetError::Cancelled);
    QVERIFY(!front.queued);
    QVERIFY(m_api->outbox()->isEmpty());
    QCOMPARE(m_mini.attachmentWrites, 0);

    // The application is free again: the next write goes through.
    m_server->handler = [&](const FaultServer::Request &r) { return m_mini.handle(r); };
    const ApiResult again = wait([&](auto d) {
        m_api->uploadAttachment(QStringLiteral("app_1"), QStringLiteral("id-back"), "back", d);
    });
    QVERIFY2(again.ok(), qPrintable(again.error.technicalDetail));
    QCOMPARE(m_mini.attachmentWrites, 1);
}

void TestApiClient::changedPathsAndDescriptions()
{
    const QJsonObject a {
        { QLatin1String("etag"), QStringLiteral("\"1\"") },
        { QLatin1String("state"), QStringLiteral("draft") },
        { QLatin1String("sections"),
          QJsonObject { { QLatin1String("note"),
                          QJsonObject { { QLatin1String("text"), QStringLiteral("a") } } } } },
        { QLatin1String("attachments"),
          QJsonArray { QJsonObject { { QLatin1String("slot"), QStringLiteral("id-front") },
                                     { QLatin1String("sha256"), QStringLiteral("1") } } } }
    };
    QJsonObject b = a;
    b.insert(QLatin1String("etag"), QStringLiteral("\"2\""));
    QCOMPARE(changedPaths(a, b), QStringList {});
    b.insert(QLatin1String("state"), QStringLiteral("rejected"));
    b.insert(QLatin1String("attachments"),
             QJsonArray { QJsonObject { { QLatin1String("slot"), QStringLiteral("id-front") },
                                        { QLatin1String("sha256"), QStringLiteral("2") } } });
    const QStringList paths = changedPaths(a, b);
    QCOMPARE(
        paths,
        (QStringList { QStringLiteral("attachments.id-front.sha256"), QStringLiteral("state") }));
    const QString text = describeChanges(paths);
    QVERIFY(text.contains(QStringLiteral("uploaded images")));
    QVERIFY(text.contains(QStringLiteral("application status")));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
