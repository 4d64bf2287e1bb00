// zkgrad-sandbox: the reference implementation of docs/api.md.

#include "admincli.h"
#include "apiserver.h"
#include "database.h"
#include "seed.h"
#include "service.h"

#include <translations.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace zkgrad::sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zkgrad-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QStringList args = QCoreApplication::arguments();
    if (args.size() >= 2 && args.at(1) == QLatin1String("admin"))
        return runAdminCommand(args.mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reference server of the zkgrad API (docs/api.md), on SQLite.\n"
                       "Reviewer actions on a database file: zkgrad-sandbox admin --db PATH "
                       "<command> (without a command it lists them)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port; 0 picks a free one."),
                                        QStringLiteral("port"), QStringLiteral("8765"));
    const QCommandLineOption bindOption(QStringLiteral("bind"), QStringLiteral("Address."),
                                        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite file."),
                                      QStringLiteral("path"),
                                      QStringLiteral("zkgrad-sandbox.sqlite"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("\"demo\": demo catalog and candidates."),
                                        QStringLiteral("set"));
    const QCommandLineOption adminOption(QStringLiteral("admin-token"),
                                         QStringLiteral("Admin bearer token (default: random)."),
                                         QStringLiteral("token"));
    const QCommandLineOption ttlOption(QStringLiteral("token-ttl"),
                                       QStringLiteral("Session lifetime in seconds."),
                                       QStringLiteral("seconds"), QStringLiteral("1800"));
    const QCommandLineOption limitOption(QStringLiteral("signin-limit"),
                                         QStringLiteral("Failed sign-ins before 429."),
                                         QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption windowOption(QStringLiteral("signin-window"),
                                          QStringLiteral("Rate-limit window in seconds."),
                                          QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Default language: zh_CN or en."),
                                        QStringLiteral("lang"), QStringLiteral("zh_CN"));
    const QCommandLineOption connectionsOption(
        QStringLiteral("max-connections"),
        QStringLiteral("Connections open at once; more are answered 503 and closed."),
        QStringLiteral("n"), QStringLiteral("128"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds without traffic after which a connection is closed."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption iterationsOption(
        QStringLiteral("password-iterations"),
        QStringLiteral("PBKDF2 iterations for new password hashes (default 600000)."),
        QStringLiteral("n"), QString::number(Service::defaultPasswordIterations));
    parser.addOptions({ portOption, bindOption, dbOption, seedOption, adminOption, ttlOption,
                        limitOption, windowOption, langOption, connectionsOption, idleOption,
                        iterationsOption });
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const QHostAddress address(parser.value(bindOption));
    if (!portOk || port > 65535 || address.isNull()) {
        err << "zkgrad-sandbox: bad --port or --bind\n";
        return 2;
    }
    if (parser.isSet(seedOption) && parser.value(seedOption) != QLatin1String("demo")) {
        err << "zkgrad-sandbox: --seed knows only \"demo\"\n";
        return 2;
    }

    // Before seeding: the demo accounts are hashed at this cost too.
    Service::setPasswordIterations(parser.value(iterationsOption).toInt());
    Database db;
    QString error;
    if (!db.open(parser.value(dbOption), &error)) {
        err << "zkgrad-sandbox: cannot open database: " << error << '\n';
        return 1;
    }
    if (parser.value(seedOption) == QLatin1String("demo") && !seedDemo(db)) {
        err << "zkgrad-sandbox: seeding failed\n";
        return 1;
    }

    const bool english = parser.value(langOption) == QLatin1String("en");
    zkgrad::Translations::install(english ? QStringLiteral("en") : QStringLiteral("zh_CN"));

    Service service(db);
    service.setTokenTtlSeconds(qMax(1, parser.value(ttlOption).toInt()));
    ApiServer::Options options;
    options.adminToken = parser.isSet(adminOption)
        ? parser.value(adminOption).toUtf8()
        : QByteArray::number(QRandomGenerator::system()->generate64(), 16)
            + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    options.signInLimit = qMax(1, parser.value(limitOption).toInt());
    options.signInWindowSeconds = qMax(1, parser.value(windowOption).toInt());
    options.defaultLanguage = english ? Language::English : Language::Chinese;
    options.maxConnections = qMax(1, parser.value(connectionsOption).toInt());
    options.idleTimeoutSeconds = qMax(1, parser.value(idleOption).toInt());
    ApiServer server(service, options);
    const quint16 actual = server.listen(address, quint16(port));
    if (actual == 0) {
        err << "zkgrad-sandbox: cannot listen on " << address.toString() << ':' << port << '\n';
        return 1;
    }
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const QString base = QStringLiteral("http://%1:%2").arg(host).arg(actual);
    service.setPublicBase(base);
    // The first stdout line is the contract with launchers: print it, then flush.
    std::printf("zkgrad-sandbox listening on %s\n", qPrintable(base));
    std::printf("zkgrad-sandbox admin token %s\n", options.adminToken.constData());
    std::fflush(stdout);
    return app.exec();
}
