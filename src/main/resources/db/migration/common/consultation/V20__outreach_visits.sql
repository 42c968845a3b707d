-- Outreach visits (찾아가는 보건복지상담, manual 1-2 ③): planned from the monthly target lists, notice
-- sent, appointment agreed, visited in pairs (2인1조; the nurse joins for health needs), recorded as an
-- OUTREACH consultation with a decision. Visit safety (appendix 3–4): the pre-visit risk check, the
-- police escort and the departure/return of the team visit board live on the visit.
CREATE TABLE outreach_visit (
  id                      UUID         NOT NULL PRIMARY KEY,
  office_code             VARCHAR(10)  NOT NULL,
  household_id            UUID         NOT NULL,
  person_id               UUID,
  target_group            VARCHAR(30)  NOT NULL,
  status                  VARCHAR(20)  NOT NULL,
  planned_on              DATE         NOT NULL,
  health_need             BOOLEAN      NOT NULL DEFAULT FALSE,
  notice_sent_on          DATE,
  notice_method           VARCHAR(20),
  appointment_at          TIMESTAMP WITH TIME ZONE,
  risk_checked_at         TIMESTAMP WITH TIME ZONE,
  risk_checked_by         UUID,
  risk_violence           BOOLEAN,
  risk_alcohol            BOOLEAN,
  risk_infection          BOOLEAN,
  risk_prior_incident     BOOLEAN,
  risk_note               VARCHAR(1000),
  risk_level              VARCHAR(10),
  police_escort           BOOLEAN      NOT NULL DEFAULT FALSE,
  departed_at             TIMESTAMP WITH TIME ZONE,
  returned_at             TIMESTAMP WITH TIME ZONE,
  visited_on              DATE,
  consultation_id         UUID,
  decision                VARCHAR(30),
  decision_note           VARCHAR(1000),
  initial_consultation_id UUID,
  cancelled_reason        VARCHAR(300),
  planned_by              UUID         NOT NULL,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  version                 INT          NOT NULL DEFAULT 0
);
CREATE INDEX outreach_visit_office_idx ON outreach_visit (office_code, planned_on);
CREATE INDEX outreach_visit_household_idx ON outreach_visit (household_id, planned_on);
CREATE INDEX outreach_visit_visited_idx ON outreach_visit (office_code, visited_on);

-- Who visits: planned before, confirmed when the visit is recorded.
CREATE TABLE outreach_visit_staff (
  visit_id UUID        NOT NULL REFERENCES outreach_visit (id) ON DELETE CASCADE,
  user_id  UUID        NOT NULL,
  role     VARCHAR(20) NOT NULL,
  PRIMARY KEY (visit_id, user_id)
);
CREATE INDEX outreach_visit_staff_user_idx ON outreach_visit_staff (user_id);

-- Monthly visit targets per role (manual 1-2 ③ 상담 목표: 읍면동장 5, 팀장 10, 사회복지 15, 간호사 20 가구 —
-- recommended; "시군구에서 자치단체 상황에 맞는 별도 … 월 목표치를 제시할 수 있으며"). A row overrides the
-- recommended value for one 시군구.
CREATE TABLE visit_monthly_target (
  district_code  VARCHAR(10) NOT NULL,
  role           VARCHAR(20) NOT NULL,
  monthly_target INT         NOT NULL,
  set_by         UUID        NOT NULL,
  set_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version        INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (district_code, role)
);

-- Incident reports (appendix 3 사고보고서): "사고일시, 장소, 관련 인물, 관리자 및 슈퍼바이저, 피해 상황에 대한
-- 개요, 구체적인 위험상황 및 피해 내용, 피해의 범위, 클라이언트의 행동 및 반응, 주변인의 행동 및 반응, 종사자의
-- 반응, 슈퍼바이저 및 관리자의 의견 및 대처계획, 목격자의 대처 및 의견, 사고 처리 결과".
CREATE TABLE incident_report (
  id                  UUID          NOT NULL PRIMARY KEY,
  office_code         VARCHAR(10)   NOT NULL,
  visit_id            UUID          REFERENCES outreach_visit (id),
  household_id        UUID,
  occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  place               VARCHAR(300)  NOT NULL,
  people_involved     VARCHAR(1000) NOT NULL,
  supervisor          VARCHAR(200),
  damage_summary      VARCHAR(2000) NOT NULL,
  risk_detail         VARCHAR(2000),
  damage_extent       VARCHAR(1000),
  client_behaviour    VARCHAR(2000) NOT NULL,
  bystander_behaviour VARCHAR(2000),
  staff_reaction      VARCHAR(2000),
  witness_account     VARCHAR(2000),
  police_reported     BOOLEAN       NOT NULL DEFAULT FALSE,
  supervisor_plan     VARCHAR(2000),
  outcome             VARCHAR(2000),
  reviewed_by         UUID,
  reviewed_at         TIMESTAMP WITH TIME ZONE,
  reported_by         UUID          NOT NULL,
  reported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version             INT           NOT NULL DEFAULT 0
);
CREATE INDEX incident_report_office_idx ON incident_report (office_code, occurred_at);
CREATE INDEX incident_report_household_idx ON incident_report (household_id);
