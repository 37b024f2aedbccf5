from pipeline.core.split import assign_split, split_of


def test_split_is_deterministic_and_close_to_ratio():
    ids = [f"r{i}" for i in range(20000)]
    a = assign_split(ids, 0.02, "s")
    assert a == assign_split(list(ids), 0.02, "s")
    share = a.count("validation") / len(a)
    assert 0.017 < share < 0.023
    assert split_of("r1", 0.0, "s") == "train" and split_of("r1", 1.0, "s") == "validation"
    assert assign_split(ids[:500], 0.5, "s") != assign_split(ids[:500], 0.5, "other-salt")


def test_split_does_not_depend_on_other_records():
    assert split_of("abc", 0.3, "s") == assign_split(["x", "abc", "y"], 0.3, "s")[1]
