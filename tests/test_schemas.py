import fastavro
import pyarrow as pa

import schemas


def test_every_table_has_a_valid_avro_schema_and_a_derived_arrow_schema():
    for table in schemas.TABLES:
        fastavro.parse_schema(schemas.avro_schema(table))
        arrow = schemas.arrow_schema(table)
        assert arrow.names == schemas.column_names(table)


def test_contract_columns_are_present_with_their_types():
    events = schemas.arrow_schema("events")
    for name in (
        "event_id",
        "article_id",
        "event_type",
        "actors",
        "venue_place",
        "venue_country",
        "venue_occasion",
        "event_date",
        "project",
        "topic",
        "evidence",
        "evidence_start",
        "evidence_end",
        "confidence",
        "published",
        "source",
        "dateline",
        "extractor_version",
    ):
        assert name in events.names, name
    assert events.field("published").type == pa.date32()
    assert events.field("confidence").type == pa.float64()
    actor = events.field("actors").type.value_type
    assert [f.name for f in actor] == ["name", "kind", "role", "country"]
    assert schemas.column_names("event_actors") == [
        "event_id",
        "article_id",
        "event_type",
        "event_date",
        "name",
        "kind",
        "role",
        "country",
    ]
    assert schemas.column_names("articles") == [
        "article_id",
        "source_file",
        "published",
        "source",
        "dateline",
        "url",
        "title",
        "n_events",
        "n_chars",
    ]
