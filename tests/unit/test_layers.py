"""Import arrows point down only: engines (mkdocs/, zensical/) -> render/ -> core/.

Read with ``ast`` from the source, so a violation is found without importing anything.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "mkdocs_series"
LAYERS = {"core": 0, "render": 1, "mkdocs": 2, "zensical": 2}
# Third-party packages only an engine's front-end may import.
ENGINES = ("mkdocs", "zensical", "properdocs", "material")


def imports_of(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    """Every module ``path`` imports, relative imports resolved to ``mkdocs_series.*``."""
    package = path.relative_to(root).with_suffix("").parts[:-1]
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join((*base, node.module)) if node.module else ".".join(base)
            else:
                module = node.module or ""
            found.append(module)
            found.extend(f"{module}.{alias.name}" for alias in node.names)
    return found


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "mkdocs_series" and len(parts) > 1 else None


def violations(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    """The imports of ``path`` that point up a layer, or into an engine from below."""
    layer = path.parent.name
    own = LAYERS[layer]
    wrong = []
    for module in imports_of(path, root):
        target = layer_of(module)
        if (
            target in LAYERS
            and (LAYERS[target] > own or (own == 2 and target not in ("core", "render", layer)))
        ) or (own < 2 and module.split(".")[0] in ENGINES):
            wrong.append(module)
    return wrong


SOURCES = sorted(
    p for p in PACKAGE.rglob("*.py") if p.parent.name in LAYERS and p.name != "__init__.py"
)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_imports_point_down(path: Path) -> None:
    assert violations(path) == []


def test_the_check_sees_a_violation(tmp_path: Path) -> None:
    core = tmp_path / "mkdocs_series" / "core"
    core.mkdir(parents=True)
    (core / "bad.py").write_text(
        "import mkdocs.utils\nfrom ..render.views import Views\nfrom .models import Post\n"
    )
    assert violations(core / "bad.py", tmp_path) == [
        "mkdocs.utils",
        "mkdocs_series.render.views",
        "mkdocs_series.render.views.Views",
    ]
    engine = tmp_path / "mkdocs_series" / "zensical"
    engine.mkdir()
    (engine / "front.py").write_text("from ..mkdocs.build import SiteBuild\n")
    assert violations(engine / "front.py", tmp_path)[0] == "mkdocs_series.mkdocs.build"


def test_every_module_is_in_a_layer() -> None:
    loose = [p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "__main__.py")]
    assert loose == []
    assert {p.parent.name for p in SOURCES} <= set(LAYERS)
