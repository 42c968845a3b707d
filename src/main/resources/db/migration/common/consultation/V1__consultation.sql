-- Need domains of the 2023 release (통합사례관리 욕구 영역) and the default crisis scale: reference
-- data that a 시군구 can extend, not code.
CREATE TABLE need_domain (
  code       VARCHAR(30)  NOT NULL PRIMARY KEY,
  name_ko    VARCHAR(50)  NOT NULL,
  name_en    VARCHAR(50)  NOT NULL,
  sort_order INT          NOT NULL
);
INSERT INTO need_domain (code, name_ko, name_en, sort_order) VALUES
  ('ECONOMY', '경제', 'Economy', 1),
  ('CARE', '돌봄', 'Care', 2),
  ('PHYSICAL_HEALTH', '신체적 건강', 'Physical health', 3),
  ('MENTAL_HEALTH', '정신적 건강', 'Mental health', 4),
  ('HOUSING', '주거', 'Housing', 5),
  ('WORK', '일자리', 'Work', 6),
  ('CHILDCARE_EDUCATION', '보육 및 교육', 'Childcare and education', 7),
  ('RELATIONSHIPS', '관계', 'Relationships', 8),
  ('SAFETY', '안전', 'Safety', 9),
  ('LAW_RIGHTS', '법률 및 권익보장', 'Law and rights', 10),
  ('CULTURE_LEISURE', '문화 및 여가', 'Culture and leisure', 11);

-- domain.md §4.4: the sources do not publish the official instrument; this is Dolbom's default.
CREATE TABLE crisis_scale_level (
  level    INT          NOT NULL PRIMARY KEY,
  label_ko VARCHAR(100) NOT NULL,
  label_en VARCHAR(100) NOT NULL
);
INSERT INTO crisis_scale_level (level, label_ko, label_en) VALUES
  (1, '문제 없음', 'No problem'),
  (2, '낮음', 'Low'),
  (3, '보통', 'Moderate'),
  (4, '높음', 'High'),
  (5, '위기 — 즉시 개입 필요', 'Crisis — immediate intervention');

CREATE TABLE consultation (
  id            UUID         NOT NULL PRIMARY KEY,
  person_id     UUID         NOT NULL,
  household_id  UUID         NOT NULL,
  office_code   VARCHAR(10)  NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  route         VARCHAR(30)  NOT NULL,
  referred_on   DATE,
  consulted_on  DATE         NOT NULL,
  summary       VARCHAR(4000) NOT NULL,
  wanted_help   VARCHAR(2000),
  recorded_by   UUID         NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version       INT          NOT NULL DEFAULT 0
);
CREATE INDEX consultation_person_idx ON consultation (person_id, consulted_on);
CREATE INDEX consultation_office_idx ON consultation (office_code, consulted_on);

-- The main problems per need domain and per household member, with the client's own priority.
CREATE TABLE consultation_problem (
  consultation_id UUID          NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
  line            INT           NOT NULL,
  domain_code     VARCHAR(30)   NOT NULL REFERENCES need_domain (code),
  problem         VARCHAR(2000) NOT NULL,
  member_id       UUID,
  client_priority INT,
  PRIMARY KEY (consultation_id, line)
);
