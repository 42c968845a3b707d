CREATE INDEX person_office_name_idx ON person (office_code, name);
