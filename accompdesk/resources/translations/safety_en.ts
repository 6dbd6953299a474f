<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored from the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched to a restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment copy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Too short: at least %n character.</numerusform>
            <numerusform>Too short: at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: another word would make it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries; wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong tries; wait %n second and try again.</numerusform>
            <numerusform>Too many wrong tries; wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow this; ask a coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries; the chain is intact.</source>
        <translation>
            <numerusform>%n audit entry; the chain is intact.</numerusform>
            <numerusform>%n audit entries; the chain is intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit entry %1 is missing (the next one is %2): entries were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries were removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) has been altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every page authenticates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database structure is sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every link points to a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s) readable</source>
        <translation>
            <numerusform>%n key slot readable</numerusform>
            <numerusform>%n key slots readable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Only a coordinator exports the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown.</source>
        <translation>
            <numerusform>%n entry shown.</numerusform>
            <numerusform>%n entries shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was purged; the audit log keeps only what was done to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is in the Trash; restore it from there to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every entry of the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(That entry is not among those shown; clear the filters to see it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the record as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>None: use the folder below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this vault has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space in that folder for a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified in %1 s: %2. Keep the drive somewhere other than this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the vault with its key slots: the same passphrases and the same recovery key open it. It is checked by opening it before it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Removable drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removable drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;mind after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind after days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>A new passphrase for %1. The vault&apos;s key does not change: no one else is affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedVaultDialog</name>
    <message>
        <source>What was found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest backup found is %1. Opening it copies it to a new place and checks the copy first; the damaged vault and the backup both stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found where backups were written from this computer. If you have one on a drive, connect it and choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key slots cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file itself may be whole: what cannot be read is its key-slot file, which holds each staff member&apos;s passphrase slot. The recovery key — the 64 digits printed when the vault was created or last re-keyed — opens the vault without any key slot. Try it first; then a coordinator adds the staff members again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key opens the same damaged file, so it cannot repair it. It matters for backups: a backup opens with the passphrases and the recovery key that were current when it was made. Keep every recovery key paper until no backup needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — AccompDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccompDesk found that the vault does not pass its integrity checks. It has not changed it in any way: the file stays exactly as it was found, so that nothing more is lost and it can still be examined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the latest verified backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose another backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccompDesk recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the vault below even if every passphrase is forgotten. It replaces every earlier recovery key: destroy the old paper. Keep this one locked away. Anyone who has it can read the whole vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccompDesk vaults (*.vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file, or one of those found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a backup: a backup is a .vault file with its .keys file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written %1; %n staff member(s) can open it.</source>
        <translation>
            <numerusform>Written %1; %n staff member can open it.</numerusform>
            <numerusform>Written %1; %n staff members can open it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the backup and checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defenders, %2 organisations, %3 incidents, %4 audit entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy passed every check (%1 s). It is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored copy is ready. The damaged vault is still exactly as it was found; opening the copy where it is leaves it so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored copy is ready. The current vault has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator can make a restored copy the office vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making it the office vault moves the current vault, unchanged, to %1 in the same folder, and puts the restored copy in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backups found are listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore. It is copied to a new place and the copy is opened and checked; the backup itself is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and with which key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s own key slots open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with a &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with the &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key that was current when the backup was made opens it, even if the vault was rekeyed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying and checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is opened and every check is run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the restored copy where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make it the office vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;understand: the current vault is set aside under the safety name, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>&amp;Staff and key slots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now working on the restored vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous vault was kept, unchanged, as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last backup is %n day(s) old.</source>
        <translation>
            <numerusform>The last backup is %n day old.</numerusform>
            <numerusform>The last backup is %n days old.</numerusform>
        </translation>
    </message>
    <message>
        <source>AccompDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAddDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new staff member types their own passphrase here, on this computer: hand them the keyboard. No one else needs to know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator adds or removes staff and re-issues the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (you)</source>
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
        <source>%1 can now unlock the vault with their own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key slot is deleted and the vault is encrypted again under a new key, so that a copy of their old slot opens nothing. Every other passphrase keeps working; the recovery key changes and the new one is shown once, to print. This takes a while on a large vault. Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 and re-encrypting the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed and the vault re-encrypted in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue the recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is encrypted again under a new key. Every passphrase keeps working; the old recovery key stops working and the new one is shown once, to print. Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the vault under a new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was re-encrypted in %2 s; it has a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and key slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each staff member has a key slot: their own passphrase opens the vault. Roles are an office rule that AccompDesk follows, not encryption: every slot opens the whole vault, so give one only to people you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue the recovery &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRecoveryKeyDialog</name>
    <message>
        <source>The new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has a new key. Every staff member&apos;s passphrase still opens it, but the old recovery key no longer does. This is the new recovery key, shown only this once: print it or write it down, and keep the paper somewhere safe, away from this computer. Anyone who has it can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;printed or written down the new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
