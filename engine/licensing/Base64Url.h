#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace ms {

/// base64url without padding (RFC 4648 §5), as JWTs and JWKs use it. Decoding is strict: no
/// padding, no whitespace, no characters of the standard alphabet, so that one token has
/// exactly one spelling.
class Base64Url
{
public:
    /// The decoded bytes, or nothing when @p text is not strict base64url.
    static std::optional<QByteArray> decode(QByteArrayView text);
    static QByteArray encode(QByteArrayView data);
};

} // namespace ms
