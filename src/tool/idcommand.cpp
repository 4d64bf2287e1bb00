#include "toolcommand.h"

#include "idnumber.h"

#include <QJsonDocument>
#include <QJsonObject>

using zkgrad::IdNumber;

namespace {
void idUsage(QTextStream &err)
{
    err << "usage: zkgrad-tool id check <ID> [--json]\n";
}
} // namespace

// "id check <ID> [--json]": prints what the ID rule says about one number.
int runIdCommand(const QStringList &args, ToolIo &io)
{
    if (args.isEmpty() || args.first() != QLatin1String("check")) {
        idUsage(io.err);
        return ToolUsage;
    }
    bool json = false;
    QStringList positional;
    for (const QString &arg : args.mid(1)) {
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            io.err << "zkgrad-tool: unknown option " << arg << '\n';
            idUsage(io.err);
            return ToolUsage;
        } else {
            positional.append(arg);
        }
    }
    if (positional.size() != 1) {
        idUsage(io.err);
        return ToolUsage;
    }

    const zkgrad::IdNumberResult r = IdNumber::check(positional.first());
    const QString birth = r.valid ? r.birthDate.toString(Qt::ISODate) : QString();
    const QString gender = r.valid ? IdNumber::genderCode(r.gender) : QString();
    if (json) {
        const QJsonObject o {
            { QStringLiteral("valid"), r.valid },
            { QStringLiteral("reason"), r.reason },
            { QStringLiteral("message"), r.message },
            { QStringLiteral("normalized"), r.normalized },
            { QStringLiteral("birthDate"), r.valid ? QJsonValue(birth) : QJsonValue() },
            { QStringLiteral("gender"), r.valid ? QJsonValue(gender) : QJsonValue() },
        };
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        io.out << (r.valid ? "valid" : "invalid") << ": " << r.normalized << '\n';
        if (r.valid)
            io.out << "birth date: " << birth << "\ngender: " << gender << '\n';
        else
            io.out << "reason: " << r.reason << '\n' << r.message << '\n';
    }
    return r.valid ? ToolOk : ToolInvalid;
}
