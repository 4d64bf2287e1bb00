// libFuzzer target: BatchRules::fromJson; whatever parses must round-trip.
#include "batchrules.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const zkgrad::BatchRulesParseResult r = zkgrad::BatchRules::fromJson(json);
    if (!r.ok) {
        if (r.error.isEmpty() || r.message.isEmpty()
            || !(r.rules == zkgrad::BatchRules::defaults()))
            std::abort();
        return 0;
    }
    const zkgrad::BatchRulesParseResult again =
        zkgrad::BatchRules::fromJson(QJsonDocument(r.rules.toJson()).toJson());
    if (!again.ok || !(again.rules == r.rules))
        std::abort();
    if (r.rules.imageTargetBytes > r.rules.imageAcceptBytes
        || r.rules.selfAssessmentMin > r.rules.selfAssessmentMax)
        std::abort();
    (void)r.rules.windowState(QDateTime(QDate(2026, 11, 28), QTime(8, 0), QTimeZone::utc()));
    return 0;
}
