#include "signinlimiter.h"

#include <QCryptographicHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace zkgrad::sandbox {

SignInLimiter::SignInLimiter(int windowSeconds, int keep, qsizetype maxKeys)
    : m_windowMs(qint64(qMax(1, windowSeconds)) * 1000)
    , m_keep(qMax(1, keep))
    , m_maxKeys(qMax<qsizetype>(1, maxKeys))
{ }

QString SignInLimiter::boundedKey(const QString &key)
{
    if (key.size() <= maxKeyLength)
        return key;
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void SignInLimiter::expire(QList<qint64> &list, qint64 nowMs) const
{
    list.removeIf([&](qint64 t) { return nowMs - t >= m_windowMs; });
}

int SignInLimiter::count(const QString &key, qint64 nowMs)
{
    const auto it = m_failures.find(boundedKey(key));
    if (it == m_failures.end())
        return 0;
    expire(*it, nowMs);
    if (it->isEmpty()) {
        m_failures.erase(it);
        return 0;
    }
    return int(it->size());
}

int SignInLimiter::retryAfter(const QString &key, int threshold, qint64 nowMs)
{
    if (count(key, nowMs) < threshold)
        return 0;
    const QList<qint64> &list = m_failures[boundedKey(key)];
    // Allowed again once enough failures have left the window to fall below the threshold.
    const qint64 freeAt = list.at(list.size() - threshold) + m_windowMs;
    return int(qMax<qint64>(1, (freeAt - nowMs + 999) / 1000));
}

void SignInLimiter::recordFailure(const QString &key, qint64 nowMs)
{
    if (nowMs - m_lastSweepMs >= m_windowMs || m_failures.size() >= m_maxKeys)
        sweep(nowMs);
    QList<qint64> &list = m_failures[boundedKey(key)];
    list.append(nowMs);
    if (list.size() > m_keep)
        list.remove(0, list.size() - m_keep);
}

void SignInLimiter::clear(const QString &key)
{
    m_failures.remove(boundedKey(key));
}

void SignInLimiter::sweep(qint64 nowMs)
{
    m_lastSweepMs = nowMs;
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        expire(*it, nowMs);
        it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
    }
    if (m_failures.size() < m_maxKeys)
        return;
    // Still full within one window: forget the half whose latest failure is oldest.
    std::vector<std::pair<qint64, QString>> byLatest;
    byLatest.reserve(size_t(m_failures.size()));
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it)
        byLatest.emplace_back(it->last(), it.key());
    const auto middle = byLatest.begin() + std::ptrdiff_t(byLatest.size() / 2);
    std::nth_element(byLatest.begin(), middle, byLatest.end());
    for (auto it = byLatest.begin(); it != middle; ++it)
        m_failures.remove(it->second);
}

} // namespace zkgrad::sandbox
