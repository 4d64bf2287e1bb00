#include "toolcommand.h"

#include "idnumber.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using zkgrad::IdNumber;

namespace {
void idUsage(QTextStream &err)
{
    err << "usage: zkgrad-tool id check <ID> [--json]\n"
           "       zkgrad-tool id check -    (one ID per line from stdin, one JSON object per "
           "line out)\n";
}

QJsonObject resultJson(const zkgrad::IdNumberResult &r)
{
    const QString birth = r.valid ? r.birthDate.toString(Qt::ISODate) : QString();
    const QString gender = r.valid ? IdNumber::genderCode(r.gender) : QString();
    return QJsonObject {
        { QStringLiteral("valid"), r.valid },
        { QStringLiteral("reason"), r.reason },
        { QStringLiteral("message"), r.message },
        { QStringLiteral("normalized"), r.normalized },
        { QStringLiteral("birthDate"), r.valid ? QJsonValue(birth) : QJsonValue() },
        { QStringLiteral("gender"), r.valid ? QJsonValue(gender) : QJsonValue() },
    };
}

// A class list at once: JSON Lines, so a school's script can pair each answer with its line
// ("line" counts from 1; blank lines are skipped, not answered).
int checkStdin(ToolIo &io)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        io.err << "zkgrad-tool: cannot read stdin\n";
        return ToolUsage;
    }
    bool allValid = true;
    int line = 0;
    while (!in.atEnd()) {
        const QString text = QString::fromUtf8(in.readLine()).trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        const zkgrad::IdNumberResult r = IdNumber::check(text);
        allValid = allValid && r.valid;
        QJsonObject o = resultJson(r);
        o.insert(QStringLiteral("line"), line);
        o.insert(QStringLiteral("input"), text);
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    }
    return allValid ? ToolOk : ToolInvalid;
}
} // namespace

// "id check <ID> [--json]": prints what the ID rule says about one number ("-": many).
int runIdCommand(const QStringList &args, ToolIo &io)
{
    if (wantsHelp(args)) {
        idUsage(io.out);
        return ToolOk;
    }
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

    if (positional.first() == QLatin1String("-"))
        return checkStdin(io);

    const zkgrad::IdNumberResult r = IdNumber::check(positional.first());
    const QString birth = r.valid ? r.birthDate.toString(Qt::ISODate) : QString();
    const QString gender = r.valid ? IdNumber::genderCode(r.gender) : QString();
    if (json) {
        io.out << QString::fromUtf8(QJsonDocument(resultJson(r)).toJson(QJsonDocument::Indented));
    } else {
        io.out << (r.valid ? "valid" : "invalid") << ": " << r.normalized << '\n';
        if (r.valid)
            io.out << "birth date: " << birth << "\ngender: " << gender << '\n';
        else
            io.out << "reason: " << r.reason << '\n' << r.message << '\n';
    }
    return r.valid ? ToolOk : ToolInvalid;
}
