// End-to-end tests of zkgrad-sandbox over real loopback sockets: every
// endpoint, every state transition and every refusal of docs/api.md.

#include "sandboxprocess.h"

#include <batchrules.h>
#include <contact.h>
#include <priordiploma.h>
#include <resume.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPasswordDigestor>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <algorithm>

namespace {

const QString associate = QStringLiteral("500101199001010018"); // 王专科
const QString bachelorPass = QStringLiteral("500101199001010026"); // 李本通
const QString bachelorFail = QStringLiteral("500101199001010034"); // 赵本未
const QString noMajor = QStringLiteral("500101199001010042"); // 钱无专
const QString noContact = QStringLiteral("500101199001010050"); // 孙缺联
const QString assisted = QStringLiteral("500101199001010069"); // 周助学

QString L(const char *s)
{
    return QString::fromUtf8(s);
}

QJsonObject resumeBody()
{
    return { { L("entries"),
               QJsonArray { QJsonObject { { L("from"), L("2006-09") },
                                          { L("to"), L("2009-07") },
                                          { L("organisation"), L("重庆市示例中学") },
                                          { L("role"), L("学生") },
                                          { L("witness"), L("张老师") } },
                            QJsonObject { { L("from"), L("2009-09") },
                                          { L("to"), L("present") },
                                          { L("organisation"), L("重庆示例科技有限公司") },
                                          { L("role"), L("职员") },
                                          { L("witness"), L("李经理") } } } } };
}

QJsonObject selfAssessmentBody(int chars = 320)
{
    QString text;
    const QString sentence = L("本人在自学期间认真学习专业知识，遵纪守法，积极上进。");
    while (text.size() < chars)
        text += sentence;
    return { { L("text"), text.left(chars) } };
}

QByteArray key()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

/** The API contract, exercised against the real server binary. */
class TestSandboxApi : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sb;
    QByteArray m_jpeg;

    QString createApp(const QByteArray &token, const QString &major, const QString &school)
    {
        const HttpResult r = m_sb.post(L("/applications"), token,
                                       { { L("majorCode"), major },
                                         { L("schoolCode"), school },
                                         { L("confirmSchoolChoice"), true } },
                                       key());
        if (r.status != 201)
            qWarning("create failed: %d %s", r.status, r.body.constData());
        return r.json().value(L("id")).toString();
    }

    QByteArray put(const QString &app, const QByteArray &token, const QString &section,
                   const QJsonObject &body)
    {
        const HttpResult r = m_sb.put(L("/applications/") + app + L("/") + section, token, body,
                                      m_sb.etag(app, token));
        if (r.status != 200)
            qWarning("put %s failed: %d %s", qPrintable(section), r.status, r.body.constData());
        return r.header("ETag");
    }

    int uploadSlot(const QString &app, const QByteArray &token, const QString &slot)
    {
        return m_sb
            .upload(L("/applications/") + app + L("/attachments/") + slot, token, m_jpeg,
                    m_sb.etag(app, token))
            .status;
    }

    void completeCommon(const QString &app, const QByteArray &token)
    {
        put(app, token, L("resume"), resumeBody());
        put(app, token, L("self-assessment"), selfAssessmentBody());
        for (const char *slot : { "id-front", "id-back", "signature" })
            QCOMPARE(uploadSlot(app, token, QLatin1String(slot)), 200);
    }

    HttpResult submit(const QString &app, const QByteArray &token)
    {
        return m_sb.post(L("/applications/") + app + L("/submit"), token, {}, key(),
                         { { "If-Match", m_sb.etag(app, token) } });
    }

    /** The associate candidate's application, submitted once. */
    QString submittedApp(QByteArray *token)
    {
        *token = m_sb.signIn(associate);
        const QString app = createApp(*token, L("C080101"), L("S01"));
        completeCommon(app, *token);
        const HttpResult r = submit(app, *token);
        if (r.status != 200)
            qWarning("submit failed: %d %s", r.status, r.body.constData());
        return app;
    }

    QString schoolApprovedApp(QByteArray *token)
    {
        const QString app = submittedApp(token);
        m_sb.admin("POST", L("/applications/") + app + L("/school-approve"));
        return app;
    }

    QString cityReviewApp(QByteArray *token, QString *order)
    {
        const QString app = schoolApprovedApp(token);
        *order = m_sb.post(L("/applications/") + app + L("/payments"), *token, {}, key())
                     .json()
                     .value(L("id"))
                     .toString();
        m_sb.admin("POST", L("/payments/") + *order + L("/settle"));
        return app;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_jpeg = makeJpeg(320, 200, 80);
        QVERIFY(m_jpeg.size() > 1000 && m_jpeg.size() < 50000);
    }

    void init() { QVERIFY2(m_sb.start(), "zkgrad-sandbox did not start"); }
    void cleanup() { m_sb.stop(); }

    void startupLines()
    {
        QVERIFY(m_sb.firstLine().startsWith(L("zkgrad-sandbox listening on http://127.0.0.1:")));
        QCOMPARE(m_sb.secondLine(),
                 L("zkgrad-sandbox admin token ") + QLatin1String(SandboxProcess::adminToken));
    }

    void schemaMigrated()
    {
        m_sb.stop();
        {
            auto db = QSqlDatabase::addDatabase(L("QSQLITE"), L("check"));
            db.setDatabaseName(m_sb.dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(L("SELECT version FROM schema_version")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QVERIFY(q.exec(L("SELECT password FROM candidates LIMIT 1")));
            QVERIFY(q.next());
            // Hashed with a salt, never stored as typed.
            QVERIFY(q.value(0).toString().startsWith(L("pbkdf2-sha256$1000$")));
            QVERIFY(!q.value(0).toString().contains(L("Demo2026")));
        }
        QSqlDatabase::removeDatabase(L("check"));
        // Reopening a migrated, seeded file changes nothing.
        QVERIFY(m_sb.start({}, m_sb.dbPath()));
        QVERIFY(!m_sb.signIn(associate).isEmpty());
    }

    void signInByIdNumberOrTicket()
    {
        HttpResult r = m_sb.post(L("/sessions"), {},
                                 { { L("login"), associate }, { L("password"), L("Demo2026") } });
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(L("tokenType")).toString(), L("Bearer"));
        QVERIFY(r.json().value(L("expiresIn")).toInt() > 0);
        QVERIFY(!r.json().value(L("expiresAt")).toString().isEmpty());
        QCOMPARE(r.json().value(L("candidate")).toObject().value(L("name")).toString(),
                 L("王专科"));
        QVERIFY(!m_sb.signIn(L("010119000002")).isEmpty());

        r = m_sb.post(L("/sessions"), {},
                      { { L("login"), associate }, { L("password"), L("nope") } });
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), L("invalid-credentials"));
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
        r = m_sb.post(L("/sessions"), {}, { { L("login"), L("") } });
        QCOMPARE(r.status, 422);
        QVERIFY(r.hasFieldError(L("login"), L("required")));
    }

    void sessionReadAndSignOut()
    {
        const QByteArray token = m_sb.signIn(associate);
        HttpResult r = m_sb.get(L("/sessions/current"), token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(L("candidateId")).toString(), L("cand_01"));
        r = m_sb.request("DELETE", L("/api/v1/sessions/current"), {},
                         { { "Authorization", "Bearer " + token } });
        QCOMPARE(r.status, 204);
        r = m_sb.get(L("/candidate"), token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), L("unauthenticated"));
    }

    void missingOrWrongToken()
    {
        HttpResult r = m_sb.get(L("/candidate"), {});
        QCOMPARE(r.status, 401);
        QVERIFY(!r.header("WWW-Authenticate").isEmpty());
        QCOMPARE(m_sb.get(L("/candidate"), "garbage").status, 401);
        // The admin token is not a candidate token and the other way round.
        QCOMPARE(m_sb.get(L("/candidate"), SandboxProcess::adminToken).status, 401);
        const QByteArray token = m_sb.signIn(associate);
        r = m_sb.request("GET", L("/api/v1/admin/batch"), {},
                         { { "Authorization", "Bearer " + token } });
        QCOMPARE(r.status, 401);
    }

    void expiredToken()
    {
        QVERIFY(m_sb.start({ L("--token-ttl"), L("1") }));
        const QByteArray token = m_sb.signIn(associate);
        QVERIFY(!token.isEmpty());
        QTest::qWait(2200);
        const HttpResult r = m_sb.get(L("/candidate"), token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), L("token-expired"));
        QVERIFY(r.header("WWW-Authenticate").contains("invalid_token"));
        // Signing in again works.
        QCOMPARE(m_sb.get(L("/candidate"), m_sb.signIn(associate)).status, 200);
    }

    void weakPasswordHashUpgradedOnSignIn()
    {
        // Issue 19: 10,000 PBKDF2 iterations; stored hashes move to the current cost on the
        // next successful sign-in (the hash string names its parameters).
        const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        const QString old = L("pbkdf2-sha256$10000$") + QString::fromLatin1(salt.toHex()) + L("$")
            + QString::fromLatin1(QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                                                     "Demo2026", salt, 10000, 32)
                                      .toHex());
        auto stored = [this](const QString &update = {}, const QString &id = L("cand_01")) {
            QString value;
            {
                auto db = QSqlDatabase::addDatabase(L("QSQLITE"), L("hash"));
                db.setDatabaseName(m_sb.dbPath());
                if (db.open()) {
                    QSqlQuery q(db);
                    if (!update.isEmpty()) {
                        q.prepare(L("UPDATE candidates SET password = ? WHERE id = ?"));
                        q.addBindValue(update);
                        q.addBindValue(id);
                        q.exec();
                    }
                    q.prepare(L("SELECT password FROM candidates WHERE id = ?"));
                    q.addBindValue(id);
                    if (q.exec() && q.next())
                        value = q.value(0).toString();
                }
            }
            QSqlDatabase::removeDatabase(L("hash"));
            return value;
        };
        QVERIFY(m_sb.start({ L("--password-iterations"), L("20000") }));
        QCOMPARE(stored(old), old);
        // A wrong password changes nothing.
        QCOMPARE(m_sb.post(L("/sessions"), {},
                           { { L("login"), associate }, { L("password"), L("wrong") } })
                     .status,
                 401);
        QCOMPARE(stored(), old);
        QVERIFY(!m_sb.signIn(associate).isEmpty());
        const QString upgraded = stored();
        QVERIFY2(upgraded.startsWith(L("pbkdf2-sha256$20000$")), qPrintable(upgraded));
        QVERIFY(!upgraded.contains(QString::fromLatin1(salt.toHex())));
        QVERIFY(!m_sb.signIn(associate).isEmpty());
        QCOMPARE(stored(), upgraded);
        // Demo accounts (a published password) are seeded at no more than 10,000 and move
        // to the configured cost like any other.
        QVERIFY(stored({}, L("cand_02")).startsWith(L("pbkdf2-sha256$10000$")));
        QVERIFY(!m_sb.signIn(bachelorPass).isEmpty());
        QVERIFY(stored({}, L("cand_02")).startsWith(L("pbkdf2-sha256$20000$")));
    }

    void signInRateLimited()
    {
        QVERIFY(m_sb.start({ L("--signin-limit"), L("3") }));
        for (int i = 0; i < 3; ++i) {
            const HttpResult r = m_sb.post(
                L("/sessions"), {}, { { L("login"), associate }, { L("password"), L("wrong") } });
            QCOMPARE(r.status, 401);
        }
        HttpResult r = m_sb.post(L("/sessions"), {},
                                 { { L("login"), associate }, { L("password"), L("Demo2026") } });
        QCOMPARE(r.status, 429);
        QCOMPARE(r.code(), L("too-many-attempts"));
        QVERIFY(r.header("Retry-After").toInt() >= 1);
        QVERIFY(r.json().value(L("retryAfter")).toInt() >= 1);
        // Another account from the same client is not blocked yet.
        QVERIFY(!m_sb.signIn(bachelorPass).isEmpty());
    }

    void signInLimitCountsTheAccountNotTheSpelling()
    {
        // Issue 19: the limit counted "500101199001010026" and "500101 199001010026" apart.
        QVERIFY(m_sb.start({ L("--signin-limit"), L("3") }));
        const QStringList spellings { L("500101 199001010026"), L("500101-199001010026"),
                                      L("５００１０１１９９００１０１００２６"),
                                      L("010119000002") };
        // Three wrong passwords, each spelled differently, block the one account.
        for (int i = 0; i < 3; ++i) {
            const HttpResult r =
                m_sb.post(L("/sessions"), {},
                          { { L("login"), spellings.at(i) }, { L("password"), L("wrong") } });
            QCOMPARE(r.status, 401);
        }
        for (const QString &login : spellings + QStringList { bachelorPass }) {
            const HttpResult r = m_sb.post(
                L("/sessions"), {}, { { L("login"), login }, { L("password"), L("Demo2026") } });
            QVERIFY2(r.status == 429, qPrintable(login));
        }
        // Unknown logins are counted by their normalised form.
        for (const char *login :
             { "500101199001019999", "500101 199001019999", "500101199001019999" })
            m_sb.post(L("/sessions"), {}, { { L("login"), L(login) }, { L("password"), L("x") } });
        QCOMPARE(m_sb.post(L("/sessions"), {},
                           { { L("login"), L("500101-199001019999") }, { L("password"), L("x") } })
                     .status,
                 429);
        // Other accounts are not blocked.
        QVERIFY(!m_sb.signIn(associate).isEmpty());
    }

    void malformedLoginRefusedBeforeCounting()
    {
        // Issue 19: 60,000-character logins each became a rate-limiter key.
        QVERIFY(m_sb.start({ L("--signin-limit"), L("2") }));
        for (const QString &login : { QString(60000, QLatin1Char('A')), L("admin' OR 1=1 --"),
                                      L("5001011990010100261"), L("abc") }) {
            const HttpResult r =
                m_sb.post(L("/sessions"), {}, { { L("login"), login }, { L("password"), L("x") } });
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), L("invalid-login"));
            QVERIFY(r.hasFieldError(L("login")));
        }
        // None of them counted against the client's address (20 would, at limit 2 x 4 = 8).
        for (int i = 0; i < 10; ++i)
            m_sb.post(L("/sessions"), {}, { { L("login"), L("x") }, { L("password"), L("x") } });
        QVERIFY(!m_sb.signIn(associate).isEmpty());
    }

    void profileAndContact()
    {
        const QByteArray token = m_sb.signIn(noContact);
        HttpResult r = m_sb.get(L("/candidate"), token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(L("contactComplete")).toBool(), false);
        QVERIFY(r.json().value(L("missingContact")).toArray().contains(L("phone")));
        QCOMPARE(r.json().value(L("gender")).toString(), L("male"));

        r = m_sb.patch(L("/candidate/contact"), token,
                       { { L("phone"), L("12345") }, { L("postalCode"), L("40") } });
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), L("validation"));
        QVERIFY(r.hasFieldError(L("contact.phone")));
        QVERIFY(r.hasFieldError(L("contact.postalCode")));

        r = m_sb.patch(L("/candidate/contact"), token,
                       { { L("phone"), L("138 0000 0005") },
                         { L("address"), L("重庆市渝中区示例路5号") },
                         { L("postalCode"), L("400010") } });
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json().value(L("contact")).toObject().value(L("phone")).toString(),
                 L("13800000005"));
        QCOMPARE(r.json().value(L("contactComplete")).toBool(), true);
        // A landline is a phone number too.
        r = m_sb.patch(L("/candidate/contact"), token, { { L("phone"), L("023-62345678") } });
        QCOMPARE(r.status, 200);
    }

    void enrolledMajors()
    {
        const QByteArray token = m_sb.signIn(noMajor);
        HttpResult r = m_sb.get(L("/candidate/majors"), token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(L("items")).toArray().size(), 0);

        const QJsonObject body { { L("majorCode"), L("C080101") }, { L("schoolCode"), L("S01") } };
        const QByteArray k = key();
        r = m_sb.post(L("/candidate/majors"), token, body, k);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(L("levelName")).toString(), L("专科"));
        const HttpResult replay = m_sb.post(L("/candidate/majors"), token, body, k);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.body, r.body);

        r = m_sb.post(L("/candidate/majors"), token, body, key());
        QCOMPARE(r.status, 422);
        QVERIFY(r.hasFieldError(L("majorCode"), L("already-enrolled")));
        r = m_sb.post(L("/candidate/majors"), token,
                      { { L("majorCode"), L("X999") }, { L("schoolCode"), L("S01") } }, key());
        QVERIFY(r.hasFieldError(L("majorCode"), L("unknown")));
        r = m_sb.post(L("/candidate/majors"), token,
                      { { L("majorCode"), L("B080901") }, { L("schoolCode"), L("S02") } }, key());
        QVERIFY(r.hasFieldError(L("schoolCode"), L("unknown")));
        QCOMPARE(m_sb.get(L("/candidate/majors"), token).json().value(L("items")).toArray().size(),
                 1);
    }

    void catalogSchoolsAnnouncements()
    {
        const QByteArray token = m_sb.signIn(associate);
        HttpResult r = m_sb.get(L("/majors"), token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(L("items")).toArray().size(), 4);
        r = m_sb.get(L("/schools"), token);
        QCOMPARE(r.json().value(L("items")).toArray().size(), 2);
        r = m_sb.get(L("/schools/S01/announcements"), token);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value(L("items")).toArray().isEmpty());
        QCOMPARE(m_sb.get(L("/schools/S99/announcements"), token).status, 404);
        QCOMPARE(m_sb.get(L("/no-such-thing"), token).status, 404);
    }

    void batchReadsAsBatchRules()
    {
        const QByteArray token = m_sb.signIn(associate);
        const HttpResult r = m_sb.get(L("/batches/current"), token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(L("open")).toBool(), true);
        // The app parses this with the shared core type.
        const zkgrad::BatchRulesParseResult parsed = zkgrad::BatchRules::fromJson(r.body);
        QVERIFY2(parsed.ok, qPrintable(parsed.error + L(" ") + parsed.field));
        QCOMPARE(parsed.rules.imageAcceptBytes, 51200);
        QCOMPARE(parsed.rules.imageTargetBytes, 50000);
        QCOMPARE(parsed.rules.selfAssessmentMin, 300);
        QCOMPARE(parsed.rules.selfAssessmentMax, 500);
        QCOMPARE(parsed.rules.feeFen.value_or(-1), 5000);
    }

    void adminChangesBatchRules()
    {
        HttpResult r = m_sb.admin("PATCH", L("/batch"),
                                  { { L("imageAcceptBytes"), 30720 },
                                    { L("imageTargetBytes"), 30000 },
                                    { L("feeFen"), 8800 },
                                    { L("selfAssessmentMin"), 10 },
                                    { L("selfAssessmentMax"), 20 } });
        QCOMPARE(r.status, 200);
        const QByteArray token = m_sb.signIn(associate);
        r = m_sb.get(L("/batches/current"), token);
        QCOMPARE(r.json().value(L("image")).toObject().value(L("acceptBytes")).toInt(), 30720);
        QCOMPARE(r.json().value(L("fee")).toObject().value(L("amountFen")).toInt(), 8800);
        r = m_sb.admin("PATCH", L("/batch"), { { L("imageTargetBytes"), 40000 } });
        QCOMPARE(r.status, 422);
        r = m_sb.admin("PATCH", L("/batch"), { { L("closesAt"), L("not a date") } });
        QCOMPARE(r.status, 422);
        // Beyond any integer type: refused as out of range (UBSan caught the conversion before).
        r = m_sb.admin("PATCH", L("/batch"), { { L("feeFen"), 1e300 } });
        QCOMPARE(r.status, 422);
        // New limits apply at once: a 15-character self-assessment is now fine.
        const QString app = createApp(token, L("C080101"), L("S01"));
        r = m_sb.put(L("/applications/") + app + L("/self-assessment"), token,
                     selfAssessmentBody(15), m_sb.etag(app, token));
        QCOMPARE(r.status, 200);
    }

    void createRefusals()
    {
        HttpResult r = m_sb.post(L("/applications"), m_sb.signIn(assisted),
                                 { { L("majorCode"), L("C080101") },
                                   { L("schoolCode"), L("S01") },
                                   { L("confirmSchoolChoice"), true } },
                                 key());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), L("assisted-candidate"));

        r = m_sb.post(L("/applications"), m_sb.signIn(noContact),
                      { { L("majorCode"), L("C120202") },
                        { L("schoolCode"), L("S02") },
                        { L("confirmSchoolChoice"), true } },
                      key());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), L("incomplete-contact"));
        QVERIFY(r.hasFieldError(L("contact.phone"), L("required")));

        const QByteArray token = m_sb.signIn(associate);
        r = m_sb.post(L("/applications"), token,
                      { { L("majorCode"), L("B080901") },
                        { L("schoolCode"), L("S01") },
                        { L("confirmSchoolChoice"), true } },
                      key());
        QCOMPARE(r.status, 422);
        QVERIFY(r.hasFieldError(L("majorCode"), L("not-enrolled")));
        r = m_sb.post(L("/applications"), token,
                      { { L("majorCode"), L("C080101") }, { L("schoolCode"), L("S01") } }, key());
        QCOMPARE(r.status, 422);
        QVERIFY(r.hasFieldError(L("confirmSchoolChoice"), L("required")));

        const QString app = createApp(token, L("C080101"), L("S01"));
        QVERIFY(!app.isEmpty());
        r = m_sb.post(L("/applications"), token,
                      { { L("majorCode"), L("C080101") },
                        { L("schoolCode"), L("S01") },
                        { L("confirmSchoolChoice"), true } },
                      key());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), L("application-exists"));
        QCOMPARE(r.json().value(L("applicationId")).toString(), app);
    }

    void closedWindow()
    {
        const QByteArray token = m_sb.signIn(associate);
        const QString app = createApp(token, L("C080101"), L("S01"));
        completeCommon(app, token);
        HttpResult r = m_sb.admin("PATCH", L("/batch"),
                                  { { L("opensAt"), L("2020-01-01T00:00:00Z") },
                                    { L("closesAt"), L("2020-02-01T00:00:00Z") } });
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sb.get(L("/batches/current"), token).json().value(L("open")).toBool(), false);
        r = submit(app, token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), L("batch-closed"));
        // Editing a draft is still allowed.
        QCOMPARE(m_sb.put(L("/applications/") + app + L("/note"), token, { { L("text"), L("x") } },
                          m_sb.etag(app, token))
                     .status,
                 200);
        r = m_sb.post(L("/applications"), m_sb.signIn(bachelorPass),
                      { { L("majorCode"), L("B080901") },
                        { L("schoolCode"), L("S01") },
                        { L("confirmSchoolChoice"), true } },
                      key());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), L("batch-closed"));
    }

    void createIsIdempotent()
    {
        const QByteArray token = m_sb.signIn(associate);
        const QJsonObject body { { L("majorCode"), L("C080101") },
                                 { L("schoolCode"), L("S01") },
                                 { L("confirmSchoolChoice"), true } };
        const QByteArray k = key();
        const HttpResult first = m_sb.post(L("/applications"), token, body, k);
        QCOMPARE(first.status, 201);
        QVERIFY(first.header("Location").startsWith("/api/v1/applications/app_"));
        const HttpResult again = m_sb.post(L("/applications"), token, body, k);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.json().value(L("id")), first.json().value(L("id")));
        QCOMPARE(m_sb.get(L("/applications"), token).json().value(L("items")).toArray().size(), 1);

        QJsonObject other = body;
        other.insert(L("majorCode"), L("C120202"));
        const HttpResult reused = m_sb.post(L("/applications"), token, other, k);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.code(), L("idempotency-key-reused"));
        const HttpResult badKey = m_sb.post(L("/applications"), token, body, "has space");
        QCOMPARE(badKey.status, 400);
        QCOMPARE(badKey.code(), L("invalid-idempotency-key"));
        // Keys belong to their caller: another candidate's identical key is a new request.
        const HttpResult other2 = m_sb.post(L("/applications"), m_sb.signIn(bachelorPass),
                                            { { L("majorCode"), L("B080901") },
                                              { L("schoolCode"), L("S01") },
                                              { L("confirmSchoolChoice"), true } },
                                            k);
        QCOMPARE(other2.status, 201);
        QVERIFY(other2.header("Idempotent-Replayed").isEmpty());
    }

    void etagAndIfMatch()
    {
        const QByteArray token = m_sb.signIn(associate);
        const QString app = createApp(token, L("C080101"), L("S01"));
        const HttpResult read = m_sb.get(L("/applications/") + app, token);
        QCOMPARE(read.status, 200);
        const QByteArray etag = read.header("ETag");
        QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
        QCOMPARE(read.json().value(L("etag")).toString().toLatin1(), etag);

        const QString path = L("/applications/") + app + L("/note");
        HttpResult r = m_sb.put(path, token, { { L("text"), L("a") } }, {});
        QCOMPARE(r.status, 428);
        QCOMPARE(r.code(), L("if-match-required"));
        r = m_sb.put(path, token, { { L("text"), L("a") } }, "\"999\"");
        QCOMPARE(r.status, 412);
        QCOMPARE(r.code(), L("etag-mismatch"));
        QCOMPARE(r.header("ETag"), etag);
        r = m_sb.put(path, token, { { L("text"), L("a") } }, "*");
        QCOMPARE(r.status, 412);
        r = m_sb.put(path, token, { { L("text"), L("a") } }, etag);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("ETag") != etag);
        // The old ETag is stale now.
        QCOMPARE(m_sb.put(path, token, { { L("text"), L("b") } }, etag).status, 412);
        QCOMPARE(
            m_sb.get(L("/applications/") + app, token, { { "If-None-Match", r.header("ETag") } })
                .status,
            304);
        // Upload, delete and submit need it too.
        QCOMPARE(
            m_sb.upload(L("/applications/") + app + L("/attachments/id-front"), token, m_jpeg, {})
                .status,
            428);
        QCOMPARE(m_sb.post(L("/applications/") + app + L("/submit"), token, {}, key()).status, 428);
    }

    void sectionValidation()
    {
        const QByteArray token = m_sb.signIn(associate);
        const QString app = createApp(token, L("C080101"), L("S01"));
        const QString base = L("/applications/") + app;
        HttpResult r = m_sb.put(base + L("/self-assessment"), token, selfAssessmentBody(100),
                                m_sb.etag(app, token));
        QCOMPARE(r.status, 422);
        QVERIFY(r.hasFieldError(L("selfAssessment.text"), L("too-short")));
        r = m_sb.put(base + L("/self-assessment"), token, selfAssessmentBody(501),
                     m_sb.etag(app, token));
        QVERIFY(r.hasFieldError(L("selfAssessment.text"), L("too-long")));
        r = m_sb.put(base + L("/self-assessment"), token, selfAssessmentBody(500),
                     m_sb.etag(app, token));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()
                     .value(L("sections"))
                     .toObject()
                     .value(L("selfAssessment"))
                     .toObject()
                     .value(L("length"))
                     .toInt(),
                 500);

        QJsonObject overlap = resumeBody();
        QJsonArray entries = overlap.value(L("entries")).toArray();
        QJsonObject second = entries.at(1).toObject();
        second.insert(L("from"), L("2008-01"));
        entries.replace(1, second);
        overlap.insert(L("entries"), entries);
        r = m_sb.put(base + L("/resume"), token, overlap, m_sb.etag(app, token));
        QCOMPARE(r.status, 422);
        QVERIFY(r.json()
                    .value(L("errors"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(L("field"))
                    .toString()
                    .startsWith(L("resume.entries[")));
        r = m_sb.put(base + L("/resume"), token, { { L("entries"), QJsonArray {} } },
                     m_sb.etag(app, token));
        QCOMPARE(r.status, 422);
        r = m_sb.put(base + L("/resume"), token, resumeBody(), m_sb.etag(app, token));
        QCOMPARE(r.status, 200);

        // An associate applicant has no prior-degree section.
        r = m_sb.put(base + L("/prior-degree"), token, { { L("name"), L("王专科") } },
                     m_sb.etag(app, token));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), L("section-not-applicable"));
        QCOMPARE(m_sb.put(base + L("/unknown-section"), token, {}, m_sb.etag(app, token)).status,
                 404);
        // Not a JSON object.
        r = m_sb.request(
            "PUT", L("/api/v1") + base + L("/note"), "[1,2",
            { { "Authorization", "Bearer " + token }, { "If-Match", m_sb.etag(app, token) } });
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), L("invalid-json"));
    }

    // One free-text policy (zkgrad::FreeText) for every free-text field (issue #19).
    void freeTextPolicy()
    {
        const auto detailOf = [](const HttpResult &r, const QString &field) {
            for (const QJsonValue &e : r.json().value(L("errors")).toArray()) {
                if (e.toObject().value(L("field")).toString() == field)
                    return e.toObject().value(L("detail")).toString();
            }
            return QString();
        };
        const QByteArray token = m_sb.signIn(associate);
        // 5,000 zero-width spaces count as nothing but would be stored.
        HttpResult r =
            m_sb.patch(L("/candidate/contact"), token,
                       { { L("address"),
                           QString(L("重庆市渝中区示例路5号") + QString(5000, QChar(0x200B))) } });
        QCOMPARE(r.status, 422);
        QVERIFY2(r.hasFieldError(L("contact.address"), L("too-long")), r.body.constData());
        // In Chinese: which field, which character, where.
        const QJsonObject override {
            { L("address"), QString(L("重庆市渝中区") + QChar(0x202E) + L("号5路例示")) }
        };
        r = m_sb.request(
            "PATCH", L("/api/v1/candidate/contact"),
            QJsonDocument(override).toJson(QJsonDocument::Compact),
            { { "Authorization", "Bearer " + token }, { "Accept-Language", "zh-CN" } });
        QCOMPARE(r.status, 422);
        QVERIFY2(r.hasFieldError(L("contact.address"), L("forbidden-character")),
                 r.body.constData());
        QVERIFY2(detailOf(r, L("contact.address")).contains(L("通讯地址的第 7 个字符（U+202E）")),
                 r.body.constData());
        QVERIFY2(detailOf(r, L("contact.address")).contains(L("文字方向控制符")),
                 r.body.constData());
        r = m_sb.patch(L("/candidate/contact"), token, override);
        QVERIFY2(
            detailOf(r, L("contact.address"))
                .startsWith(L("Character 7 of the postal address, U+202E, is a text-direction")),
            r.body.constData());

        const QString app = createApp(token, L("C080101"), L("S01"));
        const QString base = L("/applications/") + app;
        r = m_sb.put(base + L("/note"), token,
                     { { L("text"), QString(L("情况说明") + QChar(0) + QChar(0x1B) + L("[2J")) } },
                     m_sb.etag(app, token));
        QCOMPARE(r.status, 422);
        QVERIFY2(r.hasFieldError(L("note.text"), L("forbidden-character")), r.body.constData());
        QVERIFY2(detailOf(r, L("note.text")).contains(L("U+0000")), r.body.constData());
        QJsonObject body = selfAssessmentBody(400);
        body.insert(L("text"),
                    QString(body.value(L("text")).toString() + L("\U000E0041\U000E0042")));
        r = m_sb.put(base + L("/self-assessment"), token, body, m_sb.etag(app, token));
        QCOMPARE(r.status, 422);
        QVERIFY2(r.hasFieldError(L("selfAssessment.text"), L("forbidden-character")),
                 r.body.constData());
        QJsonObject resume = resumeBody();
        QJsonArray entries = resume.value(L("entries")).toArray();
        QJsonObject first = entries.at(0).toObject();
        first.insert(L("witness"), QString(L("张老师") + QChar(0xFFFF)));
        entries.replace(0, first);
        resume.insert(L("entries"), entries);
        r = m_sb.put(base + L("/resume"), token, resume, m_sb.etag(app, token));
        QCOMPARE(r.status, 422);
        QVERIFY2(r.hasFieldError(L("resume.entries[0].witness"), L("forbidden-character")),
                 r.body.constData());
    }

    // The server enforces the same length rules as the app, from the same constants in core,
    // counted with TextCount: "𠀀" (CJK Extension B) is two UTF-16 units and one character.
    void lengthRulesFromCore()
    {
        const QString wide = L("𠀀");
        QCOMPARE(wide.size(), 2);
        const QByteArray token = m_sb.signIn(associate);
        const auto address = [&](int n) {
            return m_sb.patch(L("/candidate/contact"), token,
                              { { L("address"), wide.repeated(n) } });
        };
        HttpResult r = address(zkgrad::Contact::minAddressLength - 1);
        QVERIFY2(r.hasFieldError(L("contact.address"), L("too-short")), r.body.constData());
        QCOMPARE(address(zkgrad::Contact::minAddressLength).status, 200);
        QCOMPARE(address(zkgrad::Contact::maxAddressLength).status, 200);
        r = address(zkgrad::Contact::maxAddressLength + 1);
        QVERIFY2(r.hasFieldError(L("contact.address"), L("too-long")), r.body.constData());

        const QString app = createApp(token, L("C080101"), L("S01"));
        const QString base = L("/applications/") + app;
        const struct
        {
            const char *field;
            int max;
        } caps[] = { { "organisation", zkgrad::Resume::maxOrganisationChars },
                     { "role", zkgrad::Resume::maxRoleChars },
                     { "witness", zkgrad::Resume::maxWitnessChars } };
        for (const auto &cap : caps) {
            const auto resume = [&](int n) {
                QJsonObject body = resumeBody();
                QJsonArray entries = body.value(L("entries")).toArray();
                QJsonObject first = entries.at(0).toObject();
                first.insert(QLatin1String(cap.field), wide.repeated(n));
                entries.replace(0, first);
                body.insert(L("entries"), entries);
                return m_sb.put(base + L("/resume"), token, body, m_sb.etag(app, token));
            };
            r = resume(cap.max);
            QVERIFY2(r.status == 200, r.body.constData());
            r = resume(cap.max + 1);
            QCOMPARE(r.status, 422);
            QVERIFY2(
                r.hasFieldError(L("resume.entries[0].") + QLatin1String(cap.field), L("too-long")),
                r.body.constData());
        }

        const QByteArray bachelor = m_sb.signIn(bachelorFail);
        const QString prior = createApp(bachelor, L("B120201"), L("S02"));
        const auto school = [&](int n) {
            const QJsonObject body { { L("name"), L("赵本未") },
                                     { L("idNumber"), L("500101199001010034") },
                                     { L("diplomaNumber"), L("125351201006000123") },
                                     { L("school"), wide.repeated(n) },
                                     { L("graduationDate"), L("2010-07-01") },
                                     { L("identityChanged"), false } };
            return m_sb.put(L("/applications/") + prior + L("/prior-degree"), bachelor, body,
                            m_sb.etag(prior, bachelor));
        };
        r = school(zkgrad::PriorDiploma::maxSchoolLength);
        QVERIFY2(r.status == 200, r.body.constData());
        r = school(zkgrad::PriorDiploma::maxSchoolLength + 1);
        QVERIFY2(r.hasFieldError(L("priorDegree.school"), L("too-long")), r.body.constData());
    }

    void attachments()
    {
        const QByteArray token = m_sb.signIn(associate);
        const QString app = createApp(token, L("C080101"), L("S01"));
        const QString slot = L("/applications/") + app + L("/attachments/");
        HttpResult r = m_sb.upload(slot + L("id-front"), token, m_jpeg, m_sb.etag(app, token));
        QCOMPARE(r.status, 200);
        const QJsonObject meta = r.json().value(L("attachments")).toArray().first().toObject();
        QCOMPARE(meta.value(L("slot")).toString(), L("id-front"));
        QCOMPARE(meta.value(L("width")).toInt(), 320);
        QCOMPARE(meta.value(L("bytes")).toInt(), m_jpeg.size());

        r = m_sb.get(slot + L("id-front"), token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("image/jpeg"));
        QCOMPARE(r.body, m_jpeg);

        // Not a JPEG, a truncated JPEG, the wrong type, an unknown slot.
        r = m_sb.upload(slot + L("id-back"), token, "GIF89a not a jpeg at all",
                        m_sb.etag(app, token));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), L("invalid-jpeg"));
        QVERIFY(r.hasFieldError(L("attachments.id-back"), L("not-jpeg")));
        r = m_sb.upload(slot + L("id-back"), token, m_jpeg.left(m_jpeg.size() / 2),
                        m_sb.etag(app, token));
        QCOMPARE(r.status, 422);
        QVERIFY(r.hasFieldError(L("attachments.id-back"), L("decode")));
        r = m_sb.upload(slot + L("id-back"), token, m_jpeg, m_sb.etag(app, token), "image/png");
        QCOMPARE(r.status, 415);
        QCOMPARE(m_sb.upload(slot + L("other-0"), token, m_jpeg, m_sb.etag(app, token)).status,
                 404);
        QCOMPARE(m_sb.upload(slot + L("other-9"), token, m_jpeg, m_sb.etag(app, token)).status,
                 200);
        // Prior-degree slots are for bachelor applicants whose check failed.
        r = m_sb.upload(slot + L("diploma"), token, m_jpeg, m_sb.etag(app, token));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), L("section-not-applicable"));

        // Over the batch limit: 413 with the limit in the problem.
        const QByteArray big = makeJpeg(400, 300, 95, true);
        QVERIFY(big.size() > 51200);
        r = m_sb.upload(slot + L("id-back"), token, big, m_sb.etag(app, token));
        QCOMPARE(r.status, 413);
        QCOMPARE(r.code(), L("image-too-large"));
        QCOMPARE(r.json().value(L("maxBytes")).toInt(), 51200);
        // A 30 KB limit set by a reviewer applies to the next upload.
        QCOMPARE(m_sb.admin("PATCH", L("/batch"),
                            { { L("imageAcceptBytes"), 30720 }, { L("imageTargetBytes"), 30000 } })
                     .status,
                 200);
        QByteArray mid;
        for (int side = 80; side < 400 && mid.size() <= 31000; side += 8)
            mid = makeJpeg(side, side, 90, true);
        QVERIFY(mid.size() > 30720 && mid.size() <= 51200);
        r = m_sb.upload(slot + L("id-back"), token, mid, m_sb.etag(app, token));
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json().value(L("maxBytes")).toInt(), 30720);

        // Delete.
        r = m_sb.request(
            "DELETE", L("/api/v1") + slot + L("id-front"), {},
            { { "Authorization", "Bearer " + token }, { "If-Match", m_sb.etag(app, token) } });
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sb.get(slot + L("id-front"), token).status, 404);
        // Deleting keeps the upload's state rules (docs/api.md): a prior-degree slot is not
        // applicable here either, rather than merely empty.
        r = m_sb.request(
            "DELETE", L("/api/v1") + slot + L("diploma"), {},
            { { "Authorization", "Bearer " + token }, { "If-Match", m_sb.etag(app, token) } });
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), L("section-not-applicable"));
    }

    void bodyLimits()
    {
        const QByteArray token = m_sb.signIn(associate);
        const QString app = createApp(token, L("C080101"), L("S01"));
        const QByteArray huge = "{\"text\":\"" + QByteArray(70 * 1024, 'a') + "\"}";
        HttpResult r = m_sb.request(
            "PUT", L("/api/v1/applications/") + app + L("/note"), huge,
            { { "Authorization", "Bearer " + token }, { "If-Match", m_sb.etag(app, token) } });
        QCOMPARE(r.status, 413);
        QCOMPARE(r.code(), L("payload-too-large"));
        r = m_sb.request("PUT", L("/api/v1/applications/") + app + L("/attachments/id-front"),
                         QByteArray(11 * 1024 * 1024, '\xff'),
                         { { "Authorization", "Bearer " + token },
                           { "If-Match", m_sb.etag(app, token) },
                           { "Content-Type", "image/jpeg" } });
        QCOMPARE(r.status, 413);
        QCOMPARE(r.code(), L("image-too-large"));
        QCOMPARE(r.json().value(L("maxBytes")).toInt(), 51200);
    }

    void wrongOwnerGets404()
    {
        QByteArray owner;
        const QString app = submittedApp(&owner);
        const QByteArray other = m_sb.signIn(bachelorPass);
        const QString base = L("/applications/") + app;
        HttpResult r = m_sb.get(base, other);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), L("not-found"));
        QCOMPARE(m_sb.get(base + L("/attachments/id-front"), other).status, 404);
        QCOMPARE(m_sb.put(base + L("/note"), other, { { L("text"), L("x") } }, "\"1\"").status,
                 404);
        QCOMPARE(m_sb.upload(base + L("/attachments/other-1"), other, m_jpeg, "\"1\"").status, 404);
        QCOMPARE(
            m_sb.post(base + L("/submit"), other, {}, key(), { { "If-Match", "\"1\"" } }).status,
            404);
        QCOMPARE(m_sb.post(base + L("/payments"), other, {}, key()).status, 404);
        QCOMPARE(m_sb.get(base + L("/payments"), other).status, 404);
        QCOMPARE(m_sb.get(L("/applications"), other).json().value(L("items")).toArray().size(), 0);
        // Same answer as an id that does not exist.
        QCOMPARE(m_sb.get(L("/applications/app_0000000000000000"), other).status, 404);

        m_sb.admin("POST", base + L("/school-approve"));
        const QString order =
            m_sb.post(base + L("/payments"), owner, {}, key()).json().value(L("id")).toString();
        QVERIFY(!order.isEmpty());
        QCOMPARE(m_sb.get(L("/payments/") + order, other).status, 404);
        QCOMPARE(m_sb.get(L("/payments/") + order, owner).status, 200);
    }

    void fullFlowWithRejectionRounds()
    {
        QByteArray token;
        const QString app = submittedApp(&token);
        const QString base = L("/applications/") + app;
        HttpResult r = m_sb.get(base, token);
        QCOMPARE(r.json().value(L("state")).toString(), L("submitted"));
        QCOMPARE(r.json().value(L("round")).toInt(), 1);
        QCOMPARE(r.json().value(L("locked")).toBool(), true);
        QCOMPARE(
            r.json().value(L("stages")).toArray().at(0).toObject().value(L("status")).toString(),
            L("in-progress"));

        // Locked after submission.
        r = m_sb.put(base + L("/note"), token, { { L("text"), L("late") } }, m_sb.etag(app, token));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), L("application-locked"));
        QCOMPARE(uploadSlot(app, token, L("other-1")), 409);
        r = submit(app, token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), L("invalid-transition"));

        // Two rejection rounds.
        for (int round = 1; round <= 2; ++round) {
            r = m_sb.admin("POST", base + L("/school-reject"),
                           { { L("category"), L("material") },
                             { L("reason"), L("身份证反面照片不清晰") },
                             { L("sections"), QJsonArray { L("id-card") } } });
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(L("state")).toString(), L("rejected"));
            const QJsonObject rejection = r.json().value(L("rejection")).toObject();
            QCOMPARE(rejection.value(L("category")).toString(), L("material"));
            QCOMPARE(rejection.value(L("sections")).toArray(), QJsonArray { L("id-card") });
            QCOMPARE(r.json().value(L("editableSections")).toArray(),
                     (QJsonArray { L("id-card"), L("note") }));
            // Only what was sent back (and the note) may change.
            r = m_sb.put(base + L("/self-assessment"), token, selfAssessmentBody(),
                         m_sb.etag(app, token));
            QCOMPARE(r.status, 409);
            QCOMPARE(r.code(), L("section-locked"));
            QCOMPARE(uploadSlot(app, token, L("signature")), 409);
            QCOMPARE(uploadSlot(app, token, L("id-back")), 200);
            QCOMPARE(m_sb.put(base + L("/note"), token, { { L("text"), L("已重新上传") } },
                              m_sb.etag(app, token))
                         .status,
                     200);
            r = submit(app, token);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(L("state")).toString(), L("resubmitted"));
            QCOMPARE(r.json().value(L("round")).toInt(), round + 1);
        }

        r = m_sb.admin("POST", base + L("/school-approve"));
        QCOMPARE(r.json().value(L("state")).toString(), L("school-approved"));
        QCOMPARE(
            r.json().value(L("stages")).toArray().at(1).toObject().value(L("status")).toString(),
            L("pending"));

        // Create or reuse the open order; never a second one.
        const QByteArray payKey = key();
        r = m_sb.post(base + L("/payments"), token, {}, payKey);
        QCOMPARE(r.status, 201);
        const QString order = r.json().value(L("id")).toString();
        QCOMPARE(r.json().value(L("amountFen")).toInt(), 5000);
        QCOMPARE(r.json().value(L("status")).toString(), L("open"));
        QVERIFY(r.json().value(L("qrText")).toString().contains(order));
        r = m_sb.post(base + L("/payments"), token, {}, payKey);
        QCOMPARE(r.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(r.json().value(L("id")).toString(), order);
        r = m_sb.post(base + L("/payments"), token, {}, key());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(L("id")).toString(), order);
        QCOMPARE(m_sb.get(base + L("/payments"), token).json().value(L("items")).toArray().size(),
                 1);

        r = m_sb.admin("POST", L("/payments/") + order + L("/settle"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(L("status")).toString(), L("paid"));
        QCOMPARE(m_sb.get(L("/payments/") + order, token).json().value(L("status")).toString(),
                 L("paid"));
        r = m_sb.get(base, token);
        QCOMPARE(r.json().value(L("state")).toString(), L("city-review"));
        const QJsonArray history = r.json().value(L("history")).toArray();
        QCOMPARE(history.at(history.size() - 2).toObject().value(L("to")).toString(), L("paid"));
        r = m_sb.post(base + L("/payments"), token, {}, key());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), L("not-payable"));

        r = m_sb.admin("POST", base + L("/city-approve"),
                       { { L("approvalDate"), L("2026-12-20") } });
        QCOMPARE(r.status, 200);
        r = m_sb.get(base, token);
        QCOMPARE(r.json().value(L("state")).toString(), L("approved"));
        QCOMPARE(r.json().value(L("approvalDate")).toString(), L("2026-12-20"));
        const QJsonArray stages = r.json().value(L("stages")).toArray();
        QCOMPARE(stages.at(0).toObject().value(L("status")).toString(), L("passed"));
        QCOMPARE(stages.at(1).toObject().value(L("status")).toString(), L("paid"));
        QCOMPARE(stages.at(2).toObject().value(L("status")).toString(), L("passed"));
        QVERIFY(!stages.at(2).toObject().value(L("at")).isNull());
        // Terminal.
        QCOMPARE(m_sb.admin("POST", base + L("/city-fail"), { { L("reason"), L("x") } }).status,
                 409);
    }

    void invalidReviewerTransitions()
    {
        const QByteArray token = m_sb.signIn(associate);
        const QString app = createApp(token, L("C080101"), L("S01"));
        const QString base = L("/applications/") + app;
        for (const char *action : { "/school-approve", "/city-approve", "/city-fail" }) {
            const HttpResult r =
                m_sb.admin("POST", base + QLatin1String(action), { { L("reason"), L("x") } });
            QCOMPARE(r.status, 409);
            QCOMPARE(r.code(), L("invalid-transition"));
        }
        HttpResult r = m_sb.admin("POST", base + L("/school-reject"),
                                  { { L("category"), L("material") }, { L("reason"), L("x") } });
        QCOMPARE(r.status, 409);
        QCOMPARE(m_sb.admin("POST", L("/applications/app_none/school-approve")).status, 404);
        QCOMPARE(m_sb.admin("POST", L("/payments/ord_none/settle")).status, 404);
        // Payment before the school's approval.
        r = m_sb.post(base + L("/payments"), token, {}, key());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), L("not-payable"));
        // A reject needs a valid category, a reason and sections.
        completeCommon(app, token);
        QCOMPARE(submit(app, token).status, 200);
        r = m_sb.admin("POST", base + L("/school-reject"), { { L("category"), L("bogus") } });
        QCOMPARE(r.status, 422);
        QVERIFY(r.hasFieldError(L("category")));
        QVERIFY(r.hasFieldError(L("reason"), L("required")));
        r = m_sb.admin("POST", base + L("/school-reject"),
                       { { L("category"), L("other") }, { L("reason"), L("x") } });
        QVERIFY(r.hasFieldError(L("sections"), L("required")));
        // The reviewer list sees it; a reviewer reads any application and the batch.
        r = m_sb.admin("GET", L("/applications?state=submitted"));
        QCOMPARE(r.json().value(L("items")).toArray().size(), 1);
        QCOMPARE(m_sb.admin("GET", L("/applications?state=approved"))
                     .json()
                     .value(L("items"))
                     .toArray()
                     .size(),
                 0);
        r = m_sb.admin("GET", base);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(L("candidateId")).toString(), L("cand_01"));
        QCOMPARE(m_sb.admin("GET", L("/batch")).json().value(L("id")).toString(), L("2026-2"));
        // If-Match is optional for reviewers but honoured when sent.
        r = m_sb.request("POST", L("/api/v1/admin") + base + L("/school-approve"), "{}",
                         { { "Authorization", QByteArray("Bearer ") + SandboxProcess::adminToken },
                           { "If-Match", "\"1\"" } });
        QCOMPARE(r.status, 412);
        r = m_sb.request("POST", L("/api/v1/admin") + base + L("/school-approve"), "{}",
                         { { "Authorization", QByteArray("Bearer ") + SandboxProcess::adminToken },
                           { "If-Match", m_sb.etag(app, token) } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(L("state")).toString(), L("school-approved"));
    }

    void cityFailRecordsRefund()
    {
        QByteArray token;
        QString order;
        const QString app = cityReviewApp(&token, &order);
        HttpResult r = m_sb.admin("POST", L("/applications/") + app + L("/city-fail"),
                                  { { L("reason"), L("课程成绩核对未通过") } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(L("state")).toString(), L("failed"));
        QCOMPARE(r.json().value(L("refund")).toObject().value(L("amountFen")).toInt(), 5000);
        // Stored in the authority's language whatever the reviewer's request asked for.
        QVERIFY2(r.json()
                     .value(L("refund"))
                     .toObject()
                     .value(L("note"))
                     .toString()
                     .contains(QStringLiteral("退回原交费账号")),
                 qPrintable(r.json().value(L("refund")).toObject().value(L("note")).toString()));
        QCOMPARE(
            r.json().value(L("stages")).toArray().at(1).toObject().value(L("status")).toString(),
            L("refunded"));
        QCOMPARE(m_sb.get(L("/payments/") + order, token).json().value(L("status")).toString(),
                 L("refunded"));
        // A failed application no longer blocks a new one.
        QVERIFY(!createApp(token, L("C080101"), L("S01")).isEmpty());
    }

    void priorDegreeCheckFailed()
    {
        const QByteArray token = m_sb.signIn(bachelorFail);
        const QString app = createApp(token, L("B120201"), L("S02"));
        const QString base = L("/applications/") + app;
        HttpResult r = m_sb.get(base, token);
        const QJsonObject check = r.json().value(L("priorDegreeCheck")).toObject();
        QCOMPARE(check.value(L("required")).toBool(), true);
        QCOMPARE(check.value(L("status")).toString(), L("failed"));
        QVERIFY(r.json().value(L("requiredSlots")).toArray().contains(L("diploma")));
        QVERIFY(r.json().value(L("editableSections")).toArray().contains(L("prior-degree")));

        QJsonObject prior { { L("name"), L("赵本未") },
                            { L("idNumber"), L("500101199001010035") },
                            { L("diplomaNumber"), L("125351201006000123") },
                            { L("school"), L("重庆示例职业学院") },
                            { L("graduationDate"), L("2010-07-01") },
                            { L("identityChanged"), true } };
        r = m_sb.put(base + L("/prior-degree"), token, prior, m_sb.etag(app, token));
        QCOMPARE(r.status, 422);
        QVERIFY(r.hasFieldError(L("priorDegree.idNumber"), L("check-digit")));
        prior.insert(L("idNumber"), L("500101199001010034"));
        r = m_sb.put(base + L("/prior-degree"), token, prior, m_sb.etag(app, token));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(L("requiredSlots")).toArray().contains(L("identity-change")));

        completeCommon(app, token);
        r = submit(app, token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), L("incomplete-application"));
        QVERIFY(r.hasFieldError(L("attachments.diploma"), L("required")));
        QVERIFY(r.hasFieldError(L("attachments.registration-record"), L("required")));
        QVERIFY(r.hasFieldError(L("attachments.identity-change"), L("required")));
        for (const char *slot : { "diploma", "registration-record", "identity-change" })
            QCOMPARE(uploadSlot(app, token, QLatin1String(slot)), 200);
        QCOMPARE(submit(app, token).status, 200);

        r = m_sb.admin(
            "POST", base + L("/school-reject"),
            { { L("category"), L("prior-degree") }, { L("reason"), L("毕业证编号有误") } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(L("editableSections")).toArray(),
                 (QJsonArray { L("prior-degree"), L("note") }));
        QCOMPARE(uploadSlot(app, token, L("diploma")), 200);
        QCOMPARE(m_sb.put(base + L("/prior-degree"), token, prior, m_sb.etag(app, token)).status,
                 200);
        QCOMPARE(submit(app, token).json().value(L("state")).toString(), L("resubmitted"));
    }

    void priorDegreeCheckPassed()
    {
        const QByteArray token = m_sb.signIn(bachelorPass);
        const QString app = createApp(token, L("B080901"), L("S01"));
        HttpResult r = m_sb.get(L("/applications/") + app, token);
        QCOMPARE(r.json().value(L("priorDegreeCheck")).toObject().value(L("status")).toString(),
                 L("passed"));
        QVERIFY(!r.json().value(L("editableSections")).toArray().contains(L("prior-degree")));
        r = m_sb.put(L("/applications/") + app + L("/prior-degree"), token,
                     { { L("name"), L("x") } }, m_sb.etag(app, token));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), L("section-not-applicable"));
        completeCommon(app, token);
        QCOMPARE(submit(app, token).status, 200);
    }

    void bachelorWithoutCheckRecordIsNotExempt()
    {
        // Issue 19: 钱无专 (no prior-degree record: status column default "not-required")
        // enrolled in a bachelor major and submitted without any diploma.
        const QByteArray token = m_sb.signIn(noMajor);
        QCOMPARE(m_sb.post(L("/candidate/majors"), token,
                           { { L("majorCode"), L("B080901") }, { L("schoolCode"), L("S01") } })
                     .status,
                 201);
        const QString app = createApp(token, L("B080901"), L("S01"));
        const HttpResult r = m_sb.get(L("/applications/") + app, token);
        const QJsonObject check = r.json().value(L("priorDegreeCheck")).toObject();
        QCOMPARE(check.value(L("required")).toBool(), true);
        QCOMPARE(check.value(L("status")).toString(), L("failed"));
        QVERIFY(!check.value(L("message")).toString().isEmpty());
        QVERIFY(r.json().value(L("requiredSlots")).toArray().contains(L("diploma")));
        completeCommon(app, token);
        const HttpResult s = submit(app, token);
        QCOMPARE(s.status, 422);
        QVERIFY(s.hasFieldError(L("priorDegree"), L("required")));
        QVERIFY(s.hasFieldError(L("attachments.diploma"), L("required")));
    }

    void writeAndVersionBumpAreOneTransaction()
    {
        // Issue 19: a section or attachment write and its version bump were two commits, so a
        // crash between them left new content under the old ETag. A trigger makes the bump
        // fail, as a crash at that moment would; the content must not stay either.
        const QByteArray token = m_sb.signIn(associate);
        const QString app = createApp(token, L("C080101"), L("S01"));
        const QString base = L("/applications/") + app;
        QCOMPARE(uploadSlot(app, token, L("id-back")), 200);
        put(app, token, L("note"), { { L("text"), L("before") } });
        const QByteArray etag = m_sb.etag(app, token);
        const QByteArray other = makeJpeg(200, 120, 70);
        auto sql = [this](const QString &statement) {
            auto db = QSqlDatabase::addDatabase(L("QSQLITE"), L("inject"));
            db.setDatabaseName(m_sb.dbPath());
            bool ok = db.open();
            if (ok) {
                QSqlQuery q(db);
                ok = q.exec(statement);
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(L("inject"));
            return ok;
        };
        QVERIFY(sql(L("CREATE TRIGGER fail_bump BEFORE UPDATE OF version ON applications"
                      " BEGIN SELECT RAISE(ABORT, 'injected'); END")));
        HttpResult r = m_sb.put(base + L("/note"), token, { { L("text"), L("after") } }, etag);
        QCOMPARE(r.status, 500);
        r = m_sb.upload(base + L("/attachments/id-front"), token, m_jpeg, etag);
        QCOMPARE(r.status, 500);
        r = m_sb.upload(base + L("/attachments/id-back"), token, other, etag);
        QCOMPARE(r.status, 500);
        r = m_sb.request("DELETE", L("/api/v1") + base + L("/attachments/id-back"), {},
                         { { "Authorization", "Bearer " + token }, { "If-Match", etag } });
        QCOMPARE(r.status, 500);
        QVERIFY(sql(L("DROP TRIGGER fail_bump")));

        r = m_sb.get(base, token);
        QCOMPARE(r.header("ETag"), etag);
        QCOMPARE(r.json()
                     .value(L("sections"))
                     .toObject()
                     .value(L("note"))
                     .toObject()
                     .value(L("text"))
                     .toString(),
                 L("before"));
        QCOMPARE(m_sb.get(base + L("/attachments/id-front"), token).status, 404);
        QCOMPARE(m_sb.get(base + L("/attachments/id-back"), token).body, m_jpeg);
        // With the bump working again, the same writes go through.
        r = m_sb.put(base + L("/note"), token, { { L("text"), L("after") } }, etag);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("ETag") != etag);
    }

    void sandboxPayPage()
    {
        QByteArray token;
        const QString app = schoolApprovedApp(&token);
        const QString order =
            m_sb.post(L("/applications/") + app + L("/payments"), token, {}, key())
                .json()
                .value(L("id"))
                .toString();
        HttpResult r = m_sb.request("GET", L("/sandbox/pay/") + order);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        r = m_sb.request("POST", L("/sandbox/pay/") + order, {},
                         { { "Content-Type", "text/plain" } });
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sb.get(L("/payments/") + order, token).json().value(L("status")).toString(),
                 L("paid"));
        // A repeated callback changes nothing.
        QCOMPARE(m_sb.admin("POST", L("/payments/") + order + L("/settle")).status, 200);
        QCOMPARE(m_sb.get(L("/applications/") + app, token).json().value(L("state")).toString(),
                 L("city-review"));
    }

    void problemLanguage()
    {
        HttpResult r =
            m_sb.request("GET", L("/api/v1/candidate"), {}, { { "Accept-Language", "zh-CN" } });
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(L("title")).toString(), L("未登录或登录已过期"));
        r = m_sb.request("GET", L("/api/v1/candidate"), {}, { { "Accept-Language", "en" } });
        QCOMPARE(r.json().value(L("title")).toString(), L("Not signed in"));
        QCOMPARE(r.json().value(L("type")).toString(),
                 L("https://zkgrad.example.invalid/problems/unauthenticated"));
        QCOMPARE(r.json().value(L("status")).toInt(), 401);
        QCOMPARE(r.json().value(L("instance")).toString(), L("/api/v1/candidate"));
        // Core rule messages follow the language too (they come from Qt translations).
        const QByteArray token = m_sb.signIn(associate);
        r = m_sb.request(
            "PATCH", L("/api/v1/candidate/contact"), "{\"phone\":\"12345678901\"}",
            { { "Authorization", "Bearer " + token }, { "Accept-Language", "zh-CN" } });
        QCOMPARE(r.status, 422);
        const QString detail = r.json().value(L("detail")).toString();
        QVERIFY2(
            std::any_of(detail.begin(), detail.end(),
                        [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }),
            qPrintable(detail));
    }

    void adminCommandLine()
    {
        QByteArray token;
        const QString app = submittedApp(&token);
        auto run = [this](const QStringList &args) {
            QProcess p;
            p.start(SandboxProcess::binary(),
                    QStringList { L("admin"), L("--db"), m_sb.dbPath() } + args);
            p.waitForFinished(30000);
            return p.exitCode();
        };
        // Against the file while the server is running on it.
        QCOMPARE(run({ L("school-reject"), app, L("--category"), L("other"), L("--reason"),
                       L("请补充情况说明"), L("--sections"), L("note") }),
                 0);
        QCOMPARE(m_sb.get(L("/applications/") + app, token).json().value(L("state")).toString(),
                 L("rejected"));
        QCOMPARE(run({ L("school-approve"), app }), 1); // rejected: not allowed
        QCOMPARE(run({ L("batch"), L("--image-accept-bytes"), L("30720"), L("--image-target-bytes"),
                       L("30000") }),
                 0);
        QCOMPARE(m_sb.get(L("/batches/current"), token)
                     .json()
                     .value(L("image"))
                     .toObject()
                     .value(L("acceptBytes"))
                     .toInt(),
                 30720);
        QCOMPARE(run({ L("list") }), 0);
        QCOMPARE(run({ L("no-such-command") }), 2);
        QCOMPARE(submit(app, token).status, 200);
        QCOMPARE(run({ L("school-approve"), app }), 0);
        const QString order =
            m_sb.post(L("/applications/") + app + L("/payments"), token, {}, key())
                .json()
                .value(L("id"))
                .toString();
        QCOMPARE(run({ L("settle"), order }), 0);
        QCOMPARE(run({ L("city-approve"), app, L("--date"), L("2026-12-01") }), 0);
        QCOMPARE(
            m_sb.get(L("/applications/") + app, token).json().value(L("approvalDate")).toString(),
            L("2026-12-01"));
    }

    void survivesKillAndRestart()
    {
        const QByteArray token = m_sb.signIn(associate);
        const QString app = createApp(token, L("C080101"), L("S01"));
        completeCommon(app, token);
        put(app, token, L("note"), { { L("text"), L("重启前写入") } });
        const HttpResult before = m_sb.get(L("/applications/") + app, token);
        const QString db = m_sb.dbPath();
        m_sb.kill();

        QVERIFY(m_sb.start({}, db));
        // The session, the application, its version and its images all persisted.
        const HttpResult after = m_sb.get(L("/applications/") + app, token);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.header("ETag"), before.header("ETag"));
        QCOMPARE(after.json().value(L("sections")), before.json().value(L("sections")));
        QCOMPARE(after.json().value(L("attachments")).toArray().size(), 3);
        QCOMPARE(m_sb.get(L("/applications/") + app + L("/attachments/signature"), token).body,
                 m_jpeg);
        QCOMPARE(submit(app, token).status, 200);
        // An idempotency key used before the crash still replays after it.
        const QByteArray k = key();
        const QJsonObject body { { L("majorCode"), L("B080901") }, { L("schoolCode"), L("S01") } };
        const QByteArray token2 = m_sb.signIn(noMajor);
        QCOMPARE(m_sb.post(L("/candidate/majors"), token2, body, k).status, 201);
        m_sb.kill();
        QVERIFY(m_sb.start({}, db));
        const HttpResult replay = m_sb.post(L("/candidate/majors"), token2, body, k);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
