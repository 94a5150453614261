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
    <name>ms::SitesPage</name>
    <message numerus="yes">
        <source>%n conflict(s) to fix:</source>
        <translation>
            <numerusform>%n conflict to fix:</numerusform>
            <numerusform>%n conflicts to fix:</numerusform>
        </translation>
    </message>
</context>
</TS>
