"""``loads_strict``'s depth limit read from the text (``_shallow``) must agree with the exact walk (``_depth``).

The text check is a shortcut: it may only say "shallow" when the decoded value really is within ``MAX_DEPTH``.
Strings holding brackets, quotes and escaped quotes are the ways a hostile body could try to hide its depth.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onerecord._json import MAX_DEPTH, _depth, _shallow, loads_strict

TRICKY = st.text(alphabet='[]{}"\\aé\u2028', max_size=6)


def nested(levels: int, inner: Any = 1, key: str = "k") -> Any:
    for index in range(levels):
        inner = [inner] if index % 2 else {key: inner}
    return inner


@given(
    st.recursive(st.none() | st.integers() | TRICKY, lambda kids: st.lists(kids) | st.dictionaries(TRICKY, kids)),
    st.sampled_from([0, MAX_DEPTH - 3, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, MAX_DEPTH + 4]),
    TRICKY,
    st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_the_text_check_never_passes_a_body_deeper_than_the_limit(
    inner: Any, levels: int, key: str, ascii_only: bool
) -> None:
    value = nested(levels, inner, key)
    content = json.dumps(value, ensure_ascii=ascii_only).encode()
    if _shallow(content):
        assert _depth(value) <= MAX_DEPTH
    if _depth(value) > MAX_DEPTH:
        with pytest.raises(ValueError, match="nested more than"):
            loads_strict(content)
    else:
        assert loads_strict(content) == value


def test_brackets_in_strings_do_not_hide_depth_behind_escaped_quotes() -> None:
    # Without the escaped-quote rule, the quotes of '"\\""' would pair with the wrong neighbours and the deep list
    # in between would count as string content.
    deep = nested(MAX_DEPTH + 5)
    content = ('["\\"", ' + json.dumps(deep) + ', "\\""]').encode()
    assert not _shallow(content)
    with pytest.raises(ValueError, match="nested more than"):
        loads_strict(content)


def test_a_wide_shallow_page_is_proven_shallow_from_its_text() -> None:
    page = {"data": [{"id": str(i), "tags": ["[", "{", "]]"], "n": {"x": [1]}} for i in range(300)], "metadata": {}}
    content = json.dumps(page).encode()
    assert _shallow(content)
    assert loads_strict(content) == page


def test_utf16_bodies_are_checked_on_their_decoded_text() -> None:
    deep = nested(MAX_DEPTH + 1)
    with pytest.raises(ValueError, match="nested more than"):
        loads_strict(json.dumps(deep).encode("utf-16"))
    assert loads_strict(json.dumps(nested(MAX_DEPTH)).encode("utf-16")) == nested(MAX_DEPTH)
