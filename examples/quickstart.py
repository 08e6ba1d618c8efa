"""A guided tour of the ``onerecord`` package: ``make demo`` runs it.

Run it with::

    python examples/quickstart.py

With no ``ONERECORD_*`` variable set it starts a local sandbox on a free loopback port (the ``sandbox`` extra:
``pip install 'technema-onerecord[sandbox]'``), with the real API's limit of 5 requests per second, logs in as the
sandbox's ``demo-forwarder`` client, and prints a numbered account of what happens: the token taken, an export
shipment created, moved along its timeline by the warehouse, updated (once refused, once accepted), a filtered listing,
the client's pacing at work, and errors as your code would see them. The sandbox is stopped at the end.

To try it against the real API, set ``ONERECORD_CLIENT_ID`` and ``ONERECORD_CLIENT_SECRET`` (and, if needed,
``ONERECORD_BASE_URL``). The steps only the warehouse can perform are then skipped, and the shipment the tour created
is cancelled at the end so that nothing is left behind.

Everything goes through the public ``onerecord`` API, except the steps marked "sandbox only", which use
``SandboxControl`` to stand in for the warehouse.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Sequence
from uuid import UUID

import httpx
from _connect import Target, api_target  # examples/_connect.py (a script's folder is on sys.path)

from onerecord import (
    APIStatusError,
    NotFoundError,
    OneRecord,
    OneRecordError,
    Shipment,
    ShipmentEvent,
    UnprocessableEntityError,
)
from onerecord.models import ShipmentCreateOrderReference, TokenResponse

TOKEN_PATH = "/authentication/oauth2/token"
PACED_READS = 15


class WireWatch:
    """Watches responses on the HTTP client the facade uses: status counts, and the token's lifetime.

    The facade takes and renews tokens by itself and keeps them private; an httpx response hook is the public way to
    see when that happens. The token value is never kept.
    """

    def __init__(self) -> None:
        self.statuses: Counter[int] = Counter()
        self.token: TokenResponse | None = None

    def on_response(self, response: httpx.Response) -> None:
        self.statuses[response.status_code] += 1
        if response.request.url.path.endswith(TOKEN_PATH) and response.is_success:
            response.read()
            try:
                self.token = TokenResponse.from_dict(response.json())
            except (ValueError, KeyError, TypeError):
                self.token = None  # an odd token answer is the client's business to report, not this watcher's

    def token_summary(self) -> str:
        if self.token is None:
            return "no token seen"
        return f"{self.token.token_type}, expires in {_duration(self.token.expires_in)}"


class Tour:
    """The numbered steps of the tour, each printing what it did and what came back."""

    def __init__(self, client: OneRecord, target: Target, watch: WireWatch) -> None:
        self.client = client
        self.target = target
        self.watch = watch
        self.number = 0

    def step(self, title: str) -> None:
        self.number += 1
        print(f"\n{self.number:>2}. {title}")

    @staticmethod
    def say(text: str = "") -> None:
        print(f"    {text}" if text else "")

    def run(self) -> None:
        self.first_call_and_token()
        shipment_id = self.create_export()
        self.warehouse_handles(shipment_id)
        self.read_back(shipment_id)
        self.refused_update(shipment_id)
        self.allowed_update(shipment_id)
        self.filtered_listing()
        self.pacing(shipment_id)
        self.errors()
        self.clean_up(shipment_id)

    def first_call_and_token(self) -> None:
        self.step("Token: taken by the client on its first call")
        place = self.client.places.get("CDG")
        self.say(f"GET /place/CDG -> {place.code}: {place.name}")
        self.say(f"token: {self.watch.token_summary()} (the token itself is never printed)")

    def create_export(self) -> UUID:
        self.step("Create an export shipment (order reference E-ONERECORD)")
        shipment = self.client.shipments.create(
            order_reference="E-ONERECORD",
            departure="CDG",
            departure_country="FR",
            arrival="NRT",
            arrival_country="JP",
            quantity_expected=3,
            quantity_type_expected="BOX",
            gross_weight_expected=42.0,
            goods_description="Spare parts",
            customer_reference="QS-0001",
        )
        self.say(f"created shipment {_short(shipment.shipment_id)}: {_route(shipment)}, 3 boxes, 42.0 kg expected")
        self.say(f"order reference: {shipment.order_reference} (the placeholder that makes it an export)")
        return shipment.shipment_id

    def warehouse_handles(self, shipment_id: UUID) -> None:
        self.step("The warehouse receives and measures the goods [sandbox only: SandboxControl]")
        sandbox = self.target.sandbox
        if sandbox is None:
            self.say("skipped: only the warehouse records events, and the real API has no way to ask it to")
            return
        sandbox.control.record_event(str(shipment_id), "GOODS_RECEIPT")
        self.say("GOODS_RECEIPT recorded")
        sandbox.control.record_event(str(shipment_id), "MEASUREMENT", quantityReal=3, grossWeightReal=41.5)
        self.say("MEASUREMENT recorded: 3 pieces, 41.5 kg")

    def read_back(self, shipment_id: UUID) -> None:
        self.step("Read it back with groups=['events.type'] (events as objects with their type's name)")
        shipment = self.client.shipments.get(shipment_id, groups=["events.type"])
        self.say(f"order reference: {shipment.order_reference}" + _reassigned_note(shipment))
        self.say(f"timeline: {' -> '.join(_event_names(shipment))}")
        if isinstance(shipment.quantity_real, float) and isinstance(shipment.gross_weight_real, float):
            self.say(f"measured: {shipment.quantity_real:g} pieces, {shipment.gross_weight_real:g} kg")

    def refused_update(self, shipment_id: UUID) -> None:
        self.step("Update a field the warehouse now owns: refused")
        if self.target.sandbox is None:
            self.say("skipped: the shipment was not handled by a warehouse (previous step), so the update would pass")
            return
        try:
            self.client.shipments.update(shipment_id, quantity_expected=4)
        except APIStatusError as error:
            _show_error(error)
        else:
            raise RuntimeError("the update of quantityExpected was accepted; the tour expected a refusal")

    def allowed_update(self, shipment_id: UUID) -> None:
        self.step("Update the customer reference: still allowed")
        shipment = self.client.shipments.update(shipment_id, customer_reference="QS-0002")
        self.say(f"customer reference: QS-0001 -> {shipment.customer_reference}")

    def filtered_listing(self) -> None:
        self.step("List shipments with filters, sort and groups")
        filters: dict[str, dict[str, object]] = {"departure": {"eq": "CDG"}, "quantityExpected": {"gte": 10}}
        self.say("filters={departure: eq CDG, quantityExpected: gte 10}, sort={createdAt: desc}, groups=[events.type]")
        pager = self.client.shipments.list(
            filters=filters, sort={"createdAt": "desc"}, groups=["events.type"], limit=5, max_items=5
        )
        self.say(f"{'id':<10} {'order ref':<12} {'route':<11} {'qty':>4}  latest event")
        for shipment in pager:
            quantity = f"{shipment.quantity_expected:g}" if isinstance(shipment.quantity_expected, float) else "-"
            self.say(
                f"{_short(shipment.shipment_id):<10} {shipment.order_reference or '-':<12} {_route(shipment):<11} "
                f"{quantity:>4}  {_latest_event(shipment)}"
            )

    def pacing(self, shipment_id: UUID) -> None:
        self.step(f"Pacing: {PACED_READS} reads as fast as the code can ask")
        refused_before = self.watch.statuses[429]
        started = time.monotonic()
        for _ in range(PACED_READS):
            self.client.shipments.get(shipment_id)
        elapsed = time.monotonic() - started
        refused = self.watch.statuses[429] - refused_before
        self.say(f"{PACED_READS} reads took {elapsed:.1f} s; answered 429 (too many requests): {refused}")
        self.say(f"the client spaces its requests to stay under rate_limit={self.client.rate_limit:g}/s: none refused")

    def errors(self) -> None:
        self.step("Errors as your code sees them")
        try:
            self.client.shipments.get("00000000-0000-4000-8000-000000000000")
        except NotFoundError as error:
            _show_error(error)
        self.say()
        try:
            self.client.shipments.create(
                order_reference="E-ONERECORD",
                departure="CDG",
                departure_country="FR",
                arrival="NRT",
                arrival_country="ZZ",
                quantity_expected=-3,
            )
        except UnprocessableEntityError as error:
            _show_error(error)

    def clean_up(self, shipment_id: UUID) -> None:
        if self.target.sandbox is not None:
            return  # the sandbox and everything in it goes away when it stops
        self.step("Cancel the tour's shipment, so nothing is left behind on the real API")
        self.client.shipments.delete(shipment_id)
        self.say(f"shipment {_short(shipment_id)} cancelled")


def _show_error(error: APIStatusError) -> None:
    """What a caller has on the exception: its class, status, the server's message and the refused fields."""
    Tour.say(f"{type(error).__name__}: status {error.status_code}, message: {error.message}")
    for field_error in sorted(error.errors, key=lambda e: e.field or ""):  # sorted: same output every run
        Tour.say(f"  - {field_error.field}: {field_error.code} ({field_error.message})")


def _short(shipment_id: UUID) -> str:
    return str(shipment_id)[:8]


def _place_code(value: object) -> str:
    code = getattr(value, "code", value)
    return code if isinstance(code, str) else "?"


def _route(shipment: Shipment) -> str:
    return f"{_place_code(shipment.departure)} -> {_place_code(shipment.arrival)}"


def _event_names(shipment: Shipment) -> list[str]:
    """Event type names when the ``events.type`` group expanded them, else how many events there are."""
    events = shipment.events if isinstance(shipment.events, list) else []
    names: list[str] = []
    for event in events:
        if isinstance(event, ShipmentEvent):
            type_name = getattr(event.type_, "name", event.type_)
            names.append(type_name if isinstance(type_name, str) else "?")
        else:
            names.append("?")
    return names


def _latest_event(shipment: Shipment) -> str:
    names = _event_names(shipment)
    return names[-1] if names else "-"


def _reassigned_note(shipment: Shipment) -> str:
    if shipment.order_reference in {placeholder.value for placeholder in ShipmentCreateOrderReference}:
        return " (still the placeholder: no warehouse has handled it)"
    return " (was E-ONERECORD: the warehouse gave it its own reference on GOODS_RECEIPT)"


def _status_counts(statuses: Counter[int]) -> str:
    counts = ", ".join(f"{status} x{count}" for status, count in sorted(statuses.items()))
    return counts + ("" if statuses[429] else "; no 429")


def _duration(seconds: int) -> str:
    minutes, secs = divmod(max(seconds, 0), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s"


def main(argv: Sequence[str] | None = None, *, http_client: httpx.Client | None = None) -> int:
    """Exit code 0 when every step went as described, 1 when the API answered something unexpected.

    ``http_client`` is for tests (e.g. one with an in-process transport); it is left open.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.parse_args(argv)
    watch = WireWatch()
    http = http_client or httpx.Client()
    http.event_hooks["response"].append(watch.on_response)
    try:
        with api_target(seed="demo", rate_limit=5.0) as target:
            print(f"One Record quickstart, against {target.describe()}")
            with OneRecord(
                client_id=target.client_id,
                client_secret=target.client_secret,
                base_url=target.base_url,
                http_client=http,
            ) as client:
                Tour(client, target, watch).run()
    except OneRecordError as error:
        print(f"\nThe tour stopped: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        if http_client is None:
            http.close()
    print(f"\nHTTP answers seen on the wire: {_status_counts(watch.statuses)}")
    if target.is_sandbox:
        print("Done. Every step but the sandbox-only one used the public onerecord API; the sandbox is stopped.")
    else:
        print("Done. Every step used the public onerecord API.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
