<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AlertListView</name>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message numerus="yes">
        <source>⚠ %n missed check-in(s): follow the emergency protocol.</source>
        <translation>
            <numerusform>⚠ %n missed check-in: follow the emergency protocol.</numerusform>
            <numerusform>⚠ %n missed check-ins: follow the emergency protocol.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n missed check-in(s).</source>
        <translation>
            <numerusform>⚠ %n missed check-in.</numerusform>
            <numerusform>⚠ %n missed check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) assigned; the office asks for at least %1.</source>
        <translation>
            <numerusform>%n volunteer assigned; the office asks for at least %1.</numerusform>
            <numerusform>%n volunteers assigned; the office asks for at least %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The visa runs out on %1, in %n day(s).</source>
        <translation>
            <numerusform>The visa runs out on %1, in %n day.</numerusform>
            <numerusform>The visa runs out on %1, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned for %n accompaniment(s) after %1, when the stay or the visa is over.</source>
        <translation>
            <numerusform>Planned for %n accompaniment after %1, when the stay or the visa is over.</numerusform>
            <numerusform>Planned for %n accompaniments after %1, when the stay or the visa is over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleListView</name>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n schedule</numerusform>
            <numerusform>%n schedules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolunteerListView</name>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volunteer</numerusform>
            <numerusform>%n volunteers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPlanView</name>
    <message numerus="yes">
        <source>%n conflict(s) to settle before printing the roster.</source>
        <translation>
            <numerusform>%n conflict to settle before printing the roster.</numerusform>
            <numerusform>%n conflicts to settle before printing the roster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) about the printed roster.</source>
        <translation>
            <numerusform>%n note about the printed roster.</numerusform>
            <numerusform>%n notes about the printed roster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The week still has %n conflict(s). Save the roster anyway?</source>
        <translation>
            <numerusform>The week still has %n conflict. Save the roster anyway?</numerusform>
            <numerusform>The week still has %n conflicts. Save the roster anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The week still has %n conflict(s). Print the roster anyway?</source>
        <translation>
            <numerusform>The week still has %n conflict. Print the roster anyway?</numerusform>
            <numerusform>The week still has %n conflicts. Print the roster anyway?</numerusform>
        </translation>
    </message>
</context>
</TS>