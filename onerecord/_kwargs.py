"""Typed keyword fields of create/update calls: one TypedDict per JSON request body.

Generated from openapi/one-record.yaml by scripts/generate_facade.py (``make generate``); do not edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal, Required, TypedDict
from uuid import UUID

from onerecord_api.models import ShipmentCreateOrderReference

__all__ = [
    "ShipmentAnomalyCreateFields",
    "ShipmentCreateFields",
    "ShipmentServiceCreateFields",
    "ShipmentServiceUpdateFields",
    "ShipmentUpdateFields",
]


class ShipmentAnomalyCreateFields(TypedDict, total=False):
    """Keyword fields of a ShipmentAnomalyCreate body (required ones marked Required)."""

    shipment: Required[UUID | str]
    type_: Required[str | None]
    category: Required[str]
    quantity: Required[float | None]
    balance: Required[float | None]
    date: Required[str | dt.datetime | None]
    observation: Required[str | None]


class ShipmentCreateFields(TypedDict, total=False):
    """Keyword fields of a ShipmentCreate body (required ones marked Required)."""

    order_reference: Required[ShipmentCreateOrderReference | Literal["E-ONERECORD", "I-ONERECORD", "P-ONERECORD"]]
    departure: Required[str]
    departure_country: Required[str]
    arrival: Required[str]
    arrival_country: Required[str]
    quantity_expected: Required[float | None]
    customer_reference: str | None
    quantity_type_expected: str | None
    gross_weight_expected: float | None
    gross_weight_taxable_expected: float | None
    volume_expected: float | None
    mawb_number: str | None
    hawb_number: str | None
    hbl: str | None
    mbl: str | None
    goods_description: str | None
    fly: str | None
    ship: str | None
    is_secure: bool
    is_dangerous: bool
    limit_boarding_time: str | dt.datetime | None
    shipping_reference: str | None
    preparations: Sequence[UUID | str]


class ShipmentServiceCreateFields(TypedDict, total=False):
    """Keyword fields of a ShipmentServiceCreate body (required ones marked Required)."""

    shipment: Required[UUID | str]
    quantity: Required[float | None]
    is_done: Required[bool]
    type_: Required[UUID | str]


class ShipmentServiceUpdateFields(TypedDict, total=False):
    """Keyword fields of a ShipmentServiceUpdate body (all optional, at least one given)."""

    shipment: UUID | str
    quantity: float | None
    is_done: bool
    type_: UUID | str


class ShipmentUpdateFields(TypedDict, total=False):
    """Keyword fields of a ShipmentUpdate body (all optional, at least one given)."""

    order_reference: str | None
    customer_reference: str | None
    departure: str
    departure_country: str
    arrival: str
    arrival_country: str
    quantity_expected: float | None
    quantity_type_expected: str | None
    gross_weight_expected: float | None
    gross_weight_taxable_expected: float | None
    volume_expected: float | None
    quantity_real: float | None
    quantity_type_real: str | None
    gross_weight_real: float | None
    gross_weight_taxable_real: float | None
    volume_real: float | None
    mawb_number: str | None
    hawb_number: str | None
    hbl: str | None
    mbl: str | None
    goods_description: str | None
    fly: str | None
    ship: str | None
    is_secure: bool
    is_dangerous: bool
    limit_boarding_time: str | dt.datetime | None
    shipping_reference: str | None
