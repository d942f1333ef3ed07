-- One full-text row per document instead of one per sentence: the words
-- (search keys, marks and đ folded in Go) of its sentences that hold facts,
-- each word once. docid = documents.id.
--
-- The index only finds the documents that hold every word of a query; the
-- program then keeps the facts whose own sentence holds the words
-- in order. Indexing each word once per document instead of at every place
-- in every sentence made an ingest's full-text work less than half: it was
-- the largest part of the single writer's time.
CREATE VIRTUAL TABLE documents_fts USING fts4(words, tokenize=unicode61 "remove_diacritics=2");

INSERT INTO documents_fts (docid, words)
SELECT document_id, group_concat(body, ' ')
FROM (SELECT DISTINCT f.document_id AS document_id, s.body AS body
      FROM facts f JOIN sentences_fts s ON s.docid = f.sentence_id)
GROUP BY document_id;

DROP TABLE sentences_fts;

-- Each fact carries a 64-bit signature of its sentence's words (a Bloom
-- filter with one bit per word): a query tests it before it reads the
-- sentence, so most facts of a found document that do not hold the words
-- cost no read of the document's text. Facts stored before have every bit
-- set, so they are always read and checked.
ALTER TABLE facts ADD COLUMN sentence_words INTEGER NOT NULL DEFAULT -1;
