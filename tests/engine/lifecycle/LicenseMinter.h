#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

/// License keys for the tests, minted by a standard JWT library: PyJWT, through
/// tests/scripts/mint-license.py (run with /usr/bin/python3).
class LicenseMinter
{
public:
    /// Makes vendor keys "acme" (kid acme-2026) and "rogue" in @p dir. False, after a
    /// warning, when the script cannot run.
    bool init(const QString& dir);

    /// The public JWK file of @p vendor.
    QString jwkPath(const QString& vendor = QStringLiteral("acme")) const;
    /// A token over @p claims signed by @p vendor, its header naming key @p kid (the
    /// vendor's own, "<vendor>-2026", when empty); empty on failure.
    QByteArray mint(const QJsonObject& claims, const QString& vendor = QStringLiteral("acme"),
                    const QString& kid = {}) const;
    /// Writes a token to @p path; false on failure.
    bool writeKey(const QString& path, const QJsonObject& claims,
                  const QString& vendor = QStringLiteral("acme"), const QString& kid = {}) const;

    /// Claims for @p module from issuer "acme", issued at @p issued, expiring at @p expires.
    static QJsonObject claims(const QString& module, const QDateTime& issued, const QDateTime& expires);

private:
    bool run(const QStringList& args, const QByteArray& input, QByteArray* out) const;

    QString m_dir;
};
