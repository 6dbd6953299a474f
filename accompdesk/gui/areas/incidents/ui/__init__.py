"""Python modules generated from this area's Designer forms (accompdesk/resources/forms/*.ui)
by `python -m tools.forms`; do not edit them."""
