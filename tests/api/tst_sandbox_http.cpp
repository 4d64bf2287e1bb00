// zkgrad-sandbox at the HTTP level, over raw sockets where a client library would
// tidy the request up: malformed JSON, media types, unknown paths and methods, HEAD,
// and the headers every answer carries (issue 19).

#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace {

QString L(const char *s)
{
    return QString::fromUtf8(s);
}

const QString associate = QStringLiteral("500101199001010018"); // 王专科

/** One answer read off a raw socket. */
struct RawAnswer
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool complete = false;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    [[nodiscard]] bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    [[nodiscard]] QString code() const
    {
        return QJsonDocument::fromJson(body).object().value(QStringLiteral("code")).toString();
    }
};

/** Reads one answer from @p socket; @p head: the request was HEAD (no body follows). */
RawAnswer readAnswer(QTcpSocket &socket, bool head = false)
{
    RawAnswer a;
    QByteArray buffer;
    qsizetype headerEnd = -1;
    qint64 length = -1;
    for (int rounds = 0; rounds < 100; ++rounds) {
        buffer += socket.readAll();
        if (headerEnd < 0 && (headerEnd = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
            a.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    a.headers.append({ lines.at(i).left(colon).trimmed(),
                                       lines.at(i).mid(colon + 1).trimmed() });
            }
            length = head || a.status == 204 || a.status == 304
                ? 0
                : a.header("Content-Length").toLongLong();
        }
        if (headerEnd >= 0 && buffer.size() - (headerEnd + 4) >= length) {
            a.body = buffer.mid(headerEnd + 4, length);
            a.complete = true;
            return a;
        }
        if (!socket.waitForReadyRead(5000))
            break;
    }
    return a;
}

} // namespace

/** The server's answers where a client library would have tidied the request up. */
class TestSandboxHttp : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sb;

    [[nodiscard]] bool connectRaw(QTcpSocket &socket)
    {
        const QUrl url(m_sb.base());
        socket.connectToHost(url.host(), quint16(url.port()));
        return socket.waitForConnected(5000);
    }

    /** One request on a fresh connection. */
    RawAnswer raw(const QByteArray &request, bool head = false)
    {
        QTcpSocket socket;
        if (!connectRaw(socket))
            return {};
        socket.write(request);
        return readAnswer(socket, head);
    }

    QByteArray requestBytes(const QByteArray &method, const QByteArray &path,
                            const QList<QByteArray> &headers, const QByteArray &body = {})
    {
        QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const QByteArray &h : headers)
            r += h + "\r\n";
        if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
            r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        return r + "\r\n" + body;
    }

    QByteArray sql(const QString &statement, QVariant *first = nullptr)
    {
        QByteArray error;
        {
            auto db = QSqlDatabase::addDatabase(L("QSQLITE"), L("raw"));
            db.setDatabaseName(m_sb.dbPath());
            if (!db.open()) {
                error = "open";
            } else {
                QSqlQuery q(db);
                if (!q.exec(statement))
                    error = "exec";
                else if (first && q.next())
                    *first = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(L("raw"));
        return error;
    }

private Q_SLOTS:
    void init() { QVERIFY2(m_sb.start(), "zkgrad-sandbox did not start"); }
    void cleanup() { m_sb.stop(); }

    void malformedJsonIsRefused()
    {
        const QByteArray token = m_sb.signIn(associate);
        QVERIFY(!token.isEmpty());
        const QByteArray auth = "Authorization: Bearer " + token;
        // Each of these Qt's parser accepts and silently alters.
        const QList<QByteArray> bodies {
            QByteArray("{\"address\":\"a\x01b\"}"),      QByteArray("{\"address\":\"a\0b\"}", 17),
            QByteArray("{\"address\":\"a\tb\"}"),        QByteArray(R"({"address":"\x41"})"),
            QByteArray(R"({"address":"\ud800x"})"),      QByteArray(R"({"address":"\udc00"})"),
            QByteArray(R"({"address":"\ud800\u0041"})"), QByteArray("{\"address\":\"\xff\xfe\"}"),
            QByteArray(R"({"address":"x"} trailing)"),
        };
        for (const QByteArray &body : bodies) {
            const RawAnswer a = raw(requestBytes("PATCH", "/api/v1/candidate/contact",
                                                 { auth, "Content-Type: application/json" }, body));
            QVERIFY2(a.status == 400, body.toHex().constData());
            QCOMPARE(a.code(), L("invalid-json"));
        }
        // Sign-in reads its body with the same strictness.
        RawAnswer a =
            raw(requestBytes("POST", "/api/v1/sessions", { "Content-Type: application/json" },
                             "{\"login\":\"500101199001010018\u0001\",\"password\":\"x\"}"));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), L("invalid-json"));
        // Well-formed escapes, a surrogate pair included, pass the parser.
        a = raw(requestBytes(
            "PATCH", "/api/v1/candidate/contact",
            { auth, "Content-Type: application/json; charset=utf-8" },
            R"({"email":"a\u0040example.com","address":"\u91cd\u5e86\u5e02\u6e1d\u5317\u533a\u793a\u4f8b\u8def1\u53f7 \ud83c\udfe0"})"));
        QVERIFY(a.status != 400);
    }

    void jsonEndpointsNeedJsonContentType()
    {
        const QByteArray signIn = R"({"login":"500101199001010018","password":"Demo2026"})";
        for (const QByteArray &type : QList<QByteArray> {
                 "Content-Type: text/plain", "Content-Type: application/x-www-form-urlencoded",
                 "Content-Type: image/jpeg", "Content-Type: application/json; charset=latin1",
                 QByteArray() }) {
            QList<QByteArray> headers;
            if (!type.isEmpty())
                headers << type;
            const RawAnswer a = raw(requestBytes("POST", "/api/v1/sessions", headers, signIn));
            QVERIFY2(a.status == 415, type.constData());
            QCOMPARE(a.code(), L("unsupported-media-type"));
        }
        const QByteArray token = m_sb.signIn(associate);
        RawAnswer a =
            raw(requestBytes("PATCH", "/api/v1/candidate/contact",
                             { "Authorization: Bearer " + token, "Content-Type: text/plain" },
                             R"({"phone":"13800000009"})"));
        QCOMPARE(a.status, 415);
        a = raw(requestBytes("POST", "/api/v1/sessions",
                             { "Content-Type: Application/JSON; Charset=UTF-8" }, signIn));
        QCOMPARE(a.status, 201);
        // An empty body needs no Content-Type (submit, payments, settle are sent so).
        a = raw(requestBytes("POST", "/api/v1/applications/app_0000000000000000/payments",
                             { "Authorization: Bearer " + token }));
        QCOMPARE(a.status, 404);
    }

    void everyAnswerIsTheServersOwn()
    {
        for (const QByteArray &path : QList<QByteArray> { "/", "/api/v1", "/api/v2/candidate",
                                                          "/favicon.ico", "/api/v1/nothing" }) {
            const RawAnswer a = raw(requestBytes("GET", path, {}));
            QVERIFY2(a.status == (path.startsWith("/api/v1/") ? 401 : 404), path.constData());
            QVERIFY2(a.header("Content-Type").startsWith("application/problem+json"),
                     path.constData());
            QCOMPARE(a.header("Cache-Control"), QByteArray("no-store"));
            QCOMPARE(a.header("X-Content-Type-Options"), QByteArray("nosniff"));
        }
        const QByteArray token = m_sb.signIn(associate);
        const QByteArray auth = "Authorization: Bearer " + token;
        RawAnswer a = raw(requestBytes("OPTIONS", "/api/v1/candidate", { auth }));
        QCOMPARE(a.status, 405);
        QCOMPARE(a.code(), L("method-not-allowed"));
        QVERIFY(a.header("Allow").contains("GET"));
        QCOMPARE(a.header("Cache-Control"), QByteArray("no-store"));

        // HEAD answers what GET would, without the body.
        const RawAnswer get = raw(requestBytes("GET", "/api/v1/batches/current", { auth }));
        QCOMPARE(get.status, 200);
        a = raw(requestBytes("HEAD", "/api/v1/batches/current", { auth }), true);
        QCOMPARE(a.status, 200);
        QVERIFY(a.header("Content-Type").startsWith("application/json"));
        QCOMPARE(a.header("Cache-Control"), QByteArray("no-store"));

        // 304 carries the ETag and no invented Content-Type.
        const HttpResult created = m_sb.post(L("/applications"), token,
                                             { { L("majorCode"), L("C080101") },
                                               { L("schoolCode"), L("S01") },
                                               { L("confirmSchoolChoice"), true } });
        const QByteArray app = created.json().value(L("id")).toString().toLatin1();
        a = raw(requestBytes("GET", "/api/v1/applications/" + app,
                             { auth, "If-None-Match: " + created.header("ETag") }));
        QCOMPARE(a.status, 304);
        QCOMPARE(a.header("ETag"), created.header("ETag"));
        QVERIFY(!a.header("Content-Type").contains("x-empty"));
        QCOMPARE(a.header("Cache-Control"), QByteArray("no-store"));
    }

    void signInValidatesIdempotencyKey()
    {
        for (const QByteArray &key : { QByteArray("has space"), QByteArray(256, 'k') }) {
            const HttpResult r =
                m_sb.post(L("/sessions"), {},
                          { { L("login"), associate }, { L("password"), L("Demo2026") } }, key);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), L("invalid-idempotency-key"));
        }
        QCOMPARE(m_sb.post(L("/sessions"), {},
                           { { L("login"), associate }, { L("password"), L("Demo2026") } },
                           "signin-1")
                     .status,
                 201);
    }

    void attachmentsStoredUpToEndOfImage()
    {
        const QByteArray token = m_sb.signIn(associate);
        const HttpResult created = m_sb.post(L("/applications"), token,
                                             { { L("majorCode"), L("C080101") },
                                               { L("schoolCode"), L("S01") },
                                               { L("confirmSchoolChoice"), true } });
        const QString app = created.json().value(L("id")).toString();
        const QByteArray jpeg = makeJpeg(320, 200, 80);
        const QByteArray polyglot = jpeg + "<html><script>alert(1)</script></html>";
        const QString slot = L("/applications/") + app + L("/attachments/id-front");
        HttpResult r = m_sb.upload(slot, token, polyglot, created.header("ETag"));
        QCOMPARE(r.status, 200);
        const QJsonObject meta = r.json().value(L("attachments")).toArray().at(0).toObject();
        QCOMPARE(meta.value(L("bytes")).toInt(), int(jpeg.size()));
        r = m_sb.get(slot, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, jpeg);
        QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(r.header("Content-Type"), QByteArray("image/jpeg"));
    }

    void idempotencyRecordsExpire()
    {
        const QByteArray token = m_sb.signIn(associate);
        QVERIFY(sql(L("INSERT INTO idempotency (scope, key, fingerprint, status, content_type,"
                      " headers, body, created_at) VALUES ('candidate:cand_01', 'old', 'f', 201,"
                      " 'application/json', '{}', '{}', '2020-01-01T00:00:00Z')"))
                    .isEmpty());
        // Any later POST with a key sweeps records older than 24 hours.
        QCOMPARE(m_sb.post(L("/candidate/majors"), token,
                           { { L("majorCode"), L("C120202") }, { L("schoolCode"), L("S02") } },
                           QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
                     .status,
                 201);
        QVariant count;
        QVERIFY(sql(L("SELECT COUNT(*) FROM idempotency WHERE key = 'old'"), &count).isEmpty());
        QCOMPARE(count.toInt(), 0);
        QVERIFY(sql(L("SELECT COUNT(*) FROM idempotency"), &count).isEmpty());
        QCOMPARE(count.toInt(), 1);
    }

    void connectionCloseIsHonoured()
    {
        QTcpSocket socket;
        QVERIFY(connectRaw(socket));
        socket.write(requestBytes("GET", "/api/v1/batches/current", { "Connection: close" }));
        const RawAnswer a = readAnswer(socket);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.header("Connection"), QByteArray("close"));
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState
                || socket.waitForDisconnected(10000));
        // Without it the connection stays open for the next request.
        QTcpSocket kept;
        QVERIFY(connectRaw(kept));
        kept.write(requestBytes("GET", "/api/v1/batches/current", {}));
        QCOMPARE(readAnswer(kept).status, 401);
        kept.write(requestBytes("GET", "/api/v1/majors", {}));
        QCOMPARE(readAnswer(kept).status, 401);
    }

    void halfSentRequestsTimeOut()
    {
        // Issue 19: 299 half-sent requests made the server unreachable for everyone.
        m_sb.stop();
        QVERIFY(m_sb.start({ L("--idle-timeout"), L("1") }));
        QTcpSocket half;
        QVERIFY(connectRaw(half));
        half.write("GET /api/v1/batches/current HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QVERIFY(half.waitForBytesWritten(5000));
        QVERIFY(half.waitForDisconnected(15000));
        QTcpSocket silent;
        QVERIFY(connectRaw(silent));
        QVERIFY(silent.waitForDisconnected(15000));
    }

    void connectionsAreCapped()
    {
        m_sb.stop();
        QVERIFY(m_sb.start({ L("--max-connections"), L("2") }));
        QTcpSocket first;
        QTcpSocket second;
        QVERIFY(connectRaw(first));
        QVERIFY(connectRaw(second));
        // Both are known to the server once each has been answered.
        first.write(requestBytes("GET", "/api/v1/majors", {}));
        QCOMPARE(readAnswer(first).status, 401);
        second.write(requestBytes("GET", "/api/v1/majors", {}));
        QCOMPARE(readAnswer(second).status, 401);

        QTcpSocket third;
        QVERIFY(connectRaw(third));
        third.write(requestBytes("GET", "/api/v1/majors", {}));
        const RawAnswer busy = readAnswer(third);
        QCOMPARE(busy.status, 503);
        QCOMPARE(busy.code(), L("server-busy"));
        QCOMPARE(busy.header("Retry-After"), QByteArray("5"));
        QCOMPARE(busy.header("Cache-Control"), QByteArray("no-store"));
        QVERIFY(third.state() == QAbstractSocket::UnconnectedState
                || third.waitForDisconnected(10000));

        // A freed place is taken again.
        first.disconnectFromHost();
        int status = 0;
        for (int attempt = 0; attempt < 50 && status != 401; ++attempt) {
            QTcpSocket next;
            QVERIFY(connectRaw(next));
            next.write(requestBytes("GET", "/api/v1/majors", {}));
            status = readAnswer(next).status;
            if (status != 401)
                QTest::qWait(100);
        }
        QCOMPARE(status, 401);
    }

    void oversizedBodiesRefusedFromTheHead()
    {
        // Issue 19: a 1 GiB body was read whole (2 GiB peak) before the 413.
        const QByteArray token = m_sb.signIn(associate);
        struct Case
        {
            QByteArray head;
            int status;
            const char *code;
        };
        const QList<Case> cases {
            { "PUT /api/v1/applications/app_x/note HTTP/1.1\r\nHost: x\r\nContent-Type: "
              "application/json\r\nContent-Length: 1073741824\r\n\r\n",
              413, "payload-too-large" },
            { "PUT /api/v1/applications/app_x/attachments/id-front HTTP/1.1\r\nHost: "
              "x\r\nContent-Type: image/jpeg\r\nContent-Length: 1073741824\r\n\r\n",
              413, "image-too-large" },
            { "POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: "
              "application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
              411, "length-required" },
        };
        for (const Case &c : cases) {
            QTcpSocket socket;
            QVERIFY(connectRaw(socket));
            // Only the head and a few bytes are sent: the answer comes without the rest.
            socket.write(c.head + QByteArray(1000, 'a'));
            const RawAnswer a = readAnswer(socket);
            QVERIFY2(a.status == c.status, c.head.left(60).constData());
            QCOMPARE(a.code(), L(c.code));
            QCOMPARE(a.header("Connection"), QByteArray("close"));
        }
        // Bodies within the limits still go through on the same kind of connection.
        QCOMPARE(
            m_sb.patch(L("/candidate/contact"), token, { { L("phone"), L("13800000009") } }).status,
            200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
