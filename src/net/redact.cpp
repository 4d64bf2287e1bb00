#include "redact.h"

#include <QRegularExpression>

#include <functional>

namespace zkgrad::net {

namespace {

QString replaceAll(const QString &text, const QRegularExpression &re,
                   const std::function<QString(const QRegularExpressionMatch &)> &replacement)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement(m);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString stars(qsizetype n)
{
    return QString(n, QLatin1Char('*'));
}

} // namespace

QString Redact::mask(const QString &text)
{
    static const QRegularExpression secretHeader(QStringLiteral(
        R"((?i)\b(authorization|proxy-authorization|cookie|set-cookie)\s*:\s*[^\r\n]*)"));
    static const QRegularExpression bearer(
        QStringLiteral(R"((?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+)"));
    static const QRegularExpression jsonSecret(QStringLiteral(
        R"rx((?i)"([a-z_]*(?:token|password|secret)[a-z_]*)"\s*:\s*"(?:[^"\\]|\\.)*")rx"));
    static const QRegularExpression querySecret(
        QStringLiteral(R"((?i)\b([a-z_]*(?:token|password|secret)[a-z_]*)=[^&\s"]*)"));
    // ID numbers: 17 digits and a digit or X, not part of a longer run.
    static const QRegularExpression idNumber(
        QStringLiteral(R"((?<![0-9A-Za-z])(\d{17}[0-9Xx])(?![0-9A-Za-z]))"));
    static const QRegularExpression mobile(
        QStringLiteral(R"((?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)(\d{4})(\d{4})(?!\d))"));
    // Remaining runs of 8+ digits: admission tickets, certificate and order numbers.
    static const QRegularExpression longDigits(QStringLiteral(R"((?<!\d)(\d{6,})(\d{2})(?!\d))"));

    QString s = replaceAll(text, secretHeader, [](const QRegularExpressionMatch &m) -> QString {
        return m.captured(1) + QStringLiteral(": [redacted]");
    });
    s = replaceAll(s, bearer, [](const QRegularExpressionMatch &m) -> QString {
        return m.captured(1) + QStringLiteral(" [redacted]");
    });
    s = replaceAll(s, jsonSecret, [](const QRegularExpressionMatch &m) -> QString {
        return QLatin1Char('"') + m.captured(1) + QStringLiteral("\":\"[redacted]\"");
    });
    s = replaceAll(s, querySecret, [](const QRegularExpressionMatch &m) -> QString {
        return m.captured(1) + QStringLiteral("=[redacted]");
    });
    s = replaceAll(s, idNumber, [](const QRegularExpressionMatch &m) -> QString {
        const QString id = m.captured(1);
        return id.left(3) + stars(id.size() - 5) + id.right(2);
    });
    s = replaceAll(s, mobile, [](const QRegularExpressionMatch &m) -> QString {
        return m.captured(1) + QStringLiteral("****") + m.captured(3);
    });
    s = replaceAll(s, longDigits, [](const QRegularExpressionMatch &m) -> QString {
        return stars(m.captured(1).size()) + m.captured(2);
    });
    return s;
}

} // namespace zkgrad::net
