-- scrub837 store, version 4: exactly once with several nodes (issues 24 and 25). Plain SQL run once by
-- org.scrub837.store.SchemaMigrations. Never edit a released version: add V5__*.sql.

-- The inbox lock names the file it locks, not only its path: file_id is the file's identity on its file
-- system (inode), so a later file of the same name is another lock. token is the one acquisition that
-- holds the row: a release removes its own acquisition's row, never a later one of the same file name.
-- file_size and file_modified say what the file was when taken (for an operator looking at the table).
ALTER TABLE scrub_inbox_lock ADD COLUMN IF NOT EXISTS file_id TEXT NOT NULL DEFAULT '';
ALTER TABLE scrub_inbox_lock ADD COLUMN IF NOT EXISTS file_size BIGINT;
ALTER TABLE scrub_inbox_lock ADD COLUMN IF NOT EXISTS file_modified TIMESTAMPTZ;
ALTER TABLE scrub_inbox_lock ADD COLUMN IF NOT EXISTS token UUID;
ALTER TABLE scrub_inbox_lock DROP CONSTRAINT IF EXISTS scrub_inbox_lock_pkey;
ALTER TABLE scrub_inbox_lock ADD PRIMARY KEY (processor, message_id, file_id);

-- Each running node, and when it last said it was alive (database clock): a content claim or output
-- base of a node that stopped refreshing this row may be taken over.
CREATE TABLE IF NOT EXISTS scrub_node (
    owner        UUID PRIMARY KEY,
    refreshed_at TIMESTAMPTZ NOT NULL
);

-- The content being handled right now, one row per SHA-256: the node that holds it is the only one
-- deciding "new content or duplicate" for it. Removed, in the transaction that records the content in
-- scrub_seen_file, when the node is done.
CREATE TABLE IF NOT EXISTS scrub_content_claim (
    content_hash CHAR(64) PRIMARY KEY,
    owner        UUID NOT NULL,
    file_name    TEXT NOT NULL,
    claimed_at   TIMESTAMPTZ NOT NULL
);

-- The output base names given out (the shared form of state/output-bases.tsv): one per input (its
-- content and natural base name), unique per folder. state 'writing' until every output of the base is
-- in place, 'done' after: a node that finds 'writing' for its input rolls the outputs back first.
CREATE TABLE IF NOT EXISTS scrub_output_base (
    folder     TEXT NOT NULL,
    base       TEXT NOT NULL,
    input_key  CHAR(64) NOT NULL UNIQUE,
    state      TEXT NOT NULL,
    owner      UUID NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (folder, base)
);
