#include "workingdays.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace zkgrad {

namespace {
bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

const HolidayCalendar &HolidayCalendar::builtIn()
{
    static const HolidayCalendar calendar = [] {
        HolidayCalendar c;
        const QDir dir(QStringLiteral(":/holidays"));
        const QStringList files =
            dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QString error;
            if (!file.open(QIODevice::ReadOnly) || !c.addYear(file.readAll(), &error))
                qWarning("zkgrad: holiday data %s ignored: %s", qPrintable(name),
                         qPrintable(error));
        }
        return c;
    }();
    return calendar;
}

bool HolidayCalendar::addYear(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return setError(error, parseError.errorString());
    if (!doc.isObject())
        return setError(error, QStringLiteral("not an object"));
    const QJsonObject root = doc.object();
    const int year = root.value(QStringLiteral("year")).toInt();
    if (year < 1949 || year > 9999)
        return setError(error, QStringLiteral("no valid \"year\""));

    const QJsonObject src = root.value(QStringLiteral("source")).toObject();
    HolidaySource source { year, src.value(QStringLiteral("title")).toString(),
                           src.value(QStringLiteral("number")).toString(),
                           QDate::fromString(src.value(QStringLiteral("published")).toString(),
                                             Qt::ISODate) };
    if (source.title.isEmpty())
        return setError(error, QStringLiteral("no source title"));

    // Validate everything before changing the calendar, so a bad file leaves it as it was.
    QHash<QDate, QString> holidays;
    const QJsonArray ranges = root.value(QStringLiteral("holidays")).toArray();
    for (const QJsonValue v : ranges) {
        const QJsonObject o = v.toObject();
        const QDate from =
            QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
        const QString name = o.value(QStringLiteral("name")).toString();
        if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 14
            || from.year() != year || name.isEmpty())
            return setError(error, QStringLiteral("bad holiday range in %1").arg(year));
        for (QDate d = from; d <= to; d = d.addDays(1))
            holidays.insert(d, name);
    }
    QList<QDate> makeUp;
    const QJsonArray workdays = root.value(QStringLiteral("workdays")).toArray();
    for (const QJsonValue v : workdays) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        // A make-up working day is by definition a Saturday or Sunday.
        if (!d.isValid() || d.year() != year || d.dayOfWeek() < 6 || holidays.contains(d))
            return setError(error, QStringLiteral("bad make-up working day in %1").arg(year));
        makeUp.append(d);
    }
    m_sources.insert(year, source);
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it)
        m_holidays.insert(it.key(), it.value());
    for (const QDate &d : std::as_const(makeUp))
        m_makeUpDays.insert(d, true);
    return true;
}

HolidayCalendar::DayKind HolidayCalendar::kind(QDate date) const
{
    if (m_holidays.contains(date))
        return DayKind::Holiday;
    if (m_makeUpDays.contains(date))
        return DayKind::MakeUpWorkingDay;
    return date.dayOfWeek() >= 6 ? DayKind::Weekend : DayKind::WorkingDay;
}

bool HolidayCalendar::isWorkingDay(QDate date) const
{
    const DayKind k = kind(date);
    return k == DayKind::WorkingDay || k == DayKind::MakeUpWorkingDay;
}

WorkingDaysResult HolidayCalendar::addWorkingDays(QDate start, int days) const
{
    WorkingDaysResult result;
    if (!start.isValid())
        return result;
    const int step = days < 0 ? -1 : 1;
    int remaining = std::min(days < 0 ? -days : days, 3660);
    QDate d = start;
    while (remaining > 0) {
        d = d.addDays(step);
        if (!covers(d.year()) && !result.yearsWithoutData.contains(d.year())) {
            result.estimate = true;
            result.yearsWithoutData.append(d.year());
        }
        if (isWorkingDay(d))
            --remaining;
    }
    std::sort(result.yearsWithoutData.begin(), result.yearsWithoutData.end());
    result.date = d;
    return result;
}

} // namespace zkgrad
