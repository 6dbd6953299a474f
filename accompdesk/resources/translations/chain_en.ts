<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AuthoritiesView</name>
    <message numerus="yes">
        <source>%n authority(ies)</source>
        <translation>
            <numerusform>%n authority</numerusform>
            <numerusform>%n authorities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainForms</name>
    <message numerus="yes">
        <source>%n unsaved form(s) of the chain of command came back as typed.</source>
        <translation>
            <numerusform>%n unsaved form of the chain of command came back as typed.</numerusform>
            <numerusform>%n unsaved forms of the chain of command came back as typed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainText</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n broken</numerusform>
            <numerusform>%n broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly kept</source>
        <translation>
            <numerusform>%n partly kept</numerusform>
            <numerusform>%n partly kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>move %n authority(ies) in the chain of command</source>
        <translation>
            <numerusform>move %n authority in the chain of command</numerusform>
            <numerusform>move %n authorities in the chain of command</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscalationView</name>
    <message numerus="yes">
        <source>%1 of %n incident(s) shown.</source>
        <translation>
            <numerusform>%1 of %n incident shown.</numerusform>
            <numerusform>%1 of %n incidents shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n incident.</numerusform>
            <numerusform>%n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n incident(s) together</source>
        <translation>
            <numerusform>All %n incident together</numerusform>
            <numerusform>All %n incidents together</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raise %n incident(s)</source>
        <translation>
            <numerusform>Raise %n incident</numerusform>
            <numerusform>Raise %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LadderWidget</name>
    <message numerus="yes">
        <source>%n incident(s) together: how far each authority has heard of them.</source>
        <translation>
            <numerusform>%n incident together: how far each authority has heard of them.</numerusform>
            <numerusform>%n incidents together: how far each authority has heard of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step for %n incident(s): %1.</source>
        <translation>
            <numerusform>Next step for %n incident: %1.</numerusform>
            <numerusform>Next step for %n incidents: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never raised (%n incident(s) on this chain)</source>
        <translation>
            <numerusform>Never raised (%n incident on this chain)</numerusform>
            <numerusform>Never raised (%n incidents on this chain)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next step for %n incident(s)</source>
        <translation>
            <numerusform>The next step for %n incident</numerusform>
            <numerusform>The next step for %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of these incidents)</source>
        <translation>
            <numerusform>(%n of these incidents)</numerusform>
            <numerusform>(%n of these incidents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
</TS>