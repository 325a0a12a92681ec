-- Exact reproducibility: a plan may be solved to a step count instead of a time limit.
ALTER TABLE plan ADD COLUMN step_limit BIGINT;

-- A what-if comparison: its variants are plans of their own.
CREATE TABLE scenario (
    id         VARCHAR(36)  PRIMARY KEY,
    kind       VARCHAR(16)  NOT NULL,
    name       VARCHAR(300),
    base_plan  VARCHAR(36),
    variants   CLOB         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Changes posted during the day for the nightly re-plan of a plan.
CREATE TABLE pending_change (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id    VARCHAR(36)  NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    body       CLOB         NOT NULL
);
CREATE INDEX pending_change_plan ON pending_change (plan_id);
