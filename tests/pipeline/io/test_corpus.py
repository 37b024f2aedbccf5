import os
import socket

import pytest

from pipeline.errors import UsageError
from pipeline.io.corpus import (
    NotRegularFile,
    OutsideRoots,
    check_corpus_roots,
    corpus_specs,
    list_corpus,
    open_corpus_file,
)


def _write(path, text="{}\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def tree(tmp_path):
    """A corpus folder with one of everything a listing must not read, and a secret outside it."""
    corpus = tmp_path / "corpus"
    _write(corpus / "a.jsonl")
    _write(corpus / "sub" / "b.jsonl")
    _write(corpus / "notes.txt")
    _write(corpus / ".git" / "config.json")
    secret = _write(tmp_path / "secret" / "key.jsonl", '{"instruction": "secret", "output": "x"}\n')
    os.mkfifo(corpus / "pipe.jsonl")
    (corpus / "leak.jsonl").symlink_to(secret)
    (corpus / "leakdir").symlink_to(secret.parent, target_is_directory=True)
    (corpus / "dangling.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    (corpus / "loop.jsonl").symlink_to(corpus / "loop.jsonl")
    (corpus / "sub" / "up").symlink_to(corpus, target_is_directory=True)
    (corpus / "inside.jsonl").symlink_to(corpus / "a.jsonl")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(corpus / "sock.csv"))
    yield corpus
    sock.close()


def test_a_listing_reads_regular_files_and_reports_everything_else(tree):
    (spec,) = corpus_specs([tree])
    listing = list_corpus(spec)
    assert [rel for _, rel in listing.files] == ["a.jsonl", "inside.jsonl", "sub/b.jsonl"]
    assert [(s["path"], s["reason"]) for s in listing.skipped] == [
        (".git", "hidden"),
        ("dangling.jsonl", "dangling_link"),
        ("leak.jsonl", "outside_root"),
        ("leakdir", "outside_root"),
        ("loop.jsonl", "symlink_loop"),
        ("notes.txt", "unknown_file_type"),
        ("pipe.jsonl", "not_a_regular_file"),
        ("sock.csv", "not_a_regular_file"),
        ("sub/up", "symlink_loop"),
    ]
    details = {s["path"]: s["detail"] for s in listing.skipped}
    assert details["leak.jsonl"] == "corpus/leak.jsonl: symbolic link to a path outside the corpus folder; not followed"
    assert details["pipe.jsonl"] == "corpus/pipe.jsonl: is a FIFO (named pipe); only files are read"
    assert details["sock.csv"] == "corpus/sock.csv: is a socket; only files are read"
    assert details["dangling.jsonl"] == "corpus/dangling.jsonl: symbolic link to a path that does not exist"


def test_with_roots_a_link_may_leave_the_corpus_but_not_the_roots(tree):
    (spec,) = corpus_specs([tree], roots=[tree.parent.resolve()])
    listing = list_corpus(spec)
    assert [rel for _, rel in listing.files] == [
        "a.jsonl",
        "inside.jsonl",
        "leak.jsonl",
        "leakdir/key.jsonl",
        "sub/b.jsonl",
    ]
    (spec,) = corpus_specs([tree], roots=[tree.resolve()])
    skipped = {s["path"]: s["detail"] for s in list_corpus(spec).skipped}
    assert skipped["leak.jsonl"] == "corpus/leak.jsonl: symbolic link to a path outside the corpus roots; not followed"


def test_corpus_paths_outside_the_roots_are_refused_after_resolving(tmp_path):
    root = tmp_path / "root"
    _write(root / "ok" / "a.jsonl")
    outside = _write(tmp_path / "outside" / "b.jsonl")
    (root / "link").symlink_to(outside.parent, target_is_directory=True)
    roots = [root.resolve()]
    assert check_corpus_roots([root / "ok"], roots) == [(root / "ok").resolve()]
    for bad in (outside.parent, root / "ok" / ".." / ".." / "outside", root / "link", root / "link" / "b.jsonl"):
        with pytest.raises(UsageError, match=r"is outside the corpus roots \("):
            check_corpus_roots([bad], roots)
    with pytest.raises(UsageError, match="corpus path does not exist"):
        check_corpus_roots([root / "missing"], roots)
    with pytest.raises(UsageError, match="outside the corpus roots"):
        corpus_specs([root / "link"], roots=roots)


def test_a_named_fifo_is_a_usage_error(tmp_path):
    os.mkfifo(tmp_path / "p.jsonl")
    with pytest.raises(UsageError, match=r"corpus path is neither a regular file nor a folder: .*p\.jsonl"):
        corpus_specs([tmp_path / "p.jsonl"])


def test_open_checks_the_bounds_and_the_file_type_again(tmp_path):
    corpus = tmp_path / "c"
    good = _write(corpus / "a.jsonl")
    os.mkfifo(corpus / "p.jsonl")
    secret = _write(tmp_path / "secret.jsonl")
    bounds = [corpus.resolve()]
    with open_corpus_file(good, bounds) as fh:
        assert fh.read() == b"{}\n"
    with pytest.raises(NotRegularFile):  # does not block on the FIFO
        open_corpus_file(corpus / "p.jsonl", bounds)
    (corpus / "swapped.jsonl").symlink_to(secret)  # e.g. a link made after the listing
    with pytest.raises(OutsideRoots):
        open_corpus_file(corpus / "swapped.jsonl", bounds)


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    _write(corpus / "a.jsonl")
    _write(corpus / "private" / "b.jsonl")
    real_scandir = os.scandir

    def scandir(path):  # tests run as root: chmod 000 would not stop a listing
        if str(path).endswith("private"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr("pipeline.io.corpus.os.scandir", scandir)
    (spec,) = corpus_specs([corpus])
    listing = list_corpus(spec)
    assert [rel for _, rel in listing.files] == ["a.jsonl"]
    assert listing.skipped == [
        {
            "corpus": "c",
            "path": "private",
            "reason": "unreadable_folder",
            "detail": "c/private: cannot list the folder (Permission denied)",
        }
    ]
