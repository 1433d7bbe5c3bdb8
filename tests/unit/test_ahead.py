from __future__ import annotations

from mkdocs_series.mkdocs.ahead import RenderAhead


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, bool]] = []

    def __call__(self, name: str, variant: bool) -> str:
        self.calls.append((name, variant))
        return f"{name}:{variant}"


ORDER = [f"p{i}" for i in range(10)]


def test_in_order_renders_each_page_once_in_batches() -> None:
    render = Recorder()
    ahead = RenderAhead(ORDER, render, batch=4)
    assert [ahead.take(name, True) for name in ORDER] == [f"{n}:True" for n in ORDER]
    assert render.calls == [(name, True) for name in ORDER]


def test_a_batch_is_rendered_when_the_first_page_of_it_asks() -> None:
    render = Recorder()
    ahead = RenderAhead(ORDER, render, batch=4)
    ahead.take("p0", False)
    assert [name for name, _ in render.calls] == ["p0", "p1", "p2", "p3"]
    ahead.take("p1", False)
    assert len(render.calls) == 4


def test_another_variant_is_rendered_for_the_page_that_has_it() -> None:
    render = Recorder()
    ahead = RenderAhead(ORDER, render, batch=4)
    assert ahead.take("p0", True) == "p0:True"
    assert ahead.take("p1", False) == "p1:False"
    assert ahead.take("p2", False) == "p2:False"
    assert ("p1", False) in render.calls


def test_out_of_order_pages_get_their_own_and_the_batch_shrinks() -> None:
    render = Recorder()
    ahead = RenderAhead(ORDER, render, batch=8)
    for name in reversed(ORDER):
        assert ahead.take(name, True) == f"{name}:True"
    # every page is right; what was rendered for nothing is bounded by the halving batches
    assert len(render.calls) <= len(ORDER) + 8


def test_names_outside_the_order_are_rendered_alone() -> None:
    render = Recorder()
    ahead = RenderAhead([], render)
    assert ahead.take("x", True) == "x:True"
    assert ahead.take("x", True) == "x:True"
    assert render.calls == [("x", True), ("x", True)]
