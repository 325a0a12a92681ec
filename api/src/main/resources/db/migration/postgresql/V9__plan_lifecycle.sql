-- PostgreSQL twin of h2/V9__plan_lifecycle.sql: a plan's outcome, its stage, where it came from.
ALTER TABLE plan ADD COLUMN outcome TEXT;

ALTER TABLE plan ADD COLUMN stage VARCHAR(16) DEFAULT 'DRAFT' NOT NULL;
ALTER TABLE plan ADD COLUMN base_plan_id VARCHAR(36);
ALTER TABLE plan ADD COLUMN scenario_id VARCHAR(36);

-- One published plan per kind and organisation unit (H2 has no partial index: there a generated column does this).
CREATE UNIQUE INDEX plan_one_published ON plan (kind, org_unit) WHERE stage = 'PUBLISHED';
CREATE INDEX plan_base ON plan (base_plan_id);
CREATE INDEX plan_scenario ON plan (scenario_id);
