#include "toolcommand.h"

#include "batchrules.h"
#include "selfassessment.h"
#include "textcount.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace zkgrad;

namespace {
void textUsage(QTextStream &stream, const QStringList &args = {})
{
    printUsage(stream,
               { { "count",
                   "usage: zkgrad-tool text count <FILE>... [--min N] [--max N] [--json]\n"
                   "  Counts a self-assessment (UTF-8) as the rule counts it and names any\n"
                   "  character the rule forbids; the limits default to the batch rules'.\n"
                   "  One file: text, or one JSON object with --json. Several files: one JSON\n"
                   "  object per line (JSON Lines) with its \"input\".\n"
                   "  Exit: 0 every text valid, 1 one or more refused, 2 usage error or a file\n"
                   "  that cannot be read.\n" } },
               args);
}

bool readLimit(const QStringList &args, qsizetype &i, int &out)
{
    if (i + 1 >= args.size())
        return false;
    bool ok = false;
    const int v = args.at(++i).toInt(&ok);
    if (!ok || v < 0)
        return false;
    out = v;
    return true;
}

QString codePointLabel(char32_t c)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}

// Counts one file; prints its answer in the given mode and returns its exit code.
int countFile(const QString &path, int min, int max, ToolOutput mode, ToolIo &io)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << "zkgrad-tool: cannot read " << path << ": " << file.errorString() << '\n';
        if (mode == ToolOutput::JsonLines) {
            const QJsonObject o { { QStringLiteral("valid"), false },
                                  { QStringLiteral("reason"), QStringLiteral("unreadable") },
                                  { QStringLiteral("message"), file.errorString() } };
            writeJson(io.out, o, mode, path);
        }
        return ToolUsage;
    }
    const QByteArray bytes = file.readAll();

    const qsizetype bad = TextCount::invalidUtf8Offset(bytes);
    if (bad >= 0) {
        const QString message = TextCount::invalidUtf8Message(bad);
        if (mode != ToolOutput::Text) {
            const QJsonObject o {
                { QStringLiteral("count"), QJsonValue() },
                { QStringLiteral("min"), min },
                { QStringLiteral("max"), max },
                { QStringLiteral("valid"), false },
                { QStringLiteral("reason"), QStringLiteral("invalid-utf8") },
                { QStringLiteral("message"), message },
                { QStringLiteral("byteOffset"), bad },
            };
            writeJson(io.out, o, mode, path);
        } else {
            io.out << "invalid: invalid-utf8\n" << message << '\n';
        }
        return ToolInvalid;
    }

    const QString text = QString::fromUtf8(bytes);
    const SelfAssessmentResult r = SelfAssessment::check(text, min, max);
    if (mode != ToolOutput::Text) {
        QJsonArray forbidden;
        for (const ForbiddenCharacter &f : r.forbidden) {
            forbidden.append(QJsonObject {
                { QStringLiteral("offset"), f.offset },
                { QStringLiteral("length"), f.length },
                { QStringLiteral("index"), f.index },
                { QStringLiteral("codePoint"), codePointLabel(f.codePoint) },
                { QStringLiteral("kind"), f.kind },
            });
        }
        const QJsonObject o {
            { QStringLiteral("count"), r.count },       { QStringLiteral("min"), r.min },
            { QStringLiteral("max"), r.max },           { QStringLiteral("valid"), r.isValid() },
            { QStringLiteral("reason"), r.reason },     { QStringLiteral("message"), r.message },
            { QStringLiteral("forbidden"), forbidden },
        };
        writeJson(io.out, o, mode, path);
    } else {
        io.out << (r.isValid() ? "valid" : "invalid") << ": " << r.count << " characters (" << r.min
               << "-" << r.max << ")\n";
        if (!r.isValid())
            io.out << "reason: " << r.reason << '\n' << r.message << '\n';
        for (const ForbiddenCharacter &f : r.forbidden)
            io.out << "  " << f.kind << ' ' << codePointLabel(f.codePoint) << " at offset "
                   << f.offset << '\n';
    }
    return r.isValid() ? ToolOk : ToolInvalid;
}
} // namespace

// "text count <FILE>...": counts self-assessment files exactly as the rule does.
int runTextCommand(const QStringList &args, ToolIo &io)
{
    if (wantsHelp(args)) {
        textUsage(io.out, args);
        return ToolOk;
    }
    if (args.isEmpty() || args.first() != QLatin1String("count")) {
        textUsage(io.err);
        return ToolUsage;
    }
    const BatchRules defaults = BatchRules::defaults();
    int min = defaults.selfAssessmentMin;
    int max = defaults.selfAssessmentMax;
    bool json = false;
    QStringList positional;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--min") || arg == QLatin1String("--max")) {
            if (!readLimit(args, i, arg == QLatin1String("--min") ? min : max)) {
                io.err << "zkgrad-tool: " << arg << " needs a non-negative number\n";
                return ToolUsage;
            }
        } else if (arg.startsWith(QLatin1String("--"))) {
            io.err << "zkgrad-tool: unknown option " << arg << '\n';
            textUsage(io.err, args);
            return ToolUsage;
        } else {
            positional.append(arg);
        }
    }
    if (positional.isEmpty() || min > max) {
        textUsage(io.err, args);
        return ToolUsage;
    }
    if (positional.size() == 1)
        return countFile(positional.first(), min, max, json ? ToolOutput::Json : ToolOutput::Text,
                         io);
    int rc = ToolOk;
    for (const QString &path : std::as_const(positional))
        rc = worstExit(rc, countFile(path, min, max, ToolOutput::JsonLines, io));
    return rc;
}
