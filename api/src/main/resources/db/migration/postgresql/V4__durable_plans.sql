-- PostgreSQL twin of h2/V4__durable_plans.sql (the same statements).
-- Nothing acknowledged is lost: a saved solution says which logged changes it includes (changes made while
-- solving are re-applied after a crash), a solver's instance and heartbeat say whether it still runs, and
-- writes to one plan are serialised on its row.
ALTER TABLE plan ADD COLUMN changes_through BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE plan ADD COLUMN spent_millis BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE plan ADD COLUMN solver_instance VARCHAR(200);
ALTER TABLE plan ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE plan ADD COLUMN stop_requested BOOLEAN DEFAULT FALSE NOT NULL;

-- LIVE: sent to a running solver (its effect joins the solution through the solver, or at recovery);
-- STORED: applied to the stored solution in the same commit; NOTE: a line the service wrote.
ALTER TABLE plan_change ADD COLUMN effect VARCHAR(8) DEFAULT 'STORED' NOT NULL;
ALTER TABLE plan_change ADD COLUMN username VARCHAR(100);
