from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _parse_uuid

T = TypeVar("T", bound="ShipmentServiceCreate")


@_attrs_define
class ShipmentServiceCreate:
    shipment: UUID
    """ The shipment receiving the service. """
    quantity: float | None
    """ Required, but may be null. """
    is_done: bool
    type_: UUID
    """ The service type's identifier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipment = str(self.shipment)

        quantity: float | None
        quantity = self.quantity

        is_done = self.is_done

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shipment": shipment,
                "quantity": quantity,
                "isDone": is_done,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        shipment = _parse_uuid(d.pop("shipment"))

        quantity: float | None = d.pop("quantity")

        is_done = d.pop("isDone")

        type_ = _parse_uuid(d.pop("type"))

        shipment_service_create = cls(
            shipment,
            quantity,
            is_done,
            type_,
        )

        shipment_service_create.additional_properties = d
        return shipment_service_create

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
