"""The Python vocabulary follows the Turtle: generated modules are current, enums match notations."""
from __future__ import annotations

import pytest

from thidua.loaders import facts
from thidua.ontology import generate, notations
from thidua.ontology.vocab import ID, PREFIXES, TDKT


def test_generated_modules_are_up_to_date() -> None:
    stale = generate.generate(check=True)
    assert stale == [], f"run `python -m thidua.ontology.generate`: {stale} differ from the Turtle"


def test_closed_namespace_refuses_undefined_terms() -> None:
    with pytest.raises(AttributeError):
        TDKT.KhoiTruong  # noqa: B018 - a misspelt term must fail loudly


@pytest.mark.parametrize("scheme, values", [
    (TDKT.EventTypeScheme, facts.EVENT_TYPES),
    (TDKT.AwardStatusScheme, facts.STATUSES),
    (TDKT.RecipientKindScheme, facts.RECIPIENT_KINDS),
    (TDKT.YearBasisScheme, facts.YEAR_BASES),
])
def test_facts_vocabularies_are_the_ontology_notations(scheme, values) -> None:
    assert set(notations(scheme)) == set(values)


def test_facts_roles_are_the_leadership_roles_of_the_ontology() -> None:
    assert set(notations(TDKT.BlocRoleScheme)) == set(facts.ROLES) | {"member"}


def test_data_prefixes_live_under_the_id_space() -> None:
    assert PREFIXES["body"] == f"{ID}body/"
    assert PREFIXES["tdkt"] == str(TDKT._NS)
