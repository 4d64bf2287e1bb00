// Fuzzes what zkgrad-sandbox does with a request body (docs/api.md): the strict JSON parse of
// ApiServer, then the Service operation it reaches, on an in-memory demo database with a signed-in
// candidate and a draft application. Input: one byte choosing the operation, then the body.
// Oracles: never a 5xx, never a crash or sanitizer report, every JSON answer parses.
#include "apiserver.h"
#include "database.h"
#include "seed.h"
#include "service.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace zkgrad::sandbox;

namespace {

/** One demo server, made once: the candidate 赵本未 (cand_03, 本科, prior-degree check failed,
 * so every section applies) signed in with a draft application. */
struct World
{
    World()
    {
        static int argc = 1;
        static char name[] = "fuzz_sandbox_request";
        static char *argv[] = { name, nullptr };
        // The SQLite driver is a plugin: loading it needs the application object.
        app = new QCoreApplication(argc, argv);
        Service::setPasswordIterations(1000); // the seed's hashes: fast, same code path
        QString error;
        if (!db.open(QStringLiteral(":memory:"), &error) || !seedDemo(db))
            die("cannot open or seed the database");
        service = new Service(db);
        const Reply session =
            service->signIn({ { QStringLiteral("login"), QStringLiteral("500101199001010034") },
                              { QStringLiteral("password"), QStringLiteral("Demo2026") } });
        token = session.object().value(QStringLiteral("token")).toString().toLatin1();
        candidate = service->checkToken(token).candidateId;
        if (candidate.isEmpty())
            die("the demo sign-in failed");
        const Reply created =
            service->createApplication(candidate,
                                       { { QStringLiteral("majorCode"), QStringLiteral("B120201") },
                                         { QStringLiteral("schoolCode"), QStringLiteral("S02") },
                                         { QStringLiteral("confirmSchoolChoice"), true } });
        application = created.object().value(QStringLiteral("id")).toString();
        if (application.isEmpty())
            die("the application could not be created");
    }

    [[noreturn]] static void die(const char *what)
    {
        std::fprintf(stderr, "fuzz_sandbox_request: %s\n", what);
        std::abort();
    }

    QByteArray etag() { return service->readApplication(candidate, application).header("ETag"); }

    QCoreApplication *app = nullptr;
    Database db;
    Service *service = nullptr;
    QByteArray token;
    QString candidate;
    QString application;
};

void check(const Reply &reply)
{
    if (reply.status >= 500) {
        std::fprintf(stderr, "fuzz_sandbox_request: %d %s\n", reply.status, reply.body.constData());
        std::abort();
    }
    if (reply.contentType.contains("json") && !reply.body.isEmpty()) {
        QJsonParseError error;
        (void)QJsonDocument::fromJson(reply.body, &error);
        if (error.error != QJsonParseError::NoError)
            World::die("an answer is not JSON");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static World world;
    if (size == 0)
        return 0;
    const QByteArray raw(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QJsonObject body;
    if (!parseJsonBody(raw, &body))
        return 0; // 400 invalid-json, as ApiServer answers
    Service &s = *world.service;
    const QString &cid = world.candidate;
    const QString &id = world.application;
    switch (data[0] % 9) {
    case 0:
        check(s.signIn(body));
        break;
    case 1:
        check(s.updateContact(cid, body));
        break;
    case 2:
        check(s.addMajor(cid, body));
        break;
    case 3:
        check(s.createApplication(cid, body));
        break;
    case 4:
        check(s.updateSection(cid, id, QStringLiteral("prior-degree"), body, world.etag()));
        break;
    case 5:
        check(s.updateSection(cid, id, QStringLiteral("resume"), body, world.etag()));
        break;
    case 6:
        check(s.updateSection(cid, id, QStringLiteral("self-assessment"), body, world.etag()));
        break;
    case 7:
        check(s.updateSection(cid, id, QStringLiteral("note"), body, world.etag()));
        break;
    default:
        // A stale or odd If-Match with any body: 412/428, never a write.
        check(s.updateSection(cid, id, QStringLiteral("note"), body, raw.left(40)));
        break;
    }
    // Whatever was stored still reads back as the API's JSON.
    check(s.readApplication(cid, id));
    return 0;
}
