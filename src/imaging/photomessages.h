#pragma once

#include "photoinfo.h"

namespace zkgrad::imaging::messages {

// Every user-facing message of the pipeline lives in photomessages.cpp so that
// one translation context covers them and the codes stay consistent.

[[nodiscard]] PhotoIssue emptyFile(const QString &file);
[[nodiscard]] PhotoIssue fileTooLarge(const QString &file, qint64 bytes);
[[nodiscard]] PhotoIssue unreadable(const QString &file, const QString &reason);
[[nodiscard]] PhotoIssue wrongFormat(const QString &file, const QString &formatName);
[[nodiscard]] PhotoIssue notAnImage(const QString &file);
[[nodiscard]] PhotoIssue truncatedHeader(const QString &file);
[[nodiscard]] PhotoIssue truncatedData(const QString &file);
[[nodiscard]] PhotoIssue corrupt(const QString &file, const QString &detail = {});
/** A PNG chunk that claims more bytes than the whole file has (code png-chunk-length). */
[[nodiscard]] PhotoIssue pngChunkLength(const QString &file, const QString &chunkType,
                                        quint32 declared, qint64 fileSize);
[[nodiscard]] PhotoIssue tooManyPixels(const QString &file, int width, int height,
                                       qint64 maxPixels);
[[nodiscard]] PhotoIssue sideTooLong(const QString &file, int width, int height, int maxSide);
[[nodiscard]] PhotoIssue tooManyScans(const QString &file, int scans);
[[nodiscard]] PhotoIssue losslessJpeg(const QString &file);
[[nodiscard]] PhotoIssue hierarchicalJpeg(const QString &file);
[[nodiscard]] PhotoIssue highPrecisionJpeg(const QString &file, int bits);
[[nodiscard]] PhotoIssue unsupportedJpeg(const QString &file, const QString &detail);
[[nodiscard]] PhotoIssue tooSmallSource(const QString &file, int width, int height, int minSide);
[[nodiscard]] PhotoIssue blurry(const QString &file);
[[nodiscard]] PhotoIssue cannotFit(const QString &file, qint64 maxBytes);
[[nodiscard]] PhotoIssue resultTooSmall(const QString &file, int width, int height);
[[nodiscard]] PhotoIssue badCrop(const QString &file);
/** Document detection was asked for and found nothing (code no-document, a warning). */
[[nodiscard]] PhotoIssue noDocument(const QString &file);
[[nodiscard]] PhotoIssue cancelled(const QString &file);
[[nodiscard]] PhotoIssue writeFailed(const QString &file, const QString &reason);

} // namespace zkgrad::imaging::messages
