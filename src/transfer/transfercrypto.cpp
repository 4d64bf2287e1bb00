#include "transfercrypto.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace PhoneTransferCrypto {
namespace {
struct CtxFree
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using Ctx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}
} // namespace

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        return {};
    return out;
}

std::optional<QByteArray> open(const QByteArray &key, const QByteArray &aad,
                               const QByteArray &sealed)
{
    if (key.size() != KeyBytes || sealed.size() < Overhead)
        return std::nullopt;
    const qsizetype textSize = sealed.size() - Overhead;
    const QByteArray iv = sealed.left(IvBytes);
    QByteArray tag = sealed.right(TagBytes);
    Ctx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return std::nullopt;
    int length = 0;
    QByteArray plain(textSize, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, IvBytes, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(iv)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), out, &length, bytes(sealed) + IvBytes, int(textSize)) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagBytes, tag.data()) != 1)
        return std::nullopt;
    int finalLength = 0;
    // The tag is checked here: a single changed bit anywhere fails.
    if (EVP_DecryptFinal_ex(ctx.get(), out + length, &finalLength) != 1)
        return std::nullopt;
    plain.truncate(length + finalLength);
    return plain;
}

QByteArray seal(const QByteArray &key, const QByteArray &iv, const QByteArray &aad,
                const QByteArray &plain)
{
    if (key.size() != KeyBytes || iv.size() != IvBytes)
        return {};
    Ctx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return {};
    QByteArray out(IvBytes + plain.size() + TagBytes, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    std::copy(iv.cbegin(), iv.cend(), out.begin());
    int length = 0;
    int finalLength = 0;
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, IvBytes, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(iv)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), o + IvBytes, &length, bytes(plain), int(plain.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), o + IvBytes + length, &finalLength) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagBytes,
                               o + IvBytes + length + finalLength)
            != 1)
        return {};
    return out;
}
} // namespace PhoneTransferCrypto
