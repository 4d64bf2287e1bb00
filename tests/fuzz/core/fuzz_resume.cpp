// libFuzzer target: Resume::fromJson, then the rules and a JSON round trip.
#include "resume.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const zkgrad::ResumeParseResult r = zkgrad::Resume::fromJson(json);
    if (!r.ok) {
        if (r.error.isEmpty() || r.message.isEmpty() || !r.entries.isEmpty())
            std::abort();
        return 0;
    }
    const QList<zkgrad::ResumeIssue> issues = zkgrad::Resume::check(r.entries, QDate(2026, 11, 28));
    for (const zkgrad::ResumeIssue &i : issues) {
        if (i.reason.isEmpty() || i.message.isEmpty() || i.entry >= r.entries.size()
            || i.otherEntry >= r.entries.size())
            std::abort();
    }
    const zkgrad::ResumeParseResult again =
        zkgrad::Resume::fromJson(QJsonDocument(zkgrad::Resume::toJson(r.entries)).toJson());
    if (!again.ok || again.entries != r.entries)
        std::abort();
    return 0;
}
