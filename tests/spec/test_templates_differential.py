"""Our generator templates parse exactly like the stock ones: proved on generated payloads, model by model.

The stock templates' package is generated into a temporary folder (``scripts/generate.sh DEST --stock``) and imported
under another name; both packages then parse the same hypothesis-generated JSON for every model of the spec. The
payloads come from the spec's own schemas (so every field, union, list and nested model is exercised) with faults
mixed in: wrong types anywhere, missing required keys, unknown keys, UUIDs and date-times in every form Python reads
and in forms it does not.

The reference is what the facade returned before our templates: the stock ``from_dict`` followed by the facade's
former second walk (``make_utc``, copied below as it was, which made naive date-times UTC-aware and rejected a
date-time field holding anything else). Ours must give an equal model (same classes, same values and types, UUIDs,
UTC offsets and unknown keys included) or raise the same exception type. One difference is allowed, and checked: a
payload with several faults may be reported by its date-time fault, since ours rejects a bad date-time where it meets
it while the reference did after the whole parse; both then reject the payload.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import importlib
import os
import subprocess
import sys
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import onerecord_api.models as ours
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onerecord._fields import model_spec

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "one-record.yaml").read_text())["components"]["schemas"]
MODELS = sorted(name for name in ours.__all__ if "properties" in SCHEMAS.get(name, {}))
STOCK_PACKAGE = "stock_onerecord_api"


@pytest.fixture(scope="module")
def stock(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """The package the generator's own templates make from the same spec and configuration."""
    folder = tmp_path_factory.mktemp("stock")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(
        [str(ROOT / "scripts" / "generate.sh"), str(folder / STOCK_PACKAGE), "--stock"],
        check=True,
        capture_output=True,
        env=env,
    )
    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module(f"{STOCK_PACKAGE}.models")
    finally:
        sys.path.remove(str(folder))


def test_the_stock_package_really_is_the_stock_one(stock: ModuleType) -> None:
    """Guards the comparison itself: the two packages differ where our templates say they do."""
    stock_source = Path(stock.__file__).with_name("shipment.py").read_text()
    our_source = Path(ours.__file__).with_name("shipment.py").read_text()
    assert "def _parse_departure(" in stock_source and "def _parse_departure(" not in our_source
    assert "UUID(d.pop" in stock_source and "_parse_uuid(d.pop" in our_source
    assert sorted(stock.__all__) == sorted(ours.__all__)


# -- payloads from the spec's schemas --------------------------------------------------------------------------------

OFFSETS = st.builds(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)), st.integers(min_value=-23 * 60, max_value=23 * 60)
)
DATETIMES = st.datetimes(timezones=st.none() | st.just(dt.UTC) | OFFSETS)
DATETIME_TEXT = st.one_of(
    DATETIMES.map(dt.datetime.isoformat),
    DATETIMES.map(lambda value: value.isoformat(sep=" ", timespec="seconds")),
    DATETIMES.map(lambda value: value.replace(tzinfo=None).isoformat() + "Z"),
    st.dates().map(dt.date.isoformat),
    st.text(alphabet="0123456789-:T+Z. x", max_size=30),
)
UUID_TEXT = st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda value: str(value).upper()),
    st.uuids().map(lambda value: value.hex),
    st.uuids().map(lambda value: "{" + str(value) + "}"),
    st.uuids().map(lambda value: "urn:uuid:" + str(value)),
    st.uuids().map(lambda value: str(value)[:-1] + "g"),
    st.uuids().map(lambda value: " " + value.hex[1:]),
    st.uuids().map(lambda value: "0x" + value.hex[2:]),
    st.uuids().map(lambda value: value.hex[:8] + "_" + value.hex[9:]),
    st.uuids().map(lambda value: str(value).replace("-", "", 2)),
    st.text(alphabet="0123456789abcdefABCDEF-{}:urnid_ +", max_size=40),
)
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _valid(schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    schema = _resolve(schema)
    variants = schema.get("anyOf") or schema.get("oneOf")
    if variants:
        return st.one_of([_value(variant, depth) for variant in variants])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([_valid({**schema, "type": one}, depth) for one in kind])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if kind == "string":
        return {"uuid": UUID_TEXT, "date-time": DATETIME_TEXT}.get(schema.get("format", ""), st.text(max_size=8))
    if kind == "number":
        return st.integers() | st.floats(allow_nan=False)
    if kind == "integer":
        return st.integers()
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        return st.lists(_value(schema.get("items", {}), depth), max_size=3)
    if "properties" in schema:
        return _object(schema, depth)
    return st.dictionaries(st.text(max_size=4), JUNK, max_size=2)


def _value(schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    """A valid value most of the time, anything else sometimes; nested objects only down to a few levels."""
    if depth <= 0 and "properties" in _resolve(schema):
        return JUNK
    return st.integers(min_value=0, max_value=24).flatmap(lambda roll: JUNK if roll == 0 else _valid(schema, depth))


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        required = set(schema.get("required", ()))
        payload: dict[str, Any] = {}
        for name, field in schema["properties"].items():
            present = draw(st.integers(min_value=0, max_value=24)) != 0 if name in required else draw(st.booleans())
            if present:
                payload[name] = draw(_value(field, depth - 1))
        if draw(st.integers(min_value=0, max_value=9)) == 0:
            payload[draw(st.sampled_from(["extra", "x-note", "unknownField"]))] = draw(JUNK)
        return payload

    return build()


# -- comparison -------------------------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A comparable rendering that keeps what ``==`` would blur: classes, int vs float, UUID safety, UTC offsets."""
    if attrs.has(type(value)):
        fields = {field.name: _plain(getattr(value, field.name)) for field in attrs.fields(type(value))}
        return (type(value).__name__, fields)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, uuid.UUID):
        return ("UUID", type(value), value.int, value.is_safe)
    if isinstance(value, dt.datetime):
        return ("datetime", type(value), value.replace(tzinfo=None), value.utcoffset())
    if isinstance(value, enum.Enum):
        return (type(value).__name__, value.value)
    if type(value).__name__ == "Unset":
        return "UNSET"
    return (type(value), value)


_LEAVES = (str, uuid.UUID, int, float, bool, type(None))


def _former_walk(instance: object, unset: type) -> None:
    """The facade's ``make_utc`` before our templates (with the stock package's own ``Unset``)."""
    spec = model_spec(type(instance))
    for name in spec.datetime_attrs:
        value = getattr(instance, name)
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                object.__setattr__(instance, name, value.replace(tzinfo=dt.UTC))
        elif value is not None and not isinstance(value, unset):
            raise ValueError(f"{name}: {value!r} is not an ISO 8601 date-time")
    for name in spec.nested_attrs:
        value = getattr(instance, name)
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, _LEAVES):
                    _former_walk(item, unset)
        elif not isinstance(value, _LEAVES) and hasattr(type(value), "__attrs_attrs__"):
            _former_walk(value, unset)


def _outcome(model: type[Any], payload: dict[str, Any], *, walk: bool) -> tuple[str, Any]:
    try:
        parsed = model.from_dict(copy.deepcopy(payload))
        if walk:
            package = model.__module__.split(".")[0]
            _former_walk(parsed, sys.modules[f"{package}.types"].Unset)
    except Exception as error:
        return ("raised", error)
    return ("parsed", _plain(parsed))


def _check(name: str, stock: ModuleType, payload: dict[str, Any]) -> None:
    expected = _outcome(getattr(stock, name), payload, walk=True)
    actual = _outcome(getattr(ours, name), payload, walk=False)
    if expected[0] == "parsed" or actual[0] == "parsed":
        assert actual == expected, f"{name}.from_dict({payload!r})"
        return
    expected_error, actual_error = expected[1], actual[1]
    if type(actual_error) is type(expected_error):
        return
    assert isinstance(actual_error, ValueError) and "is not an ISO 8601 date-time" in str(actual_error), (
        f"{name}.from_dict({payload!r}): stock raised {expected_error!r}, ours {actual_error!r}"
    )


@pytest.mark.parametrize("name", MODELS)
def test_ours_parse_every_model_as_the_stock_templates_and_the_former_walk_did(stock: ModuleType, name: str) -> None:
    @settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(_object(_resolve(SCHEMAS[name]), depth=3))
    def check(payload: dict[str, Any]) -> None:
        _check(name, stock, payload)

    check()


def test_the_fast_uuid_path_agrees_with_uuid_on_tricky_text() -> None:
    """Strings the fast path takes or leaves, including what ``int(x, 16)`` alone would misread."""
    from onerecord_api.types import _parse_uuid

    base = "12345678-9abc-def0-1234-56789abcdef0"
    samples = [
        base,
        base.upper(),
        base.replace("-", ""),
        "{" + base + "}",
        "urn:uuid:" + base,
        "-" + base.replace("-", ""),
        base.replace("-", "")[:-1] + "g",
        "0x" + base.replace("-", "")[2:],
        " " + base.replace("-", "")[1:],
        "+" + base.replace("-", "")[1:],
        "1_" + base.replace("-", "")[2:],
        base[:-1],
        "",
        "١٢٣٤٥٦٧٨" + base.replace("-", "")[8:],  # Arabic-Indic digits: int() reads them, UUID too
    ]
    for text in samples:
        try:
            expected: Any = uuid.UUID(text)
        except Exception as error:
            expected = type(error)
        try:
            actual: Any = _parse_uuid(text)
        except Exception as error:
            actual = type(error)
        assert actual == expected, text
        if isinstance(expected, uuid.UUID):
            assert type(actual) is uuid.UUID and actual.is_safe is expected.is_safe
    for not_text in (None, 5, b"12345678123456781234567812345678", ["x"]):
        with pytest.raises((AttributeError, TypeError)) as caught:
            _parse_uuid(not_text)  # type: ignore[arg-type]
        with pytest.raises(type(caught.value)):
            uuid.UUID(not_text)  # type: ignore[arg-type]
