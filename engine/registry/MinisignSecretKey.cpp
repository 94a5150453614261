#include "registry/MinisignSecretKey.h"

#include "core/Digest.h"
#include "registry/MinisignFormat.h"

#include <QFile>
#include <cstring>
#include <sodium.h>

namespace ms {

namespace {

// The decoded secret key file. Only byte arrays, so there is no padding: the struct is the
// file's layout.
struct SecretKeyFile
{
    unsigned char signatureAlgorithm[2];
    unsigned char kdfAlgorithm[2];
    unsigned char checksumAlgorithm[2];
    unsigned char kdfSalt[crypto_pwhash_scryptsalsa208sha256_SALTBYTES];
    unsigned char kdfOpsLimit[8];
    unsigned char kdfMemLimit[8];
    // From here to the end minisign encrypts as one block.
    unsigned char keyId[8];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    unsigned char checksum[crypto_generichash_BYTES];
};
static_assert(sizeof(SecretKeyFile) == 158, "minisign's secret key layout");
constexpr size_t EncryptedOffset = offsetof(SecretKeyFile, keyId);
constexpr size_t EncryptedBytes = sizeof(SecretKeyFile) - EncryptedOffset;

quint64 loadLittleEndian64(const unsigned char* p)
{
    quint64 value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | p[i];
    return value;
}

// BLAKE2b-256 of algorithm ‖ key id ‖ secret key, as minisign's seckey_compute_chk().
void computeChecksum(const SecretKeyFile& file, unsigned char out[crypto_generichash_BYTES])
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    crypto_generichash_update(&state, file.signatureAlgorithm, sizeof file.signatureAlgorithm);
    crypto_generichash_update(&state, file.keyId, sizeof file.keyId);
    crypto_generichash_update(&state, file.secretKey, sizeof file.secretKey);
    crypto_generichash_final(&state, out, crypto_generichash_BYTES);
    sodium_memzero(&state, sizeof state);
}

// A sodium_malloc'd block that is wiped and released on scope exit.
template<typename T> struct Guarded
{
    T* p = static_cast<T*>(sodium_malloc(sizeof(T)));
    ~Guarded()
    {
        if (p)
            sodium_free(p); // sodium_free zeroes the block first
    }
    Guarded() = default;
    Guarded(const Guarded&) = delete;
    Guarded& operator=(const Guarded&) = delete;
};

bool isOneLine(const QString& text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
}

} // namespace

struct MinisignSecretKey::Material
{
    unsigned char keyId[MinisignFormat::KeyIdBytes];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
};

void MinisignSecretKey::MaterialDeleter::operator()(Material* material) const
{
    sodium_free(material);
}

MinisignSecretKey::MinisignSecretKey() = default;
MinisignSecretKey::~MinisignSecretKey() = default;
MinisignSecretKey::MinisignSecretKey(MinisignSecretKey&&) noexcept = default;
MinisignSecretKey& MinisignSecretKey::operator=(MinisignSecretKey&&) noexcept = default;

Result<MinisignSecretKey> MinisignSecretKey::parse(QByteArrayView content, QByteArrayView password,
                                                   const QString& origin)
{
    if (Status s = MinisignFormat::initSodium(origin); !s)
        return s.error();
    if (content.size() > MinisignFormat::MaxFileBytes)
        return Error(ErrorCode::Parse, tr("too large to be a minisign secret key"), origin);
    const QList<QByteArrayView> lines = MinisignFormat::lines(content);
    if (lines.size() != 2 || !lines[0].startsWith(MinisignFormat::untrustedPrefix()))
        return Error(ErrorCode::Parse,
                     tr("not a minisign secret key: expected an \"untrusted comment:\" line followed by the "
                        "base64 key"),
                     origin);

    Guarded<SecretKeyFile> file;
    if (!file.p)
        return Error(ErrorCode::Internal, tr("cannot allocate protected memory for the secret key"), origin);
    size_t decoded = 0;
    const QByteArrayView b64 = lines[1];
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(file.p), sizeof(SecretKeyFile), b64.data(),
                          size_t(b64.size()), nullptr, &decoded, nullptr, sodium_base64_VARIANT_ORIGINAL)
            != 0
        || decoded != sizeof(SecretKeyFile))
        return Error(ErrorCode::Parse,
                     tr("the secret key line is not base64 of a minisign secret key (truncated or damaged)"),
                     origin);

    if (std::memcmp(file.p->signatureAlgorithm, "Ed", 2) != 0)
        return Error(ErrorCode::Unsupported, tr("the secret key's algorithm is not Ed25519 (\"Ed\")"),
                     origin);
    if (std::memcmp(file.p->checksumAlgorithm, "B2", 2) != 0)
        return Error(ErrorCode::Unsupported, tr("the secret key's checksum is not BLAKE2b (\"B2\")"), origin);

    unsigned char checksum[crypto_generichash_BYTES];
    if (std::memcmp(file.p->kdfAlgorithm, "Sc", 2) == 0) {
        if (password.isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         tr("the secret key is encrypted: its password is needed"), origin);
        const quint64 opsLimit = loadLittleEndian64(file.p->kdfOpsLimit);
        const quint64 memLimit = loadLittleEndian64(file.p->kdfMemLimit);
        if (memLimit > MaxKdfMemory
            || opsLimit > quint64(crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE))
            return Error(ErrorCode::Unsupported,
                         tr("the secret key asks for a password hash costlier than minisign's strongest "
                            "setting (%1 MiB of memory)")
                             .arg(memLimit >> 20),
                         origin);
        Guarded<unsigned char[EncryptedBytes]> stream;
        if (!stream.p)
            return Error(ErrorCode::Internal, tr("cannot allocate protected memory for the secret key"),
                         origin);
        if (crypto_pwhash_scryptsalsa208sha256(*stream.p, EncryptedBytes, password.data(),
                                               quint64(password.size()), file.p->kdfSalt, opsLimit,
                                               size_t(memLimit))
            != 0)
            return Error(ErrorCode::Internal, tr("cannot derive the key from the password (out of memory?)"),
                         origin);
        auto* encrypted = reinterpret_cast<unsigned char*>(file.p) + EncryptedOffset;
        for (size_t i = 0; i < EncryptedBytes; ++i)
            encrypted[i] ^= (*stream.p)[i];
        computeChecksum(*file.p, checksum);
        const bool match = sodium_memcmp(checksum, file.p->checksum, sizeof checksum) == 0;
        sodium_memzero(checksum, sizeof checksum);
        if (!match)
            return Error(ErrorCode::Integrity,
                         tr("wrong password for this secret key (or the key file is damaged)"), origin);
    } else if (std::memcmp(file.p->kdfAlgorithm, "\0\0", 2) == 0) {
        // minisign 0.11 leaves the checksum of an unencrypted (-W) key zeroed; later versions
        // may fill it in. Check it when present; the seed check below covers both.
        if (!sodium_is_zero(file.p->checksum, sizeof file.p->checksum)) {
            computeChecksum(*file.p, checksum);
            const bool match = sodium_memcmp(checksum, file.p->checksum, sizeof checksum) == 0;
            sodium_memzero(checksum, sizeof checksum);
            if (!match)
                return Error(ErrorCode::Integrity,
                             tr("the secret key file is damaged: its checksum does not "
                                "match"),
                             origin);
        }
    } else {
        return Error(ErrorCode::Unsupported,
                     tr("the secret key uses an unknown key derivation function (minisign uses scrypt, "
                        "\"Sc\")"),
                     origin);
    }

    // An Ed25519 secret key is seed ‖ public key: rebuilding the pair from the seed catches a
    // damaged key before it signs anything.
    {
        Guarded<unsigned char[crypto_sign_SECRETKEYBYTES]> rebuilt;
        unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
        if (!rebuilt.p)
            return Error(ErrorCode::Internal, tr("cannot allocate protected memory for the secret key"),
                         origin);
        crypto_sign_seed_keypair(publicKey, *rebuilt.p, file.p->secretKey);
        if (sodium_memcmp(*rebuilt.p, file.p->secretKey, crypto_sign_SECRETKEYBYTES) != 0)
            return Error(ErrorCode::Integrity,
                         tr("the secret key file is damaged: its public half does not match its seed"),
                         origin);
    }

    MinisignSecretKey key;
    key.m_key.reset(static_cast<Material*>(sodium_malloc(sizeof(Material))));
    if (!key.m_key)
        return Error(ErrorCode::Internal, tr("cannot allocate protected memory for the secret key"), origin);
    std::memcpy(key.m_key->keyId, file.p->keyId, sizeof key.m_key->keyId);
    std::memcpy(key.m_key->secretKey, file.p->secretKey, sizeof key.m_key->secretKey);
    key.m_origin = origin;
    return key;
}

Result<MinisignSecretKey> MinisignSecretKey::load(const QString& path, QByteArrayView password)
{
    Result<QByteArray> content = MinisignFormat::readSmallFile(path);
    if (!content)
        return content.error();
    Result<MinisignSecretKey> key = parse(*content, password, path);
    // An unencrypted key's base64 is the key itself.
    sodium_memzero(content->data(), size_t(content->size()));
    return key;
}

MinisignPublicKey MinisignSecretKey::publicKey() const
{
    if (!m_key)
        return {};
    const auto* pk = m_key->secretKey + crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES;
    return MinisignPublicKey::fromParts(
        QByteArray(reinterpret_cast<const char*>(m_key->keyId), sizeof m_key->keyId),
        QByteArray(reinterpret_cast<const char*>(pk), crypto_sign_PUBLICKEYBYTES));
}

QString MinisignSecretKey::keyIdHex() const
{
    return publicKey().keyIdHex();
}

Result<MinisignSignature> MinisignSecretKey::sign(QByteArrayView data, const QString& trustedComment,
                                                  const QString& untrustedComment) const
{
    if (Status s = MinisignFormat::initSodium(m_origin); !s)
        return s.error();
    const QByteArray hash = Digest::hash(Digest::Algorithm::Blake2b512, data);
    return signPrehashed(reinterpret_cast<const unsigned char*>(hash.constData()), trustedComment,
                         untrustedComment, {});
}

Result<MinisignSignature> MinisignSecretKey::signFile(const QString& path, const QString& trustedComment,
                                                      const QString& untrustedComment) const
{
    if (Status s = MinisignFormat::initSodium(path); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("cannot read the file to sign: %1").arg(file.errorString()), path);
    Digest prehash(Digest::Algorithm::Blake2b512);
    if (!prehash.addData(&file))
        return Error(ErrorCode::Io, tr("cannot read the file to sign: %1").arg(file.errorString()), path);
    const QByteArray hash = prehash.result();
    return signPrehashed(reinterpret_cast<const unsigned char*>(hash.constData()), trustedComment,
                         untrustedComment, path);
}

Result<MinisignSignature> MinisignSecretKey::signPrehashed(const unsigned char* hash,
                                                           const QString& trustedComment,
                                                           const QString& untrustedComment,
                                                           const QString& subject) const
{
    if (!m_key)
        return Error(ErrorCode::InvalidArgument, tr("no secret key is loaded"), subject);
    const QByteArray trusted = trustedComment.toUtf8();
    const QByteArray untrusted = untrustedComment.toUtf8();
    if (!isOneLine(trustedComment) || !isOneLine(untrustedComment))
        return Error(ErrorCode::InvalidArgument, tr("a signature comment must be a single line"), subject);
    if (trusted.size() + MinisignFormat::trustedPrefix().size() + 1 >= MinisignFormat::TrustedCommentMaxBytes)
        return Error(ErrorCode::InvalidArgument, tr("the trusted comment is longer than minisign accepts"),
                     subject);
    if (untrusted.size() + MinisignFormat::untrustedPrefix().size() + 1 >= MinisignFormat::CommentMaxBytes)
        return Error(ErrorCode::InvalidArgument, tr("the untrusted comment is longer than minisign accepts"),
                     subject);

    MinisignSignature sig;
    sig.m_algorithm = MinisignSignature::Algorithm::Prehashed;
    sig.m_keyId = QByteArray(reinterpret_cast<const char*>(m_key->keyId), sizeof m_key->keyId);
    sig.m_signature.resize(crypto_sign_BYTES);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.m_signature.data()), nullptr, hash,
                         crypto_generichash_BYTES_MAX, m_key->secretKey);
    const QByteArray signedComment = sig.m_signature + trusted;
    sig.m_globalSignature.resize(crypto_sign_BYTES);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.m_globalSignature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(signedComment.constData()),
                         quint64(signedComment.size()), m_key->secretKey);
    sig.m_trustedComment = trusted;
    sig.m_untrustedComment = untrusted;
    sig.m_origin = subject;
    return sig;
}

} // namespace ms
