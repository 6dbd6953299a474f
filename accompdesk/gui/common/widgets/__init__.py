"""Field widgets that the Designer forms promote to (accompdesk/resources/forms/*.ui)."""
