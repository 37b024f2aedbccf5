import os
import stat
import threading

import pyarrow as pa
import pytest

from pipeline.core.atomic import write_parquet_atomic, write_text_atomic


@pytest.fixture
def umask():
    old = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(old)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_atomic_files_get_the_mode_a_plain_open_would(tmp_path, umask, mask, mode):
    umask(mask)
    text = write_text_atomic(tmp_path / "card.md", "x")
    table = write_parquet_atomic(pa.table({"a": [1]}), tmp_path / "t.parquet")
    plain = tmp_path / "plain"
    plain.write_text("x")
    assert [oct(p.stat().st_mode & 0o777) for p in (text, table, plain)] == [oct(mode)] * 3


def test_a_pipe_is_written_in_place_never_replaced(tmp_path):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_text_atomic(fifo, "hello\n")
    reader.join(timeout=10)
    assert got == [b"hello\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still the pipe: a rename would have made it a regular file
    assert list(tmp_path.iterdir()) == [fifo]  # no temp file beside it
