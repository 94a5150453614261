#include "licensing/Base64Url.h"

#include <sodium.h>

namespace ms {

std::optional<QByteArray> Base64Url::decode(QByteArrayView text)
{
    if (sodium_init() < 0)
        return std::nullopt;
    QByteArray out(text.size() * 3 / 4 + 3, Qt::Uninitialized);
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()), text.data(),
                          size_t(text.size()), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING)
        != 0)
        return std::nullopt;
    out.truncate(qsizetype(length));
    return out;
}

QByteArray Base64Url::encode(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace ms
