-- A sentence is stored once, as the byte span of its document's text that
-- a fact points to; the full-text index keeps its folded key; the view
-- sentences gives its text back. Before, each sentence was stored three
-- times (text, key, and the index's copy of the key), which was a third
-- of what an ingest wrote.
CREATE TABLE facts_new (
	id             INTEGER PRIMARY KEY,
	document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	sentence_id    INTEGER NOT NULL, -- sentences_fts.docid; shared by the facts of a sentence
	kind           TEXT NOT NULL,
	value          REAL NOT NULL,
	denominator    REAL,
	max            REAL,
	unit           TEXT NOT NULL DEFAULT '',
	unit_key       TEXT NOT NULL DEFAULT '',
	per            TEXT NOT NULL DEFAULT '',
	qualifier      TEXT NOT NULL DEFAULT 'exact',
	change         TEXT NOT NULL DEFAULT '',
	as_of          TEXT NOT NULL DEFAULT '',
	text           TEXT NOT NULL,
	start          INTEGER NOT NULL, -- byte offsets of the figure in documents.text
	end            INTEGER NOT NULL,
	sentence_start INTEGER NOT NULL, -- byte offsets of its sentence in documents.text
	sentence_end   INTEGER NOT NULL
);

INSERT INTO facts_new
SELECT f.id, f.document_id, f.sentence_id, f.kind, f.value, f.denominator, f.max, f.unit, f.unit_key, f.per,
       f.qualifier, f.change, f.as_of, f.text, f.start, f.end,
       CASE WHEN p.at > 0 THEN p.at - 1 ELSE f.start END,
       CASE WHEN p.at > 0 THEN p.at - 1 + p.len ELSE f.end END
FROM facts f
JOIN (SELECT s.id AS id, instr(CAST(d.text AS BLOB), CAST(s.text AS BLOB)) AS at, length(CAST(s.text AS BLOB)) AS len
      FROM sentences s JOIN documents d ON d.id = s.document_id) p ON p.id = f.sentence_id;

DROP TABLE facts;
DROP TABLE sentences;
ALTER TABLE facts_new RENAME TO facts;
CREATE INDEX facts_document ON facts(document_id);
CREATE INDEX facts_kind_value ON facts(kind, value);
CREATE INDEX facts_as_of ON facts(as_of);
CREATE INDEX facts_sentence ON facts(sentence_id);

-- The sentences that hold facts, with their text, for SQL users.
CREATE VIEW sentences AS
SELECT f.sentence_id AS id, f.document_id, f.sentence_start AS start, f.sentence_end AS end,
       CAST(substr(CAST(d.text AS BLOB), f.sentence_start + 1, f.sentence_end - f.sentence_start) AS TEXT) AS text
FROM facts f JOIN documents d ON d.id = f.document_id
WHERE NOT EXISTS (SELECT 1 FROM facts p WHERE p.sentence_id = f.sentence_id AND p.id < f.id);
