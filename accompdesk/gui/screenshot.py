"""`accompdesk --screenshot FILE [--view NAME] [--lang es]`: the window on the demo vault
(or on --vault, with ACCOMPDESK_PASSPHRASE), rendered to a PNG, for the README and for
looking at layouts in both languages without a person at the screen."""

from __future__ import annotations

import os
import sys
import tempfile

# Areas shown as they open; the other views arrange a form or a dialog first.
AREA_VIEWS = ("persons", "organisations", "incidents", "trash", "authorities", "meetings", "escalation",
              "followups", "volunteers", "roster", "checkins", "alerts", "reports", "offices", "duplicates")
VIEWS = ("unlock", "wizard", "search", "defender", "incident-form", "incident-affected", "person-form",
         "organisation-form", "preferences", *AREA_VIEWS)


def take_screenshot(args) -> int:
    if args.view == "list" or args.view not in VIEWS:
        print("Views: " + ", ".join(VIEWS), file=sys.stderr if args.view != "list" else sys.stdout)
        return 0 if args.view == "list" else 2
    with tempfile.TemporaryDirectory(prefix="accompdesk-shot-") as folder:
        # Screenshots use default layout and preferences, never the user's.
        os.environ["ACCOMPDESK_SETTINGS"] = os.path.join(folder, "settings.ini")
        return _take(args, folder)


def _take(args, folder: str) -> int:
    from .main import make_application

    app = make_application([sys.argv[0]])
    from .common import i18n
    from .common.settings import open_settings

    i18n.install(args.lang or "en")
    settings = open_settings()
    from .main_window import MainWindow
    from .session import Session

    demo = None
    if args.vault:
        from ..vault.errors import VaultError
        from ..vault.store import Vault

        passphrase = os.environ.get("ACCOMPDESK_PASSPHRASE")
        if passphrase is None:
            print("Set ACCOMPDESK_PASSPHRASE to open --vault for a screenshot.", file=sys.stderr)
            return 2
        try:
            vault = Vault.open(os.path.abspath(args.vault), passphrase=passphrase)
        except VaultError as exc:
            print(str(exc), file=sys.stderr)
            return exc.exit_code
    else:
        from .demo import open_demo_vault

        demo = open_demo_vault(folder=os.path.join(folder, "demo"))
        vault = demo.vault
    try:
        session = Session(vault.path)
        window = MainWindow(session, settings)
        window.resize(1280, 800)
        window.show()
        target = _arrange(args.view, window, session, vault)
        for _ in range(5):
            app.processEvents()
        image = target.grab()
        if not image.save(args.screenshot, "PNG"):
            print(f"Could not write {args.screenshot}.", file=sys.stderr)
            return 2
        session.lock()
        window.close()
        return 0
    finally:
        if demo is not None:
            demo.remove()
        elif vault.conn is not None:
            vault.close()


def _arrange(view: str, window, session, vault):
    """Bring the window into the state the view names; returns the widget to grab."""
    if view == "unlock":
        return window
    if view == "wizard":
        from .dialogs.first_run import FirstRunWizard

        wizard = FirstRunWizard(os.path.join(os.path.dirname(vault.path), "new.vault"))
        wizard.resize(720, 520)
        wizard.show()
        wizard.next()
        return wizard
    session.unlock_with(vault)
    if view in AREA_VIEWS:
        if view == "trash" and vault.incidents.count(include_deleted=True) == vault.incidents.count():
            for incident in vault.incidents.list(limit=2, with_links=False):
                vault.incidents.delete(incident.id)
            session.notify("incidents")
        window.show_area(view)
        return window
    if view == "search":
        first = vault.persons.list(limit=1, with_links=False)
        window.search_box.setText(first[0].full_name.split()[0] if first else "a")
        window.search_now()
        return window
    if view == "defender":
        person = _busiest_person(vault)
        if person is not None:
            window.open_record("persons", person.id)
        return window
    if view.endswith("-form") or view == "incident-affected":
        table = {"incident-form": "incidents", "incident-affected": "incidents", "person-form": "persons",
                 "organisation-form": "organisations"}[view]
        records = vault.repo(table).list(limit=1, order_by="updated_at", descending=True)
        form = window.forms.open_record(table, records[0].id) if records else window.forms.open_new(table)
        form.resize(760, 620)
        if view == "incident-affected":
            form.ui.tabs.setCurrentIndex(1)
        return form
    if view == "preferences":
        from .dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(window.settings, window)
        dialog.show()
        return dialog
    return window


def _busiest_person(vault):
    counts: dict[str, int] = {}
    for incident in vault.incidents.list(limit=2000):
        for person_id in incident.affected_persons:
            counts[person_id] = counts.get(person_id, 0) + 1
    if not counts:
        people = vault.persons.list(limit=1, with_links=False)
        return people[0] if people else None
    return vault.persons.get(max(counts, key=counts.get))
