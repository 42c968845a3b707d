-- The monthly review of the access log (개인정보의 안전성 확보조치 기준 §8②: the access records are
-- checked at least once a month, and the reason of every download found is confirmed). One review
-- per unit and month; what was seen is kept with it.
CREATE TABLE access_review (
  id             UUID          NOT NULL PRIMARY KEY,
  review_month   DATE          NOT NULL,
  unit_code      VARCHAR(10)   NOT NULL,
  reviewer_id    UUID          NOT NULL,
  reviewer_name  VARCHAR(60)   NOT NULL,
  reviewed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  entries        BIGINT        NOT NULL,
  users          INT           NOT NULL,
  flagged_users  INT           NOT NULL,
  downloads      BIGINT        NOT NULL,
  note           VARCHAR(2000) NOT NULL,
  CONSTRAINT access_review_uk UNIQUE (review_month, unit_code)
);
