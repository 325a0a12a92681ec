-- PostgreSQL twin of the Java migration db.migration.h2.V8__user_org_units_as_rows: each user's comma-separated
-- organisation units become rows of app_user_org_unit (trimmed, blanks left out, each once), then the old column goes.
INSERT INTO app_user_org_unit (username, org_unit)
SELECT DISTINCT username, btrim(unit)
FROM app_user, regexp_split_to_table(org_units, ',') AS unit
WHERE btrim(unit) <> '';

ALTER TABLE app_user DROP COLUMN org_units;
