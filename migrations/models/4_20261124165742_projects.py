from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "projects" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "display_name" VARCHAR(128) NOT NULL,
    "description" TEXT NOT NULL,
    "color" VARCHAR(16),
    "default_node_id" CHAR(36),
    "single_server_mode" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "owner_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" CHAR(36) NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_projects_team_id_eb2e1f" UNIQUE ("team_id", "name")
);
        CREATE TABLE IF NOT EXISTS "environments" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "display_name" VARCHAR(128) NOT NULL,
    "type" VARCHAR(16) NOT NULL /* PRODUCTION: production\nSTAGING: staging\nDEVELOPMENT: development\nPREVIEW: preview */,
    "description" TEXT NOT NULL,
    "color" VARCHAR(16),
    "git_branch" VARCHAR(255),
    "is_default" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "project_id" CHAR(36) NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_environment_project_21b99e" UNIQUE ("project_id", "name")
);
        CREATE TABLE IF NOT EXISTS "project_members" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "role" VARCHAR(16) NOT NULL /* OWNER: owner\nADMIN: admin\nMEMBER: member\nVIEWER: viewer */,
    "created_at" TIMESTAMP NOT NULL,
    "group_id" CHAR(36) REFERENCES "groups" ("id") ON DELETE CASCADE,
    "project_id" CHAR(36) NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) REFERENCES "users" ("id") ON DELETE CASCADE
);
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "projects" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "display_name" VARCHAR(128) NOT NULL,
    "description" TEXT NOT NULL,
    "color" VARCHAR(16),
    "default_node_id" UUID,
    "single_server_mode" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "owner_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" UUID NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_projects_team_id_eb2e1f" UNIQUE ("team_id", "name")
);
        CREATE TABLE IF NOT EXISTS "environments" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "display_name" VARCHAR(128) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "description" TEXT NOT NULL,
    "color" VARCHAR(16),
    "git_branch" VARCHAR(255),
    "is_default" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "project_id" UUID NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_environment_project_21b99e" UNIQUE ("project_id", "name")
);
COMMENT ON COLUMN "environments"."type" IS 'PRODUCTION: production\nSTAGING: staging\nDEVELOPMENT: development\nPREVIEW: preview';
        CREATE TABLE IF NOT EXISTS "project_members" (
    "id" UUID NOT NULL PRIMARY KEY,
    "role" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "group_id" UUID REFERENCES "groups" ("id") ON DELETE CASCADE,
    "project_id" UUID NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    "user_id" UUID REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "project_members"."role" IS 'OWNER: owner\nADMIN: admin\nMEMBER: member\nVIEWER: viewer';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "projects";
        DROP TABLE IF EXISTS "environments";
        DROP TABLE IF EXISTS "project_members";
""",
    "postgres": """
DROP TABLE IF EXISTS "environments";
        DROP TABLE IF EXISTS "projects";
        DROP TABLE IF EXISTS "project_members";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXWtv27gS/SuGP3WB3CJ1Hs0NFhdwEqf13cTOxnK72GYhMBZj80amtHokMXrz35eknt"
    "Qrkm3JksIvaU1yZOkMRc4czox/dpeaAlXzY19HkvYIcfe087OLwRKS/8T69jpdoOtBD22w"
    "wL3KBgMdyRYdxprBvWkZYGaRngegmpA0KdCcGUi3kEa/BduqShu1GRmI8DxosjH624bkWn"
    "NoLaBBOn78RZoRVuALNL2P+qP8gKCqcDeMFPrdrF22Vjprm06HF5dsJP26e3mmqfYSB6P1"
    "lbXQsD/ctpHykcrQvjnE0AAWVEKPQe/SfWavyblj0mAZNvRvVQkaFPgAbJWC0f31wcYzik"
    "GHfRP9c/gf99ZCw2R5NJbkyUCS5W4B7GYaprgjbFGgfr461w0AYa1d+gXnX/u3Hw6Of2EQ"
    "aKY1N1gng6v7ygSBBRxRBnqAMvs3hvP5AhjJOHvjI0iTG10HY68hADmYYB58HkAlQNpdgh"
    "dZhXhuLcjHT/v7GRh/698ymMkohrNG3gjnZRm5XT2nj+Id4MveInkBzEURlHmp7WD99nyu"
    "DOnjwxxAHx+m4ky7eJh1Az6glyIQBxJtnMrHeWbycfpEPo4CPDMgBUMGVhzkC9JjoSVMBp"
    "qXjICtuKIfvf80EXrygMoYqyv3ncqAXhpeDyZS//qGft3SNP9WGX59aUB7eqx1FWn9EFWT"
    "f5HO96H0tUM/dv4cjwbR1d8fJ/3ZpfcEbEuTsfYsAyX0+nutHmqc1uGLjsjV1tA6L7kFrb"
    "u3WxelN0TJHiaZWlaBacm2udbbHZUVmq6zpomiDLmYYR0S2aZ1XV+lvmFMU3/l4THRlqZQ"
    "xaG91AyI5vg3uGIAD8l9ADxLMqJdF23qXqaZkAatwatsgGffwQtPKPLs5Imh5Zhq/cl5/2"
    "LQZQjfg9njMzAUmYOa9mg9LdLij413LXvLaAvAYM7AoU9B79lzjG0FWbdwphm8G5rQvZfp"
    "OtOBsqrN6+U5n6H5EFsFfGeqwMgkdLVZXydjTm/hX//u9Q4OPvf2D45Pjg4/fz462T8hY9"
    "n9xrs+Z6wEZ8Mvw5HEr9a0IdujLr6HVmkZV6qP9hrGO9tI3zaOqtTwJpwUD2ZRHioss5YD"
    "XzMrs2yCxGGUis3YsEypU7Yhph+HJwTLonAGImIBiLB32v/gzCqIJy8lIOUgBexcosiKGk"
    "i0kRDtneRhRHsn6ZQo7YusAcAgxnkhXt+XqA7jblkHUjzCvaOjHAiTUakIsz4eYeIqW7YZ"
    "RzjVlQkE3nZnmjCJHY+m9+nw8+HJwfGh78j4LVn+i+erhFh8FUFMVky9yKTlhIStlWxrxW"
    "ih3bAYA/yEDA0vIaNfYixGuHsvi8WAwcASQgB+eHs3vTS7xb9EVICICmjx8hBehBVk6ipY"
    "yUVBjsq1zoQox0ij8CSiPMD2MkbJ8+aaK1sh0mRhVGzfEi+AeffmdnwxPZeG49FpJ7jKHZ"
    "5I/S/D0ZfTDnnIOVHGHb4YfBtcjW+uByPptKPAJ6hqOl3p7/DN7eDbcPCdXgA+IfjcXUeL"
    "W489CD9oTJMSfEmxBSNiLXhdsgjUwR8Sx516gH647v/xC8efXo1HX7zhIQWcX43Pouaipm"
    "oJJ1oZpqIn0D4zcfvTeo4s+d4gC0+h0DBeqn04l+JHItO/7RjUZ5qmQoBTDEhOMIL2PZEs"
    "aw3xW6pdRs7G4ytuGTkbRteJ6fXZgMx0Bj8ZhCzuXExEjL3zgzFdWVPrvKTQel20nhBY5N"
    "59bQj8umm6lOiiEGWyYYDRTXClZgL7ZowRP7PqFGb0xdBsvZtAzTkde1mk3JwOERk5gnsr"
    "kXtrdZZIJpGQQby1jkiowOUS5n/bDEFh/r9HraeZ/wUOPON+whIu76FhLpCecLh/5l7k8r"
    "dbqIKUVZc3Za/Z9ZpHfaXZs68bmqAh69JBOo7yNcArSaN/S05L2KlFkeEwsMeSI1a495AG"
    "nXlkNfK5Wt/0ftAMpoJHuGLLVhDV62vH7XJk3E5rQT7NF367HFJMon9C2uUY1K+ZvoWnww"
    "m0LAeUmJcRHZLpbyB3sGw6o3foelBIC1hs7nBhEqeYxOnexxNQ7QT347+T8SgZal8gumWj"
    "mdX5f0dFZoOJhiSYKRTZJ23RQ7XIhksvED1pE3aTsJsq5aGutDnClwCptgGTNgquP3OXUO"
    "lI+cEZWjN2SmS90T6R9Say3pqd9Va3PUmkj4v0cX4/9c7UErbS0HFb+i7qMiOlBFvTxDN6"
    "XRFpLU57avXOi0jrNkVaizBdEaa780WkjOhzdsPEKFZgQeM3QVTk0UcyPMlXqJRhNp6IXU"
    "cNowQvPitCN/kCIlJXROoKZ14c1b8rreeJ1NWecWEOJywj9q+a1IGp2ztTCiXmMRcbUmKS"
    "e5lmQvomJRaaUMmUWGwBqI5mrOdL/yak4SWPw5TcQGc0vbrK4hlD9ZMjZRTWD3SKVG5oyU"
    "zmZmZqqFKZAWGNQaoC8toFLZ3CDlB9k8gOxzfV5zxY8Nfb5q8N4ponU09vl1fwZOvMZXfH"
    "30eD29MO2xDucP/iejg67QBlifAdvh5QD/u048z1O0xrJ9DPtHSC857snr4Szn069M108/"
    "I4906MabElMCwj3LxaVais25uzHVBrXES5IWiKdOHK0oWjE1e40JsG6sT2qy1A6mdRtxPT"
    "8BZdp+gnCZiP3QS/kbXvZbmLFhlRvpP4g5h6pmYbM+hMGIqr1+CgSQvHusFRub3J9xJavG"
    "H52XTn0dNF3rgFb3xZDmPzE3v40slre+a+cGVId8lIG3oqz+2d/z4dTAcXpx1H+g7fTkcj"
    "VuzQsDFmxQ4n0/PzwWRy2jHt2Qya5h2+7A+vqAxNWaAyE2l8c0MbTEvTddpCHbDxVCK3SR"
    "xbzbbu8Pltf/KVjpkZwFy497lz316HZAHDCTZe6soUkqiuQPZ+rZenMAFtmmR/K7IihUQq"
    "DFz7fZ13Zc2V6ehTL8e0JaNS5y3r45GGhqEZcire6cGCMcE2RLBVHS/ogDhLjLVKn+q8VB"
    "tw5yf6QZ55fpA+zQ9is5yYmIkVJ9OTaQOJjbJpa4Zz1cm0NHb7XtMei8zusEydzyPWnNyl"
    "lPghq7QB5CeQdGabPsd5qeqzxkOnbvc2Ui2EzY/0a3dx8FbK9NfYHRbSSUhEKGTrCjEhII"
    "6GbMKZAZPiQNLNnbhkG/bdqu2dGPeTd1OICbYB/QqsnjCxVhjrRPKsBUiX8+sWDkFRgAEI"
    "SYifyGp8MoQobLCVcAnTAsZ6Suclt6D0mq1hDVFyQupDXMsPCCNK3q6h5oio0HOd9Swym9"
    "q2hufJbPK23/tVwZiimKCILMqMLArwiqMsYmC4eI3Y1CqcS1Jq1AZNi0qK2nDTpTKiNsgI"
    "Edrf8tB+UZom8N339/P47vv76b477YvQgqo9L4KvN15UtY1gGw9+0aFhahiocXgza0mExU"
    "QFCVFB4h1b3KKCxHvUepqfFfMG8iQ/h0saRhbh4gm9DZwD1SU9U4NdZDwXdX3S0515PLPd"
    "oPISnYPCnXAJkCoqd9bLPXKUUsB+9wVa6CD1jvLY8GRURnxRzIpvVm65nxW2rezy6YR2+V"
    "fdebQ5TQqwE3aq/CkF9vohLOupZOkv4kWUEk3rH46+DSUa/I/wE7LqEvzv3swa1jcvKc6y"
    "6mNsx30s4Vmnv2DN9LHyeNaiqpwoNFArNDOOA0WNvjwngYVq9In6As39IRAGegKn4CkjnU"
    "2gDyQOVVvOGlAlFz1YDcuIw783D/92TczUCNxSaBnxqypVRvjrwDSfNbIrLYC5KAJ3TLCV"
    "tGMJaY2CdqwV7UgMIfRU9FdBAqEK4zi8dV6EcQiyqUFkkwjjaJvWtxrGAXRE/MlHmJRRXi"
    "RIoa8jiV6mgdMgVyRH/Hew18cq+uvbbcSLGh+KXHWQUEPILt4F4EvqL5Be8Y8kNBE0v7Dk"
    "BmFVbvXKNqITilzafD4Vij9rClwbksSR2rYJCF8DvJI0+jcnn5+3uG29GKkMPp89lxwhyv"
    "2nNOi8I1tEUqikZjAlPMJVgLB7GOBryO0MnRNYCzJwvvBFwrF7iWcIpF2OFmx9zaT/+9BA"
    "s0U34QDA7dnLOgIAwZjanAGIKrcbVrl9IjMs8TeR07m7kIhg7fKxdvSlKoCwO7yF6JaSq0"
    "a+0UqsNJteUywkUn1Nsd0EUWytelgBR337Z9mv/wBVDPK/"
)
