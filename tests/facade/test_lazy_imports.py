"""``import onerecord`` loads the models on first use, and ``onerecord.models`` re-exports the generated package.

Run in fresh interpreters: what ``import onerecord`` loads is only visible before anything else imported it.
"""

from __future__ import annotations

import subprocess
import sys

import onerecord_api.models as generated

import onerecord
import onerecord.models


def _fresh(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.strip()


def test_import_onerecord_loads_neither_the_models_nor_attrs_nor_asyncio() -> None:
    prefixes = ("onerecord_api", "attr", "onerecord.resources.ship", "asyncio")
    loaded = _fresh(f"import sys, onerecord; print(sorted(m for m in sys.modules if m.startswith({prefixes!r})))")
    assert loaded == "[]"


def test_first_use_of_a_model_name_loads_it() -> None:
    out = _fresh(
        "import sys, onerecord; c = onerecord.OneRecord(client_id='i', client_secret='s'); "
        "print('onerecord_api.models' in sys.modules); c.shipments; print('onerecord_api.models' in sys.modules); "
        "print(onerecord.Shipment.__module__)"
    )
    assert out.splitlines() == ["False", "True", "onerecord_api.models.shipment"]


def test_every_public_name_resolves_to_the_generated_object() -> None:
    for name in onerecord.__all__:
        assert getattr(onerecord, name) is not None, name
    assert onerecord.Shipment is generated.Shipment
    assert onerecord.UNSET is onerecord.models.UNSET
    assert "Shipment" in dir(onerecord)


def test_models_reexports_exactly_what_the_generated_package_holds() -> None:
    assert set(onerecord.models.__all__) == {*generated.__all__, "UNSET", "Unset"}
    for name in generated.__all__:
        assert getattr(onerecord.models, name) is getattr(generated, name)


def test_unknown_names_still_raise_attribute_error() -> None:
    try:
        onerecord.NoSuchModel  # noqa: B018
    except AttributeError as error:
        assert "NoSuchModel" in str(error)
    else:
        raise AssertionError("onerecord.NoSuchModel should not exist")


def test_unset_prints_as_unset() -> None:
    assert repr(onerecord.UNSET) == "UNSET"
    assert "departure=UNSET" in repr(generated.Shipment.from_dict({"shipmentId": "0" * 32}))
