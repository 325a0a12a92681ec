-- Embedded login: users with bcrypt password hashes, their roles and organisation units.
CREATE TABLE app_user (
    username      VARCHAR(100) PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    org_units     VARCHAR(500) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A plan belongs to one organisation unit; users see only their units' plans.
ALTER TABLE plan ADD COLUMN org_unit VARCHAR(100) DEFAULT 'default' NOT NULL;
ALTER TABLE scenario ADD COLUMN org_unit VARCHAR(100) DEFAULT 'default' NOT NULL;

-- Who did what to which plan, and when (ids and summaries only, no personal data).
CREATE TABLE audit_event (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    username  VARCHAR(100) NOT NULL,
    plan_id   VARCHAR(36),
    action    VARCHAR(200) NOT NULL,
    status    INT NOT NULL,
    detail    VARCHAR(2000)
);
CREATE INDEX audit_event_plan ON audit_event (plan_id);
