// Fuzzes what the app reads from the network before trusting it: problem+json
// documents, Retry-After values, field paths, and the log masking of any text.
#include "apierror.h"
#include "applicationrecord.h"
#include "redact.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    zkgrad::net::HttpResponse response;
    response.status = 422;
    response.headers.append(
        { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/problem+json") });
    response.headers.append({ QByteArrayLiteral("Retry-After"), bytes.left(64) });
    response.body = bytes;
    const zkgrad::net::ApiError e = zkgrad::net::ApiError::fromResponse(response);
    for (const auto &fe : e.fieldErrors) {
        (void)zkgrad::ApplicationRecord::sectionForField(fe.field);
        (void)e.errorsAt(fe.field);
    }
    (void)zkgrad::net::Redact::mask(bytes);
    (void)zkgrad::net::parseRetryAfter(bytes);
    return 0;
}
