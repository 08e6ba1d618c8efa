from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _parse_datetime, _parse_uuid

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
    date: datetime.datetime | None
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
        if isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
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

        _date_data = d.pop("date")
        date: datetime.datetime | None
        if _date_data is None:
            date = None
        else:
            if isinstance(_date_data, str):
                try:
                    date_type_0 = _parse_datetime(_date_data)

                    date = date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise ValueError(f"date: {_date_data!r} is not an ISO 8601 date-time")

            else:
                raise ValueError(f"date: {_date_data!r} is not an ISO 8601 date-time")

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
