#include "toolcommand.h"

#include "kioskconfig.h"

#include <QFileInfo>
#include <QSettings>

#include <cstdio>
#include <iostream>
#include <string>

namespace {
void kioskUsage(QTextStream &stream, const QStringList &args = {})
{
    printUsage(stream,
               { { "pin-hash",
                   "usage: zkgrad-tool kiosk pin-hash [--iterations N]\n"
                   "  Reads a staff PIN (4 to 12 digits) from stdin and prints its hash for\n"
                   "  staff_pin_hash= in kiosk.conf (the PIN never shows in the process list).\n"
                   "  Exit: 0 printed, 1 not a valid PIN, 2 usage error.\n" },
                 { "check-config",
                   "usage: zkgrad-tool kiosk check-config <FILE>\n"
                   "  Checks a kiosk.conf as the app reads it; prints the settings in force.\n"
                   "  Exit: 0 usable, 1 the app would refuse or ignore something, 2 usage "
                   "error.\n" } },
               args);
}

const QStringList kKnownKeys { QStringLiteral("enabled"),        QStringLiteral("server"),
                               QStringLiteral("idle_minutes"),   QStringLiteral("warning_seconds"),
                               QStringLiteral("staff_pin_hash"), QStringLiteral("locale"),
                               QStringLiteral("large_text"),     QStringLiteral("school"),
                               QStringLiteral("phone_transfer") };

int pinHash(const QStringList &args, ToolIo &io)
{
    int iterations = KioskPin::DefaultIterations;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool ok = false;
        if (args.at(i) == QLatin1String("--iterations") && i + 1 < args.size())
            iterations = args.at(++i).toInt(&ok);
        if (!ok || iterations < 1000) {
            kioskUsage(io.err, { QStringLiteral("pin-hash") });
            return ToolUsage;
        }
    }
    // One line from stdin, so the PIN never shows in the process list or shell history.
    std::string line;
    std::getline(std::cin, line);
    const QString pin = QString::fromStdString(line).trimmed();
    if (!KioskPin::isValidPin(pin)) {
        io.err << QStringLiteral(
                      "PIN 必须是 %1 到 %2 位数字。 / The PIN must be %1 to %2 digits.\n")
                      .arg(KioskPin::MinLength)
                      .arg(KioskPin::MaxLength);
        return ToolInvalid;
    }
    io.out << KioskPin::hash(pin, iterations) << '\n';
    return ToolOk;
}

int checkConfig(const QStringList &args, ToolIo &io)
{
    if (args.size() != 1) {
        kioskUsage(io.err, { QStringLiteral("check-config") });
        return ToolUsage;
    }
    const QString &path = args.first();
    if (!QFileInfo(path).isFile()) {
        io.err << path << ": 文件不存在。 / no such file.\n";
        return ToolInvalid;
    }
    const KioskConfig config = KioskConfig::load(path);
    QStringList problems = config.warnings;
    if (config.fileFound && config.enabled && config.staffPinHash.isEmpty())
        problems << QStringLiteral("staff_pin_hash: 启用自助机模式时必须设置，否则程序拒绝启动。"
                                   " / is required when enabled=true; without it the app "
                                   "refuses to start.");
    // Unknown keys are ignored by the app; a typo is worth a note, not a failure.
    QSettings ini(path, QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("kiosk"));
    for (const QString &key : ini.childKeys()) {
        if (!kKnownKeys.contains(key))
            io.err << "note: " << key << ": 未知的设置项，将被忽略。 / unknown key, ignored.\n";
    }
    for (const QString &problem : std::as_const(problems))
        io.err << problem << '\n';
    if (!problems.isEmpty())
        return ToolInvalid;
    io.out << "ok: enabled=" << (config.enabled ? "true" : "false") << " server="
           << (config.server.isEmpty() ? QStringLiteral("(demo)") : config.server.toString())
           << " idle_minutes=" << config.idleMinutes << " warning_seconds=" << config.warningSeconds
           << " locale=" << config.locale << " large_text=" << (config.largeText ? "true" : "false")
           << '\n';
    return ToolOk;
}
} // namespace

// "kiosk pin-hash" and "kiosk check-config": the staff side of kiosk mode (docs/architecture.md).
int runKioskCommand(const QStringList &args, ToolIo &io)
{
    if (wantsHelp(args)) {
        kioskUsage(io.out, args);
        return ToolOk;
    }
    if (args.isEmpty()) {
        kioskUsage(io.err);
        return ToolUsage;
    }
    const QString &command = args.first();
    if (command == QLatin1String("pin-hash"))
        return pinHash(args.mid(1), io);
    if (command == QLatin1String("check-config"))
        return checkConfig(args.mid(1), io);
    kioskUsage(io.err);
    return ToolUsage;
}
