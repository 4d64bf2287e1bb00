// Drives CredentialStore against whatever keychain the environment offers, one
// step per process, so a "restart" between saving and loading is a real one.
//   keyring_probe save LOGIN PASSWORD   exits 0 once the keychain returns it
//   keyring_probe load                  prints "login=… password=…" (empty if none)
//   keyring_probe forget                exits 0 once nothing is returned
// Any step prints "unavailable: <message>" if the store reported no keychain.
#include "session/credentialstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

namespace {

// Loads once and hands the answer to @p then (asynchronous, like the app).
void loadThen(CredentialStore &store,
              std::function<void(const CredentialStore::Credentials &)> then)
{
    store.load(std::move(then));
}

// The store's writes are fire-and-forget; poll until the keychain shows @p ready.
void pollUntil(CredentialStore &store,
               std::function<bool(const CredentialStore::Credentials &)> ready, QElapsedTimer clock)
{
    loadThen(store, [&store, ready, clock](const CredentialStore::Credentials &c) {
        if (ready(c)) {
            QCoreApplication::exit(0);
        } else if (clock.elapsed() > 10000 || !store.isAvailable()) {
            QTextStream(stdout) << "timed out or unavailable\n";
            QCoreApplication::exit(1);
        } else {
            QTimer::singleShot(100, &store,
                               [&store, ready, clock] { pollUntil(store, ready, clock); });
        }
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return 2;
    CredentialStore store;
    QObject::connect(&store, &CredentialStore::unavailable, [](const QString &message) {
        QTextStream(stdout) << "unavailable: " << message << '\n';
    });
    QElapsedTimer clock;
    clock.start();
    const QString mode = args.first();
    if (mode == QLatin1String("save") && args.size() == 3) {
        const QString login = args.at(1), password = args.at(2);
        // By value: the timer fires in app.exec(), after this block's locals are gone.
        QTimer::singleShot(0, &store, [&store, &clock, login, password] {
            store.save(login, password);
            pollUntil(
                store, [=](const auto &c) { return c.login == login && c.password == password; },
                clock);
        });
    } else if (mode == QLatin1String("load")) {
        QTimer::singleShot(0, &store, [&] {
            loadThen(store, [](const CredentialStore::Credentials &c) {
                QTextStream(stdout) << "login=" << c.login << " password=" << c.password << '\n';
                QCoreApplication::exit(0);
            });
        });
    } else if (mode == QLatin1String("probe")) {
        // What the sign-in page asks before it offers "remember me".
        QTimer::singleShot(0, &store, [&] {
            loadThen(store, [&store](const CredentialStore::Credentials &) {
                QTextStream(stdout)
                    << "available=" << (store.isAvailable() ? "true" : "false") << '\n';
                QCoreApplication::exit(0);
            });
        });
    } else if (mode == QLatin1String("forget")) {
        QTimer::singleShot(0, &store, [&] {
            store.forget();
            pollUntil(
                store, [](const auto &c) { return c.login.isEmpty(); }, clock);
        });
    } else {
        return 2;
    }
    QTimer::singleShot(20000, &app, [] { QCoreApplication::exit(3); });
    return app.exec();
}
