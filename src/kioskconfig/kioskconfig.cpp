#include "kioskconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSettings>
#include <QtEndian>

#include <algorithm>

namespace {
const auto kPrefix = QStringLiteral("pbkdf2-sha256");
constexpr int kMinIterations = 1000; // below this a hash is too cheap to guess against
constexpr int kMaxIterations = 10000000; // above this a PIN check would freeze the kiosk
constexpr int kMinIdleMinutes = 1;
constexpr int kMaxIdleMinutes = 120;
constexpr int kMinWarningSeconds = 10;
constexpr int kMaxWarningSeconds = 600;
constexpr int kMaxSchoolLength = 60;

// QSettings splits unquoted values at commas; a school name may contain one.
QString text(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", ")).trimmed();
    return value.toString().trimmed();
}

std::optional<bool> parseBool(const QString &value)
{
    const QString v = value.toLower();
    if (v == u"true" || v == u"1" || v == u"yes" || v == u"on")
        return true;
    if (v == u"false" || v == u"0" || v == u"no" || v == u"off")
        return false;
    return std::nullopt;
}

std::optional<int> parseInt(const QString &value, int min, int max)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

struct ParsedHash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<ParsedHash> parseHash(const QString &line)
{
    const QStringList parts = line.trimmed().split(u'$');
    if (parts.size() != 4 || parts.at(0) != kPrefix)
        return std::nullopt;
    ParsedHash p;
    bool ok = false;
    p.iterations = parts.at(1).toInt(&ok);
    if (!ok || p.iterations < kMinIterations || p.iterations > kMaxIterations)
        return std::nullopt;
    const auto decode = [](const QString &s) {
        return QByteArray::fromBase64Encoding(s.toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto salt = decode(parts.at(2));
    const auto hash = decode(parts.at(3));
    if (!salt || !hash || salt.decoded.size() < 8 || hash.decoded.size() != 32)
        return std::nullopt;
    p.salt = salt.decoded;
    p.hash = hash.decoded;
    return p;
}
} // namespace

QString KioskConfig::systemPath()
{
#if defined(Q_OS_WIN)
    QString programData = qEnvironmentVariable("ProgramData");
    if (programData.isEmpty())
        programData = QStringLiteral("C:/ProgramData");
    return QDir::fromNativeSeparators(programData) + QStringLiteral("/zkgrad/kiosk.conf");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/zkgrad/kiosk.conf");
#else
    return QStringLiteral("/etc/zkgrad/kiosk.conf");
#endif
}

KioskConfig KioskConfig::load(const QString &path)
{
    KioskConfig c;
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return c;
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        c.warnings << QStringLiteral("%1: 无法读取或格式错误，整个文件被忽略。 / cannot be read or "
                                     "is not a valid INI file; the whole file is ignored.")
                          .arg(QDir::toNativeSeparators(path));
        return c;
    }
    c.fileFound = true;
    ini.beginGroup(QStringLiteral("kiosk"));
    const auto has = [&](const char *key) { return ini.contains(QLatin1String(key)); };
    const auto value = [&](const char *key) { return text(ini.value(QLatin1String(key))); };
    const auto bad = [&](const char *key, const QString &zh, const QString &en) {
        c.warnings << QStringLiteral("%1: %2 / %3").arg(QLatin1String(key), zh, en);
    };

    if (has("enabled")) {
        if (const auto v = parseBool(value("enabled")))
            c.enabled = *v;
        else
            bad("enabled", QStringLiteral("应为 true 或 false，已按 false 处理。"),
                QStringLiteral("must be true or false; false is used."));
    }
    if (has("server") && !value("server").isEmpty()) {
        const QUrl url(value("server"), QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
            && !url.host().isEmpty())
            c.server = url;
        else
            bad("server", QStringLiteral("不是有效的 http(s) 地址，已改用内置演示服务器。"),
                QStringLiteral("is not a valid http(s) URL; the built-in demo server is used."));
    }
    if (has("idle_minutes")) {
        if (const auto v = parseInt(value("idle_minutes"), kMinIdleMinutes, kMaxIdleMinutes))
            c.idleMinutes = *v;
        else
            bad("idle_minutes",
                QStringLiteral("应为 %1 到 %2 之间的整数，已改用默认值 %3。")
                    .arg(kMinIdleMinutes)
                    .arg(kMaxIdleMinutes)
                    .arg(DefaultIdleMinutes),
                QStringLiteral("must be a whole number from %1 to %2; the default %3 is used.")
                    .arg(kMinIdleMinutes)
                    .arg(kMaxIdleMinutes)
                    .arg(DefaultIdleMinutes));
    }
    if (has("warning_seconds")) {
        if (const auto v =
                parseInt(value("warning_seconds"), kMinWarningSeconds, kMaxWarningSeconds))
            c.warningSeconds = *v;
        else
            bad("warning_seconds",
                QStringLiteral("应为 %1 到 %2 之间的整数，已改用默认值 %3。")
                    .arg(kMinWarningSeconds)
                    .arg(kMaxWarningSeconds)
                    .arg(DefaultWarningSeconds),
                QStringLiteral("must be a whole number from %1 to %2; the default %3 is used.")
                    .arg(kMinWarningSeconds)
                    .arg(kMaxWarningSeconds)
                    .arg(DefaultWarningSeconds));
    }
    if (has("staff_pin_hash") && !value("staff_pin_hash").isEmpty()) {
        if (KioskPin::isValidHash(value("staff_pin_hash")))
            c.staffPinHash = value("staff_pin_hash");
        else
            bad("staff_pin_hash",
                QStringLiteral("格式不对，请用 “zkgrad-tool kiosk pin-hash” 重新生成。"),
                QStringLiteral("is malformed; make a new one with \"zkgrad-tool kiosk "
                               "pin-hash\"."));
    }
    if (has("locale")) {
        const QString locale = value("locale");
        if (locale == u"zh_CN" || locale == u"en")
            c.locale = locale;
        else
            bad("locale", QStringLiteral("只能是 zh_CN 或 en，已改用 zh_CN。"),
                QStringLiteral("must be zh_CN or en; zh_CN is used."));
    }
    if (has("large_text")) {
        if (const auto v = parseBool(value("large_text")))
            c.largeText = *v;
        else
            bad("large_text", QStringLiteral("应为 true 或 false，已按 false 处理。"),
                QStringLiteral("must be true or false; false is used."));
    }
    if (has("phone_transfer")) {
        if (const auto v = parseBool(value("phone_transfer")))
            c.phoneTransfer = *v;
        else
            bad("phone_transfer", QStringLiteral("应为 true 或 false，已按 true 处理。"),
                QStringLiteral("must be true or false; true is used."));
    }
    if (has("school")) {
        const QString school = value("school");
        if (school.size() <= kMaxSchoolLength)
            c.school = school;
        else
            bad("school", QStringLiteral("超过 %1 个字符，已不显示。").arg(kMaxSchoolLength),
                QStringLiteral("is longer than %1 characters; it is not shown.")
                    .arg(kMaxSchoolLength));
    }
    ini.endGroup();
    return c;
}

bool KioskPin::isValidPin(const QString &pin)
{
    if (pin.size() < MinLength || pin.size() > MaxLength)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QByteArray KioskPin::pbkdf2Sha256(const QByteArray &password, const QByteArray &salt,
                                  int iterations, int length)
{
    QByteArray out;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; out.size() < length; ++block) {
        mac.reset();
        mac.addData(salt);
        const quint32 be = qToBigEndian(block);
        mac.addData(reinterpret_cast<const char *>(&be), sizeof be);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype j = 0; j < t.size(); ++j)
                t[j] = char(t.at(j) ^ u.at(j));
        }
        out += t;
    }
    return out.left(length);
}

QString KioskPin::hash(const QString &pin, int iterations, const QByteArray &salt)
{
    QByteArray s = salt;
    if (s.isEmpty()) {
        s.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(s.data()), 4);
    }
    const QByteArray key = pbkdf2Sha256(pin.toUtf8(), s, iterations, 32);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(kPrefix)
        .arg(iterations)
        .arg(QString::fromLatin1(s.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool KioskPin::isValidHash(const QString &line)
{
    return parseHash(line).has_value();
}

bool KioskPin::verify(const QString &pin, const QString &line)
{
    const auto parsed = parseHash(line);
    if (!parsed)
        return false;
    const QByteArray key = pbkdf2Sha256(pin.toUtf8(), parsed->salt, parsed->iterations, 32);
    // Constant time: every byte is compared whatever the first difference.
    unsigned char diff = 0;
    for (int i = 0; i < 32; ++i)
        diff |= static_cast<unsigned char>(key.at(i) ^ parsed->hash.at(i));
    return diff == 0;
}
