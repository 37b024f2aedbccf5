"""Typed config sections as dataclasses, validated strictly when loaded from YAML.

Unknown keys and wrong types are errors that name the key, the allowed values and the kind of
value given (a string, a number...), never the value itself: a config value can be personal data
and messages go to logs. Numbers must be finite (NaN and infinity are refused). Field constraints
go in ``dataclasses.field(metadata=...)``: ``min``/``max`` for numbers, ``choices`` for strings,
``help`` for the generated docs.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

from pipeline.config.yaml_file import key_text
from pipeline.errors import ConfigError

if typing.TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")

_TYPE_NAMES = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}


def got(value: object) -> str:
    """What kind of value was given, without the value itself (for messages)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__}"


def _other(value: object) -> str:
    """``got`` for a value of the right kind that is not one of the allowed ones."""
    kind = got(value)
    return "another " + kind.removeprefix("a ") if kind.startswith("a ") else kind


def _expected(tp: Any) -> str:
    origin = get_origin(tp)
    if tp in _TYPE_NAMES:
        return _TYPE_NAMES[tp]
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in get_args(tp))
    if origin in (list, tuple):
        return "a list"
    if origin is dict:
        return "a mapping"
    if dataclasses.is_dataclass(tp):
        return "a mapping"
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_expected(a) if a is not type(None) else "null" for a in get_args(tp))
    return getattr(tp, "__name__", str(tp))


def _convert(tp: Any, value: Any, key: str, source: str, meta: typing.Mapping[str, Any]) -> Any:
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = get_args(tp)
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _convert(arg, value, key, source, meta)
            except ConfigError as exc:
                errors.append(exc)
        raise ConfigError(f"{source}: key '{key}' must be {_expected(tp)}, got {got(value)}")
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise ConfigError(f"{source}: key '{key}' must be a mapping, got {got(value)}")
        return build(tp, value, source=source, prefix=key)
    if origin is Literal:
        choices = get_args(tp)
        if value not in choices:
            allowed = ", ".join(repr(c) for c in choices)
            raise ConfigError(f"{source}: key '{key}' must be one of {allowed}, got {_other(value)}")
        return value
    if origin in (list, tuple):
        if not isinstance(value, list):
            raise ConfigError(f"{source}: key '{key}' must be a list, got {got(value)}")
        (item_tp, *_) = get_args(tp) or (Any,)
        items = [_convert(item_tp, v, f"{key}[{i}]", source, {}) for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else items
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{source}: key '{key}' must be a mapping, got {got(value)}")
        _key_tp, val_tp = get_args(tp) or (str, Any)
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise ConfigError(f"{source}: key '{key}' must have string keys, got {got(k)}")
            out[k] = _convert(val_tp, v, f"{key}.{key_text(k)}", source, {})
        return out
    if tp is Any:
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{source}: key '{key}' must be a boolean (true/false), got {got(value)}")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{source}: key '{key}' must be an integer, got {got(value)}")
        _check_range(value, key, source, meta)
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{source}: key '{key}' must be a number, got {got(value)}")
        if not math.isfinite(value):
            raise ConfigError(f"{source}: key '{key}' must be a finite number, got NaN or infinity")
        _check_range(value, key, source, meta)
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise ConfigError(f"{source}: key '{key}' must be a string, got {got(value)}")
        options = meta.get("choices")
        if options is not None and value not in options:
            allowed = ", ".join(repr(c) for c in options)
            raise ConfigError(f"{source}: key '{key}' must be one of {allowed}, got {_other(value)}")
        return value
    raise TypeError(f"unsupported config type {tp!r} for key {key!r}")


def _check_range(value: float, key: str, source: str, meta: typing.Mapping[str, Any]) -> None:
    lo, hi = meta.get("min"), meta.get("max")
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        lo_s = "-inf" if lo is None else lo
        hi_s = "inf" if hi is None else hi
        raise ConfigError(f"{source}: key '{key}' must be between {lo_s} and {hi_s}, got a number outside that range")


def build(cls: type[T], data: typing.Mapping[str, object] | None, *, source: str = "config", prefix: str = "") -> T:
    """Build dataclass ``cls`` from ``data``, rejecting unknown keys and wrong types by name."""
    data = data or {}
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(data) - set(fields), key=str)
    if unknown:
        name = key_text(unknown[0])
        key = f"{prefix}.{name}" if prefix else name
        allowed = ", ".join(sorted(fields)) or "(none)"
        raise ConfigError(f"{source}: unknown key '{key}' (allowed here: {allowed})")
    kwargs = {}
    for name, value in data.items():
        key = f"{prefix}.{name}" if prefix else name
        kwargs[name] = _convert(hints[name], value, key, source, fields[name].metadata)
    try:
        obj = cls(**kwargs)
    except ConfigError:
        raise
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{source}: section '{prefix or 'top level'}' is invalid: {exc}") from None
    return obj


def to_dict(obj: object) -> object:
    """Turn a config dataclass tree into plain JSON-able data (for the manifest)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.init}
    if isinstance(obj, (list, tuple)):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj
