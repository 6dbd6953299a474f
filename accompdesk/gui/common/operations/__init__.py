"""Accompaniment operations in the office window: volunteers, the weekly plan and its
roster, safety check-ins and alerts.

Wiring into the main window (tests/gui/common/operations/test_wiring.py does exactly this):

- areas/__init__.py: the entries of `areas.OPERATIONS_AREAS` replace the "volunteers" and "roster"
  placeholders, and "checkins" and "alerts" join the list (before the Trash).
- workspace.py, `Workspace._build(key)`: first
      factories = operations.areas.areas(self.window_)
      if key in factories: return factories[key](self)
- main_window.py, once the window exists: `operations.areas.watch_checkins(self)`, so a
  missed check-in is announced in the message bar whichever area is open.
- main_window.py, `open_record` / `edit_record`: for a table in `form_opener.TABLES`,
  call `operations.areas.open_record(self, table, record_id)`.
- common/i18n.py, `install(language)`: also `catalogues.operations.install(language)` (until then the
  areas load their catalogue when they are built).
- the alert form's "Urgent alert document…" calls `window.show_alert_document(incident_id,
  alert_id)` when the window has it.
"""
