-- The office's "contacted" mark on a family of a plan's contact list: who set it and when (also audited).
CREATE TABLE contact_mark (
    plan_id      VARCHAR(36)  NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    client_id    VARCHAR(100) NOT NULL,
    contacted_by VARCHAR(100) NOT NULL,
    contacted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (plan_id, client_id)
);
