"""The state machine as pure functions: timelines, handling, updatable fields."""

from __future__ import annotations

import pytest

from onerecord.sandbox import rules


@pytest.mark.parametrize(
    ("kind", "secure"), [("export", False), ("export", True), ("import", False), ("delivery_order", False)]
)
def test_every_usual_timeline_is_walkable(kind: rules.Kind, secure: bool) -> None:
    path = rules.timeline(kind, secure)
    for i in range(1, len(path)):
        assert path[i] in rules.next_events(kind, path[:i], secure), path[: i + 1]
    assert rules.next_events(kind, path, secure) == frozenset()
    assert rules.is_archived(path)


def test_export_needs_security_unless_already_secure() -> None:
    history = ["ORDER", "GOODS_RECEIPT", "MEASUREMENT", "STORAGE"]
    assert rules.next_events("export", history) == {"SECURITY"}
    assert rules.next_events("export", history, is_secure=True) == {"DELIVERY_PREPARATION"}


@pytest.mark.parametrize(
    ("kind", "history", "handled", "deletable"),
    [
        ("export", ["ORDER"], False, True),
        ("export", ["ORDER", "PICKUP"], False, False),  # editable until GOODS_RECEIPT, not cancellable
        ("export", ["ORDER", "GOODS_RECEIPT"], True, False),
        ("import", ["ORDER", "PICKUP"], True, False),
        ("import", ["ORDER", "GOODS_RECEIPT"], True, False),
        ("delivery_order", ["DELIVERY_ORDER"], False, True),
        ("delivery_order", ["DELIVERY_ORDER", "DELIVERY_PREPARATION"], True, False),
    ],
)
def test_handling_and_cancellation_windows_per_kind(
    kind: rules.Kind, history: list[str], handled: bool, deletable: bool
) -> None:
    assert rules.is_handled(kind, history) is handled
    assert rules.can_delete(kind, history) is deletable


def test_updatable_fields_by_phase() -> None:
    assert "departure" in rules.updatable_fields("export", ["ORDER"])
    assert rules.updatable_fields("export", ["ORDER", "GOODS_RECEIPT"]) == {
        "customerReference",
        "mawbNumber",
        "hawbNumber",
    }
    assert rules.updatable_fields("import", ["ORDER", "GOODS_RECEIPT"]) == {"customerReference"}
    later = ["ORDER", "GOODS_RECEIPT", "MEASUREMENT", "SECURITY", "STORAGE", "DELIVERY_PREPARATION"]
    assert rules.updatable_fields("export", later) == {"customerReference"}
    assert rules.updatable_fields("export", [*later, "DELIVERY_COMPANY"]) == frozenset()


@pytest.mark.parametrize("latest", sorted(rules.SERVICE_EVENTS))
def test_services_open_on_listed_events(latest: str) -> None:
    assert rules.services_open("export", ["ORDER", latest])


@pytest.mark.parametrize("latest", ["SCORED", "DELIVERY_ORDER", "DELIVERY_PREPARATION", "DELIVERY_COMPANY"])
def test_services_closed_on_other_events(latest: str) -> None:
    assert not rules.services_open("export", ["ORDER", latest])


def test_export_services_stay_closed_after_a_rejected_delivery_preparation() -> None:
    rejected = ["ORDER", "GOODS_RECEIPT", "MEASUREMENT", "SECURITY", "STORAGE", "DELIVERY_PREPARATION"]
    rejected += ["DELIVERY_REJECTED", "STORAGE"]
    assert not rules.services_open("export", rejected)
    assert rules.services_open("export", rejected[:5])


def test_warehouse_reference_format() -> None:
    assert rules.warehouse_reference("export", 2026, 123) == "E26000123"
    assert rules.warehouse_reference("delivery_order", 2024, 1234) == "P24001234"
