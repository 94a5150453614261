<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppsDirRepository</name>
    <message>
        <source>An apps directory must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This apps directory is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveExtractor</name>
    <message>
        <source>the package is not a tar archive compressed with gzip or zstd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build of libarchive cannot read gzip or zstd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is compressed more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry name cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extraction was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is a hard link of an unexpected kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is a FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry has an unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry has the setuid, setgid or sticky bit (mode %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is not a regular file but carries data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry would replace the package root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name ends in &quot;/&quot; but the entry is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link has no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its hard link target &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hard link target &quot;%1&quot; is not a file extracted before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry&apos;s data is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is larger than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is larger than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is damaged or truncated after entry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Args</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; given twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the directory to sync it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sync the directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>An audit entry needs an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has no head row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new audit entry got no id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>cannot write the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many backups with the same time stamp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 date and time such as 2026-05-01T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid module name (^[a-z][a-z0-9_]{1,63}$, not &quot;core&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of core, shared, business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already listed at versions[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog schema %1 is newer than this program reads (%2); update Mothership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already listed at modules[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogVerifier</name>
    <message>
        <source>the catalog is for registry &quot;%1&quot;, but &quot;%2&quot; accepted catalogs of &quot;%3&quot; until now; remove and add the registry again if the publisher renamed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog&apos;s serial %1 is lower than serial %2 accepted before: refused as a rollback to an older catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog keeps serial %1 but its content differs from the catalog accepted with that serial: refused (a publisher raises the serial with every change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog (serial %1) expired on %2; it is now %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigSchema</name>
    <message>
        <source>must be a schema (an object), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array of schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of schemas, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown schema keyword, kept as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list type names (strings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a type name or a non-empty array of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a regular expression (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of property names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a property name (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is greater than %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats enum[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of the enum values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;object&quot;: a module&apos;s configuration is an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlContext</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date, a time or a duration like 24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries chain correctly.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;mothershipctl %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;mothershipctl --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: probes are running behind schedule (%1 late, %2 skipped, %3 missed; up to %4 ms late, %5 waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: cannot store samples: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health takes at most one site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probes: no sites yet, or none with a port. Add sites with &apos;mothershipctl scan DIR&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the samples were not stored: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health history needs one site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration like 24h or 7d, nor a past time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMPLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ p50 and p95 merged from one-minute rollups (older than the raw window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan needs at least one apps directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1: %2 new, %3 updated, %4 unchanged, %5 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sites takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites yet. Add an apps directory with &apos;mothershipctl scan DIR&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAINS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLUGINS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site show needs one site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site title needs a site name and a title (or --clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No port or domain conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;mothershipctl ports --fix&apos; would:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  move %1 from port %2 to %3 (%4 in %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 from port %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  changed %1 (%2); the previous version is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup: new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context needs exactly one of --domain D, --port P or --context C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site serves it, and no fallback site is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wildcard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fallback: nothing else matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 match just as well; fix the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license trust needs an issuer and a JWK file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is too large to be a JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses issued by %1 are verified with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses issued by %1 are verified with key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license check needs a module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license check needs --license-file FILE, or --site SITE to check the key the keychain holds for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid license for %1, issued by %2 to %3 (%4), until %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two catalogs call themselves &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registry is configured: add one with &apos;mothershipctl registry add NAME URL --key FILE&apos;, or pass --catalog FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mothershipctl: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 failed; the site is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 failed and the site could not be put back: run &apos;mothershipctl recover&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 on %2 succeeded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install needs a site and at least one MODULE[@VERSION]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade needs a site and one MODULE[@VERSION]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a site and a module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modules needs a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREVIOUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON DISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to recover: no operation was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODULES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry add needs a name and a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry add needs the registry&apos;s minisign public key: --key FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added registry %1 (%2), trusting key %3. Fetch its catalog with &apos;mothershipctl registry refresh %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registries yet. Add one with &apos;mothershipctl registry add NAME URL --key FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFRESHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last refresh failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry remove needs a registry name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed registry %1 and its cached files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry refresh takes at most one registry name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enabled registries to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: accepted catalog serial %2 (%3 modules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: up to date (serial %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refresh failed, the previous catalog stays: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key is protected by a password: set MINISIGN_PASSWORD, or run on a terminal to be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry index needs the registry&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires takes a number of days (1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: registry %2, serial %3, %4 modules, %5 versions, expires %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with key %1: the catalog and %2 packages (%3 signatures kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: clients refuse an unsigned catalog. Sign with --sign SECRET_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: registry %1 has no usable catalog: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGISTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack needs the module&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give -o or --output, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes, %3 entries)
sha256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve needs a site and at least one MODULE[@RANGE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; pass --core VERSION or run &apos;mothershipctl settings set %1 VERSION&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mothershipctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: everything asked for is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for %1 (platform core %2), in install order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings [list] | get KEY | set KEY VALUE | unset KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot export needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot open needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1, taken %2 on %3 by %4 (Mothership %5), read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mothershipctl [--db PATH|URL] [--json] COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --db PATH|URL   the database (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --json          machine-readable output (see docs/cli.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --help          this help, or a command&apos;s with COMMAND --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --version       the program&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the operation failed, 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;--db&apos; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mothershipctl %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not create the folder for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the database does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot use write-ahead logging (is it on a network file system?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>There is no writable data folder for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database URL scheme “%1”: use a path, sqlite:// or postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite URL takes an absolute path and nothing else: sqlite:///path/to/file.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid PostgreSQL URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names no database: postgresql://user@host/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter “%1” in the database URL (known: host, sslmode, connect_timeout).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependencyResolver</name>
    <message>
        <source>the platform core version is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolver stopped after %1 steps without settling on a set of versions. Pinning some modules to exact versions narrows the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up after %1 steps: the constraints are too tangled to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed modules&apos; requirements cannot all hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no set of versions satisfies %1 together with the installed modules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotEnv</name>
    <message>
        <source>invalid variable name at column %1; names are letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated double quote (opened here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated single quote (opened here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set again on line %2; this value replaces the one on line %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotEnvWriter</name>
    <message>
        <source>invalid variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryPath</name>
    <message>
        <source>the entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path leaves the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a component of the path is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is too long to extract here (longer than %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link has no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link target is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link target contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link target is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link points to an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link target has &quot;..&quot; after a directory name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a component of the link target is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link points outside the package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureExplainer</name>
    <message>
        <source>Because %1, version solving failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because %1 and %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 because %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thus, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 because %2 and %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request must be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you asked for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires core %2 (the platform core is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in any registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no versions of %1 match %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable versions of %1 match %2 (yanked: %3; pin one exactly to use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version solving failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version of %1 can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incompatible with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either %1 or %2 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if %1 then %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot all be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one of %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileContent</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthEvent</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circuit breaker for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthHistory</name>
    <message>
        <source>The time window is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health probe of this site has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probe of this module has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many points for one chart; choose a larger bucket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthNames</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthProbe</name>
    <message>
        <source>&quot;%1&quot; must be an absolute request path such as /health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an HTTP status from 100 to 599</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a status or an array of statuses, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name at least the program to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the program to run, a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at most 64 of a-z, 0-9, _ and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs exactly one of http, tcp or command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1; a probe checks exactly one way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 for a %1 probe (one success is enough to pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s is longer than period_s (%2 s); checks will overlap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthRepository</name>
    <message>
        <source>A probe needs a key, a site and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollup watermark is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollup watermark cannot move back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process rolled the health samples up meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthSettings</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the answer is not HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s headers are larger than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallPlanner</name>
    <message>
        <source>the platform core&apos;s version is unknown: %1 does not exist and the setting %2 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field, kept as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a boolean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseGate</name>
    <message>
        <source>the issuer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the license key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is too large to be a license key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no license key was offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a license key: none was given, and the keychain could not be asked (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a license key: none was given, and the keychain holds none for site %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseVerifier</name>
    <message>
        <source>the license key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license key is larger than %1 bytes: not a license key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license key is not a JWT: expected three base64url parts separated by dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license %1 is not base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license header names no signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license is not signed (alg none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license is signed with %1; only EdDSA (Ed25519) licenses are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license requires header extensions this program does not know (crit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token type %1 is not a JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license&apos;s key id is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license names no issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer %1 is not a trusted vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor %1 has no trusted key with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license signature is not base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license signature is not an Ed25519 signature (64 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cryptography library (libsodium) could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license signature does not verify against vendor %1&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license has no %1 date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license&apos;s %1 is not a date (seconds since 1970)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license names no licensee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license names no module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license has no license type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license&apos;s audience must be installation ids (strings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license&apos;s seats must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license is not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license was issued in the future (%1); check this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license is for module %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license is bound to installation %1, and this installation has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license is for installation %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListeningPorts</name>
    <message>
        <source>cannot read the listening sockets: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalPackageFetcher</name>
    <message>
        <source>Verifying %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local folder serves registry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog&apos;s package path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has %1 bytes where the catalog says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s SHA-256 differs from the catalog&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog %1, file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalTarget</name>
    <message>
        <source>cannot read the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a symbolic link to a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points to &quot;%1&quot;, which is not a version of the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points to version %1, which is not on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed by enabled modules: %2; uninstall them first, or cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the modules folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the module&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is already the active one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the folder to the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no previous version on disk to go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of versions to keep cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove a leftover link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move it to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must match %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; it must name a file inside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is absolute; it must be a path inside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains &quot;\&quot;; folders are separated by &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves the package (&quot;..&quot; is not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an empty or &quot;.&quot; part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of module names and version ranges, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform core cannot be a conflict; constrain it in dependencies.core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid module name (^[a-z][a-z0-9_]{1,63}$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a module cannot conflict with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a module cannot depend on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a version range (a string), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;core&quot; is the platform itself; a module needs another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must match ^[a-z][a-z0-9_]{1,63}$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid version (MAJOR.MINOR.PATCH, such as 1.8.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an absolute URL path such as /api/v1/farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is both a dependency and a conflict; only versions outside &quot;%2&quot; can satisfy it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no effect while license_required is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when license_required is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of health[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hook name (^[a-z][a-z0-9_]{0,63}$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a path inside the package (a string), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinisignFormat</name>
    <message>
        <source>the cryptography library (libsodium) could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 bytes instead of %3: it is truncated or not minisign data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes: not a minisign key or signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinisignPublicKey</name>
    <message>
        <source>too large to be a minisign public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a minisign public key: expected an &quot;untrusted comment:&quot; line followed by the base64 key, or the base64 key alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key&apos;s algorithm &quot;%1&quot; is not Ed25519 (&quot;Ed&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinisignSecretKey</name>
    <message>
        <source>too large to be a minisign secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a minisign secret key: expected an &quot;untrusted comment:&quot; line followed by the base64 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot allocate protected memory for the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key line is not base64 of a minisign secret key (truncated or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key&apos;s algorithm is not Ed25519 (&quot;Ed&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key&apos;s checksum is not BLAKE2b (&quot;B2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key is encrypted: its password is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key asks for a password hash costlier than minisign&apos;s strongest setting (%1 MiB of memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot derive the key from the password (out of memory?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for this secret key (or the key file is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key file is damaged: its checksum does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key uses an unknown key derivation function (minisign uses scrypt, &quot;Sc&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key file is damaged: its public half does not match its seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file to sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret key is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature comment must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted comment is longer than minisign accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the untrusted comment is longer than minisign accepts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinisignSignature</name>
    <message>
        <source>too large to be a minisign signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must start with &quot;untrusted comment: &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the untrusted comment is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before the signature line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before the trusted comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the third line must start with &quot;trusted comment: &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted comment is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before the trusted comment&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the trusted comment&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted comment&apos;s signature line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signature algorithm &quot;%1&quot; (minisign uses &quot;ED&quot; or &quot;Ed&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinisignVerifier</name>
    <message>
        <source>no signature to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted keys: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with key %1, which is not a trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy (non-prehashed) signatures are not accepted; sign with minisign 0.11 or later without -l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the signed file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is signed with a legacy (non-prehashed) signature and is larger than %1 MiB; sign it prehashed (minisign&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verification has already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is signed with a legacy (non-prehashed) signature and is larger than %1 MiB; sign it prehashed (minisign&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature was not made by trusted key %1, although it carries its key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data does not match its signature: it was changed after signing, or the signature belongs to other data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted comment was altered: its signature does not verify with key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleRequest</name>
    <message>
        <source>&quot;%1&quot;: the platform core is not a module; it cannot be requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a module name (^[a-z][a-z0-9_]{1,63}$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a version range must follow &quot;@&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a valid range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleStateMachine</name>
    <message>
        <source>a module cannot go from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleStateRepository</name>
    <message>
        <source>A state change needs a site and a module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A state change needs the state it goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state row is about another module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state change got no id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModulesLock</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 is newer than this program understands (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationJournal</name>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal schema %1 is not one this program reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal does not say where the site is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationJournalRepository</name>
    <message>
        <source>A journal belongs to an operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal needs a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal needs a phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal needs a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationPlanner</name>
    <message>
        <source>no module was named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in maintenance; take it out of maintenance first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed: install it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled, and the plan needs it: enable it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan names a version the catalog does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled: enable it before changing its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 %3, which is not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed by enabled modules: %2; disable them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled: enable it before rolling it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no previous version on disk to go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 needs %3 %4, which the site does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling %1 back to %2 would break %3, which needs %1 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationRepository</name>
    <message>
        <source>An operation needs a kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation needs a state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new operation got no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageJson</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; is not a version string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageUniverse</name>
    <message>
        <source>the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no known version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every version of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Packer</name>
    <message>
        <source>cannot read the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this name cannot go into a package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; cannot go into a package: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only files, folders and symbolic links can go into a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holds more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no folder here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a module folder needs a manifest.json at its root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder&apos;s files add up to more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was being packed; pack again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the package back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialFile</name>
    <message>
        <source>cannot create the download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this package is being downloaded by another job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the download file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the download file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot empty the download file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the download file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the download file to disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <source>%1 depends on %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So none of them can be installed before the others: %1 is a dependency cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; already installed at %2, which satisfies it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already installed at %1, which satisfies %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required by %1, which the installed %2 does not satisfy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed %1 requires core %2 (the platform core is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed %1 requires %2 %3, which does not hold with %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed %1 conflicts with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts with the installed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgraded from %1 so that every constraint holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformCore</name>
    <message>
        <source>the setting&apos;s value &quot;%1&quot; is not a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform core&apos;s version is unknown: install it in the site, or set %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortAllocator</name>
    <message>
        <source>port %1 is used by %2 sites: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is claimed by %2 sites: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 of %2 is taken by another program: %3 (pid %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 of %2 is in use on this machine, by the site itself (pid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 of %2 is in use on this machine (owner not visible; perhaps the site itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free port left for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has port %2 from this file; plan again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeConfig</name>
    <message>
        <source>health: expected an array of probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probes of module %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is for module %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site declares no probes and has no port for the default one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeSpec</name>
    <message>
        <source>&quot;%1&quot; must be an http:// or https:// URL without a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer such as /status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs json_pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use body_contains or json_pointer, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site has no port; give the probe a port or a url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>The database refused a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>undone because %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back: it was not installed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal&apos;s state &quot;%1&quot; is not one this program knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back to the state before operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean-up is incomplete (recover finishes it): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database said version %1, the site has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a held site lock needs the site&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation %1 was interrupted and has been rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed operation %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back operation %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation %1 was interrupted and changed nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryCache</name>
    <message>
        <source>the cached file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the cached file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cached file is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the registry&apos;s cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cached catalog was changed on disk: its SHA-256 is %1, the database recorded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove an old cached catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the cache&apos;s trash folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the registry&apos;s cached files out of the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete old cached files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryIndexer</name>
    <message>
        <source>cannot read the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a package (a tar.gz): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s manifest.json is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s manifest.json is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has no manifest.json at its root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no folder here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a catalog must stay valid for at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the existing catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the existing catalog.json is invalid; fix or remove it (its serial keeps clients safe from rollbacks): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1: not a module name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1: not a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1: no %2 in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s manifest says %1 %2, but it is filed as %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is in the previous catalog but its package is gone; it is no longer listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the old catalog signature, which no longer matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1: it signed the previous catalog; sign this one with --sign KEY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryRepository</name>
    <message>
        <source>A registry needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry needs a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry needs at least one trusted key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new registry got no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no registry with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted key needs its id and its public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is already trusted for this registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is the registry&apos;s only trusted key; trust another key first, or remove the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is not trusted for this registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accepted catalog needs its serial and its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another refresh changed the registry&apos;s catalog meanwhile (now at serial %1); this one was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an unchanged or a failed refresh is recorded this way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The database migrations are missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration is not named NNNN_name.sql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 follows migration %2: the numbers must have no gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder “%1” in a migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than version %3 that this program knows; it was left untouched. Use a newer Mothership.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeHealth</name>
    <message>
        <source>%1 probe %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 probe %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>A setting needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteJson</name>
    <message>
        <source>not valid JSON: %1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;agent&quot;: expected an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;environment&quot;: expected &quot;development&quot;, &quot;staging&quot; or &quot;production&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;port&quot;: expected an integer from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;instances&quot;: expected an integer from 1 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;domains&quot;: expected an array of host names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;domains[%1]&quot;: expected a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;health&quot;: expected an array of probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of another probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;port&quot; field to change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteLock</name>
    <message>
        <source>cannot open the site&apos;s folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another operation is changing this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the site&apos;s folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteReloader</name>
    <message>
        <source>the site&apos;s reload command did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s reload command did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s reload command crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s reload command failed with status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteRepository</name>
    <message>
        <source>The stored value cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scanned site has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is outside 0–65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two scanned sites have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new site got no id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteScanner</name>
    <message>
        <source>%1 is neither true nor false; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a port number (1–65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no known environment; taken as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apps directory not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the apps directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken or looping link; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to an apps directory or above it; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same folder as %1; scanned once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another site has the name &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the snapshot in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot was written by a newer Mothership (schema %1; this one knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>A snapshot is a SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy a row of the table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Mothership snapshot (no snapshot_info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Mothership snapshot (no time of capture)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagingDirectory</name>
    <message>
        <source>the staging directory was already created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable staging directory name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the directory for staging: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staging directory already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the staging directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the staging directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory &quot;%1&quot; was not created by this extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the directory &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its parent &quot;%1&quot; is a symbolic link, and nothing is extracted through a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its parent &quot;%1&quot; is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staging directory is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry would replace a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry would replace a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry would replace an earlier entry of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the file&apos;s mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the symbolic link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hard link target is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the hard link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush the staging directory to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the staging directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateRecorder</name>
    <message>
        <source>the stored state &quot;%1&quot; is not one this program knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module already has a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found on disk as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>no public key to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored key&apos;s id %1 does not match the key itself (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnencryptedSecretFile</name>
    <message>
        <source>cannot inspect the unencrypted secrets file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unencrypted secrets file is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unencrypted secrets file belongs to another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unencrypted secrets file can be read by other users; restrict it with chmod 600 before it is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the unencrypted secrets file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unencrypted secrets file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unencrypted secrets file is damaged or not Mothership&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the unencrypted secrets file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the unencrypted secrets file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the unencrypted secrets file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret is stored under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret stored under %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no errors to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 problems; the first: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorKey</name>
    <message>
        <source>too large to be a JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not a JWK: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK has no key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key type %1 is not supported: vendor keys are Ed25519 (kty OKP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK has no curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curve %1 is not supported: vendor keys are Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK holds a private key; trust only the vendor&apos;s public key (remove &quot;d&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not meant for signatures (use must be &quot;sig&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s algorithm must be EdDSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK has no public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is not base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key has %1 bytes; an Ed25519 key has 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key id must be a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorKeyRepository</name>
    <message>
        <source>A vendor key needs an issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vendor key needs its public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new vendor key got no id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Version</name>
    <message>
        <source>&quot;%1&quot; is not a valid version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build metadata after &quot;+&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pre-release after &quot;-&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected MAJOR.MINOR.PATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number without leading zeros below 2^53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pre-release &quot;%1&quot; must be dot-separated [0-9A-Za-z-] identifiers, numbers without leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build metadata &quot;%1&quot; must be dot-separated [0-9A-Za-z-] identifiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionRange</name>
    <message>
        <source>a bound overflows the largest version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version or comparator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hyphen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid range: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctl</name>
    <message>
        <source>the audit log, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that no audit entry was altered or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe the sites once (--watch: keep probing, print transitions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uptime, latency and transitions of a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discover the sites in apps directories and record them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one site in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the title shown for a site (kept across rescans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port and domain conflicts; --fix moves ports, keeping backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which site serves a domain, a port or a business context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust a vendor&apos;s Ed25519 key (a JWK: kty OKP, crv Ed25519) for its licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify a license key without installing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install modules and what they need on a site, from the registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move an installed module to a newer (or the given) version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load an installed module again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop loading a module; its files stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch a module back to its previous version on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a module; --cascade removes what depends on it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a site&apos;s installed modules, their versions and states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish or undo operations that a crash interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a module registry, trusting its minisign key(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registries, their catalogs and last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget a registry, its keys and cached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch and verify the catalogs of every registry, or of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build (and sign) catalog.json for a folder of packages, for publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the modules the registries offer, best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build a reproducible module package from a folder with a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what installing modules on a site would do, in which order, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings kept with the inventory (platform.core_version, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write one file with a consistent copy of the inventory (no secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a snapshot read-only: when and where, and its sites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mothership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console for running a multi-site platform&apos;s modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database (a path or a postgresql:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an inventory snapshot, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to show: sites, activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language (en, es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::ActivityPage</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no entry was altered or removed since it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 entries; narrow the filters to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 — %2 by %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash: %1
Previous: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::AuditLog</name>
    <message>
        <source>Entry %1 does not follow the start of the log: entries before it were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry between them was removed, or entry %2 was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at entry %1, but entry %2 was written: the newest entries were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log&apos;s head does not match its newest entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::AuditTableModel</name>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::Checker</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::CommandCheck</name>
    <message>
        <source>no program to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not finish within %1; killed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::HealthQueryJob</name>
    <message>
        <source>The query was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::HealthScheduler</name>
    <message numerus="yes">
        <source>not run: the circuit breaker for %1 is open (next try in %n s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>trying %1 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::HttpCheck</name>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before the whole answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection broke mid-answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to an address that is not http(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected from https to http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the headers arrived, then the body did not finish within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 (max_body_bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, but the answer does not contain &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, but the answer is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, but the answer has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, but %2 is %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::InstallPlanDialog</name>
    <message>
        <source>Plan an install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modules, e.g. farm_manager@^1.8 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog.json of a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform core&apos;s version, e.g. 1.4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform core:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site and name at least one module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a catalog to resolve against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform core: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: everything asked for is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In install order, dependencies first. Nothing has been installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::Inventory</name>
    <message>
        <source>not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1: %2 new, %3 updated, %4 missing, %5 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 from port %2 to %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::MainWindow</name>
    <message>
        <source>Mothership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only snapshot&lt;/b&gt; of %1, taken on %2 on %3 by %4. Nothing here can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mothership — snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Apps Directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder that holds one folder per site, and scan it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every site&apos;s .env, package.json and site.json again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared ports and domains, and the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan an &amp;Install…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What installing modules on a site would do, in which order, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Inventory Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one file with a consistent copy of the inventory, to open offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mothership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned: %1 new, %2 updated, %3 missing, %4 problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an inventory snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mothership snapshots (*.snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an inventory snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mothership snapshots (*.snapshot);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an apps directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mothership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mothership %1&lt;/h3&gt;&lt;p&gt;The console for running a multi-site platform&apos;s modules.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::OperationRun</name>
    <message>
        <source>the operation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another operation kept the site busy for too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another operation on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation %1 on this site was interrupted and cannot be put right: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no module of this operation needs a license key; the key files were not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the license of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program runs without a keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no package source is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has no valid manifest.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s manifest does not match the catalog in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest: %1; catalog: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license key of %1 was not kept: this program runs without a keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license key of %1 was not kept in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site could not be put back (%1); run recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::Orchestrator</name>
    <message>
        <source>%1 has no state on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked for maintenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::PackageDownloadJob</name>
    <message>
        <source>cannot read the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package is %1 bytes, but the signed catalog says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s SHA-256 is %1, but the signed catalog says %2: it was changed or swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog entry of the package lacks its path, size or SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 has no trusted key to check the package with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the verified package into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::PortFixDialog</name>
    <message>
        <source>Shared port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port taken by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening (the site itself?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix moves the later site of each shared port to the next free port and rewrites its file, keeping a backup beside it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the ports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every site has its own port and domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is a read-only snapshot: the fix can only be applied to the live inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 (%2). The previous version is kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (a new file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::ProbeCheck</name>
    <message>
        <source>no answer within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::ProbeRound</name>
    <message>
        <source>not run: startup probe %1 did not pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::QueuedJob</name>
    <message>
        <source>The operation has no queue to run in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled before it ran.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::RecoverJob</name>
    <message>
        <source>Recovering interrupted operations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::RegistryRefreshJob</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the catalog of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted catalog serial %1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered 304 Not Modified: it has no newer catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::RegistryService</name>
    <message>
        <source>&quot;%1&quot; is not a valid registry name: use 1–64 characters a–z, 0–9, &quot;.&quot;, &quot;_&quot;, &quot;-&quot;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry URL: use https://…, http://… or file:///…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry URL contains credentials; they would be stored in plain text, so they are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registry URL has no query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file:// registry URL names an absolute local folder (file:///srv/registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry URL has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registry needs at least one trusted minisign public key (--key FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty public key cannot be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 (%2), trusting key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registry offers module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 has no trusted catalog loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 does not offer %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no registry called %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::RegistrySyncJob</name>
    <message>
        <source>the registry service is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no registry called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no catalog yet: refresh the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::ScanJob</name>
    <message>
        <source>Scanning sites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::SecretJob</name>
    <message>
        <source>the secret store is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::SecretStore</name>
    <message>
        <source>a secret&apos;s key must have 1 to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret&apos;s key must be printable text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service is running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refused a test entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not read back a test entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not delete a test entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it gave back something other than what was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret is stored under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain available: the keychain did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept only in the system keychain. Start one (for example gnome-keyring), or allow the unencrypted fallback file explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::SiteDetailsView</name>
    <message>
        <source>Select a site to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 in .env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(site.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(derived from the name; no file declares it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::SiteTableModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port is in a conflict: see Port conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::SitesPage</name>
    <message>
        <source>Search sites by name, title, domain, port or plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to fix:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::SnapshotJob</name>
    <message>
        <source>Writing the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::TcpCheck</name>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection did not open within %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ms::Transfer</name>
    <message>
        <source>cannot fetch %1: only https://, http:// and file:// URLs are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network access for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to fetch %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped sending %1: nothing arrived for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified for %1 without being asked conditionally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused to resume %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1 for %2 instead of sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent part of %1 that does not continue at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes allowed; the transfer was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was redirected more than %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was redirected from https to an insecure URL; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up after %1 attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
