#pragma once

#include <QDateTime>
#include <QString>

namespace zkgrad {

/**
 * Numbers and times written one way everywhere a candidate reads them (app, receipt, tool):
 * sizes in KB as the authority states its limit (1 KB = 1,000 bytes), and times in Beijing
 * time, labelled as such, because every date of the authority is Beijing time.
 */
namespace DisplayText {

/** @p at in Beijing time (UTC+8 all year: China has no daylight saving). */
[[nodiscard]] QDateTime inBeijing(const QDateTime &at);
/** "2026-12-04" in Beijing time; empty for an invalid time. */
[[nodiscard]] QString beijingDate(const QDateTime &at);
/** "2026-12-04 18:38" in Beijing time, unlabelled (for sentences that say "Beijing time"
 * themselves); empty for an invalid time. */
[[nodiscard]] QString beijingDateTime(const QDateTime &at);
/** "2026-12-04 18:38 (Beijing time)", or "18:38 (Beijing time)" when @p at falls on @p today
 * (a Beijing date; invalid: always the date); empty for an invalid time. */
[[nodiscard]] QString beijingTimeLabelled(const QDateTime &at, const QDate &today = {});
/** "43.7 KB": one decimal, rounded up, so a size over a limit never reads as the limit. */
[[nodiscard]] QString kilobytes(qint64 bytes);
/** "43.7 KB (limit 50 KB)". */
[[nodiscard]] QString kilobytesOfLimit(qint64 bytes, qint64 limit);

} // namespace DisplayText
} // namespace zkgrad
