-- Distribution and the score explanation look up a household's members.
CREATE INDEX discovery_subject_household_idx ON discovery_subject (round_id, household_key);
