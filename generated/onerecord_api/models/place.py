from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Place")


@_attrs_define
class Place:
    """An airport or other place, identified by its code."""

    code: str
    """ e.g. `CDG`. """
    name: None | str | Unset = UNSET
    country: Country | str | Unset = UNSET
    """ Country code, or the Country with the `country` group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        country: dict[str, Any] | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, Country):
            country = self.country.to_dict()
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        name: None | str | Unset = d.pop("name", UNSET)

        _country_data = d.pop("country", UNSET)
        country: Country | str | Unset
        if isinstance(_country_data, Unset):
            country = _country_data
        else:
            if isinstance(_country_data, dict):
                try:
                    country_type_1 = Country.from_dict(_country_data)

                    country = country_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    country = cast(Country | str | Unset, _country_data)

            else:
                country = _country_data

        place = cls(
            code,
            name,
            country,
        )

        place.additional_properties = d
        return place

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


from ..models.country import Country
