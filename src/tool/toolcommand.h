#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <initializer_list>

/** Where a zkgrad-tool command writes: JSON or text to out, diagnostics to err. */
struct ToolIo
{
    QTextStream &out;
    QTextStream &err;
};

/** Exit codes shared by every zkgrad-tool command. */
enum ToolExit : int {
    ToolOk = 0, ///< valid / done
    ToolInvalid = 1, ///< the input was checked and refused
    ToolUsage = 2, ///< the command line was wrong
};

/** How a checking command answers: text or one JSON document for one input, JSON Lines for
 *  several (one compact object per input, with that input, so a script can pair them). */
enum class ToolOutput { Text, Json, JsonLines };

/** One command's usage text within its group (e.g. "check" in "id"). */
struct CommandUsage
{
    const char *command;
    const char *text;
};

/** True when a command's arguments ask for its usage ("GROUP COMMAND --help"). */
inline bool wantsHelp(const QStringList &args)
{
    return args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
}

/** Prints the usage of the command named first in args ("GROUP COMMAND --help"), or of every
 *  command of the group when args name none of them ("GROUP --help", or a wrong command). */
inline void printUsage(QTextStream &stream, std::initializer_list<CommandUsage> group,
                       const QStringList &args)
{
    const QString asked = args.isEmpty() ? QString() : args.first();
    for (const CommandUsage &usage : group) {
        if (asked == QLatin1String(usage.command)) {
            stream << usage.text;
            return;
        }
    }
    for (const CommandUsage &usage : group)
        stream << usage.text;
}

/** Writes a checking command's JSON answer for one input in the given output mode. */
inline void writeJson(QTextStream &out, QJsonObject object, ToolOutput mode, const QString &input)
{
    if (mode == ToolOutput::JsonLines) {
        object.insert(QStringLiteral("input"), input);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
}

/** The exit code of a batch: the worst of its inputs' (usage error > refused > ok). */
inline int worstExit(int a, int b)
{
    return a > b ? a : b;
}

// Each command receives the arguments after its group name, e.g. for
// "zkgrad-tool id check 1101... --json" runIdCommand gets {"check", "1101...", "--json"}.
int runIdCommand(const QStringList &args, ToolIo &io);
int runTextCommand(const QStringList &args, ToolIo &io);
int runPhotoCommand(const QStringList &args, ToolIo &io);
int runKioskCommand(const QStringList &args, ToolIo &io);
