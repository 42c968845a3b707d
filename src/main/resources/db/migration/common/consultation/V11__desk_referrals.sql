-- The comprehensive counselling desk (종합상담, manual 1-2 ①): what a walk-in consultation covered,
-- where it was referred inside the office, and the external referrals with their follow-up check
-- (사후확인). The consultation row carries person, date and summary.
CREATE TABLE desk_consultation (
  consultation_id          UUID          NOT NULL PRIMARY KEY REFERENCES consultation (id),
  person_id                UUID          NOT NULL,
  office_code              VARCHAR(10)   NOT NULL,
  records_checked          BOOLEAN       NOT NULL,
  consent_to_record        BOOLEAN       NOT NULL,
  welfare_topics           VARCHAR(300)  NOT NULL,
  other_topics             VARCHAR(300)  NOT NULL,
  internal_referrals       VARCHAR(200)  NOT NULL,
  internal_note            VARCHAR(1000)
);
CREATE INDEX desk_consultation_office_idx ON desk_consultation (office_code);

CREATE TABLE desk_referral (
  id               UUID          NOT NULL PRIMARY KEY,
  consultation_id  UUID          NOT NULL REFERENCES consultation (id),
  person_id        UUID          NOT NULL,
  office_code      VARCHAR(10)   NOT NULL,
  agency           VARCHAR(200)  NOT NULL,
  service          VARCHAR(300)  NOT NULL,
  documents        VARCHAR(1000) NOT NULL,
  procedure_text   VARCHAR(1000) NOT NULL,
  contact_name     VARCHAR(100)  NOT NULL,
  contact_phone    VARCHAR(40)   NOT NULL,
  referred_on      DATE          NOT NULL,
  referred_by      UUID          NOT NULL,
  deadline_id      UUID,
  checked_on       DATE,
  check_method     VARCHAR(20),
  check_outcome    VARCHAR(30),
  check_note       VARCHAR(2000),
  checked_by       UUID,
  checked_at       TIMESTAMP WITH TIME ZONE,
  version          INT           NOT NULL DEFAULT 0
);
CREATE INDEX desk_referral_office_idx ON desk_referral (office_code, referred_on);
CREATE INDEX desk_referral_consultation_idx ON desk_referral (consultation_id);
