"""The ids an import has seen answer as sets of them would, in memory that stays small."""

from __future__ import annotations

import random
import tracemalloc
import uuid

from hypothesis import given
from hypothesis import strategies as st

from mslog.core.safety import seen as seen_module
from mslog.core.safety.seen import EntryIds, RowIds, first_repeat

_ids = st.one_of(
    st.integers(min_value=-5, max_value=60),
    st.integers(),  # beyond 64 bits too
    st.sampled_from([True, False, 2.0, 2.5, None, "7", float("inf")]),
)


@given(st.lists(st.lists(_ids, max_size=12), max_size=8), st.lists(_ids, max_size=20))
def test_row_ids_answer_as_a_set_would(blocks: list[list], probes: list):
    seen, reference = RowIds(), set()
    for block in blocks:
        assert seen.isdisjoint(block) == reference.isdisjoint(block)
        if len(block) % 2:
            seen.update(block)
        else:
            for value in block:
                seen.add(value)
        reference.update(block)
    for value in probes + [v for block in blocks for v in block]:
        assert (value in seen) == (value in reference), value
    missing = [i for i, v in enumerate(probes) if v is not None and v not in reference]
    assert seen.first_missing(probes) == (missing[0] if missing else None)


@given(st.lists(st.integers(min_value=1, max_value=400), unique=True).map(sorted))
def test_ids_in_order_with_gaps_answer_as_a_set_would(ids: list[int]):
    seen = RowIds()
    for start in range(0, len(ids), 7):  # blocks of an export, in id order
        seen.update(ids[start : start + 7])
    assert all(i in seen for i in ids)
    assert not any(i in seen for i in set(range(0, 402)) - set(ids))


def test_an_exports_ids_take_no_memory_per_id():
    tracemalloc.start()
    try:
        seen = RowIds()
        before = tracemalloc.get_traced_memory()[0]
        for start in range(1, 200_001, 2000):
            block = list(range(start, start + 2000))
            assert seen.isdisjoint(block)
            seen.update(block)
        del block
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert 150_000 in seen
    assert 200_001 not in seen
    assert grown < 10_000  # a set of them: over 10 MB


def _uuids(count: int) -> list[str]:
    rng = random.Random(3)
    return [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(count)]


def test_a_repeat_among_the_first_ids_is_seen_at_once():
    uuids = _uuids(300)
    seen = EntryIds()
    seen.update(uuids[:200])
    assert not seen.isdisjoint([uuids[250], uuids[17]])
    assert uuids[17] in seen
    assert uuids[250] not in seen


def test_past_the_first_ids_a_repeat_is_found_at_its_second_place(monkeypatch):
    monkeypatch.setattr(seen_module, "EXACT_UP_TO", 1000)
    uuids = _uuids(5000)
    uuids[4321] = uuids[17]
    seen = EntryIds()
    for start in range(0, len(uuids), 700):
        block = uuids[start : start + 700]
        if start > 1000:
            assert seen.isdisjoint(block)  # not told yet: looked for at the end
        seen.update(block)
    suspects = seen.may_repeat()
    assert hash(uuids[17]) in suspects
    assert first_repeat(uuids, suspects) == 4321


def test_no_repeat_no_suspects_and_a_hash_collision_alone_is_no_repeat(monkeypatch):
    monkeypatch.setattr(seen_module, "EXACT_UP_TO", 2)
    seen = EntryIds()
    seen.update(["a", "b", "c"])
    seen.add("d")
    assert seen.may_repeat() == set()
    # Two different ids whose hashes met (told to look at both): neither repeats.
    assert first_repeat(["a", "b", "c", "d"], {hash("a"), hash("d")}) is None
