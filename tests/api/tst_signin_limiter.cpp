// The sandbox's sign-in limiter on its own: what it counts, and that it stays bounded.

#include <signinlimiter.h>

#include <QTest>

using zkgrad::sandbox::SignInLimiter;

/** SignInLimiter with a fake clock: counting, waiting, expiry and bounds. */
class TestSignInLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAndWaits()
    {
        SignInLimiter l(60, 20);
        const qint64 t0 = 1'000'000;
        for (int i = 0; i < 5; ++i)
            l.recordFailure(QStringLiteral("a"), t0 + i * 1000);
        QCOMPARE(l.count(QStringLiteral("a"), t0 + 5000), 5);
        QCOMPARE(l.retryAfter(QStringLiteral("a"), 6, t0 + 5000), 0);
        // Below 5 again once the first failure is 60 s old: at t0 + 60 s, 55 s from now.
        QCOMPARE(l.retryAfter(QStringLiteral("a"), 5, t0 + 5000), 55);
        QCOMPARE(l.retryAfter(QStringLiteral("a"), 5, t0 + 60'000), 0);
        QCOMPARE(l.retryAfter(QStringLiteral("b"), 1, t0), 0);
    }

    void expiredKeysLeaveTheTable()
    {
        // Issue 19: the table never shrank after the window passed.
        SignInLimiter l(60, 20);
        const qint64 t0 = 1'000'000;
        for (int i = 0; i < 1000; ++i)
            l.recordFailure(QStringLiteral("login:%1").arg(i), t0);
        QCOMPARE(l.size(), 1000);
        l.recordFailure(QStringLiteral("late"), t0 + 61'000);
        QCOMPARE(l.size(), 1);
    }

    void keysAndListsAreBounded()
    {
        SignInLimiter l(60, 3, 100);
        const qint64 t0 = 1'000'000;
        for (int i = 0; i < 10; ++i)
            l.recordFailure(QStringLiteral("k"), t0 + i);
        QCOMPARE(l.count(QStringLiteral("k"), t0 + 10), 3);
        // A 60,000-character key is held as a 64-character hash and still counts.
        const QString huge(60000, QLatin1Char('A'));
        l.recordFailure(huge, t0);
        QCOMPARE(l.count(huge, t0 + 1), 1);
        QCOMPARE(l.count(QString(59999, QLatin1Char('A')), t0 + 1), 0);
        // Never more keys than the cap, even within one window.
        for (int i = 0; i < 1000; ++i)
            l.recordFailure(QStringLiteral("flood:%1").arg(i), t0 + 100 + i);
        QVERIFY(l.size() <= 100);
        // The newest keys survive the eviction.
        QCOMPARE(l.count(QStringLiteral("flood:999"), t0 + 2000), 1);
    }
};

QTEST_GUILESS_MAIN(TestSignInLimiter)
#include "tst_signin_limiter.moc"
