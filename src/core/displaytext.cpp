#include "displaytext.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace zkgrad::DisplayText {

QDateTime inBeijing(const QDateTime &at)
{
    // A fixed offset rather than "Asia/Shanghai": it needs no time-zone database, which
    // Windows builds without ICU may lack, and it is what the authority's dates mean.
    return at.toTimeZone(QTimeZone(8 * 3600));
}

QString beijingDate(const QDateTime &at)
{
    return at.isValid() ? inBeijing(at).date().toString(Qt::ISODate) : QString();
}

QString beijingDateTime(const QDateTime &at)
{
    return at.isValid() ? inBeijing(at).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString beijingTimeLabelled(const QDateTime &at, const QDate &today)
{
    if (!at.isValid())
        return {};
    const QDateTime b = inBeijing(at);
    const QString text = today.isValid() && b.date() == today
        ? b.toString(QStringLiteral("HH:mm"))
        : b.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return QCoreApplication::translate("DisplayText", "%1 (Beijing time)").arg(text);
}

QString kilobytes(qint64 bytes)
{
    // Tenths of a KB, rounded up: 50,001 bytes is 50.1 KB, never "50 KB".
    const qint64 tenths = (std::max<qint64>(bytes, 0) + 99) / 100;
    const QLocale locale;
    const QString number = tenths % 10 == 0 ? locale.toString(tenths / 10)
                                            : locale.toString(double(tenths) / 10.0, 'f', 1);
    return QCoreApplication::translate("DisplayText", "%1 KB").arg(number);
}

QString kilobytesOfLimit(qint64 bytes, qint64 limit)
{
    return QCoreApplication::translate("DisplayText", "%1 (limit %2)")
        .arg(kilobytes(bytes), kilobytes(limit));
}

} // namespace zkgrad::DisplayText
