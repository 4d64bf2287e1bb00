#include "photomessages.h"

#include <QCoreApplication>

namespace zkgrad::imaging::messages {

/** Translation context of the pipeline's messages. */
class PhotoMessages
{
    Q_DECLARE_TR_FUNCTIONS(PhotoMessages)
};

namespace {

PhotoIssue error(const char *code, const QString &message, const QString &detail = {})
{
    return PhotoIssue { QLatin1String(code), message, PhotoIssue::Severity::Error, detail };
}

PhotoIssue warning(const char *code, const QString &message)
{
    return PhotoIssue { QLatin1String(code), message, PhotoIssue::Severity::Warning, {} };
}

// How to take a usable photo, appended to the "may be unclear" warnings.
QString retakeAdvice()
{
    return PhotoMessages::tr(
        "Retake it in daylight or under a bright lamp, hold the phone steady and "
        "parallel to the paper, let it focus, fill the frame with the document and "
        "avoid shadows and glare.");
}
} // namespace

PhotoIssue emptyFile(const QString &file)
{
    return error("empty",
                 PhotoMessages::tr("The file \"%1\" is empty (0 bytes). Choose the photo again, "
                                   "or export it again from your phone or scanner.")
                     .arg(file));
}

PhotoIssue fileTooLarge(const QString &file, qint64 bytes)
{
    return error("file-too-large",
                 PhotoMessages::tr(
                     "The file \"%1\" is too large (%2 MB). Choose a normal photo (JPG or PNG) "
                     "taken with a phone or a scanner.")
                     .arg(file)
                     .arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1));
}

PhotoIssue unreadable(const QString &file, const QString &reason)
{
    return error(
        "unreadable",
        PhotoMessages::tr("The file \"%1\" cannot be opened. Check that it still exists and that "
                          "you may read it, then choose it again.")
            .arg(file),
        reason);
}

PhotoIssue wrongFormat(const QString &file, const QString &formatName)
{
    return error(
        "unsupported-format",
        PhotoMessages::tr("The file \"%1\" is actually a %2 image. Choose a photo in JPG or PNG "
                          "format, or save this one as JPG first (for example with your phone's "
                          "\"save as\" or a screenshot).")
            .arg(file, formatName));
}

PhotoIssue notAnImage(const QString &file)
{
    return error(
        "not-an-image",
        PhotoMessages::tr("The file \"%1\" is not an image (it looks like text or another kind of "
                          "document). Choose a photo in JPG or PNG format.")
            .arg(file));
}

PhotoIssue truncatedHeader(const QString &file)
{
    return error("truncated-header",
                 PhotoMessages::tr(
                     "The file \"%1\" is incomplete: it ends inside its header. It was probably "
                     "not fully copied or downloaded. Copy or download it again.")
                     .arg(file));
}

PhotoIssue truncatedData(const QString &file)
{
    return error(
        "truncated-data",
        PhotoMessages::tr("The file \"%1\" is incomplete: part of the picture is missing. It was "
                          "probably not fully copied or downloaded. Copy or download it again.")
            .arg(file));
}

PhotoIssue corrupt(const QString &file, const QString &detail)
{
    return error("corrupt",
                 PhotoMessages::tr(
                     "The file \"%1\" is damaged and cannot be read as an image. Open it on "
                     "your phone or computer to check it, then take or export the photo again.")
                     .arg(file),
                 detail);
}

PhotoIssue pngChunkLength(const QString &file, const QString &chunkType, quint32 declared,
                          qint64 fileSize)
{
    return error("png-chunk-length",
                 PhotoMessages::tr("The file \"%1\" is damaged: its \"%2\" block claims %3 bytes, "
                                   "but the whole file has only %4 bytes. Open it on your phone "
                                   "or computer to check it, then export or take the photo "
                                   "again as JPG.")
                     .arg(file, chunkType)
                     .arg(declared)
                     .arg(fileSize),
                 QStringLiteral("chunk %1 declares %2 bytes").arg(chunkType).arg(declared));
}

PhotoIssue tooManyPixels(const QString &file, int width, int height, qint64 maxPixels)
{
    return error("too-many-pixels",
                 PhotoMessages::tr(
                     "The image \"%1\" is too large (%2 × %3 pixels; at most %4 million pixels "
                     "are accepted). Use a normal phone photo or reduce its size first.")
                     .arg(file)
                     .arg(width)
                     .arg(height)
                     .arg(double(maxPixels) / 1e6, 0, 'f', 0));
}

PhotoIssue sideTooLong(const QString &file, int width, int height, int maxSide)
{
    return error(
        "side-too-long",
        PhotoMessages::tr("The image \"%1\" is too large (%2 × %3 pixels; no side may exceed %4 "
                          "pixels). Use a normal phone photo or reduce its size first.")
            .arg(file)
            .arg(width)
            .arg(height)
            .arg(maxSide));
}

PhotoIssue tooManyScans(const QString &file, int scans)
{
    return error(
        "too-many-scans",
        PhotoMessages::tr("The JPEG file \"%1\" is built unusually (%2 progressive scans) and is "
                          "refused for safety. Open it and save it again as a normal JPG, or take "
                          "the photo again.")
            .arg(file)
            .arg(scans));
}

PhotoIssue losslessJpeg(const QString &file)
{
    return error(
        "lossless-jpeg",
        PhotoMessages::tr("The file \"%1\" is a lossless JPEG, which is not supported. Save it "
                          "again as a normal JPG or PNG.")
            .arg(file));
}

PhotoIssue hierarchicalJpeg(const QString &file)
{
    return error(
        "hierarchical-jpeg",
        PhotoMessages::tr("The file \"%1\" is a hierarchical JPEG, which is not supported. Save it "
                          "again as a normal JPG or PNG.")
            .arg(file));
}

PhotoIssue highPrecisionJpeg(const QString &file, int bits)
{
    return error(
        "unsupported-precision",
        PhotoMessages::tr("The file \"%1\" is a %2-bit JPEG, which is not supported. Save it again "
                          "as a normal 8-bit JPG or PNG.")
            .arg(file)
            .arg(bits));
}

PhotoIssue unsupportedJpeg(const QString &file, const QString &detail)
{
    return error(
        "unsupported-jpeg",
        PhotoMessages::tr("The JPEG file \"%1\" uses a variant that cannot be read. Save it again "
                          "as a normal JPG or PNG.")
            .arg(file),
        detail);
}

PhotoIssue tooSmallSource(const QString &file, int width, int height, int minSide)
{
    return warning(
        "too-small",
        PhotoMessages::tr("The image \"%1\" is small (%2 × %3 pixels; at least %4 pixels on the "
                          "long side are recommended) and may be unclear. ")
                .arg(file)
                .arg(width)
                .arg(height)
                .arg(minSide)
            + retakeAdvice());
}

PhotoIssue blurry(const QString &file)
{
    return warning(
        "blurry",
        PhotoMessages::tr("The image \"%1\" looks blurred and may be unclear. ").arg(file)
            + retakeAdvice());
}

PhotoIssue cannotFit(const QString &file, qint64 maxBytes)
{
    return error(
        "cannot-fit",
        PhotoMessages::tr("The image \"%1\" cannot be made smaller than %2 bytes while staying "
                          "readable. Crop it to the part that matters, or take a simpler photo "
                          "(plain background, only the document).")
            .arg(file)
            .arg(maxBytes));
}

PhotoIssue resultTooSmall(const QString &file, int width, int height)
{
    return warning(
        "result-too-small",
        PhotoMessages::tr("The result for \"%1\" is only %2 × %3 pixels and may be hard to read. "
                          "Check it at 100 %; if the text is not clear, crop closer to the "
                          "document or retake the photo.")
            .arg(file)
            .arg(width)
            .arg(height));
}

PhotoIssue badCrop(const QString &file)
{
    return error(
        "bad-crop",
        PhotoMessages::tr("The selected area of \"%1\" is empty or outside the picture. Draw the "
                          "box over the part you want to keep.")
            .arg(file));
}

PhotoIssue noDocument(const QString &file)
{
    return warning(
        "no-document",
        PhotoMessages::tr("No document was found in \"%1\", so the whole photo is kept. If the "
                          "card or page is in the photo, place it on a plain, darker surface and "
                          "retake the photo, or mark its corners by hand.")
            .arg(file));
}

PhotoIssue cancelled(const QString &file)
{
    return error("cancelled", PhotoMessages::tr("Processing of \"%1\" was cancelled.").arg(file));
}

PhotoIssue writeFailed(const QString &file, const QString &reason)
{
    return error(
        "write-failed",
        PhotoMessages::tr("The result could not be saved as \"%1\". Check that the folder exists "
                          "and that there is free space, then try again.")
            .arg(file),
        reason);
}

} // namespace zkgrad::imaging::messages
