#include "toolcommand.h"

#include "idnumber.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using zkgrad::IdNumber;

namespace {
void idUsage(QTextStream &stream, const QStringList &args = {})
{
    printUsage(stream,
               { { "check",
                   "usage: zkgrad-tool id check <ID>... [--json]\n"
                   "       zkgrad-tool id check -     (one ID per line from stdin)\n"
                   "  Checks resident ID numbers (GB 11643): check digit, region, birth date.\n"
                   "  One ID: text, or one JSON object with --json. Several IDs, or -: one JSON\n"
                   "  object per line (JSON Lines) with its \"input\" (and, from stdin, its "
                   "\"line\").\n"
                   "  Exit: 0 every ID valid, 1 one or more refused, 2 usage error.\n" } },
               args);
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
        writeJson(io.out, o, ToolOutput::JsonLines, text);
    }
    return allValid ? ToolOk : ToolInvalid;
}
} // namespace

// "id check <ID>... [--json]": prints what the ID rule says about each number ("-": stdin).
int runIdCommand(const QStringList &args, ToolIo &io)
{
    if (wantsHelp(args)) {
        idUsage(io.out, args);
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
            idUsage(io.err, args);
            return ToolUsage;
        } else {
            positional.append(arg);
        }
    }
    if (positional.isEmpty()
        || (positional.contains(QLatin1String("-")) && positional.size() > 1)) {
        idUsage(io.err, args);
        return ToolUsage;
    }

    if (positional.first() == QLatin1String("-"))
        return checkStdin(io);

    if (positional.size() > 1) {
        bool allValid = true;
        for (const QString &id : std::as_const(positional)) {
            const zkgrad::IdNumberResult r = IdNumber::check(id);
            allValid = allValid && r.valid;
            writeJson(io.out, resultJson(r), ToolOutput::JsonLines, id);
        }
        return allValid ? ToolOk : ToolInvalid;
    }

    const zkgrad::IdNumberResult r = IdNumber::check(positional.first());
    const QString birth = r.valid ? r.birthDate.toString(Qt::ISODate) : QString();
    const QString gender = r.valid ? IdNumber::genderCode(r.gender) : QString();
    if (json) {
        writeJson(io.out, resultJson(r), ToolOutput::Json, positional.first());
    } else {
        io.out << (r.valid ? "valid" : "invalid") << ": " << r.normalized << '\n';
        if (r.valid)
            io.out << "birth date: " << birth << "\ngender: " << gender << '\n';
        else
            io.out << "reason: " << r.reason << '\n' << r.message << '\n';
    }
    return r.valid ? ToolOk : ToolInvalid;
}
