"""Reports and spreadsheet exports withhold the same people: one rule in domain.audience."""

from __future__ import annotations

from accompdesk.domain.audience import withheld_entities
from accompdesk.domain.records import Organisation, Person
from accompdesk.exchange.withholding import Withholding
from accompdesk.reports.audience_view import AudienceView


def test_one_rule_for_reports_and_exchange(vault):
    internal = vault.persons.add(Person(full_name="Ana Tumiñá", consent_level="internal"))
    twin = vault.persons.add(Person(full_name="Ana Tumiñá", consent_level="public"))  # same name
    public = vault.persons.add(Person(full_name="Ana María Ríos", consent_level="public"))
    diplomatic = vault.organisations.add(Organisation(name="Cabildo Nasa", consent_level="diplomatic"))
    entities = [*vault.persons.list(), *vault.organisations.list()]
    for audience, expected in (("public", {internal.id, twin.id, diplomatic.id}),
                               ("diplomatic", {internal.id, twin.id}),
                               ("internal", set())):
        assert {e.id for e in withheld_entities(entities, audience)} == expected
        view, rows = AudienceView(vault, audience), Withholding(vault, audience)
        assert {i for i in (internal.id, twin.id, public.id, diplomatic.id) if not view.may_name(i)} == expected
        assert rows.withheld_ids == expected
    text = "Ana Tumiñá y Ana María Ríos hablaron con el Cabildo Nasa."
    assert AudienceView(vault, "public").redact(text) == Withholding(vault, "public").text(text)
    assert "Ana María Ríos" in Withholding(vault, "public").text(text)
