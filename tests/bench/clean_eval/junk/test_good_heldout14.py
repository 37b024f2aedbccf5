"""The authored good look-alikes of heldout14: seeded, distinct, balanced, correct, pinned, apart from heldout2-13."""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout14 as G14  # noqa: E402
import templates_heldout14 as T14  # noqa: E402

from tests.support import blind_parts  # noqa: E402

ROWS = G14.build_good()


def _kind(kind, lang=None):
    return blind_parts.kind_rows(ROWS, kind, lang)


def _quoted(text):
    return re.findall(r"[“\"](.+?)[”\"]", text)


def test_rows_are_pinned_balanced_distinct_and_complete():
    blind_parts.check_good_rows(G14, ROWS, "heldout14", "h14g_")


def test_no_text_or_kind_shared_with_earlier_blind_parts():
    blind_parts.check_apart_from_earlier(G14, ROWS, "heldout14")


def test_alphabet_sequences_run_from_the_first_to_the_last_asked():
    for r in _kind("alphabet_sequence"):
        a, b = (
            _quoted(r["instruction"])
            if r["lang"] == "zh"
            else re.search(r"from (\w) to (\w)", r["instruction"]).groups()
        )
        seq = (
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            if r["lang"] == "en"
            else ("甲乙丙丁戊己庚辛壬癸" if "天干" in r["instruction"] else "子丑寅卯辰巳午未申酉戌亥")
        )
        assert r["output"] == " ".join(seq[seq.index(a) : seq.index(b) + 1]) and len(r["output"].split()) >= 4


def test_code_points_name_every_character():
    for r in _kind("code_points"):
        word = _quoted(r["instruction"])[0]
        assert [int(u[2:], 16) for u in r["output"].split(" ")] == [ord(c) for c in word]
        assert re.fullmatch(r"U\+[0-9A-F]{4}( U\+[0-9A-F]{4})*", r["output"])


def test_validation_messages_follow_the_house_style():
    for r in _kind("form_validation", "en"):
        m = re.search(
            r"when the (.+?) field (is left empty|is shorter than (\d+)|is longer than (\d+))", r["instruction"]
        )
        field = m.group(1)
        if m.group(3):
            want = f"{field[0].upper()}{field[1:]} must be at least {m.group(3)} characters."
        elif m.group(4):
            want = f"{field[0].upper()}{field[1:]} must be at most {m.group(4)} characters."
        else:
            want = f"Please enter your {field}."
        assert r["output"] == want
    for r in _kind("form_validation", "zh"):
        m = re.search(r"当“(.+?)”(为空|少于(\d+)个字符|超过(\d+)个字符)时", r["instruction"])
        field = m.group(1)
        want = (
            f"{field}不能少于{m.group(3)}个字符"
            if m.group(3)
            else (f"{field}不能超过{m.group(4)}个字符" if m.group(4) else f"请输入{field}")
        )
        assert r["output"] == want


MAC = {"select all": "⌘A", "copy": "⌘C", "paste": "⌘V", "cut": "⌘X", "undo": "⌘Z", "redo": "⇧⌘Z", "save": "⌘S",
       "find": "⌘F", "open a new tab": "⌘T", "close the window": "⌘W", "print": "⌘P", "quit the app": "⌘Q"}  # fmt: skip
WIN = {"全选": "Ctrl+A", "复制": "Ctrl+C", "粘贴": "Ctrl+V", "剪切": "Ctrl+X", "撤销": "Ctrl+Z", "重做": "Ctrl+Y",
       "保存": "Ctrl+S", "查找": "Ctrl+F", "新建标签页": "Ctrl+T", "关闭窗口": "Alt+F4", "打印": "Ctrl+P", "重命名": "F2"}  # fmt: skip


def test_shortcuts_are_the_standard_ones_in_order():
    for r in _kind("shortcut_sequence", "en"):
        acts = re.search(r"press to (.+)\?", r["instruction"]).group(1).split(", then ")
        assert r["output"] == "  ".join(MAC[a] for a in acts)
    for r in _kind("shortcut_sequence", "zh"):
        acts = re.findall(r"“(.+?)”", r["instruction"])
        assert r["output"] == "  ".join(WIN[a] for a in acts)


# grade-1 braille: a-j from their dots, k-t add dot 3, u v x y z add dots 3 and 6, w is 2456
_AJ = ["1", "12", "14", "145", "15", "124", "1245", "125", "24", "245"]
BRAILLE = {chr(97 + i): d for i, d in enumerate(_AJ)}
BRAILLE |= {chr(107 + i): "".join(sorted(d + "3")) for i, d in enumerate(_AJ)}
BRAILLE |= {c: "".join(sorted(d + "36")) for c, d in zip("uvxyz", _AJ[:5], strict=True)} | {"w": "2456"}


def test_braille_chords_match_the_dots():
    assert BRAILLE == G14.BRAILLE_DOTS
    keys = dict(zip("123456", "fdsjkl", strict=True))
    for r in _kind("braille_keys"):
        word = _quoted(r["instruction"])[0]
        assert r["output"].split(" ") == ["".join(keys[d] for d in BRAILLE[c]) for c in word]


def test_commit_logs_keep_seven_hash_characters():
    for r in _kind("commit_log"):
        want = [f"{ln[:7]} {ln[41:]}" for ln in r["input"].split("\n")]
        assert all(re.fullmatch(r"[0-9a-f]{40} .+", ln) for ln in r["input"].split("\n"))
        assert r["output"].split("\n") == want and len(want) >= 2


def test_markdown_images_use_the_given_alt_and_file():
    for r in _kind("markdown_image"):
        file, alt = _quoted(r["instruction"])[:2]
        assert r["output"] == f"![{alt}]({file})"


def test_polls_list_the_options_in_order():
    for r in _kind("poll_post"):
        if r["lang"] == "en":
            q = _quoted(r["instruction"])[0]
            opts = re.search(r"with the options (.+), in that order", r["instruction"]).group(1)
            opts = opts.replace(" and ", ", ").split(", ")
        else:
            q = re.search(r"问题是“(.+?)”", r["instruction"]).group(1)
            opts = re.search(r"选项依次为(.+?)。", r["instruction"]).group(1).split("、")
        assert r["output"] == "📊 " + q + "\n" + "\n".join("○ " + o for o in opts)


def test_vcards_hold_the_given_name_phone_and_email():
    for r in _kind("vcard"):
        lines = r["output"].split("\n")
        assert lines[:2] == ["BEGIN:VCARD", "VERSION:3.0"] and lines[-1] == "END:VCARD"
        fields = dict(ln.split(":", 1) for ln in lines[2:-1])
        family, given = fields["N"].split(";")[:2]
        assert fields["FN"] in r["instruction"] and fields["TEL;TYPE=CELL"] in r["instruction"]
        assert fields["EMAIL"] in r["instruction"]
        assert fields["FN"] == (f"{given} {family}" if r["lang"] == "en" else family + given)


def test_opml_mirrors_the_outline():
    for r in _kind("opml_outline"):
        root = ET.fromstring(r["output"].encode("utf-8"))
        title = re.search(r"[“\"](.+?)[”\"]", r["instruction"]).group(1)
        assert root.get("version") == "2.0" and root.findtext("head/title") == title
        got = []
        for top in root.find("body"):
            got.append(top.get("text"))
            got += ["  " + k.get("text") for k in top]
        assert got == r["input"].split("\n")


def test_endonyms_come_from_the_table():
    for r in _kind("endonyms"):
        if r["lang"] == "en":
            names = r["instruction"].rsplit(": ", 1)[1].rstrip(".").split(", ")
        else:
            zh = {v[0]: k for k, v in G14.ENDONYMS.items()}
            names = [zh[n] for n in r["instruction"].rsplit("：", 1)[1].rstrip("。").split("、")]
        assert r["output"] == ", ".join(G14.ENDONYMS[n][1] for n in names)
    assert G14.ENDONYMS["Russian"][1] == "русский" and G14.ENDONYMS["Greek"][1] == "ελληνικά"


def test_middle_ellipsis_keeps_the_asked_ends():
    for r in _kind("middle_ellipsis"):
        a, b = (int(x) for x in re.findall(r"(\d+)", r["instruction"])[:2])
        assert r["output"] == r["input"][:a] + "…" + r["input"][-b:] and len(r["output"]) < len(r["input"])


def test_column_cuts_keep_the_first_n_characters():
    for r in _kind("column_cut"):
        n = int(re.search(r"-c1-(\d+)|前(\d+)个字", r["instruction"]).group(1 if r["lang"] == "en" else 2))
        assert r["output"].split("\n") == [ln[:n] for ln in r["input"].split("\n")]


def test_junk_lookalikes_are_not_good_answers():
    # the junk's replies and notices never appear among the good outputs
    outs = {r["output"] for r in ROWS}
    tables = T14.LATIN_MINOR + T14.CYRILLIC_MINOR + T14.SOUTH_ASIAN
    for lang in ("en", "zh"):
        tables += T14.FORM[lang] + T14.TYPING[lang] + T14.SEEN[lang]
    assert not outs & set(tables)
