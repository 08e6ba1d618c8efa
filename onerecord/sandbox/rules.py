"""The shipment state machine of REFERENCE.md b.4-b.10 and c.7, as pure functions of a shipment's events.

A shipment's kind comes from the order reference it was created with (``E-``, ``I-`` or ``P-ONERECORD``). Its
history is the list of event type names recorded so far, oldest first; the latest one is its state.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from .fields import WRITABLE

Kind = Literal["export", "import", "delivery_order"]

PLACEHOLDERS: dict[str, Kind] = {
    "E-ONERECORD": "export",
    "I-ONERECORD": "import",
    "P-ONERECORD": "delivery_order",
}
REFERENCE_LETTER: dict[Kind, str] = {"export": "E", "import": "I", "delivery_order": "P"}
FIRST_EVENT: dict[Kind, str] = {"export": "ORDER", "import": "ORDER", "delivery_order": "DELIVERY_ORDER"}

# Events from which the warehouse "handles" the shipment (REFERENCE.md b.5): updates narrow and the order reference
# becomes the warehouse's. An export is handled from GOODS_RECEIPT, an import from PICKUP or GOODS_RECEIPT,
# whichever comes first, a delivery order from DELIVERY_PREPARATION.
HANDLING_EVENTS: dict[Kind, frozenset[str]] = {
    "export": frozenset({"GOODS_RECEIPT"}),
    "import": frozenset({"PICKUP", "GOODS_RECEIPT"}),
    "delivery_order": frozenset({"DELIVERY_PREPARATION"}),
}
# Events that end the cancellation window (REFERENCE.md b.6): PICKUP or GOODS_RECEIPT for exports and imports alike.
CANCELLATION_ENDS: dict[Kind, frozenset[str]] = {
    "export": frozenset({"PICKUP", "GOODS_RECEIPT"}),
    "import": frozenset({"PICKUP", "GOODS_RECEIPT"}),
    "delivery_order": frozenset({"DELIVERY_PREPARATION"}),
}
FINAL_EVENTS = frozenset({"DELIVERY_COMPANY", "DELIVERY"})
# Latest events under which services may be created, changed or removed (REFERENCE.md a.5).
SERVICE_EVENTS = frozenset({"ORDER", "PICKUP", "GOODS_RECEIPT", "MEASUREMENT", "SECURITY", "STORAGE"})
# Export shipments keep their air waybill numbers editable until DELIVERY_PREPARATION.
AIR_WAYBILL_FIELDS = frozenset({"mawbNumber", "hawbNumber"})


def kind_of_reference(order_reference: str) -> Kind | None:
    return PLACEHOLDERS.get(order_reference)


def kind_of_new(order_reference: str) -> Kind:
    """The timeline a new shipment follows. A placeholder the spec lists but the sandbox has no timeline for (the
    vendor added a kind) follows the export one, so that a spec change never turns a valid creation into an error."""
    return PLACEHOLDERS.get(order_reference, "export")


def is_handled(kind: Kind, history: Sequence[str]) -> bool:
    """The warehouse has handled the shipment: most updates are over and the order reference is its own."""
    return any(event in HANDLING_EVENTS[kind] for event in history)


def is_archived(history: Sequence[str]) -> bool:
    """Delivered shipments are archived and read-only."""
    return bool(history) and history[-1] in FINAL_EVENTS


def next_events(kind: Kind, history: Sequence[str], is_secure: bool = False) -> frozenset[str]:
    """Event types that may be recorded next, given what happened so far."""
    latest = history[-1]
    seen = set(history)
    if kind == "delivery_order":
        table = {
            "DELIVERY_ORDER": {"DELIVERY_PREPARATION"},
            "DELIVERY_PREPARATION": {"DELIVERY_REJECTED", "DELIVERY_COMPANY"},
            "DELIVERY_REJECTED": {"DELIVERY_PREPARATION"},
        }
        return frozenset(table.get(latest, set()))
    if kind == "import":
        table = {
            "ORDER": {"PICKUP", "GOODS_RECEIPT"},
            "PICKUP": {"GOODS_RECEIPT"},
            "GOODS_RECEIPT": {"SCORED"},
            "SCORED": {"STORAGE"},
            "STORAGE": {"DELIVERY_COMPANY", "DELIVERY"},
        }
        return frozenset(table.get(latest, set()))
    secured = is_secure or "SECURITY" in seen
    table = {
        "ORDER": {"PICKUP", "GOODS_RECEIPT"},
        "PICKUP": {"GOODS_RECEIPT"},
        "GOODS_RECEIPT": {"MEASUREMENT"},
        "MEASUREMENT": {"SECURITY", "STORAGE"},
        "SECURITY": {"DELIVERY_PREPARATION"} if "STORAGE" in seen else {"STORAGE"},
        "STORAGE": {"DELIVERY_PREPARATION"} if secured else {"SECURITY"},
        "DELIVERY_PREPARATION": {"DELIVERY_REJECTED", "DELIVERY_COMPANY"},
        "DELIVERY_REJECTED": {"STORAGE"},
    }
    return frozenset(table.get(latest, set()))


def timeline(kind: Kind, is_secure: bool = False) -> list[str]:
    """The usual full path of a shipment of this kind, first event to delivery (used by seeding and ``advance``)."""
    if kind == "delivery_order":
        return ["DELIVERY_ORDER", "DELIVERY_PREPARATION", "DELIVERY_COMPANY"]
    if kind == "import":
        return ["ORDER", "GOODS_RECEIPT", "SCORED", "STORAGE", "DELIVERY_COMPANY"]
    steps = ["ORDER", "GOODS_RECEIPT", "MEASUREMENT"]
    steps += ["STORAGE"] if is_secure else ["SECURITY", "STORAGE"]
    return [*steps, "DELIVERY_PREPARATION", "DELIVERY_COMPANY"]


def updatable_fields(kind: Kind, history: Sequence[str]) -> frozenset[str]:
    """Fields a PUT may change now (REFERENCE.md b.5).

    Everything until the warehouse handles the shipment; then the air waybill numbers of an export shipment until
    DELIVERY_PREPARATION, and the customer reference until delivery; nothing once archived. The order reference is
    the warehouse's once handled, so it leaves the set then.
    """
    if is_archived(history):
        return frozenset()
    if not is_handled(kind, history):
        return WRITABLE
    allowed = {"customerReference"}
    if kind == "export" and "DELIVERY_PREPARATION" not in history:
        allowed |= AIR_WAYBILL_FIELDS
    return frozenset(allowed)


def can_delete(kind: Kind, history: Sequence[str]) -> bool:
    """A shipment may be cancelled until PICKUP or GOODS_RECEIPT, a delivery order until DELIVERY_PREPARATION.

    For an export this is stricter than the update window (REFERENCE.md b.6 against b.5): once picked up, the
    goods are on their way and the order can no longer be cancelled, but its data can be corrected until the
    warehouse receives them.
    """
    return not any(event in CANCELLATION_ENDS[kind] for event in history)


def services_open(kind: Kind, history: Sequence[str]) -> bool:
    """Services may be created, changed or removed while the latest event is one of SERVICE_EVENTS.

    For an export shipment DELIVERY_PREPARATION is the last moment (REFERENCE.md b.5): a rejected delivery that
    goes back to STORAGE does not reopen them, just as it does not unlock the air waybill numbers.
    """
    if kind == "export" and "DELIVERY_PREPARATION" in history:
        return False
    return bool(history) and history[-1] in SERVICE_EVENTS


def warehouse_reference(kind: Kind, year: int, number: int) -> str:
    """The warehouse's own order reference, e.g. ``E26000123``: kind letter, two-digit year, six-digit counter."""
    return f"{REFERENCE_LETTER[kind]}{year % 100:02d}{number:06d}"
