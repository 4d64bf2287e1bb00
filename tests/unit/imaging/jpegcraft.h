#pragma once

#include <QByteArray>
#include <QImage>

// Crafts unusual JPEG files for the tests with libjpeg's own encoder, which
// TurboJPEG does not expose: CMYK with an Adobe marker, arithmetic coding and
// a progressive scan script with hundreds of scans.
namespace jpegcraft {

/** True when the tests were built with libjpeg (jpeglib.h). */
[[nodiscard]] bool available();

/** CMYK JPEG written the Adobe way (inverted values) from an RGB image. */
[[nodiscard]] QByteArray cmykAdobe(const QImage &rgb);

/** Arithmetic-coded baseline-like JPEG (SOF9); empty if libjpeg lacks the encoder. */
[[nodiscard]] QByteArray arithmetic(const QImage &rgb);

/** Grayscale progressive JPEG with successive approximation down to every bit: @p scans out. */
[[nodiscard]] QByteArray manyScans(const QImage &gray, int *scans);

} // namespace jpegcraft
