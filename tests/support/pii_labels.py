"""Labelled pii_eval records with every labelled span replaced: what a perfect de-identification leaves."""

import collections
import copy
import re

from bench.pii_eval.score import field_texts


def redact_labels(record):
    """A copy of ``record`` with every labelled span replaced by ``<PII>`` in its field (history and annotator ids too)."""
    out = copy.deepcopy(record)
    texts = field_texts(record)
    by_field = collections.defaultdict(list)
    for lab in record["labels"]:
        by_field[lab["field"]].append(lab)
    for f, labs in by_field.items():
        t = texts[f]
        for lab in sorted(labs, key=lambda x: -x["start"]):
            t = t[: lab["start"]] + "<PII>" + t[lab["end"] :]
        if f.startswith("history"):
            i, j = map(int, re.findall(r"\d+", f))
            out["history"][i][j] = t
        elif f.startswith("annotations"):
            out["annotations"][int(re.findall(r"\d+", f)[0])]["annotator_id"] = t
        else:
            out[f] = t
    return out
