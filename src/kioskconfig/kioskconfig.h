#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

/**
 * The kiosk configuration (the [kiosk] group of kiosk.conf, INI): parsed with defaults for
 * missing keys and for bad values, each bad value noted in warnings (Chinese and English).
 * QtCore only, so zkgrad-tool's "kiosk check-config" uses the same rules as the app.
 */
struct KioskConfig
{
    static constexpr int DefaultIdleMinutes = 3;
    static constexpr int DefaultWarningSeconds = 60;

    bool fileFound = false; ///< the file existed and was read
    bool enabled = false;
    QUrl server; ///< empty: the embedded demo sandbox
    int idleMinutes = DefaultIdleMinutes;
    int warningSeconds = DefaultWarningSeconds;
    QString staffPinHash; ///< "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>", or empty
    QString locale = QStringLiteral("zh_CN");
    bool largeText = false;
    QString school; ///< display name shown on the welcome screen, may be empty
    bool phoneTransfer = true; ///< phone_transfer: offer "用手机传照片" on photo slots
    /** One line per bad key ("key: 中文 / English"); the key then has its default. */
    QStringList warnings;

    /** The system-wide file: /etc/zkgrad/kiosk.conf, %ProgramData%\zkgrad\kiosk.conf, or
     * /Library/Application Support/zkgrad/kiosk.conf. */
    [[nodiscard]] static QString systemPath();
    /** Reads @p path; a missing file gives the defaults with fileFound false. */
    [[nodiscard]] static KioskConfig load(const QString &path);
};

/** The staff PIN: PBKDF2-HMAC-SHA256 hashes in one text line, checked in constant time. */
namespace KioskPin {
inline constexpr int DefaultIterations = 100000;
/** Shortest and longest PIN, in digits. */
inline constexpr int MinLength = 4;
inline constexpr int MaxLength = 12;
/** A PIN is MinLength to MaxLength ASCII digits. */
[[nodiscard]] bool isValidPin(const QString &pin);
/** Hashes @p pin with a random 16-byte salt (or @p salt when given, for tests). */
[[nodiscard]] QString hash(const QString &pin, int iterations = DefaultIterations,
                           const QByteArray &salt = {});
/** True when @p line has the format hash() writes (any iteration count from 1000 up). */
[[nodiscard]] bool isValidHash(const QString &line);
/** True when @p pin matches @p line; false for a malformed line. */
[[nodiscard]] bool verify(const QString &pin, const QString &line);
/** RFC 8018 PBKDF2 with HMAC-SHA256. */
[[nodiscard]] QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt,
                                      int iterations, int length);
} // namespace KioskPin
