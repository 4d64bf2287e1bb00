// libFuzzer target: IdNumber::check on arbitrary UTF-8, with invariants.
#include "idnumber.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const zkgrad::IdNumberResult r = zkgrad::IdNumber::check(input, QDate(2026, 11, 28));
    // Normalising twice changes nothing, and check() reports the normalised form.
    if (zkgrad::IdNumber::normalize(r.normalized) != r.normalized)
        std::abort();
    if (r.valid) {
        if (r.normalized.size() != 18 || r.reason != QLatin1String("ok") || !r.birthDate.isValid()
            || r.gender == zkgrad::Gender::Unknown
            || zkgrad::IdNumber::checkDigit(QStringView(r.normalized).left(17))
                != r.normalized.at(17))
            std::abort();
    } else if (r.reason.isEmpty() || r.message.isEmpty()) {
        std::abort();
    }
    return 0;
}
