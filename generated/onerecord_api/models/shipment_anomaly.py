from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anomaly_category import AnomalyCategory
    from ..models.anomaly_type import AnomalyType


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
        from ..models.anomaly_category import AnomalyCategory
        from ..models.anomaly_type import AnomalyType

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
        from ..models.anomaly_category import AnomalyCategory
        from ..models.anomaly_type import AnomalyType

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        _shipment = d.pop("shipment", UNSET)
        shipment: UUID | Unset
        if isinstance(_shipment, Unset):
            shipment = UNSET
        else:
            shipment = UUID(_shipment)

        def _parse_type_(data: object) -> AnomalyType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_1 = AnomalyType.from_dict(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnomalyType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_category(data: object) -> AnomalyCategory | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_1 = AnomalyCategory.from_dict(data)

                return category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnomalyCategory | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.datetime.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_observation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        observation = _parse_observation(d.pop("observation", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        shipment_anomaly = cls(
            id=id,
            shipment=shipment,
            type_=type_,
            category=category,
            quantity=quantity,
            balance=balance,
            date=date,
            observation=observation,
            created_at=created_at,
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
