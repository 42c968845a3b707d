-- Outreach target groups that the people data cannot derive from birth dates (manual 1-2 ③ 방문대상:
-- 돌봄필요 and 위기가구): flags set by staff on the household. expected_on is the expected discharge
-- date of DISCHARGE_PLANNED (퇴원·퇴소 예정), otherwise empty.
CREATE TABLE household_flag (
  household_id UUID         NOT NULL REFERENCES household (id),
  flag         VARCHAR(30)  NOT NULL,
  expected_on  DATE,
  note         VARCHAR(300),
  set_by       UUID         NOT NULL,
  set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (household_id, flag)
);
CREATE INDEX household_flag_flag_idx ON household_flag (flag, household_id);
