#include "toolcommand.h"
#include "translations.h"

#include <QCoreApplication>

#include <cstdio>

namespace {
void usage(QTextStream &err)
{
    err << "usage: zkgrad-tool <group> <command> [arguments] [--json]\n"
           "\n"
           "  id check <ID>... [--json]           check resident ID numbers (GB 11643)\n"
           "  id check -                          check one ID per line from stdin\n"
           "  text count <FILE>... [--min N] [--max N] [--json]\n"
           "                                      count self-assessments as the rule counts "
           "them\n"
           "  photo check <IN>... [--json]        inspect photos\n"
           "  photo fit <IN> <OUT> [options]      make a photo fit the rules (a JPEG)\n"
           "  photo detect <IN>... [--json]       find an ID card's or a page's corners\n"
           "  kiosk pin-hash                      hash a staff PIN read from stdin\n"
           "  kiosk check-config <FILE>           check a kiosk.conf\n"
           "\n"
           "GROUP COMMAND --help prints that command's usage and options.\n"
           "Several inputs (or - for stdin) are answered one JSON object per line (JSON Lines).\n"
           "Messages are in Simplified Chinese; set ZKGRAD_LANG=en for English.\n"
           "Exit codes: 0 valid or done, 1 input refused, 2 usage error.\n";
}
} // namespace

int main(int argc, char *argv[])
{
    // QImage scaling and PNG decoding are QtGui classes that need no QGuiApplication: a core
    // application keeps the platform plugin (and its memory) out of every photo fit.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zkgrad-tool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZKGRAD_VERSION));

    const QString language =
        qEnvironmentVariable("ZKGRAD_LANG", zkgrad::Translations::defaultLanguage());
    zkgrad::Translations::install(language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    ToolIo io { out, err };

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h")) {
        usage(args.isEmpty() ? err : out);
        return args.isEmpty() ? ToolUsage : ToolOk;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "zkgrad-tool " << QCoreApplication::applicationVersion() << '\n';
        return ToolOk;
    }
    const QString group = args.takeFirst();
    int rc = ToolUsage;
    if (group == QLatin1String("id"))
        rc = runIdCommand(args, io);
    else if (group == QLatin1String("text"))
        rc = runTextCommand(args, io);
    else if (group == QLatin1String("photo"))
        rc = runPhotoCommand(args, io);
    else if (group == QLatin1String("kiosk"))
        rc = runKioskCommand(args, io);
    else
        usage(err);
    out.flush();
    err.flush();
    return rc;
}
