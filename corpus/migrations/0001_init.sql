-- Articles, one row per input document (a file, a JSON line, a WARC record).
CREATE TABLE documents (
	id          INTEGER PRIMARY KEY,
	source      TEXT NOT NULL UNIQUE,  -- path, path#line or URL
	url         TEXT NOT NULL DEFAULT '',
	hash        TEXT NOT NULL,         -- of the raw input bytes
	title       TEXT NOT NULL DEFAULT '',
	published   TEXT NOT NULL DEFAULT '', -- YYYY-MM-DD or ''
	site        TEXT NOT NULL DEFAULT '',
	author      TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL,         -- the cleaned article
	version     TEXT NOT NULL,         -- extractor version that made its facts
	ingested_at TEXT NOT NULL
);

-- Sentences that hold facts, once each.
CREATE TABLE sentences (
	id          INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: new rows are indexed by id > last
	document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	text        TEXT NOT NULL,
	key         TEXT NOT NULL -- text without marks, what sentences_fts indexes
);
CREATE INDEX sentences_document ON sentences(document_id);

-- Facts: every field of the fact record, with offsets into documents.text;
-- the sentence is sentences.text.
CREATE TABLE facts (
	id          INTEGER PRIMARY KEY,
	document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
	kind        TEXT NOT NULL,
	value       REAL NOT NULL,
	denominator REAL,
	max         REAL,
	unit        TEXT NOT NULL DEFAULT '',
	unit_key    TEXT NOT NULL DEFAULT '', -- unit without marks, for --unit (a substring match: no index serves it)
	per         TEXT NOT NULL DEFAULT '',
	qualifier   TEXT NOT NULL DEFAULT 'exact',
	change      TEXT NOT NULL DEFAULT '',
	as_of       TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL,
	start       INTEGER NOT NULL,
	end         INTEGER NOT NULL
);
CREATE INDEX facts_document ON facts(document_id);
CREATE INDEX facts_kind_value ON facts(kind, value);
CREATE INDEX facts_as_of ON facts(as_of);
CREATE INDEX facts_sentence ON facts(sentence_id);

-- Full-text index of the sentences that hold facts, folded in Go to a
-- mark-free key (đ→d too), so "dich vu" finds "dịch vụ". A fact's unit is
-- part of its sentence. docid = sentences.id.
CREATE VIRTUAL TABLE sentences_fts USING fts4(body, tokenize=unicode61 "remove_diacritics=2");

-- Ingest runs and the inputs that failed in them.
CREATE TABLE runs (
	id          INTEGER PRIMARY KEY,
	started_at  TEXT NOT NULL,
	finished_at TEXT NOT NULL DEFAULT '',
	new         INTEGER NOT NULL DEFAULT 0,
	updated     INTEGER NOT NULL DEFAULT 0,
	unchanged   INTEGER NOT NULL DEFAULT 0,
	failed      INTEGER NOT NULL DEFAULT 0,
	facts       INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE failures (
	id     INTEGER PRIMARY KEY,
	run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
	source TEXT NOT NULL,
	reason TEXT NOT NULL,
	at     TEXT NOT NULL
);
CREATE INDEX failures_run ON failures(run_id);
