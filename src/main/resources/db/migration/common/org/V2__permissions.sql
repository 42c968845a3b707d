CREATE TABLE user_permission (
  user_id    UUID        NOT NULL REFERENCES app_user (id),
  permission VARCHAR(30) NOT NULL,
  granted_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (user_id, permission)
);

-- what an account event is about, e.g. the permission granted
ALTER TABLE account_event ADD COLUMN detail VARCHAR(100);
