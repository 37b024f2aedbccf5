"""pipeline/stages/clean/learned/model.py: reading a model file and scoring with complete trees."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from pipeline.errors import ConfigError
from pipeline.stages.clean.learned.features import FEATURE_NAMES
from pipeline.stages.clean.learned.model import DEFAULT_MODEL, FORMAT, float32_floor, load_model

NF = len(FEATURE_NAMES)


def _doc(**kw):
    doc = {
        "format": FORMAT,
        "features": list(FEATURE_NAMES),
        "langs": ["en", "zh"],
        "range_lo": [0.0] * NF,
        "range_hi": [1.0] * NF,
        "bias": -1.0,
        "depth": 2,
        # tree 0: feature 0 <= 0.5 ? (feature 1 <= 0.2 ? 0.1 : 0.2) : (always left: 0.3)
        # tree 1: the "how far outside the range" maximum (column NF) <= 0.0 ? -0.5 : 2.0
        "tree_feature": [[0, 1, 0], [NF, 0, 0]],
        "tree_threshold": [[0.5, 0.2, 1e300], [0.0, 1e300, 1e300]],
        "tree_leaf": [[0.1, 0.2, 0.3, 0.3], [-0.5, -0.5, 2.0, 2.0]],
    }
    doc.update(kw)
    return doc


def _write(tmp_path, doc):
    path = tmp_path / "m.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _sigmoid(v):
    return 1 / (1 + math.exp(-v))


def test_scores_walk_every_tree(tmp_path):
    model = load_model(_write(tmp_path, _doc()))
    x = np.zeros((3, NF))
    x[1, 1] = 0.9  # tree 0 goes to the second leaf
    x[2, 0] = 3.0  # right at the root of tree 0, and 2.0 outside the range: tree 1 goes right
    got = model.scores(x).tolist()
    assert got == pytest.approx([_sigmoid(-1 + 0.1 - 0.5), _sigmoid(-1 + 0.2 - 0.5), _sigmoid(-1 + 0.3 + 2.0)])


def test_extend_adds_distance_outside_the_good_range(tmp_path):
    model = load_model(_write(tmp_path, _doc()))
    x = np.zeros((1, NF))
    x[0, 3] = 1.5
    x[0, 4] = -1.0
    ext = model.extend(x)[0]
    assert ext[NF:].tolist() == [1.0, 2.0, 1.5]


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"format": "other"}, "not a learned junk model"),
        ({"features": ["x"]}, "trained on other features"),
        ({"depth": 3}, "array shapes do not match"),
        ({"tree_feature": [[0, 1, NF + 3], [0, 0, 0]]}, "array shapes do not match"),
        ({"bias": "high"}, "malformed learned junk model (ValueError)"),
        ({"langs": None}, "malformed learned junk model (TypeError)"),
    ],
)
def test_malformed_models_are_named(tmp_path, doc, message):
    path = _write(tmp_path, _doc(**doc))
    with pytest.raises(ConfigError) as err:
        load_model(path)
    assert str(err.value).startswith(f"{path}: ")
    assert message in str(err.value)


def test_unreadable_file(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read the learned junk model"):
        load_model(path)


def test_bundled_model_loads_and_scores_in_range():
    model = load_model()
    assert DEFAULT_MODEL.is_file()
    assert model.features == FEATURE_NAMES
    s = model.scores(np.zeros((2, NF)))
    assert ((s > 0) & (s < 1)).all()


def _random_doc(depth: int, trees: int, seed: int) -> dict:
    rng = np.random.default_rng(seed)
    nodes = 2**depth - 1
    return _doc(
        depth=depth,
        tree_feature=rng.integers(0, NF + 3, size=(trees, nodes)).tolist(),
        tree_threshold=rng.normal(0.5, 0.5, size=(trees, nodes)).tolist(),
        tree_leaf=rng.normal(0.0, 0.3, size=(trees, 2**depth)).tolist(),
    )


def _walked(model, x):
    """Scores by following every tree node by node, one row at a time (the definition)."""
    ext = model.extend(x).astype(np.float32)
    out = []
    for row in ext:
        total = 0.0
        for t in range(model.feature.shape[0]):
            node = 0
            for _ in range(model.depth):
                node = 2 * node + (1 if row[model.feature[t, node]] <= model.threshold[t, node] else 2)
            total += model.leaf[t, node - model.feature.shape[1]]
        out.append(_sigmoid(model.bias + total))
    return out


@pytest.mark.parametrize("depth", [1, 2, 3, 4])
def test_scores_match_a_node_by_node_walk(tmp_path, depth):
    # depth <= 3: the comparisons of a tree are one byte that picks the leaf from a table; depth 4 walks the levels
    model = load_model(_write(tmp_path, _random_doc(depth, 7, seed=depth)))
    rng = np.random.default_rng(0)
    x = rng.normal(0.5, 0.6, size=(40, NF))
    # values right at a threshold and one float32 step either side of it
    for r in range(0, 40, 2):
        t, node = r % 7, (r // 2) % model.feature.shape[1]
        col = model.feature[t, node]
        if col < NF:
            step = (0, 1, -1)[r % 3]
            thr32 = np.float32(model.threshold[t, node])
            x[r, col] = float(np.nextafter(thr32, np.float32(step * np.inf))) if step else model.threshold[t, node]
    assert model.scores(x).tolist() == pytest.approx(_walked(model, x), abs=1e-12)


def test_float32_floor_keeps_every_comparison():
    thr = np.array([0.1, 1 / 3, 1e300, -1e300, 0.5, 2.0**-140, -0.7])
    floor = float32_floor(thr)
    assert floor.dtype == np.float32
    near = [np.float32(t) for t in thr if abs(t) < 1e38]
    values = np.array(
        [*near, *(np.nextafter(v, np.float32(d)) for v in near for d in (-np.inf, np.inf)), np.float32(3e38), -np.inf],
        dtype=np.float32,
    )
    for t, t32 in zip(thr, floor):
        assert ((values <= t) == (values <= t32)).all()
    assert floor[2] == np.finfo(np.float32).max  # 1e300 is above every finite float32
