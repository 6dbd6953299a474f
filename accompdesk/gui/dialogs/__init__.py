"""The window's dialogs: unlock, the first-run wizard, preferences (with the Office
page), staff and key slots, the audit log, backup, restore, the import wizard and the
export dialog, the user guide, the emergency sheet and the recovery key.

The main window reaches the safety dialogs through `safety_actions.SafetyActions` (menu
actions, the reminder after unlock, the damaged-vault screen for unlock errors) and the
unlock page through `unlock_attempts` (failed attempts counted per slot across restarts).
"""
