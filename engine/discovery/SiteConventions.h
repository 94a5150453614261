#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ms {

/// How the platform's sites spell things in `.env`: which keys hold the port, the domain
/// and the environment, which words mean true, and what a host name looks like.
class SiteConventions
{
public:
    /// Keys that may hold the port, in the order they are consulted: PORT, SERVER_PORT,
    /// APP_PORT, HTTP_PORT.
    static const QStringList& portKeys();
    /// Keys that may hold the domain, in order: DOMAIN, HOST, HOSTNAME, BASE_URL.
    static const QStringList& domainKeys();
    /// Keys that may name the environment, in order: NODE_ENV, APP_ENV, ENVIRONMENT.
    static const QStringList& environmentKeys();

    /// The environment of a site that declares none. Production: a site nobody labelled is
    /// treated with the most care (approvals, health gates), never as a playground.
    static QString defaultEnvironment() { return QStringLiteral("production"); }

    /// "development", "staging" or "production" for the usual spellings (dev, local, test,
    /// stage, preprod, qa, uat, prod, live, …, any case); empty when not recognised.
    static QString environmentName(QStringView value);

    /// true for true/1/yes/on, false for false/0/no/off (any case); nullopt otherwise.
    static std::optional<bool> flag(QStringView value);

    /// The host in @p text — a host name, "host:port" or a URL — lower-cased, without
    /// scheme, credentials, port, path or trailing dot. Empty when there is no plausible
    /// host. Wildcards ("*.example.org") are kept.
    static QString hostOf(QStringView text);

    /// The hosts in a comma-separated list, as hostOf(), without duplicates and without
    /// addresses that only say where to listen (0.0.0.0, ::, localhost, 127.0.0.1): many
    /// sites set HOST=0.0.0.0, and that is not a domain they serve.
    static QStringList hostsOf(QStringView list);

    /// Whether @p host is a listen-on-everything or loopback address rather than a domain.
    static bool isBindAddress(QStringView host);
};

} // namespace ms
