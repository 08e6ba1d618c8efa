from enum import StrEnum


class PlaceGroup(StrEnum):
    ALL = "all"
    COUNTRY = "country"

    def __str__(self) -> str:
        return str(self.value)
