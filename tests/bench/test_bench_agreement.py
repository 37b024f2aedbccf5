"""bench/bench_agreement.py: its synthetic tables follow the record schema of the current pipeline."""

import pyarrow as pa

from bench.bench_agreement import crowded_table, synthetic_table
from pipeline.core.records import ANNOTATION_TYPE, RECORD_SCHEMA


def _annotation_type(table: pa.Table) -> pa.DataType:
    return table.schema.field("annotations").type.value_type


def test_crowded_table_has_the_record_schema_annotation_type():
    table = crowded_table(annotators=50, crowded_records=2, plain_records=10)
    assert table.num_rows == 12
    assert _annotation_type(table) == ANNOTATION_TYPE
    assert table.column("annotations").combine_chunks().flatten().field("fields").null_count == 2 * 50 + 10 * 3


def test_synthetic_table_has_the_record_schema_annotation_type():
    table = synthetic_table(200)
    assert table.num_rows == 200
    assert _annotation_type(table) == ANNOTATION_TYPE
    assert set(RECORD_SCHEMA.names) <= set(table.column_names)
