<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n unsaved form(s) came back as you left them.</source>
        <translation>
            <numerusform>%n unsaved form came back as you left it.</numerusform>
            <numerusform>%n unsaved forms came back as you left them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>%n record restored.</numerusform>
            <numerusform>%n records restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No one has used AccompDesk for a while: it locks in %n second(s). Press any key to keep working.</source>
        <translation>
            <numerusform>No one has used AccompDesk for a while: it locks in %n second. Press any key to keep working.</numerusform>
            <numerusform>No one has used AccompDesk for a while: it locks in %n seconds. Press any key to keep working.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message numerus="yes">
        <source>You will be the vault&apos;s first coordinator. Choose a passphrase of at least %n characters: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>You will be the vault&apos;s first coordinator. Choose a passphrase of at least %n character: a few unrelated words are easy to remember and hard to guess.</numerusform>
            <numerusform>You will be the vault&apos;s first coordinator. Choose a passphrase of at least %n characters: a few unrelated words are easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Too short: at least %n character.</numerusform>
            <numerusform>Too short: at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PossibleDuplicatesView</name>
    <message numerus="yes">
        <source>%n incident(s) or meeting(s) in common</source>
        <translation>
            <numerusform>%n incident or meeting in common</numerusform>
            <numerusform>%n incidents or meetings in common</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restore %n record(s)</source>
        <translation>
            <numerusform>restore %n record</numerusform>
            <numerusform>restore %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving; each is marked below its field.</source>
        <translation>
            <numerusform>%n problem to fix before saving; it is marked below its field.</numerusform>
            <numerusform>%n problems to fix before saving; each is marked below its field.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message numerus="yes">
        <source>%n record(s) will be removed from the vault for good. This cannot be undone; the audit log keeps a note that it happened.</source>
        <translation>
            <numerusform>%n record will be removed from the vault for good. This cannot be undone; the audit log keeps a note that it happened.</numerusform>
            <numerusform>%n records will be removed from the vault for good. This cannot be undone; the audit log keeps a note that it happened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Try again in %n s</numerusform>
            <numerusform>Try again in %n s</numerusform>
        </translation>
    </message>
</context>
</TS>
