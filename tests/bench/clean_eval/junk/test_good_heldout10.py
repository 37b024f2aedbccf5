"""The authored good look-alikes of heldout10: seeded, distinct, balanced, correct, pinned, apart from heldout2-9."""

import re
import sys
from pathlib import Path

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout10 as G10  # noqa: E402
import templates_heldout10 as T10  # noqa: E402

from tests.support import blind_parts  # noqa: E402

ROWS = G10.build_good()


def _kind(kind, lang=None):
    return blind_parts.kind_rows(ROWS, kind, lang)


def test_rows_are_pinned_balanced_distinct_and_complete():
    blind_parts.check_good_rows(G10, ROWS, "heldout10", "h10g_")


def test_no_text_or_kind_shared_with_earlier_blind_parts():
    blind_parts.check_apart_from_earlier(G10, ROWS, "heldout10")


def test_morse_code_decodes_to_the_asked_words():
    assert G10.morse("sos gate 12") == "... --- ... / --. .- - . / .---- ..---"
    assert G10.MORSE == T10.MORSE  # two tables written apart agree letter for letter
    decode = {v: k for k, v in G10.MORSE.items()}
    for r in _kind("morse_code"):
        asked = re.search(r"[\"“]([A-Z0-9 ]+)[\"”]", r["instruction"]).group(1)
        got = " ".join("".join(decode[c] for c in w.split()) for w in r["output"].split(" / "))
        assert got == asked.lower()


def test_kaomoji_come_from_the_asked_mood():
    for r in _kind("kaomoji"):
        n = int(re.search(r"(\d+)", r["instruction"]).group(1))
        faces = r["output"].split("\n")
        assert len(faces) == n == len(set(faces))
        mood = next(m for m in G10.KAOMOJI if m[0] in r["instruction"] or m[1] in r["instruction"])
        assert set(faces) <= set(G10.KAOMOJI[mood])


def test_redaction_blacks_out_exactly_the_names():
    assert G10.block("Li Wei") == "██ ███"
    for r in _kind("redaction"):
        src, out = r["input"], r["output"]
        names = [n for n in (G10.EN_NAMES if r["lang"] == "en" else G10.ZH_NAMES) if n in src]
        assert len(names) == 2 and len(out) == len(src)
        assert not any(n in out for n in names)
        # every non-name character is unchanged and every name character is a block
        masked = src
        for n in names:
            masked = masked.replace(n, G10.block(n))
        assert masked == out


def test_po_entries_translate_the_string():
    for r in _kind("po_entry"):
        ref, msgid, msgstr = r["output"].split("\n")
        path_line = re.search(r"(\S+\.(?:py|html):\d+)", r["instruction"]).group(1)
        assert ref == f"#: {path_line}"
        src = re.fullmatch(r'msgid "(.+)"', msgid).group(1)
        tr = dict(G10.PO_STRINGS)[src]
        code = next(c for c, names in G10.PO_LANGS.items() if names[0 if r["lang"] == "en" else 1] in r["instruction"])
        assert msgstr == f'msgstr "{tr[code]}"'


def test_ical_events_match_the_request():
    for r in _kind("ical_event"):
        lines = r["output"].split("\n")
        assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR" and lines.count("BEGIN:VEVENT") == 1
        y, m, d, h1, h2 = re.search(r"(\d{4})-(\d\d)-(\d\d).*?(\d\d):00.*?(\d\d):00", r["instruction"]).groups()
        assert f"DTSTART:{y}{m}{d}T{h1}0000" in lines and f"DTEND:{y}{m}{d}T{h2}0000" in lines
        assert 1 <= int(h2) - int(h1) <= 2
        title = next(ln for ln in lines if ln.startswith("SUMMARY:"))[8:]
        assert title in r["instruction"]


def test_merge_conflicts_have_both_sides():
    for r in _kind("merge_conflict"):
        head, ours, sep, theirs, tail = r["output"].split("\n")
        assert head == "<<<<<<< HEAD" and sep == "=======" and tail.startswith(">>>>>>> ")
        branch = tail[8:]
        assert branch in r["instruction"] and ours != theirs
        assert any(f in r["instruction"] for f, *_ in G10.CONFLICTS)
        assert r["instruction"].index(ours) < r["instruction"].rindex(theirs)


def test_countdowns_step_down_to_the_last_positive_number():
    for r in _kind("countdown"):
        *nums, end = r["output"].split("\n")
        n = int(re.search(r"(\d+)", r["instruction"]).group(1))
        step = re.search(r"steps of (\d+)|每次减(\d+)", r["instruction"])
        s = int(next(g for g in step.groups() if g)) if step else 1
        assert [int(x) for x in nums] == list(range(n, 0, -s))
        assert end in r["instruction"]


def test_email_footers_carry_the_link_address_and_phone():
    for r in _kind("email_footer"):
        url = re.search(r"(https://\S+?/unsubscribe)", r["instruction"]).group(1)
        assert url in r["output"]
        phone = re.search(r"(\+1 555 01\d\d|400-555-\d{4})", r["instruction"]).group(1)
        assert r["output"].endswith(phone)
        assert any(a in r["output"] and a in r["instruction"] for a in G10.ADDRS + G10.ZH_ADDRS)


def test_disclaimers_name_the_site_and_the_advice():
    for r in _kind("disclaimer_asked"):
        site = re.search(r"[\"“](.+?)[\"”]", r["instruction"]).group(1)
        assert site in r["output"]
        adv = re.search(r"not (\w+) advice|不构成(\w+)建议", r["instruction"])
        assert next(g for g in adv.groups() if g) in r["output"]
        assert len(re.findall(r"[.。]", r["output"])) == 2


def test_giveaway_posts_follow_the_brief():
    for r in _kind("giveaway_post"):
        shop = re.search(r"(@[a-z]+)", r["instruction"]).group(1)
        n = re.search(r"tag (\d) friend|@(\d)位好友", r["instruction"])
        n = next(g for g in n.groups() if g)
        assert f"Follow {shop}" in r["output"] or f"关注{shop}" in r["output"]
        assert f"Tag {n} friend" in r["output"] or f"@{n}位好友" in r["output"]
        day = re.search(r"March (\d+)|3月(\d+)日", r["instruction"])
        assert next(g for g in day.groups() if g) in r["output"]
        assert "#giveaway" in r["output"] or "#转发抽奖#" in r["output"]


def test_keywords_come_from_the_input():
    for r in _kind("keyword_extraction"):
        kws = re.split(r", |、", r["output"])
        assert len(kws) == 4 and all(k in r["input"] for k in kws)


def test_steps_are_put_back_in_order():
    for r in _kind("step_order"):
        shuffled = r["input"].split("\n")
        ordered = [re.sub(r"^\d+\. ", "", ln) for ln in r["output"].split("\n")]
        assert sorted(shuffled) == sorted(ordered) and shuffled != ordered
        assert ordered in G10.EN_STEPS + G10.ZH_STEPS
        assert [int(ln.split(".")[0]) for ln in r["output"].split("\n")] == list(range(1, len(ordered) + 1))


def test_thank_you_in_the_asked_languages():
    table = {en: word for en, _, word in G10.THANKS} | {zh: word for _, zh, word in G10.THANKS}
    for r in _kind("thank_you_languages"):
        lines = r["output"].split("\n")
        assert 3 <= len(lines) <= 5
        names = []
        for ln in lines:
            name, word = re.split(r": |：", ln, maxsplit=1)
            assert table[name] == word and name in r["instruction"]
            names.append(name)
        assert len(set(names)) == len(names)
