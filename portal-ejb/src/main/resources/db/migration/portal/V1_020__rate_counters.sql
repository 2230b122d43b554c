-- Counts for every limit (failed look-ups per order number and per address, requests per client
-- address and per API key): one row per key and window, counted up atomically with
-- INSERT ... ON DUPLICATE KEY UPDATE, so that parallel requests on several servers are all counted.
-- Keys are SHA-256 digests; a store's keys include the store, so the table is not tenant-owned.
CREATE TABLE RATE_COUNTER (
  BUCKET          CHAR(64)      NOT NULL,
  WINDOW_START    DATETIME      NOT NULL,
  HITS            INT           NOT NULL,
  EXPIRES_AT      DATETIME      NOT NULL,
  PRIMARY KEY (BUCKET, WINDOW_START),
  KEY IX_RATE_COUNTER_EXPIRES (EXPIRES_AT)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- One row per failed look-up could not be counted atomically and was never deleted; the counts
-- above replace it. What it held only slowed guesses down for 15 minutes.
DROP TABLE LOOKUP_ATTEMPT;
