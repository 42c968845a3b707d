-- Self-managed targets (자체관리대상자, domain.md §6, seeds appendix 1 6): residents an office
-- watches. active_person_id is the person while the registration is active and NULL once
-- released, so that a person has at most one active registration (NULLs do not collide).
CREATE TABLE discovery_self_managed (
  id                 UUID PRIMARY KEY,
  person_id          UUID NOT NULL,
  active_person_id   UUID UNIQUE,
  office_code        VARCHAR(10) NOT NULL,
  source             VARCHAR(20) NOT NULL,
  reason             VARCHAR(500) NOT NULL,
  assignee_id        UUID,
  visit_cycle_months INT,
  visit_count        INT NOT NULL DEFAULT 0,
  notes              VARCHAR(2000),
  registered_on      DATE NOT NULL,
  registered_by      UUID,
  released_on        DATE,
  release_reason     VARCHAR(500),
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version            INT NOT NULL DEFAULT 0
);

CREATE INDEX discovery_self_managed_office ON discovery_self_managed (office_code, released_on);
CREATE INDEX discovery_self_managed_person ON discovery_self_managed (person_id);

-- Every change of a registration: registered, changed (with the old and new values), released,
-- consulted (the contact alert renewed).
CREATE TABLE discovery_self_managed_history (
  id          UUID PRIMARY KEY,
  target_id   UUID NOT NULL REFERENCES discovery_self_managed (id),
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  user_id     UUID,
  user_name   VARCHAR(100),
  action      VARCHAR(30) NOT NULL,
  detail      VARCHAR(4000)
);

CREATE INDEX discovery_self_managed_history_target ON discovery_self_managed_history (target_id, at);
