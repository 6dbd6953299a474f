<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Too short: at least %n character.</numerusform>
            <numerusform>Too short: at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries; wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong tries; wait %n second and try again.</numerusform>
            <numerusform>Too many wrong tries; wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries; the chain is intact.</source>
        <translation>
            <numerusform>%n audit entry; the chain is intact.</numerusform>
            <numerusform>%n audit entries; the chain is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s), sealed for this vault</source>
        <translation>
            <numerusform>%n key slot, sealed for this vault</numerusform>
            <numerusform>%n key slots, sealed for this vault</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%n entries shown.</source>
        <translation>
            <numerusform>%n entry shown.</numerusform>
            <numerusform>%n entries shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message numerus="yes">
        <source>Written %1; %n staff member(s) can open it.</source>
        <translation>
            <numerusform>Written %1; %n staff member can open it.</numerusform>
            <numerusform>Written %1; %n staff members can open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message numerus="yes">
        <source>The last backup is %n day(s) old.</source>
        <translation>
            <numerusform>The last backup is %n day old.</numerusform>
            <numerusform>The last backup is %n days old.</numerusform>
        </translation>
    </message>
</context>
</TS>