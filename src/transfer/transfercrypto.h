#pragma once

#include <QByteArray>

#include <optional>

/**
 * The phone transfer's ciphertext (docs/api.md, "Phone transfer"): AES-256-GCM with a 12-byte
 * IV and a 16-byte tag, laid out as IV || ciphertext || tag, the token as additional data.
 * OpenSSL does the work; nothing here is hand-written cryptography.
 */
namespace PhoneTransferCrypto {
inline constexpr int KeyBytes = 32;
inline constexpr int IvBytes = 12;
inline constexpr int TagBytes = 16;
inline constexpr int TokenBytes = 16;
/** The smallest sealed body: an empty plaintext. */
inline constexpr int Overhead = IvBytes + TagBytes;

/** @p count bytes from OpenSSL's CSPRNG; empty when it failed. */
[[nodiscard]] QByteArray randomBytes(int count);
/** The plaintext of @p sealed, or nothing when the key, the token or any byte does not match. */
[[nodiscard]] std::optional<QByteArray> open(const QByteArray &key, const QByteArray &aad,
                                             const QByteArray &sealed);
/** Seals @p plain under @p key with @p iv (what the phone page does; tests and the test host). */
[[nodiscard]] QByteArray seal(const QByteArray &key, const QByteArray &iv, const QByteArray &aad,
                              const QByteArray &plain);
} // namespace PhoneTransferCrypto
