"""Leak scoring of de-identified records against the generated labels.

A labelled value *leaks* when it is still recoverable anywhere in its de-identified record (every
text field, every history turn, ``source_id``, annotator ids and labels), after a normalisation per
entity type. The unit counted is one value per record (a *slot*: the same person / phone mentioned
three times is one value, leaked if any of its written forms survives anywhere in the record).
See README.md for the rules in prose.

Precision side: the fraction of labelled hard-negative spans (public figures, products, code
identifiers, numbers that are not phones, ...) that were changed. A negative span counts as
changed when its field of the de-identified record holds fewer occurrences of the negative's text
than the generated field did (k labelled spans of one text in one field, c occurrences before and c'
after: min(k, c - c') of them changed).
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
CN_NUM = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "幺": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_RUN = re.compile("[〇零一幺二两三四五六七八九]{4,}")
CN_NUMERAL_RUN = re.compile("[〇零一幺二两三四五六七八九十百千]+")
HAN = "\u3400-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")
NAME_SEP_RE = re.compile(f"(?<=[{HAN}])[\\s·•・‧\u00b7]+(?=[{HAN}])")
DIGIT_RUN = re.compile(r"\d(?:[ \t\-./]{0,2}\d)*(?:[Xx](?![A-Za-z0-9]))?")
COMPACT_DROP = re.compile(r"[\s\-·•・‧.:_/\u00b7]+")
MAC_RE = re.compile(
    r"(?i)(?<![0-9a-f])(?:[0-9a-f]{2}(?:[:-][0-9a-f]{2}){5}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}|[0-9a-f]{12})(?![0-9a-f])"
)
TEXT_KEYS = ("system", "instruction", "input", "output", "history")
"""The free-text fields; ``leaks.text_fields_only`` searches only these (not source_id, annotator ids)."""


# ----------------------------------------------------------------------------- record text


def field_texts(rec: dict[str, Any]) -> dict[str, str]:
    """Every text of a record by field path (the same paths as labels use)."""
    out: dict[str, str] = {}
    for k in ("system", "instruction", "input", "output", "source_id"):
        v = rec.get(k)
        if isinstance(v, str):
            out[k] = v
    for i, turn in enumerate(rec.get("history") or []):
        if isinstance(turn, dict):  # tolerate {"user":..,"assistant":..} or role/content turns
            turn = [turn.get("user", turn.get("content", "")), turn.get("assistant", "")]
        for j, t in enumerate(turn or []):
            if isinstance(t, str):
                out[f"history[{i}][{j}]"] = t
    for k, a in enumerate(rec.get("annotations") or []):
        if isinstance(a, dict):
            for key in ("annotator_id", "label"):
                if isinstance(a.get(key), str):
                    out[f"annotations[{k}].{key}"] = a[key]
    return out


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def cn_runs_to_digits(s: str) -> str:
    return CN_RUN.sub(lambda m: "".join(str(CN_NUM[c]) for c in m.group(0)), s)


def cn_to_int(s: str) -> int | None:
    if not s:
        return None
    if not any(c in "十百千" for c in s):
        try:
            return int("".join(str(CN_NUM[c]) for c in s))
        except KeyError:
            return None
    total, cur = 0, 0
    for c in s:
        if c in CN_NUM:
            cur = CN_NUM[c]
        elif c in "十百千":
            mult = {"十": 10, "百": 100, "千": 1000}[c]
            total += (cur or 1) * mult
            cur = 0
    return total + cur


def tokens(s: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(s)).split())


class RecordView:
    """Normalised views of one de-identified record, computed lazily and cached."""

    def __init__(self, rec: dict[str, Any]):
        self.texts = field_texts(rec)
        self.raw = "\n\x00\n".join(self.texts.values())
        self._c: dict[str, Any] = {}

    def _get(self, name: str, fn: Callable[[], Any]) -> Any:
        if name not in self._c:
            self._c[name] = fn()
        return self._c[name]

    @property
    def norm(self) -> str:  # NFKC (full-width folded), casefolded
        return self._get("norm", lambda: nfkc(self.raw).casefold())

    @property
    def digit_runs(self) -> list[str]:
        def build() -> list[str]:
            t = cn_runs_to_digits(nfkc(self.raw))
            t = re.sub(r"[+()]", " ", t)
            return [re.sub(r"[^0-9X]", "", m.group(0).upper()) for m in DIGIT_RUN.finditer(t)]

        return self._get("digits", build)

    @property
    def compact(self) -> str:
        return self._get("compact", lambda: COMPACT_DROP.sub("", nfkc(self.raw).upper()))

    @property
    def macs(self) -> set[str]:
        return self._get(
            "macs", lambda: {re.sub(r"[^0-9A-F]", "", m.group(0).upper()) for m in MAC_RE.finditer(nfkc(self.raw))}
        )

    @property
    def han(self) -> str:
        return self._get("han", lambda: NAME_SEP_RE.sub("", nfkc(self.raw)))

    @property
    def toks(self) -> str:
        return self._get("toks", lambda: " " + " ".join(tokens(t) for t in self.texts.values()) + " ")

    @property
    def spaced(self) -> str:
        return self._get("spaced", lambda: re.sub(r"\s+", " ", self.norm))


# ----------------------------------------------------------------------------- leak rules


def phone_key(value: str) -> str:
    v = cn_runs_to_digits(nfkc(value)).strip()
    d = re.sub(r"\D", "", v)
    if v.startswith("+") or d.startswith("00"):
        d = d[2:] if d.startswith("00") else d
        for cc in ("86", "44", "1"):
            if d.startswith(cc):
                d = d[len(cc) :]
                break
    if d.startswith("0"):
        d = d[1:]
    return d


def _digits_in(view: RecordView, key: str, exact: bool = False) -> bool:
    if len(key) < 5:
        return False
    if exact:
        return key in view.digit_runs
    return any(key in r for r in view.digit_runs)


def _bounded(text: str, key: str, left: str, right: str) -> bool:
    return re.search(f"(?<![{left}]){re.escape(key)}(?![{right}])", text) is not None


def dob_variants(y: int, m: int, d: int) -> list[str]:
    from bench.pii_eval.values import cn_digits, cn_number

    mon = MONTHS[m - 1]
    return [
        f"{y}-{m:02d}-{d:02d}",
        f"{y}-{m}-{d}",
        f"{y}/{m:02d}/{d:02d}",
        f"{y}/{m}/{d}",
        f"{y}.{m:02d}.{d:02d}",
        f"{y}.{m}.{d}",
        f"{y}年{m}月{d}日",
        f"{y}年{m:02d}月{d:02d}日",
        f"{cn_digits(str(y))}年{cn_number(m)}月{cn_number(d)}日",
        f"{cn_digits(str(y), '零')}年{cn_number(m)}月{cn_number(d)}日",
        f"{m}/{d}/{y}",
        f"{m:02d}/{d:02d}/{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}.{m}.{y}",
        f"{m:02d}-{d:02d}-{y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{mon} {d}, {y}",
        f"{mon} {d} {y}",
        f"{d} {mon} {y}",
        f"{d} {mon}, {y}",
        f"{mon[:3]} {d}, {y}",
        f"{mon[:3]} {d} {y}",
        f"{d} {mon[:3]} {y}",
        f"{d:02d}-{mon[:3]}-{y}",
        f"{d}-{mon[:3]}-{y}",
        f"{y}{m:02d}{d:02d}",
    ]


def parse_date(value: str) -> tuple[int, int, int] | None:
    v = nfkc(value).strip().casefold()
    v2 = cn_runs_to_digits(v)
    m = re.search(r"(\d{4})\s*年\s*([〇零一二三四五六七八九十\d]+)\s*月\s*([〇零一二三四五六七八九十\d]+)\s*日?", v2)
    if m:
        mm = int(m.group(2)) if m.group(2).isdigit() else cn_to_int(m.group(2))
        dd = int(m.group(3)) if m.group(3).isdigit() else cn_to_int(m.group(3))
        if mm and dd:
            return int(m.group(1)), mm, dd
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", v) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", v)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", v)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        return (int(m.group(3)), a, b) if a <= 12 and "/" in v else (int(m.group(3)), b, a)
    for i, name in enumerate(MONTHS):
        m = re.search(rf"\b{name[:3]}[a-z]*\.?\s+(\d{{1,2}}),?\s+(\d{{4}})", v)
        if m:
            return int(m.group(2)), i + 1, int(m.group(1))
        m = re.search(rf"(\d{{1,2}})[\s-]+{name[:3]}[a-z]*\.?,?[\s-]+(\d{{4}})", v)
        if m:
            return int(m.group(2)), i + 1, int(m.group(1))
    return None


def person_keys(lab: dict[str, Any]) -> list[tuple[str, str]]:
    """(mode, key) pairs: mode 'han' (substring of the Han view) or 'tok' (token sequence)."""
    value = lab["value"]
    parts = lab.get("parts") or {}
    if HAN_RE.search(value):
        if "username" in parts or ("family" in parts and "given" in parts) or not parts:
            key = NAME_SEP_RE.sub("", nfkc(value)).strip()
            return [("han", key)] if len(key) >= 2 else []
        return []  # lone given name, surname + title: not a leak on their own
    if "username" in parts:
        k = tokens(parts["username"])
        return [("tok", k)] if len(k) >= 3 else []
    if "family" in parts and "given" in parts:
        g, f = tokens(parts["given"]), tokens(parts["family"])
        if not g or not f:
            return []
        keys = {f"{g} {f}", f"{f} {g}", tokens(value)}
        return [("tok", k) for k in keys]
    if parts:
        return []
    t = tokens(value).split()
    if len(t) >= 2:
        return [("tok", f"{t[0]} {t[-1]}"), ("tok", f"{t[-1]} {t[0]}")]
    return []


def _address_parts(lab: dict[str, Any]) -> dict[str, Any] | None:
    p = lab.get("parts")
    if p:
        return p
    v = nfkc(lab["value"])
    if HAN_RE.search(v):
        m = re.search(
            f"([{HAN}]{{2,8}}?(?:路|街|道|巷|弄|苑|园|村|里|小区))(\\d+|[〇零一二三四五六七八九十百千]+)(?:号|栋|幢|弄|组)",
            v,
        )
        if m:
            n = int(m.group(2)) if m.group(2).isdigit() else cn_to_int(m.group(2))
            return {"street": m.group(1), "number": n}
        return None
    m = re.search(r"(?i)\bbox\s+(\d+)", v)
    if m:
        return {"street": "box", "number": m.group(1), "order": "street_first"}
    m = re.search(r"\b(\d+[A-Za-z]?)\s+(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?([A-Za-z0-9']+)", v)
    if m:
        return {"street": m.group(2), "number": m.group(1)}
    return None


def address_leaks(lab: dict[str, Any], view: RecordView) -> bool:
    p = _address_parts(lab)
    if not p:
        return False
    street, number = str(p["street"]), str(p["number"])
    if HAN_RE.search(street):
        text = nfkc(view.raw)
        want = int(number)
        for m in re.finditer(re.escape(street), text):
            window = text[m.end() : m.end() + 16]
            for d in re.finditer(r"\d+", window):
                if int(d.group(0)) == want:
                    return True
            for c in CN_NUMERAL_RUN.finditer(window):
                if cn_to_int(c.group(0)) == want:
                    return True
        return False
    st, no = tokens(street), tokens(number)
    if not st or not no:
        return False
    if p.get("order") == "street_first":
        pat = rf" {re.escape(st)} {re.escape(no)} "
    else:
        pat = rf" {re.escape(no)} (?:[a-z0-9]+ ){{0,2}}?{re.escape(st)} "
    return re.search(pat, view.toks) is not None


HAN_GAP = r"[^\n]{0,3}?"
"""Han names: family and given name on one line with at most this gap is still the full name."""

PAIR_WINDOW = 6
"""Latin-script names: given and family name within this many tokens of each other is a leak."""


def person_slot_leaks(labs: list[dict[str, Any]], view: RecordView) -> bool:
    """A person leaks if any labelled full form survives, or (Latin script) the family and given
    name survive within PAIR_WINDOW tokens of each other, or (Han) family + given survive joined.
    Parts come from all mentions of the slot, so ``last_name='Lopez' AND first_name='Maria'``
    counts even though each mention alone is a lone name. Initials never pair on their own."""
    best: dict[tuple[str, str], str] = {}
    for lab in labs:
        p = lab.get("parts") or {}
        for part in ("family", "given"):
            v = p.get(part)
            if v:
                script = "han" if HAN_RE.search(v) else "latin"
                if len(v) > len(best.get((script, part), "")):
                    best[(script, part)] = v
        for mode, key in person_keys(lab):
            if mode == "han" and key in view.han:
                return True
            if mode == "tok" and f" {key} " in view.toks:
                return True
    fam, giv = best.get(("han", "family")), best.get(("han", "given"))
    if fam and giv and re.search(re.escape(fam) + HAN_GAP + re.escape(giv), view.han):
        return True  # e.g. vCard "N:欧阳;娜娜" or a form with separate 姓 / 名 cells
    fam, giv = best.get(("latin", "family")), best.get(("latin", "given"))
    if not fam or not giv:
        return False
    f, g = tokens(fam).split(), tokens(giv).split()
    if not f or not g or len("".join(g)) < 2:
        return False
    toks = view.toks.split()
    pos_f = [i for i in range(len(toks)) if toks[i : i + len(f)] == f]
    if not pos_f:
        return False
    pos_g = [i for i in range(len(toks)) if toks[i : i + len(g)] == g]
    return any(abs(a - b) <= PAIR_WINDOW for a in pos_f for b in pos_g)


def person_countable(labs: list[dict[str, Any]]) -> bool:
    """Whether a person's mentions include a form that can leak (full name, username, or both
    family and given name across mentions); slots with only partial mentions are not counted."""
    fam = giv = False
    for lab in labs:
        if person_keys(lab):
            return True
        p = lab.get("parts") or {}
        fam = fam or bool(p.get("family"))
        giv = giv or bool(p.get("given") and len(tokens(p["given"]) or p["given"]) >= 2)
    return fam and giv


def label_leaks(lab: dict[str, Any], view: RecordView) -> bool:
    e, value = lab["entity"], lab["value"]
    if e == "PERSON":
        return person_slot_leaks([lab], view)
    if e == "STREET_ADDRESS":
        return address_leaks(lab, view)
    if e == "PHONE_NUMBER":
        return _digits_in(view, phone_key(value))
    if e in ("CN_RESIDENT_ID", "BANK_CARD", "US_SSN"):
        return _digits_in(view, re.sub(r"[^0-9X]", "", nfkc(value).upper()))
    if e == "QQ_NUMBER":
        return _digits_in(view, re.sub(r"\D", "", nfkc(value)), exact=True)
    if e in ("IBAN_CODE", "PASSPORT", "LICENSE_PLATE", "DRIVER_LICENSE", "MEDICAL_RECORD_NUMBER"):
        key = COMPACT_DROP.sub("", nfkc(value).upper())
        return len(key) >= 5 and key in view.compact
    if e == "MAC_ADDRESS":
        return re.sub(r"[^0-9A-F]", "", nfkc(value).upper()) in view.macs
    if e == "IP_ADDRESS":
        return (
            _bounded(view.norm, nfkc(value).casefold(), r"0-9a-f.:", r"0-9a-f:")
            if ":" in value
            else _bounded(view.norm, nfkc(value), r"0-9.", r"0-9")
        )
    if e == "EMAIL_ADDRESS":
        return _bounded(view.norm, nfkc(value).casefold(), r"a-z0-9._%+\-", r"a-z0-9\-")
    if e == "WECHAT_ID":
        return _bounded(view.norm, nfkc(value).casefold(), r"a-z0-9", r"a-z0-9")
    if e == "PROFILE_URL":
        key = re.sub(r"^(?:https?://)?(?:www\.)?", "", nfkc(value).casefold()).rstrip("/")
        return key in view.norm
    if e == "DATE_OF_BIRTH":
        p = lab.get("parts") or {}
        ymd = (p["y"], p["m"], p["d"]) if p else parse_date(value)
        if not ymd:
            return nfkc(value).casefold() in view.norm
        return any(_bounded(view.spaced, var.casefold(), r"0-9", r"0-9") for var in dob_variants(*ymd))
    return nfkc(value).casefold() in view.norm


# ----------------------------------------------------------------------------- scoring


def _rate(n: int, k: int) -> float | None:
    return round(k / n, 4) if n else None


def _slot_key(lab: dict[str, Any]) -> str:
    if lab.get("slot"):
        return str(lab["slot"])
    e = lab["entity"]
    if e == "PERSON":
        return f"PERSON:{tokens(lab['value']) or lab['value']}"
    return f"{e}:{re.sub(r'[^0-9A-Za-z]', '', nfkc(lab['value'])).upper() or lab['value']}"


def score(
    generated: Iterable[dict[str, Any]], deidentified: Iterable[dict[str, Any]], details: bool = False
) -> dict[str, Any]:
    deid = {r["record_id"]: r for r in deidentified}
    val: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    val_text: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    neg: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    by_ctx: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missing: list[str] = []
    leaked_list: list[dict[str, Any]] = []
    n = 0
    for rec in generated:
        n += 1
        out = deid.get(rec["record_id"])
        if out is None:
            missing.append(rec["record_id"])
            continue
        view = RecordView(out)
        text_view = RecordView({k: out.get(k) for k in TEXT_KEYS})
        lang = rec.get("lang", "?")
        slots: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for lab in rec.get("labels") or []:
            slots[_slot_key(lab)].append(lab)
        for _key, labs in slots.items():
            ent = labs[0]["entity"]
            if ent == "PERSON":
                if not person_countable(labs):
                    continue  # only lone given names / surname + title: nothing that can leak
                leaked = person_slot_leaks(labs, view)
                leaked_text = leaked and person_slot_leaks(labs, text_view)
            else:
                leaked = any(label_leaks(lab, view) for lab in labs)
                leaked_text = leaked and any(label_leaks(lab, text_view) for lab in labs)
            val[(ent, lang)][0] += 1
            val[(ent, lang)][1] += leaked
            val_text[(ent, lang)][0] += 1
            val_text[(ent, lang)][1] += leaked_text
            ctx = rec.get("context", "?")
            by_ctx[ctx][0] += 1
            by_ctx[ctx][1] += leaked
            if leaked and details:
                leaked_list.append(
                    {
                        "record_id": rec["record_id"],
                        "template": rec.get("template"),
                        "entity": ent,
                        "values": sorted({lab["value"] for lab in labs}),
                    }
                )
        orig_texts = field_texts(rec)
        out_texts = view.texts
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for ng in rec.get("negatives") or []:
            groups[(ng["field"], ng["value"])].append(ng)
        for (field, value), ngs in groups.items():
            before = orig_texts.get(field, "").count(value)
            after = out_texts.get(field, "").count(value)
            changed = min(len(ngs), max(0, before - after))
            for i, ng in enumerate(ngs):
                k = (ng["kind"], lang)
                neg[k][0] += 1
                neg[k][1] += i < changed

    def table(d: dict[tuple[str, str], list[int]]) -> dict[str, Any]:
        by_first: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        by_both: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        tot = [0, 0]
        for (a, lang), (cnt, hit) in sorted(d.items()):
            by_both[a][lang] = {"n": cnt, "hit": hit, "rate": _rate(cnt, hit)}
            by_first[a][0] += cnt
            by_first[a][1] += hit
            by_lang[lang][0] += cnt
            by_lang[lang][1] += hit
            tot[0] += cnt
            tot[1] += hit
        return {
            "by_type": {a: {"n": c, "hit": h, "rate": _rate(c, h)} for a, (c, h) in sorted(by_first.items())},
            "by_type_lang": dict(by_both),
            "by_lang": {lg: {"n": c, "hit": h, "rate": _rate(c, h)} for lg, (c, h) in sorted(by_lang.items())},
            "overall": {"n": tot[0], "hit": tot[1], "rate": _rate(*tot)},
        }

    def rename(t: dict[str, Any], n_name: str, hit_name: str, rate_name: str) -> Any:
        if isinstance(t, dict) and set(t) == {"n", "hit", "rate"}:
            return {n_name: t["n"], hit_name: t["hit"], rate_name: t["rate"]}
        if isinstance(t, dict):
            return {k: rename(v, n_name, hit_name, rate_name) for k, v in t.items()}
        return t

    leaks = rename(table(val), "values", "leaked", "leak_rate")
    leaks["by_entity"] = leaks.pop("by_type")
    leaks["by_entity_lang"] = leaks.pop("by_type_lang")
    leaks["by_context"] = {
        c: {"values": a, "leaked": b, "leak_rate": _rate(a, b)} for c, (a, b) in sorted(by_ctx.items())
    }
    tf = rename(table(val_text), "values", "leaked", "leak_rate")
    leaks["text_fields_only"] = {"by_entity": tf["by_type"], "by_lang": tf["by_lang"], "overall": tf["overall"]}
    negs = rename(table(neg), "spans", "changed", "changed_rate")
    negs["by_kind"] = negs.pop("by_type")
    negs["by_kind_lang"] = negs.pop("by_type_lang")
    result: dict[str, Any] = {
        "records": {"generated": n, "scored": n - len(missing), "missing": len(missing), "missing_ids": missing[:50]},
        "leaks": leaks,
        "negatives": negs,
    }
    if details:
        result["leaked"] = leaked_list
    return result


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def format_report(res: dict[str, Any]) -> str:
    lines = [
        f"records: {res['records']['scored']} scored, {res['records']['missing']} missing from the "
        f"de-identified file (not counted)",
        "",
        f"{'entity':24} {'lang':4} {'values':>7} {'leaked':>7} {'rate':>7}",
    ]
    for ent, langs in res["leaks"]["by_entity_lang"].items():
        for lang, r in langs.items():
            lines.append(f"{ent:24} {lang:4} {r['values']:7d} {r['leaked']:7d} {r['leak_rate']:7.1%}")
    for lang, r in res["leaks"]["by_lang"].items():
        lines.append(f"{'ALL':24} {lang:4} {r['values']:7d} {r['leaked']:7d} {r['leak_rate']:7.1%}")
    o = res["leaks"]["overall"]
    if o["values"]:
        lines.append(f"{'ALL':24} {'*':4} {o['values']:7d} {o['leaked']:7d} {o['leak_rate']:7.1%}")
        t = res["leaks"]["text_fields_only"]["overall"]
        lines.append(
            f"{'ALL, text fields only':24} {'*':4} {t['values']:7d} {t['leaked']:7d} {t['leak_rate']:7.1%}"
            "   (source_id and annotator ids not searched)"
        )
    lines += ["", f"{'hard negative':24} {'lang':4} {'spans':>7} {'changed':>7} {'rate':>7}"]
    for kind, langs in res["negatives"]["by_kind_lang"].items():
        for lang, r in langs.items():
            lines.append(f"{kind:24} {lang:4} {r['spans']:7d} {r['changed']:7d} {r['changed_rate']:7.1%}")
    o = res["negatives"]["overall"]
    if o["spans"]:
        lines.append(f"{'ALL':24} {'*':4} {o['spans']:7d} {o['changed']:7d} {o['changed_rate']:7.1%}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score de-identified records for leaks and over-redaction.")
    ap.add_argument("generated", type=Path, help="JSONL written by pii_eval.generate (with labels)")
    ap.add_argument("deidentified", type=Path, help="JSONL of the same records after de-identification")
    ap.add_argument("--json", type=Path, help="also write the full result as JSON here")
    ap.add_argument("--details", action="store_true", help="list every leaked value in the JSON")
    a = ap.parse_args(argv)
    res = score(read_jsonl(a.generated), read_jsonl(a.deidentified), details=a.details)
    print(format_report(res))
    if a.json:
        a.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
