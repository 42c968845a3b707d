-- Indexes added after V1 (a repeatable migration, so that it needs no version between the
-- module's ranges; IF NOT EXISTS keeps re-runs harmless).
-- Distribution and the score explanation look up a household's members.
CREATE INDEX IF NOT EXISTS discovery_subject_household_idx ON discovery_subject (round_id, household_key);
