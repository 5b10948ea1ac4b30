"""No import circle in ``steward/``: the package's import graph, read with ``ast``, is acyclic.

The graph has one node per module of ``steward/`` and an edge for every ``import steward.X``
and ``from steward.X import Y`` (``Y`` counts as the module ``steward.X.Y`` when it is one;
relative imports are resolved). Two graphs are checked:

* **module-level imports** — the statements at a module's top, including those under
  ``if TYPE_CHECKING:`` and in ``try`` blocks: these run (or, for type checkers, resolve) when
  the module loads, so a circle among them can leave a module half-initialised and always
  tangles the layers (the audit importing the pipeline's ``RunSummary`` was one). None allowed.
* **every import**, those inside functions too: a deferred import cannot break loading, but a
  circle through one is still a layering knot. None allowed except the edges listed in
  :data:`DEFERRED_BY_DESIGN`, each with why it must stay.

A module's implicit dependency on its parent package's ``__init__`` is not an edge: Python
imports the package first, and a package re-exporting its submodules is the usual layout.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "steward"

# (importer, imported): deferred imports that close a circle on purpose.
DEFERRED_BY_DESIGN = {
    # The policy validates its gate rules against the metric catalogue, which imports the
    # audits that declare the metrics; those (through the PII engine, the ledger and the
    # roles) use the policy's types. steward.config imports the catalogue inside the
    # validator, when a policy is validated, after every module has loaded.
    ("steward.config", "steward.audit.catalogue"),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _module_level(body: list[ast.stmt]) -> list[ast.stmt]:
    """The statements that run at import: the top level, if/try blocks included."""
    out: list[ast.stmt] = []
    for node in body:
        out.append(node)
        if isinstance(node, ast.If):
            out += _module_level(node.body) + _module_level(node.orelse)
        elif isinstance(node, ast.Try):
            handlers = [stmt for handler in node.handlers for stmt in handler.body]
            out += _module_level(node.body + handlers + node.orelse + node.finalbody)
    return out


def _targets(node: ast.stmt, module: str, is_package: bool, known: set[str]) -> set[str]:
    """The steward modules one import statement names."""

    def resolve(name: str) -> str | None:
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    names: list[str] = []
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = module if is_package else module.rpartition(".")[0]
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            source = f"{base}.{node.module}" if node.module else base
        else:
            source = node.module or ""
        names = [
            f"{source}.{alias.name}" if f"{source}.{alias.name}" in known else source
            for alias in node.names
        ]
    resolved = {resolve(name) for name in names if name == "steward" or name.startswith("steward.")}
    return {name for name in resolved if name is not None and name != module}


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def import_graph(*, deferred: bool) -> dict[str, set[str]]:
    """Module → the steward modules it imports (``deferred``: imports in functions too)."""
    modules = _modules()
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        tree = _tree(path)
        statements = list(ast.walk(tree)) if deferred else _module_level(tree.body)
        is_package = path.name == "__init__.py"
        graph[module] = set()
        for node in statements:
            if isinstance(node, ast.Import | ast.ImportFrom):
                graph[module] |= _targets(node, module, is_package, known)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _describe(graph: dict[str, set[str]], component: list[str]) -> str:
    members = set(component)
    edges = [f"{a} -> {b}" for a in component for b in sorted(graph[a] & members)]
    return "circle: " + "; ".join(edges)


def test_the_graph_sees_imports_of_every_kind() -> None:
    graph = import_graph(deferred=False)
    assert "steward.audit.catalogue" in graph["steward.audit.document"]  # from X import Y
    assert "steward.audit.robustness.builtin" in graph["steward.audit.robustness"]  # __init__
    assert "steward.runs" in graph["steward.audit.report"]  # under TYPE_CHECKING
    assert "steward.audit.catalogue" not in graph["steward.config"]  # only in a function
    assert "steward.audit.catalogue" in import_graph(deferred=True)["steward.config"]


def test_cycles_finds_a_circle_and_only_a_circle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []


def test_no_import_circle_among_module_level_imports() -> None:
    graph = import_graph(deferred=False)
    assert len(graph) > 100  # the whole package was read
    assert [_describe(graph, c) for c in cycles(graph)] == []


def test_no_import_circle_even_through_deferred_imports() -> None:
    graph = import_graph(deferred=True)
    for importer, imported in DEFERRED_BY_DESIGN:
        assert imported in graph[importer], f"{importer} no longer imports {imported}: unlist it"
        graph[importer] = graph[importer] - {imported}
    assert [_describe(graph, c) for c in cycles(graph)] == []


def test_no_stage_imports_an_orchestrator() -> None:
    """The pipelines import the stages, never the reverse: shared run types live in
    steward.runs, below both."""
    orchestrators = {"steward.pipeline", "steward.assistant.pipeline", "steward.federated.pipeline",
                     "steward.federated.assistant_pipeline"}  # fmt: skip
    allowed = orchestrators | {"steward.cli", "steward.serve.cli"}  # entry points
    graph = import_graph(deferred=True)
    importers = {
        module: sorted(graph[module] & orchestrators)
        for module in graph
        if module not in allowed and graph[module] & orchestrators
    }
    assert importers == {}
