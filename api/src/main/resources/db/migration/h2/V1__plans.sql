-- A plan as submitted, its status and its best solution so far.
CREATE TABLE plan (
    id                 VARCHAR(36)   PRIMARY KEY,
    kind               VARCHAR(16)   NOT NULL,
    name               VARCHAR(300),
    status             VARCHAR(16)   NOT NULL,
    score              VARCHAR(100),
    time_limit_seconds BIGINT        NOT NULL,
    problem            CLOB          NOT NULL,
    solution           CLOB,
    error              VARCHAR(2000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every change sent to a plan, as sent, so nothing a user submitted is lost.
CREATE TABLE plan_change (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id    VARCHAR(36)   NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    summary    VARCHAR(1000) NOT NULL,
    body       CLOB          NOT NULL
);
CREATE INDEX plan_change_plan ON plan_change (plan_id);
