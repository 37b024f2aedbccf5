"""Reading a YAML file strictly: what ``yaml.safe_load`` lets through and a config must not hold.

:func:`load_yaml_file` refuses, each with a :class:`~pipeline.errors.ConfigError` naming the file,
the line and the key but never a value:

- a key given twice in one mapping (``safe_load`` silently keeps the last one; an override merged
  in with ``<<: *anchor`` is not a duplicate);
- ``.nan`` and ``.inf`` anywhere (a NaN threshold compares false with every bound and would pass a
  range check); the message names the key that holds one;
- nesting deeper than :data:`MAX_DEPTH` levels (PyYAML builds nodes recursively and would crash),
  more than :data:`MAX_NODES` values once aliases are expanded (a "billion laughs" file), and files
  over :data:`MAX_BYTES`.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import TYPE_CHECKING, cast

from pipeline.errors import ConfigError

if TYPE_CHECKING:
    import yaml

MAX_BYTES = 4 * 1024 * 1024
"""Largest config or policy file read (the bundled ones are a few KiB)."""
MAX_DEPTH = 32
"""Deepest nesting of mappings and lists (the config needs 4 levels, the policy 3)."""
MAX_NODES = 200_000
"""Most values (scalars, lists, mappings) in a file, counting every use of an alias."""

_MERGE_TAG = "tag:yaml.org,2002:merge"


def key_text(key: object) -> str:
    """A key as it may appear in a one-line message: printable, at most 60 characters, quotes escaped."""
    if not isinstance(key, str):
        return f"<a {type(key).__name__} key>"
    text = key.encode("unicode_escape").decode("ascii").replace("'", "\\'")
    return text if len(text) <= 60 else text[:57] + "..."


def _where(node: yaml.Node) -> str:
    return f"line {node.start_mark.line + 1}, column {node.start_mark.column + 1}"


def _strict_loader(source: str) -> type[yaml.SafeLoader]:
    """A SafeLoader that refuses a key given twice in one mapping (messages name ``source``)."""
    import yaml

    class StrictLoader(yaml.SafeLoader):
        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
            seen: dict[object, yaml.Node] = {}
            for key_node, _value in node.value:
                if key_node.tag == _MERGE_TAG:
                    continue
                key = self.construct_object(key_node, deep=True)
                try:
                    first = seen.get(key)
                except TypeError:  # an unhashable key: safe_load reports it itself
                    continue
                if first is not None:
                    raise ConfigError(
                        f"{source}: {_where(key_node)}: key '{key_text(key)}' is given twice in one mapping "
                        f"(first at line {first.start_mark.line + 1})"
                    )
                seen[key] = key_node
            return cast("dict[object, object]", super().construct_mapping(node, deep=deep))

    return StrictLoader


def _check_shape(text: str, source: str, loader: type[yaml.SafeLoader]) -> None:
    """Refuse deep nesting (from the event stream, which PyYAML parses without recursion) and alias bombs."""
    import yaml

    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                line = event.start_mark.line + 1 if event.start_mark else 0
                raise ConfigError(f"{source}: line {line}: nesting is deeper than {MAX_DEPTH} levels")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    root = yaml.compose(text, Loader=loader)  # nesting is bounded now: composing cannot recurse too deep
    if root is None:
        return
    stack: list[yaml.Node] = [root]
    count = 0
    while stack:  # every use of an alias is walked again: the size the loaded data will have
        node = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise ConfigError(f"{source}: more than {MAX_NODES:,} values (counting every use of an alias)")
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                stack.append(key_node)
                stack.append(value_node)


def _check_finite(data: object, source: str) -> None:
    """Refuse NaN and infinity anywhere in ``data``, naming the key that holds one."""
    stack: list[tuple[str, object]] = [("", data)]
    while stack:
        key, value = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            raise ConfigError(f"{source}: key '{key}' must be a finite number (NaN and infinity are refused)")
        if isinstance(value, dict):
            stack.extend((f"{key}.{key_text(k)}" if key else key_text(k), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((f"{key}[{i}]", v) for i, v in enumerate(value))


def load_yaml_file(path: str | Path, what: str = "config file") -> object:
    """Parse the YAML file ``path`` strictly (see the module docstring); ``what`` names it in messages.

    Raises :class:`~pipeline.errors.ConfigError` for a missing, unreadable, non-UTF-8, too large or
    invalid file, naming the file and the line.
    """
    import yaml

    p = Path(path)
    source = str(p)
    if not p.is_file():
        raise ConfigError(f"{source}: {what} not found")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ConfigError(f"{source}: {what} is larger than {MAX_BYTES:,} bytes")
        text = p.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{source}: {what} is not UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise ConfigError(f"{source}: {what} cannot be read ({exc.strerror})") from None
    loader = _strict_loader(source)
    try:
        _check_shape(text, source, loader)
        data = yaml.load(text, Loader=loader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.YAMLError as exc:
        raise yaml_error(exc, source) from None
    _check_finite(data, source)
    return data


_QUOTED = re.compile(r"'([^']*)'")


def yaml_error(exc: Exception, source: str) -> ConfigError:
    """A YAML parser error as one line: file, line, column and the problem, without the file's text.

    PyYAML quotes what it choked on (an undefined alias, a tag), which may be a name from a deny
    list; a quoted piece longer than two characters is left out.
    """
    mark = getattr(exc, "problem_mark", None)
    where = f" line {mark.line + 1}, column {mark.column + 1}:" if mark else ""
    problem = str(getattr(exc, "problem", None) or "invalid YAML")
    quiet = _QUOTED.sub(lambda m: m.group() if len(m.group(1)) <= 2 or m.group(1) == "<stream end>" else "'…'", problem)
    return ConfigError(f"{source}:{where} {quiet}")
