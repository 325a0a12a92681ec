-- What a plan's best solution comes to (JSON: feasible, broken rules with counts, unmet requests, families
-- without a stay or below entitlement, broken promises, cost); recomputed whenever the solution is saved.
ALTER TABLE plan ADD COLUMN outcome CLOB;

-- A plan's life: DRAFT, then PUBLISHED (what families were told; re-plans start from it), then ARCHIVED.
ALTER TABLE plan ADD COLUMN stage VARCHAR(16) DEFAULT 'DRAFT' NOT NULL;
-- Where a plan came from: the plan it re-plans, or the what-if scenario it is a variant of.
ALTER TABLE plan ADD COLUMN base_plan_id VARCHAR(36);
ALTER TABLE plan ADD COLUMN scenario_id VARCHAR(36);

-- One published plan per kind and organisation unit: the unit only while published (NULLs never collide).
ALTER TABLE plan ADD COLUMN published_unit VARCHAR(100) GENERATED ALWAYS AS (CASE WHEN stage = 'PUBLISHED' THEN org_unit END);
CREATE UNIQUE INDEX plan_one_published ON plan (kind, published_unit);
CREATE INDEX plan_base ON plan (base_plan_id);
CREATE INDEX plan_scenario ON plan (scenario_id);
