"""The vault's safety in the office window: staff and key slots, the audit log,
backups, restore, and what to do when the vault is found damaged.

The main window needs only `actions.SafetyActions` (menu actions, the reminder
after unlock, the damaged-vault screen for unlock errors) and `unlocking`
(the unlock opener that counts failed attempts per slot across restarts).
"""
