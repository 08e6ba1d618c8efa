from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _parse_datetime, _parse_uuid

T = TypeVar("T", bound="ShipmentEvent")


@_attrs_define
class ShipmentEvent:
    """One step of a shipment's timeline (e.g. GOODS_RECEIPT), as expanded by the `events` group."""

    id: UUID
    type_: EventType | str | Unset = UNSET
    """ The event type's identifier, or the EventType with the `events.type` group. """
    date: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_: dict[str, Any] | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, EventType):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if date is not UNSET:
            field_dict["date"] = date
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = _parse_uuid(d.pop("id"))

        _type__data = d.pop("type", UNSET)
        type_: EventType | str | Unset
        if isinstance(_type__data, Unset):
            type_ = _type__data
        else:
            if isinstance(_type__data, dict):
                try:
                    type_type_1 = EventType.from_dict(_type__data)

                    type_ = type_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    type_ = cast(EventType | str | Unset, _type__data)

            else:
                type_ = _type__data

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

        shipment_event = cls(
            id,
            type_,
            date,
            created_at,
        )

        shipment_event.additional_properties = d
        return shipment_event

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


from ..models.event_type import EventType
