-- Abuse checklists (appendix 5 "취약계층 학대 예방 및 점검"): one "yes" means suspected abuse, which
-- must be reported (child: 112 / 아동보호전문기관; elder: 110 / 112; disability: 112 /
-- 발달장애인지원센터 / 장애인권익옹호기관). A suspected check is stored only with its report.
CREATE TABLE abuse_check (
  id                UUID          NOT NULL PRIMARY KEY,
  person_id         UUID          NOT NULL,
  office_code       VARCHAR(10)   NOT NULL,
  kind              VARCHAR(20)   NOT NULL,
  checked_on        DATE          NOT NULL,
  note              VARCHAR(2000),
  suspected         BOOLEAN       NOT NULL,
  reported_at       TIMESTAMP WITH TIME ZONE,
  report_channel    VARCHAR(40),
  reported_to       VARCHAR(200),
  report_reference  VARCHAR(100),
  reported_by       UUID,
  recorded_by       UUID          NOT NULL,
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX abuse_check_office_idx ON abuse_check (office_code, checked_on);
CREATE INDEX abuse_check_person_idx ON abuse_check (person_id);

CREATE TABLE abuse_check_answer (
  check_id   UUID        NOT NULL REFERENCES abuse_check (id) ON DELETE CASCADE,
  item_code  VARCHAR(40) NOT NULL,
  answer     BOOLEAN     NOT NULL,
  PRIMARY KEY (check_id, item_code)
);
