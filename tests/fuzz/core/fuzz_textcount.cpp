// libFuzzer target: the character count and the self-assessment rule.
#include "selfassessment.h"
#include "textcount.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)zkgrad::TextCount::invalidUtf8Offset(bytes);
    // Also feed raw UTF-16 so unpaired surrogates reach the counter.
    const QString utf8 = QString::fromUtf8(bytes);
    const QString utf16(reinterpret_cast<const QChar *>(data), static_cast<qsizetype>(size / 2));
    for (const QString &text : { utf8, utf16 }) {
        const zkgrad::TextScan scan = zkgrad::TextCount::scan(text);
        if (scan.count < 0 || scan.count > text.size())
            std::abort();
        qsizetype lastEnd = 0;
        for (const zkgrad::ForbiddenCharacter &f : scan.forbidden) {
            if (f.offset < lastEnd || f.length <= 0 || f.offset + f.length > text.size())
                std::abort();
            lastEnd = f.offset + f.length;
        }
        const auto r = zkgrad::SelfAssessment::check(text, 1, 10);
        if (r.count != scan.count || r.reason.isEmpty())
            std::abort();
    }
    return 0;
}
