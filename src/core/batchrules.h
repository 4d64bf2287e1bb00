#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace zkgrad {

struct BatchRulesParseResult;

/**
 * The limits of one application round as the server announces them. Every
 * check of a limit reads it from here; the defaults are the guide's values.
 */
struct BatchRules
{
    /** Where the application window stands at a given moment. */
    enum class WindowState {
        Unknown, ///< the server gave no window
        NotYetOpen,
        Open,
        Closed,
    };

    QString batchId;
    QDateTime windowOpens; ///< invalid when unknown
    QDateTime windowCloses; ///< invalid when unknown; submissions until this instant
    /** What the app aims for when it encodes an image ("50K" read as 50,000 bytes). */
    qint64 imageTargetBytes = 50'000;
    /** What the server still accepts ("50K" read as 50 × 1024 bytes). */
    qint64 imageAcceptBytes = 51'200;
    int selfAssessmentMin = 300; ///< characters as TextCount counts them
    int selfAssessmentMax = 500;
    std::optional<qint64> feeFen; ///< graduation review fee in fen (0.01 CNY), when known

    /** The guide's values and no window or fee. */
    [[nodiscard]] static BatchRules defaults() { return {}; }
    /** Parses the server's JSON; never throws, malformed input gives a specific error. */
    [[nodiscard]] static BatchRulesParseResult fromJson(const QByteArray &json);
    /** The JSON shape fromJson() reads. */
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] WindowState windowState(const QDateTime &now) const;
    /** Whether a submission at @p now is inside the window (an unknown window does not block). */
    [[nodiscard]] bool acceptsSubmissionAt(const QDateTime &now) const;
    [[nodiscard]] bool imageWithinTarget(qint64 bytes) const
    {
        return bytes > 0 && bytes <= imageTargetBytes;
    }
    [[nodiscard]] bool imageAccepted(qint64 bytes) const
    {
        return bytes > 0 && bytes <= imageAcceptBytes;
    }

    bool operator==(const BatchRules &) const = default;
};

/** The outcome of BatchRules::fromJson: rules, or a reason code and the offending field. */
struct BatchRulesParseResult
{
    bool ok = false;
    /** ok, not-json, not-object, wrong-type, out-of-range, bad-date, window-order, limits-order */
    QString error;
    QString field; ///< JSON path of the offending value, e.g. "image.acceptBytes"
    QString message; ///< translated
    BatchRules rules; ///< the defaults when !ok
};

} // namespace zkgrad
