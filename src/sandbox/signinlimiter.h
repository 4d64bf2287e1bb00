#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace zkgrad::sandbox {

/**
 * Failed sign-ins per key (an account, a login, a client address) in a sliding
 * window. Bounded however it is fed: long keys are hashed to a fixed length, each
 * key keeps only as many timestamps as a decision needs, and keys whose failures
 * all left the window are dropped, so the table cannot outgrow what one window holds.
 */
class SignInLimiter
{
public:
    /** Keys longer than this are replaced by their SHA-256 (64 hex digits). */
    static constexpr qsizetype maxKeyLength = 64;

    /** @p keep: timestamps kept per key, the highest threshold any caller passes. */
    SignInLimiter(int windowSeconds, int keep, qsizetype maxKeys = 100'000);

    /** Failures of @p key still in the window at @p nowMs. */
    [[nodiscard]] int count(const QString &key, qint64 nowMs);
    /** Seconds until @p key is below @p threshold again; 0 when it is already. */
    [[nodiscard]] int retryAfter(const QString &key, int threshold, qint64 nowMs);
    void recordFailure(const QString &key, qint64 nowMs);
    void clear(const QString &key);
    /** Keys held now (for tests and the log). */
    [[nodiscard]] qsizetype size() const { return m_failures.size(); }

private:
    [[nodiscard]] static QString boundedKey(const QString &key);
    void expire(QList<qint64> &list, qint64 nowMs) const;
    /** Drops every key whose failures all left the window; then, if still over, the stalest. */
    void sweep(qint64 nowMs);

    qint64 m_windowMs;
    int m_keep;
    qsizetype m_maxKeys;
    qint64 m_lastSweepMs = 0;
    QHash<QString, QList<qint64>> m_failures; ///< oldest first, ms since epoch
};

} // namespace zkgrad::sandbox
