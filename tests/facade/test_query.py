"""The query encoder: every operator, both field-name spellings, values, groups, sort, limits and cursors."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from uuid import UUID

import pytest
from onerecord_api.models import ShipmentGroup, SortDirection
from spec_tables import filter_operators, load_spec, page_limit_bounds, sort_directions

from onerecord._query import api_field_name, build_query, encode_datetime

SPEC = load_spec()
LIMIT_MIN, LIMIT_MAX = page_limit_bounds(SPEC)
PARIS = dt.timezone(dt.timedelta(hours=1))


@pytest.mark.parametrize("operator", sorted(filter_operators(SPEC) - {"between"}))
def test_every_comparison_operator(operator: str) -> None:
    assert build_query(filters={"quantityReal": {operator: 10}}) == [(f"filter[quantityReal][{operator}]", "10")]


def test_between_takes_a_pair() -> None:
    assert build_query(filters={"quantityReal": {"between": (10, 20.5)}}) == [
        ("filter[quantityReal][between]", "10,20.5")
    ]
    assert build_query(filters={"quantityReal": {"between": [1, 2]}}) == [("filter[quantityReal][between]", "1,2")]


def test_between_of_datetimes_is_two_utc_instants() -> None:
    start = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)
    end = dt.datetime(2024, 3, 31, 23, 59, 59)
    assert build_query(filters={"created_at": {"between": (start, end)}}) == [
        ("filter[createdAt][between]", "2024-03-01T00:00:00Z,2024-03-31T23:59:59Z")
    ]


@pytest.mark.parametrize("value", ["10,20", 10, (1, 2, 3), (1,), [], {"a": 1}, (None, 3)])
def test_between_refuses_anything_but_a_pair(value: object) -> None:
    with pytest.raises(ValueError, match=r"quantityReal.*between.*pair"):
        build_query(filters={"quantityReal": {"between": value}})


def test_python_and_api_field_names_are_the_same_field() -> None:
    assert build_query(filters={"quantity_real": {"gt": 10}}) == build_query(filters={"quantityReal": {"gt": 10}})
    assert build_query(sort={"created_at": "asc"}) == [("sort[createdAt]", "asc")]
    assert api_field_name("gross_weight_taxable_real") == "grossWeightTaxableReal"
    assert api_field_name("type_") == "type"
    assert api_field_name("code") == "code"


def test_unknown_operator_names_the_field_and_the_operator() -> None:
    with pytest.raises(ValueError, match=r"'quantityReal'.*'like'"):
        build_query(filters={"quantityReal": {"like": 3}})


def test_filter_conditions_must_be_a_mapping_of_operators() -> None:
    with pytest.raises(TypeError, match="code"):
        build_query(filters={"code": "US"})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="code"):
        build_query(filters={"code": {}})
    with pytest.raises(ValueError, match="code"):
        build_query(filters={"code": {"eq": None}})


def test_datetimes_are_sent_in_utc_with_z() -> None:
    aware = dt.datetime(2024, 3, 16, 12, 0, tzinfo=PARIS)
    naive = dt.datetime(2024, 3, 16, 11, 0)
    assert build_query(filters={"createdAt": {"gte": aware}}) == [("filter[createdAt][gte]", "2024-03-16T11:00:00Z")]
    assert build_query(filters={"createdAt": {"lt": naive}}) == [("filter[createdAt][lt]", "2024-03-16T11:00:00Z")]
    assert encode_datetime(dt.datetime(2024, 3, 16, 11, 0, 0, 250000, tzinfo=dt.UTC)) == "2024-03-16T11:00:00.250000Z"


def test_scalar_values() -> None:
    class Colour(enum.Enum):
        RED = "red"

    pairs = build_query(
        filters={
            "isSecure": {"eq": True},
            "isDangerous": {"ne": False},
            "volumeReal": {"lt": 1.5},
            "code": {"eq": Colour.RED},
            "day": {"eq": dt.date(2024, 3, 16)},
            "shipment": {"eq": UUID(int=1)},
        }
    )
    assert pairs == [
        ("filter[isSecure][eq]", "true"),
        ("filter[isDangerous][ne]", "false"),
        ("filter[volumeReal][lt]", "1.5"),
        ("filter[code][eq]", "red"),
        ("filter[day][eq]", "2024-03-16"),
        ("filter[shipment][eq]", "00000000-0000-0000-0000-000000000001"),
    ]


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        (Decimal("10.50"), "10.50"),
        (Decimal("1E+2"), "100"),
        (1e16, "10000000000000000"),
        (1e-05, "0.00001"),
        (0.1, "0.1"),
        (10.0, "10.0"),
    ],
)
def test_numbers_are_sent_without_an_exponent_and_decimals_are_accepted(value: object, sent: str) -> None:
    assert build_query(filters={"grossWeightReal": {"gt": value}}) == [("filter[grossWeightReal][gt]", sent)]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity")])
def test_non_finite_numbers_are_refused(value: float) -> None:
    with pytest.raises(ValueError, match="volumeReal"):
        build_query(filters={"volumeReal": {"gt": value}})


def test_unencodable_value_names_the_field() -> None:
    with pytest.raises(TypeError, match="volumeReal"):
        build_query(filters={"volumeReal": {"gt": object()}})


def test_groups_repeat_and_accept_enums_and_unknown_names() -> None:
    assert build_query(groups=["events", ShipmentGroup.SERVICES_TYPE, "future.group"]) == [
        ("groups[]", "events"),
        ("groups[]", "services.type"),
        ("groups[]", "future.group"),
    ]
    assert build_query(groups="all") == [("groups[]", "all")]  # a lone string is one group, not its letters


@pytest.mark.parametrize("bad", [[1], [""], [None]])
def test_group_names_must_be_non_empty_strings(bad: list[object]) -> None:
    with pytest.raises(TypeError, match="group"):
        build_query(groups=bad)  # type: ignore[arg-type]


def test_sort_keeps_precedence_and_checks_direction() -> None:
    assert build_query(sort={"createdAt": "desc", "quantity_real": SortDirection.ASC}) == [
        ("sort[createdAt]", "desc"),
        ("sort[quantityReal]", "asc"),
    ]
    with pytest.raises(ValueError, match=r"createdAt.*'down'"):
        build_query(sort={"createdAt": "down"})


@pytest.mark.parametrize("limit", [LIMIT_MIN, LIMIT_MAX or 10_000])
def test_limit_bounds_are_accepted(limit: int) -> None:
    assert build_query(limit=limit) == [("page[limit]", str(limit))]


@pytest.mark.parametrize("limit", [LIMIT_MIN - 1, -5, *([LIMIT_MAX + 1] if LIMIT_MAX is not None else [])])
def test_limit_outside_the_specs_bounds_is_refused(limit: int) -> None:
    with pytest.raises(ValueError, match="limit"):
        build_query(limit=limit)


def test_operators_directions_and_bounds_are_the_specs() -> None:
    """The query syntax tables are generated from the spec (``make generate`` → ``onerecord/_spec_facts.py``)."""
    from onerecord import _spec_facts

    assert filter_operators(SPEC) == _spec_facts.FILTER_OPERATORS
    assert sort_directions(SPEC) == _spec_facts.SORT_DIRECTIONS
    assert (_spec_facts.PAGE_LIMIT_MIN, _spec_facts.PAGE_LIMIT_MAX) == (LIMIT_MIN, LIMIT_MAX)


@pytest.mark.parametrize("limit", [True, 5.0, "50"])
def test_limit_must_be_an_int(limit: object) -> None:
    with pytest.raises(TypeError, match="limit"):
        build_query(limit=limit)  # type: ignore[arg-type]


def test_cursor_and_full_order() -> None:
    pairs = build_query(groups=["events"], filters={"code": {"eq": "US"}}, sort={"code": "asc"}, limit=50, cursor="c2")
    assert pairs == [
        ("page[limit]", "50"),
        ("page[cursor]", "c2"),
        ("groups[]", "events"),
        ("filter[code][eq]", "US"),
        ("sort[code]", "asc"),
    ]
    with pytest.raises(ValueError, match="cursor"):
        build_query(cursor="")


def test_filters_and_sort_must_be_mappings() -> None:
    with pytest.raises(TypeError, match="filters"):
        build_query(filters=[("code", "US")])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="sort"):
        build_query(sort=["createdAt"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="field name"):
        build_query(sort={"": "asc"})
