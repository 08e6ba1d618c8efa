from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country import Country
    from ..models.place import Place
    from ..models.related_resource import RelatedResource
    from ..models.shipment_anomaly import ShipmentAnomaly
    from ..models.shipment_event import ShipmentEvent
    from ..models.shipment_service import ShipmentService


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
        from ..models.country import Country
        from ..models.place import Place

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
        from ..models.country import Country
        from ..models.place import Place
        from ..models.related_resource import RelatedResource
        from ..models.shipment_anomaly import ShipmentAnomaly
        from ..models.shipment_event import ShipmentEvent
        from ..models.shipment_service import ShipmentService

        d = dict(src_dict)
        shipment_id = UUID(d.pop("shipmentId"))

        def _parse_departure(data: object) -> Place | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                departure_type_1 = Place.from_dict(data)

                return departure_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Place | str | Unset, data)

        departure = _parse_departure(d.pop("departure", UNSET))

        def _parse_departure_country(data: object) -> Country | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                departure_country_type_1 = Country.from_dict(data)

                return departure_country_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Country | str | Unset, data)

        departure_country = _parse_departure_country(d.pop("departureCountry", UNSET))

        def _parse_arrival(data: object) -> Place | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                arrival_type_1 = Place.from_dict(data)

                return arrival_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Place | str | Unset, data)

        arrival = _parse_arrival(d.pop("arrival", UNSET))

        def _parse_arrival_country(data: object) -> Country | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                arrival_country_type_1 = Country.from_dict(data)

                return arrival_country_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Country | str | Unset, data)

        arrival_country = _parse_arrival_country(d.pop("arrivalCountry", UNSET))

        def _parse_order_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_reference = _parse_order_reference(d.pop("orderReference", UNSET))

        def _parse_customer_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_reference = _parse_customer_reference(d.pop("customerReference", UNSET))

        def _parse_quantity_expected(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity_expected = _parse_quantity_expected(d.pop("quantityExpected", UNSET))

        def _parse_quantity_type_expected(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quantity_type_expected = _parse_quantity_type_expected(d.pop("quantityTypeExpected", UNSET))

        def _parse_gross_weight_expected(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gross_weight_expected = _parse_gross_weight_expected(d.pop("grossWeightExpected", UNSET))

        def _parse_gross_weight_taxable_expected(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gross_weight_taxable_expected = _parse_gross_weight_taxable_expected(d.pop("grossWeightTaxableExpected", UNSET))

        def _parse_volume_expected(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        volume_expected = _parse_volume_expected(d.pop("volumeExpected", UNSET))

        def _parse_quantity_real(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity_real = _parse_quantity_real(d.pop("quantityReal", UNSET))

        def _parse_quantity_type_real(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quantity_type_real = _parse_quantity_type_real(d.pop("quantityTypeReal", UNSET))

        def _parse_gross_weight_real(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gross_weight_real = _parse_gross_weight_real(d.pop("grossWeightReal", UNSET))

        def _parse_gross_weight_taxable_real(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gross_weight_taxable_real = _parse_gross_weight_taxable_real(d.pop("grossWeightTaxableReal", UNSET))

        def _parse_volume_real(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        volume_real = _parse_volume_real(d.pop("volumeReal", UNSET))

        def _parse_mawb_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mawb_number = _parse_mawb_number(d.pop("mawbNumber", UNSET))

        def _parse_hawb_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hawb_number = _parse_hawb_number(d.pop("hawbNumber", UNSET))

        def _parse_hbl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hbl = _parse_hbl(d.pop("hbl", UNSET))

        def _parse_mbl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mbl = _parse_mbl(d.pop("mbl", UNSET))

        def _parse_goods_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        goods_description = _parse_goods_description(d.pop("goodsDescription", UNSET))

        def _parse_fly(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fly = _parse_fly(d.pop("fly", UNSET))

        def _parse_ship(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ship = _parse_ship(d.pop("ship", UNSET))

        is_secure = d.pop("isSecure", UNSET)

        is_dangerous = d.pop("isDangerous", UNSET)

        def _parse_limit_boarding_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        limit_boarding_time = _parse_limit_boarding_time(d.pop("limitBoardingTime", UNSET))

        def _parse_shipping_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_reference = _parse_shipping_reference(d.pop("shippingReference", UNSET))

        _assignations = d.pop("assignations", UNSET)
        assignations: list[RelatedResource | UUID] | Unset = UNSET
        if _assignations is not UNSET:
            assignations = []
            for assignations_item_data in _assignations:

                def _parse_assignations_item(data: object) -> RelatedResource | UUID:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        assignations_item_type_0 = UUID(data)

                        return assignations_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    assignations_item_type_1 = RelatedResource.from_dict(data)

                    return assignations_item_type_1

                assignations_item = _parse_assignations_item(assignations_item_data)

                assignations.append(assignations_item)

        _anomalies = d.pop("anomalies", UNSET)
        anomalies: list[ShipmentAnomaly | UUID] | Unset = UNSET
        if _anomalies is not UNSET:
            anomalies = []
            for anomalies_item_data in _anomalies:

                def _parse_anomalies_item(data: object) -> ShipmentAnomaly | UUID:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        anomalies_item_type_0 = UUID(data)

                        return anomalies_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    anomalies_item_type_1 = ShipmentAnomaly.from_dict(data)

                    return anomalies_item_type_1

                anomalies_item = _parse_anomalies_item(anomalies_item_data)

                anomalies.append(anomalies_item)

        _customs = d.pop("customs", UNSET)
        customs: list[RelatedResource | UUID] | Unset = UNSET
        if _customs is not UNSET:
            customs = []
            for customs_item_data in _customs:

                def _parse_customs_item(data: object) -> RelatedResource | UUID:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        customs_item_type_0 = UUID(data)

                        return customs_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    customs_item_type_1 = RelatedResource.from_dict(data)

                    return customs_item_type_1

                customs_item = _parse_customs_item(customs_item_data)

                customs.append(customs_item)

        _details = d.pop("details", UNSET)
        details: list[RelatedResource | UUID] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:

                def _parse_details_item(data: object) -> RelatedResource | UUID:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        details_item_type_0 = UUID(data)

                        return details_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    details_item_type_1 = RelatedResource.from_dict(data)

                    return details_item_type_1

                details_item = _parse_details_item(details_item_data)

                details.append(details_item)

        _documents = d.pop("documents", UNSET)
        documents: list[RelatedResource | UUID] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:

                def _parse_documents_item(data: object) -> RelatedResource | UUID:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        documents_item_type_0 = UUID(data)

                        return documents_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    documents_item_type_1 = RelatedResource.from_dict(data)

                    return documents_item_type_1

                documents_item = _parse_documents_item(documents_item_data)

                documents.append(documents_item)

        _events = d.pop("events", UNSET)
        events: list[ShipmentEvent | UUID] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:

                def _parse_events_item(data: object) -> ShipmentEvent | UUID:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        events_item_type_0 = UUID(data)

                        return events_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    events_item_type_1 = ShipmentEvent.from_dict(data)

                    return events_item_type_1

                events_item = _parse_events_item(events_item_data)

                events.append(events_item)

        _operators = d.pop("operators", UNSET)
        operators: list[RelatedResource | UUID] | Unset = UNSET
        if _operators is not UNSET:
            operators = []
            for operators_item_data in _operators:

                def _parse_operators_item(data: object) -> RelatedResource | UUID:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        operators_item_type_0 = UUID(data)

                        return operators_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    operators_item_type_1 = RelatedResource.from_dict(data)

                    return operators_item_type_1

                operators_item = _parse_operators_item(operators_item_data)

                operators.append(operators_item)

        _securities = d.pop("securities", UNSET)
        securities: list[RelatedResource | UUID] | Unset = UNSET
        if _securities is not UNSET:
            securities = []
            for securities_item_data in _securities:

                def _parse_securities_item(data: object) -> RelatedResource | UUID:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        securities_item_type_0 = UUID(data)

                        return securities_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    securities_item_type_1 = RelatedResource.from_dict(data)

                    return securities_item_type_1

                securities_item = _parse_securities_item(securities_item_data)

                securities.append(securities_item)

        _services = d.pop("services", UNSET)
        services: list[ShipmentService | UUID] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:

                def _parse_services_item(data: object) -> ShipmentService | UUID:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        services_item_type_0 = UUID(data)

                        return services_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    services_item_type_1 = ShipmentService.from_dict(data)

                    return services_item_type_1

                services_item = _parse_services_item(services_item_data)

                services.append(services_item)

        _preparations = d.pop("preparations", UNSET)
        preparations: list[RelatedResource | UUID] | Unset = UNSET
        if _preparations is not UNSET:
            preparations = []
            for preparations_item_data in _preparations:

                def _parse_preparations_item(data: object) -> RelatedResource | UUID:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        preparations_item_type_0 = UUID(data)

                        return preparations_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    preparations_item_type_1 = RelatedResource.from_dict(data)

                    return preparations_item_type_1

                preparations_item = _parse_preparations_item(preparations_item_data)

                preparations.append(preparations_item)

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

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        shipment = cls(
            shipment_id=shipment_id,
            departure=departure,
            departure_country=departure_country,
            arrival=arrival,
            arrival_country=arrival_country,
            order_reference=order_reference,
            customer_reference=customer_reference,
            quantity_expected=quantity_expected,
            quantity_type_expected=quantity_type_expected,
            gross_weight_expected=gross_weight_expected,
            gross_weight_taxable_expected=gross_weight_taxable_expected,
            volume_expected=volume_expected,
            quantity_real=quantity_real,
            quantity_type_real=quantity_type_real,
            gross_weight_real=gross_weight_real,
            gross_weight_taxable_real=gross_weight_taxable_real,
            volume_real=volume_real,
            mawb_number=mawb_number,
            hawb_number=hawb_number,
            hbl=hbl,
            mbl=mbl,
            goods_description=goods_description,
            fly=fly,
            ship=ship,
            is_secure=is_secure,
            is_dangerous=is_dangerous,
            limit_boarding_time=limit_boarding_time,
            shipping_reference=shipping_reference,
            assignations=assignations,
            anomalies=anomalies,
            customs=customs,
            details=details,
            documents=documents,
            events=events,
            operators=operators,
            securities=securities,
            services=services,
            preparations=preparations,
            created_at=created_at,
            updated_at=updated_at,
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
