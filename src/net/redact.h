#pragma once

#include <QByteArray>
#include <QString>

namespace zkgrad::net {

/** Masks personal data and secrets in text bound for logs: ID and phone numbers, tokens, passwords.
 */
class Redact
{
public:
    /**
     * Returns @p text with every 18-character ID number (身份证号) reduced to its first 3 and
     * last 2 characters, every mainland mobile number to its first 3 and last 4 digits, other
     * long digit runs (准考证号, order numbers) to their last 2 digits, and bearer tokens,
     * Authorization/Cookie header values and "token"/"password" JSON or query values removed.
     */
    [[nodiscard]] static QString mask(const QString &text);
    /** The same for raw bytes (headers, bodies), read as UTF-8. */
    [[nodiscard]] static QString mask(const QByteArray &bytes)
    {
        return mask(QString::fromUtf8(bytes));
    }
};

} // namespace zkgrad::net
