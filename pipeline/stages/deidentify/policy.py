"""The de-identification policy: a YAML file validated on load that fails closed.

Anything missing, unknown or of the wrong type is a :class:`~pipeline.errors.ConfigError` naming the
file, the key, the allowed values and what was given. Every entity type the analyzer can emit must
have a rule (no silent default). A ``pseudonym`` action needs an HMAC key from the environment
variable named by ``pseudonym_key_env``; if it is unset or too short the policy does not load
(there is no fallback key). See docs/DEIDENTIFY.md for the format.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.config.yaml_file import yaml_error
from pipeline.errors import ConfigError
from pipeline.stages.deidentify.generalize import GENERALIZE_TO
from pipeline.stages.deidentify.profiles import PROFILES

ACTIONS: tuple[str, ...] = ("mask", "placeholder", "pseudonym", "surrogate", "generalize", "drop_record", "keep")
"""Per-entity actions; ``keep`` detects and audits but leaves the text as it is."""

DEFAULT_POLICY_PATH = Path(__file__).resolve().parents[2] / "defaults" / "deid_policy.yaml"
"""The bundled default policy (needs no secret)."""

BUNDLED_POLICIES: dict[str, Path] = {
    name: DEFAULT_POLICY_PATH.with_name(f"deid_policy_{name}.yaml") for name in ("gdpr", "pipl")
}
"""Bundled policies under a privacy profile, by profile name (copy one, or point ``deidentify.policy`` at it)."""

MIN_KEY_BYTES = 16
"""Shortest accepted pseudonym key."""

_TOP_KEYS = (
    "version",
    "profile",
    "entities",
    "max_entities_per_record",
    "allow_list",
    "deny_list",
    "pseudonym_key_env",
    "pseudonym_key_file",
    "annotator_ids",
    "predefined_recognizers",
    "recognizer_registry",
)
ANNOTATOR_ACTIONS: tuple[str, ...] = ("pseudonym", "placeholder", "keep")
"""What happens to an annotator or reviewer id that holds personal data (an e-mail, a name, a phone)."""

KEY_FILE_ENV = "INSTRUCTFLOW_PII_KEY_FILE"
"""Environment variable naming the key file; it wins over the policy's ``pseudonym_key_file``."""
_REQUIRED_TOP = ("version", "entities", "max_entities_per_record")
_ENTITY_KEYS = ("action", "threshold", "mask_char", "keep_last", "to")


@dataclass(frozen=True)
class EntityRule:
    """What to do with one entity type: the action, the minimum score, and mask options."""

    action: str
    threshold: float
    mask_char: str = "*"
    keep_last: int = 0
    to: str | None = None
    """What ``generalize`` keeps (``month``, ``year``, ``band``, ``city``, ``prefix``; see :mod:`.generalize`)."""


@dataclass(frozen=True)
class Policy:
    """A validated policy. ``key`` (the pseudonym HMAC key) is never printed or serialised."""

    source: str
    entities: dict[str, EntityRule]
    max_entities_per_record: int
    allow_list: frozenset[str] = frozenset()
    deny_list: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pseudonym_key_env: str | None = None
    key: bytes | None = field(default=None, repr=False, compare=False)
    annotator_ids: str = "keep"
    """Action for annotator and reviewer ids that hold personal data (:data:`ANNOTATOR_ACTIONS`)."""
    predefined_recognizers: tuple[str, ...] = ()
    """Presidio recognizers (class names of ``presidio_analyzer.predefined_recognizers``) to add."""
    recognizer_registry: Path | None = None
    """A Presidio recognizer-registry YAML whose recognizers are added (relative to the policy file)."""
    profile: str | None = None
    """The privacy profile (``gdpr``, ``pipl``) whose requirements the rules were checked against."""

    @property
    def uses_surrogates(self) -> bool:
        """True when some entity's action is ``surrogate`` (records then list them in ``pii_surrogates``)."""
        return any(rule.action == "surrogate" for rule in self.entities.values())

    def rule(self, entity_type: str) -> EntityRule:
        """The rule for ``entity_type`` (every emitted type has one; validated on load)."""
        return self.entities[entity_type]

    def summary(self) -> dict[str, object]:
        """A value-free description for the manifest: actions and thresholds per entity, list sizes."""
        return {
            "source": self.source,
            "profile": self.profile,
            "entities": {k: _rule_summary(r) for k, r in sorted(self.entities.items())},
            "max_entities_per_record": self.max_entities_per_record,
            "allow_list_size": len(self.allow_list),
            "deny_list_size": sum(len(v) for v in self.deny_list.values()),
            "pseudonym_key_env": self.pseudonym_key_env,
            "annotator_ids": self.annotator_ids,
            "predefined_recognizers": list(self.predefined_recognizers),
            "recognizer_registry": str(self.recognizer_registry) if self.recognizer_registry else None,
        }


def _rule_summary(rule: EntityRule) -> dict[str, object]:
    out: dict[str, object] = {"action": rule.action, "threshold": rule.threshold}
    if rule.to is not None:
        out["to"] = rule.to
    return out


def _got(value: Any) -> str:
    """What was given, without the value itself (a value can be personal data): its type and size."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number outside the allowed range" if not isinstance(value, bool) else "a boolean"
    if isinstance(value, str):
        return f"a string of {len(value)} characters"
    if value is None:
        return "nothing (null)"
    return f"a {type(value).__name__}"


def _choices(values: Iterable[str]) -> str:
    return ", ".join(repr(v) for v in values)


def load_policy(
    path: str | Path | None,
    entity_types: Iterable[str],
    environ: Mapping[str, str] | None = None,
    *,
    with_key: bool = True,
) -> Policy:
    """Load and validate the policy at ``path`` (``None`` = the bundled default).

    ``entity_types`` are the types the analyzer can emit: each needs a rule. ``environ`` (default
    ``os.environ``) supplies the pseudonym key.
    """
    import yaml

    p = Path(path) if path is not None else DEFAULT_POLICY_PATH
    source = str(p)
    if not p.is_file():
        raise ConfigError(f"{source}: de-identification policy file not found")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{source}: policy file is not UTF-8 (byte {exc.start})") from None
    except yaml.YAMLError as exc:
        raise yaml_error(exc, source) from None
    return parse_policy(data, source=source, entity_types=entity_types, environ=environ, with_key=with_key)


def parse_policy(
    data: object,
    *,
    source: str,
    entity_types: Iterable[str],
    environ: Mapping[str, str] | None = None,
    with_key: bool = True,
) -> Policy:
    """Validate already-parsed policy data (see :func:`load_policy`).

    ``with_key=False`` skips reading (or creating) the pseudonym key: for readers of a policy that
    transform nothing (``scan``, the validation gate).
    """
    env = os.environ if environ is None else environ
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the policy must be a mapping with keys {_choices(_TOP_KEYS)}, got {_got(data)}")
    unknown = sorted(set(data) - set(_TOP_KEYS), key=str)
    if unknown:
        raise ConfigError(f"{source}: unknown key '{unknown[0]}' (allowed: {_choices(_TOP_KEYS)})")
    for name in _REQUIRED_TOP:
        if name not in data:
            raise ConfigError(f"{source}: missing required key '{name}'")
    if data["version"] != 1:
        raise ConfigError(f"{source}: key 'version' must be 1, got {_got(data['version'])}")
    max_n = data["max_entities_per_record"]
    if isinstance(max_n, bool) or not isinstance(max_n, int) or max_n < 1:
        raise ConfigError(f"{source}: key 'max_entities_per_record' must be an integer >= 1, got {_got(max_n)}")

    allow = data.get("allow_list") or []
    if not isinstance(allow, list) or not all(isinstance(v, str) and v.strip() for v in allow):
        raise ConfigError(f"{source}: key 'allow_list' must be a list of non-empty strings")

    deny_raw = data.get("deny_list") or {}
    if not isinstance(deny_raw, dict):
        raise ConfigError(
            f"{source}: key 'deny_list' must be a mapping of entity type to a list of strings, "
            f"got {type(deny_raw).__name__}"
        )
    deny: dict[str, tuple[str, ...]] = {}
    for etype, values in deny_raw.items():
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise ConfigError(f"{source}: key 'deny_list.{etype}' must be a list of non-empty strings")
        deny[str(etype)] = tuple(values)

    predefined = data.get("predefined_recognizers") or []
    if not isinstance(predefined, list) or not all(isinstance(v, str) and v.isidentifier() for v in predefined):
        raise ConfigError(
            f"{source}: key 'predefined_recognizers' must be a list of Presidio recognizer class names "
            "(e.g. UsLicenseRecognizer)"
        )
    registry_raw = data.get("recognizer_registry")
    registry: Path | None = None
    if registry_raw is not None:
        if not isinstance(registry_raw, str) or not registry_raw.strip():
            raise ConfigError(f"{source}: key 'recognizer_registry' must be the path of a Presidio registry YAML")
        registry = Path(registry_raw).expanduser()
        if not registry.is_absolute():
            registry = (Path(source).parent / registry).resolve()
        if not registry.is_file():
            raise ConfigError(f"{source}: key 'recognizer_registry' names a file that does not exist: {registry}")
    added: set[str] = set()
    if predefined or registry is not None:
        # the types users' own Presidio recognizers emit need rules too (else their findings would be lost)
        from pipeline.stages.deidentify.analyzer import external_entities

        try:
            added = external_entities(tuple(predefined), registry)
        except ConfigError as exc:
            raise ConfigError(f"{source}: {exc}") from None

    profile = data.get("profile")
    if profile is not None and profile not in PROFILES:
        raise ConfigError(f"{source}: key 'profile' must be one of {_choices(PROFILES)}, got {_got(profile)}")
    ents = data["entities"]
    if not isinstance(ents, dict) or not (ents or profile):
        raise ConfigError(
            f"{source}: key 'entities' must be a non-empty mapping of entity type to rule, got {_got(ents)}"
        )
    known = set(entity_types) | set(deny) | added
    if profile is not None:
        ents = {**_profile_defaults(profile, known), **ents}
    for etype in sorted(ents, key=str):
        if etype not in known:
            raise ConfigError(f"{source}: unknown entity 'entities.{etype}' (known: {_choices(sorted(known))})")
    for etype in sorted(known):
        if etype not in ents:
            raise ConfigError(
                f"{source}: missing rule 'entities.{etype}' (every detected entity type needs an action, "
                f"one of {_choices(ACTIONS)})"
            )
    rules = {etype: _parse_rule(ents[etype], f"entities.{etype}", source) for etype in sorted(ents)}
    if profile is not None:
        _check_profile(rules, profile, source)

    annotator_ids = data.get("annotator_ids", "keep")
    if annotator_ids not in ANNOTATOR_ACTIONS:
        raise ConfigError(
            f"{source}: key 'annotator_ids' must be one of {_choices(ANNOTATOR_ACTIONS)}, got {_got(annotator_ids)}"
        )
    key_file_raw = data.get("pseudonym_key_file")
    if key_file_raw is not None and (not isinstance(key_file_raw, str) or not key_file_raw.strip()):
        raise ConfigError(f"{source}: key 'pseudonym_key_file' must be a file path")

    key_env = data.get("pseudonym_key_env")
    if key_env is not None and (not isinstance(key_env, str) or not key_env.strip()):
        raise ConfigError(
            f"{source}: key 'pseudonym_key_env' must be an environment variable name, got {_got(key_env)}"
        )
    key: bytes | None = None
    users = [f"entity '{e}'" for e, r in rules.items() if r.action in ("pseudonym", "surrogate")]
    if annotator_ids == "pseudonym":
        users.append("key 'annotator_ids'")
    if users and with_key:
        key_file = env.get(KEY_FILE_ENV) or key_file_raw
        key = _pseudonym_key(source, users[0], key_env, key_file, env)

    return Policy(
        source=source,
        entities=rules,
        max_entities_per_record=max_n,
        allow_list=frozenset(v.strip() for v in allow),
        deny_list=deny,
        pseudonym_key_env=key_env,
        key=key,
        annotator_ids=annotator_ids,
        predefined_recognizers=tuple(predefined),
        recognizer_registry=registry,
        profile=profile,
    )


def _profile_defaults(profile: str, known: set[str]) -> dict[str, dict[str, object]]:
    """The profile's default rules for the entity types the analyzer can emit, in policy-file form."""
    out: dict[str, dict[str, object]] = {}
    for etype, req in PROFILES[profile].items():
        if etype in known:
            rule: dict[str, object] = {"action": req.default_action, "threshold": req.threshold}
            if req.default_to is not None:
                rule["to"] = req.default_to
            out[etype] = rule
    return out


def _check_profile(rules: Mapping[str, EntityRule], profile: str, source: str) -> None:
    """Refuse a rule weaker than ``profile`` requires: another action, or a higher threshold (fail closed)."""
    for etype, req in sorted(PROFILES[profile].items()):
        rule = rules.get(etype)
        if rule is None:
            continue
        if rule.action not in req.actions:
            raise ConfigError(
                f"{source}: entity '{etype}' has action {rule.action!r}, weaker than profile '{profile}' allows "
                f"(required: one of {_choices(req.actions)})"
            )
        if rule.threshold > req.threshold:
            raise ConfigError(
                f"{source}: entity '{etype}' has a threshold above {req.threshold}, the highest profile "
                f"'{profile}' allows (a higher threshold detects less)"
            )


def _pseudonym_key(source: str, user: str, key_env: str | None, key_file: str | None, env: Mapping[str, str]) -> bytes:
    """The HMAC key: from the environment variable ``key_env``, else from ``key_file`` (created when missing).

    A key file is created once with 32 random bytes (mode 0600) and read on every later run, so
    pseudonyms stay stable across runs and machines that share it; nothing falls back to a fixed key.
    """
    secret = env.get(key_env, "") if key_env else ""
    if secret:
        if len(secret.encode("utf-8")) < MIN_KEY_BYTES:
            raise ConfigError(
                f"{source}: environment variable {key_env} must hold at least {MIN_KEY_BYTES} bytes for the "
                f"pseudonym key, got {len(secret.encode('utf-8'))}"
            )
        return secret.encode("utf-8")
    if not key_file:
        raise ConfigError(
            f"{source}: {user} uses a keyed action (pseudonym, surrogate), which needs a key: set environment variable "
            f"{key_env or 'named by pseudonym_key_env'} or key 'pseudonym_key_file' (no fallback key is used)"
        )
    path = Path(key_file).expanduser()
    try:
        if not path.exists():
            _create_key_file(path)
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{source}: pseudonym key file {path} cannot be read or created ({exc.strerror})") from None
    if len(data) < MIN_KEY_BYTES:
        raise ConfigError(f"{source}: pseudonym key file {path} holds fewer than {MIN_KEY_BYTES} bytes")
    return data


def _parse_rule(raw: Any, where: str, source: str) -> EntityRule:
    if not isinstance(raw, dict):
        raise ConfigError(
            f"{source}: key '{where}' must be a mapping with keys {_choices(_ENTITY_KEYS)}, got {_got(raw)}"
        )
    unknown = sorted(set(raw) - set(_ENTITY_KEYS), key=str)
    if unknown:
        raise ConfigError(f"{source}: unknown key '{where}.{unknown[0]}' (allowed: {_choices(_ENTITY_KEYS)})")
    for key in ("action", "threshold"):
        if key not in raw:
            raise ConfigError(f"{source}: missing required key '{where}.{key}'")
    action = raw["action"]
    if action not in ACTIONS:
        raise ConfigError(f"{source}: key '{where}.action' must be one of {_choices(ACTIONS)}, got {_got(action)}")
    thr = raw["threshold"]
    if isinstance(thr, bool) or not isinstance(thr, (int, float)) or not 0.0 <= thr <= 1.0:
        raise ConfigError(f"{source}: key '{where}.threshold' must be a number between 0 and 1, got {_got(thr)}")
    mask_char = raw.get("mask_char", "*")
    if not isinstance(mask_char, str) or len(mask_char) != 1:
        raise ConfigError(f"{source}: key '{where}.mask_char' must be a single character, got {_got(mask_char)}")
    keep_last = raw.get("keep_last", 0)
    if isinstance(keep_last, bool) or not isinstance(keep_last, int) or not 0 <= keep_last <= 8:
        raise ConfigError(
            f"{source}: key '{where}.keep_last' must be an integer between 0 and 8, got {_got(keep_last)}"
        )
    if action != "mask" and ("mask_char" in raw or "keep_last" in raw):
        raise ConfigError(f"{source}: key '{where}' sets mask options but its action is {action!r}, not 'mask'")
    to = _parse_to(raw, action, where, source)
    return EntityRule(action=action, threshold=float(thr), mask_char=mask_char, keep_last=keep_last, to=to)


def _parse_to(raw: Mapping[str, Any], action: str, where: str, source: str) -> str | None:
    """The ``to`` of a ``generalize`` rule, checked against what its entity type supports."""
    if action != "generalize":
        if "to" in raw:
            raise ConfigError(f"{source}: key '{where}' sets 'to' but its action is {action!r}, not 'generalize'")
        return None
    etype = where.removeprefix("entities.")
    allowed = GENERALIZE_TO.get(etype)
    if allowed is None:
        raise ConfigError(
            f"{source}: key '{where}.action' is 'generalize', which {etype} does not support "
            f"(generalize works for: {_choices(sorted(GENERALIZE_TO))})"
        )
    if "to" not in raw:
        raise ConfigError(
            f"{source}: missing required key '{where}.to' (action 'generalize' needs one of {_choices(allowed)})"
        )
    to = raw["to"]
    if to not in allowed:
        raise ConfigError(f"{source}: key '{where}.to' must be one of {_choices(allowed)}, got {_got(to)}")
    return str(to)


def _create_key_file(path: Path) -> None:
    """Create ``path`` with 32 random bytes, mode 0600; if another process created it first, keep theirs."""
    import secrets
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(FileExistsError):  # the first creator wins
            os.link(tmp, path)  # atomic, and fails when the file exists
    finally:
        os.unlink(tmp)
