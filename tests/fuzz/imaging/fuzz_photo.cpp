// libFuzzer target: arbitrary bytes through inspection and the whole fit
// pipeline. Limits are small so each input runs in milliseconds; the limits
// themselves are what is being exercised for larger claims.
#include "photopipeline.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace zkgrad::imaging;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    PhotoLimits limits;
    limits.maxPixels = 4'000'000;
    limits.maxSide = 4096;
    const PhotoInfo info = inspectPhoto(bytes, QStringLiteral("fuzz.jpg"), limits);
    if (!info.isAcceptable())
        return 0;
    FitOptions options;
    options.limits = limits;
    options.maxBytes = 8'000;
    options.purpose = PhotoPurpose::Signature;
    options.maxSide = 256;
    const FitResult result = fitPhoto(bytes, QStringLiteral("fuzz.jpg"), options);
    if (result.ok() && result.jpeg.size() > options.maxBytes)
        __builtin_trap(); // the budget is a guarantee
    // The same bytes with document detection on (issue 21): the detector and
    // the perspective warp see whatever the decoder makes of them.
    options.purpose = PhotoPurpose::IdCard;
    options.document = DocumentMode::Auto;
    const FitResult straightened = fitPhoto(bytes, QStringLiteral("fuzz.jpg"), options);
    if (straightened.ok() && straightened.jpeg.size() > options.maxBytes)
        __builtin_trap();
    PhotoIssue error;
    (void)detectDocumentInPhoto(bytes, QStringLiteral("fuzz.jpg"), PhotoPurpose::Document, 1,
                                limits, &error);
    return 0;
}
