#pragma once

#include "apiclient.h"

#include <QTest>

namespace zkgrad::e2e {

/** How long an API call against the local sandbox may take before the test calls it a hang. */
inline constexpr int HangMs = 30000;

/** Runs an ApiClient call that reports through a callback and waits for its result. */
template<typename F>
net::ApiResult waitForApi(F &&start)
{
    net::ApiResult out;
    bool done = false;
    start([&](const net::ApiResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, HangMs))
        qWarning("API call did not finish");
    return out;
}

} // namespace zkgrad::e2e
