import random

from pipeline.stages.ingest.source_ids import SourceIdIndex, id_key


def test_first_occurrences_match_a_dict_over_random_batches():
    rnd = random.Random(1)
    for _ in range(200):
        index, reference, position = SourceIdIndex(), {}, 0
        for _batch in range(rnd.randint(1, 8)):
            keys = [id_key("c", f"id{rnd.randint(0, 30)}") for _ in range(rnd.randint(0, 20))]
            positions = list(range(position + 1, position + 1 + len(keys)))
            position += len(keys)
            expected = []
            for k, p in zip(keys, positions, strict=True):
                expected.append(reference.get(k))
                reference.setdefault(k, p)
            assert index.first_occurrences(keys, positions) == expected
        assert len(index) == len(reference)


def test_keys_depend_on_the_corpus():
    assert id_key("a", "1") != id_key("b", "1")
    assert id_key("a", "1") == id_key("a", "1")
