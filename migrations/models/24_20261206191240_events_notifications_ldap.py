from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "events" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "type" VARCHAR(64) NOT NULL,
    "resource_kind" VARCHAR(32) NOT NULL,
    "resource_id" VARCHAR(64) NOT NULL,
    "resource_name" VARCHAR(255) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "data" JSON NOT NULL,
    "fanned_out" INT NOT NULL,
    "team_id" CHAR(36) NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_events_type_785410" ON "events" ("type");
CREATE INDEX IF NOT EXISTS "idx_events_at_92f8f6" ON "events" ("at");
CREATE INDEX IF NOT EXISTS "idx_events_fanned__d21978" ON "events" ("fanned_out");
        CREATE TABLE IF NOT EXISTS "notifications" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "type" VARCHAR(16) NOT NULL /* DISCORD: discord\nSLACK: slack\nTEAMS: teams\nMATTERMOST: mattermost\nROCKET: rocket\nWEBHOOK: webhook\nEMAIL: email */,
    "sealed_target" TEXT NOT NULL,
    "target_hint" VARCHAR(255) NOT NULL,
    "sealed_signing_secret" TEXT,
    "enabled_events" JSON NOT NULL,
    "active" INT NOT NULL,
    "creator_name" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "creator_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" CHAR(36) NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_notificatio_team_id_f9d04b" UNIQUE ("team_id", "name")
);
        CREATE TABLE IF NOT EXISTS "notification_deliveries" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "test" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nDELIVERED: delivered\nFAILED: failed */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_status" INT,
    "last_error" TEXT,
    "delivered_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "event_id" CHAR(36) REFERENCES "events" ("id") ON DELETE CASCADE,
    "notification_id" CHAR(36) NOT NULL REFERENCES "notifications" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_notificatio_notific_aa3fbc" UNIQUE ("notification_id", "event_id")
);
CREATE INDEX IF NOT EXISTS "idx_notificatio_status_9ca8f4" ON "notification_deliveries" ("status");
CREATE INDEX IF NOT EXISTS "idx_notificatio_next_at_e91cc7" ON "notification_deliveries" ("next_attempt_at");
        ALTER TABLE "groups" ADD "ldap_dn" VARCHAR(512);
        ALTER TABLE "users" ADD "invite_token_hash" VARCHAR(64);
        ALTER TABLE "users" ADD "invite_created_at" TIMESTAMP;
        ALTER TABLE "users" ADD "ldap_dn" VARCHAR(512);
        ALTER TABLE "users" ADD "external" INT NOT NULL DEFAULT 0;
        CREATE UNIQUE INDEX "uid_users_invite__2140be" ON "users" ("invite_token_hash");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "events" (
    "id" UUID NOT NULL PRIMARY KEY,
    "type" VARCHAR(64) NOT NULL,
    "resource_kind" VARCHAR(32) NOT NULL,
    "resource_id" VARCHAR(64) NOT NULL,
    "resource_name" VARCHAR(255) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "data" JSONB NOT NULL,
    "fanned_out" BOOL NOT NULL,
    "team_id" UUID NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_events_type_785410" ON "events" ("type");
CREATE INDEX IF NOT EXISTS "idx_events_at_92f8f6" ON "events" ("at");
CREATE INDEX IF NOT EXISTS "idx_events_fanned__d21978" ON "events" ("fanned_out");
        CREATE TABLE IF NOT EXISTS "notifications" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "sealed_target" TEXT NOT NULL,
    "target_hint" VARCHAR(255) NOT NULL,
    "sealed_signing_secret" TEXT,
    "enabled_events" JSONB NOT NULL,
    "active" BOOL NOT NULL,
    "creator_name" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "creator_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" UUID NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_notificatio_team_id_f9d04b" UNIQUE ("team_id", "name")
);
COMMENT ON COLUMN "notifications"."type" IS 'DISCORD: discord\nSLACK: slack\nTEAMS: teams\nMATTERMOST: mattermost\nROCKET: rocket\nWEBHOOK: webhook\nEMAIL: email';
        CREATE TABLE IF NOT EXISTS "notification_deliveries" (
    "id" UUID NOT NULL PRIMARY KEY,
    "test" BOOL NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ,
    "last_status" INT,
    "last_error" TEXT,
    "delivered_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "event_id" UUID REFERENCES "events" ("id") ON DELETE CASCADE,
    "notification_id" UUID NOT NULL REFERENCES "notifications" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_notificatio_notific_aa3fbc" UNIQUE ("notification_id", "event_id")
);
CREATE INDEX IF NOT EXISTS "idx_notificatio_status_9ca8f4" ON "notification_deliveries" ("status");
CREATE INDEX IF NOT EXISTS "idx_notificatio_next_at_e91cc7" ON "notification_deliveries" ("next_attempt_at");
COMMENT ON COLUMN "notification_deliveries"."status" IS 'PENDING: pending\nDELIVERED: delivered\nFAILED: failed';
        ALTER TABLE "groups" ADD "ldap_dn" VARCHAR(512);
        ALTER TABLE "users" ADD "invite_created_at" TIMESTAMPTZ;
        ALTER TABLE "users" ADD "ldap_dn" VARCHAR(512);
        ALTER TABLE "users" ADD "invite_token_hash" VARCHAR(64) UNIQUE;
        ALTER TABLE "users" ADD "external" BOOL NOT NULL DEFAULT False;
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP INDEX IF EXISTS "uid_users_invite__2140be";
        ALTER TABLE "groups" DROP COLUMN "ldap_dn";
        ALTER TABLE "users" DROP COLUMN "invite_token_hash";
        ALTER TABLE "users" DROP COLUMN "invite_created_at";
        ALTER TABLE "users" DROP COLUMN "ldap_dn";
        ALTER TABLE "users" DROP COLUMN "external";
        DROP TABLE IF EXISTS "notification_deliveries";
        DROP TABLE IF EXISTS "notifications";
        DROP TABLE IF EXISTS "events";
""",
    "postgres": """
DROP INDEX IF EXISTS "uid_users_invite__2140be";
        ALTER TABLE "groups" DROP COLUMN "ldap_dn";
        ALTER TABLE "users" DROP COLUMN "invite_created_at";
        ALTER TABLE "users" DROP COLUMN "ldap_dn";
        ALTER TABLE "users" DROP COLUMN "invite_token_hash";
        ALTER TABLE "users" DROP COLUMN "external";
        DROP TABLE IF EXISTS "notification_deliveries";
        DROP TABLE IF EXISTS "notifications";
        DROP TABLE IF EXISTS "events";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztfWtz2zia7l9B6UsnVeo+jh0nWc2pUyXbarc2tuSR5WR6W1McSoQsjimCTVJ2vLv93w"
    "8AXsQLSBESSZEwPkxPROIF6QcggPd5b//TWSMNGs4v/cUa9hcLtDHdTg/8T8dU1xD/g3W7"
    "CzqqZW1vkguuOjdoexU3VFSvJb2jzh3XVhek16VqOBBf0qCzsHXL1ZFJRKYrCHwJ8ARfwS"
    "UyXVU3bbBChuYA1QXIhKB/eTsAmm7DhYvsV/BurWoQ3wBL3XZcsCEdP0HLBUtkA/gMcRND"
    "daENkK1B+/0v5FU0tMDvopuPtT51Y+p/bqDiokforqCNn/3HP/Fl3dTgD+gEP60nZalDQ4"
    "uBr2ukA3pdcV8teu3hYXj1K21J/qK5skDGZm1uW1uv7gqZYfPNRtd+ITLk3iM0oY3fT4sM"
    "hrkxDH/wgkveG+MLrr2B4atq2wsaXKobgwxp5/8uN+aCjCSgTyL/+fj//FeLNFOU0Xiq3A"
    "+mitJJzQDyConh8S8tkElmj07mEgbmL6/fLSD0aoc84PK3/uTd2af3FALkuI82vUnh6vxF"
    "BVVX9UQp6FuUw+FVNraRBvxypdpswFOCCezxq1eDegBYBRB31uoPxYDmo7vCP0/Pz3Mw/9"
    "afUNhxK4o7wt+5twqM/Fun3j2C/xZvB6oG1BT80aXBnsIfLhvsuFQ5SAcXtlBvl6gasM6B"
    "djr4x5T0vHacP40oou9u+/+gYK9f/Ts349F10DwyApc344sE8AsbEnAU1U0Df4XvuPoass"
    "GPSybA13zRX4J/tHAoOvgP1Mam8ep/bnlDM7wd3E/7t3ex8bnqTwfkzmlsbIKr7z4lPpCw"
    "E/B9OP0NkJ/gv8ajQXL5CttN/6tD3knduEgx0YuiapGVIbgaoPYX2VGWT5HVjlyYq4unF9"
    "XWlNQddIqy2qZvrU/XySuqqT7SMSPgktcMTg2WPkVP0GSeKIJ7+ccJS8c7J25W7CyRPd5y"
    "F274Lkz/n2PzDdoLsRPEd90PJycFdl3cKnPXpffiiz/9ipSV6qx4UI5LCXe++fSxANCfPm"
    "biTG7FYbZsuNR/8EC8lRBxKn8qMpOTu2NkIn9KAiwPMW/lEBMddfjDwsqWs8eoxyVLGHX/"
    "dZsy6C0Z5ACT3FE2VMdVNs5eX3dSVo50k0caD5St8B2sIyJlnq6bO6g7DtMpHS+ObhraX5"
    "EN9UfzK3ylAA/xe6jmgnWI9lW0B7+bdkK6vbr9lG31JVTwohMK/+34L4aud1Tr31/2rwad"
    "v46lNFsdpr5s7VKVLakkC64k4zFWHBd/x8y1M1vHSMqJqGmcfimiapx+ydY1yL2EsoEHwk"
    "CP+JvQdMaKmg14SnAvxBt2AKlad8ZLor6EDuPo95/34xEb6KhM8sinL1zwv8DQvbstm905"
    "4BI08o0DSTtAYqUhHSSNAyvEAj57hgft5cTePbENhNcD8k4c+EZlBFyuP50VAfksG+SzJM"
    "jLPzUugIP2wpGap+dFsMWtcoy2KXR1oi3gP5+8Gj5KYGTYWA/MzTqlXsTPfsye6pviHQua"
    "GkZT8V+E8wTYuRuMroaja2U4wkrwzU0PJPqbmf6dwVUP+NegNjMDuUu8lQ2vHyaDrSQezq"
    "X+uLHhttXDKNU//iuDJwStJlgRH0d7wgs8OeZFnnaDNfjIkwxkRp9yR9iAyCMsQo9s71/0"
    "L78+3G3vEw1nY8Wf359M489XbXfbInE/dXd8F72JcN+DyWQ86QFo24jOAe7pX2T5Ps1evk"
    "9Ty7e9OXDKxzqocabj55oEOM4ZPnkY4dl33QO+/Mwk43RH5jMZIgtq+4xL+aaAFVQNN8Oc"
    "tXtQttINPsJ0fhv0b6a//d4D3uu+zsyHUXhtY4ZXSR/4a7wb0w8LPwq55GO0EP20mjFe4e"
    "sqlo3m0EmP3NDM8P5hiSaGTTcrO+afVLVvP5I3+Pn0w8fPH7+cffr4BTehbxle+ZwzBsPR"
    "lPlBKIsVXDztRaIzO5BMepOZ9HCfLKoxhwIHqcvtGdFKtGV1sYCOQ487tr5g63bZQ8CWlu"
    "Ox/3is4Zr44a7nHHtKTKa+zaRKPbDk/WSBbK5dOmxfH5ofWgKlpjtPyiPP9IxI1Afnl5bA"
    "aSHbVeY6PdwyZmj20psSrJ80jhii5hvdcLFW/wt57DFsUZUsxg50Xd5xicrIIalgSGj0hA"
    "MXNnQZA7Mz7iIi2WB1ubGhF6q21k2F7ZeRY7aNSdVIHFU17as2tGC9CSO0WCF9wTq45JzI"
    "k4JyDSpfZ6IYE9+GuersMzwxUTlApQ8QRgdyBUCGAsItTZV4k7gq35koaN+MqU6eJ8xUd1"
    "WsXLF8qDLVsYjEXupYww5AZStknuVQWdpozTPFE2KSAtt/SsvAmOzJLm5gjPcB7TPqcUk5"
    "6k0ZdYbVx3/79Lc+f+UMokgJHuCD3Z71dqfHdYSnRWvcIyeqMSEZnJKAFJrPuo3MNTRdTl"
    "zTknK6xrF93ECHF9WojMQzjqeJNHZsRTacERH56aei4dG/4YJ3gsal5BTNjfXzwUrjyx3u"
    "d7ftqZW47gz4i8+rWMwffgUweri56WTtXCXgO4j3JibG6S27AM5kCS0B4JHfTTuX2p3QRj"
    "aaGKbECXsyvJx20ieDEkC9DvoRc75GD0MFZqp30i8B1quwI0Fna0wnKjBft5ppCegWjFxv"
    "6ZxNKfEZE/dI8esbTXcncIHseIQ443Y3N56dNFQMRJ3XmxPUfqE/ZtoIipoH/EFtbjyZZx"
    "z4j9PTs7PPpydnn76cf/z8+fzLSWglSN/KMxdcDK+JxaAbZcsCE0JOsDs3pVknlVnreLST"
    "ySzEXx8rEczutb/OES5H3SbI8OZRjMqI4NlVtYuRlxGRb8ZGZSSdkcATqmteOLcicgFoF9"
    "/WPkjVjOieHK/NrIgeEfI2VOQYZePDOQ/GWwnhXM8qybnv4aU84b+PH+ZQTLzzwdlpAazP"
    "TjOhJreYSPPl54oJVYSySFmWfbx4z7oJMfGmczX1OlzV3fCEAW4FZFQlK6rS0Kl1xOKZuj"
    "Eh8SZuOUtEykx6HAb0gmbJ6TDIT/9ON4/39HLsyFSegqfypFAxF4DdqWsC2arOviUcFToX"
    "43/0wBz9mJlX/Wn/on8/6IEggKezj+JRejqag1I6HSOdE7X77JHPaTSe3PZvMMzIXqvGzL"
    "ycDPpTmiUo6PHwrFvlD8+SvC2XUriVqDPHFnRcfVGPalg+yM/QdjjpjYiIgPxG+QqhBkl+"
    "O0fhSxETl5IRYDFzVhnhMvgW2tgLqGRvxOyRSQmKdxov/yMIQePjRRJiwjEjlbCpjqlazg"
    "rxclAJMfFmdfk0lKP/N2PpyPMQCSQECiGtxUukbbaC2ib1+YciazVulTmt6T0ZHV0p5UfV"
    "KmUNHUd9ZKwY2dl3UoIiLMt1J99pV2S0dCyTgdFy1DkCo5vC+mM1menx7N3o5nL+pEkxyr"
    "8zNiHQoGWgV5KfHaAlUIED7Wd9AXvgZaW6QHcB3o6hBpbIBu9UsEDrNb6Gf6hgbqvmYvW+"
    "G7Zcoo2pARX/b4VeyAWIJ6X2S5IDrPGx0nTRcNNFlkG4OHPOtA5XydL6JSZ4mXO/TkVYom"
    "JmMmojPFxeDu7ve8DZ0LTOM/PX/pAW/1iqOq38cdkfXQ68eiALAgmpB9IMjh0//fExKydh"
    "ATvUVrzJqlWHGjwGvrkDzsz+3bAHVEufmd8HF7+Nx1/xCgbnK4Se8AAPrgZ3N+Pf8QhDb7"
    "3D18Y3N6QUCr6GDINsF80YPm9V5dGFtxJNHrAmeb94u5jirFQenONSIihtVXNp+pqpGmdD"
    "HAoI5wH64aRQDSPSLHuxOEnXMfIn5R40RFpShCldNw+BFZcVq1ZHjit5KCEC3jWs1hnVUH"
    "YQbKIAXPeEljxx2a6hrWIqJWlVDlVJiyLuNepxSVmoqznMZHqUl7qpO6u9hjkhKse5yeMs"
    "c3NyjS9HKKZPN3PCGpeSKfry08n5aKUB5s7Bc7/tqZ3A7szDE59ZsSQ8l/37y/7VQKY4Ol"
    "qKo6jvoQHZBUcufMlfv06gV5A8G++J14s4kP9VuTF0sjFNar9jm0T9292dhlHFpi0L2kf7"
    "JsDaPklqYgBPELz7F/7rXfy32/6Vf73vEZujqz5BBzgutBzwskIOBP/C952x+S9AS5s4pB"
    "H5yqHTBS+6u8K/HUCzeaQNpDU+V1pIG7CJdnMspLyByQdFJO+BcYvtBN4HkgY3O5RiKyHD"
    "KPIpwH0K6dDURivV4TJDxqXkrC8w6x1XcSAGjZ89SMpK+qAN9IGkgN8SBSxJozKPZjn8ht"
    "TBj6KDU13nMAX8O7KflgZ6obrjPe5PHOQrVcUvoe3qS32h0nFLqeLR2908VXyxbSiTk0j9"
    "9W3or6fnZ4WcVM5ynFTOUpkt/tRMLg02FJAKbOkK7GKlGmS4984EE+ugyV61nd+m07seWL"
    "mu9fPJh5l5NbrvATyx6I9f+4GLM35Ug1ycn6DlKks+r7mojHDOoeXnZggnsLJCrJIxOV7O"
    "KUkRvOgqzxrwhsNnvvVvhlc98KwaupYMlGnGgqM7ziYrIibjkBlKCLfYVJNPFNq6avAgvJ"
    "UQDuFKMsCYyFXmEO+AjENNPocYl5RMcZOZYjJW6tJlLVa7BzkUlGPc5DFe4r8Qn7JYJeey"
    "YxpiQiKcyOqOa3Cgis8jyhNkkMTZsMelJO57425iiPcEPyoqR4B/BKitmDuIKi4lwBntKL"
    "CrrgvXlruvhT8uLrf1Jm/rNkb+ZS8jf1xSjnKTR1m6cmQOs8CuHDLxmGijzvjY/bdPFgbn"
    "dN6JCcnIpHzPHVl6vajjTnbp9TAs6Tgp8q6C+h8MP5SrSG2QbCeUoIJIBR4of3Sg+azbyF"
    "xDLxUBfcF/SscU6ZjSkO8/bjn4eFLAcPDxJNNuQG4lfPlfsyohHL8kUSkOEHfj++n1ZHD/"
    "95seCCben8bMvP2dXqIHCpoBbnhP07/pdJk5vk2yLVVa6rKZlV8KisTa2coeOKclRaAd6y"
    "i91TYXCBs962SM9/GDmIy/De+HYy9zaLQnZkLR6fjujrhFOC6yLJjyk5iZV4ObgVfAix7t"
    "gjdqyLDuk2AuLSnAqlU3i4yfxXs+iog0eefe13eriPPup2zf3U8p113c18bhcw+KiEiIC0"
    "DsW/Is1XFekM3QqnYaAaOiQkB+NDvsyyHDkBQX4WBU90jweuRKP9zMhSblh2shm4FtZurK"
    "oLnMW8nIW4lsVn6dTCzD9vUViP/QEijXcI3sV2U954AzJlMfpOcfTlsCqqY7T8ojD6QRif"
    "oA/dISOP0S9Qo0yV/LOBtcIGRA1WRDy5BOQDzH4lVhHNDi9R4OLsbjm9jh4GKY3P0fbi8G"
    "WN+mGxhupHsWmzT4z/+tbdaW4qPIiX1auEbowyutxV4W/Ky/4Cd6wRgp2bYJNu5xKfGOw+"
    "WTdx5ifDWDozLiYVy+yiET5suE+bVB3U5nK+li9xZHvYiLncyRxXXs5UisHnF84oQ2LSmx"
    "jWP7uIEOL6pRGYlnMrZZ460AEBGRTrZJEtxG/4YL3gkal5JTNNdx2QcrjS+35/LdtqdW4r"
    "rTczk+rzLyDWbsXCXgO4j3JibG6S27AM5kCS0B4JHfTTuX2p3QRjaaGKYTfPSdDC+nnfTJ"
    "oARQr4N+xJyv0cNQgZkqE7zWmOC10mARaOjP0H7tsIJFgnvdvGARE/kJS3XvDyMiejWhI9"
    "FHkf7hM9lDZPBIo4JHXOZ6m2svC0SklYzHStZw7+705C4tv93V4Gb4bTAhztr+gpP23+4U"
    "GqqqzT1+ugger52oSH1OEScVfQtlmyJo6pn9c3gwxGvJ7lBnbuX2ktFpG4RXVSVjpcv8hB"
    "JS0qSX/o6OloKoYbjWHj0S7Fd7LF5JWZmXpslLlzSaZy9m7TSfSqP5Wxz1IkZzSkTwGnWf"
    "pTk32/wY4ZR4zZApUWmOzDedJWm1g80P8e7aCXEBM0Rqou0uTu4xlodjPHgW23r2nGE3O3"
    "ZqJWgZ6JVaLpl8eXi3m5teKWwnS3wJToZbNlzqP9gkbZbTRyAhRFB1oqxOkWxKZ9nZlM5S"
    "2ZTwKsyVAiNoLxNf8MerN9zgwIAef0yWau+VS2Zw15/4iWT8PmbmcKTcTcYkt9V9D+imYt"
    "mIrAXOzLx/uLzEV399uOkBZ7NY4IvLjZHOKTO+uB/fDKaDHkBzB5FdbWZejb+Prid4VyPm"
    "DPRiPtqq1hT7Ra7nT3YpvYSYLKiX/zHuUxE+K8YlL0xOzDCXmiPlJK+XPSDtZHgkr/cWR1"
    "0Gw8gAA2HgPHKAgZigBis399efEpRfPzPVLiescSk5XZsXENNQYA+JiGHS+JkpjLmx/bbt"
    "SVBs41/tbmxlEMwhQTBMSGW0RunRGuxzgoR3B7ypkxF3MEzClspKzeXL/fp1Ao3QCp1RpS"
    "Y0xRW1qLZlwYjNUN2fdgeiFZ29osDEZS6O8K/oCTL2/wDNsQmnCP+HZwZOgy7F+PT/2tu2"
    "7n2KuQb28GstYmVXtivFTlt7Bw8aMHT8H7QE7gqCbTc/OYB2BAz0CN6Re7oL1w5p6ECogZ"
    "OTD7jJtj1p9/6XpB2nkgeU7AeQZ0Moaj7wZ+lhLgCCGA9yguVe+RLuBe0F9A04LZIH7jQ7"
    "D9xpKg9cnsGaDe+BRuqGrcxVG4eDUwUnjZMQk9xYetZyrQmhgJyzu+cs2XkZS0K2K0MoIJ"
    "0YYkY76cTQvnOIdGIQ15xdxIkhohJxllBOCkrjy44yyjFX8AMpwbhfeTvh3V1OOTnFmun3"
    "75E0udxEyOMU4iYokVSQm5iuIEAmBFQGuCvVBXju2K6D/63HmIF3l8OfnPdd8AQtF6gOUM"
    "H9b/2fT88/gZXqrNKkRKk9y6iEBixO3RzWQdZ3rjL7PPmEFPIxcBE7MalygD4uv1YxzPCH"
    "peMZv8cJNi4pkyg0x/8yfWKlCUc2zl6aSlJWjnSTR1pqpNlLqbgaqXSwLvfM13Rd/6hHkk"
    "o0felbddRMuMUol8AdoxbCpQlzvBK65TAKBa3x63RYzIl3p5tLmNA2BWmSPvCaBx4WgcER"
    "vLs00EazkfmT0wOqttZNnfTlItvBPzXSeN0lPhj2K1AXC7QxXbBWX4FlqFjaXWHgHYBM2o"
    "7h2VHjcyXF0oBdoZtDsWjhpC7KAGwlhNP+T8/Pivh2nJ9lO3eQe/EDzn8jEyq8TFZMSEA6"
    "qxKkLRs96xpkZArNS2OylREQ57PTIolMTrMTmZwmQcaPW+qPaYizPRO2Es1wTSCPFcY1wY"
    "GqgY+qDsSHVpaTeXaGmbSkCH45dSebcQ1HyV93dqecSfZRY+IZfJB2oLmwXy33Z/wKGudn"
    "0bkZTO8Ho8vJ73dTknLmqgeSPc7MaJv7af+aZquJNsOwPNK8Nf3L2wE+eC7WkGSkubm56F"
    "9+pa9tkLN98hx7HGdNMlgvuqEtsKaRHvD88hEJUVlGgqOMBAGPf++JS8n9p6r9h+C8/x6U"
    "kJb7EP8+FCySygLaDGIpewhSghL9PVLOefM4xPIJMljWnZ9BUlyOBP9ISPNc9slIXPOczH"
    "ol2qgzbPEy65W0HR4b1xpsh5GibJZ1YCB837JauGQVShVAjqteXvtDswVcbnsSFSwbbQ6G"
    "aUL6EAmgPTMqrFXdyEayeEKFW9zP1qQsxmrIm0thoNGospSpnV7v5hnaIW4hqxIIbpxuYS"
    "Z3E77wcuijwXcMK3yZmf27u5vfKT2OJ77xSjnxyaB/9XsPkFP868wcTCbjSQ+EpQ2PH6js"
    "oaysoeOoj1wlDtKSstgBN99BJoq+l+Ybl5RO581RdNP8hnd+U/whS490ZhB6WlCWak5Zlr"
    "Ki+99YaH9pgEoONhvqdrJxkoN9i6NehIN93ECHN3IjKiOZ16bWG2hCeEC5NDaddyUw2NdB"
    "P62coDsp7OjnWWrkCztjNmfMy775spswnQ/Pll1enMvAfP6m2roPV5qBi9zu5hJx5rPy7L"
    "csHPcSCJAIFNUEkTJsfwO66+D7xgYC3QGeZwR40d1VPFTlCb52geczBJANTOSy4lwqew6D"
    "OvwjWU2OeHH8UxKKTSIUmX452cEBh/jhNO4MGucBT78UIQJPv2QzgeQe0wuKflRcRGBCTg"
    "i863dBI2sUwzCV55G8FZK+yBy+yJGFnvOsnpaUGeryD+25lV3569HHe2snwLvL0qdmWZOS"
    "1EXHgH3yjA5R7skzaFiBJfiPaGEq+oryLNeos5xMDldh1jJNdyxDfeWOW07KCWDRreHgTO"
    "FholwgePC17koLZGHUNovAu4nH1YGECD5cTofjEalXH/QyM8OwwDAU8GrwbXAzvrsdjKY9"
    "oMFnaCCLrPQz824y+DYkLhOWDZ91393i6G4Q0T80NZLZqk9CTIDPpfaAD2Qgroj/UECE8J"
    "qqp/Wj7ipzGy88XElC41Li4Xx6fl4oe8V5TvaK81SVEid87RTUuUp8XFAq8hyKvPRUyJ7x"
    "7bRZS0+FtzjqRTwVZOl5Wcu7SSRdkVreTYoSa9iJrFDcEyGP5qpzaOjTld+NoCjFzPf7o5"
    "RwGRDks00Y2exn/eDyxPdeLwLNpkrNBVlVdgvU1uUoqMtlHJCWgCZZArLp0wz3/YopU5HK"
    "l+BRQBt7AZUn/PfxgJwSFNDuUn52zRA11spRAGzmEiIC1BXObF4bV0pQANa+Bn5zjwjFGl"
    "mWWtfsdpIshSp34j06PczZ+RmD9jIzY75hbI/MjEvVNCE+e2947QlxwcrsCakvrv3mBBeq"
    "a05+MSIiycV8cpFAVQKzOPW7aSekO2nFyITan1PEYvoztPWDiTOvn1dJdRSiOq519y7IA8"
    "4gPKK3u3m0B7G/BwnFK3GNDD5F6RfZJjakic5k/J9w5xofYh8uegDP8tVmPjPx75u+9xu/"
    "yszE+/fFw+XXwbQH5ro73yyeoEtbDfq0EaQnzuP71kgH1gq1+43NSNKWja3fXDxXpfMPRT"
    "gq3CoTW3qPnfQ9KCDPGegVygkxk2vP+OQVXuOZ3RERyVUV4aqkX1g2+uKSV9IvTLRRL+IX"
    "JrOIl6uZSDpM0mEtosPYS0EJwMo890Xz3Euvqt2eZy/Ifloa6OVAkL773QiEUqWErI02Vo"
    "dFxdIb3VwSljSRvmeCs63HJfEaVDu7ghj0vJDanBB04UJqayA8DE21FI0L54iIpE0L0aaS"
    "VcpGv538gmSV3uKoZ7FKKWW9iPIThIGt4XoObWelHxrN5UfO3dL+2rcOV3XOjxzhPaTTKN"
    "+q5usUkf+Wq+I369iWo+HTP0tJqDrBH2mTmYdXozA1RKjfLJFNh4CkyyTLFhbwSYFwdPxb"
    "nox/013hX4+r8LoSGRgmV4OvKymo/8pX4GiqZpYCF+RwzlHgSJOiKW1NcPOPS4BBdTGk0C"
    "a5Yr/dgkvvtw3WqgYB1nNUQFL8AowY/kXT0pI0tIFHuQPeqSCIWezixj4z8p6R27aGBzJd"
    "f4Ikzs9rPIoY++2VFV5BpUNQ81RU6xkq7NTb2Yf7qIwQVvqqlVX6OaQAzqwgEzSvrxpPld"
    "iWXD8mXEg4JmxURsQJe1Zkwp5lT9iz5ITNjufb7SZYf0hfx/ix4Fx1O3h/7AEsNzP/Prh9"
    "6IE/4XqT3EeLYF8k4V92ur9Usr8wfIw3bDUlKOA8lxGVtUFdSSbLIyfZaaYue6AbRUOyjQ"
    "uJrW7xLApea/HY7vKPwy2s3EsDZhyMI8GN86hxNxl/G94PxyOaxDba08ycPIy8y/bG9K7c"
    "T8d3d4Mrku0WWRbUSLbb++lk7JX+xV27NvKK/8pyvw03zdXt/C1NSNkzv53GBGlCeoujXs"
    "QxuTmlIFt71Mtxn2UzotxenvuWI2wGpHsXJJyQA8vwcipTVMoUlXWgFNRjPBCl6PcsIEoG"
    "PHwiDa0bKO48kq7m9TtRD9cqNRClbPDejW6eDf4Z2kSRVnTSVDpTC26plhkRqvXyddVHHn"
    "j95gKiW4ntA9l+Yp6CPgBhe+kEwCrNgsylzpiu2bkEtxIym2A+8bhHNkFJPGbP/HZSUJJ4"
    "fIujXoR4tOEjXipt3nwICTFJQCZdBANdhgvVuJQENZ/V9dEqgdj9tu2pncDu5HbjM2t3do"
    "Tg+y4B3EmkK0HRTayG++dirZ/6bAvk1bJWAV4s4iqCZTZ3pUHLQK+e81V0DAtFk1DCi4Rr"
    "uCsItj395AD/swWqg+/pTuQm8TBxgO72aIwHejEj4SHvVEDjWYIuiWGn20nAX9uDZyaNT1"
    "Fdemmp2/g+Rsh23wPV1Lxe8ONsHQMTCNIXw6/hqXlZASqS0GsSoSeV+EYp8X7+TQdindxl"
    "7Cc7M3dGJKXzFrfzFvGA2zs1cyjcYPfTThFfx1/7wxtyYanqBvk9GdyOv5ELNlzjRV9Lbk"
    "rH8XOUfFc29O1kPiTf9RZHvQjfFT2ocx0LU4KSnkkso/Toz4lqVEbGqyTiVYgSxIlnVEZO"
    "0Hz+cPtFl8ByXcU6aye8O3mu1Bq4m0jU18zQEW58Q/8hQaGNfri7UX0MMpociGqYGaWV6+"
    "tOUKO7C3fO2joIx3vout4fmsk7Bk26efRjwDlipZ22PqL3HMn+k5qY2X5HfnOZIjOhpQZh"
    "ltl827NqbBgrazbdFgrUz7Yd52hQCa8m1cbsL0AstTF1dDzSXuE76bP2iK3/fs7eYCnbWI"
    "EC9ihinHH1BcDgYPyoScZLLPaTAyyE8Liv8HuD+StNMubZezamqxtAdwE1FdGYZqgxEpmV"
    "23duzjL/ETJBWbOsRMGwcBwRIiICuieXn49B0tmi7VBF6GzJvpXLvsmIbBmRfWz+IisiW3"
    "JC+2OayQkVcNSr8ph/gx5181dVNzY286wfu5974DdIS2XpNS186vdM9IAKd8kJ3C8kCpDd"
    "pSmF8UEdvxE+rYd3VqpDW7or1aU3e2CO3BVQbQhIwmfXJT2qhv4EgYMY2kDlz5yZtB1xKQ"
    "tuAg1BB/eIr0LDAC8rfbEKencA/KE7bhX+Zhf6Y2ZwWNH0sP50bi4D5oWF/cfp6dnZ59OT"
    "s09fzj9+/nz+5SSMD0vfygsUuxhek1ix2IkqCB7L1jCczZwkGOTRMCIiVWkYx2Miz05OCm"
    "gYuFV2ok1yL1GYmFu3qFOnqBVssVSKhpBet3hnuEJrjDJrL4zczd0JcQtD0WjDwvug1/wn"
    "BxBhENhT/gZsuCBBvBreMaDp3dSdwJ0ZumBj0R1Ld8E7B5oaFgKkjh9uYqM12YFMgExWcv"
    "86niidpxugDuVtWrq5QGvfzJc4OCBkQNXMgDsilgB9juWqUo3CK/XiezEe38SWzoth0hP3"
    "4fZiMHn3gQ4BbqS7sUNDZCEhKwP5TpRnfFbUwngaDuyzuqhxHIJPobXDsFDdxUpRDYPHjh"
    "kTakbkAHmeMJEDpPjPq0IT2zKTXOQlUk9K1hg5sDDQRrOR+bOzdq2qxqL6DPYEQVLggh/3"
    "QEqAaI1kfpwiFTFwq5z8OKmaGP5cRTYD6UxNPS5UXy6X8y+fq0K65FQuHkKkLBhvgqe0pI"
    "ATuYJET364lj81VcfBSgDjzL4z3ivdQYOjjxob9+WhqC4W0HIVBxpLxdEfTchiBPMOl3nd"
    "yIM+xwlzrpoYFsXFs5/nm0iICbAS1f0h+Aiu3DXjcL8T+EBMAs8NvPakr8mSARcu4jq9pw"
    "RF9LYpvbaav3tS8Ji+zzs33qioEJAfZcZbm7mhL3iHgCEqh0DWKpEGIhlC/SZHPcsXPrbc"
    "UnsVb/h0VKhe+1A7fOOy7axxq8Uc/Tg0Pdit100Lv6osJy9GdrDkfE1DNjbhFOH/FPSL2x"
    "qc2zhFd8f2Rj/QAo5xB5v3SWEFaopmmvf9u92d5n2HNixo3p+uII0socb0WKqyIIKyi++H"
    "ucvAYoUcaEYM8C9q3AKftudX8whpwG/Amt0FOV5n7SuCacIXTow7o8F3DCt8mZn9u7sbr4"
    "Yl/j4Nr4LlZNC/+p3kdlK1V1nPUhJTSZ9BPFH0vbSFuGQJ2kKLjBTNVg7SOqGrOk9M3SDT"
    "qBqR2Mui2rDBLL04hqRWBFOyJbXyFke9CLUigzhlEGfD4JRBnBUFcW7L6sooTnEyewXcag"
    "at5dOu+ZxWSPGWm8Hrj2g8DOmevp/Mj9IoHkmWxawwMwp6oU5dBCMmxLuJungPTQa983A/"
    "mPQA8aedmdeT8cNdDzzaaGPNTHzj2/By0APOtrbx8dk5D1rWKpM9+6MyTR6MxnwBvstR4O"
    "WrrFRnxUWEZsgLAX7dhGgCzAPGYe8haObxr74RcPH9R6j8uUF4P17POVhLlmh9ASEnVa0/"
    "JZOX+PCqPzN221zn962QjKUs7umuGnqQ5bFoJGVERMZR5i8usoyypHAlcf8mR70IcR9hVj"
    "j55rSkpJ3zaecEi3UgURrPJdNOfHfSpelJ1qTUd9QAwCBMA8NANltKuPXCmX3ubPRjjX6A"
    "bwPQvxsCaGoWwpCBd8RdjwTPA5pxbmFsHBfa74kf02JF0u/oJL+cSYVc9ARNVhKfcjtnsr"
    "cuVNeStpW0beNWoapJq+hrpTDOie2Ki0mPvT089nRlYzPid3OStW9FBJzblSRwoMs+J/Ed"
    "lREQ5w+nX4qYF06/ZNsXyD0m3epB51U33oNyTYoLgX7dC8sztPXlq+IarEimPGowLijpwe"
    "L04BK/ArQtW2eVO8xeaBJiIhgZalhq/HfmImOjMs1gY8ljhWFjWxiggxXExZOf3ZPH8n/5"
    "2+DyK43NCXqYmePRzXA06AFkGroJZXSOPOsn4LeeoUICKZlKVvb+kBATb38oX51dqgu+nS"
    "EUkNtC6duCoTquQpfJvWw2DHEZntYcO03aPCeNstnrXjvNc9Io+xZHvYhRlhhMOK2xERFp"
    "hs03wwbmqAPtr1O/m3ZCutPyGplQvCbXWOT8gSl/+pYlEMhxrkV11Tnb840HoSu/G2Fhgp"
    "aBXtfQZOkeXECFHYkKFQ0uOxClovF3rQRoW098f4AitctFhIgmtTB08+lAmIgPzBT3JSpO"
    "Ntq4h06lCelDVID8GK0DIbrfRnqJCBKpe7Y0sHJASCrtQKy++51dkL5ay9YUyZGY48K3xR"
    "ZqLDY+ADRIorgb1oHfj0Bocvo40nU8w88xWOPzfR0Vsq0UdHj8TivbUgFgq2ZQT5fkHKRV"
    "Ax0vO6HTC3MR/uQAdaPpLniC0HLI5TVQly4kcl4mQx0LIROmHSCrfhjTITLIP0Eee5hDpK"
    "zOS+7VUZ1XZmQpNcFN/dnWmoZjGRGLMsfNgSxXVo6bkOVKztkyiEOxtKIkpJHvtFmxGq6+"
    "1Beq/2czzjKR+zvOM9uWlWS7kfESx96nZLxEEU+qk5MirlQnJ9m+VORe4lxwQI6bVmS3uR"
    "reX44nVz2g6Q4pkz4z72/6l197wDHwOjczp4P+7T3+ePAa4MzM2/50Opjcju+nPbBWXaxl"
    "rPF8nZmT8eXXAb5mo8UTxL+/Dy5+G49xLy9wvkII9zO47Q9vegCSCLqk1nMkPznfD121H/"
    "dzYA8FmzzAjfWT8+BTVpx+1AkxARwU6yttSkpf4jfZP2Yj3YEIfop1z3xoEhw0BT6zjYjZ"
    "DoxpyWZ4MgqVbkSm2qktloa6AiJb4T3FJuWE2wUqCaaRLpvZ6LfTeU+6bL7FUS/ishmskH"
    "wsTFxKJsFPaCzSDVa6wVYL6eFusIxFoARUHxzYXsVuJ6jxZY87DX7UN9TQSWT9wT60Xj+v"
    "Ak1kPq8ZTmPKnY3+DanBI2VHCW5180woltdIWk+k9SRX7xTYelJBtindsQz1lVu5T8pJ5b"
    "5YpgyZ2+sobC7GknXEyiGvAgERuPOqjXT+Cyt7uLsxRKVGm7AL4UcY0C/9rayZLlq5tDe7"
    "gxop8PBKaznwdnkYdPwcJVDjXL873waT++F4NLjqgbCPmelfvRnc34fXDejQk/jxVx/JmG"
    "dD307uVDLmb3HUizDm2WWzso8YOWWz3vzZQrLlki0/NrHLxZbTj1ly5TsgjS55BzDldWXi"
    "aAnKR07E0UqUZB6OolBB81m3kVkCVoNtT6KCpeM/8eBMCr7VaUj7EhWpNVzPscZeClK3tC"
    "9Rkao790Qb13Of/DkQo2/bFLoiTqQgP0dJmTlEh+koaUxag9ieeUx03JOir5m5xfmzmQQ7"
    "5aLQR9uWhW0//xUKQrYPS4DRTj8WhQxR4XJuvtBPDiBi4N3d6LoL/vNucE0yjnyH87suUF"
    "1A4vzAB3CrX7z/G1ABfSRQLdV2gYOAu8JNSBSIA9Ay6NEBzpNu0UQl81d8pGKVe6v34QwH"
    "HemQ0ySHHPwQF+sWSrZRLMumHpcT0EHn7LSAdevsNNO6RW79leIZGEu4bqr2a4ZJ3ZdIGn"
    "hffYWpZQDnGXj9YLHQcIFxvBiO+pPf2b4iF4zgsovfp4N+AnNpW8qe7uLalsJ9mWsTiUvV"
    "u5m0wx7Ck7olNRrpoQhOrQWJ/ohrcRsHYCfVH59/BZLnlOHD7VNmOafgkFMrcA7ecnkFTs"
    "ImoO2pwoL/6SJ81PR7wmdIL3XF3+iJktYuJHn1nBV6MQHC06QLHBfZUAMr1VlBrQs2Dv5B"
    "7jCOvVU+SZ5xG7BS5Z1xwxQoRQ+3oYCAp9rT8yJ+57hVTrqLlOe5jYy9XeoC2SZj3Rl/Hw"
    "0mPUBtsTOzf3U7HPWAqq11c2beDojjYQ947PzM/DYcfCe/n3X4AhtSos6r/UrWL57vIC5V"
    "zgAdN5NoxREY0n0xG/p2KhtF3BfhD0vHve0x6nFJAUe9JaPMUCnTw+ydbTVl/sqpVqYEpe"
    "fiX43W1lsLao7/YqYOzu1ud4AW3gxgS9HD2StDCfCK7c2YWgu5XRprCGv3fWOyKZGt88xu"
    "SiTitFNupLskGZpEMkgVuOEqsNTNsqEXVzd7tNHG4jxYRmXkUV0e1SsHdeNwB8JFROQUlY"
    "rPkRSfjSMDuHaCGvlUdyNK954SIL0O+hET0+gW3aQiMxP4qOM3f+0wdMfwXjdPbbS9VnpB"
    "IzqXxihzox17n+rmaJAyN1qVudFktq7jZOvSFyzEs2d10F68XF3lT+p2ZTLag3P6dtoDz6"
    "cz87eHix5YbeYz83o4pT8edTf4fdP3fuOXw7/H4+ubAf6N0KMBZ+bD6PK3weVXkgQJbxAr"
    "uHgiSZCuJ+OHO9woOCQdn53a2FweSn7zJg/enl/J+Ycibve4VSa49F5aweaC128vwHpfX7"
    "Ej6i3Es7km5URY8mvfXklYIM3cqlg2XOo/uPZalrCc80Xm/EJV5htTY9l8sid8TEjO9j0K"
    "ef3AD08jnlO/KxBoRtku8lhhynZJg1r2AiSuQU3G04k26kXi6YIvltv3MSUorVUya2N9xj"
    "+ZtbGINYW/xpF0diyCa2rxOyB/I9XVDkysMwxyyAgyj2XKryOXgcJ4QpLwkmnt9G51842d"
    "tFHhzDk0u5SXfuYFmiQHzTPsAd11wAKt17rbBU/QcoHqABX4fYMlMjRoA92k4b2PG+i44J"
    "1qAvpBAX/W9OjNMMdSImdOHY+dmTZcQhvSeONtdy5cW3jO4v50AwLk9UYKbLyXscdNOX90"
    "c4y63gRRnBWDtsjLrhOVEpDlL98WlpEfbQf5KSTh+eHktAi8pFm2hYreTBZeorNyDR2HiX"
    "UO8ZmSFAD0uslPrJ+v+ApfbSUEgLsGUt/QzSdH0XR80GawW9k4J+WEQ7sKfxySA3wvHjEh"
    "KonEphCJRehjepTm5LuiMpI+TNreqSLBiWhcSpKI+SSis+UEDqS7irMLDQV2J+UVn1m72c"
    "R5kOP5QGSL5opu5iKwE9boEtioiOkJ2rCTx3k3urnsD2lSmPsh/RMCRAUaWmOowKP+DE1A"
    "U7mR9OMGUjXwTg2oFXxDU1//BkjdG/CygpQ5eQWGamrvu7QR1EjqN8LiED7lJwdA7ZGVO6"
    "7OJ+/mc/7AhwMHbWz8jQUunOEFPD/+Kfmeo/I9yz81LnfnoL1wybVOz88KKWhnOQraWUpB"
    "Q4uQvy+snEVkRGTSisD8KRvlTymQU+tLUaRTggLCXX5S8OjqvQ/YzJVaBKg/nH4pwmKefs"
    "kmMck96bQmWQfv3MZbzj4qJHXkxIdETq6cgEZEJJz5lIM390rQi6/CjtoJ607NOPaVxlTj"
    "CV41JsPLaSc1b0vAdeR3IyiqkU81A9Mj0Q0b8wYtnjoswsG/1c2lHDamghWCp4Ksw9iE4A"
    "nr7iv8ckRlR/i3qzpPnt+GN6i0ge7QK6TrLq2Q9IJIfvkFdBzogIVqmsgFc+SusPgTxKp/"
    "mmeo+Fkle4oMzQxTL3N919PVS/1Z11xt9pG8ws+nHz5+/vjl7NPHL7gJfc3wyueclX84mu"
    "4gCvBI8hz3/eYC0gQV2HHJZ8M8m2TO2ojE7qm73zrfvskbcT1Y/LnR7b3UpoSo1Juarjel"
    "TqXH2ekDUxljp49Y0bJ3+qg7cNlZdGC8KLdMptM8Hl4m0wm32I8nBXbYjyeZGyy59cbyjn"
    "wfXPTAC5zPzO/jyVeSyZbY+Uhm28vJeNQDC9uzJxw/bwhG2d0wYh6KDcZWukaXNWrLJphx"
    "DsrFw/Dmaji67oGgh5l5Nbi7Gf9OL3puYfTq5GE0otewumfSK/fT8d0dSQLjuMiySAqYX/"
    "vDG3JhqeoG+X01uMHbrdcR1naD92vIAO/jdJuWFMAvsW6n252msAIf2bGMYp1H3eX9yK6H"
    "U5pMaWYOb/vXg14QnHI1vsTr4K9DklsJjxJeC0lASjM+ERviw4HuIptLo45LNXk7algYwN"
    "zG05yrjthWosbJH/DeLeUwbIRcRcOa84J7YqckBVj3a0A8vqwVRTsuJZEugrSM1ap+kSZH"
    "ZGgfdHBJ9lEj+ISV4j269B+m4x4gkjPzbjK+9A4rxDLSnKOK58dLwuFUk8EDZR/mU4ICfA"
    "m1n+Vd1Xb3AT8lKMHnB99L9vis2jrBg0FZ7EwUGZOV6fP4x8BCNsN+k2kUC5rvZRFrGNRl"
    "W8RWeEq6K4VmFFYs1eXSh5jCNa4p/6fFZ8cYdsRiiDY8czpLvCqrbxr9TyctmeIOBknb8G"
    "lDURkBNskaHJJp7Hga4uyUpqFAM1KakucJk9JU1TT8AjyjsZWQw1H6cCyQzTooZi7uYfv6"
    "VvMPLVnM13CN7FdlPeeAMyZTH6TnH05bAqqmO0/KIw+kEYn6AP3SEjhXiC/tStBeBFWw6n"
    "wrvgr9AucrhJ4UBy5syAB7pw6e7kAIy9kRqCjPVb3wwToQEG+yV1DqeWPb0HQVPxcjb8pq"
    "prRMPHNsH+uGwVj27icjU7OhFsvDWpZTEHnUA4xkOYVjbEsR13xOaNOSEts4to+6q1g2et"
    "Y17nL1DFGJbgJdkiKcF9aIjMRTJiioEE789f4bLngnaFxKTtGk47JXEZ4T1ISYRDU3lYY/"
    "BdMAc+d8uNv21Epcd2Z9iH+tGXkmM05bJeA7iPcmJsbpY2YBnKPHpxKAvtbdu0hvYgLNOH"
    "IWQDpYW0tAeRLpSkyIExtRAXhl9p0iuO7OvpNSHMpYFYJ+xJysUV2pwEyVZe6OUuaO+rkf"
    "WMOtaC7wtiwPiQ1qWzJtf4gi1dlEAanSZCQutLziiax0JOHNbm5CEtxM2VZxLDsnSVDp1D"
    "E2jzIZSbOSkdAxSeGcY+z32wvhWhE39p8XSUZynp2M5DyVjIR+UsrGNngQjgmJCPOHInmq"
    "catsoD+kMlVbm7mhLxgbD0J4NzEzGMBQKAHzHEtVhXN4pd4l4mI8volZIC+GSV+gh9uLwe"
    "TdBwo7bqR7ZyTpDSC+XbiIN4C0C5e7JccLwXNiGhGR1qB8jj04fB6oJk/9btoJ6U49OTKh"
    "dhfGkvzDUfgHkudtaeBFe3Owjv3d7yrUDQWZ1hVr2njjzdKzvVvdfC2bNqpUxZb5PpunYs"
    "t8n5UW692+Vgrj7JCRhJgA8cB1h4noC75aZ0F78YJEyp/UnIyR5Iq4uCI/XExdkLIUCrPY"
    "wc5Ys7iwCHP6SEl3vGC9PUchLixHgX8UJJeXvRKJy+XJyB7RRl1G9kgGt9VwSgZXMriNxP"
    "VwBrdKTnKqOsyKg/R6N4+NJCHvFVCRCerxj3Tl7UR1aFIKwqcsZYW/uir8BWNRlGEI2ldF"
    "MRyvyF8F6WzohGaCW6zqTb1Id3DLDQyGvHBG678/DB5IjRpPmlnX5uHycnB/3wPOhpIl6b"
    "o26co35JQ7fpji1/TSX5KiRv3730ibha06K/89j57FxYJ4AWMFFmUnrN1K1Jddqy3pPDMr"
    "CGWvSMcpHfT3fb6VJnGf0LaRvU/FppSgZNv42TYPxAUz0Ch7qselRMA9PtHPiszzs+xpfp"
    "aa5fiISd43hXF2rtStxEG5UhuGcw6ulSRFtQz1dY4QV/a4qIyAFqxKEo3jVdpWSc0BrnzA"
    "calm5AQmjxUmJzCib8g1JhEROSClD0jMTLhPWY+IpAj7bt3nnRT3U3RTSAmKgH4Np54osc"
    "aNNZM8EwDpSmoj8Jf3OEpFj8ZzlG11RaiVsWynTbqIJwItX7bXoMclSxj0hq1hLRlkhuNB"
    "epSXuqkT8naPYU6IynFu8jhLvyLR1nDpV9QgRxjptXGUuDua8iqjFhpP0B3JDBb4ZbRs9T"
    "pKvB112GL5tviOXDm+LbhF9b4tMqxOhtU1hOE4KZK6BrfKqdOeSl5z3MxAx3W/qthFyIK2"
    "g0yVEeSVn68mIiYz1siMNW9YL5FRLm9x1LO00ZTOVORYD5+hyTIK8hzpB8/FEoI3bfwzz/"
    "NZmb0PxIkvq3cr0SJaYgkKorjwuPpSX6gZHhJ8MG27EhUuv9zBgUgVrwrRSpD8HO/64RmH"
    "C2fDbyVOifS++wMVSycsJlLbFE2HwBRmgxIRpDVczw8+ERAS75Z2JBJMVdOhPmIZpOgWz3"
    "xqVImMYFWJyOBa1Q2ZiaxZlKk3KCmgc0IPAgEBSdPT8yK8Hm6V45mdYvZsZOwd+xfI1hjP"
    "tPGNgDyRf+Pvo8GkB9ALfp+Z2b+6HY56QNXWujkzH+7JrbDXo8fpkXDKDWOnKh6Mudnf+X"
    "e/IVmHizjPoNwOCBXaA570zByOvg2nJGxSN591tylhk/7L7MHIxSWlF1BzCLg07yrZ9uwP"
    "rJ28axG2XebAKTWlENlDOeGMiEhHKplRaBek5WYUCs580istB9HIF8pG9DhJhCjoDE4hGI"
    "xsNoH8QdLRSnDWgAwyr7NVVEY6BCUUo7RD0LGJmQaBWwkto+kOyTOg8E7jpJwAeeJriI20"
    "VMd5QXhXWqnOigfulKCQtGMFCSEk7dgo2hEfhPRnxoDkenduhWr07QzW+da6dsIfLjlp8L"
    "rSRsWkKy0H3oamWorGVfkjIiJecoFKsrR5bDdWiZ6gyb2JMoVLAb5Bp8Tyj+A+bPuT18wO"
    "pKVCWiqkpaJZlgoZFyDaqJcaF6Baurd5Hujh1rf0KemmhdOgkBugalkHI2S1dv/Lx4ak09"
    "MOROeC9CEyPgpJFX6wIymFaUJ7EhQsQszP1YNr/l753QiKUnAi06BloNf14bFdV2FHgiIW"
    "nGYkYoW/xPAPLOWEsMWr6EGhjaAdLYywjWAdL0yujWgRY4Cm1B0r10akHLJmeQxVOTgNaV"
    "+CouXPqCBOZqUfqun4oBUOeGojaEeIxmwjTA60n/XFwSGGXi+iYnSMgNV2AlVvvGobMQoL"
    "HR4QrFosa18r0YnEgx6+z3FF9bYRroBleMZwHX5E/+b1IihWAb8gsdqN1Quyn5YGejkQpO"
    "9+N4KjpJTBrwdYicazHxgpECFubLRhbQi3qvk6ReS/BYM6rklH+5jBjupwkhPUQf8uJREt"
    "Ef6VNpl6eN1j5ctANh2EJ/i6RdiPCAlHyL8ZCRZxV7jh4yoUiSZwYAaS4OtKst7xX7kxIM"
    "HyyggDiay82ZEg0UW+7JwS1paaoa8ms0o0Kj5EJuKt0C2NosMEd7dndyDbZKA7w9HlZHA7"
    "GE37NyRbAT5gE4OIaszMyfjmxispjQyDjMEeA1K+b/dipZqP0ECM3MjZ5eRiQgIEkeT5BV"
    "VRSE53wr8hfebL8/OOC0pPbw5Pb0u1qdGAaw+NCckodJmGWmzHQ+lu+hZHPcvdVBZFqmMV"
    "DYyznBtTTEqmm0mmm/GXGu7pmhKU0zU39UyEyzgwVYp4yZ27iXQp8W92dw4aWR+t9Ppo7D"
    "VCwrsr0U9yVTyg/Nxx3HPbsmbEaYISXEaEy29eZeao0N7IMBtEbZHZdoOY4VMaDqTh4G0a"
    "Dqqp4OdClv32P+/HIzbAoUCSa9AXLvhfYOhOZVtHZD4T476rm84v5HnHmNIEoHwKO8lWJ+"
    "Y+6SBJYTtQNfCJAL/U4yO0FQfiIxhDDci2IWR2IEJSjboNCnMbH0+50mpsJQSw39SQkkqS"
    "3dnot5P2lGT3Wxx1SXYfk5eNBk9yYssQlehKU4IkvJvDzXQPJLyjn3gJAAsZXp3EmLEsFu"
    "C+pWmhdNNCEe5b+vlzEN/K5uAcMQFWkgTfgwT3JlgOEx7OwN10eCTCpUpSfEND9SQt3iha"
    "PJwDvPx4SlAS5cWIcv87SEE9NDO42K1AAmK9lcZV/L74/34+/fDx88cvZ58+fsFN6IuGVz"
    "7ngJ52HW5h2cW7wehqOLrmXCkCsR7w/zEzJw+jEb3i/2Nm3j9cXg7u73vA/8fM/LU/vCHF"
    "Gb3/7+zzGZQe1wBtGzE+gWx7RCggAB9et/nBhhZSNjZXyZeojACQ15BGXRp5KjfyoPUa69"
    "O8KeoTYsJhXX4YoI/YGjqOr5kVDj1LSQoAd93rtQ+iusHIMTbJnTN9KygA+DWsK76TAw/S"
    "EZEaMVYtvR6Yyz/wkbxITMtHptYTkdhL7WkYs1a21iM9HrKhbqftu4jHA9ZW7f1GPS4pK8"
    "U0x8EhPcpL3dSd1V7DnBCV49zkcZaeLFzjy+FrYSINcmIaEZFoSs+VykEN7Sd8qCbE5FSV"
    "/kBH8gd6iYRcHQiueJkkk+AmPtsCTkBkPyoB2pHfjZiwRjZt6VdVJrBl+lVlRIbt7VZF8q"
    "wLtA7X5y5EgdvlMhSgW9RtSAmHt2zfoXngwSTDaZvnN4Sb68E3W5DRjYpITxYGpytDlLdG"
    "zbMiRs2zbKPmWarktue1yucGERMSEOZKPCEcCy7SIOcEgvvtmxEHTh4rThy49I3j8I3DLb"
    "4O7+7IBf8fnT2+qQq85X7oLh4Wlj6YudnGZKQBNb3ZShfEGl1apPm/5Nmr2q6+VJl1KLM3"
    "2phQM3ZbsbKuSOv8G7DaSuv82xhnj93iY5OiMtLimYxD2Jgmd2KJmJC0duZaO0PCtCRzXN"
    "Eg5oZO151GjujXutve6c3EEuClsE7C3lo5cXdiG/tuuY1HdZhEvLDzHHNIGJdewBSyTQa7"
    "0wrS6QNiMgFUBCAT/28J3BUEQWc/ObSBAzCGDtBN8I40stELsKDtiXWBiVz6k7R8/0uSp6"
    "jqGUw7TdQRYFtM+TCDTaZeWFQl9OfkYYaaxiuE2faZ7UBwbrgpQXmOaZrnljiw5hxmjuNe"
    "1FBoD/IvYp5mIgv14QATnwHRsrgkEU6ti2yMj3Om6UNbX6xYhxn/Tu4pRt22KdWFQx4Ajn"
    "gAeN4W0i1q7Y6ICGjrriR2lHxUHAj7zQVEt5JUOfiJrl9BpKiNIyJSv4XjOGes0mwZqdNY"
    "nZvZX/8fn988Ug=="
)
