from pipeline.text.remap import alignment, move_offsets, move_tags


def test_span_after_a_shortened_region_moves_with_its_block():
    old, new = "Call 13812345678 about 头痛", "Call <PHONE> about 头痛"
    ops = alignment(old, new)
    start = old.index("头痛")
    moved = move_offsets(ops, start, start + 2)
    assert moved == (new.index("头痛"), new.index("头痛") + 2)


def test_span_over_a_changed_region_is_not_carried():
    old, new = "Dr. Li Na said", "Dr. <PERSON> said"
    assert move_offsets(alignment(old, new), 4, 9) is None


def test_tags_of_new_tokens_are_o_and_entities_keep_theirs():
    old, new = list("ab头痛"), list("a  b头痛")
    assert move_tags(alignment(old, new), ["O", "O", "B-s", "I-s"]) == ["O", "O", "O", "O", "B-s", "I-s"]


def test_a_change_inside_an_entity_is_refused():
    old, new = list("头痛x"), list("头 痛x")
    assert move_tags(alignment(old, new), ["B-s", "I-s", "O"]) is None
    assert move_tags(alignment(list("李娜头痛"), list("某某头痛")), ["B-p", "I-p", "B-s", "I-s"]) is None


def test_alignment_matches_difflib_on_the_whole_texts():
    from difflib import SequenceMatcher

    cases = [
        ("", ""),
        ("abc", "abc"),
        ("abc", ""),
        ("", "abc"),
        ("aXc", "aYYc"),
        ("电话138，头痛", "电话<P>，头痛"),
        ("aaaa", "aa"),
    ]
    for old, new in cases:
        ops = alignment(old, new)
        assert ops == SequenceMatcher(None, old, new, autojunk=False).get_opcodes() or _same_mapping(ops, old, new)


def _same_mapping(ops, old, new):
    covered_old = sum(i2 - i1 for _, i1, i2, _, _ in ops)
    covered_new = sum(j2 - j1 for _, _, _, j1, j2 in ops)
    equal_ok = all(old[i1:i2] == new[j1:j2] for t, i1, i2, j1, j2 in ops if t == "equal")
    return covered_old == len(old) and covered_new == len(new) and equal_ok
