-- Monitor consultations (모니터 상담, manual 1-2 ③ "모니터 상담"): periodic checks of existing
-- recipients. "점검 대상가구의 경우, 대상가구 특성에 따라 모니터 상담 주기수립 후 실시": one cycle
-- per household, with the date the next consultation is due.
CREATE TABLE monitor_cycle (
  household_id      UUID         NOT NULL PRIMARY KEY,
  person_id         UUID         NOT NULL,
  office_code       VARCHAR(10)  NOT NULL,
  cycle_months      INT          NOT NULL,
  last_consulted_on DATE,
  next_due_on       DATE         NOT NULL,
  reason            VARCHAR(500),
  set_by            UUID         NOT NULL,
  set_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  version           INT          NOT NULL DEFAULT 0
);
CREATE INDEX monitor_cycle_due_idx ON monitor_cycle (office_code, next_due_on);

-- The findings of one monitor consultation (the consultation row carries date, person and summary).
CREATE TABLE monitor_consultation (
  consultation_id      UUID         NOT NULL PRIMARY KEY REFERENCES consultation (id),
  household_id         UUID         NOT NULL,
  method               VARCHAR(20)  NOT NULL,
  living_safe          BOOLEAN      NOT NULL,
  indoor_members_ok    BOOLEAN,
  services_delivered   BOOLEAN      NOT NULL,
  satisfaction         INT,
  changes              VARCHAR(2000),
  reentry_needed       BOOLEAN      NOT NULL
);
CREATE INDEX monitor_consultation_household_idx ON monitor_consultation (household_id);
