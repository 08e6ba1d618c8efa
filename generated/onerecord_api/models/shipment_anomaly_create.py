from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _parse_uuid

T = TypeVar("T", bound="ShipmentAnomalyCreate")


@_attrs_define
class ShipmentAnomalyCreate:
    """Every field is required; several may be null."""

    shipment: UUID
    type_: None | str
    """ Anomaly type code; must belong to `category`. """
    category: str
    """ Anomaly category code. """
    quantity: float | None
    balance: float | None
    date: None | str
    """ When the anomaly was seen: an ISO 8601 date-time (`2024-03-16T11:00:00Z`, `2024-03-16T12:00:00+01:00`,
    `2024-03-16T11:00:00`) or a date alone (`2024-03-16`); no offset means UTC, as the date-handling page says.
     """
    observation: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipment = str(self.shipment)

        type_: None | str
        type_ = self.type_

        category = self.category

        quantity: float | None
        quantity = self.quantity

        balance: float | None
        balance = self.balance

        date: None | str
        date = self.date

        observation: None | str
        observation = self.observation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shipment": shipment,
                "type": type_,
                "category": category,
                "quantity": quantity,
                "balance": balance,
                "date": date,
                "observation": observation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        shipment = _parse_uuid(d.pop("shipment"))

        type_: None | str = d.pop("type")

        category = d.pop("category")

        quantity: float | None = d.pop("quantity")

        balance: float | None = d.pop("balance")

        date: None | str = d.pop("date")

        observation: None | str = d.pop("observation")

        shipment_anomaly_create = cls(
            shipment,
            type_,
            category,
            quantity,
            balance,
            date,
            observation,
        )

        shipment_anomaly_create.additional_properties = d
        return shipment_anomaly_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
