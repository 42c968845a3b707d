-- Deadline module (domain.md §5): working-day calendar, deadline rules, deadlines, reminders and
-- the runs of the daily sweep. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.

-- Public holidays of the 관공서의 공휴일에 관한 규정 / 공휴일에 관한 법률, as reference data per year.
-- kind: STATUTORY (§2 fixed and lunar holidays), SUBSTITUTE (대체공휴일, 규정 §3),
-- ELECTION (임기만료 선거일, 법 §2-9), TEMPORARY (임시공휴일, 정부 수시 지정).
CREATE TABLE public_holiday (
  holiday_on DATE         NOT NULL,
  name       VARCHAR(100) NOT NULL,
  kind       VARCHAR(20)  NOT NULL,
  PRIMARY KEY (holiday_on, name)
);

-- The years whose holidays are complete above. For other years only weekends and closures count,
-- which can make a due date earlier, never later; the calendar page warns the administrator.
CREATE TABLE public_holiday_year (
  calendar_year INT          NOT NULL PRIMARY KEY,
  source        VARCHAR(400) NOT NULL
);

-- Days off added by people: local closures of a 시도, 시군구 (valid for all its 읍면동) or 읍면동,
-- and, without an org unit, holidays the government designates after this data was written
-- (임시공휴일). Removed closures are kept with who removed them; active_key makes an active closure
-- of the same unit and day unique.
CREATE TABLE calendar_closure (
  id                  UUID         NOT NULL PRIMARY KEY,
  org_unit_code       VARCHAR(10),
  closed_on           DATE         NOT NULL,
  name                VARCHAR(100) NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          UUID         NOT NULL,
  created_by_username VARCHAR(60)  NOT NULL,
  removed_at          TIMESTAMP WITH TIME ZONE,
  removed_by          UUID,
  removed_by_username VARCHAR(60),
  active_key          VARCHAR(30),
  CONSTRAINT calendar_closure_active_uk UNIQUE (active_key)
);
CREATE INDEX calendar_closure_day_idx ON calendar_closure (closed_on);
CREATE INDEX calendar_closure_unit_idx ON calendar_closure (org_unit_code, closed_on);

-- Deadline rules as configuration: one row per version of the rule of a step (and variant).
-- A version applies to deadlines whose anchor date is on or after effective_from until a later
-- version takes over; a deadline keeps the rule_id it was computed with.
CREATE TABLE deadline_rule (
  id                  UUID         NOT NULL PRIMARY KEY,
  step                VARCHAR(30)  NOT NULL,
  variant             VARCHAR(20)  NOT NULL,
  version             INT          NOT NULL,
  amount              INT          NOT NULL,
  unit                VARCHAR(20)  NOT NULL,
  anchor              VARCHAR(30)  NOT NULL,
  cap_amount          INT,
  cap_unit            VARCHAR(20),
  cap_anchor          VARCHAR(30),
  effective_from      DATE         NOT NULL,
  note                VARCHAR(300) NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          UUID,
  created_by_username VARCHAR(60)  NOT NULL,
  CONSTRAINT deadline_rule_version_uk UNIQUE (step, variant, version)
);

-- The deadlines of cases, consultations, referrals and discovery targets. subject_id, assignee_id,
-- team_id and person_id are ids of other modules (no foreign keys across modules). open_key is set
-- while the deadline is OPEN so that a step has at most one open deadline per subject.
CREATE TABLE deadline (
  id            UUID         NOT NULL PRIMARY KEY,
  subject_type  VARCHAR(30)  NOT NULL,
  subject_id    UUID         NOT NULL,
  step          VARCHAR(30)  NOT NULL,
  variant       VARCHAR(20)  NOT NULL,
  office_code   VARCHAR(10)  NOT NULL,
  assignee_id   UUID,
  team_id       UUID,
  person_id     UUID,
  anchor_on     DATE         NOT NULL,
  cap_anchor_on DATE,
  due_on        DATE         NOT NULL,
  rule_id       UUID         NOT NULL REFERENCES deadline_rule (id),
  state         VARCHAR(10)  NOT NULL,
  done_on       DATE,
  cancelled_on  DATE,
  cancel_reason VARCHAR(200),
  overdue       BOOLEAN      NOT NULL DEFAULT FALSE,
  overdue_since DATE,
  open_key      VARCHAR(120),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    UUID,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  version       INT          NOT NULL DEFAULT 0,
  CONSTRAINT deadline_open_uk UNIQUE (open_key)
);
CREATE INDEX deadline_subject_idx ON deadline (subject_type, subject_id);
CREATE INDEX deadline_assignee_idx ON deadline (assignee_id, state, due_on);
CREATE INDEX deadline_team_idx ON deadline (team_id, state, due_on);
CREATE INDEX deadline_office_idx ON deadline (office_code, state, due_on);
CREATE INDEX deadline_state_due_idx ON deadline (state, due_on);

-- In-app reminders: one per deadline and kind (DUE_SOON, OVERDUE), addressed to the assignee, else
-- the team, else the office's team leads.
CREATE TABLE deadline_notification (
  id           UUID        NOT NULL PRIMARY KEY,
  deadline_id  UUID        NOT NULL REFERENCES deadline (id),
  kind         VARCHAR(10) NOT NULL,
  user_id      UUID,
  team_id      UUID,
  office_code  VARCHAR(10) NOT NULL,
  subject_type VARCHAR(30) NOT NULL,
  subject_id   UUID        NOT NULL,
  step         VARCHAR(30) NOT NULL,
  due_on       DATE        NOT NULL,
  created_on   DATE        NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT deadline_notification_uk UNIQUE (deadline_id, kind)
);
CREATE INDEX deadline_notification_user_idx ON deadline_notification (user_id, created_at);
CREATE INDEX deadline_notification_team_idx ON deadline_notification (team_id, created_at);
CREATE INDEX deadline_notification_office_idx ON deadline_notification (office_code, created_at);

-- Who has read which reminder (a team's reminder is read per member).
CREATE TABLE deadline_notification_read (
  notification_id UUID NOT NULL REFERENCES deadline_notification (id),
  user_id         UUID NOT NULL,
  read_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (notification_id, user_id)
);

-- One row locked by every sweep, so that two sweeps (scheduled and manual, on any node) never
-- overlap.
CREATE TABLE deadline_sweep_lock (
  id INT NOT NULL PRIMARY KEY
);
INSERT INTO deadline_sweep_lock (id) VALUES (1);

-- Every execution of the sweep: which node ran it for which scheduled fire time, and what it did.
CREATE TABLE deadline_sweep_run (
  id                UUID         NOT NULL PRIMARY KEY,
  run_date          DATE         NOT NULL,
  trigger_kind      VARCHAR(10)  NOT NULL,
  node              VARCHAR(200) NOT NULL,
  scheduled_fire_at TIMESTAMP WITH TIME ZONE,
  started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at       TIMESTAMP WITH TIME ZONE,
  marked_overdue    INT,
  overdue_notices   INT,
  due_soon_notices  INT
);
CREATE INDEX deadline_sweep_run_date_idx ON deadline_sweep_run (run_date);
