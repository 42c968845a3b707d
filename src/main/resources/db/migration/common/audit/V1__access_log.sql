-- The personal-data access log: append-only, each entry chained to the previous one by a keyed
-- hash (HMAC-SHA256) so that any change, deletion or insertion is detected by the chain check.
CREATE TABLE access_log (
  seq            BIGINT       NOT NULL PRIMARY KEY,
  at             TIMESTAMP WITH TIME ZONE NOT NULL,
  user_id        UUID,
  username       VARCHAR(60)  NOT NULL,
  actor_unit     VARCHAR(10),
  client_address VARCHAR(64),
  subject_type   VARCHAR(30)  NOT NULL,
  subject_id     VARCHAR(64)  NOT NULL,
  subject_unit   VARCHAR(10),
  action         VARCHAR(20)  NOT NULL,
  purpose        VARCHAR(300) NOT NULL,
  prev_hash      VARCHAR(64)  NOT NULL,
  hash           VARCHAR(64)  NOT NULL
);
CREATE INDEX access_log_at_idx ON access_log (at);
CREATE INDEX access_log_user_idx ON access_log (username, at);
CREATE INDEX access_log_subject_idx ON access_log (subject_type, subject_id, at);

-- The head of the chain: one row, locked while an entry is appended, so that entries from
-- concurrent requests (and several application nodes) form one sequence.
CREATE TABLE access_log_head (
  id        INT         NOT NULL PRIMARY KEY,
  last_seq  BIGINT      NOT NULL,
  last_hash VARCHAR(64) NOT NULL
);
INSERT INTO access_log_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
