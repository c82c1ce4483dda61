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
    "health_check_timeout" INT NOT NULL,
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
) /* A build that went live: its commit, kept as a release folder in the guest. */;
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
    "health_check_timeout" INT NOT NULL,
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
COMMENT ON TABLE "releases" IS 'A build that went live: its commit, kept as a release folder in the guest.';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "builds";
        DROP TABLE IF EXISTS "git_providers";
        DROP TABLE IF EXISTS "releases";
        DROP TABLE IF EXISTS "services";
""",
    "postgres": """
DROP TABLE IF EXISTS "releases";
        DROP TABLE IF EXISTS "git_providers";
        DROP TABLE IF EXISTS "services";
        DROP TABLE IF EXISTS "builds";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXWtz4ji6/isqvmxPFadPOklflj11qiChM0wTyBDSPbObLZcBBXQwtseXpLO7/d+PJN"
    "vgi2wssI2t0Yed7dh6ZfNIlt7L8776d2tjLKBmv+2aaGqsod7qgH+3dHUD8T8S99qgpZrm"
    "7g654KgzjTZWTaQ4pBm9rM5sx1LnDr7zpGo2xJcW0J5byHSQQZ6iu5pGLhpz3BDpy90lV0"
    "d/uBD3tYTOClr4xj/+iS8jfQG/Qzv401wrTwhqi8gLowV5Nr2uOK8mvfbwMLj+TFuSx82U"
    "uaG5G33X2nx1Voa+be66aPGWyJB7S6hDS3XgIvQzyFv6vzm45L0xvuBYLty+6mJ3YQGfVF"
    "cjYLT+58nV5wQDQJ9E/nP5v/6rhZopymg8Ve77U0VpcWA3N3SCO9IdAtS/f3j97gChV1vk"
    "AVc/dydvLj78RCEwbGdp0ZsUrtYPKqg6qidKQd+hTP8/gfPVSrXYOAftY0jjFz0E4+DCDu"
    "TdBAvgCwAqAdLWRv2uaFBfOiv857uzswyMv3YnFGbciuJs4C/C+1hG/q1z7x7Be4cv/YqU"
    "lWqveFCOShWD9f75XBnSHy5zAP3hMhVncisKs2nBJ/SdB+KdhIhT+UOemfwhfSJ/iAM8ty"
    "ABQ1GdJMjX+I6DNpANdFQyBvbCF30b/KOJ0OMfuBjr2qv/TWVAPx3c9u+n3ds78riNbf+h"
    "Ufy60z65c06vvsauvokP07YT8G0w/RmQP8Hfx6N+fPXftpv+vUXeSXUdQ9GNF0VdhD7/4G"
    "qAWmTU4XcT4d4OGPWoZAGj7r9uXQa9IYMcYJI5yppqO4prH/R1x2XlSNd5pPFAWQqfYh0S"
    "KVK7ru+g7lGmib3ytGbq0gSqJLSfDQuipf4FvlKAB/g9VH3OUqJ9E+3B76aZkO6u7j5lS3"
    "3ZGnjhCYV/O/7F0PFUte79Vfe636IIz9T5+kW1FkoEanLHODdiV7Ztk7c255v4FVVXlxQc"
    "8ivIOweGsbtAzgTODStqhjJutzNNZ9JQ0YxlvSznHloOdIfDdiYDGJuE/mjW18hYklf4r7"
    "+en19cfDw/u/jw6f3lx4/vP519wm3p+yZvfcxYCXqDm8FoGl2tyYVsi5p/D61SM650PMRV"
    "jE+2ke5Xjqoc4WN8UlEwef1QYZmDDPiaaZllO0g8jxLfjA3LlDplG6L6RfCE6oYXzp2IXA"
    "Bi3jvj/+Dc4cQzKiUhjUCq0rgEz4q6kxDRIXr+KY9H9PxTukuU3IutAaqFlXMuv/5WojqM"
    "W2UFpKIIn79/nwNh3CoVYXqPhbCyxr+PH+atmHj6wcV5DqwvzlOhJreYSLNW4L04Mxfgol"
    "AWKUrl48Wr68bExJvOpawdtqM6rp3EOdUNshPY7wppwgboeUPO311+vPx08eFy6wTZXsny"
    "fQR+jlAEUENQxx+7yTN1I0LiTdxiloiES/k0HtAe7sU1Wwznp3+nneX3nNE2ki8kOF+IQs"
    "VcAPq6u0lEOKL7mC9blu5bgKrQ6o1/64CZ8f1Rv+5Ou73ufb8DCBgz1fZ+0MmZGGSbOngI"
    "tsIV2h+UAEIQ4xyK0Xhy2x1imA1ro2qP+tWk350ORjcdEPT4qPcnk/GkA6BlGVY9hueJvC"
    "2XUbiTqHBQ8BfvoHk1pmHxID9Dy+Z0b4REBPRvFG8QLqAJ9YWtsFD+5X48YqMclYqHtNDc"
    "Af8BGrJL06dDW+zMRRpeJOy35Hmn2GUJSpFwVgD3m9vub/GRuBqOe/HtmHTQiw0LvmW41h"
    "wq6Rsxe2QSguJp48V/BFvQ+PwiMTHhPCOleFNtXTXtlcHrg4qJiTeri3dD2ehfjKUjiyES"
    "SBzkGKkbuhWyRJoWK6hsUr9/l2etxq1SpzW9F8fYXjNXj9R5HZIQaGoX5vKjZpWygbatLh"
    "krxhR+T8E1ISjCspxFX+r/Ns1W9bbspeF4dBM0j+t/TU65kMSyYohl5uLAQY9Kyjybuow6"
    "g5hP374uXn9sJjMZz96NdqbPnzTJ5/JvjXUIFtDUjFdguTownoAKbGg9oznsgJeV6gDkAL"
    "wdwwV4MizwRgVzY7PB1/AfKphZqj5f/dTetnwyXH0BVPy/lfFCLkA8KRdv4z7ACh8rQxc1"
    "D12kBYTze86Z0eEyvbTEmXaA5/yuP7qmjnJf/lGfPIxG9Ar+CHR65f7h6qp/f98BtjufY0"
    "XtUf/cHQz71+Q9kAYXj/pVd3TVH9JLcwKJhq/Ww8eOn75csnJtcsahduJ1Nq1aNODR98Md"
    "8FHv3g06QDXRo/6t3/t5PP6CVzA4WxnGGg9w/7p/Nxz/jkcYeusdvjYeDnvdK9zMMjSNbB"
    "f1GD5vVeWxhXcSdR6wOrFfvF1MsVcqD85RKRGMtrJ9aT5iB9jISUkR8K7aSMZa9cpI2QlS"
    "eM5bCRHwrmAp2QbXubw/ogBc9YSWTsyieYuNcqNJj0oxfjSs+luHjXpUUtazqI/bLDnKT0"
    "hH9uqgYY6JynGu8zgHK/HslTNHMCEo81hjXADPF8oJa1RK1oXJrgvjo5UEmLs0zP2up2YC"
    "u7c6THRmsQvEsFeGAuDNWXmnngvBXmgTa2EEXfwWYPQwHGbV3wkT4zSo2pDhTe/5kp+/TK"
    "CmpqQU+3hPvF7EgfxHmZG66yANgRGsuw6lKKTH64JEhhKydP7Rgvozsgx9Az2jk77gP2UE"
    "rE4RMFnsd+spu8xT6/cyvdTvZbLSb40zowoJR92N76c3k/79r8MOCCbeH9qjfvs7vUQtBh"
    "qIGtzTKBSy6xFuakqySEWFGkrISMM6G7SUA3BOSorgMq4iA7BpRAbLeEZkjA9hM0zGXwf3"
    "g7FHYAj3xOQ1TMd3d4SzYDuGaRIeQ5zXcN0f9r08Qqr9Bm9Uk2E9JJSYlBRg1ao68IKfxa"
    "sfhUTqvHMfGiy/yBMsv0gPll8kcgpnCrtGbibEgYiEOAfENlTxIqeYqm2/+LVqc68iSVEh"
    "IK96IfFx1OHLMcMQFxdBMap6JFaGzZVyFbQXAevST1wxLAa2qSSFoLlkKDAYCobF8qSmYr"
    "ltX12dqncNgXIDN4b1qmxmHHBGZKqD9P2784aAukD2WlnyQBqSqA7QTw2B06+UpUCd/FpW"
    "rX7D0KCqp1Chk9IxiGdYvCyMA7d4tcpBbzweRpSD3iC++z/c9vrY3qYbGG6EvKBWEvznfy"
    "3cjamEqpVxYJ8UrhD67ZXGYi/rDpyi7oCkkxarrEk66Z+QTirTskUbdQbv0H97STssn3YY"
    "IotwQpuUlNhGsV260OZFNSwj8YziqRsLXn5sSESSY5t22EtDMM0gHPtgJfHlZsTe7XpqJK"
    "57SbHReZXCiE3ZuQrAtx/tTUyMk1t2DpzJEloAwCO/m2YutXuhDW00EUwnWPWdDK6mraRm"
    "UACoN0E/Ys7XsDKUY6bKFIQKUxDKJNjjxfiraiEf4gTHPny7nUWzx+ud8uy3zFkdqwsCAV"
    "qiSgehNfNvADk2vq+5ECAbePwA8IKcFXBW+JI/p8AavrbxXYwxrV6lG06yHFaJz8mTFIBF"
    "ZU5AvXICyJAkYE6nSPjNhSAGVVHU2iPz0I8qCfNeEtBWTgi8qydikTWKM8a3E5KxPY7YXk"
    "0ceg2a8oeb96c0QWsK8LE26Da3+GSa53YM2JpneIgyNc+gYSk5niHHkszvrJ8uJ/M7SyS8"
    "LpBtauorf5JITE6A1JwqztZuVDYtWRgX7vYAdc7stuuHq+lgPKK5bX4vJI+te0OT1PCPXN"
    "LMtuv+1/5wfHfbH01J6toz1AyTrPSP+t2k/3XQ/0Y6gM8IvsTN/lyjWHg+W/iHJkYy3fSJ"
    "iQnwuVRt92As+UpibgXES3woflovkaPwVzCOSomHcymVR5G9fe0E1JlGfFRQGvIchrzkN6"
    "bP+GYy3SS/8c846nn4jSem4tRtpIXh4tQU2GPIODkcdCHLI1znLKY2cJSnCxdVa5Zullqf"
    "LpIKFQ5RH45SLCwuyNRMFDhC82OByl+8symzqUyX+A1y7kipnwX1PSdc4uHb7SyXODG8TL"
    "9lKT5xB6ob6RCvp0O8WV5E/k+4dYNVxIdeB+BZvnJnjzr+e9j1/sav8qhjO7D3cPWlP+2A"
    "GXJm7nwNHdqq36WNoFoPX6GMXJQYuXAtjQdbv7l4PqpSDp32mTqOsYZcbu64nBAzuWpPtz"
    "qfGy6LBZFx/NNORIDQQhUnyUmHoGCuIekQ/DOOeh6HoEx4LtYyCVki2ErkxDQkIp2s2U7W"
    "wAY/0sM69btpJqR73auhCSUPVqlVVpN0NZ7U1WgZrtliORnpjXame5E0KcGvKP2IdfIjnt"
    "Y9tR/jBjunMlmCGaxa4ViC0pSXRp005eWo5xj1NFM+YSHl0TgD0sUGbmbQsleIWRaVQ/n0"
    "eSq3tD+pgiYR95FOonyr6q9Tg/y3WLuqXhpFhllFf5YS08KDH2mRmUdORgiI2FvV+8mw6B"
    "CQ5HSybGEB3xLbjo5/y5Pxbzor/Ndytb2uhAaGaSDj60oC6h/ZtgUtlcKyLYIaKhm2BWmS"
    "t4CEDoa/XQEMqoMhhRapzPD1Flx5f1tgoy4gwCq4CkjJGIARw3/RIhCk6ANedgzXwmYneK"
    "OCgD3Vxo19c/QnRiWJCh7I5FsEhYGeN3gUMfa7K+T4BsnCqJ/1ZD5DhV3OKV2/D8sIERot"
    "246in0MC4NQqz0Hz6srzl4ltwTWetwsJx4QNy4g4YQs/qWqNfxcb4P3crEC2QrNf+z7nXH"
    "VbeH/sACz3qP/av33ogD/gxo3vo3mwz5Nem55cm0itDfZeJZ0dx57iCUEB5/lFHorQRTpD"
    "6CJBENqixlqfc4DNXKdFgLqUvHFZXbb42HVNavsIiS0yeRYFr7V4zMzi1WF5RjLXGcnXpF"
    "7s+Hf/VGT8K41X2rI/mYwnHQAtyysQcHqmuDwl+bS1JWQISbBgggwh/RlHPQ8bVB58USZn"
    "URa4z8Ot21/gXiaEF5XmrMHjIRqYQyguQpKdWT07M1gC76HjeC+XiKXGm7SzoqpBHXvF9l"
    "qfkLx5ytrrApIK0yOQKfXXf7kfj1LCYymF1xdo7oD/AA3lOv+kppsuC2YCRbaxGLcLYwoP"
    "6SBuLEqzIf0LEMts4GCelbpX+NoHa4/YKSYZe4Op7JSgPKe2EJ8SmgMMDsbPpmeqUL7LX2"
    "xgGgYe9xV+bzB7pdwXyucBru4gDSCHnLHiu9rggnVSS6F9Z1Jp/EdI3ky9eDPBsHCoCCER"
    "ASOGxYcJpDtTtB0qjztTnpArT8itGZzSUViSo5CZ3CwPwsyFaepBmCc+LmdoLJH+WUWaaz"
    "F1/cj9TIVfIy2VJ69pbq2ftIcLQIXbRAP3iwoBw2pTpjtW1PEbYW19e2el2rSls1IderMD"
    "ZoazAqoFAclDcBzSo6qhNQS2wbAGSn/mo07bkaMeg5tgYUCbHPAIHKhp4GWF5qugdxvA78"
    "hOPfrxGEuih5apvOW8rGV/OtfXA+ZRlv96fn5x8fH87OLDp/eXHz++/3S25S4nb2WRmHuD"
    "G8JjjmhUAbE53cKw3Rm7OHG6hRESKcvCOJ0n8uLsLA/98+wsnf9J7sWKlHHbFlXaFJWCLZ"
    "ZJUROnF1XsGLtgoPCl735EZ8q96d1ZxveN8R187YPu3QBAfWEaeGDBG+J+ItkPgG5Cc821"
    "HWj9BPBYz1fBAcKqToVotUOWr6vYzmWd3oZ5umT511NV2JDncJVYndRECmft3ZCIgHO7lK"
    "ImdNnnTK4JywiIc5lHmXvQpR2tna/esZJ6yHYz0a96YXmGFnp6VRyNRUTKOhctKljhuWiB"
    "1tLYY9Ge8CtAy7QQX7XpmJh4mTulLDX+OzNmdzpjJyxTPWknpITPXKQ5SLffkseeQg8vhc"
    "rTwHwqbCDO1wfkUl393L/6QjOhgh4e9fFoOBj1O8DQNaRDmRcldf143vEzVPDuanOWMYyJ"
    "ibc/FG/OPqlzvp1hKyC3hcK3BU21HYUukweRaBjiBXi9a/ZBNMTLzaB2Jpkzki+Vvu6JFd"
    "yQPG6RRz1P+qc8skIeWXFqBtLeIyvqmf3ZFLiTpLgjMcpLiGskQNXmxzYSIke114qG9PWR"
    "MBHuwhT3JSpOVScSNwaksokydFKlkGWCCZdNmFHIHM/JmvlGGZNUAFiqHvA0SUFk/C9SCN"
    "lbdDuUduknd6nuAjlgDaFpk8sboD45kMh5OV4ICxk6TLJoyn5YZgoZeexxrBrJ+iT3qmB9"
    "ynSNYo/2I3seV/HlkISsv+xPWJkAU2UCjONvdcdan2KpaHFIQ99pndJf/ANWWGpMcCtTi/"
    "Gr3ZZQ+ESybE+/MUmW7WlYtsg2NfVV4QU5LidA7L0ShpDkNJ+E54Cx9Bgveef3VkA8bkPx"
    "JB7/hZUDLDSGqCxTEKNI4UdopO6b9QwtZcO0KjLps+wOKqTRbq80lkcrCQTpi0szQ8mSQP"
    "BnHPU8BALjRd8exJh3GwvLyP0r5miUhAxJyCgX0uMJGYkFoABMcx5zW8+Pfi+k4SUvgil+"
    "ATB6GA7rynJpCN6RKRk6kepIoPq7ngT63iNgIfwTnWMnlO+SHtC+REUq9UjvMg9ObyRSso"
    "R+AcSX0CeKe1LQhpnyFQA61uHUwP/J/63OvUYCQcsfXqMgpIfYAoz2htkUMkS5q+z4Qn+x"
    "AREDb+5GN23wy13/hnB4vsHZXRuoDtiQijjvwC3q/fQ3oAL6SKCaquUA2/DqvZG0Jlo0Oo"
    "j2AXuNTEr9mb3iRZ1VhafahxdcNU7GC4uOF+KHOOTkTgpZAu8sl39UTsD4YfHHBJNRYCzh"
    "SFet1xSPvy8R9z+/+ipbwwDO8j/72YhbnxfGsTcYdSe/s0NZPUb2Yu/3ab8rz6eQbslTHx"
    "FdL0Zqga40HjJUYjSSQxForTl9RCHmUxMHYK+XKDr/ctDRiqCY+UZ7hha8tepz6ME7b0IO"
    "TVgHtD01WPA/HQOrmn5PpKYx3KhI+5tXrZiUlCJMdXtlvOjAwNOkTU42tuCClEBewUUbuD"
    "b+g9xhqL1lPknquDVYqbJ0XDq6PMrtVkBArfb8fR5aHG6VUZ8vQYyzDC3FethfNyiQrTPW"
    "rfG3UX/SAdSN/6h3r28How5QFxukP+q3fcKL6ADPP/iofx30v5G/nxF8gTWpHOSV5CPrF8"
    "93EJWSZxLGYJZHDYlvbORhvsDvJsK9HTDqUUkBR70ho8wwKZPD7Om2C2X2ymlWJgQl6eVH"
    "ra31xoKaQX1JtcG5mRpHWOH1ALYQO5y9MhQAr9hEmMRayM2GqSDrzo/Op7tEduH7/S6REG"
    "3gNCeQSydDFU4GaQLX3ASWtlk69OLaZkvLcE3eY2BDMlJVl6p66aC6NncORUhETlFp+JzI"
    "8HFtyf3fC2roU81xajHZewqA9CboR0xMw1t0ncq2TCAtINlimI7BrXaW0WjBXQHKPFRSUn"
    "F+4fExX6BOSJnPsEPrwM2NzQY5bbCGpgNUG6jA7xs8GdoCWgDpNN5Na8CxiKJFdi2t1xrs"
    "ke0M69UbUsVeMfiJWSTQsFSdrdf6RAg9yA44wiUpKUub8B/X6GLIuGqb7CQEgLuCoxppYW"
    "BlgZZ+kei8OMflhEO7jENfTc14PcilFROVPq0m+bSoZsbpLwjLSIdB/NRTmmjIiWhUSvq0"
    "sr0w9i6Z80jLVryC6O2YcRudWft9BvTbLgDZXtBPIxeBvbCGl8BaRZ0nrj405syS9cGtdq"
    "bTwNUVDbfK6TUY6xCb7q9ghV+OkN8N/DepguvVjPdGlTZAtFw8IF23adrni0FI83NsgUAb"
    "zFVdNxwwMxxSkH4NAWK4EUp+VsF+hT9Lbfqjini3M9wIeCR5dH6/uXDE4lIMq1qWoG/e5A"
    "35AuZ/uMg6yHyKiUrzqe7m01GJjMXt9IHuytjpQ2pt+k4fLqxSdFV3GK11JIu7189LL4u7"
    "b7fYy7McO+zlWeoGS27F9tfUChj7CXxNqILR+tbvdcALnD3q38aTL4Se92JYa0LXu5qMRx"
    "0wt7xqN6en6nmn1R86GDvpCn3I1LgkmHEOSu9hMLwejG46IOjhUb/u3w3Hv9OLnp+WXp08"
    "jEb0Gjb3dHrlfjq+u+tfd0h6smnCxaP+uTsYkgtPKtLI39f9Id5uvY6wtRu8X00G+JAoWF"
    "JSgEBB1VEw23CtOcyo+ZPjI4t2UeEgLJHD+5HdDKYdgOUe9cFt96bfAbSYGv48xld4HfyM"
    "vxn8gRhzvBY+IY+JffpPxIJYOUCOYXFZ1FGpOm9HB+77787O88TRSLN0sOnNKNwzC09zru"
    "TonUSFk3+DYakmXFmKD8MyDEdZYMt5zj2xE5ICrPsVIE61CmgdtdbH+6gQeWLI86723Yfp"
    "uAOI5KN+Nxlfees7cSbXZ3X3YhGE0qPqDNM5Xf9JCArwGVSu/jiq5RwCfkJQgs8PPlSxaa"
    "I8qxYieDCsvAz8GbIiHDlV9RiYhsVweafGEYLmBwURagZ10UGEFZ6SzkqZr+B8rZiqw6VC"
    "MoUrXFP+u8GKTQQ7EmQxXJ45nSZe3VnNH84aMsVtDNLCTctuTlmpQzICbJIVnHZJ+a9JiH"
    "+5H48yCLMMfBdo7oD/0PLcpeG8i6UQfdRBuv2WPO8U4RQCUPYGGd8L29G4C+kgeQKmxdJM"
    "UleTbfvqlo93DVk9NnCDDXZlM+OAMyJTHaTv3503BNQFstfKkgfSkER1gH5qCJwrgy9XIW"
    "gvgu1RdpKCb7O9wNnKMNaKDecWZIC91+hLdiCEd/sEvg+PTppbkwsExJvsJdSYcS2LnIrh"
    "58NyZhSwpWW2xql5kDWDsejdTxZGSodaLBakPBdF5FEPMMo6FyX4Yrlr2CYE5bYUXUVD9F"
    "lOaJOSEtsotkvkKKZlPKMFd50shqhEN4YuKdPCC2tIRuIZxVM3Fryaf0hEJhLXq+KgMFO0"
    "ZiXy6onrMRXydmnEKXpBAfjyHUjeUIyTClEOnMMbfQFA3yDnLtSbmEAzlKMcSJPNqgCER3"
    "43zdzU9mIb2tIjmE6wCTcZXE1bSR2siGkb9CPohA2pnTlm6s5oLQBasYuUJux77goZMXIr"
    "I3wenFX/+cv+U+rz1iJpyvIQy+3YVfk8HKJQQVFRQCoz93qq2swSK/R6OyvrmsQPyj+/4x"
    "94WsSyqrYXvE+S5L75OdmypElVJU3SEydSgk0lJ0mIdFyiN6GZ4OZL860W6RZu6cJgyHPn"
    "o/z60H8gSbmeNDOR9+Hqqn9/3wG2OycVj5KJvMlUXxIMGD9M8Wt65FWSxd29/5m0mVv0nO"
    "LWAWNcfEjchHgBY9m+6XTznUR1VKWmkHFTU6bTV6TT5Er/esi3cuDK9P7deY5pi1ulzlt6"
    "LxbQsSzDOiRFPSEoAnOmap6SB+Kc6WrIOLg7IiUC7tGJfpFnnl+kT/OLxCzHKiZ53wTG6b"
    "zzncRRxPOa4Vw1w9zU1NeZYXBR8cIyQpAfK0gTwqu0pZKMQa7ciqhUPRIsyGOFSbAw6Bty"
    "jUlIRA5I4QPis6w9dvUhSbkhSRH23ar1nYTvJ++mkBAUAf0KtJ6wY40ba6bzTACkS8ls5E"
    "/OPUk+bu19lE1lbFfqsWwmdTcPYZsWHzlo0KOSBQx6zdawhgwyg5+dHOUnpCPivD1gmGOi"
    "cpzrPM4y/UK0NVymX9SI0SqZPydh/lDSW0olEx5qC+EGBryMhq1ep+G2QHXTYnFbyPV2Jr"
    "cFtyif28JFWZHnBshzA8rzcJzlOTgAt8qoHpw4OsDW3CUPvkF74Q4+Kp4iZELLNnRVY+wn"
    "hqFBVU/lkGzFYijPsFxZ03h7pdqloTceDyMacG8Qdzk/3Pb6eF5T5HEj5O3uTXctSbukGN"
    "+StEZFG/U0azRhM+VR68N5Qkdq9nx5VXWbDLnY/cQIKsD+ERUeP4PySITyJ5o2EqQN3MyO"
    "/taI9XdLOxIJprLtaB+xFGt6h2e2Ta2ERrDok/oc36qHGxVp8oy+etna3qAkgM7grAYCAl"
    "rb5+/zGIS4VQalL2ESWkZaLer9SSOBbIVEeNf3HvOkjIy/jcj5fMaLTo7n617fDkYdoC42"
    "SH/UH+7JrW2vJ0/waOBhfZvtIs4zKLd9YkN3gCf9qA9GXwdTkm+D9Gfk1CXfxn+ZA0y5qK"
    "QMH9fHcksa7NJNk/6BNdNgz+OmoYolnxoXEpGVpWJLJdlDOeEMicgIfGYEPjBSjoy9BxHM"
    "Zk7QvcH30OcZCbtfde+vutf9VmK+FgCp2HSG0BfKRjTd4VmmZ4GCzvApBIOR7k0gP0hG6A"
    "X3GpBB5o3Sh2VkJHlvJPnUjpkagVuKW2aBbJKgqvBO47icPC4sT1KNqdr2i4F3pZVqc505"
    "mBAU0u1YytnV0u1YI7cjVoTQM2NAMmlBO6EKSUHBOi85QdLZ1CBnk+QEiTbqhXKCVBNhe3"
    "INWUUceEgKXRNNSTcNnAa5mBxVFkNtiMsmajZgk3h2fDHUa78bQVE6GQOviWAR/XWhVM0z"
    "ayJSNi2xT+O+xeA0oH0JilZw9oNP7VohsxjQcnP0mggaNhif0fzY6XXv9SIoRtsC00dwPf"
    "NlSzYSnRCd8vhvjosU2xS4joxchfQMy3BZCN+q+uvUIP/NGWS8IR01zk2eEWSkv0uJRe+2"
    "v9Ii8w4rHSz+tmHRQVjD1x3CfoRyO0L+zVDw0lnhhsvVViRMKGYGNvF1JV64/UdmTLILLT"
    "QnT0hEJf077ay4pLprU5vApKx2f2S1+2c8w/zlM29AISQiQwn5Qgnko+JA2G8uILqlZGPj"
    "JzrMivPptUVDItXXFj0Ns6uwKqIc3sPiCTY//h+Ux2O+"
)
