#pragma once

#include <QStringList>
#include <QTextStream>

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

/** True when a command's arguments ask for its usage ("GROUP COMMAND --help"). */
inline bool wantsHelp(const QStringList &args)
{
    return args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
}

// Each command receives the arguments after its group name, e.g. for
// "zkgrad-tool id check 1101... --json" runIdCommand gets {"check", "1101...", "--json"}.
int runIdCommand(const QStringList &args, ToolIo &io);
int runTextCommand(const QStringList &args, ToolIo &io);
int runPhotoCommand(const QStringList &args, ToolIo &io);
int runKioskCommand(const QStringList &args, ToolIo &io);
