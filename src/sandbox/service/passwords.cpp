// Password hashing: PBKDF2-SHA256 in a self-describing string, and its cost.

#include "internal.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>

#ifdef ZKGRAD_SANDBOX_OPENSSL
#include <openssl/evp.h>
#endif

namespace zkgrad::sandbox {

namespace {

// OWASP's figure for PBKDF2-HMAC-SHA256 (2023); about 0.25 s per hash on the build machine.
int pbkdf2Iterations = Service::defaultPasswordIterations;
// A stored hash naming more than this is refused rather than computed (a bad row is no DoS).
constexpr int pbkdf2MaxIterations = 10'000'000;

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int length)
{
#ifdef ZKGRAD_SANDBOX_OPENSSL
    // The same function as QPasswordDigestor, about ten times faster: at 600,000 iterations
    // that is what keeps sign-in and seeding usable.
    QByteArray key(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), length,
                          reinterpret_cast<unsigned char *>(key.data()))
        != 1)
        return {};
    return key;
#else
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt,
                                              iterations, quint64(length));
#endif
}

} // namespace

void Service::setPasswordIterations(int iterations)
{
    pbkdf2Iterations = qBound(1000, iterations, pbkdf2MaxIterations);
}

int Service::passwordIterations()
{
    return pbkdf2Iterations;
}

bool Service::needsRehash(const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    return parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256")
        || parts.at(1).toInt() < pbkdf2Iterations;
}

QString Service::hashPassword(const QString &password, int iterations)
{
    const int cost = iterations > 0 ? iterations : pbkdf2Iterations;
    const QByteArray salt = QByteArray::fromHex(randomHex(16).toLatin1());
    const QByteArray key = pbkdf2Sha256(password.toUtf8(), salt, cost, 32);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(cost)
        .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(key.toHex()));
}

bool Service::verifyPassword(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    const QByteArray salt = QByteArray::fromHex(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts.at(3).toLatin1());
    const int iterations = parts.at(1).toInt();
    if (iterations < 1 || iterations > pbkdf2MaxIterations || expected.size() > 64)
        return false;
    const QByteArray key = pbkdf2Sha256(password.toUtf8(), salt, iterations, int(expected.size()));
    if (key.size() != expected.size() || key.isEmpty())
        return false;
    // Constant time, so timing does not tell how much of the hash matched.
    quint8 diff = 0;
    for (qsizetype i = 0; i < key.size(); ++i)
        diff |= quint8(key.at(i) ^ expected.at(i));
    return diff == 0;
}

} // namespace zkgrad::sandbox
