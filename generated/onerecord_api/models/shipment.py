from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _parse_datetime, _parse_uuid

T = TypeVar("T", bound="Shipment")


@_attrs_define
class Shipment:
    """A shipment as the API returns it. Relations (`events`, `services`, ...) are lists of identifiers; the group of
    the same name turns them into objects, and dotted groups (`events.type`) expand one level deeper.
    Only the identifier is required so that a leaner answer from the server still reads.

    """

    shipment_id: UUID
    departure: Place | str | Unset = UNSET
    """ Place code of the departure (e.g. `CDG`), or the Place with the `departure` group. """
    departure_country: Country | str | Unset = UNSET
    """ Country code of the departure, or the Country with the `departureCountry` group. """
    arrival: Place | str | Unset = UNSET
    """ Place code of the destination, or the Place with the `arrival` group. """
    arrival_country: Country | str | Unset = UNSET
    """ Country code of the destination, or the Country with the `arrivalCountry` group. """
    order_reference: None | str | Unset = UNSET
    """ `E-ONERECORD`, `I-ONERECORD` or `P-ONERECORD` until the warehouse handles the shipment, then its own
    reference (e.g. `E24001234`). """
    customer_reference: None | str | Unset = UNSET
    """ The caller's own reference. """
    quantity_expected: float | None | Unset = UNSET
    """ Number of pieces announced. """
    quantity_type_expected: None | str | Unset = UNSET
    """ Packaging unit of the announced pieces. """
    gross_weight_expected: float | None | Unset = UNSET
    """ Announced gross weight, kg. """
    gross_weight_taxable_expected: float | None | Unset = UNSET
    """ Announced chargeable weight, kg. """
    volume_expected: float | None | Unset = UNSET
    """ Announced volume, m³. """
    quantity_real: float | None | Unset = UNSET
    """ Number of pieces counted by the warehouse. """
    quantity_type_real: None | str | Unset = UNSET
    """ Packaging unit of the counted pieces. """
    gross_weight_real: float | None | Unset = UNSET
    """ Measured gross weight, kg. """
    gross_weight_taxable_real: float | None | Unset = UNSET
    """ Measured chargeable weight, kg. """
    volume_real: float | None | Unset = UNSET
    """ Measured volume, m³. """
    mawb_number: None | str | Unset = UNSET
    """ Master air waybill number. """
    hawb_number: None | str | Unset = UNSET
    """ House air waybill number. """
    hbl: None | str | Unset = UNSET
    """ House bill of lading. """
    mbl: None | str | Unset = UNSET
    """ Master bill of lading. """
    goods_description: None | str | Unset = UNSET
    fly: None | str | Unset = UNSET
    """ Flight carrying the shipment. """
    ship: None | str | Unset = UNSET
    """ Vessel carrying the shipment. """
    is_secure: bool | Unset = UNSET
    """ The goods arrive already secured (screened at the factory). """
    is_dangerous: bool | Unset = UNSET
    """ Dangerous goods; the details then carry the class or UN number. """
    limit_boarding_time: None | str | Unset = UNSET
    """ Latest time to hand a delivery order over to the airline, expected as an ISO 8601 date-time. """
    shipping_reference: None | str | Unset = UNSET
    assignations: list[RelatedResource | UUID] | Unset = UNSET
    anomalies: list[ShipmentAnomaly | UUID] | Unset = UNSET
    customs: list[RelatedResource | UUID] | Unset = UNSET
    details: list[RelatedResource | UUID] | Unset = UNSET
    documents: list[RelatedResource | UUID] | Unset = UNSET
    events: list[ShipmentEvent | UUID] | Unset = UNSET
    operators: list[RelatedResource | UUID] | Unset = UNSET
    securities: list[RelatedResource | UUID] | Unset = UNSET
    services: list[ShipmentService | UUID] | Unset = UNSET
    preparations: list[RelatedResource | UUID] | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipment_id = str(self.shipment_id)

        departure: dict[str, Any] | str | Unset
        if isinstance(self.departure, Unset):
            departure = UNSET
        elif isinstance(self.departure, Place):
            departure = self.departure.to_dict()
        else:
            departure = self.departure

        departure_country: dict[str, Any] | str | Unset
        if isinstance(self.departure_country, Unset):
            departure_country = UNSET
        elif isinstance(self.departure_country, Country):
            departure_country = self.departure_country.to_dict()
        else:
            departure_country = self.departure_country

        arrival: dict[str, Any] | str | Unset
        if isinstance(self.arrival, Unset):
            arrival = UNSET
        elif isinstance(self.arrival, Place):
            arrival = self.arrival.to_dict()
        else:
            arrival = self.arrival

        arrival_country: dict[str, Any] | str | Unset
        if isinstance(self.arrival_country, Unset):
            arrival_country = UNSET
        elif isinstance(self.arrival_country, Country):
            arrival_country = self.arrival_country.to_dict()
        else:
            arrival_country = self.arrival_country

        order_reference: None | str | Unset
        if isinstance(self.order_reference, Unset):
            order_reference = UNSET
        else:
            order_reference = self.order_reference

        customer_reference: None | str | Unset
        if isinstance(self.customer_reference, Unset):
            customer_reference = UNSET
        else:
            customer_reference = self.customer_reference

        quantity_expected: float | None | Unset
        if isinstance(self.quantity_expected, Unset):
            quantity_expected = UNSET
        else:
            quantity_expected = self.quantity_expected

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

        quantity_real: float | None | Unset
        if isinstance(self.quantity_real, Unset):
            quantity_real = UNSET
        else:
            quantity_real = self.quantity_real

        quantity_type_real: None | str | Unset
        if isinstance(self.quantity_type_real, Unset):
            quantity_type_real = UNSET
        else:
            quantity_type_real = self.quantity_type_real

        gross_weight_real: float | None | Unset
        if isinstance(self.gross_weight_real, Unset):
            gross_weight_real = UNSET
        else:
            gross_weight_real = self.gross_weight_real

        gross_weight_taxable_real: float | None | Unset
        if isinstance(self.gross_weight_taxable_real, Unset):
            gross_weight_taxable_real = UNSET
        else:
            gross_weight_taxable_real = self.gross_weight_taxable_real

        volume_real: float | None | Unset
        if isinstance(self.volume_real, Unset):
            volume_real = UNSET
        else:
            volume_real = self.volume_real

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

        assignations: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.assignations, Unset):
            assignations = []
            for assignations_item_data in self.assignations:
                assignations_item: dict[str, Any] | str
                if isinstance(assignations_item_data, UUID):
                    assignations_item = str(assignations_item_data)
                else:
                    assignations_item = assignations_item_data.to_dict()

                assignations.append(assignations_item)

        anomalies: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.anomalies, Unset):
            anomalies = []
            for anomalies_item_data in self.anomalies:
                anomalies_item: dict[str, Any] | str
                if isinstance(anomalies_item_data, UUID):
                    anomalies_item = str(anomalies_item_data)
                else:
                    anomalies_item = anomalies_item_data.to_dict()

                anomalies.append(anomalies_item)

        customs: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.customs, Unset):
            customs = []
            for customs_item_data in self.customs:
                customs_item: dict[str, Any] | str
                if isinstance(customs_item_data, UUID):
                    customs_item = str(customs_item_data)
                else:
                    customs_item = customs_item_data.to_dict()

                customs.append(customs_item)

        details: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item: dict[str, Any] | str
                if isinstance(details_item_data, UUID):
                    details_item = str(details_item_data)
                else:
                    details_item = details_item_data.to_dict()

                details.append(details_item)

        documents: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item: dict[str, Any] | str
                if isinstance(documents_item_data, UUID):
                    documents_item = str(documents_item_data)
                else:
                    documents_item = documents_item_data.to_dict()

                documents.append(documents_item)

        events: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item: dict[str, Any] | str
                if isinstance(events_item_data, UUID):
                    events_item = str(events_item_data)
                else:
                    events_item = events_item_data.to_dict()

                events.append(events_item)

        operators: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.operators, Unset):
            operators = []
            for operators_item_data in self.operators:
                operators_item: dict[str, Any] | str
                if isinstance(operators_item_data, UUID):
                    operators_item = str(operators_item_data)
                else:
                    operators_item = operators_item_data.to_dict()

                operators.append(operators_item)

        securities: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.securities, Unset):
            securities = []
            for securities_item_data in self.securities:
                securities_item: dict[str, Any] | str
                if isinstance(securities_item_data, UUID):
                    securities_item = str(securities_item_data)
                else:
                    securities_item = securities_item_data.to_dict()

                securities.append(securities_item)

        services: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item: dict[str, Any] | str
                if isinstance(services_item_data, UUID):
                    services_item = str(services_item_data)
                else:
                    services_item = services_item_data.to_dict()

                services.append(services_item)

        preparations: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.preparations, Unset):
            preparations = []
            for preparations_item_data in self.preparations:
                preparations_item: dict[str, Any] | str
                if isinstance(preparations_item_data, UUID):
                    preparations_item = str(preparations_item_data)
                else:
                    preparations_item = preparations_item_data.to_dict()

                preparations.append(preparations_item)

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
                "shipmentId": shipment_id,
            }
        )
        if departure is not UNSET:
            field_dict["departure"] = departure
        if departure_country is not UNSET:
            field_dict["departureCountry"] = departure_country
        if arrival is not UNSET:
            field_dict["arrival"] = arrival
        if arrival_country is not UNSET:
            field_dict["arrivalCountry"] = arrival_country
        if order_reference is not UNSET:
            field_dict["orderReference"] = order_reference
        if customer_reference is not UNSET:
            field_dict["customerReference"] = customer_reference
        if quantity_expected is not UNSET:
            field_dict["quantityExpected"] = quantity_expected
        if quantity_type_expected is not UNSET:
            field_dict["quantityTypeExpected"] = quantity_type_expected
        if gross_weight_expected is not UNSET:
            field_dict["grossWeightExpected"] = gross_weight_expected
        if gross_weight_taxable_expected is not UNSET:
            field_dict["grossWeightTaxableExpected"] = gross_weight_taxable_expected
        if volume_expected is not UNSET:
            field_dict["volumeExpected"] = volume_expected
        if quantity_real is not UNSET:
            field_dict["quantityReal"] = quantity_real
        if quantity_type_real is not UNSET:
            field_dict["quantityTypeReal"] = quantity_type_real
        if gross_weight_real is not UNSET:
            field_dict["grossWeightReal"] = gross_weight_real
        if gross_weight_taxable_real is not UNSET:
            field_dict["grossWeightTaxableReal"] = gross_weight_taxable_real
        if volume_real is not UNSET:
            field_dict["volumeReal"] = volume_real
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
        if assignations is not UNSET:
            field_dict["assignations"] = assignations
        if anomalies is not UNSET:
            field_dict["anomalies"] = anomalies
        if customs is not UNSET:
            field_dict["customs"] = customs
        if details is not UNSET:
            field_dict["details"] = details
        if documents is not UNSET:
            field_dict["documents"] = documents
        if events is not UNSET:
            field_dict["events"] = events
        if operators is not UNSET:
            field_dict["operators"] = operators
        if securities is not UNSET:
            field_dict["securities"] = securities
        if services is not UNSET:
            field_dict["services"] = services
        if preparations is not UNSET:
            field_dict["preparations"] = preparations
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        shipment_id = _parse_uuid(d.pop("shipmentId"))

        _departure_data = d.pop("departure", UNSET)
        departure: Place | str | Unset
        if isinstance(_departure_data, Unset):
            departure = _departure_data
        else:
            if isinstance(_departure_data, dict):
                try:
                    departure_type_1 = Place.from_dict(_departure_data)

                    departure = departure_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    departure = cast(Place | str | Unset, _departure_data)

            else:
                departure = _departure_data

        _departure_country_data = d.pop("departureCountry", UNSET)
        departure_country: Country | str | Unset
        if isinstance(_departure_country_data, Unset):
            departure_country = _departure_country_data
        else:
            if isinstance(_departure_country_data, dict):
                try:
                    departure_country_type_1 = Country.from_dict(_departure_country_data)

                    departure_country = departure_country_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    departure_country = cast(Country | str | Unset, _departure_country_data)

            else:
                departure_country = _departure_country_data

        _arrival_data = d.pop("arrival", UNSET)
        arrival: Place | str | Unset
        if isinstance(_arrival_data, Unset):
            arrival = _arrival_data
        else:
            if isinstance(_arrival_data, dict):
                try:
                    arrival_type_1 = Place.from_dict(_arrival_data)

                    arrival = arrival_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    arrival = cast(Place | str | Unset, _arrival_data)

            else:
                arrival = _arrival_data

        _arrival_country_data = d.pop("arrivalCountry", UNSET)
        arrival_country: Country | str | Unset
        if isinstance(_arrival_country_data, Unset):
            arrival_country = _arrival_country_data
        else:
            if isinstance(_arrival_country_data, dict):
                try:
                    arrival_country_type_1 = Country.from_dict(_arrival_country_data)

                    arrival_country = arrival_country_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    arrival_country = cast(Country | str | Unset, _arrival_country_data)

            else:
                arrival_country = _arrival_country_data

        order_reference: None | str | Unset = d.pop("orderReference", UNSET)

        customer_reference: None | str | Unset = d.pop("customerReference", UNSET)

        quantity_expected: float | None | Unset = d.pop("quantityExpected", UNSET)

        quantity_type_expected: None | str | Unset = d.pop("quantityTypeExpected", UNSET)

        gross_weight_expected: float | None | Unset = d.pop("grossWeightExpected", UNSET)

        gross_weight_taxable_expected: float | None | Unset = d.pop("grossWeightTaxableExpected", UNSET)

        volume_expected: float | None | Unset = d.pop("volumeExpected", UNSET)

        quantity_real: float | None | Unset = d.pop("quantityReal", UNSET)

        quantity_type_real: None | str | Unset = d.pop("quantityTypeReal", UNSET)

        gross_weight_real: float | None | Unset = d.pop("grossWeightReal", UNSET)

        gross_weight_taxable_real: float | None | Unset = d.pop("grossWeightTaxableReal", UNSET)

        volume_real: float | None | Unset = d.pop("volumeReal", UNSET)

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

        _assignations = d.pop("assignations", UNSET)
        assignations: list[RelatedResource | UUID] | Unset = UNSET
        if _assignations is not UNSET:
            assignations = []
            for assignations_item_data in _assignations:
                assignations_item: RelatedResource | UUID
                if isinstance(assignations_item_data, str):
                    try:
                        assignations_item_type_0 = _parse_uuid(assignations_item_data)

                        assignations_item = assignations_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        if not isinstance(assignations_item_data, dict):
                            raise TypeError(f"assignations_item: unexpected {type(assignations_item_data).__name__}")
                        assignations_item_type_1 = RelatedResource.from_dict(assignations_item_data)

                        assignations_item = assignations_item_type_1

                else:
                    if not isinstance(assignations_item_data, dict):
                        raise TypeError(f"assignations_item: unexpected {type(assignations_item_data).__name__}")
                    assignations_item_type_1 = RelatedResource.from_dict(assignations_item_data)

                    assignations_item = assignations_item_type_1

                assignations.append(assignations_item)

        _anomalies = d.pop("anomalies", UNSET)
        anomalies: list[ShipmentAnomaly | UUID] | Unset = UNSET
        if _anomalies is not UNSET:
            anomalies = []
            for anomalies_item_data in _anomalies:
                anomalies_item: ShipmentAnomaly | UUID
                if isinstance(anomalies_item_data, str):
                    try:
                        anomalies_item_type_0 = _parse_uuid(anomalies_item_data)

                        anomalies_item = anomalies_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        if not isinstance(anomalies_item_data, dict):
                            raise TypeError(f"anomalies_item: unexpected {type(anomalies_item_data).__name__}")
                        anomalies_item_type_1 = ShipmentAnomaly.from_dict(anomalies_item_data)

                        anomalies_item = anomalies_item_type_1

                else:
                    if not isinstance(anomalies_item_data, dict):
                        raise TypeError(f"anomalies_item: unexpected {type(anomalies_item_data).__name__}")
                    anomalies_item_type_1 = ShipmentAnomaly.from_dict(anomalies_item_data)

                    anomalies_item = anomalies_item_type_1

                anomalies.append(anomalies_item)

        _customs = d.pop("customs", UNSET)
        customs: list[RelatedResource | UUID] | Unset = UNSET
        if _customs is not UNSET:
            customs = []
            for customs_item_data in _customs:
                customs_item: RelatedResource | UUID
                if isinstance(customs_item_data, str):
                    try:
                        customs_item_type_0 = _parse_uuid(customs_item_data)

                        customs_item = customs_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        if not isinstance(customs_item_data, dict):
                            raise TypeError(f"customs_item: unexpected {type(customs_item_data).__name__}")
                        customs_item_type_1 = RelatedResource.from_dict(customs_item_data)

                        customs_item = customs_item_type_1

                else:
                    if not isinstance(customs_item_data, dict):
                        raise TypeError(f"customs_item: unexpected {type(customs_item_data).__name__}")
                    customs_item_type_1 = RelatedResource.from_dict(customs_item_data)

                    customs_item = customs_item_type_1

                customs.append(customs_item)

        _details = d.pop("details", UNSET)
        details: list[RelatedResource | UUID] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item: RelatedResource | UUID
                if isinstance(details_item_data, str):
                    try:
                        details_item_type_0 = _parse_uuid(details_item_data)

                        details_item = details_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        if not isinstance(details_item_data, dict):
                            raise TypeError(f"details_item: unexpected {type(details_item_data).__name__}")
                        details_item_type_1 = RelatedResource.from_dict(details_item_data)

                        details_item = details_item_type_1

                else:
                    if not isinstance(details_item_data, dict):
                        raise TypeError(f"details_item: unexpected {type(details_item_data).__name__}")
                    details_item_type_1 = RelatedResource.from_dict(details_item_data)

                    details_item = details_item_type_1

                details.append(details_item)

        _documents = d.pop("documents", UNSET)
        documents: list[RelatedResource | UUID] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item: RelatedResource | UUID
                if isinstance(documents_item_data, str):
                    try:
                        documents_item_type_0 = _parse_uuid(documents_item_data)

                        documents_item = documents_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        if not isinstance(documents_item_data, dict):
                            raise TypeError(f"documents_item: unexpected {type(documents_item_data).__name__}")
                        documents_item_type_1 = RelatedResource.from_dict(documents_item_data)

                        documents_item = documents_item_type_1

                else:
                    if not isinstance(documents_item_data, dict):
                        raise TypeError(f"documents_item: unexpected {type(documents_item_data).__name__}")
                    documents_item_type_1 = RelatedResource.from_dict(documents_item_data)

                    documents_item = documents_item_type_1

                documents.append(documents_item)

        _events = d.pop("events", UNSET)
        events: list[ShipmentEvent | UUID] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item: ShipmentEvent | UUID
                if isinstance(events_item_data, str):
                    try:
                        events_item_type_0 = _parse_uuid(events_item_data)

                        events_item = events_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        if not isinstance(events_item_data, dict):
                            raise TypeError(f"events_item: unexpected {type(events_item_data).__name__}")
                        events_item_type_1 = ShipmentEvent.from_dict(events_item_data)

                        events_item = events_item_type_1

                else:
                    if not isinstance(events_item_data, dict):
                        raise TypeError(f"events_item: unexpected {type(events_item_data).__name__}")
                    events_item_type_1 = ShipmentEvent.from_dict(events_item_data)

                    events_item = events_item_type_1

                events.append(events_item)

        _operators = d.pop("operators", UNSET)
        operators: list[RelatedResource | UUID] | Unset = UNSET
        if _operators is not UNSET:
            operators = []
            for operators_item_data in _operators:
                operators_item: RelatedResource | UUID
                if isinstance(operators_item_data, str):
                    try:
                        operators_item_type_0 = _parse_uuid(operators_item_data)

                        operators_item = operators_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        if not isinstance(operators_item_data, dict):
                            raise TypeError(f"operators_item: unexpected {type(operators_item_data).__name__}")
                        operators_item_type_1 = RelatedResource.from_dict(operators_item_data)

                        operators_item = operators_item_type_1

                else:
                    if not isinstance(operators_item_data, dict):
                        raise TypeError(f"operators_item: unexpected {type(operators_item_data).__name__}")
                    operators_item_type_1 = RelatedResource.from_dict(operators_item_data)

                    operators_item = operators_item_type_1

                operators.append(operators_item)

        _securities = d.pop("securities", UNSET)
        securities: list[RelatedResource | UUID] | Unset = UNSET
        if _securities is not UNSET:
            securities = []
            for securities_item_data in _securities:
                securities_item: RelatedResource | UUID
                if isinstance(securities_item_data, str):
                    try:
                        securities_item_type_0 = _parse_uuid(securities_item_data)

                        securities_item = securities_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        if not isinstance(securities_item_data, dict):
                            raise TypeError(f"securities_item: unexpected {type(securities_item_data).__name__}")
                        securities_item_type_1 = RelatedResource.from_dict(securities_item_data)

                        securities_item = securities_item_type_1

                else:
                    if not isinstance(securities_item_data, dict):
                        raise TypeError(f"securities_item: unexpected {type(securities_item_data).__name__}")
                    securities_item_type_1 = RelatedResource.from_dict(securities_item_data)

                    securities_item = securities_item_type_1

                securities.append(securities_item)

        _services = d.pop("services", UNSET)
        services: list[ShipmentService | UUID] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item: ShipmentService | UUID
                if isinstance(services_item_data, str):
                    try:
                        services_item_type_0 = _parse_uuid(services_item_data)

                        services_item = services_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        if not isinstance(services_item_data, dict):
                            raise TypeError(f"services_item: unexpected {type(services_item_data).__name__}")
                        services_item_type_1 = ShipmentService.from_dict(services_item_data)

                        services_item = services_item_type_1

                else:
                    if not isinstance(services_item_data, dict):
                        raise TypeError(f"services_item: unexpected {type(services_item_data).__name__}")
                    services_item_type_1 = ShipmentService.from_dict(services_item_data)

                    services_item = services_item_type_1

                services.append(services_item)

        _preparations = d.pop("preparations", UNSET)
        preparations: list[RelatedResource | UUID] | Unset = UNSET
        if _preparations is not UNSET:
            preparations = []
            for preparations_item_data in _preparations:
                preparations_item: RelatedResource | UUID
                if isinstance(preparations_item_data, str):
                    try:
                        preparations_item_type_0 = _parse_uuid(preparations_item_data)

                        preparations_item = preparations_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        if not isinstance(preparations_item_data, dict):
                            raise TypeError(f"preparations_item: unexpected {type(preparations_item_data).__name__}")
                        preparations_item_type_1 = RelatedResource.from_dict(preparations_item_data)

                        preparations_item = preparations_item_type_1

                else:
                    if not isinstance(preparations_item_data, dict):
                        raise TypeError(f"preparations_item: unexpected {type(preparations_item_data).__name__}")
                    preparations_item_type_1 = RelatedResource.from_dict(preparations_item_data)

                    preparations_item = preparations_item_type_1

                preparations.append(preparations_item)

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

        shipment = cls(
            shipment_id,
            departure,
            departure_country,
            arrival,
            arrival_country,
            order_reference,
            customer_reference,
            quantity_expected,
            quantity_type_expected,
            gross_weight_expected,
            gross_weight_taxable_expected,
            volume_expected,
            quantity_real,
            quantity_type_real,
            gross_weight_real,
            gross_weight_taxable_real,
            volume_real,
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
            assignations,
            anomalies,
            customs,
            details,
            documents,
            events,
            operators,
            securities,
            services,
            preparations,
            created_at,
            updated_at,
        )

        shipment.additional_properties = d
        return shipment

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
from ..models.place import Place
from ..models.related_resource import RelatedResource
from ..models.shipment_anomaly import ShipmentAnomaly
from ..models.shipment_event import ShipmentEvent
from ..models.shipment_service import ShipmentService
