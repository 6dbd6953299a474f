"""Python modules generated from the dialogs' Designer forms (accompdesk/resources/forms/*.ui)
by `python -m tools.forms`; do not edit them."""
