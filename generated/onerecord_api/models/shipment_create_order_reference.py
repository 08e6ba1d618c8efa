from enum import StrEnum


class ShipmentCreateOrderReference(StrEnum):
    E_ONERECORD = "E-ONERECORD"
    I_ONERECORD = "I-ONERECORD"
    P_ONERECORD = "P-ONERECORD"

    def __str__(self) -> str:
        return str(self.value)
