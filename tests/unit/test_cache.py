from __future__ import annotations

from mkdocs_series.mkdocs.serve_state import StampedCache


def test_value_is_reused_while_the_stamp_is_unchanged() -> None:
    cache: StampedCache[str] = StampedCache()
    calls: list[str] = []

    def compute(value: str) -> str:
        calls.append(value)
        return value

    assert cache.get("a.md", (1, 10), lambda: compute("first")) == "first"
    assert cache.get("a.md", (1, 10), lambda: compute("again")) == "first"
    assert cache.get("a.md", (2, 10), lambda: compute("edited")) == "edited"
    assert cache.get("gen.md", None, lambda: compute("generated")) == "generated"
    assert cache.get("gen.md", None, lambda: compute("generated 2")) == "generated 2"
    assert calls == ["first", "edited", "generated", "generated 2"]
    assert cache.lookup("a.md", (1, 10)) is None
    assert cache.lookup("a.md", (2, 10)) == "edited"


def test_entries_of_files_gone_from_a_build_are_dropped() -> None:
    cache: StampedCache[int] = StampedCache()
    cache.put("a.md", 1, 1)
    cache.put("b.md", 1, 2)
    cache.retain({"a.md"})
    assert len(cache) == 1
    assert cache.get("a.md", 1, lambda: 4) == 1
