#pragma once

#include <QString>

namespace zkgrad {

/** How serious a rule's finding is: only errors block saving or submission. */
enum class Severity {
    Ok,
    Warning,
    Error,
};

/**
 * The outcome of one field rule: a stable reason code the server returns too,
 * a translated message for the candidate, and the value in its canonical form.
 */
struct RuleResult
{
    Severity severity = Severity::Ok;
    QString reason = QStringLiteral("ok"); ///< stable code, "ok" when nothing is wrong
    QString message; ///< translated, empty when ok
    QString normalized; ///< the value as it should be stored

    /** Warnings do not block; only errors do. */
    [[nodiscard]] bool isValid() const { return severity != Severity::Error; }

    [[nodiscard]] static RuleResult ok(const QString &normalized)
    {
        RuleResult r;
        r.normalized = normalized;
        return r;
    }
    [[nodiscard]] static RuleResult error(const QString &reason, const QString &message,
                                          const QString &normalized = {})
    {
        return { Severity::Error, reason, message, normalized };
    }
    [[nodiscard]] static RuleResult warning(const QString &reason, const QString &message,
                                            const QString &normalized = {})
    {
        return { Severity::Warning, reason, message, normalized };
    }
};

} // namespace zkgrad
