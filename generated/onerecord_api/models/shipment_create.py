from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_create_order_reference import ShipmentCreateOrderReference
from ..types import UNSET, Unset, _parse_uuid

T = TypeVar("T", bound="ShipmentCreate")


@_attrs_define
class ShipmentCreate:
    """Body of a shipment creation. Weights in kg, volumes in m³."""

    order_reference: ShipmentCreateOrderReference
    """ The kind of shipment: export, import, or export delivery order. """
    departure: str
    """ Place code, e.g. `CDG`. """
    departure_country: str
    """ ISO 3166-1 alpha-2 country code, e.g. `FR`. """
    arrival: str
    """ Place code, e.g. `NRT`. """
    arrival_country: str
    """ ISO 3166-1 alpha-2 country code, e.g. `FR`. """
    quantity_expected: float | None
    customer_reference: None | str | Unset = UNSET
    quantity_type_expected: None | str | Unset = UNSET
    gross_weight_expected: float | None | Unset = UNSET
    gross_weight_taxable_expected: float | None | Unset = UNSET
    volume_expected: float | None | Unset = UNSET
    mawb_number: None | str | Unset = UNSET
    hawb_number: None | str | Unset = UNSET
    hbl: None | str | Unset = UNSET
    mbl: None | str | Unset = UNSET
    goods_description: None | str | Unset = UNSET
    """ The nature of the goods. """
    fly: None | str | Unset = UNSET
    ship: None | str | Unset = UNSET
    is_secure: bool | Unset = UNSET
    """ Server default false. """
    is_dangerous: bool | Unset = UNSET
    """ Server default false. """
    limit_boarding_time: None | str | Unset = UNSET
    """ ISO 8601 date-time (typed as plain text by the docs). """
    shipping_reference: None | str | Unset = UNSET
    preparations: list[UUID] | Unset = UNSET
    """ For an export delivery order, the shipments it delivers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_reference = self.order_reference.value

        departure = self.departure

        departure_country = self.departure_country

        arrival = self.arrival

        arrival_country = self.arrival_country

        quantity_expected: float | None
        quantity_expected = self.quantity_expected

        customer_reference: None | str | Unset
        if isinstance(self.customer_reference, Unset):
            customer_reference = UNSET
        else:
            customer_reference = self.customer_reference

        quantity_type_expected: None | str | Unset
        if isinstance(self.quantity_type_expected, Unset):
            quantity_type_expected = UNSET
        else:
            quantity_type_expected = self.quantity_type_expected

        gross_weight_expected: float | None | Unset
        if isinstance(self.gross_weight_expected, Unset):
            gross_weight_expected = UNSET
        else:
            gross_weight_expected = self.gross_weight_expected

        gross_weight_taxable_expected: float | None | Unset
        if isinstance(self.gross_weight_taxable_expected, Unset):
            gross_weight_taxable_expected = UNSET
        else:
            gross_weight_taxable_expected = self.gross_weight_taxable_expected

        volume_expected: float | None | Unset
        if isinstance(self.volume_expected, Unset):
            volume_expected = UNSET
        else:
            volume_expected = self.volume_expected

        mawb_number: None | str | Unset
        if isinstance(self.mawb_number, Unset):
            mawb_number = UNSET
        else:
            mawb_number = self.mawb_number

        hawb_number: None | str | Unset
        if isinstance(self.hawb_number, Unset):
            hawb_number = UNSET
        else:
            hawb_number = self.hawb_number

        hbl: None | str | Unset
        if isinstance(self.hbl, Unset):
            hbl = UNSET
        else:
            hbl = self.hbl

        mbl: None | str | Unset
        if isinstance(self.mbl, Unset):
            mbl = UNSET
        else:
            mbl = self.mbl

        goods_description: None | str | Unset
        if isinstance(self.goods_description, Unset):
            goods_description = UNSET
        else:
            goods_description = self.goods_description

        fly: None | str | Unset
        if isinstance(self.fly, Unset):
            fly = UNSET
        else:
            fly = self.fly

        ship: None | str | Unset
        if isinstance(self.ship, Unset):
            ship = UNSET
        else:
            ship = self.ship

        is_secure = self.is_secure

        is_dangerous = self.is_dangerous

        limit_boarding_time: None | str | Unset
        if isinstance(self.limit_boarding_time, Unset):
            limit_boarding_time = UNSET
        else:
            limit_boarding_time = self.limit_boarding_time

        shipping_reference: None | str | Unset
        if isinstance(self.shipping_reference, Unset):
            shipping_reference = UNSET
        else:
            shipping_reference = self.shipping_reference

        preparations: list[str] | Unset = UNSET
        if not isinstance(self.preparations, Unset):
            preparations = []
            for preparations_item_data in self.preparations:
                preparations_item = str(preparations_item_data)
                preparations.append(preparations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderReference": order_reference,
                "departure": departure,
                "departureCountry": departure_country,
                "arrival": arrival,
                "arrivalCountry": arrival_country,
                "quantityExpected": quantity_expected,
            }
        )
        if customer_reference is not UNSET:
            field_dict["customerReference"] = customer_reference
        if quantity_type_expected is not UNSET:
            field_dict["quantityTypeExpected"] = quantity_type_expected
        if gross_weight_expected is not UNSET:
            field_dict["grossWeightExpected"] = gross_weight_expected
        if gross_weight_taxable_expected is not UNSET:
            field_dict["grossWeightTaxableExpected"] = gross_weight_taxable_expected
        if volume_expected is not UNSET:
            field_dict["volumeExpected"] = volume_expected
        if mawb_number is not UNSET:
            field_dict["mawbNumber"] = mawb_number
        if hawb_number is not UNSET:
            field_dict["hawbNumber"] = hawb_number
        if hbl is not UNSET:
            field_dict["hbl"] = hbl
        if mbl is not UNSET:
            field_dict["mbl"] = mbl
        if goods_description is not UNSET:
            field_dict["goodsDescription"] = goods_description
        if fly is not UNSET:
            field_dict["fly"] = fly
        if ship is not UNSET:
            field_dict["ship"] = ship
        if is_secure is not UNSET:
            field_dict["isSecure"] = is_secure
        if is_dangerous is not UNSET:
            field_dict["isDangerous"] = is_dangerous
        if limit_boarding_time is not UNSET:
            field_dict["limitBoardingTime"] = limit_boarding_time
        if shipping_reference is not UNSET:
            field_dict["shippingReference"] = shipping_reference
        if preparations is not UNSET:
            field_dict["preparations"] = preparations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_reference = ShipmentCreateOrderReference(d.pop("orderReference"))

        departure = d.pop("departure")

        departure_country = d.pop("departureCountry")

        arrival = d.pop("arrival")

        arrival_country = d.pop("arrivalCountry")

        quantity_expected: float | None = d.pop("quantityExpected")

        customer_reference: None | str | Unset = d.pop("customerReference", UNSET)

        quantity_type_expected: None | str | Unset = d.pop("quantityTypeExpected", UNSET)

        gross_weight_expected: float | None | Unset = d.pop("grossWeightExpected", UNSET)

        gross_weight_taxable_expected: float | None | Unset = d.pop("grossWeightTaxableExpected", UNSET)

        volume_expected: float | None | Unset = d.pop("volumeExpected", UNSET)

        mawb_number: None | str | Unset = d.pop("mawbNumber", UNSET)

        hawb_number: None | str | Unset = d.pop("hawbNumber", UNSET)

        hbl: None | str | Unset = d.pop("hbl", UNSET)

        mbl: None | str | Unset = d.pop("mbl", UNSET)

        goods_description: None | str | Unset = d.pop("goodsDescription", UNSET)

        fly: None | str | Unset = d.pop("fly", UNSET)

        ship: None | str | Unset = d.pop("ship", UNSET)

        is_secure = d.pop("isSecure", UNSET)

        is_dangerous = d.pop("isDangerous", UNSET)

        limit_boarding_time: None | str | Unset = d.pop("limitBoardingTime", UNSET)

        shipping_reference: None | str | Unset = d.pop("shippingReference", UNSET)

        _preparations = d.pop("preparations", UNSET)
        preparations: list[UUID] | Unset = UNSET
        if _preparations is not UNSET:
            preparations = []
            for preparations_item_data in _preparations:
                preparations_item = _parse_uuid(preparations_item_data)

                preparations.append(preparations_item)

        shipment_create = cls(
            order_reference,
            departure,
            departure_country,
            arrival,
            arrival_country,
            quantity_expected,
            customer_reference,
            quantity_type_expected,
            gross_weight_expected,
            gross_weight_taxable_expected,
            volume_expected,
            mawb_number,
            hawb_number,
            hbl,
            mbl,
            goods_description,
            fly,
            ship,
            is_secure,
            is_dangerous,
            limit_boarding_time,
            shipping_reference,
            preparations,
        )

        shipment_create.additional_properties = d
        return shipment_create

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
