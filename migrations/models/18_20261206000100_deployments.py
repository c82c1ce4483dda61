from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "deployments" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "prefix" VARCHAR(30) NOT NULL,
    "note" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PREPARING: preparing\nIN_PROGRESS: in_progress\nSUCCESSFUL: successful\nFAILED: failed\nOBSOLETE: obsolete\nDOWNGRADED: downgraded */,
    "environment" JSON NOT NULL,
    "task_id" BIGINT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "node_id" CHAR(36) NOT NULL REFERENCES "nodes" ("id") ON DELETE CASCADE,
    "project_id" CHAR(36) NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    "updated_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "version_id" CHAR(36) NOT NULL REFERENCES "versions" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "deployment_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "type" VARCHAR(24) NOT NULL,
    "status" VARCHAR(16),
    "instance_id" CHAR(36),
    "state" VARCHAR(16),
    "lines" JSON NOT NULL,
    "task_id" BIGINT,
    "created_at" TIMESTAMP NOT NULL,
    "deployment_id" CHAR(36) NOT NULL REFERENCES "deployments" ("id") ON DELETE CASCADE
) /* One line of the deployment's event log (the items of seed 001's deployment log). */;
        CREATE TABLE IF NOT EXISTS "deployment_tokens" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMP,
    "last_used_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "deployment_id" CHAR(36) NOT NULL UNIQUE REFERENCES "deployments" ("id") ON DELETE CASCADE
) /* The one token that starts this deployment (CI's), kept as a SHA-256 hash. */;
        CREATE TABLE IF NOT EXISTS "deployment_instances" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "config" JSON NOT NULL,
    "sealed_secrets" TEXT NOT NULL,
    "state" VARCHAR(16) /* RUNNING: running\nSTOPPED: stopped\nFAILED: failed\nREMOVED: removed */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "deployment_id" CHAR(36) NOT NULL REFERENCES "deployments" ("id") ON DELETE CASCADE,
    "guest_id" CHAR(36) REFERENCES "guests" ("id") ON DELETE SET NULL,
    "image_id" CHAR(36) NOT NULL REFERENCES "version_images" ("id") ON DELETE CASCADE
) /* An image of the deployment's version as this deployment runs it: its own container (a guest of the node, */;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "deployments" (
    "id" UUID NOT NULL PRIMARY KEY,
    "prefix" VARCHAR(30) NOT NULL,
    "note" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "environment" JSONB NOT NULL,
    "task_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "node_id" UUID NOT NULL REFERENCES "nodes" ("id") ON DELETE CASCADE,
    "project_id" UUID NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    "updated_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "version_id" UUID NOT NULL REFERENCES "versions" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "deployments"."status" IS 'PREPARING: preparing\nIN_PROGRESS: in_progress\nSUCCESSFUL: successful\nFAILED: failed\nOBSOLETE: obsolete\nDOWNGRADED: downgraded';
        CREATE TABLE IF NOT EXISTS "deployment_events" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "type" VARCHAR(24) NOT NULL,
    "status" VARCHAR(16),
    "instance_id" UUID,
    "state" VARCHAR(16),
    "lines" JSONB NOT NULL,
    "task_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "deployment_id" UUID NOT NULL REFERENCES "deployments" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "deployment_events" IS 'One line of the deployment''s event log (the items of seed 001''s deployment log).';
        CREATE TABLE IF NOT EXISTS "deployment_tokens" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ,
    "last_used_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "deployment_id" UUID NOT NULL UNIQUE REFERENCES "deployments" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "deployment_tokens" IS 'The one token that starts this deployment (CI''s), kept as a SHA-256 hash.';
        CREATE TABLE IF NOT EXISTS "deployment_instances" (
    "id" UUID NOT NULL PRIMARY KEY,
    "config" JSONB NOT NULL,
    "sealed_secrets" TEXT NOT NULL,
    "state" VARCHAR(16),
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "deployment_id" UUID NOT NULL REFERENCES "deployments" ("id") ON DELETE CASCADE,
    "guest_id" UUID REFERENCES "guests" ("id") ON DELETE SET NULL,
    "image_id" UUID NOT NULL REFERENCES "version_images" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "deployment_instances"."state" IS 'RUNNING: running\nSTOPPED: stopped\nFAILED: failed\nREMOVED: removed';
COMMENT ON TABLE "deployment_instances" IS 'An image of the deployment''s version as this deployment runs it: its own container (a guest of the node,';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "deployment_instances";
        DROP TABLE IF EXISTS "deployment_tokens";
        DROP TABLE IF EXISTS "deployments";
        DROP TABLE IF EXISTS "deployment_events";
""",
    "postgres": """
DROP TABLE IF EXISTS "deployments";
        DROP TABLE IF EXISTS "deployment_instances";
        DROP TABLE IF EXISTS "deployment_tokens";
        DROP TABLE IF EXISTS "deployment_events";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztfWtz2ziW9l9B6Uunq9T9JnacZDVbWyXbaremZckjy8lkW1MsSoQlrimCTVJ2PLv57y"
    "8AXsQLSBESSZEIPkymTeKA1HNA4NzP/3Y2SIOG82t/uYH95RJtTbfTA//bMdUNxP/But0F"
    "HdWydjfJBVddGHS8igcqqjeS3lEXjmurSzLro2o4EF/SoLO0dcvVkUlIZmsIfArwBF/BFT"
    "JdVTdtsEaG5gDVBciEoH91OwCabsOli+xX8GajahDfAI+67bhgSyZ+gpYLHpEN4DPEQwzV"
    "hTZAtgbtn38lr6KhJX4X3VzV+tStqf+1hYqLVtBdQxs/+89/4cu6qcFv0An+tJ6URx0aWg"
    "x8XSMT0OuK+2rRaw8Pw+vf6EjyixbKEhnbjbkbbb26a2SGw7dbXfuV0JB7K2hCG7+fFmGG"
    "uTUMn3nBJe+N8QXX3sLwVbXdBQ0+qluDsLTzn49bc0k4CeiTyD/v/8t/tcgwRRlPZsr9YK"
    "YondQKIK+QYI9/aYlMsnp0spYwMN+9eXeA0Ksd8oCr3/vTN+cffqYQIMdd2fQmhavznRKq"
    "ruqRUtB3KIfsVba2kQb8aq3abMBThAns8atXg3oAWAUQdzbqN8WA5spd4z/PLi5yMP/cn1"
    "LY8SiKO8LfubcLjP1bZ949gv8ObweqBtQU/NGlwZ7Bby4b7DhVOUgHF3ZQ77aoGrDOgXY2"
    "+OeMzLxxnL+MKKJvbvv/pGBvXv07o8n4Jhge4cDVaHKZAH5pQwKOorpp4K/xHVffQDb4cc"
    "oE+JpP+mvwHy1kRQf/QG1iGq/+55bHmuHt4H7Wv72L8ee6PxuQO2cx3gRX33xIfCDhJODL"
    "cPY7IH+C/56MB8ntKxw3++8OeSd16yLFRC+KqkV2huBqgNp3cqI8PkV2O3JhoS6fXlRbU1"
    "J30BnKGpu+tTnbJK+oprqiPCPgktcMpAZLn6EnaDIliuBevjhh6fjkxMOKyRLZ/JancMNP"
    "Yfr/HIdvMF6IkyB+6r57+7bAqYtHZZ669F5886dfkbJWnTUPynEq4eSbD+8LAP3hfSbO5F"
    "YcZsuGj/o3Hoh3FCIu5Q9FVnLydIws5A9JgKUQ86MIMVGuw28WVracA7gepyyB6/7rNoXp"
    "LWFygEkulw3VcZWtc9DXnaSVnG4ypzGjbIVPsI6QlCldN5epe4TplI4XRzcN7W/IhvrK/A"
    "O+UoCH+D1Uc8kSon0V7cGfpp2Q7q7uPmVbfQkVvOiCwr8d/2LoeqJa//6qfz3ofD+V0mx1"
    "mPqytU9VtqSSLLiSjHmsOC7+jpl7Z7aOkaQTUdM4+1RE1Tj7lK1rkHsJZQMzwkAr/E1oOm"
    "NHzQY8RXgQ4g0TQKrWnfGWqD9ChyH6/f1+MmYDHaVJinz60gX/Bwzdu9uy1Z0DLkEj3zmQ"
    "9AMkdhoyQdI5sEYs4LNXeDBeLuz9C9tAeD8g78SBb5RGwO36w3kRkM+zQT5Pgvz4l8YFcD"
    "BeOKPm2UURbPGoHKdtCl2daAv455NXw6IERoaN9cDcblLqRVz2Y85U3xLvWNDUMJqK/yKc"
    "EmDnbjC+Ho5vlOEYK8GjUQ8k5pub/p3BdQ/416A2NwO6K3yUDW8epoMdJWbno77a2nA36m"
    "Gcmh//yuAJwagpVsQn0ZnwBk/EvMjTRliDjzzJQGb0KXfEGhB5hEXMI7v7l/2rPx7udveJ"
    "hrO14s/vT2fx56u2uxuRuJ+6O7mL3kR47sF0Opn2ALRtRNcA9/Ivsn2fZW/fZ6nt294eue"
    "RjE9S40vFzTQIc5wqfPozx6rvpAZ9+bhI+3ZH1TFhkQe0QvpTvClhD1XAz3Fn7mbKjbrAI"
    "0/l90B/Nfv/aA97rvs7Nh3F4bWuGV8kc+Gu8m9APCz8KueRjtBD9tJrBr/B1FctGC+ikOT"
    "c0M6J/WKQJtulmZWL+26rO7RV5g1/O3r3/+P7T+Yf3n/AQ+pbhlY85PBiOZ8wPQlmu4fLp"
    "ICM6cwJpSW+yJT08J4tqzCHBUepyezhaibasLpfQcai4Y+tLtm6XzQI2teTH4fzYwA2Jw9"
    "0sOM6UGE19h0mVemDJ58kS2VyndDi+PjTftQRKTXeelBXP8oxQ1Afnp5bAaSHbVRY6FW4Z"
    "KzR7600R1m80jjiiFlvdcLFW/yt57Cl8UZVsxg50XV6+RGkkSypgCc2ecODShi6DMXvzLi"
    "KUDVaXG5t6oWob3VTYcRk5btsYVY2Go6qWfdWOFqw3YYSWa6QvWYJLjkSeJJR7UPk6E8WY"
    "xDYsVOcQ9sRIJYNKZxBGB3IlQIYEwm1NlUSTuCqfTBSMb8ZSJ88TZqm7KlauWDFUmepYhO"
    "IgdaxhAlDZCpnnOVQebbThWeIJMmkCO3xJy8SY7MUubmKM9wEdwvU4peR6U7jO8Pr4b5/+"
    "1hevnEkUKcIjYrDbs9/ujbiO2GnRBs/IiWqMSCanJCCF5rNuI3MDTZcT1zSlXK5xbFdb6P"
    "CiGqWReMbxNJHGzq3IhjNCIj/9VDY8+h+45F2gcSq5RHNz/Xyw0vhyp/vd7WZqJa57E/7i"
    "6yqW84dfAYwfRqNO1slVAr6D+GxiYpw+sgvgTLbQEgAe+9O0c6vdC23koIlhSoKwp8OrWS"
    "ctGZQA6k0wj5jrNSoMFVipnqRfAqzX4USCrtaYTlRgve400xLQLZi53tI1m1LiMxbuifLX"
    "t5ruTuES2fEMccbtbm4+OxmoGIgGrzcnqf1SX2X6CIq6B3ymNjefzHMO/MfZ2fn5x7O35x"
    "8+Xbz/+PHi09vQS5C+lecuuBzeEI9BN2otC1wIOcnu3CbNOk2ZtfKjnZbMQvbrUxWC2b/3"
    "18nhctRtggxvHcUojQiRXVWHGHkVEflWbJRGmjMSeEJ1wwvnjkRuAO2yt7UPUjUjuycnaj"
    "Mro0eEug0VBUbZWDjnwXhHIVzoWSU19z28lCf8+/hhDsnEkw/OzwpgfX6WCTW5xUSarz5X"
    "jKgilEWqsuzjxSvrJsjEW87V9OtwVXfLkwa4I5BZlaysSkOn3hGLZ+nGiMRbuOVsESk36W"
    "ksoJe0Sk6HYfz073Tz7J5ejR1ZylPwUp4UKuYGsL90TUBblexbgqjQuZz8swcW6NvcvO7P"
    "+pf9+0EPBAk8nUMUj9LL0RxV0ukU5Zyo3+eAek7jyfS2P8IwI3ujGnPzajroz2iVoGDG46"
    "tulc+eR/K2XErhjqLOGlvQcfVlPaph+SA/Q9vhNG9ESAS0b5SvEGqQ1LdzFL4SMXEqmQEW"
    "c2eVkS6Db6GtvYRK9kHM5kyKUDxpvPyPIASNzy6SIBPOMlKJNdUxVctZI14bVIJMvFVdvh"
    "nK0f/N2DryIkQCCoFSSGuJEmmbr6C2RX3xrshejUdlLmt6T2ZHV2ryo2qVsoGOo64YO0Z2"
    "9Z0UoQjbct3Fd9qVGS0Dy2RitOQ6R2J0U6z+WE1mRjx7N7q5Nn8ypJjJvzMxIdCgZaBXUp"
    "8doEegAgfaz/oS9sDLWnWB7gJ8HEMNPCIbvFHBEm02+Br+QwULWzWX65+74chHtDU1oOL/"
    "rdELuQDxotR+TdoAa3ysdF003HWR5RAubjlneoertNL6LSZ4Led+n4qwRcXcZPRGeLi6Gt"
    "zf94CzpWWd5+Zv/SFt/vGo6rTzx1V/fDXw+oEsCSSkH0gzbOz46atVVk3CAn6oHXmTVasO"
    "dXgMfHcHnJv9u2EPqJY+N78MLn+fTP7AOxhcrBF6wgweXA/uRpOvmMPQ2+/wtcloRFqh4G"
    "vIMMhx0Qz2ebsqjy68o2gyw5oU/eKdYoqzVnlwjlOJoLRVbUvzETtAR05TioB33UoylqrX"
    "rEYSOXHOIYUIeNewlWS06thj/REF4LoXtDRilh232CozmrSolGNHox37DuJ6nFJ2kWqO2S"
    "zN5Ufd1J31QWxOkEo+N5nPsnAkF3858gR9WygnrHEqWT8uv9aZj1YaYO4CMfe7mdoJ7N4i"
    "MfGVFasQc9W/v+pfD2T9nZPV34kGxhmQ3Q3j0qf87Y8pNLJawft4T71ZxIH8e5Weuitou/"
    "qjvlQpw1L+uujtbp7XbrkbKNN1BPd58aaaHpVjegDGNVrGzgtZxs5zLGPnqVyPvzSTqzVK"
    "SCAj4/MNZ4c0klirBmH3wblRsQma7Gfq/D6b3fXA2nWtX96+m5vX4/sewAuL/vFbP3D64U"
    "c1yOn3BC1XeeQz1UdphCuYUX62QriAlTViFVHN8fulKEUw3VceR/8DB5R87o+G1z3wrBq6"
    "lgwdacaGozvOlq9v5Y5CuM2mmgob0NZVrs57OwrhEK4kJ8pErrKA+ARkCDX55u04pbRuN9"
    "m6TXilPrqszWo/k0NCyeMm8/gR/0IsZbGKsGcHUsSIRJDI6g6m8LuAP0GGdXhv73CfSuJ+"
    "MO4mhvhA8KOkkgP8HDBUx1W4I7fiVALIaCeBXXVduLHcA4ISGOTyWG/ysW5j5F8Oij+JU0"
    "ouN5nLMoQwk80ChxDKVFzRuM742FM9imUn3arDoWQzsqIRO9nNyMJYqNMkjV8HFTEZcSjX"
    "kWqZ2UEoQU3NCiJQ/kw2wKQv+C8ZmCIDUxry/cc9B+/fFnAcvH+b6TcgtxI5RK/NLdJbSg"
    "DE3eR+djMd3P9j1APBwvvLmJu3X+klKlDQnOjhPU2I1uk2c3qfZFvqltblMyu/ODK0MWDK"
    "ATinKUUwO9ZRjLptIRA2etYJjw+Jg5hOPg/vhxOvlkZ0JmaJjdnk7o6ERTgusiyYipOYm9"
    "eD0cAraU1Fu+CNGsLWQ7La05QC7Fp1W5Hxs3jlowhJk0/uQ2O3igTvfsiO3f2QCt3Fc20d"
    "vvCgCImEuADEvifPUh3nxW+bzOkEjJIKAfnJ/LAvx7AhSS6CYFQ3J3gjcmUcbuZGk4rDtZ"
    "DNwDazXkYwXBbLYBTLQDYrqS8Ty3B8fS3T3rUEyg3cIPtV2Sw44IzR1AfpxbuzloCq6c6T"
    "suKBNEJRH6CfWgKn37RNgSb5tQzZ4BIhA6omG1oGdQLiBSavCuPALF6vcHA5mYxiwsHlMH"
    "n6P9xeDrC+TQ8wPEj3PDZp8J//rW03lhJpnMeBfZq4RujDK63FXrbAqL8FBnrBGCnZvgk2"
    "7nEq8cTh8o13HmJ8XXSiNOJhXEUnZ1mlr1RJRIbYZUPdzmArGWL3I3K9SIidrObGJfZyVH"
    "OLBD5xQpumlNjGsV1tocOLapRG4pnMbdZ4yw5GSGSQbdIIbqP/gUveBRqnkks0N3DZByuN"
    "L3fk8t1uplbiujdyOb6uMgoNZpxcJeA7iM8mJsbpI7sAzmQLLQHgsT9NO7favdBGDpoYpl"
    "Ms+k6HV7NOWjIoAdSbYB4x12tUGCqwUmVl1xoru1aaLELbUdG9mJUusrvbzU0YCcfJoqWC"
    "54ZYNnzUv/GYr3cUQoSJJQoFFskPOc/ODzlP5YeYyOUK6g3Gy1Be/gi8NgbIQ0u1D4qOH9"
    "z1p35ovD/H3ByOlbvphGTr3PeAbipYNSB7gRO2oPztYRR2oXzcGuko+cnl/WQ0IJ0Q0cJB"
    "5Fibm9eTL+Obaf+ajNPQi7myVa0plQdzdZns4sAJMlkiOP9jPKBEcKbXLs/xL6bjrmbfv3"
    "TvZTOknY4e6d77Ebku3XvSZSIMnCd2mYgJarBzc3/9KUL59TOLB3DCGqeSy7V5Lr6GAnuM"
    "j4/Zqi2zKAM3tp93MwmKbfyr3Y+tdOsd49aTnQXr8T+x5QQJ7x54U5LREY0b4XPgQUtYwD"
    "jaNu5cdoPnYhEWbdkwYitU95fdkWhFV68oMHG5iyP2V/QEGed/gObEhDOE/+FZgbNgSjE+"
    "/e8H+9a9TzHXwR5+rUW87Mpup9jra+9gpgFDx/+gR+CuIdhN85MD6ETAQCvwhtzTXbhxyE"
    "AHQg28ffsOD9mNJ+N+/jXpx6nkASXHAeT5EIq6D/xVelwIgCDOg+z4AN4UwqOSB5u2Jyf6"
    "ehXJbDvLzmw742pql5EZe5yTumE7c+Vt6XxxgNOMkyCTtrH0quXaE0ICuWb3r1ly8nL1OQ"
    "4JZBBDzGkngxjaJ4fIIAZx3dlFghgiKhFnU4gkoXS+7GkMEQsFP9IkGI8rbye8+xtEJJdY"
    "o5pEJIw0ubaJ0I5TyDZBDUkFbROzNQTIhIDSAHetugCvHdt18H/rMcvAm6vhT87PXUDazg"
    "PVASq4/73/y9nFB7BWnXXaKFHqzDIroQGbUzfH6iA7VlRZT4d8Qgr5GLgMOzGqcoA+rX2t"
    "YpjhN0vHK/4ACTZOKdsVNif+Mi2x0i6iW+cgTSVJKzndZE5LjTR7KxVXI5UB1uXKfE3X9U"
    "8qklSi6cvYqpPm9hczuQThGLUYXJqwxisxtxxnQvE6nLIsJ2Hv0xyDCR1T0EzSB97wIMIi"
    "cDiCN1cG2mo2Mn9yekDVNrqpk7lcZDv4T40M3nRJDIb9CtTlEm1NF2zUV2AZKqZ21xh4By"
    "CTjmNEdtT4XGliacCp0M0xsWR1Bs7pyRRSCKf9n10U6ciER2UHd1ykejL9G5mQu7dYjEhA"
    "c1YlSNPmgBpfh7EojYA4n58VKWRyll3I5CwJMn7co75KQ5wdmbCjaEZoAnmsMKEJfr8wB2"
    "KhlRVkvrfTWIRShLicuovNuIaj5O87Bfo/J+aosfAMFqQdaC7tV8v9Bb+CxvlZdEaD2f1g"
    "fDX9ejcjJWeueyA549yMjrmf9W9otZroMAzLitat6V/dDrDgudxAUpFmNLrsX/1BX9sgsn"
    "1Sjj1NsCZh1otuaEuV1dgvt4FMklS2j+FoH0PA4z974lTy/Knq/CE4H34GJajlOcR/DgWb"
    "pLKErM6M2SxIEUr0D276GmL5BBlW1r2fQZJccoKfE9I9ly0Zieuek1WvROM6wxcvq15J3+"
    "Gpca3Bd7iDXbWYPUo5EuH7ltXCLatQqQAiruqP+hL/rCNButrNJCpYNtoeDdOUzCESQAdW"
    "VNioupGNZPGCCrd4np1LWYzdkLeWwkCjWWUpVzu93s1ztEM8QnYlENw53cJK7iZ84bWhjw"
    "dfMKzwZW727+5GX6l5HC9845XaxKeD/vXXHiBS/OvcHEynk2kPQNtG9iH28PITlT2UlQ10"
    "HHXF1eIgTSmbHXDbO8hC0Q/SfOOUMui8OYpu2r7hyW+Kz7I0pzOT0NOEB+WiH/SNva2IsW"
    "X3wZaNxWVj8dqgbqc1Ttpgf0SuF7HByhbNovYbaEJ6QLlmbNk0tJAJu0DT0MMyX9gVszlz"
    "Xg6tl92E5Xx8tezy8lwG5vNn1dZ9uNIWuMjtbq4hznxWnv2RhfNeAgKSgaKaINKG7W9Adx"
    "1839hCoDvAi4wAL7q7jqeqPMHXLvBihgCygYlcVp5LZc9hmA7/THaTI1Ec/5IGxSYZFJlx"
    "OdnJAcfE4TROBo3bAc8+FTEEnn3KtgSSe8woKPpRcRkCE3RC4F1/CBrZoxiOqbyI5B2RjE"
    "XmiEWObPScsnqaUlaoyxfaczu7covug/hs7QR4rxiZXmVNKlIX5QFb8oyyKFfyDAZW4An+"
    "M9qYir6ilOUaJcvJ4nAVVi3TdMcy1FfuvOUknQAe3RoEZwoPE+UCyYOvdXdaIBujtl0G0U"
    "08oQ4kRfDhajacjEm/+mCWuRmmBYapgNeDz4PR5O52MJ71gAafoYEsstPPzbvp4POQhExY"
    "NnzW/XCLk4dBRH9oipPZqk+CTIDPpfaED2Qgroz/kECE9Jqql/VKd5WFjTceriKhcSrxcD"
    "67uChUveIip3rFRapLiRO+dgrqXCU+TigVeQ5FXkYqZK/4dvqsZaTCj8j1IpEKsvW87OXd"
    "JCNdkV7eTcoSa5hEVijviRiPFqpzbOrTtT+NoCjF3PeHo5QIGRDks0042exn/ej2xPfeLA"
    "KtpirdBTe6excUx2K4C6K3u3nuAqKUBlW2KvEXuFDdSGdBM50F7bKw8n/CnRssPj9c9gBe"
    "5evtYm7iv0d972/8KnMT68iXD1d/DGY9sNDdxXb5BF06atCng6DaDDuq9OpU6NXZ2ozM5W"
    "xs/eHi2e8u3hUpi4pHZWJL77EroQVd1Tijn0I6IVZy7WmQXjVyntUdIRHA7VKDgVoaS7PR"
    "b6fZTBpLf0SuFzGWytJa5WomEU0Ea4mcmEZIpAE63wAd6OBHWp9n/jTthHSv6TmyoNh2Z/"
    "ZWUAKwsvhb0eJv0tR4AlOjjbZWh2VkpDe6ueZFMkRWpBLcjnha81SDWiVVEHKcF0GZE3Es"
    "XASlVOWlUidVecn1AlzPUuVTGlIRiTMISNnAzQLazlo/Nq7Ej+G5pfNJETSNuI90GuVb1X"
    "ydIfJvuXpVsySKHLWK/iwlIYUHP9ImKw/vRmGQeih6PyKbsoAk7pNtCxP4mljIHf+WR+Pf"
    "dNf4r9U6vK5EGMNUkPF1JQX193zdghaNYekWQTWZHN2CDClaXMMEo39eAQyqiyGFNqla8f"
    "kWXHl/22CjapD0aFUBKTYCMGL4L1oggxTEwNsO2tpY7QRvVBBET3XxYF8dZXWTreGBzHiL"
    "oJzM8wZzEWO/u7LGO6iMwmie9mQ9Q4VdBCinQWeERgjXaNV6FP0cUgBn1rIMhtdXF7RKbE"
    "uuZBluJBwLNkoj4oIt0rj3Q3bf3g+ptr1P+HexAd4fmxXQ1tky89uSc9ft4POxBzDd3PzH"
    "4PahB/6Cm23yHC2CfZHU4+zE41TacXD2KtnRcewlniIUcJ2X3zk5RI21PxcAm7lPiwB1JT"
    "n1J073aaYue6TvuiF1j4TEVrd4NgVvtHiRmeWLwy3sIUKzFByMI8GNU9S4m04+D++HkzEt"
    "pxGdaW5OH8beZXtrelfuZ5O7u8E1qbuBLAtqpO7G/Ww68ZqQ4KldG3ltSGTjkYZ7jWqvuy"
    "FdSII5E6QL6UfkepFo0OYUpW+tqJcTs8i2iHKH1h1aGL0ZkB5cGn1KBJbh1Uwmy8tk+TpQ"
    "CirDH4lS9HsWECUDHr+QhtYIiruOZHxv/fG9w43K7jfr3ejm+eCfoU0UaUUnQ2Wcr+Ceap"
    "mGXm0AqquueOD1hwuIbiW+D2T71VAKxgCE42UQAKtIJDIfdcZy/fv9ZJxh4QopknYOfemC"
    "/wOGXqh/2GEGxt3uu9jqhovl1V/JY0+xAROE8g2PSRtjYqcmE0jDo+gmKGl4/BG5XsTwaM"
    "MV3ipt3iT0BJk0QCZDBANdhgvVOJUENd+q66NVgmH3826mdgK717YbX1n7U9KD77sEcKeR"
    "qQRFN7EbHl5ptn7TZ1sgr9ZqFeDFMlxFsMy2XWnQMtCrF3wV5WGhbBJq8CLpGqQv6m6mnx"
    "zgf7ZAdfA93YncJBEmDtDdHs3xQC9mJD3kjQpoPkswJXHsdDsJ+Gt78Nyk+SmqSy896ja+"
    "jxGy3Z+BamreLPhxto6BCQjpi+HX8NS8rAQVadBrkkFPKvGNUuL9oode/1HGebK3XGKEUg"
    "Zv8TeLdTEybANssZjIw43d9fihOkViHX/rD0fkwqOqG+Tv6eB28plcsOEGb/pa8lA6TZyj"
    "tHdlQ99Oy4e0d/2IXC9i74oK6lxiYYpQmmeSneyI6M+JapRG5qsk8lWIEsSJZ5RGLtB8++"
    "Huiy7BynUdm6yd8O61c6X2wP2GRH3DTB3hxjeMHxIU2uiHux/VVVDR5EhUw8oordxf94Ia"
    "PV24C4XWYXC8h67r/dBMu2MwpJtnfgxsjlhpp6NPGD1Hqv+kFmZ23JE/XFZvTGipQZpltr"
    "3tWTW2jJ0129wWEtRvbTuNaFCJXU2qjdlfgFhqY0p0PNFZ4Qfps86IXfx+ztlgKbtcgQL+"
    "KOKccfUlwOBg/KhLxiss9pMDLIQw39f4vcHilRYZ8/w9W9PVDaC7gLqKaE4z1BiFzMqdO7"
    "dmmf8IWaCsWV6igC0cIkKERMDw5PLrMUhztmgnVBFztrS+lWt9kxnZMiP71PaLrIxsaRM6"
    "HNNMm1CBQL0qxfwRWunmb6pubG2mrB+7nyvwG2Sk8ugNLSz1ey56QIm7RAL3uzcCZHdpSW"
    "EsqOM3wtJ6eGetOnSku1ZderMHFshdA9WGgBR8dl0yo2roTxA4iKENVP7MuUnHkZCy4CbQ"
    "EHTwjPgqNAzwstaX62B2B8BvuuNWEW92qa8yk8OKlof1l3NzLWBeWth/nJ2dn388e3v+4d"
    "PF+48fLz69DfPD0rfyEsUuhzckVywmUQXJY9kahrNdkAKDPBpGhKQqDeN0lsjzt28LaBh4"
    "VHahTXIv0Q2WW7eoU6eoFWyxVIqGGL1u8clwjTYYZdZZGLmbexLiEYai0YGFz0Fv+E8OIM"
    "Qg8Kf8DdhwSZJ4NXxiQNO7qTtBODN0wdaiJ5bugjcONDVMBF6Q/YSH2GhDTiATIJNV3L+O"
    "J8rg6QaoQ3mHlm4u0cZ38yUEB4QMqJoZcEfIEqAvMF1VqlF4pV58LyeTUWzrvBwmI3Efbi"
    "8H0zfvKAvwIN2NCQ2RjYTsDOQ7UZ6xrKiF+TQc2GdNUSMfgk+htWxYqu5yraiGwePHjBE1"
    "I3OAPE+YzAHS/OdVoYVtmUUu8gqpJylrzBxYGmir2cj8xdm4VlW8qL6CPUGQNLjgxz2gEi"
    "BbI1kfp0hHDDwqpz5OqieGv1aRzUA6U1OPE9VXy+Xi08eqkC65lIuHEGkLxlvgKU0p4EKu"
    "oNCTn67lL03VcbASwJDZ9+Z7pSdocPZRY/O+PBTV5RJaruJA41Fx9JUJWRbBPOEybxop6H"
    "NImAvVxLAoLl79PN9EgkyAnajuD8FHcO1uGML9XuADMgk8N/Dak74hWwZcuohLek8Rihht"
    "U3pvNf/0pOAxY5/3HrxRUiEgP8mKt7YLQ1/ysoBBKlkge5VIB5FMof4huZ4VCx/bbqm/ij"
    "d9OkpUr3+oHbFx2X7WuNdigb4dWx7s1pumhV9VVpAXozpYcr2mIZuYcIbwPwXj4nYO5zYu"
    "0f25vdEPtEBg3NHufdJYgbqime59/253r3vfoQMLuvdna0gzS6gzPVaqLMig7OL7Ye0ysF"
    "wjB5oRB/yLGvfAp/351TxCOvAbsGd3QU7UWfuaYJrwhRPjznjwBcMKX+Zm/+5u5PWwxN+n"
    "4XWwnA76119JbSdVe5X9LKVhKhkziBeKfpC2EKcsQVtokZOi2cpBWid0VeeJqRtkOlUjFA"
    "d5VBvGzNKbY0jTimBKtjSt/IhcL2JakUmcMomzYXDKJM6Kkjh3bXVlFqc4lb0C22qGWcs3"
    "u+bbtEITb7kVvP6M5sOQ6en7yfoojbIjybaYFVZGQS80qItgxIR4v6EuPkOTQe883A+mPU"
    "DiaefmzXTycNcDKxttrbmJb3weXg16wNn1Nj69dc6DlrXLZK/+KE2TmdGYL8APOQqifJW1"
    "6qy5DKEZ9EKAX7dBNAHmEXw4mAXNFP/q44CL76+g8tcW4fN4s+CwWrJI60sIeVvV/lOy8R"
    "ILr/oz47TNDX7fEclcyuKR7qqhB1Uei2ZSRkhkHmX+5iLbKEsTrjTc/5BcL2K4j1hWOO3N"
    "aUppds43OyesWEcaSuO1ZNqJ715zaXqRNan0HXUAMAymgWMg21pKbOuFK/vc2ejbBn0Dnw"
    "egfzcE0NQshCEDb0i4HkmeB7Ti3NLYOi60fyZxTMs1Kb+jk/pyJiVy0RM0WUV8yp2cab11"
    "obqRZltptm3cLlS10Sr6WimMc3K74mQyYu+AiD1d2dqM/N2cYu07EgHXdiUFHOi2z2n4jt"
    "IIiPO7s09F3Atnn7L9C+Qe09zqQed1Nz7A5JokFwL9ujeWZ2jrj6+Ka7AymfJMg3FCaR4s"
    "bh58xK8AbcvWWe0OszeaBJkIToYathr/nbmMsVGaZlhjyWOFsca2MEEHK4jLJ7+6J4/n/+"
    "r3wdUfNDcnmGFuTsaj4XjQA8g0dBPK7Bwp6yfgt56hQhIpmUpW9vmQIBPvfChfnX1Ul3wn"
    "Q0ggj4XSjwVDdVyFbpMH+WwY5DI9rTl+mrR7Tjpls/e9drrnpFP2R+R6EacscZhwemMjJN"
    "INm++GDdxRR/pfZ/407YR0r+c1sqB4Xa6xzPkjS/70LUsgkOO2FtVVF+zINx6Erv1phIUJ"
    "WgZ63UCTpXtwARVOJCpUNLnsSJSK5t+1EqBdP/HDAYr0LhcRIlrUwtDNpyNhIjEwMzyXqD"
    "jZaOseu5SmZA5RAfJztI6E6H6X6SUKSFwRaTs8ocYyLgdYBjUB9yM68OdppSmHjSZnyB7d"
    "ljLC9oItKz90TyG7ZMH4vS+0USslALZqBu1hSQk92gTP8YrtOb2wtN5PDlC3mu6CJwgth1"
    "zeAPXRhYTOK8ynYyJkwnQ8X9UPY8b3BeUUyGOPi++TzWbJvTqazcoCI6XWa6m/eFjTcCwj"
    "AU+WbKmoZEtotEmu2TLsYGIJ+UlII99pk1IP7mxEO38zxJjgVq4UY3mDKqnWIuP9T30wyX"
    "j/08T7645F2p/xgpykEyAKqJZYRZldcZKIK4wlX4OukEC8KKvywwn9F1YO0NAYpLKwZiJY"
    "Ez/CgH7zBWXD1CpyA/nZE8jWlhwR/RQl5vaxP545oK1x2/ajRKHGuX93Pg+m98PJeHDdA+"
    "Ecc9O/Ohrc34fXDeg4SVveaXYfGWaWDX07A45kmNmPyPUiYWbZhQuzRYycwoU/vGwhw/Zk"
    "2N7JzZX7wvZSG0AJmD44sIWKXFFIo1sed8nu+mMhW4LyiUMhW4mSjIQsChU0n3UbmSVgNd"
    "jNJCpYOv6JR8ey+V6nIZ1LVKQ2cLPwe3YejdQtnUtUpOqO/mvjfu4bf47E6PMuiVmUhXRg"
    "hKSOZ1L0DTMJnz9OMtjQloWwbcv6OyzMgIKQHWoQYLQ33EAhLCpc99An+skBhAy8uRvfdM"
    "Hf7wY3JJbxC1zcdYHqgg2pUfgO3OqXP/8NqIA+EqiWarvAQcBd4yEk0dwh3YyDqAfgPOkW"
    "DYFcvOKTj1UXsd6HyzbJDTA+dEF23AR+iItFQCXbd5Hl+ozTCRhHcX5WwAlxfpbphCC3vq"
    "fUQcYWrpuq/Zrh+fQpkn64V1+ubRnAeX44vz5EaF/GOF4Ox/3pV7ZL/5JRT+Ly62zQT2Au"
    "XQDZy11cF0B4LnMdInGqeg+TdpiteYJCU9xIsyKQWgvaYyMRoG1kwF6LbHz9FQjLLSPU1r"
    "ds5EjBoemjgBy8M7kUkIRNQMdThQX/p4uwqOnPhGVIAEmV9L9RiZIW+SQZO84avZgA4WXS"
    "BaTjD9QAaXkFtS7prKbROwyxt8onSRm3ATtVnoxLucsj3IYEAkq1ZxdFwoPxqJyKyakAYR"
    "sZB0c+BbRNxroz+TImzRupy2xu9q9vh+MeULWNbs7N2wGJD+sBz4g6Nz8PB1/I3886fIEN"
    "qeXoFUlmNxfcV9S63JaCp81RrDhQXkaZZUPfTmWjSJQZ/GbpeLYDuB6nFJDrLeEyQ6VMs9"
    "mTbTVl8cqpVqYIZYDZ90Zr660FNSfMLFMH546KOkILbwawpejh7J2hBHjFDjpL7YXckWc1"
    "ZB/7IQzZJpFdjMN+k0gktqLchGRpZGiSkUGqwA1XgaVulg29uLrZykZbi1OwjNJIUV2K6p"
    "WDunW485UiJHKJSsXnRIrP1pF5NntBjXyq+xGlZ08JkN4E84iJafSIblL5qilc6fjNXzsM"
    "3TG8181TG21vlF7Qic6lMcoSVqc+p7o5GqQsYSVbVotXVElf8vWvC8aLV1Kp/EXdroIzB9"
    "icPp/1wPPZ3Pz94bIH1tvF3LwZzugfK90N/h71vb/xy+G/J5Ob0QD/jdDKgHPzYUybb5Ja"
    "NfiA8PrC4VHTycMdHhQISae3TnF2dRe3o/vFuyJh93hUJrj0XlrB5oLXHy/Afp+M/rooFP"
    "11kRP9dZHXx53ncE3SibDl1368krRAWmBTsWz4qH/jOmtZxHLNF1nzS1VZbE2N5fPJXvAx"
    "Irna+Vc7RtZmZFBld+oNCWSn3nxmHNCpVzrUsjcgcR1qMp9ONK4XyacLvlju2McUofRWye"
    "J69Tn/ZHG9It4UruJ6uy+6BGDF9vylNr8jyuxRXe3YFp9BDRlB1jFfQR1uVx7tqtphevKM"
    "oFVqniNv15W1SFUYoiRoXmmVF2iS+irPsEdb2y3RZqO7XfAELReoDlCBPzd4RIYGbaCbNH"
    "WVtrVj1Xwpc2oZiNqAE6+b40b0WKo4a4ainFfPJUoloF25gmQ/D7INdBxmaa4cO1CKUgCj"
    "W922IKyurPnatewoBIC7Bhsn7ZataPrK75xeFOcknXBoVxGeQCrXHmRWSZBKu0pT7CpFrG"
    "lUMuNU/6M00pqSdEXSwqqciMappE0l36bi7IrXHqn9Fy+D21Bg91oA4itrv3GFftslIHsZ"
    "zNPKTWAvrNEtsFEJpFO0ZdfS8m50cw0GZEhhcwGZH2A9VQUa2mCowAor9VhZJ5WtXpD9ZC"
    "BVA29U4K9AfENTX/8GSLcG8LKGVK1/BYZqaj936SCokUpYxChA2uz95ACorViltOp88n5j"
    "w59YOHDQ1sbfWBDRFl7A6+Nf0hhxUmPE418aV/RnMF64WkNnF+eFFLTzHAXtPKWgoWVo8S"
    "2snEVoRDTzFIH5QzbKH1Igp/aXokinCAWEu/waydHd+xCwmTu1CFBX0mtaxvBkoy+u1cGT"
    "23ibMEeJpI6c+JAO6GpdTjdrceDMMTl4a68Evfg6nKidsO7VjGNfaUw1nuJdYzq8mnVS67"
    "YEXMf+NIKiGvlUMzA9kblha47Q8qnDMjj4t7q5JoetqWCF4Kmg1WFiQvCEdfc1fjmisiP8"
    "t6s6Tz0aI+AxlQ7QHXqFTN2lDWNeECm3vYSOAx2wVE0TuWCB3DUmf4JY9U/bGSp+VslhDE"
    "Mzw9XL3N/1dM89f9U1V5tdkVf45ezd+4/vP51/eP8JD6GvGV75mLPzD8ezPYYCzEkecd8f"
    "LqCZoAI/LvlsmLJJ5qqNUOxfuoft8+1bvJHQg+VfW90+SG1KkEq9qel6U0oqPc1JH7jKGC"
    "d9xIuWfdJH+1aWXVQExlvJytoizbPDy9oi4RH7/m2BE/b928wDltz6wcowfBlc9sALXMzN"
    "L5PpH6SwJ/HzkUKfV9PJuAeWtudPOH0ZBYyyu2VEyRdjxo66xpA16ssmmHEy5fJhOLoejm"
    "96IJhhbl4P7kaTr/SiFxZGr04fxmN6Dat7Jr1yP5vc3ZGaGI6LLItUxPitPxyRC4+qbpC/"
    "rwcjfNx6E2FtN3i/hjD4kKDbNKUAcYl1B93udYUV+MhO5RTrrHSX9yO7Gc5obZm5Obzt3w"
    "x6gKbh4M9jcoX3wd+GpNQM5hLeCx91L63/9J+IDbFwoLvI5tKo41RNPo4O9Z+9PSsStkuG"
    "ZYNNb8bhXth4mXO1VdpR1Lj4A7t3S20YNkKuomHNecm9sFOUAuz7NSBOpQpoH7XXJ+eoEX"
    "miyPPu9v2H2aQHCOXcvJtOrrz9nRiTm7O7e6GPJININRmqc7b8kyIU4DOoXfxxVds9BPwU"
    "oQSfH3yvXNizausED4aWt7fUWIxWFmDi54GFbIbJO9OPEAw/yInQMKjLdiKs8ZJ01wqtSa"
    "lYqsslQjKJa9xT/l+LBZsYdsTJgrY8azqLvCpHWRr9D29bssQdDJK2zeqLlLFTR2gEOCRr"
    "iOGk6bZpiLOL4oUEzSiKR54nTFE8VdPwC/BwY0ch2VE6O5bIZgmKmZt7OL6+3fxdSzbzDd"
    "wg+1XZLDjgjNHUB+nFu7OWgKrpzpOy4oE0QlEfoJ9aAuca8VWqCMaLoApWXaLCV6Ff4GKN"
    "0JPiwKUNGWDv1cHTEwjhbDiBKcqL7i0sWAcE4i32CpqFbm0bmq7iV0PjLXrKpJa1Ok4dlt"
    "owGMs+/WQyXzbUYgWlyoLcInM9wEgW5D7FsRSJZuaENk0psY1ju9JdxbLRs65xNzxmkEp0"
    "E+iSIr28sEZoJJ4yp7tCOE/cOl6YJZqTJ3+KXufNxPWYVue7InIZckEJ+A7is4mJcVogKo"
    "Bz9KAvAegb3b2LzCYm0AzhqADSsvZDObUfUjJYGcs2mEfQBRsROwusVNlz5iQ9Z2jI8JE9"
    "Z4pWom3L9pBItdn1eDkcokg7GVFAqjQV3kW2Sk3n6VR4/1Y3NxXeG1RJKnzQb0zmwMsc+E"
    "Z9qdU3sNi9Vgrj7JiABJkAAZ91xwHoS776v8F48aIAyl/UW9vggdYfLuB+cfGuSJ1fPCoT"
    "XHqPGVCkLkmpNoVZAGxvMFGcWIQ1faKsKi8a60AuxIklF/i5IEM3sneidjrxZejGj8h1Gb"
    "ohe6m3Gs4c56LspV7E/ip7qTfVrl2lTXKmOswq3PR6N88aSWKaKzBFJkyPe9pkdb3yaJCz"
    "X5asen1k1euAF0UtDMH4qkwMpyt8XUG+El3QTHCLVYKsF+kOHrmFAcsLlyz6x8PggdRt9K"
    "iZtR4frq4G9/c94GypsSRd6zFdDZJIuZOHGX5Nr74BKfTZv/+djFnaqrP23/PkaToWxBsY"
    "Kx4nuyLJjqK+9Mm21GvIrKqZvSOdppzmPw75Vppk+4S2jexDqpimCKW1jd/a5oG4ZIY/ZS"
    "/1OJUIuNfQy4+8bwrj7GIYO4qjimE0DOe6q15Yhvq6QIgrPThKI6AHq5JKUniXtlVSVI6r"
    "4EucqhlFX8hjhSn6gugbcvEkQiIZUjpDYm7CQ+o2RihFOHfrlndO3MK4YegL3MG40UhXUv"
    "yOv37jSUo2Nt5G2dZQhFotlu30SReJRKD1qQ9iepyyBKY3bA9rCZMZgQdpLj/qpk6Mtwew"
    "OUEq+dxkPsu4ItH2cBlX1KBAGBm1cZJsRJqIm1HsmifdjuQrB3EZLdu9TpJvRwO2WLEtfi"
    "BXTmwLHlF9bItMq5NpdQ2xcLwt0lsWj8ppMJfqLusY2xUPvsH4cvA9bfhVxSFCFrQdZKqM"
    "JK9LhAyompkxJCFZAuUFpqtqGYdX6t0aLieTUUwCvhwmTc4Pt5cDvK4p8niQ7p3ubTctSb"
    "2kHNuS1EZF43qWNprSmYqI9dHaRUdK9ny1npq2GApVHCFKUAn6j6jw+FXdjkSoePG7VoJk"
    "w5VO5jm+bg2d51VUnKKFYg5HKVKTRkSQNnCzOHrjJqaEWzqRSDBVbZTxEcswzezwzDfQKB"
    "EOVlUOCW5U3ZD1kJpluPGYkgI6JwA6IBDQdHN2UcS6gEflxIem7As2yup9uT8DKaCtMati"
    "67siePKPJl/Gg2kPoBf8PnOzf307HPeAqm10c24+3JNb4awnzxYiSV1bxklVPCVse3gI4m"
    "Es2YSbOA9TbgfEINMDHvXcHI4/D2ckeUs3n3W3Kclb/sscYBeIU8pYhOaYAdLWH2nzy/7A"
    "2mn9KWLzk5U4Si1sQs5QTjgjJDKcQ9Y12QdpuXVNAplPxsbkIBr5QtmInqaUCQWdYVMImJ"
    "FtTSA/SIZ7CG41IEzmDfmI0siwhL1hCac2zDQI3ErMMprukGxnhXcZJ+kEqFZdQ4aWpTrO"
    "C8Kn0lp11jxwpwiFNDtWkJYuzY6NMjtiQUh/ZjAkN8ZsR1RjhFmwz8sAM2lsapGxSQaYic"
    "b1UgPMVEvH+uQTZFUE4QlS6Fv6jEzTwmVQKJIDK/ZHI2SJY66JYVNnJ7Q24kPMBYvjO6Fd"
    "+9MIilIgZGjQMtAraYt6LF7hRIIiFhzQErHCX2L4A0s59HZ4FT372gjayWLQ2wgWUbo1pe"
    "5I6zYi5dDG1zRYpRychnQuQdEKOrL78ahr/Vhx1AetcGBxG0E7QSx/G2FyoP2sL48O5fdm"
    "ERWjmtMd2ohR2K3jiFyHYqUnWolOJJ3g+O2bKymkjXAF6uAzhotdsJYHrs/eLIJiFSiCEq"
    "tKco0iqpCNtqwv91Y1X2eI/FsweOuGTNS68IOc4C36u5REVFT4K22y6PACZeXFIZsygfRH"
    "DRH2I79CDvk3I0Fh7hoPXK1DkmiiFjNgDF9Xkt2VvufGegXfASPcK/KJZEd8Rb/GsnPHrJ"
    "1qSF9NZo81Kg5Mlv2pMAKMosMEd38ER0DbZKA7w/HVdHA7GM/6I5KVhCUhYmJUjbk5nYxG"
    "XgMrZBiEBwcwpPwYjuVaNVfQQIxKTNnF62NEAgSL5TmPqyhbrzvhb0hLe3nBM3FCWaKJI4"
    "LGUm1qtOQ6Q2NEMttExiSJHZ0iY5J+RK5nxSTJEsx17KKBc4jzYIpRybTSZFqpv9VwL9cU"
    "oVyuuSmmEVvGkSmR4pUm6ybSIuPf7P5cU1mNvfRq7Ow9QsK7L6E3uSseUez+NAFvbdkz4m"
    "aCzfFe6+FGsBJ9VWaI96GtL9cdhtPAv9PN8xmouzGNSRPPbBbHlG4YfeL87aCxbq1ymsRl"
    "ewOed96iog6BCEmTTdUH+gQqSexUvfyKogj7wwVEt5JGC/iJrn9MxhHObhscIam/bfBplK"
    "DSGgRz5HKVf5h9///7G9u2"
)
