from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "git_providers" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "type" VARCHAR(16) NOT NULL /* GITHUB: github\nGITLAB: gitlab\nBITBUCKET: bitbucket\nGITEA: gitea */,
    "name" VARCHAR(64) NOT NULL,
    "url" VARCHAR(512),
    "sealed_token" TEXT NOT NULL,
    "account" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" CHAR(36) NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_git_provide_team_id_c02297" UNIQUE ("team_id", "name")
);
        CREATE TABLE IF NOT EXISTS "services" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(40) NOT NULL,
    "type" VARCHAR(16) NOT NULL /* WEB: web\nWORKER: worker\nCRON: cron */,
    "status" VARCHAR(16) NOT NULL /* BUILDING: building\nDEPLOYING: deploying\nRUNNING: running\nSTOPPED: stopped\nFAILED: failed\nDELETING: deleting */,
    "status_message" TEXT NOT NULL,
    "source_type" VARCHAR(16) NOT NULL /* GIT: git\nIMAGE: image\nDOCKERFILE: dockerfile */,
    "repository" VARCHAR(1024) NOT NULL,
    "branch" VARCHAR(255) NOT NULL,
    "root_directory" VARCHAR(255) NOT NULL,
    "builder_type" VARCHAR(16) NOT NULL /* AUTO: auto\nPROCFILE: procfile */,
    "build_command" TEXT NOT NULL,
    "start_command" TEXT NOT NULL,
    "sealed_variables" TEXT,
    "port" INT,
    "health_check_path" VARCHAR(255) NOT NULL,
    "schedule" VARCHAR(128) NOT NULL,
    "links" JSON NOT NULL,
    "cores" INT NOT NULL,
    "memory_mb" INT NOT NULL,
    "disk_gb" INT NOT NULL,
    "host" VARCHAR(64),
    "sealed_webhook_secret" TEXT NOT NULL,
    "stack" VARCHAR(16),
    "current_release_id" CHAR(36),
    "task_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "environment_id" CHAR(36) REFERENCES "environments" ("id") ON DELETE SET NULL,
    "git_provider_id" CHAR(36) REFERENCES "git_providers" ("id") ON DELETE SET NULL,
    "guest_id" CHAR(36) REFERENCES "guests" ("id") ON DELETE SET NULL,
    "node_id" CHAR(36) NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT,
    "project_id" CHAR(36) REFERENCES "projects" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_services_environ_a0976b" UNIQUE ("environment_id", "name")
);
        CREATE TABLE IF NOT EXISTS "builds" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nRUNNING: running\nSUCCESS: success\nFAILED: failed\nCANCELLED: cancelled */,
    "trigger" VARCHAR(16) NOT NULL /* CREATE: create\nAPI: api\nWEBHOOK: webhook\nREDEPLOY: redeploy\nROLLBACK: rollback */,
    "branch" VARCHAR(255) NOT NULL,
    "commit_sha" VARCHAR(64),
    "commit_message" TEXT,
    "author" VARCHAR(255),
    "error" TEXT,
    "task_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "started_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "service_id" CHAR(36) NOT NULL REFERENCES "services" ("id") ON DELETE CASCADE
) /* One deploy run of a service: what it asked for (a commit or a branch), what it found and how it ended. */;
        CREATE TABLE IF NOT EXISTS "releases" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "commit_sha" VARCHAR(64) NOT NULL,
    "commit_message" TEXT NOT NULL,
    "author" VARCHAR(255) NOT NULL,
    "links_digest" VARCHAR(64) NOT NULL,
    "deployed_at" TIMESTAMP NOT NULL,
    "build_id" CHAR(36) REFERENCES "builds" ("id") ON DELETE SET NULL,
    "service_id" CHAR(36) NOT NULL REFERENCES "services" ("id") ON DELETE CASCADE
) /* A build that went live: its commit in \/srv\/<service>\/releases\/<commit> of the guest. */;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "git_providers" (
    "id" UUID NOT NULL PRIMARY KEY,
    "type" VARCHAR(16) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "url" VARCHAR(512),
    "sealed_token" TEXT NOT NULL,
    "account" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" UUID NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_git_provide_team_id_c02297" UNIQUE ("team_id", "name")
);
COMMENT ON COLUMN "git_providers"."type" IS 'GITHUB: github\nGITLAB: gitlab\nBITBUCKET: bitbucket\nGITEA: gitea';
        CREATE TABLE IF NOT EXISTS "services" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(40) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "status_message" TEXT NOT NULL,
    "source_type" VARCHAR(16) NOT NULL,
    "repository" VARCHAR(1024) NOT NULL,
    "branch" VARCHAR(255) NOT NULL,
    "root_directory" VARCHAR(255) NOT NULL,
    "builder_type" VARCHAR(16) NOT NULL,
    "build_command" TEXT NOT NULL,
    "start_command" TEXT NOT NULL,
    "sealed_variables" TEXT,
    "port" INT,
    "health_check_path" VARCHAR(255) NOT NULL,
    "schedule" VARCHAR(128) NOT NULL,
    "links" JSONB NOT NULL,
    "cores" INT NOT NULL,
    "memory_mb" INT NOT NULL,
    "disk_gb" INT NOT NULL,
    "host" VARCHAR(64),
    "sealed_webhook_secret" TEXT NOT NULL,
    "stack" VARCHAR(16),
    "current_release_id" UUID,
    "task_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "environment_id" UUID REFERENCES "environments" ("id") ON DELETE SET NULL,
    "git_provider_id" UUID REFERENCES "git_providers" ("id") ON DELETE SET NULL,
    "guest_id" UUID REFERENCES "guests" ("id") ON DELETE SET NULL,
    "node_id" UUID NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT,
    "project_id" UUID REFERENCES "projects" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_services_environ_a0976b" UNIQUE ("environment_id", "name")
);
COMMENT ON COLUMN "services"."type" IS 'WEB: web\nWORKER: worker\nCRON: cron';
COMMENT ON COLUMN "services"."status" IS 'BUILDING: building\nDEPLOYING: deploying\nRUNNING: running\nSTOPPED: stopped\nFAILED: failed\nDELETING: deleting';
COMMENT ON COLUMN "services"."source_type" IS 'GIT: git\nIMAGE: image\nDOCKERFILE: dockerfile';
COMMENT ON COLUMN "services"."builder_type" IS 'AUTO: auto\nPROCFILE: procfile';
        CREATE TABLE IF NOT EXISTS "builds" (
    "id" UUID NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "trigger" VARCHAR(16) NOT NULL,
    "branch" VARCHAR(255) NOT NULL,
    "commit_sha" VARCHAR(64),
    "commit_message" TEXT,
    "author" VARCHAR(255),
    "error" TEXT,
    "task_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "service_id" UUID NOT NULL REFERENCES "services" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "builds"."status" IS 'PENDING: pending\nRUNNING: running\nSUCCESS: success\nFAILED: failed\nCANCELLED: cancelled';
COMMENT ON COLUMN "builds"."trigger" IS 'CREATE: create\nAPI: api\nWEBHOOK: webhook\nREDEPLOY: redeploy\nROLLBACK: rollback';
COMMENT ON TABLE "builds" IS 'One deploy run of a service: what it asked for (a commit or a branch), what it found and how it ended.';
        CREATE TABLE IF NOT EXISTS "releases" (
    "id" UUID NOT NULL PRIMARY KEY,
    "commit_sha" VARCHAR(64) NOT NULL,
    "commit_message" TEXT NOT NULL,
    "author" VARCHAR(255) NOT NULL,
    "links_digest" VARCHAR(64) NOT NULL,
    "deployed_at" TIMESTAMPTZ NOT NULL,
    "build_id" UUID REFERENCES "builds" ("id") ON DELETE SET NULL,
    "service_id" UUID NOT NULL REFERENCES "services" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "releases" IS 'A build that went live: its commit in /srv/<service>/releases/<commit> of the guest.';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "releases";
        DROP TABLE IF EXISTS "builds";
        DROP TABLE IF EXISTS "git_providers";
        DROP TABLE IF EXISTS "services";
""",
    "postgres": """
DROP TABLE IF EXISTS "builds";
        DROP TABLE IF EXISTS "services";
        DROP TABLE IF EXISTS "git_providers";
        DROP TABLE IF EXISTS "releases";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXWtz4ji6/isqvpyeKk5POklflt3aKkjoDDMEMoR0z+xmy2VAAR2M7fEl6exu//cjyT"
    "b4IhsLbGNr9GFnO7Ze2TySpffyvK/+09oYC6jZb7smmhprqLc64D8tXd1A/I/EvTZoqaa5"
    "u0MuOOpMo41VEykOaUYvqzPbsdS5g+88qZoN8aUFtOcWMh1kkKforqaRi8YcN0T6cnfJ1d"
    "EfLsR9LaGzgha+8c9/4ctIX8Bv0A7+NNfKE4LaIvLCaEGeTa8rzqtJrz08DK4/05bkcTNl"
    "bmjuRt+1Nl+dlaFvm7suWrwlMuTeEurQUh24CP0M8pb+bw4ueW+MLziWC7evuthdWMAn1d"
    "UIGK2/Pbn6nGAA6JPIfy7/7r9aqJmijMZT5b4/VZQWB3ZzQye4I90hQP3nu9fvDhB6tUUe"
    "cPVTd/Lm4sMPFALDdpYWvUnhan2ngqqjeqIU9B3K9P8TOF+tVIuNc9A+hjR+0UMwDi7sQN"
    "5NsAC+AKASIG1t1G+KBvWls8J/vjs7y8D4S3dCYcatKM4G/iK8j2Xk3zr37hG8d/jSr0hZ"
    "qfaKB+WoVDFY75/PlSH94TIH0B8uU3Emt6IwmxZ8Qt94IN5JiDiVP+SZyR/SJ/KHOMBzCx"
    "IwFNVJgnyN7zhoA9lARyVjYC980bfBP5oIPf6Bi7GuvfrfVAb008Ft/37avb0jj9vY9h8a"
    "xa877ZM75/Tqa+zqm/gwbTsBXwfTnwD5E/xjPOrHV/9tu+k/WuSdVNcxFN14UdRF6PMPrg"
    "aoRUYdfjMR7u2AUY9KFjDq/uvWZdAbMsgBJpmjrKm2o7j2QV93XFaOdJ1HGg+UpfAp1iGR"
    "IrXr+g7qHmWa2CtPa6YuTaBKQvvZsCBa6r/AVwrwAL+Hqs9ZSrRvoj343TQT0t3V3adsqS"
    "9bAy88ofBvx78YOp6q1r2/6l73WxThmTpfv6jWQolATe4Y50bsyrZt8tbmfBO/ourqkoJD"
    "fgV558AwdhfImcC5YUXNUMbtdqbpTBoqmrGsl+XcQ8uB7nDYzmQAY5PQH836GhlL8gr/+5"
    "fz84uLj+dnFx8+vb/8+PH9p7NPuC193+StjxkrQW9wMxhNo6s1uZBtUfPvoVVqxpWOh7iK"
    "8ck20v3KUZUjfIxPKgomrx8qLHOQAV8zLbNsB4nnUeKbsWGZUqdsQ1S/CJ5Q3fDCuRORC0"
    "DMe2f8H5w7nHhGpSSkEUhVGpfgWVF3EiI6RM8/5fGInn9Kd4mSe7E1QLWwcs7l199KVIdx"
    "q6yAVBTh8/fvcyCMW6UiTO+xEFbW+Pfxw7wVE08/uDjPgfXFeSrU5BYTadYKvBdn5gJcFM"
    "oiRal8vHh13ZiYeNO5lLXDdlTHtZM4p7pBdgL7XSFN2AA9b8j5u8uPl58uPlxunSDbK1m+"
    "j8DPEYoAagjq+GM3eaZuREi8iVvMEpFwKZ/GA9rDvbhmi+H89O+0s/yeM9pG8oUE5wtRqJ"
    "gLQF93N4kIR3Qf82XL0n0LUBVavfFvHTAzvj3q191pt9e973cAAWOm2t4POjkTg2xTBw/B"
    "VrhC+4MSQAhinEMxGk9uu0MMs2FtVO1Rv5r0u9PB6KYDgh4f9f5kMp50ALQsw6rH8DyRt+"
    "UyCncSFQ4K/uIdNK/GNCwe5Gdo2ZzujZCIgP6N4g3CBTShvrAVFso/349HbJSjUvGQFpo7"
    "4L9AQ3Zp+nRoi525SMOLhP2WPO8UuyxBKRLOCuB+c9v9LT4SV8NxL74dkw56sWHBtwzXmk"
    "MlfSNmj0xCUDxtvPiPYAsan18kJiacZ6QUb6qtq6a9Mnh9UDEx8WZ18W4oG/2bsXRkMUQC"
    "iYMcI3VDt0KWSNNiBZVN6vfv8qzVuFXqtKb34hjba+bqkTqvQxICTe3CXH7UrFI20LbVJW"
    "PFmMJvKbgmBEVYlrPoS/3fptmq3pa9NByPboLmcf2vySkXklhWDLHMXBw46FFJmWdTl1Fn"
    "EPPp29fF64/NZCbj2bvRzvT5kyb5XP6tsQ7BApqa8QosVwfGE1CBDa1nNIcd8LJSHYAcgL"
    "djuABPhgXeqGBubDb4Gv5DBTNL1eerH9rblk+Gqy+Aiv+3Ml7IBYgn5eJt3AdY4WNl6KLm"
    "oYu0gHB+zzkzOlyml5Y40w7wnN/1R9fUUe7LP+qTh9GIXsEfgU6v3D9cXfXv7zvAdudzrK"
    "g96p+7g2H/mrwH0uDiUb/qjq76Q3ppTiDR8NV6+Njx05dLVq5NzjjUTrzOplWLBjz6frgD"
    "Purdu0EHqCZ61L/2ez+Nx7/gFQzOVoaxxgPcv+7fDce/4xGG3nqHr42Hw173CjezDE0j20"
    "U9hs9bVXls4Z1EnQesTuwXbxdT7JXKg3NUSgSjrWxfmo/YATZyUlIEvKs2krFWvTJSdoIU"
    "nvNWQgS8K1hKtsF1Lu+PKABXPaGlE7No3mKj3GjSo1KMHw2r/tZhox6VlPUs6uM2S47yE9"
    "KRvTpomGOicpzrPM7BSjx75cwRTAjKPNYYF8DzhXLCGpWSdWGy68L4aCUB5i4Nc7/rqZnA"
    "7q0OE51Z7AIx7JWhAHhzVt6p50KwF9rEWhhBF78FGD0Mh1n1d8LEOA2qNmR403u+5OdfJl"
    "BTU1KKfbwnXi/iQP69zEjddZCGwAjWXYdSFNLjdUEiQwlZOv9sQf0ZWYa+gZ7RSV/wXzIC"
    "VqcImCz2u/WUXeap9XuZXur3Mlnpt8aZUYWEo+7G99ObSf/+12EHBBPvD+1Rv/2dXqIWAw"
    "1EDe5pFArZ9Qg3NSVZpKJCDSVkpGGdDVrKATgnJUVwGVeRAdg0IoNlPCMyxoewGSbjL4P7"
    "wdgjMIR7YvIapuO7O8JZsB3DNAmPIc5ruO4P+14eIdV+gzeqybAeEkpMSgqwalUdeMHP4t"
    "WPQiJ13rkPDZZf5AmWX6QHyy8SOYUzhV0jNxPiQERCnANiG6p4kVNM1bZf/Fq1uVeRpKgQ"
    "kFe9kPg46vDlmGGIi4ugGFU9EivD5kq5CtqLgHXpJ64YFgPbVJJC0FwyFBgMBcNieVJTsd"
    "y2r65O1buGQLmBG8N6VTYzDjgjMtVB+v7deUNAXSB7rSx5IA1JVAfop4bA6VfKUqBOfi2r"
    "Vr9haFDVU6jQSekYxDMsXhbGgVu8WuWgNx4PI8pBbxDf/R9ue31sb9MNDDdCXlArCf7zvx"
    "fuxlRC1co4sE8KVwj99kpjsZd1B05Rd0DSSYtV1iSd9E9IJ5Vp2aKNOoN36L+9pB2WTzsM"
    "kUU4oU1KSmyj2C5daPOiGpaReEbx1I0FLz82JCLJsU077KUhmGYQjn2wkvhyM2Lvdj01Et"
    "e9pNjovEphxKbsXAXg24/2JibGyS07B85kCS0A4JHfTTOX2r3QhjaaCKYTrPpOBlfTVlIz"
    "KADUm6AfMedrWBnKMVNlCkKFKQhlEuzxYvxFtZAPcYJjH77dzqLZ4/VOefZb5qyO1QWBAC"
    "1RpYPQmvlXgBwb39dcCJANPH4AeEHOCjgrfMmfU2ANX9v4LsaYVq/SDSdZDqvE5+RJCsCi"
    "MiegXjkBZEgSMKdTJPzmQhCDqihq7ZF56EeVhHkvCWgrJwTe1ROxyBrFGePbCcnYHkdsry"
    "YOvQZN+cPN+1OaoDUF+FgbdJtbfDLNczsGbM0zPESZmmfQsJQcz5BjSeZ31k+Xk/mdJRJe"
    "F8g2NfWVP0kkJidAak4VZ2s3KpuWLIwLd3uAOmd22/XD1XQwHtHcNr8XksfWvaFJavhHLm"
    "lm23X/S384vrvtj6Ykde0ZaoZJVvpH/W7S/zLofyUdwGcEX+Jmf65RLDyfLfxDEyOZbvrE"
    "xAT4XKq2ezCWfCUxtwLiJT4UP62XyFH4KxhHpcTDuZTKo8jevnYC6kwjPiooDXkOQ17yG9"
    "NnfDOZbpLf+Gcc9Tz8xhNTceo20sJwcWoK7DFknBwOupDlEa5zFlMbOMrThYuqNUs3S61P"
    "F0mFCoeoD0cpFhYXZGomChyh+bFA5S/e2ZTZVKZL/AY5d6TUz4L6nhMu8fDtdpZLnBhept"
    "+yFJ+4A9WNdIjX0yHeLC8i/yfcusEq4kOvA/AsX7mzRx3/Pex6f+NXedSxHdh7uPqlP+2A"
    "GXJm7nwNHdqq36WNoFoPX6GMXJQYuXAtjQdbv7l4PqpSDp32mTqOsYZcbu64nBAzuWpPtz"
    "qfGy6LBZFx/NNORIDQQhUnyUmHoGCuIekQ/DOOeh6HoEx4LtYyCVki2ErkxDQkIp2s2U7W"
    "wAY/0sM69btpJqR73auhCSUPVqlVVpN0NZ7U1WgZrtliORnpjXame5E0KcGvKP2IdfIjnt"
    "Y9tR/jBjunMlmCGaxa4ViC0pSXRp005eWo5xj1NFM+YSHl0TgD0sUGbmbQsleIWRaVQ/n0"
    "eSq3tD+pgiYR95FOonyr6q9Tg/y3WLuqXhpFhllFf5YS08KDH2mRmUdORgiI2FvV+8mw6B"
    "CQ5HSybGEB3xLbjo5/y5Pxbzor/Ndytb2uhAaGaSDj60oC6u/ZtgUtlcKyLYIaKhm2BWmS"
    "t4CEDoa/XQEMqoMhhRapzPDlFlx5f1tgoy4gwCq4CkjJGIARw3/RIhCk6ANedgzXwmYneK"
    "OCgD3Vxo19c/QHRiWJCh7I5FsEhYGeN3gUMfa7K+T4BsnCqJ/1ZD5DhV3OKV2/D8sIERot"
    "246in0MC4NQqz0Hz6srzl4ltwTWetwsJx4QNy4g4YQs/qWqNfxcb4P3crEC2QrNf+zbnXH"
    "VbeH/sACz3qP/av33ogD/gxo3vo3mwz5Nem55cm0itDfZeJZ0dx57iCUEB5/lFHorQRTpD"
    "6CJBENqixlqfc4DNXKdFgLqUvHFZXbb42HVNavsIiS0yeRYFr7V4zMzi1WF5RjLXGcnXpF"
    "7s+Hf/VGT8K41X2rI/mYwnHQAtyysQcHqmuDwl+bS1JWQISbBgggwh/RlHPQ8bVB58USZn"
    "URa4z8Ot21/gXiaEF5XmrMHjIRqYQyguQpKdWT07M1gC76HjeC+XiKXGm7SzoqpBHXvF9l"
    "qfkLx5ytrrApIK0yOQKfXXf74fj1LCYymF1xdo7oD/Ag3lOv+kppsuC2YCRbaxGLcLYwoP"
    "6SBuLEqzIf0LEMts4GCelbpX+NoHa4/YKSYZe4Op7JSgPKe2EJ8SmgMMDsbPpmeqUL7L/9"
    "jANAw87iv83mD2SrkvlM8DXN1BGkAOOWPFd7XBBeuklkL7zqTS+I+QvJl68WaCYeFQEUIi"
    "AkYMiw8TSHemaDtUHnemPCFXnpBbMzilo7AkRyEzuVkehJkL09SDME98XM7QWCL9s4o012"
    "Lq+pH7mQq/RloqT17T3Fo/aQ8XgAq3iQbuFxUChtWmTHesqOM3wtr69s5KtWlLZ6U69GYH"
    "zAxnBVQLApKH4DikR1VDawhsg2ENlP7MR522I0c9BjfBwoA2OeAROFDTwMsKzVdB7zaA35"
    "CdevTjMZZEDy1Tect5Wcv+dK6vB8yjLP/l/Pzi4uP52cWHT+8vP358/+lsy11O3soiMfcG"
    "N4THHNGoAmJzuoVhuzN2ceJ0CyMkUpaFcTpP5MXZWR7659lZOv+T3IsVKeO2Laq0KSoFWy"
    "yToiZOL6rYMXbBQOFL3/2IzpR707uzjG8b4xv40gfduwGA+sI08MCCN8T9RLIfAN2E5ppr"
    "O9D6AeCxnq+CA4RVnQrRaocsX1exncs6vQ3zdMnyr6eqsCHP4SqxOqmJFM7auyERAed2KU"
    "VN6LLPmVwTlhEQ5zKPMvegSztaO1+9YyX1kO1mol/1wvIMLfT0qjgai4iUdS5aVLDCc9EC"
    "raWxx6I94VeAlmkhvmrTMTHxMndKWWr8d2bM7nTGTlimetJOSAmfuUhzkG6/JY89hR5eCp"
    "WngflU2ECcrw/Ipbr6qX/1C82ECnp41Mej4WDU7wBD15AOZV6U1PXjecfPUMG7q81ZxjAm"
    "Jt7+ULw5+6TO+XaGrYDcFgrfFjTVdhS6TB5EomGIF+D1rtkH0RAvN4PamWTOSL5U+ronVn"
    "BD8rhFHvU86Z/yyAp5ZMWpGUh7j6yoZ/ZnU+BOkuKOxCgvIa6RAFWbH9tIiBzVXisa0tdH"
    "wkS4C1Pcl6g4VZ1I3BiQyibK0EmVQpYJJlw2YUYhczwna+YrZUxSAWCpesDTJAWR8b9IIW"
    "Rv0e1Q2qWf3KW6C+SANYSmTS5vgPrkQCLn5XghLGToMMmiKfthmSlk5LHHsWok65Pcq4L1"
    "KdM1ij3aj+x5XMWXQxKy/rI/YWUCTJUJMI6/1R1rfYqlosUhDX2ndUp/8Q9YYakxwa1MLc"
    "avdltC4RPJsj39xiRZtqdh2SLb1NRXhRfkuJwAsfdKGEKS03wSngPG0mO85J3fWwHxuA3F"
    "k3j8F1YOsNAYorJMQYwihR+hkbpv1jO0lA3Tqsikz7I7qJBGu73SWB6tJBCkLy7NDCVLAs"
    "GfcdTzEAiMF317EGPebSwsI/evmKNREjIkIaNcSI8nZCQWgAIwzXnMbT0/+r2Qhpe8CKb4"
    "BcDoYTisK8ulIXhHpmToRKojgervehLoe4+AhfBPdI6dUL5LekD7EhWp1CO9yzw4vZFIyR"
    "L6BRBfQp8o7klBG2bKVwDoWIdTA/8n/7c69xoJBC1/eI2CkB5iCzDaG2ZTyBDlrrLjC/2P"
    "DYgYeHM3ummDn+/6N4TD8xXO7tpAdcCGVMR5B25R74e/AhXQRwLVVC0H2IZX742kNdGi0U"
    "G0D9hrZFLqz+wVL+qsKjzVPrzgqnEyXlh0vBA/xCEnd1LIEnhnufyjcgLGD4s/JpiMAmMJ"
    "R7pqvaZ4/H2JuP/51VfZGgZwlv/Zz0bc+rwwjr3BqDv5nR3K6jGyF3u/T/tdeT6FdEue+o"
    "joejFSC3Sl8ZChEqORHIpAa83pIwoxn5o4AHu9RNH5l4OOVgTFzDfaM7TgrVWfQw/eeRNy"
    "aMI6oO2pwYL/6RhY1fR7IjWN4UZF2l+9asWkpBRhqtsr40UHBp4mbXKysQUXpATyCi7awL"
    "XxH+QOQ+0t80lSx63BSpWl49LR5VFutwICarXn7/PQ4nCrjPp8CWKcZWgp1sP+ukGBbJ2x"
    "bo2/jvqTDqBu/Ee9e307GHWAutgg/VG/7RNeRAd4/sFH/cug/5X8/YzgC6xJ5SCvJB9Zv3"
    "i+g6iUPJMwBrM8akh8YyMP8wV+MxHu7YBRj0oKOOoNGWWGSZkcZk+3XSizV06zMiEoSS/f"
    "a22tNxbUDOpLqg3OzdQ4wgqvB7CF2OHslaEAeMUmwiTWQm42TAVZd350Pt0lsgvf73eJhG"
    "gDpzmBXDoZqnAySBO45iawtM3SoRfXNltahmvyHgMbkpGqulTVSwfVtblzKEIicopKw+dE"
    "ho9rS+7/XlBDn2qOU4vJ3lMApDdBP2JiGt6i61S2ZQJpAckWw3QMbrWzjEYL7gpQ5qGSko"
    "rzC4+P+QJ1Qsp8hh1aB25ubDbIAUgHP9rW849/8znZf/8xeMSPf/Oa/J1wOEnkm1aDY1FG"
    "y3mItGhrsG+2Myxab+QUe8XgLGYRQ8NSdbZo6xM19CA74FiXpKQsd8J/hKOLIeOqd7KTEA"
    "DuCo5vpMWClQVa+oWj8+IclxMO7TIOgjU14/UgN1dMVPq5muTnojoapw8hLCOdCPGTUKkm"
    "y4loVEr6ubI9M/YuwfNIa1e8IuntmMEbnVn7/Qj02y4A2V7QTyMXgb2whpfAWkWiJ64+NO"
    "bMMvbBrXamI8HVFQ23yulJGOsQrOErWOGXI4R4A/9NKuN6deS9UaUNEC0hD0jXbZoK+mIQ"
    "Iv0cWyDQBnNV1w0HzAyHFKlfQ4AYDoWSn1WwX+HPUq/+qMLe7Qw3Ah5JHp3fby4c2bgUw6"
    "qWZembN3lDvoD5Hy6yDjKfYqLSfKq7+XRUcmNxO32guzJ2+pBam77Th4utFF3pHUbrH8mC"
    "7/Xz0suC79st9vIsxw57eZa6wZJbsf01tSrGflJfEypjtL72ex3wAmeP+tfx5BdC2XsxrD"
    "Wh8F1NxqMOmFteBZzT0/e8E+wPHYyddIU+ZGpcEsw4B6X3MBheD0Y3HRD08Khf9++G49/p"
    "Rc9PS69OHkYjeg2bezq9cj8d3931rzskZdk04eJR/9wdDMmFJxVp5O/r/hBvt15H2NoN3q"
    "8mA3xIFCwpKUCgoOoomG241hxm1AHK8ZFFu6hwEJbI4f3IbgbTDsByj/rgtnvT7wBaYA1/"
    "HuMrvA5+xt8M/kCMOV4Ln5DHzj79J2JBrBwgx7C4LOqoVJ23owP3/Xdn53niaKRZOtj0Zh"
    "TumYWnOVfC9E6iwsm/wbBUE64sxYdhGYajLLDlPOee2AlJAdb9ChCnWgW0jlrr431UiDwx"
    "5HlX++7DdNwBRPJRv5uMr7z1nTiT67O6e7EIQulRdYbpnK7/JAQF+AwqV38c1XIOAT8hKM"
    "HnBx+q2DRRnlULETwYVl4G/gxZEY6hqnoMTMNiuLxT4whB84OCCDWDuuggwgpPSWelzFdw"
    "vlZM1eFSIZnCFa4pPzZYsbExags3LQ83Zf0IyQiwdFdwLiNlZSYh/vl+PMqgcTLwXaC5A/"
    "5LC0mXhvPOw0+0JAfp9lvyvFM4+QlA2ct2fIVuR6MBpIPkWY0Wa79MXbe37as7lPxdQ5bt"
    "DdxgM1LZzDjgjMhUB+n7d+cNAXWB7LWy5IE0JFEdoJ8aAufK4GPQB+1F0IjLps77lsQLnK"
    "0MY63YcG5BBth7TZFkB0L4XE9gkXskx9yaXCAg3mQvoRqKa1nk/AY/UZOT586WljkEp2bn"
    "1QzGonc/WcInHWqxuHnyBA+RRz3AKOsEj+CL5a62mhCU21J0FQ2ROjmhTUpKbKPYLpGjmJ"
    "bxjBbcFZ0YohLdGLqkeAgvrCEZiWcUT91Y8Gr+IRGZ3lqv2njCTNGaFXOrJ67H1HLbJbem"
    "6AUF4Mt3dHZDMU4qRDlwDm/0BQB9g5y7UG9iAs1QjnIgTTarAhAe+d00c1Pbi21oS49gOs"
    "Em3GRwNW0ldbAipm3Qj6ATNqR25pipO6O1AGjFLqeZsO+56zbEKJdHHlOft0JGU5aHWMbB"
    "rh7l4RCFSl+KAlKZGcFT1WYW/qDX21m5wCR+UP5JE//E0yKW67O94H2SJCPLzxSWhTaqKr"
    "SRTudPCTaVTN0X6WA/b0Izwc2XfFot0i3c0oXBkOfOkvj1of9AUkU9aWZ66cPVVf/+vgNs"
    "d07q8CTTS5MJqCQYMH6Y4tdEG2i4Dskt7t7/RNrMLXqibuuAMS4+JG5CvICxbN90EvROoj"
    "qq0lmtl6cwnS4lkTd9RTpNBu+vh3wrB65M79+d55i2uFXqvKX3YgEdyzKsQxKnE4IiMGeq"
    "5il5IM6ZroaMI6YjUiLgHp3oF3nm+UX6NL9IzHKsYpL3TWCczjvfSRxFPK8ZzlUzzE1NfZ"
    "0ZBhcVLywjBPmxguQVvEpbKslj48qtiErVI8GCPFaYBAuDviHXmIRE5IAUPiA+y9pjVx+S"
    "KhqSFGHfrVrfSfh+8m4KCUER0K9A6wk71rixZjrPBEC6lMxG30HB4QEISVTnAai9j7KpjO"
    "1KPZbNpO7mIWzTkhgHDXpUsoBBr9ka1pBBZvCzk6P8hHREnLcHDHNMVI5zncdZpl+ItobL"
    "9IsaMVol8+ckzB9KekupZMJDbSHcwICX0bDV6zTcFqhuWixuC7nezuS24Bblc1u4KCuymr"
    "2sZl9iVds85exxq4yatomC9rbmLnnwDdoLdxxP8RQhE1q2oasaYz8xDA2qeiqHZCsWQ3mG"
    "5cqaxtsr1S4NvfF4GNGAe4O4y/nhttfH85oijxshb3dvumtJ2iXF+JakNSraqKdZowmbKY"
    "9aH84TOlKz58urqttkyMXuJ0ZQAfaPqPD4GZRHIpQ/0bSRIG3gZnb0t0asv1vakUgwlW1H"
    "+4ilWNM7PLNtaiU0gkWfH+f4Vj3cqEiTJ8fVy9b2BiUBdAZnNRAQ0No+f5/HIMStMih9CZ"
    "PQMtJqUe9PGglkKyTCu773mCdlZPx1RE6NM150cmhc9/p2MOoAdbFB+qP+cE9ubXs9eYJH"
    "A4+Q22wXcZ5Bue0TG7oDPOlHfTD6MpiSfBukPyOnLvk2/sscYMpFJWX4uD6WW9Jgl26a9A"
    "+smQZ7HjcNVSz51LiQiKwsFVsqyR7KCWdIREbgMyPwgZFyZOw9iGA2c4LuDb6HPs9I2P2q"
    "e3/Vve63EvO1AEjFpjOEvlA2oukOzzI9CxR0hk8hGIx0bwL5QTJCL7jXgAwyb5Q+LCMjyX"
    "sjyad2zNQI3FLcMgtkkwRVhXcax+XkcWF5kmpM1bZfDLwrrVSb6yS8hKCQbsdSTlSWbsca"
    "uR2xIoSeGQOSSQvaCVVICgrWeckJks6mBjmbJCdItFEvlBOkmgjbk2vIKuLAQ1LommhKum"
    "ngNMjF5KiyGGpDXDZRswGbxLPji6Fe+90IitLJGHhNBIvorwulap5ZE5GyaYl9GvctBqcB"
    "7UtQtIKzH3xq1wqZxYCWm6PXRNCwwfiM5sdOr3uvF0Ex2haYPoLrmS9bspHohOiUx39zXK"
    "TYpsB1ZOQqpGdYhstC+FbVX6cG+W/OIOMN6ahxbvKMICP9XUoserf9lRaZd1jpYPG3DYsO"
    "whq+7hD2I5TbEfJvhoKXzgo3XK62ImFCMTOwia8r8cLt3zNjkl1ooTl5QiIq6d9pZ8Ul1V"
    "2b2gQmZbX7I6vdP+MZ5i+feQMKIREZSsgXSiAfFQfCfnMB0S0lGxs/0WFWnE+vLRoSqb62"
    "6GmYXYVVEeXwHhZPsPn+/7eI+BA="
)
