from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _parse_datetime, _parse_uuid

T = TypeVar("T", bound="ShipmentAnomaly")


@_attrs_define
class ShipmentAnomaly:
    """An anomaly recorded by the warehouse on a shipment."""

    id: UUID
    shipment: UUID | Unset = UNSET
    type_: AnomalyType | None | str | Unset = UNSET
    """ Anomaly type code, or the AnomalyType with the `anomalies.type` group. """
    category: AnomalyCategory | str | Unset = UNSET
    """ Anomaly category code, or the AnomalyCategory with the `anomalies.category` group. """
    quantity: float | None | Unset = UNSET
    balance: float | None | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    observation: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        shipment: str | Unset = UNSET
        if not isinstance(self.shipment, Unset):
            shipment = str(self.shipment)

        type_: dict[str, Any] | None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AnomalyType):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        category: dict[str, Any] | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, AnomalyCategory):
            category = self.category.to_dict()
        else:
            category = self.category

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        balance: float | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        observation: None | str | Unset
        if isinstance(self.observation, Unset):
            observation = UNSET
        else:
            observation = self.observation

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if shipment is not UNSET:
            field_dict["shipment"] = shipment
        if type_ is not UNSET:
            field_dict["type"] = type_
        if category is not UNSET:
            field_dict["category"] = category
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if balance is not UNSET:
            field_dict["balance"] = balance
        if date is not UNSET:
            field_dict["date"] = date
        if observation is not UNSET:
            field_dict["observation"] = observation
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = _parse_uuid(d.pop("id"))

        _shipment = d.pop("shipment", UNSET)
        shipment: UUID | Unset
        if isinstance(_shipment, Unset):
            shipment = UNSET
        else:
            shipment = _parse_uuid(_shipment)

        _type__data = d.pop("type", UNSET)
        type_: AnomalyType | None | str | Unset
        if _type__data is None:
            type_ = None
        elif isinstance(_type__data, Unset):
            type_ = _type__data
        else:
            if isinstance(_type__data, dict):
                try:
                    type_type_1 = AnomalyType.from_dict(_type__data)

                    type_ = type_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    type_ = cast(AnomalyType | None | str | Unset, _type__data)

            else:
                type_ = _type__data

        _category_data = d.pop("category", UNSET)
        category: AnomalyCategory | str | Unset
        if isinstance(_category_data, Unset):
            category = _category_data
        else:
            if isinstance(_category_data, dict):
                try:
                    category_type_1 = AnomalyCategory.from_dict(_category_data)

                    category = category_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    category = cast(AnomalyCategory | str | Unset, _category_data)

            else:
                category = _category_data

        quantity: float | None | Unset = d.pop("quantity", UNSET)

        balance: float | None | Unset = d.pop("balance", UNSET)

        _date_data = d.pop("date", UNSET)
        date: datetime.datetime | None | Unset
        if _date_data is None:
            date = None
        elif isinstance(_date_data, Unset):
            date = _date_data
        else:
            if isinstance(_date_data, str):
                try:
                    date_type_0 = _parse_datetime(_date_data)

                    date = date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise ValueError(f"date: {_date_data!r} is not an ISO 8601 date-time")

            else:
                raise ValueError(f"date: {_date_data!r} is not an ISO 8601 date-time")

        observation: None | str | Unset = d.pop("observation", UNSET)

        _created_at_data = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at_data is None:
            created_at = None
        elif isinstance(_created_at_data, Unset):
            created_at = _created_at_data
        else:
            if isinstance(_created_at_data, str):
                try:
                    created_at_type_0 = _parse_datetime(_created_at_data)

                    created_at = created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise ValueError(f"createdAt: {_created_at_data!r} is not an ISO 8601 date-time")

            else:
                raise ValueError(f"createdAt: {_created_at_data!r} is not an ISO 8601 date-time")

        shipment_anomaly = cls(
            id,
            shipment,
            type_,
            category,
            quantity,
            balance,
            date,
            observation,
            created_at,
        )

        shipment_anomaly.additional_properties = d
        return shipment_anomaly

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


from ..models.anomaly_category import AnomalyCategory
from ..models.anomaly_type import AnomalyType
