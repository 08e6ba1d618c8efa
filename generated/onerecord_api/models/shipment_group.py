from enum import StrEnum


class ShipmentGroup(StrEnum):
    ALL = "all"
    ANOMALIES = "anomalies"
    ANOMALIES_CATEGORY = "anomalies.category"
    ANOMALIES_TYPE = "anomalies.type"
    ARRIVAL = "arrival"
    ARRIVALCOUNTRY = "arrivalCountry"
    ASSIGNATIONS = "assignations"
    ASSIGNATIONS_USER = "assignations.user"
    CUSTOMS = "customs"
    CUSTOMS_TYPE = "customs.type"
    DEPARTURE = "departure"
    DEPARTURECOUNTRY = "departureCountry"
    DETAILS = "details"
    DOCUMENTS = "documents"
    EVENTS = "events"
    EVENTS_TYPE = "events.type"
    OPERATORS = "operators"
    OPERATORS_COMMENTS = "operators.comments"
    PREPARATIONS = "preparations"
    PREPARATIONS_SHIPMENT = "preparations.shipment"
    SECURITIES = "securities"
    SERVICES = "services"
    SERVICES_TYPE = "services.type"

    def __str__(self) -> str:
        return str(self.value)
