-- varchar_pattern_ops lets "name LIKE '김민%'" use the index whatever the database collation.
CREATE INDEX person_office_name_idx ON person (office_code, name varchar_pattern_ops);
CREATE INDEX person_office_name_order_idx ON person (office_code, name);
