"""Accompaniment operations in the office window: volunteers, the weekly plan and its
roster, safety check-ins and alerts. `areas.build_view` makes each area's page."""
