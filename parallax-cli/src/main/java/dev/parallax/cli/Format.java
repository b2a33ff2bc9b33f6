package dev.parallax.cli;

/** Output formats; each command accepts the ones it can render. */
enum Format {
  TEXT,
  JSON,
  JSONL,
  MARKDOWN
}
