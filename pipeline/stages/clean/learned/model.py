"""The learned junk score: boosted decision trees over :mod:`.features`, read from a JSON file.

The model is trained offline by ``bench/clean_learned.py`` (scikit-learn's gradient boosting, seeded) and
shipped as numbers only: per feature the range seen on good real records (for the "how far outside the
good range" features), and per tree its comparisons and leaf values. Nothing is unpickled and nothing is
trained or downloaded at run time.

Every tree is stored complete to a fixed depth (a leaf above that depth repeats its value below a
comparison that always goes left), so a batch is scored with a few numpy operations per level for all
trees at once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from pipeline.errors import ConfigError

DEFAULT_MODEL = Path(__file__).resolve().parents[3] / "defaults" / "learned_junk.json"
"""The bundled model (``pipeline/defaults/learned_junk.json``)."""

FORMAT = "instructflow-learned-junk/1"


@dataclass(frozen=True)
class JunkModel:
    """A boosted-tree model: ``score(x) = sigmoid(bias + sum of the leaf values x reaches)``."""

    features: tuple[str, ...]
    lo: np.ndarray
    """Per feature: the low end of the range seen on good records (0.1st percentile)."""
    hi: np.ndarray
    """Per feature: the high end (99.9th percentile)."""
    bias: float
    depth: int
    feature: np.ndarray
    """(trees, 2**depth - 1) column of each comparison (breadth-first, extended features)."""
    threshold: np.ndarray
    """(trees, 2**depth - 1): go left when the value is <= this."""
    leaf: np.ndarray
    """(trees, 2**depth) leaf values, already multiplied by the learning rate."""
    langs: frozenset[str] = frozenset({"en", "zh"})
    """Record languages (``lang``) the model was trained on; other records get no score."""

    def extend(self, x: np.ndarray) -> np.ndarray:
        """``x`` with three columns added: the largest, the number of and the summed distances outside the range."""
        scale = np.maximum(self.hi - self.lo, 1e-3)
        far = np.maximum(np.maximum(x - self.hi, self.lo - x), 0.0) / scale
        return np.column_stack([x, far.max(axis=1), (far > 0).sum(axis=1), far.sum(axis=1)])

    @cached_property
    def leaf_table(self) -> np.ndarray:
        """Per tree and per byte of comparison bits (bit ``j`` set: node ``j`` goes left), the leaf value reached.

        Flat, ``trees * 256`` values (used for trees of at most 8 comparisons, depth <= 3).
        """
        nodes = self.feature.shape[1]
        codes = np.arange(256)
        node = np.zeros(256, dtype=np.int64)
        for _ in range(self.depth):
            node = 2 * node + 2 - ((codes >> node) & 1)
        table: np.ndarray = self.leaf[:, node - nodes].reshape(-1)
        return table

    @cached_property
    def threshold32(self) -> np.ndarray:
        """The thresholds as float32 rounded down (flat): see :func:`float32_floor`."""
        return float32_floor(self.threshold.reshape(-1))

    def scores(self, x: np.ndarray, chunk: int = 512) -> np.ndarray:
        """Junk probability (0-1) per row of the feature matrix ``x`` (columns in :attr:`features` order)."""
        n = x.shape[0]
        out = np.empty(n)
        trees, nodes = self.feature.shape
        cols = self.feature.reshape(-1)
        small = nodes <= 8
        thr = self.threshold32 if small else self.threshold.reshape(-1)
        bits = (1 << np.arange(nodes)).astype(np.uint8) if small else None
        tree_base = np.arange(0, trees * 256, 256)
        for lo in range(0, n, chunk):
            # scikit-learn compares features as float32 with float64 thresholds: the same here, exactly
            ext = self.extend(x[lo : lo + chunk]).astype(np.float32)
            left = ext[:, cols] <= thr  # every comparison of every tree: (rows, trees * nodes)
            if bits is not None:
                # the comparisons of one tree are the bits of one byte, which picks its leaf value from a table
                code = (left.reshape(-1, trees, nodes).view(np.uint8) * bits).sum(axis=2, dtype=np.uint8)
                values = self.leaf_table[np.ascontiguousarray(code, dtype=np.intp) + tree_base]
            else:
                values = self._walk(left)
            # values is C-ordered (rows, trees): the sum adds the trees of a row in the same order every time
            out[lo : lo + chunk] = 1.0 / (1.0 + np.exp(-(self.bias + values.sum(axis=1))))
        return out

    def _walk(self, left: np.ndarray) -> np.ndarray:
        """Leaf value per row and tree, walking the levels (``left``: every comparison of every tree)."""
        trees, nodes = self.feature.shape
        node = np.zeros((left.shape[0], trees), dtype=np.int64)
        tree_base = np.arange(trees) * nodes
        for _ in range(self.depth):
            go = np.take_along_axis(left, node + tree_base, axis=1)
            node = 2 * node + 2 - go
        leaf_base = np.arange(trees) * self.leaf.shape[1]
        values: np.ndarray = self.leaf.reshape(-1)[node - nodes + leaf_base]
        return values


def float32_floor(values: np.ndarray) -> np.ndarray:
    """Per float64 value ``t``, the largest float32 not above it.

    For a float32 ``v``, ``v <= t`` exactly when ``v <= float32_floor(t)``: comparisons of float32 features
    run in float32 with the same outcome.
    """
    with np.errstate(over="ignore"):
        t32 = values.astype(np.float32)
    above = t32.astype(np.float64) > values
    t32[above] = np.nextafter(t32[above], np.float32(-np.inf))
    return t32


def load_model(path: Path | str | None = None) -> JunkModel:
    """Read a model file (default: the bundled one); a :class:`ConfigError` names the file and the problem."""
    return _load(str(path) if path is not None else str(DEFAULT_MODEL))


@lru_cache(maxsize=4)
def _load(path: str) -> JunkModel:
    from pipeline.stages.clean.learned.features import FEATURE_NAMES

    p = Path(path)
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read the learned junk model ({type(exc).__name__})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ConfigError(f"{p}: not a learned junk model (format must be '{FORMAT}')")
    if tuple(doc.get("features", ())) != FEATURE_NAMES:
        raise ConfigError(f"{p}: the model was trained on other features than this version computes; retrain it")
    try:
        depth = int(doc["depth"])
        model = JunkModel(
            features=FEATURE_NAMES,
            lo=np.array(doc["range_lo"], dtype=np.float64),
            hi=np.array(doc["range_hi"], dtype=np.float64),
            bias=float(doc["bias"]),
            depth=depth,
            feature=np.array(doc["tree_feature"], dtype=np.int64),
            threshold=np.array(doc["tree_threshold"], dtype=np.float64),
            leaf=np.array(doc["tree_leaf"], dtype=np.float64),
            langs=frozenset(str(lang) for lang in doc["langs"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{p}: malformed learned junk model ({type(exc).__name__})") from None
    nf = len(FEATURE_NAMES)
    nodes, leaves = 2**depth - 1, 2**depth
    if (
        model.lo.shape != (nf,)
        or model.hi.shape != (nf,)
        or model.feature.ndim != 2
        or model.feature.shape[1] != nodes
        or model.threshold.shape != model.feature.shape
        or model.leaf.shape != (model.feature.shape[0], leaves)
        or (model.feature.size and (model.feature.min() < 0 or model.feature.max() >= nf + 3))
    ):
        raise ConfigError(f"{p}: malformed learned junk model (array shapes do not match depth and features)")
    return model


def score_records(model: JunkModel, x: np.ndarray) -> list[float]:
    """:meth:`JunkModel.scores` as a list (one float per record)."""
    return model.scores(x).tolist() if x.shape[0] else []
