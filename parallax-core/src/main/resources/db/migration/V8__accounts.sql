-- People: accounts, their sessions, script tokens and password resets, invitations, and the sign-up
-- settings. Portable SQL: runs unchanged on SQLite and PostgreSQL. Times are ISO-8601 text like the rest of
-- the schema; flags are 0/1 integers. Secrets (session ids, tokens, reset links) are stored only as their
-- SHA-256, so a copy of the database opens no session. Everything personal hangs off account with ON DELETE
-- CASCADE, so deleting an account deletes it all.
CREATE TABLE account (
  id            TEXT PRIMARY KEY,
  email         TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL,
  member_until  TEXT,
  created       TEXT NOT NULL
);

CREATE TABLE account_session (
  id_hash    TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  created    TEXT NOT NULL,
  expires    TEXT NOT NULL
);
CREATE INDEX account_session_account ON account_session (account_id);

CREATE TABLE account_token (
  id         TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created    TEXT NOT NULL,
  last_used  TEXT
);
CREATE INDEX account_token_account ON account_token (account_id);

CREATE TABLE password_reset (
  token_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  expires    TEXT NOT NULL
);
CREATE INDEX password_reset_account ON password_reset (account_id);

CREATE TABLE invitation (
  code        TEXT PRIMARY KEY,
  member      INTEGER NOT NULL DEFAULT 0,
  member_days INTEGER,
  created     TEXT NOT NULL,
  created_by  TEXT REFERENCES account (id) ON DELETE SET NULL,
  used_by     TEXT REFERENCES account (id) ON DELETE SET NULL,
  used        TEXT
);

CREATE TABLE account_setting (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
