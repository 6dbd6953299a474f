"""What several areas and dialogs of the window share: field widgets (`widgets/`), table
models and proxies (`models/`), the record-form machinery (`forms/`), the generic record
lists, icons, translations (`i18n`, `catalogues/`), messages, formatting, notices,
settings, slow work off the GUI thread and the crash hook.

`chain/` and `operations/` hold what the four chain-of-command areas (authorities,
meetings, escalation, follow-up) and the four operations areas (volunteers, roster,
check-ins, alerts) share: how the window builds them, their form openers and texts.
"""
