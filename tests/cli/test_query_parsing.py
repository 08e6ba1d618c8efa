"""--filter / --sort / --group parsing: typed values, and usage errors that name the culprit."""

from __future__ import annotations

import pytest
import typer

from onerecord.cli._query import parse_filters, parse_groups, parse_sort
from onerecord.cli._schema import query

SHIPMENTS = query("shipment.list_shipments", "Shipment")
SHIPMENT_FILTERS, SHIPMENT_SORTS, SHIPMENT_GROUPS = SHIPMENTS.filters, SHIPMENTS.sorts, SHIPMENTS.groups
COUNTRY_FILTERS = query("country.list_countries", "Country").filters


def test_filters_are_typed_and_merged_per_field() -> None:
    filters = parse_filters(
        ["quantityReal:gt:10", "quantity_real:lte:20.5", "isSecure:eq:TRUE", "departure:eq:CDG"], SHIPMENT_FILTERS
    )
    assert filters == {"quantityReal": {"gt": 10, "lte": 20.5}, "isSecure": {"eq": True}, "departure": {"eq": "CDG"}}


def test_datetime_values_keep_their_colons_and_between_gives_a_pair() -> None:
    filters = parse_filters(
        ["createdAt:gte:2026-11-01T08:00:00Z", "updatedAt:between:2026-11-01,2026-11-30T23:59:59+01:00"],
        SHIPMENT_FILTERS,
    )
    assert filters == {
        "createdAt": {"gte": "2026-11-01T08:00:00Z"},
        "updatedAt": {"between": ("2026-11-01", "2026-11-30T23:59:59+01:00")},
    }


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("quantityReal", "expected FIELD:OP:VALUE"),
        ("colour:eq:red", "unknown field 'colour'"),
        ("departure:gt:CDG", "operator 'gt' not allowed on departure"),
        ("quantityReal:gt:ten", "'ten' is not a number"),
        ("isSecure:eq:maybe", "is not a boolean"),
        ("createdAt:gt:yesterday", "is not an ISO 8601"),
        # Python's fromisoformat takes these; ISO 8601's extended form (and the spec's filter pattern) does not.
        ("createdAt:gt:20261126", "is not an ISO 8601"),
        ("createdAt:gt:2026-11-26 08:00", "is not an ISO 8601"),
        ("createdAt:gt:2026-W48", "is not an ISO 8601"),
        ("createdAt:gt:2026-11-26T08", "is not an ISO 8601"),
        ("createdAt:gt:2026-02-30", "is not an ISO 8601"),  # matches the pattern, but no such day
        ("quantityReal:between:10", "between expects MIN,MAX"),
        ("quantityReal:like:1", "operator 'like' not allowed"),
    ],
)
def test_bad_filters_name_the_filter_and_the_reason(item: str, expected: str) -> None:
    with pytest.raises(typer.BadParameter) as caught:
        parse_filters([item], SHIPMENT_FILTERS)
    message = caught.value.format_message()
    assert "'--filter'" in message
    assert repr(item) in message
    assert expected in message


def test_the_same_condition_twice_is_refused() -> None:
    with pytest.raises(typer.BadParameter, match="given twice"):
        parse_filters(["quantityReal:gt:1", "quantityReal:gt:2"], SHIPMENT_FILTERS)


def test_country_name_accepts_only_eq() -> None:
    assert parse_filters(["name:eq:France"], COUNTRY_FILTERS) == {"name": {"eq": "France"}}
    with pytest.raises(typer.BadParameter, match="operator 'ne' not allowed on name"):
        parse_filters(["name:ne:France"], COUNTRY_FILTERS)


def test_sort_keeps_order_and_reads_the_minus_sign() -> None:
    assert parse_sort(["-createdAt", "order_reference"], SHIPMENT_SORTS) == {
        "createdAt": "desc",
        "orderReference": "asc",
    }


def test_unsortable_field_is_a_usage_error() -> None:
    with pytest.raises(typer.BadParameter, match="cannot sort by 'hawbNumber'") as caught:
        parse_sort(["-hawbNumber"], SHIPMENT_SORTS)
    assert "'--sort'" in caught.value.format_message()


def test_groups_are_checked_and_deduplicated() -> None:
    assert parse_groups(["events", "events.type", "events"], SHIPMENT_GROUPS) == ["events", "events.type"]
    with pytest.raises(typer.BadParameter, match="unknown group"):
        parse_groups(["event"], SHIPMENT_GROUPS)
