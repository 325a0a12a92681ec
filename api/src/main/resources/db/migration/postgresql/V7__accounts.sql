-- PostgreSQL twin of h2/V7__accounts.sql (the same statements).
-- A user's organisation units as rows, not a comma-separated text.
CREATE TABLE app_user_org_unit (
    username VARCHAR(100) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    org_unit VARCHAR(100) NOT NULL,
    PRIMARY KEY (username, org_unit)
);

-- API clients' tokens: only a SHA-256 hash is kept; a token dies with its user.
CREATE TABLE api_token (
    id           VARCHAR(36)  PRIMARY KEY,
    username     VARCHAR(100) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Audit rows belong to an organisation unit (an administrator reads their own units' rows).
ALTER TABLE audit_event ADD COLUMN org_unit VARCHAR(100);
