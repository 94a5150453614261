#include "discovery/SiteConventions.h"

namespace ms {

const QStringList& SiteConventions::portKeys()
{
    static const QStringList keys {QStringLiteral("PORT"), QStringLiteral("SERVER_PORT"),
                                   QStringLiteral("APP_PORT"), QStringLiteral("HTTP_PORT")};
    return keys;
}

const QStringList& SiteConventions::domainKeys()
{
    static const QStringList keys {QStringLiteral("DOMAIN"), QStringLiteral("HOST"),
                                   QStringLiteral("HOSTNAME"), QStringLiteral("BASE_URL")};
    return keys;
}

const QStringList& SiteConventions::environmentKeys()
{
    static const QStringList keys {QStringLiteral("NODE_ENV"), QStringLiteral("APP_ENV"),
                                   QStringLiteral("ENVIRONMENT")};
    return keys;
}

QString SiteConventions::environmentName(QStringView value)
{
    const QString v = value.trimmed().toString().toLower();
    static const QStringList development {QStringLiteral("development"), QStringLiteral("dev"),
                                          QStringLiteral("develop"),     QStringLiteral("local"),
                                          QStringLiteral("test"),        QStringLiteral("testing")};
    static const QStringList staging {QStringLiteral("staging"),
                                      QStringLiteral("stage"),
                                      QStringLiteral("stg"),
                                      QStringLiteral("preprod"),
                                      QStringLiteral("pre-production"),
                                      QStringLiteral("preproduction"),
                                      QStringLiteral("qa"),
                                      QStringLiteral("uat")};
    static const QStringList production {QStringLiteral("production"), QStringLiteral("prod"),
                                         QStringLiteral("prd"), QStringLiteral("live")};
    if (development.contains(v))
        return QStringLiteral("development");
    if (staging.contains(v))
        return QStringLiteral("staging");
    if (production.contains(v))
        return QStringLiteral("production");
    return {};
}

std::optional<bool> SiteConventions::flag(QStringView value)
{
    const QStringView v = value.trimmed();
    for (const char16_t* t : {u"true", u"1", u"yes", u"on"}) {
        if (v.compare(QStringView(t), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const char16_t* f : {u"false", u"0", u"no", u"off"}) {
        if (v.compare(QStringView(f), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

QString SiteConventions::hostOf(QStringView text)
{
    QStringView s = text.trimmed();
    const qsizetype scheme = s.indexOf(u"://");
    if (scheme >= 0)
        s = s.sliced(scheme + 3);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'/' || c == u'?' || c == u'#') {
            s = s.first(i);
            break;
        }
    }
    const qsizetype at = s.lastIndexOf(u'@');
    if (at >= 0)
        s = s.sliced(at + 1);
    if (s.startsWith(u'[')) {
        const qsizetype close = s.indexOf(u']');
        if (close < 0)
            return {};
        s = s.first(close + 1);
    } else if (s.count(u':') == 1) {
        s = s.first(s.indexOf(u':'));
    }
    while (s.endsWith(u'.'))
        s.chop(1);
    if (s.isEmpty())
        return {};
    QString host = s.toString().toLower();
    for (qsizetype i = 0; i < host.size(); ++i) {
        const QChar c = host.at(i);
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.'
            || c == u'_' || c == u':' || c == u'[' || c == u']' || (c == u'*' && i == 0)
            || c.unicode() > 0x7f;
        if (!ok)
            return {};
    }
    if (host.startsWith(u'*') && !host.startsWith(QLatin1String("*.")))
        return {};
    return host;
}

QStringList SiteConventions::hostsOf(QStringView list)
{
    QStringList out;
    for (QStringView part : list.split(u',')) {
        const QString host = hostOf(part);
        if (!host.isEmpty() && !isBindAddress(host) && !out.contains(host))
            out.append(host);
    }
    return out;
}

bool SiteConventions::isBindAddress(QStringView host)
{
    for (const char16_t* b :
         {u"0.0.0.0", u"::", u"[::]", u"*", u"localhost", u"127.0.0.1", u"::1", u"[::1]"}) {
        if (host.compare(QStringView(b), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace ms
