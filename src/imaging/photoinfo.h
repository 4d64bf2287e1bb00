#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace zkgrad::imaging {

/** What a file's bytes are, detected from its content, never from its name. */
enum class PhotoFormat {
    Unknown,
    Empty,
    Jpeg,
    Png,
    Gif,
    Bmp,
    Pdf,
    Heic,
    Avif,
    WebP,
    Tiff,
    Text,
    Zip,
};

/** The purpose of an image; it decides the longest side and the readability floor. */
enum class PhotoPurpose {
    IdCard, ///< ID card front/back
    Document, ///< diploma, registration record, explanations, other material
    Signature, ///< the cropped handwritten signature
};

/** One finding about a photo: a stable code for programs and a Chinese message for people. */
struct PhotoIssue
{
    enum class Severity { Error, Warning };
    QString code; ///< e.g. "not-an-image", "truncated", "blurry"
    QString message; ///< translated; names the file, says what is wrong and what to do
    Severity severity = Severity::Error;
    QString detail; ///< optional technical detail (library message), not translated

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
};

/** Limits applied from the header, before anything is allocated for pixels. */
struct PhotoLimits
{
    qint64 maxPixels = 50'000'000; ///< refuse images with more pixels (decompression bombs)
    int maxSide = 20'000; ///< refuse images with a side longer than this
    qint64 maxFileBytes = 200 * 1024 * 1024; ///< refuse files larger than this before reading
};

/** What inspection of the header found: format, geometry, coding and issues. */
struct PhotoInfo
{
    QString fileName; ///< as shown in messages (the base name)
    PhotoFormat format = PhotoFormat::Unknown;
    QString formatName; ///< "JPEG", "PNG", "GIF", ...
    int width = 0; ///< as stored, before the EXIF orientation
    int height = 0;
    int orientation = 1; ///< EXIF orientation 1..8 (1 = upright)
    int components = 0; ///< 1 gray, 3 colour, 4 CMYK/YCCK
    int bitDepth = 0; ///< sample precision (JPEG) or PNG bit depth
    QString colorSpace; ///< "Gray", "YCbCr", "RGB", "CMYK", "YCCK"
    QString subsampling; ///< JPEG chroma subsampling: "4:2:0", "4:4:4", "gray", ...
    QString coding; ///< JPEG: "baseline", "extended", "progressive", "lossless", "hierarchical"
    bool arithmetic = false; ///< JPEG arithmetic coding
    bool adobeInverted = false; ///< CMYK/YCCK written the Adobe way (inverted values)
    int scans = 0; ///< JPEG scans found (progressive files have several)
    bool hasAlpha = false; ///< PNG with an alpha channel or a transparent colour
    QList<PhotoIssue> issues;

    /** The size as displayed, after the EXIF orientation. */
    [[nodiscard]] int uprightWidth() const { return orientation >= 5 ? height : width; }
    [[nodiscard]] int uprightHeight() const { return orientation >= 5 ? width : height; }
    /** True when no issue is an error, i.e. the pipeline can decode it. */
    [[nodiscard]] bool isAcceptable() const;
    /** The first error, or an empty issue. */
    [[nodiscard]] PhotoIssue firstError() const;
};

/** Inspects @p bytes by content (header only, no pixel allocation). @p fileName is for messages. */
[[nodiscard]] PhotoInfo inspectPhoto(const QByteArray &bytes, const QString &fileName,
                                     const PhotoLimits &limits = {});

/** Reads the EXIF orientation (1..8) from a JPEG APP1 payload; 1 when absent or malformed. */
[[nodiscard]] int exifOrientation(const QByteArray &app1Payload);

/** The JSON-friendly names used by the command line and the app. */
[[nodiscard]] QString purposeName(PhotoPurpose purpose);
/** Parses "id-card", "document" or "signature"; false for anything else. */
[[nodiscard]] bool parsePurpose(const QString &name, PhotoPurpose *purpose);

/** The file name patterns every image picker offers ("*.jpg", …), one list for the whole app:
 *  the formats the pipeline reads (JPEG, PNG) and those it recognises and refuses with a way to
 *  convert (HEIC, WebP, BMP, GIF, TIFF), so a phone's HEIC photo is visible in the dialog and
 *  explained rather than hidden. The content decides, never the name: "All files" stays too. */
[[nodiscard]] QStringList imageFilePatterns();

} // namespace zkgrad::imaging

Q_DECLARE_METATYPE(zkgrad::imaging::PhotoInfo)
