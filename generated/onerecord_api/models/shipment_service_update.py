from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _parse_uuid

T = TypeVar("T", bound="ShipmentServiceUpdate")


@_attrs_define
class ShipmentServiceUpdate:
    """Partial update; send only the fields to change."""

    shipment: UUID | Unset = UNSET
    quantity: float | None | Unset = UNSET
    is_done: bool | Unset = UNSET
    type_: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipment: str | Unset = UNSET
        if not isinstance(self.shipment, Unset):
            shipment = str(self.shipment)

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        is_done = self.is_done

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipment is not UNSET:
            field_dict["shipment"] = shipment
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if is_done is not UNSET:
            field_dict["isDone"] = is_done
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _shipment = d.pop("shipment", UNSET)
        shipment: UUID | Unset
        if isinstance(_shipment, Unset):
            shipment = UNSET
        else:
            shipment = _parse_uuid(_shipment)

        quantity: float | None | Unset = d.pop("quantity", UNSET)

        is_done = d.pop("isDone", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: UUID | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _parse_uuid(_type_)

        shipment_service_update = cls(
            shipment,
            quantity,
            is_done,
            type_,
        )

        shipment_service_update.additional_properties = d
        return shipment_service_update

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
