from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "audit_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "user_id" CHAR(36),
    "username" VARCHAR(64),
    "token_id" CHAR(36),
    "team_id" CHAR(36),
    "project_id" CHAR(36),
    "action" VARCHAR(128) NOT NULL,
    "target" VARCHAR(255) NOT NULL,
    "status" INT NOT NULL,
    "client_ip" VARCHAR(64)
);
CREATE INDEX IF NOT EXISTS "idx_audit_log_at_63718d" ON "audit_log" ("at");
CREATE INDEX IF NOT EXISTS "idx_audit_log_user_id_d5b3c4" ON "audit_log" ("user_id");
CREATE INDEX IF NOT EXISTS "idx_audit_log_team_id_0f7e05" ON "audit_log" ("team_id");
CREATE INDEX IF NOT EXISTS "idx_audit_log_project_2fe9ab" ON "audit_log" ("project_id");
        CREATE TABLE IF NOT EXISTS "api_tokens" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "prefix" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP,
    "last_used_at" TIMESTAMP,
    "user_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "audit_log" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "user_id" UUID,
    "username" VARCHAR(64),
    "token_id" UUID,
    "team_id" UUID,
    "project_id" UUID,
    "action" VARCHAR(128) NOT NULL,
    "target" VARCHAR(255) NOT NULL,
    "status" INT NOT NULL,
    "client_ip" VARCHAR(64)
);
CREATE INDEX IF NOT EXISTS "idx_audit_log_at_63718d" ON "audit_log" ("at");
CREATE INDEX IF NOT EXISTS "idx_audit_log_user_id_d5b3c4" ON "audit_log" ("user_id");
CREATE INDEX IF NOT EXISTS "idx_audit_log_team_id_0f7e05" ON "audit_log" ("team_id");
CREATE INDEX IF NOT EXISTS "idx_audit_log_project_2fe9ab" ON "audit_log" ("project_id");
        CREATE TABLE IF NOT EXISTS "api_tokens" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "prefix" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "last_used_at" TIMESTAMPTZ,
    "user_id" UUID NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "audit_log";
        DROP TABLE IF EXISTS "api_tokens";
""",
    "postgres": """
DROP TABLE IF EXISTS "api_tokens";
        DROP TABLE IF EXISTS "audit_log";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXW1z2jgQ/iuMP/VmcpkUEpJmbm4GEtJyTaANcO206XiELUAXI7u2nITp5b+fJNvY8l"
    "swwWB8/tIk0q4tP7uWdh+t3F/SXFehZh22DDTU7yGWzmu/JAzmkP4S6TuoScAw/B7WQMBY"
    "48LAQDJhYrwZjC1iAoXQngnQLEibVGgpJjII0tldsK1prFFXqCDCU7/JxuinDem1ppDMoE"
    "k7vv+gzQir8Ala3p/GvTxBUFOFASOV3Zu3y2Rh8LbRqHt5xSXZ7cayomv2HPvSxoLMdLwU"
    "t22kHjId1jeFGJqAQDXwGGyU7jN7Tc6IaQMxbbgcquo3qHACbI2BIf0xsbHCMKjxO7F/jv"
    "90hxYQk+VefygPOkNZljJgp+iY4Y4wYUD9enau6wPCWyV2g4sPrds3jeZvHALdIlOTd3K4"
    "pGeuCAhwVDnoPsr8ZwTnixkw43H25ENI04Gug7HX4IPsO5gHnwdQDpBKc/AkaxBPyYz++f"
    "boKAXjv1u3HGYqxXHW6RvhvCw9t6vu9DG8fXz5WyTPgDXLgrKotRmsX/bnrSHdPF4B6OZx"
    "Is6sS4TZMOEEPWWB2Ncooys3V/HkZrIjN8MAKyZkYMiAREG+pD0EzWE80KJmCGzVVT30ft"
    "lH6OkDqn2sLdx3KgX6YfemMxi2bj6x280t66fG8WsNO6ynzlsXodY3YTMtL1L70h1+qLE/"
    "a9/6vU549l/KDb9JbEzAJrqM9UcZqIHX32v1UBOsDp8MRK+2htVFzQ1Y3R1uUYy+J0b2ME"
    "m1sgYsItvWWm93WLeydJEtTQ1lytkC64DKJqPr4hr1hWCa5SuT+9hYmkEVhfZKNyGa4o9w"
    "wQHu0nEArMQF0W6KNnIvs5+Q+q3+q2yCx2WCF3Qo+uz0iSFxQrXW4KJ12ZE4wmOg3D8CU5"
    "UFqFmPXtdDLUvZaNe8Pg+3AAymHBz2FGzMXmJsq4jcQkU3xTQ0pvsgNXVmgrKmT4uVObfR"
    "tItJhtyZGTDkhK41i5tkTNkQfn9Xrzcap/WjRvPs5Pj09OTs6IzK8vFGu05TZoJ29323Nx"
    "Rna9aQnlFnX0O3GRlv1R7lDYx3tpC+HBxt08Kv4aREMLPyUEGdtRL4gkWZeRMkDqOUzWOD"
    "Orm67J6EfgKeEMyzwumrVBNAiL3T/4EKyYinqFVBKkAK+L5ElhnV1ygjIVo/W4URrZ8lU6"
    "KsLzQHAJMG55l4/aXG9jCW8tqQEhGun5ysgDCVSkSY94kI01SZ2FYU4cRUxld4OZ3ZByd2"
    "Mpr62+PT47NG83iZyCxb0vIXL1cJsPgagpjOmEYWpxWUqlgrPtaK0EK7YTE8dmkACXEgiD"
    "AZYZGDNDYDucKy5UjvsB7gHi6yeK0rXu2dJqQGyQTGA9DsmFzsr0G/Fw/1UiFMYSCF1P6t"
    "acjax7k3BWYGhUBUePC+uWl9DSN/cd1vhwM2doF2OAs21DV3WEXNaoe1KERSzJYMH31B1o"
    "prfYrwFUCabcK4hULoT10lNCYpTxzRgpWMVcR3RXxXxPf+E99FW5OqHeRqB1lcT4fAuo9b"
    "R3l76vpJqET+y+Z3Oi1Zum3SbI77C4PVa3DQZOwJlH5kWl//L4vrKzmY5GXTs8XKHKIrnx"
    "eDuP+prcgfJoDbwfY8Mp1GuMTtIi1RSRt6Jl8VbenzqDPqXJ7XHO07fDvq9bq99+c108aY"
    "wn+HB6OLi85gcF6zbEWBlnWHr1rda6bDgnamMxj2P31iDRbRDYO1sGChPxrSYdIYTLfJHb"
    "64bQ0+MBnFBNbMHefOK5MNSCcwHBN7Js5MAY3tscRHhZ6eAosWdQ+6vmWZkQIqW9zW+LzO"
    "u7LmzHTytr6C21KpRL/lfSLS0DR1U07EewifEvw3olgGUj4tR+p8HabTbcsU6brfe++Jhz"
    "m4OPQVGoxlcXVRqwy4i47eWMXPG8lu3oh4OQ0x2XgjGCfTyb7Gq/jkguG8bTrZ0MBirOv3"
    "Wbw7qFPCIoBctqjpLG0C+QGYMdvUyT4uam1/3yRwdHVsI40gbB2y2+7i9Gou7q/zEWaySU"
    "ClMsjGDWJBQBMN2YKKCUmMXZLDnahmGdbdbcc7Ee5n1UUholgG9LcQ9QSJtcxYx5JnJUA6"
    "nzo8h6DIwAAENKo6sbg6sb067V1t7W1ka88iwFzP6KJmdQS4OPUmUStPEEaMvF3DzCHVys"
    "5FtnNVTla2OTypnCxu4R4vMhZpRBSrA1+plRo+XlGU86rXKCauL5ZrRFxLKNqgo6j1RtfX"
    "u6ra4NjHVG14Nkmu2mBlKAUrdqy+j7fp7+Pt5GxywQpgci7SgHOAtEybcJ5C6cCtn6yCLp"
    "VK2aGI4Ksii23syFndOKxXuiOLuZBRBrCsR52uSlm/+RhRrHbgVtuBM3Vt7RovT3eLvu3V"
    "+Gap8Op/6XVuz2v6Ix3PHW5d3nR75zWgzhG+w6MB61pedef1WOwc+UOMQdo6xRrghJMAS6"
    "WQJcZUKy9TePP8doORdr9/LWST7W54+2Z00+5Q1DnoVAg5kfK+07RVjr8ZnrZidspm9Q0c"
    "FAzMv8K320NzsKt79fEWaiDhex8xX4rfMzdIYiaE1yh6aHF9rMJHJcuI1/KQyvoweSdhys"
    "FzPedJS7WgiZSZFPclSqfnIPUjlL5MYbip6qDQKw8KPUDTyvhNp4BKlU2ulk2ylyoDwq54"
    "CdHN5b/DoHcksYd1kssyAyrV90UyFmDu9EsTz/8BnPVxJQ=="
)
