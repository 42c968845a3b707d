-- Nurse health visits (「복지+건강」, manual 1-4): the duplicate check against the 보건소 visiting
-- health programme (PHIS) that must precede a visit, the visit's health assessment, education and
-- links, and small-group health programmes with their participants.
CREATE TABLE health_duplicate_check (
  id           UUID          NOT NULL PRIMARY KEY,
  person_id    UUID          NOT NULL,
  office_code  VARCHAR(10)   NOT NULL,
  checked_on   DATE          NOT NULL,
  enrolled     BOOLEAN       NOT NULL,
  note         VARCHAR(1000),
  checked_by   UUID          NOT NULL,
  checked_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX health_duplicate_check_person_idx ON health_duplicate_check (person_id, checked_on);

CREATE TABLE health_visit (
  consultation_id           UUID          NOT NULL PRIMARY KEY REFERENCES consultation (id),
  person_id                 UUID          NOT NULL,
  office_code               VARCHAR(10)   NOT NULL,
  duplicate_check_id        UUID          NOT NULL REFERENCES health_duplicate_check (id),
  coordinated_with_bogunso  BOOLEAN       NOT NULL,
  companion_id              UUID,
  risk_factors              VARCHAR(300)  NOT NULL,
  chronic_diseases          VARCHAR(300)  NOT NULL,
  medication                VARCHAR(1000),
  education                 VARCHAR(2000) NOT NULL,
  links                     VARCHAR(200)  NOT NULL,
  link_note                 VARCHAR(1000),
  nurse_id                  UUID          NOT NULL
);
CREATE INDEX health_visit_office_idx ON health_visit (office_code);

CREATE TABLE health_programme (
  id           UUID          NOT NULL PRIMARY KEY,
  office_code  VARCHAR(10)   NOT NULL,
  title        VARCHAR(200)  NOT NULL,
  topic        VARCHAR(30)   NOT NULL,
  starts_on    DATE          NOT NULL,
  ends_on      DATE          NOT NULL,
  sessions     INT           NOT NULL,
  capacity     INT           NOT NULL,
  led_by       UUID          NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version      INT           NOT NULL DEFAULT 0
);
CREATE INDEX health_programme_office_idx ON health_programme (office_code, starts_on);

CREATE TABLE health_programme_participant (
  programme_id UUID NOT NULL REFERENCES health_programme (id) ON DELETE CASCADE,
  person_id    UUID NOT NULL,
  joined_on    DATE NOT NULL,
  PRIMARY KEY (programme_id, person_id)
);
