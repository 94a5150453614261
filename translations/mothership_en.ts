<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CtlContext</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries chain correctly.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry chains correctly.</numerusform>
            <numerusform>The audit log is intact: %n entries chain correctly.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::ActivityPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries verified.</source>
        <translation>
            <numerusform>Chain intact: %n entry verified.</numerusform>
            <numerusform>Chain intact: %n entries verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::CatalogModel</name>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::DashboardPage</name>
    <message numerus="yes">
        <source>%1: %n probe(s) failing (%2)</source>
        <translation>
            <numerusform>%1: %n probe failing (%2)</numerusform>
            <numerusform>%1: %n probes failing (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n probe(s) failing (%2): %3</source>
        <translation>
            <numerusform>%1: %n probe failing (%2): %3</numerusform>
            <numerusform>%1: %n probes failing (%2): %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::HealthScheduler</name>
    <message numerus="yes">
        <source>not run: the circuit breaker for %1 is open (next try in %n s)</source>
        <translation>
            <numerusform>not run: the circuit breaker for %1 is open (next try in %n s)</numerusform>
            <numerusform>not run: the circuit breaker for %1 is open (next try in %n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::InstallDialog</name>
    <message numerus="yes">
        <source>%n site(s) cannot take this change; see why in the plan.</source>
        <translation>
            <numerusform>%n site cannot take this change; see why in the plan.</numerusform>
            <numerusform>%n sites cannot take this change; see why in the plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other site(s) were not touched.</source>
        <translation>
            <numerusform>%n other site were not touched.</numerusform>
            <numerusform>%n other sites were not touched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::JobTracker</name>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::MainWindow</name>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::ModulesPage</name>
    <message numerus="yes">
        <source>%1 — %n update(s)</source>
        <translation>
            <numerusform>%1 — %n update</numerusform>
            <numerusform>%1 — %n updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) available</source>
        <translation>
            <numerusform>%n update available</numerusform>
            <numerusform>%n updates available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::PortFixDialog</name>
    <message numerus="yes">
        <source>%n conflict(s) need attention.</source>
        <translation>
            <numerusform>%n conflict needs attention.</numerusform>
            <numerusform>%n conflicts need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::ProbeCheck</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::SettingsPage</name>
    <message numerus="yes">
        <source>%n registry(ies) refreshed.</source>
        <translation>
            <numerusform>%n registryy refreshed.</numerusform>
            <numerusform>%n registryies refreshed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry(ies) could not be refreshed; their previous catalogs stay. The Result column says why.</source>
        <translation>
            <numerusform>%n registryy could not be refreshed; their previous catalogs stay. The Result column says why.</numerusform>
            <numerusform>%n registryies could not be refreshed; their previous catalogs stay. The Result column says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::SiteCardDelegate</name>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::SiteHealthModel</name>
    <message numerus="yes">
        <source>none of %n</source>
        <translation>
            <numerusform>none of %n</numerusform>
            <numerusform>none of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n breaker(s))</source>
        <translation>
            <numerusform>%1 (%n breaker)</numerusform>
            <numerusform>%1 (%n breakers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::SiteHealthPanel</name>
    <message numerus="yes">
        <source>%n probe result(s) in this window, %1% passed.</source>
        <translation>
            <numerusform>%n probe result in this window, %1% passed.</numerusform>
            <numerusform>%n probe results in this window, %1% passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::SitePage</name>
    <message numerus="yes">
        <source>Done: %n module(s) changed on %1.</source>
        <translation>
            <numerusform>Done: %n module changed on %1.</numerusform>
            <numerusform>Done: %n modules changed on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::SitesPage</name>
    <message numerus="yes">
        <source>%n conflict(s) to fix:</source>
        <translation>
            <numerusform>%n conflict to fix:</numerusform>
            <numerusform>%n conflicts to fix:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s)</source>
        <translation>
            <numerusform>%1 of %n site</numerusform>
            <numerusform>%1 of %n sites</numerusform>
        </translation>
    </message>
</context>
</TS>
