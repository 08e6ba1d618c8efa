from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _parse_datetime, _parse_uuid

T = TypeVar("T", bound="ShipmentService")


@_attrs_define
class ShipmentService:
    """A service attached to a shipment."""

    id: UUID
    shipment: UUID | Unset = UNSET
    quantity: float | None | Unset = UNSET
    is_done: bool | Unset = UNSET
    type_: ServiceType | str | Unset = UNSET
    """ The service type's identifier, or the ServiceType with the `services.type` group. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        shipment: str | Unset = UNSET
        if not isinstance(self.shipment, Unset):
            shipment = str(self.shipment)

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        is_done = self.is_done

        type_: dict[str, Any] | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ServiceType):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if shipment is not UNSET:
            field_dict["shipment"] = shipment
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if is_done is not UNSET:
            field_dict["isDone"] = is_done
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

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

        quantity: float | None | Unset = d.pop("quantity", UNSET)

        is_done = d.pop("isDone", UNSET)

        _type__data = d.pop("type", UNSET)
        type_: ServiceType | str | Unset
        if isinstance(_type__data, Unset):
            type_ = _type__data
        else:
            if isinstance(_type__data, dict):
                try:
                    type_type_1 = ServiceType.from_dict(_type__data)

                    type_ = type_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    type_ = cast(ServiceType | str | Unset, _type__data)

            else:
                type_ = _type__data

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

        _updated_at_data = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at_data is None:
            updated_at = None
        elif isinstance(_updated_at_data, Unset):
            updated_at = _updated_at_data
        else:
            if isinstance(_updated_at_data, str):
                try:
                    updated_at_type_0 = _parse_datetime(_updated_at_data)

                    updated_at = updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise ValueError(f"updatedAt: {_updated_at_data!r} is not an ISO 8601 date-time")

            else:
                raise ValueError(f"updatedAt: {_updated_at_data!r} is not an ISO 8601 date-time")

        shipment_service = cls(
            id,
            shipment,
            quantity,
            is_done,
            type_,
            created_at,
            updated_at,
        )

        shipment_service.additional_properties = d
        return shipment_service

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


from ..models.service_type import ServiceType
