#include "LicenseMinter.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

bool LicenseMinter::init(const QString& dir)
{
    m_dir = dir;
    for (const QString& vendor : {QStringLiteral("acme"), QStringLiteral("rogue")}) {
        if (!run({QStringLiteral("keygen"), QStringLiteral("--private"),
                  m_dir + u'/' + vendor + QStringLiteral(".pem"), QStringLiteral("--jwk"), jwkPath(vendor),
                  QStringLiteral("--kid"), vendor + QStringLiteral("-2026")},
                 {}, nullptr))
            return false;
    }
    return true;
}

QString LicenseMinter::jwkPath(const QString& vendor) const
{
    return m_dir + u'/' + vendor + QStringLiteral(".jwk");
}

QByteArray LicenseMinter::mint(const QJsonObject& claims, const QString& vendor, const QString& kid) const
{
    QByteArray token;
    if (!run({QStringLiteral("mint"), QStringLiteral("--alg"), QStringLiteral("EdDSA"),
              QStringLiteral("--key"), m_dir + u'/' + vendor + QStringLiteral(".pem"),
              QStringLiteral("--kid"), kid.isEmpty() ? vendor + QStringLiteral("-2026") : kid},
             QJsonDocument(claims).toJson(QJsonDocument::Compact), &token))
        return {};
    return token;
}

bool LicenseMinter::writeKey(const QString& path, const QJsonObject& claims, const QString& vendor,
                             const QString& kid) const
{
    const QByteArray token = mint(claims, vendor, kid);
    QFile file(path);
    return !token.isEmpty() && file.open(QIODevice::WriteOnly)
        && file.write(token + '\n') == token.size() + 1;
}

QJsonObject LicenseMinter::claims(const QString& module, const QDateTime& issued, const QDateTime& expires)
{
    return QJsonObject {{QStringLiteral("iss"), QStringLiteral("acme")},
                        {QStringLiteral("sub"), QStringLiteral("Granja del Sol S.A.")},
                        {QStringLiteral("mod"), module},
                        {QStringLiteral("lic"), QStringLiteral("per_installation")},
                        {QStringLiteral("iat"), issued.toSecsSinceEpoch()},
                        {QStringLiteral("exp"), expires.toSecsSinceEpoch()}};
}

bool LicenseMinter::run(const QStringList& args, const QByteArray& input, QByteArray* out) const
{
    QProcess p;
    p.start(QStringLiteral(MINT_LICENSE_SCRIPT), args);
    if (!p.waitForStarted(10000)) {
        qWarning("cannot run %s: %s", MINT_LICENSE_SCRIPT, qPrintable(p.errorString()));
        return false;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("mint-license.py failed: %s", p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}
