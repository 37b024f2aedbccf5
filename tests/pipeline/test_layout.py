"""The package layout: no import cycles (module level or inside functions), stages stay independent."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "pipeline"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def resolve(name: str, known: dict[str, Path]) -> str | None:
    """The module ``name`` refers to (a module of the package, or the package owning an imported name)."""
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(path: Path, known: dict[str, Path]) -> set[str]:
    """Every module of the package that ``path`` imports, anywhere in the file (TYPE_CHECKING included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    me = module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("pipeline"):
                    found.add(resolve(alias.name, known) or "")
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")
                base = ".".join(up[: len(up) - node.level + 1] + ([base] if base else []))
            if not base.startswith("pipeline"):
                continue
            for alias in node.names:
                target = f"{base}.{alias.name}"
                found.add(target if target in known else (resolve(base, known) or ""))
    found.discard("")
    found.discard(me)
    return {m for m in found if not (me.startswith(m + ".") or m == "pipeline")}


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(path, known) for name, path in known.items()}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycles_anywhere_in_the_package():
    assert find_cycle(graph()) is None


def test_no_module_imports_its_callers():
    """Lower layers never import higher ones: errors < text < config < core < io < stages < runtime, reports, review < cli."""
    rank = {
        "errors": 0,
        "text": 1,
        "config": 2,
        "core": 3,
        "io": 4,
        "stages": 5,
        "runtime": 6,
        "reports": 6,
        "review": 6,
        "cli": 7,
    }
    for name, targets in graph().items():
        layer = name.split(".")[1] if "." in name else "cli"
        for target in targets:
            other = target.split(".")[1] if "." in target else "cli"
            if layer in rank and other in rank:
                assert rank[other] <= rank[layer], f"{name} imports {target}"


def test_stages_do_not_import_each_other():
    """A stage package uses core, config, io and text, never another stage.

    Exceptions: deidentify's recognizers, its residual gate (what the validate stage checks is
    decided by the de-identification policy, so both run the same code) and its rule for ids that
    name a person (the agreement stage reads annotator and reviewer ids after de-identification).
    """
    shared = (
        "pipeline.stages.deidentify.recognizers",
        "pipeline.stages.deidentify.gate",
        "pipeline.stages.deidentify.ids",
    )
    for name, targets in graph().items():
        if not name.startswith("pipeline.stages."):
            continue
        mine = ".".join(name.split(".")[:3])
        for target in targets:
            if (
                target.startswith("pipeline.stages.")
                and not target.startswith((mine + ".", *shared))
                and target != mine
            ):
                raise AssertionError(f"{name} imports {target}")


def public_any(path: Path) -> list[str]:
    """Public signatures and attributes of ``path`` whose annotation mentions ``Any`` (``file:line name``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[str] = []

    def mentions_any(node: ast.AST | None) -> bool:
        if node is None:
            return False
        text = ast.unparse(node)
        return "Any" in re.findall(r"[A-Za-z_][A-Za-z_0-9]*", text)

    def check_function(fn: ast.FunctionDef | ast.AsyncFunctionDef, owner: str) -> None:
        if fn.name.startswith("_") and not (fn.name.startswith("__") and fn.name.endswith("__")):
            return
        args = [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]
        args += [a for a in (fn.args.vararg, fn.args.kwarg) if a is not None]
        if any(mentions_any(a.annotation) for a in args) or mentions_any(fn.returns):
            out.append(f"{path.relative_to(ROOT)}:{fn.lineno} {owner}{fn.name}")

    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            check_function(node, "")
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if not node.target.id.startswith("_") and mentions_any(node.annotation):
                out.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.target.id}")
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id  # a public type alias must not hide Any either
            if not name.startswith("_") and name[:1].isupper() and mentions_any(node.value):
                out.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    check_function(item, f"{node.name}.")
                elif (
                    isinstance(item, ast.AnnAssign)
                    and isinstance(item.target, ast.Name)
                    and not item.target.id.startswith("_")
                    and mentions_any(item.annotation)
                ):
                    out.append(f"{path.relative_to(ROOT)}:{item.lineno} {node.name}.{item.target.id}")
    return out


def test_no_any_at_module_interfaces():
    """Public functions, methods and attributes of pipeline/ and dags/ say what they take and give."""
    found = [hit for p in sorted([*PACKAGE.rglob("*.py"), *(ROOT / "dags").glob("*.py")]) for hit in public_any(p)]
    assert found == [], "\n".join(found)
