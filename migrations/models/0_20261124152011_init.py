from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "instance_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "users" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "display_name" VARCHAR(128) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "role" VARCHAR(16) NOT NULL /* OWNER: owner\nADMIN: admin\nUSER: user */,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "login_failures" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "user_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_login_failu_at_cfd6ec" ON "login_failures" ("at");
CREATE TABLE IF NOT EXISTS "tasks" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "type" VARCHAR(64) NOT NULL,
    "state" VARCHAR(16) NOT NULL /* QUEUED: queued\nRUNNING: running\nSUCCESS: success\nFAILED: failed\nSTOPPED: stopped\nTIMEOUT: timeout\nCRASHED: crashed */,
    "percent" INT NOT NULL,
    "message" VARCHAR(512) NOT NULL,
    "error_message" TEXT,
    "error_code" VARCHAR(32),
    "result" JSON,
    "playbook" VARCHAR(255) NOT NULL,
    "extra_vars" JSON NOT NULL,
    "options" JSON NOT NULL,
    "sealed_secrets" TEXT,
    "resource_type" VARCHAR(32),
    "resource_id" VARCHAR(128),
    "timeout" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "started_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_tasks_type_d859d7" ON "tasks" ("type");
CREATE INDEX IF NOT EXISTS "idx_tasks_state_06982a" ON "tasks" ("state");
CREATE INDEX IF NOT EXISTS "idx_tasks_created_99edd2" ON "tasks" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_tasks_resourc_6a89c3" ON "tasks" ("resource_type", "resource_id", "state");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "instance_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "users" (
    "id" UUID NOT NULL PRIMARY KEY,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "display_name" VARCHAR(128) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "users"."role" IS 'OWNER: owner\nADMIN: admin\nUSER: user';
CREATE TABLE IF NOT EXISTS "login_failures" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "user_id" UUID NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_login_failu_at_cfd6ec" ON "login_failures" ("at");
CREATE TABLE IF NOT EXISTS "tasks" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "type" VARCHAR(64) NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "percent" INT NOT NULL,
    "message" VARCHAR(512) NOT NULL,
    "error_message" TEXT,
    "error_code" VARCHAR(32),
    "result" JSONB,
    "playbook" VARCHAR(255) NOT NULL,
    "extra_vars" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "sealed_secrets" TEXT,
    "resource_type" VARCHAR(32),
    "resource_id" VARCHAR(128),
    "timeout" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_tasks_type_d859d7" ON "tasks" ("type");
CREATE INDEX IF NOT EXISTS "idx_tasks_state_06982a" ON "tasks" ("state");
CREATE INDEX IF NOT EXISTS "idx_tasks_created_99edd2" ON "tasks" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_tasks_resourc_6a89c3" ON "tasks" ("resource_type", "resource_id", "state");
COMMENT ON COLUMN "tasks"."state" IS 'QUEUED: queued\nRUNNING: running\nSUCCESS: success\nFAILED: failed\nSTOPPED: stopped\nTIMEOUT: timeout\nCRASHED: crashed';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    # aerich writes the SQL of the database it ran on; Containr supports two, so each migration
    # carries the SQL of both (see migrations/README.md).
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXG1v4jgQ/itRPu1JvYoG+nLV6SSgtMsthW4Jt6vdriKTGIgabDZ22qK9/veznYS8U0"
    "IhvBxfEIxnYueZ8Yw9HvNLHmMDWuS4iQgFSIddSKmJhvKl9EtGYAzZlyyWI0kGk0nAwAkU"
    "9C0hY3rMGnG5RSvoE2oDnTKGAbAIZCQDEt02J9TEiFGRY1mciHXG6A7DIznI/OlAjeIhpC"
    "Nos4bvP454NwZ8gcT/OXnUBia0jMjwH+GUdy4aNDqdCGJ9BOxrwcr762s6tpwxCrFPpnSE"
    "0YyfjYdThxBBG1BohF6Bj9B7bZ/kjpYRqO3A2TCNgGDAAXAsGnrlvhbQZE1rd1St21A1Tc"
    "4Bko4RB9hElAgExuBFsyAa0hH7eVZ5dfsJgHC5eIf/VO/rH6v3H84qv/EOMdOSq8e216KI"
    "plfxCECB+xCBewD0E7DYSyeg/rvbaadDPROIgW2YOpX+lSyT0GVA9wkB6oG1FQD7HJg5FP"
    "zJY0J+WmF4P9xWv8aRr7c6NQEOJnRoi6eIB9SEGgLYnYnBwdEATWJ/xVqoOYbp+Ecl40rw"
    "RI/9LzuoCtmGwOgga+rNvDmqUZu3ja5avb2L6OeqqjZ4iyKo0xj1w1lMZ7OHSF+a6keJ/5"
    "S+ddqNuBpnfOo3mY8JOBRrCD9rwAhj5JP90XMXN3gMzT1O6AP98RnYhpZowQrO4k02jZVx"
    "nAIQGAqdcXD5ML1A0MJDE10D03JsmBYoIu1zo4TFObWBy7rBEGEayalTM4dNRNMnjssfmz"
    "DM6OJTxPP22xshhnwIv/+hKOXyuVIqn12cVs7PTy9KF4xXjDfZdD5nEtWaN822Gp0TnDA/"
    "buR3XEU6rEL1sZv+yoMo5K4EjNEoRaCtpc2zXq95lRGeApGYqh3HNI654A7GpDk6FSuBsq"
    "ukMPziTV+T7j+KbhLaa2xDc4g+wakA2F/ApwDqee6e95jdhDSgBjZpg+eZvw8bFHt39saQ"
    "upuBardevWrIr5uJpyogj2lxVNDnxk/KONYfNr8zt0SwY7PdnLAXDqtPcNFkdsWQ/JErvv"
    "5fgqtyUjmvXJTPKrOYOqPMC6Vvh01fF4tubH3+1exsNxwo17K1DbB1DToV3AZyxgl3GgF6"
    "JlwY0jLjdKCv8kXRlj/3Gr3G1aXkSj+g+1673WzfXEq2gxCD/wF1e/V6o9u9lIij65CQB3"
    "Rdbba4DF+0c5mu2rm74wRC8WTCKXyx0OmpbJhsDYYd+oDq99XuR86j24CMvHHm1PHJ2QI6"
    "PokvcAId86aojieQOTCUsvbM9Ewhibfd06riZmmr3VMoaDHzYPEtj0cKiaxrqiTxlD8vM1"
    "eW9EynJ8oCZsu4Mu1WtEWRhraNbS0TbxW+ZNhvQnAp1D3vs2WLv9Q9UuOrOj/dNtsitTrt"
    "G589noNLQ19ni7E8ph6V2gfco4ZeXsTOy9lmXk5YOVti8vEmMM5OJwcS78onbxnORaeTJx"
    "aY9jF+zGPdYZniPHlhxq2cni5g3Ywr07xFW8yPvLD+tCdgkzw2HpUq/txE/nPgIJ3DKfUd"
    "06ImIse827/WFU+LNn8sRphLJyGRg0JWrhACAdtoaATqNqQpesle7iQl9yHuFr3eSeR+Fg"
    "0KCcF9QL+AVU84sZYb69Tk2R4gfaJcLLL/Vy6yEwC8LQq2l6DIkQEISRSXAdj6HGWAKPO0"
    "S9YiRCUPR3s7dLRHKLCXU3pUcgVK3zIftiNKTqk3SWp5YCKTJ2+XUHNM9KDnbdbzoZxs33"
    "x4VjlZWuDuT3MWaSQE31GqsTuzevlKjQCvJMrrqtfYTlzfLNdImFakaIONQmr3Wq1NVW0I"
    "7FOqNnydZFdt8DKULSt2zJ7fq6+/ersoI5TTEj3xj8omElpvTPMjKbs6gytZfE9gnb2LD8"
    "sc7h+8WaQBx8C0ch3C+QJ7B65yugi6jGvOCUUCX8Mk/GBHy2vGcbkCz/bX5SMKSEZNACHP"
    "mEWlESCjXIdvccHDCdxiJ3A2tpau8fJlC7Rtv8Y3T4VX50u7cX8p4Wc2ngdUvbptti8lYI"
    "xN9IB6Xd40e+rG67HYQsh8SlFIDTOsAcq4CTATimmiz6TWpQrfzxe7GKl1Oq3IbrLWjB/f"
    "9G5rDYa6AJ0xme5KedfTtIc9/mrytIfMzr5pfQUXBQPzSF7Gi/lhT/760z20gEA4aQwZVw"
    "B3zByyMhTR00P/8sXyMPk3PPYjf/O6znRLFdqmPpJTEi5ey9G8lAsIeLYm53K4APPOCzBP"
    "0Cbe9Fp0rxQSOeySFtsl8UmVA2GPfQ/RPSmVFtnylErZex7eFluJY0RTL6FklxuGRA7/m5"
    "GzsHCj/6Dw+h+mR9mj"
)
