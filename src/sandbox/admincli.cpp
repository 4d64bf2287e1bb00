#include "admincli.h"

#include "database.h"
#include "service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace zkgrad::sandbox {

namespace {

QString S(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

int usage(QTextStream &err)
{
    err << "usage: zkgrad-sandbox admin --db PATH <command>\n"
           "  list [--state STATE]\n"
           "  show APP_ID\n"
           "  school-approve APP_ID\n"
           "  school-reject APP_ID --category prior-degree|material|other --reason TEXT"
           " [--sections a,b]\n"
           "  settle ORDER_ID\n"
           "  city-approve APP_ID [--date YYYY-MM-DD]\n"
           "  city-fail APP_ID --reason TEXT\n"
           "  batch [--opens-at ISO] [--closes-at ISO] [--fee-fen N] [--image-accept-bytes N]\n"
           "        [--image-target-bytes N] [--self-assessment-min N]"
           " [--self-assessment-max N]\n";
    err.flush();
    return 2;
}

} // namespace

int runAdminCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString dbPath;
    QStringList positional;
    QHash<QString, QString> options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            if (i + 1 >= arguments.size())
                return usage(err);
            if (a == QLatin1String("--db"))
                dbPath = arguments.at(++i);
            else
                options.insert(a.mid(2), arguments.at(++i));
        } else {
            positional << a;
        }
    }
    if (dbPath.isEmpty() || positional.isEmpty())
        return usage(err);

    Database db;
    QString error;
    if (!db.open(dbPath, &error)) {
        err << "zkgrad-sandbox admin: " << error << '\n';
        return 1;
    }
    Service service(db);
    setLanguage(Language::English);
    const QString command = positional.takeFirst();
    const QString target = positional.value(0);
    Reply reply = Reply::problem(400, S("bad-request"), S("unknown command"));
    if (command == QLatin1String("list")) {
        reply = service.listApplications({}, options.value(S("state")));
    } else if (command == QLatin1String("show") && !target.isEmpty()) {
        reply = service.readApplication({}, target);
    } else if (command == QLatin1String("school-approve") && !target.isEmpty()) {
        reply = service.schoolApprove(target, {});
    } else if (command == QLatin1String("school-reject") && !target.isEmpty()) {
        QJsonArray sections;
        for (const QString &s :
             options.value(S("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            sections.append(s.trimmed());
        reply = service.schoolReject(target,
                                     { { S("category"), options.value(S("category")) },
                                       { S("reason"), options.value(S("reason")) },
                                       { S("sections"), sections } });
    } else if (command == QLatin1String("settle") && !target.isEmpty()) {
        reply = service.settlePayment(target);
    } else if (command == QLatin1String("city-approve") && !target.isEmpty()) {
        QJsonObject body;
        if (options.contains(S("date")))
            body.insert(S("approvalDate"), options.value(S("date")));
        reply = service.cityApprove(target, body);
    } else if (command == QLatin1String("city-fail") && !target.isEmpty()) {
        reply = service.cityFail(target, { { S("reason"), options.value(S("reason")) } });
    } else if (command == QLatin1String("batch")) {
        QJsonObject body;
        const std::pair<const char *, const char *> texts[] = { { "opens-at", "opensAt" },
                                                                { "closes-at", "closesAt" },
                                                                { "name", "name" } };
        for (const auto &[flag, member] : texts) {
            if (options.contains(QLatin1String(flag)))
                body.insert(QLatin1String(member), options.value(QLatin1String(flag)));
        }
        const std::pair<const char *, const char *> numbers[] = {
            { "fee-fen", "feeFen" },
            { "image-accept-bytes", "imageAcceptBytes" },
            { "image-target-bytes", "imageTargetBytes" },
            { "self-assessment-min", "selfAssessmentMin" },
            { "self-assessment-max", "selfAssessmentMax" }
        };
        for (const auto &[flag, member] : numbers) {
            if (options.contains(QLatin1String(flag))) {
                bool ok = false;
                const qint64 v = options.value(QLatin1String(flag)).toLongLong(&ok);
                if (!ok)
                    return usage(err);
                body.insert(QLatin1String(member), v);
            }
        }
        reply = body.isEmpty() ? service.batchForAdmin() : service.patchBatch(body);
    } else {
        return usage(err);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    (reply.ok() ? out : err) << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
    err.flush();
    return reply.ok() ? 0 : 1;
}

} // namespace zkgrad::sandbox
