-- The size and modification time of the input file a document came from,
-- so that a re-run skips unchanged files without reading them (as rsync
-- and make do). -1 for documents that are records of a larger file.
ALTER TABLE documents ADD COLUMN file_size INTEGER NOT NULL DEFAULT -1;
ALTER TABLE documents ADD COLUMN file_mtime INTEGER NOT NULL DEFAULT 0;
