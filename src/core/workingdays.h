#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace zkgrad {

/** Where a year's holiday data comes from: the State Council General Office notice. */
struct HolidaySource
{
    int year = 0;
    QString title; ///< e.g. 国务院办公厅关于2025年部分节假日安排的通知
    QString number; ///< e.g. 国办发明电〔2024〕12号; empty when not recorded
    QDate published;
};

/** The result of adding working days: the date and whether it rests on a guess. */
struct WorkingDaysResult
{
    QDate date;
    /** True when the count ran through a year without holiday data (weekends only). */
    bool estimate = false;
    QList<int> yearsWithoutData; ///< the years that made it an estimate, ascending
};

/**
 * China's working-day calendar: weekends off, official holidays off, make-up
 * working days (调休) on, as published yearly; shipped as data in
 * assets/holidays/ and embedded under :/holidays/.
 */
class HolidayCalendar
{
public:
    /** What kind of day a date is. */
    enum class DayKind {
        WorkingDay, ///< Monday to Friday, no holiday
        Weekend,
        Holiday, ///< an official holiday (including weekend days inside it)
        MakeUpWorkingDay, ///< a weekend day declared a working day
    };

    /** The calendar built from the JSON files embedded under :/holidays, loaded once. */
    [[nodiscard]] static const HolidayCalendar &builtIn();

    /**
     * Adds one year's data in the assets/holidays JSON format. Returns false
     * and sets @p error when the JSON is malformed or its dates are not in its year.
     */
    bool addYear(const QByteArray &json, QString *error = nullptr);

    [[nodiscard]] bool covers(int year) const { return m_sources.contains(year); }
    [[nodiscard]] QList<int> years() const { return m_sources.keys(); }
    [[nodiscard]] HolidaySource source(int year) const { return m_sources.value(year); }

    [[nodiscard]] DayKind kind(QDate date) const;
    [[nodiscard]] bool isWorkingDay(QDate date) const;
    /** The holiday's name (e.g. 春节) for a holiday, else empty. */
    [[nodiscard]] QString holidayName(QDate date) const { return m_holidays.value(date); }

    /**
     * The @p days-th working day after @p start (@p start itself never counts;
     * negative counts go back). |days| is capped at 3660.
     */
    [[nodiscard]] WorkingDaysResult addWorkingDays(QDate start, int days) const;

private:
    QMap<int, HolidaySource> m_sources;
    QHash<QDate, QString> m_holidays;
    QHash<QDate, bool> m_makeUpDays;
};

} // namespace zkgrad
