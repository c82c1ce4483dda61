from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "mail_domains" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "incoming" INT NOT NULL,
    "mail_from_validation" INT NOT NULL,
    "catch_all" JSON NOT NULL,
    "relay_provider" VARCHAR(32) NOT NULL,
    "relay_host" VARCHAR(253) NOT NULL,
    "relay_port" INT NOT NULL,
    "relay_username" VARCHAR(255) NOT NULL,
    "sealed_relay_password" TEXT,
    "relay_accept_self_signed" INT NOT NULL,
    "banner_text" TEXT NOT NULL,
    "banner_html" TEXT NOT NULL,
    "dkim_selector" VARCHAR(63) NOT NULL,
    "sealed_dkim_key" TEXT NOT NULL,
    "dkim_public_key" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "domain_id" CHAR(36) NOT NULL UNIQUE REFERENCES "domains" ("id") ON DELETE CASCADE
) /* A domain's mail settings; recorded when mail is first set up for it (sending works from then on). */;
        CREATE TABLE IF NOT EXISTS "mail_servers" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL /* NEW: new\nAPPLYING: applying\nREADY: ready\nERROR: error */,
    "status_message" TEXT NOT NULL,
    "applied_at" TIMESTAMP,
    "task_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "guest_id" CHAR(36) REFERENCES "guests" ("id") ON DELETE SET NULL,
    "node_id" CHAR(36) NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT
) /* The one mail guest of the instance, on the node chosen when mail was first set up. */;
        CREATE TABLE IF NOT EXISTS "mailboxes" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "owner_type" VARCHAR(16) NOT NULL /* USER: user\nGROUP: group\nSERVICE: service */,
    "owner_id" VARCHAR(64) NOT NULL,
    "sealed_password_hash" TEXT NOT NULL,
    "sealed_password" TEXT,
    "storage_quota_mb" INT NOT NULL,
    "active" INT NOT NULL,
    "aliases" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "mail_domain_id" CHAR(36) NOT NULL REFERENCES "mail_domains" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_mailboxes_mail_do_bbdb8b" UNIQUE ("mail_domain_id", "name")
);
        ALTER TABLE "certificates" ADD "kept_for" VARCHAR(32) NOT NULL DEFAULT '';
        ALTER TABLE "certificates" ADD "challenge_host" VARCHAR(64);
        ALTER TABLE "services" ADD "addons" JSON NOT NULL DEFAULT '[]';
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "mail_domains" (
    "id" UUID NOT NULL PRIMARY KEY,
    "incoming" BOOL NOT NULL,
    "mail_from_validation" BOOL NOT NULL,
    "catch_all" JSONB NOT NULL,
    "relay_provider" VARCHAR(32) NOT NULL,
    "relay_host" VARCHAR(253) NOT NULL,
    "relay_port" INT NOT NULL,
    "relay_username" VARCHAR(255) NOT NULL,
    "sealed_relay_password" TEXT,
    "relay_accept_self_signed" BOOL NOT NULL,
    "banner_text" TEXT NOT NULL,
    "banner_html" TEXT NOT NULL,
    "dkim_selector" VARCHAR(63) NOT NULL,
    "sealed_dkim_key" TEXT NOT NULL,
    "dkim_public_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "domain_id" UUID NOT NULL UNIQUE REFERENCES "domains" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "mail_domains" IS 'A domain''s mail settings; recorded when mail is first set up for it (sending works from then on).';
        CREATE TABLE IF NOT EXISTS "mail_servers" (
    "id" UUID NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "status_message" TEXT NOT NULL,
    "applied_at" TIMESTAMPTZ,
    "task_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "guest_id" UUID REFERENCES "guests" ("id") ON DELETE SET NULL,
    "node_id" UUID NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "mail_servers"."status" IS 'NEW: new\nAPPLYING: applying\nREADY: ready\nERROR: error';
COMMENT ON TABLE "mail_servers" IS 'The one mail guest of the instance, on the node chosen when mail was first set up.';
        CREATE TABLE IF NOT EXISTS "mailboxes" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "owner_type" VARCHAR(16) NOT NULL,
    "owner_id" VARCHAR(64) NOT NULL,
    "sealed_password_hash" TEXT NOT NULL,
    "sealed_password" TEXT,
    "storage_quota_mb" INT NOT NULL,
    "active" BOOL NOT NULL,
    "aliases" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "mail_domain_id" UUID NOT NULL REFERENCES "mail_domains" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_mailboxes_mail_do_bbdb8b" UNIQUE ("mail_domain_id", "name")
);
COMMENT ON COLUMN "mailboxes"."owner_type" IS 'USER: user\nGROUP: group\nSERVICE: service';
        ALTER TABLE "certificates" ADD "challenge_host" VARCHAR(64);
        ALTER TABLE "certificates" ADD "kept_for" VARCHAR(32) NOT NULL DEFAULT '';
        ALTER TABLE "services" ADD "addons" JSONB NOT NULL DEFAULT '[]';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
ALTER TABLE "certificates" DROP COLUMN "kept_for";
        ALTER TABLE "certificates" DROP COLUMN "challenge_host";
        ALTER TABLE "services" DROP COLUMN "addons";
        DROP TABLE IF EXISTS "mail_domains";
        DROP TABLE IF EXISTS "mailboxes";
        DROP TABLE IF EXISTS "mail_servers";
""",
    "postgres": """
ALTER TABLE "certificates" DROP COLUMN "challenge_host";
        ALTER TABLE "certificates" DROP COLUMN "kept_for";
        ALTER TABLE "services" DROP COLUMN "addons";
        DROP TABLE IF EXISTS "mailboxes";
        DROP TABLE IF EXISTS "mail_domains";
        DROP TABLE IF EXISTS "mail_servers";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXW1z27i1/isYf9nsjLrXseMk1d65M7KteNW1JVeWk6Z1h0ORsMWaArQkZUdt898vAJ"
    "ISX0CKkEiKRPCh6ZrEAakHIIBzznPO+c/RHJvQdn/pGXPYMwy8RN5RF/znCOlzSP6Dd7sD"
    "jvTFYnOTXvD0qc3a66Shpvst2R196nqObtBeH3XbheSSCV3DsRaehREVmcwgCCTAM1yBC4"
    "w83UIOmGHbdIHuAYwg6F3c9IFpOdDwsLMCb+a6CckN8Gg5rgeWtONnuPDAI3YAfIGkia17"
    "0AHYMaHz8y/0VUxskHex0FOtT10i648l1Dz8BL0ZdMiz//FPctlCJvwG3fDPxbP2aEHbjI"
    "FvmbQDdl3zVgt27f5+cPmJtaS/aKoZ2F7O0ab1YuXNMFo3Xy4t8xcqQ+89QQQd8n5mZDDQ"
    "0raDwQsv+W9MLnjOEq5f1dxcMOGjvrTpkB797+MSGXQkAXsS/efd/wWvFmmmacPRRLvrTz"
    "TtKDUD6Cskhie4ZGBEZ49F5xIB5rvf7wYQdvWIPuDit974zen7nxkE2PWeHHaTwXX0nQnq"
    "nu6LMtA3KK+HV1s6dhrwi5nu8AFPCSawJ69eDeohYBVAfDTXv2k2RE/ejPx5cnaWg/nn3p"
    "jBTlox3DH5zv1VYBjcOvHvUfw3eLtQt6GpkY8uDfYEfvP4YMelykE6vLCBerNE1YB1DrST"
    "/t8mtOe56/5hRxF9c9P7GwN7vgruXI+GV2HzyAhcXI/OE8AbDqTgaLqXBv6S3PGsOeSDH5"
    "dMgG8Gor+E/9HCoTgiP9AcIXsVfG55QzO46d9Neje3sfG57E369M5JbGzCq2/eJz6QdSfg"
    "y2DyG6B/gr+Phv3k8rVuN/n7EX0nfelhDeFXTTcjK0N4NUTtO91RHp8jqx29MNWN51fdMb"
    "XUHXyCs9qmb81P5skrOtKf2JhRcOlrhqeGhTXBzxBxTxThvfzjxMIiOydpVuwskT3eahdu"
    "+C7M/l9g8w3bS7ETxHfdt8fHBXZd0ipz12X34os/+4q0me7ORFCOS0l3vnn/rgDQ799l4k"
    "xvxWFeOPDR+iYC8UZCxqn8vshMTu6OkYn8PgmwOsT8KIeY6KjDbwuibLk7jHpcsoRRD163"
    "KYPekkEOMckdZVt3PW3p7vR1J2XVSDd5pMlAOZrYwToiUubpurmDuuUwndLx4uimof2EHW"
    "g9od/higE8IO+hI4N3iA5UtPugm3ZCurm6+ZQd/XWt4EUnFPnt5BdDzz+q9e4uepf9o+8H"
    "UpqXpuWNoYGduBrKud3JVZ1pQ83GT83SnM+tpwHKsPFxv27LdzlEJ2Ewms1VMp7oK/zpzy"
    "cnp6cfTo5P3388e/fhw9nH44+kLXvf9K0POSvB+eBqMEwY+OiFfI1afA+t82Rc63jIezA+"
    "2Ea6/XBU5wjvY5OKgylqh4rK7KTAN+yUWbWBxLcoic3YqEylU7YlR78YnlCfi8K5EVELQM"
    "J6h/8FDU8Qz7iUgjQGqc78EiIr6kZCRoPoycciFtGTj9kmUXovsQboDjmcC9n11xL1YXxU"
    "lUOqBs6Cj5f2TH6fOMxrMfnOB6cnBbA+PcmEmt7iIs1bgbfizF2Ay0JZJi9VgJfoWTchJt"
    "90robv5One0k3jnGkG2QhsN4W0YQP0rSEnb999ePfx9P27tRFkfSXP9hHaOSIeQNuCiHzs"
    "C5GpGxOSb+KWs0Q0hDZ0TnpZLo44xs/gTifP7jllbRRfSHK+EIOKuwD00XKe8nDE97FAtq"
    "qzbwlHhaPz0d+6YIq/PaDL3qR33rvrdwEFY6q7/g86OBODblM7D8FauEb9gxFAKGKCQzEc"
    "jW961wRm7Mx1+wFdjPu9yWB41QVhjw+oPx6Pxl0AHQc7zRieR/q2QkrhRqLGQSFfvGcZ9a"
    "iG5YP8Ah1X0LwREZHQvlG+QmjCBUSmq/FQ/svdaJgRmxGTSrq0LMMD/wW25VZ2no5ssdOl"
    "ZZNFwv2FPu8QuyxFKebOSgUTJOMGEtsx7SAZTEBu4aVjQC17I+aPTEpQvtN4+R/BGjQxu0"
    "hCTDrLSCXWVBfpC3eGRW1QCTH5ZnX5ZijX+jdn6chjiIQSOxlGmoZujSyRtvkKapvUZ2+L"
    "rNWkVea0ZveSGLvP3NUjc15HJCSa2qWZ/Jhapc2h6+pPnBUjO2o0JSjDsqziRhtzGpGYWL"
    "Ywdxz0uKSKs2nKqHOI+eztm2L1J2oyl/Hs3+jk2vxpk4LpRkYIAhMubLwCzhIB/Ah04ELn"
    "xTJgF7zOdA9YHiDbMTRZVo83OjDwfE6ukT90MHV0ZMx+7qxbPuIlMoFO/jfDr/QCJJPSTO"
    "cbqe+xynXRcNdFlkO4uOWc6x2u0kpLjWk7WM5v+8NLZigP5B/Q+H44ZFfIR4DYlbv7i4v+"
    "3V0XuEvDIAe1B/SpN7juX9L3sGxoPqCL3vCif80uGRQSm1xtho2dPP3piRdrU9APtRFvsm"
    "p1xBwe/cDdAR9Q73bQBfrCekBf+ue/jUa/kxUMTmcYP5MB7l/2b69HX8kIQ3+9I9dG19fn"
    "vQvSzMG2TbeLZgyfv6qK6MIbiSYPWJPYL/4uprkzXQTnuJQMSlvVtrQAsR105LSkDHjXrS"
    "STU/UMZ+wEGTzntYQMeNewlKyd60LWH1kArntCKyNm2bzFVpnRlEWlHDsaOfo7u416XFLl"
    "s2iO2Sw9yo8WstzZTsOcEFXj3ORxDlfi6UowRjAlqOJYk1lhmS1UENa4lMoLk58XJkArDb"
    "Bwapi7TU/tBHZrdpj4zOIniOGvDCXAWzDzTjMXgq3QptbCGLrkLcDw/vo6L/9OlBhnQ92F"
    "HGv6eSD56fcxtPWMkOIA77HfizyQf6/SU3cBHc96tAydDVjKXxe93cnz2hmbhipcR3Kf12"
    "HT+zYo5ezJ2Wkhy9hpjmXsNBXr8YeJOEtgNj1+LaCY8fmGsx2Y8cZMt+lw7xwbFeugyX6m"
    "o98mk9sumHne4k/Hbx/Q5fCuC8jEYn986oVOP/KoBjn9aL0W7VHMVB+VkS5hRvnRCusJrM"
    "2wK8Q1TkvKYLqvnEf/AxNKPveuB5dd8KLblpmkjjRjwbFcd5nFEck4ZK4lpFtsKqoo5Fi6"
    "UOmmjYR0CFcSE4Wwp00h2QE5h5p883ZcUlm3m2zdpmOlP3q8xWr7IK8F1Rg3eYwfyS8kpy"
    "yLE02dTaSICclwIqubTHGwmncKd4ogIhDvCH5UVI2A+AiwuhzCzK24lARntIPArnsenC+8"
    "XaupxMXVtt7kbd0hyL/uxD+JS6pRbvIoKwph5jBLTCFUobiyjTrnYw/ePpL3Cs/JzxTkQ8"
    "WEFB0qnw7lg5WGV5iuc7nuqJ2wbmXsxKZVk4plXYYZMTk8lMtItsxsEkqYU7MCBso/jiB6"
    "sRyM5tCPf2Av+E9FTFHElIZ8/3HPwbsiZaffZVedfpcuOr1qbpLeUggQt6O7ydW4f/fX6y"
    "4IJ94f9gO6+cousQMFi4ke3LGAaIstM4f3SbYlb2ldPrPykyNDhwCm7YBzWlIGs2Mdyajb"
    "RoFw8ItFx3gXHsR49HlwNxj5uTSiPXFTbExGt7eUFuF6eLGAKZ7EA7rsX/f9lNbsaBe+UU"
    "OGdZeo9rSkBKtW3VZk8izR81FEpMk7967crSLk3ffZ3N33Keou6YtfrjkX4lBEQVwA4sCT"
    "t9Bd9zUomyzoBIyKSgH5wfywr/sMQ1JchoNR3SMhyshVPNzMhSbFw11gh4NtZr6MsLlKls"
    "FJloEdXlBfJpbr9vWVTHvbEijncI6dlTafCsAZk6kP0rO3Jy0B1bTcZ+1JBNKIRH2AfmwJ"
    "nEHRNg0i+ms5Z4NzjG2oIz60HOkExFMiXhXGoVm83sPB+Wh0HTscnA+Su//9zXmf6NtsAy"
    "ONLN9jkwb/5d/mcr7QIoXzBLBPC9cI/fpKa7FXJTAOUQJDZTYr97CmaEmSEVQULelHHPUi"
    "tCSVAUvoqCCQAStCFhGENi2psI1j+7SEriiqURmFZzIe1BRN1RYRUcTEpOHQwf+ChugEjU"
    "upKZpL9gzASuMrzPa83fTUSly3sj3j8yojOVvGzlUCvv14b3JinN6yC+BMl9ASAB4G3bRz"
    "qd0KbWSjiWE6Jkff8eBicpQ+GZQA6lXYj5zzNXoYKjBTVTbMGrNhVkqw90MbePT6ddBDDr"
    "metSlYmK0H/Oa0Npo3g8AKJgZ4c2HjpUlWy5/cLtDNOU2YTfrysOOSP03aeN4B8AU6K6Ab"
    "Bl4iD8z1FVjYOpH2ZmSUXIARa/dzujJbjc9VaSobcEjsgOxogKyQoBwy1lpCpaoskqry3x"
    "hBYVJhTEgKAlYNSDNWsClGLYzKSIhzBakOMXq0ntIQZ6de3Ug0I/cqfaw0uVcDoqALyanK"
    "47iyt1IMI5IyMN7qZhd6tqvlrzsFAr8SfdTI2yenbhciw1ktvD+RVzAFP4uj6/7krj+8GH"
    "+9nWi349FlFyR7fEDRNneT3hWLuog2I7A8sbCN3sVNnxw8jTksK5vuSRHK40k25fEkRXmk"
    "g/Vq2aah8xi9ucyRpKjijQjwRih44ntPXErtP1XtPxTn3feghLTah8T3oXCR1GiNCZEhSA"
    "kq9HeO9lhjuVvmvaS4GgnxkVDMrOyTUTs5OoqZ9SOOumJmNYhKoJxbByn1liwXllA1Bcq9"
    "JSqUtWwJy8I+thg4eLk3TGPah0wACTlKIw5P3eIUlwiRHCE4weSf7XjekH4Kp4pryQf/Xd"
    "Cf3DdZ7EHKm8yud/J8yZC0UGUCJfe/tjCND4KvombiYf8LgRW+PqDe7e31V2YBJhPfXvn5"
    "e/q9y680W5hurh5QfzwejbtgnQtd5eTZcZwO8CFUotLTiWLtpNzFJVWm7+bocmkV3j+/ac"
    "GQpUc6M1QxLVhftPlxRQNbdryiCgBVAaC1Qd1Og5MyM/6Io17EzKhC6WQNpTso9bQSS60K"
    "7igruEMk+mBbwFJoMas4XKkJ03nnYCV+XYW9Qjn66OWz7lgBXGkLXOR2J9cQh160l6Bl4d"
    "COUIAGWegIRMLffgWW59L6zUsILBf4zn/wanmzeDTGM1x1gE+LAdgBCHu8UI7KnlOkvgMl"
    "KqjyDo0yKHKpJ9n8932oJo07g1ZfFjpg6rCPSsgQmJCTAu/6WVZ0jeI4pvJItxshRbcVoN"
    "s2JDdLi6b87of2Q2YTaCjA+6YTOHCVrugY8E+e0SHKPXmGDSsp1xXJEaJKdTXvLKdKdVWY"
    "u9y03IWtr8TrfSTkJPDo1nBwZvBwUW5iYTS6MJpLI2Q3iVAdaBTc/cVkMBqyMkVBL7QkUR"
    "D5to52u+x/7l+Pbm/6wwmtQvQCbbygK/0Duh33Pw8oZWLhwBcroFscnAYR/aGpkcxWfRJi"
    "Enwutcc0YBsLBbWvBWSIIKl6Wj9ZnjZ1yMIzE4E4LiUfzidnZ4USNJzlJGg4S0JtuevXTk"
    "Gdq8THBZUiL6DIK6ZC9oxvp89aMRV+xFEvwlQ4cFbVpo10Jca6Q6RVbSiw++RVLWCgi2ge"
    "0ZL1u4f3XAbdtO9sVigCKuai3h2lhFtckqmZcCQ5L5axL1B3fi8SzaYqTeJXlncb5jjimM"
    "Sjtzt5JnGqeIXJkiqxiXtQnyuDeDMN4u2yIop/wkdX5Ih4f94FZJbPltMHRP6+7vl/k1d5"
    "QEQPPL+/+L0/6YKp5U2XxjP0WKt+jzWCejNshcpzUaHnYulwonOzsQ2ay2ejOntbJLslaZ"
    "WJLbvHT2iFn6GQmTspJ8VMrj3Uz08qLTK7IyISuBZqMMIqg2A2+u00DSmD4I846kUMgipD"
    "UrmaSUQTIVqiIKYREWVkzTeyhjr4nhbWSdBNOyHdal6NTCi+bVUVqDl4Di9lajyAqdHBy8"
    "URz8jIbnRyzYu0icq6JLkd8bDmqQZVvKmAVpvHEsxh1UrHElSqvFLqlCqvRr3AqGep8ikN"
    "qciJMyRdzOF8Ch13Zi32PHwGPJUb1p86gqYRD5BOo3yjo9UE03/L1auadaLIUavYz9ISp/"
    "DwRzp05pHVaE3EXh+9H7HDhoAGp9NliwgEmth6dIJbvkxw05uRv55m6+taZGC4CjK5rqWg"
    "/p6vW7DEKDzdIsyYkqNb0CZFE0ggcP23C0BA9Qik0KGZGT7fgAv/bwfMdRPSUps6oAk1AE"
    "GM/MWSQNCkD2TZwUuHqJ3gjQ5C9lSHNA7UUV5R0BoeyOVbhClTXuZkFAn2myszsoIqFkbz"
    "tKfFC9T4iW5y6ixGZKRwjVatR7HPIQVwZr7GsHl9uS+rxLbkbI3rhURgwkZlZJywReqvvs"
    "8uv/o+VX31mfwuPsDbuVmhbJ2VD78ZgqvuEdkfu4DIPaC/9m/uu+APOF8m99Ei2BcJr80O"
    "rk2F1oZ7r5bNjuNP8ZSghPO8/AK4a9R463MBsLnrtAxQVxI3fuCQlmbqsnv6rhuS20dKbK"
    "2FyKLgt5aPmVn+cbiFdTJYlIJLcKS4CR41bsejz4O7wWjIUkZEe3pA4/uhf9lZIv/K3WR0"
    "e9u/pLkl8GIBTZpb4m4yHvmFNkjXnoP9UhuquEbDvUa155ZQLiTJnAnKhfQjjnoRNmhzEq"
    "+39qiXw1nkW0SFqXW7Jv9uBqQ7p/8e0wPL4GKiAsL3gjv2vdtwf4gGi2soL0KKnVk/OzNc"
    "Au+g5/kvl/KlJpt08ryqYR57zfVbH5C8ecjc6xKSCrM9kBn51/9yNxpmuMcyEq+bluGB/w"
    "LbKlTtpKGbLg9mCkW+spjUCxMHHtpBUllUakP2FyCX2iDAPKt0rwhOH7w9YnMwydkbFtrm"
    "EFSkagu1KVkGIOAQ/FxWU4XxXX5ywQJjMu4z8t5gumLcF8bnAUvkWTawPFpjJTC1QZNXqa"
    "XUvnOpNMEjFG+mWbyZcFgEjggREQk9huW7CZQ5U7Ydqog5U1VolLVCY2vhVIbCigyF3OBm"
    "VfayEKaZZS8PXC7nGj9Z6JNu2UuHe9aP3c898Nu0pfboNy186qftoQmYcIeewIOkQgA7Hc"
    "Z0Jwd18kbktL6+M9Nd1tKb6R672QVT7M2A7kBA4xA8j/ao29YzBC7maAOVP/MBsXa01GN4"
    "E5gYurTAI/CgbYPXmWXMwt5dAL9Zbmbpx300iXPrKZO3XJS1HEzn5lrAfMryn09OTk8/nB"
    "yfvv949u7Dh7OPx2vucvpWHon5fHBFecyxE1VIbM7WMNzllJ+cOFvDiIhUpWEczhJ5enxc"
    "hP55fJzN/6T3EknKhHWLOnWKWsGWS6VoiNHrhuwMl3hOUObthZG7uTshaWFrJmtYeB/0m/"
    "/kAioMQn/Kr8CBBnZMWjx4BpF/03LBo+W4Hm0Flgu2Y1keeONCZBIh8IqdZ9LEwXO6AyGA"
    "ES/mrI4nqmQcDVCH8jYtCxl4Hrj5EgeH3JowETFVEUagIgxbGeh3QssRW+bauS2AfVYXNY"
    "5D+Cm0dhgM3TNmmm5zcvlm+zFjQvX7MiPLzXRp2WSxdn+hzzvEilOJh5PGpK/W+eVFztFp"
    "yRrZyIaNl6aD0Z/cubeoaiyqD6yiCNK4S3HcQykJGODJvEFFAjVJq5y8QalQzWCuYoeDdK"
    "amHheqL8747OOHqpAuOczYR4hmqxANNk5LSjiRK0iAFSRdD6am7rpECeCc2bdmbU93IENM"
    "Vt2xJD6KumHAhae50H7UXOsJQZ5FMO9wmdeNOugLnDCnOiKwaB6Z/SLfREJMgpWo7g8hQH"
    "DmzTmH+63Ah2IKeGHgzWdrTpcMaHhiFZNTgjKybUpP+RHsngw8Lvd568YbFZUC8oPM+MVy"
    "aluG6BBwRNUQqBBa5SBSIbQ/5KhnceFjyy3zVwly42JC9fqH2sGNKxLySV0OU/xt31i9G7"
    "+bFn5VAsF6yfmahmyE4ASTfwry4jYO5zZO0a28uNgHWoAYt7d7n0aM8uvgRu52trr3Xdaw"
    "oHt/MoMssoQ50/3wEvzI6GFhBGWH5nelF1iGV2OGXYgiDvhXPe6BT/vzq3mEcuA3YM3ugB"
    "zWWftyMyH4Kojx0bD/hcAKXx9Q7/b22k+tRL5P20+sNO73Lr92AT35rFSaJWWYSnIGyUSx"
    "dtIW4pIlaAstclI0WzlI64Se7j5zdYNMp2pEYiePasMGs2yPqjKtZEPdTiVbmVZ+xFEvYl"
    "pRQZwqiLNhcKogzoqCODfZ3lQUZ3lRnEUq01YduEJtqxlmrcDsmm/TWpt4y83g9Y9oPAzt"
    "XtUVap4d6bBVWQ99sqs4Mwp+ZaSuVVaJkO2GungPTQb96P6uP+4Cyqd9QFfj0f1tF7CKcA"
    "+I3Pg8uOh3w8JkzbDO+dCKFRSJyjR5MBrzBQSUo5Dlq810dyZkCM2QlwL8ug2iCTD3GIed"
    "h6CZx7/6RsAj95+g9scSk/14PhWwWvJE6wsIOa5q/SnZeEkOr9YLZ7fNJb9vhFQsZXGmu2"
    "5b/FTX2ZGUEREVR5m/uOwQR6kM99nLTDtNuMpw/yOOehHDfcSyImhvTksqs3O+2TlhxdrT"
    "UBrPJdNOfLeaS9OTrEmp75gDgGMwDR0D2dZSalsvnNnn1sHf5vgb+NwHvdsBgMhcYAIZeE"
    "PpejR4HrCMc4a9dD3o/Ex5TMaMpt+xaH45xIQ8/AwRL4lPuZ1zrbce1OfKbKvMto1bhao2"
    "WkVfK4VxTmxXXEwx9nZg7Fna0uHE7+Yka9+ISDi3K0ngwJZ9QcN3VEZCnCspox3YTH3oXE"
    "iUbKGUABniUqBf98LyAh3rcaV5Ni+SKc80GBdU5sHi5sFH8grQWTiBUbroQpMQk8HJUMNS"
    "E7yzkDE2KtMMayx9rDTW2BYG6BAF0XjeoXD6xW/9i99ZbE7YwwMaDa8Hw34XYGRbCKroHH"
    "XWT8C/eIEaDaTkKlnZ+0NCTL79oXx19lE3xHaGtYDaFkrfFmzd9TS2TO7ks+GIq/C05vhp"
    "0u455ZTNXvfa6Z5TTtkfcdSLOGWpw0TQGxsRUW7YfDds6I7a0/86CbppJ6RbPa+RCSXqco"
    "2YE3RPn/LJXSJ5fy6DbiSCOx07tSdGReOmWgnQpg707gBFak7LCBFLRmBb6HlPmCh3YUL6"
    "khUnBy+9fafSmPYhK0BBbM2eEN1tInRkAUmISbTBE5o8o2CIZZjLbTui/aCfVqrgfDQFqV"
    "ZsWcqgW4VLVj7lSqOrZEHe1RdWYJMJAEdHYVlPmvqMFS9z/SRpbnedEu0nF+hL0/LAM4QL"
    "l16eA/3Rg1TOT6hmESGMYJqHVfXDuLysMAyePnY/XpYqEkrv1VEkVCWGKDXPRv1Jn5qGYx"
    "mBUyrVRkWpNrj10r1gq9vXfiHXIT8JaeQ7bRJl/NbBrGIz5xgT3so9xSz8RpVk2VA87UNv"
    "TIqnfRietuUuaNkqUZCTchKwN2rhmClW/EGYMgRLscJKawH52DHl08CCF9Z20NA4oiohYo"
    "JkRx5hwyBpvjbnahW5BGx+B6okoUjRa0VBkYyMoCgoP+KoF6GgZCc1y97GcpKa/fD7l6L0"
    "KErPwU1i2yg9qQWgBEzvXdhCZaEopNElTzid7yF5Ui3BOzYlIXqxHIzmEO1LlupvepLoe4"
    "+BZZGfuDfRJTBJD1hfsiI1h/NpUIhtb6RuWF+yIlU3Nagti9SOzCCL9KRZc27QoDg/KPxW"
    "DVwkIVSboBV3rzEQsl1sIUZb3WwaHaLCeZoCoZ9cQMXAm9vhVQf85bZ/RTk8X+D0tgN0D8"
    "xpTqW34MY6//lXoAP2SKAvdMcDLgbejDShgXEurb4YevuA+2wtGPVnuiKLOi+PU70PV2Ud"
    "G6AQdXL8heQhHjnd+JCl8M4z+cflJPQfnp4UMP2fnmSa/umthOmfjAJnCbeQ7qwyLP6BRN"
    "L+vAqObC0DOM/+HMSzrm1eBMfzwbA3/sp3ZZ1z4l/Pv076vQTmyiyZPd3lNUuu92WhTSQu"
    "pYq4ixRxT59tU6ORHgrBCuUR5lMbB2CrlSg+/6quUR5X2nNOwWutvsA5eGNNKHASRoC1Zw"
    "oL+U8Pk6Nm0BM5QwJIs7r+yk6ULCkZZaq7M/yKAGZVxmmFAmgCWqIDmh1aCcZkdzjH3iqf"
    "pM64DVip8s64bHRFDrdrAQlPtSdnRWhxpFVOhscUMc7B9s4Vp0LZJmN9NPoypMWmmBn/Af"
    "UubwbDLtDNuYUe0E2f8iK6wLcPPqDPg/4X+veLBV9hQ3JP+Ukd+cWQtiXhLLcE0mFjcyom"
    "iCrmSzb07VQ2ijBf4LeFRXrbYdTjkhKOektGmaNSpofZP9ua2nQlqFamBBXp5XujtfXWgp"
    "pDfcnUwYWZGnto4c0AthQ9nL8ylACv3ESY1FrYqOLWce98tklk477fbhKJ0AbKDcRTRoYm"
    "GRmUCtxwFVjpZtnQy6ubsYrgggfLqIw6qqujeuWg0hr2gohGRNQUVYrPgRSfpau4/1tBjX"
    "yq2xFle08JkF6F/ciJaXSLblLaljFkKUiPOKpjeKuTpzQ6cJPCtAiVlNYsMH0+5itElJT5"
    "ArssD5yB53PL64BnuPCA7gIdBH2DR2yb0AEWYv5ulgOORxQts2ulvTZgj+zkaK/+kGrujM"
    "NPzCOBRqWarL02x0PoQ7ZDEaC0pEptIl7wc0kgE8ptspGQAO4ain2y1NKaaT0FacaL4pyU"
    "kw7tKsoGL2y82smklRBVNq022bTYyUzQXhCVUQaDZN1cFmgoiGhcStm08q0w7iaYc0/NVr"
    "6M8Z2EchufWdttBuzbLgHZ87CfVi4CW2GNLoGN8jr7ZSJ4JoOwfkSOwWBdpqKIuYD2D4ie"
    "qgMTzwlU4Iko9URZp3T4V+w821g3wRsdBDOQ3DD11a+APN4FrzPI1PoVsHVk/txhjaBJ6f"
    "PUKBDkmqdVDHjWhBqfvN3Y8A9yOHDx0iHfWBi/uL5A5sc/lTHioMaIxz9MoRKtYXvpCMon"
    "Z6eFFLTTHAXtNKWgYWOdIaCwchaRkdHMUwTm99kov0+BnFpfiiKdEpQQ7vIDq6Or9y5gc1"
    "dqGaCuJDGzYtJkoy+v1cE/t4lmLI4KKR058SGpIj1Vmhz8uVeCXny57qidsG7VjGNfaUw1"
    "HpNVYzy4mByl5m0JuP6gxXo2mB7I3LBE19jgVsgLb3VyTQ5LpBGFoGh9vBGC4Jno7jPycl"
    "Rlx+RvWnTHL1HnDyprYLHqdIB23WFZpl4xjdE3oOtCFxg6QtgDU+zR+nfPkKj+aTtDxc8q"
    "mcbwo5TC26tmWCfHUEBGUuS4HzSX0ExQgR+3kRXv2jd5I9QD44+l5eykNiVEld7UdL0pdS"
    "o9zE4fuso4O33Ei5a900fzuJZdRA7GUyurWnLNs8OrWnLrLfbdcYEd9t1x5gZLbyX210zD"
    "8PZ4wTbYho++9M+74BVOH9CX0fh3Gg1I/Xw0OvBiPBp2geH4/oTDRwYSlL0lJ1l1scHYSN"
    "dIWWO+bIqZ4KCc3w+uLwfDqy4Ie3hAl/3b69FXdtGnhbGr4/vhkF0j6h5iV+4mo9vb/mWX"
    "ZkNbLKD5gD71Btf0wqNu2fTvy/412W79joi2G75fQwZ4F9JtWlICXmLdpNutrrACH9mhnG"
    "JHT5Yn+pFdDSZdQOQe0OCmd9XvApa7nXweowuyDn4i3wz5QLBB1sJHyw/8Pvwn4kByOLA8"
    "7Ahp1HGpJm9Hu/rPjk+K0HZps2yw2c043FOHTHOhXGwbiRonf2j3bqkNw8HY00yiORvCEz"
    "slKcG6XwPi7FQBnb3W+mQfNSJPFXnR1b53Pxl1AZV8QLfj0YW/vlNjcnNWd5/6SCOIdMRR"
    "nbPPPylBCT6D2o8/nu54u4CfElTgi4MPdaKaaC+6Y1E8OFpeDv4cWRkqXNc9BgvscEzemX"
    "6EsPlOToSGQV22E2FGpqQ304wZNJ61he4JHSG5wjWuKf/T4oNNDDvqZMFLkTmdJV6VoyyN"
    "/vvjlkxxl4BkLrOSqWWs1BEZCTbJGjicLNw2DfFf7kbDDAp4KJD0PlqGB/7LqoFVhvPGl0"
    "LPo56F3F/o8w7hTqEA5W+Qyb2wE/e70A5SUemmGZSPKzoaGwk1HKUPh4Ed3kExc3Fft69v"
    "NX/bksV8DufYWWnzqQCcMZn6ID17e9ISUE3LfdaeRCCNSNQH6MeWwDnDYpkqwvYyqIJVp6"
    "gIVOhXOJ1h/Ky50HAgB+ytOni6AymcDQcwRfns3sIH61BAvsleQYbhpePQmqhBNjTByA6+"
    "tMrVcWhaasNgLHv3U8F82VDLRUpVVXFlHvUQo7yquOEXK1zBKCWotqX4KhphMwtCm5ZU2M"
    "axfbI8beHgF8sUzpLOEVXoJtClSXpFYY3IKDxVTHeFcB643oQ0UzQnTv4QBRKaies+9RE2"
    "SeQyzgUl4NuP9yYnxukDUQGcoxt9CUBfWd5tpDc5geYcjgogrXI/lJP7IXUGK2Pahv1IOm"
    "Ejx84CM3WjtJYArdwlalL6vXB+1ATXmOM+Pw/kPv0+hnZWNkHBTLRtWR4SoTabGi+7QxQp"
    "JyMLSFWGwk90l5vxhl3v5AXBU/9B9dVbt6Sk7fihiFAwN63KMLNnhpnsOJYMZ1PFMSuHSz"
    "JTATeATWguuMWirutF+oi0XMJwyAuHB/31vn9PY6R9aW5c9f3FRf/urgvcpUETUKXjqtOR"
    "19QZMLqfkNf0ucQ0qL539xttYzi6Owve8+Au8QUkCxhP981m/28k6qMqtYUbnRnBnr0iHS"
    "Z0/a+7fCs7rkxnb4vkEyatMuctu5dw6DgOdnbJGJASlIE5UzdPyQfR4Joasqd6XEoG3GvI"
    "m03fN4VxNvF8I7EX8bxhONfNMF/Y+mqKsRAVLyojBfmxhqgtsko7Og3gFAquiEs1I8CCPl"
    "aaAAvM3lBoTCIiakBKH5CAZe2zq3eJkY5IyrDv1n3eOXC5kIahL3G1kEYjXUmgqXis9EHC"
    "oxtvo2wrY7tWi2U7qbtFCNssF8xOgx6XLGHQG7aGtWSQOfzs9Cg/Wsiixtsdhjkhqsa5ye"
    "Oswi9kW8NV+EWDGK2K+XMQ5g8jvWUklhGhtlBuYMjLaNnqdRhuC9TnRzxuC73eyeW2kBbV"
    "c1uEKCuqjIMq41CdheO4SB0H0ionmXOqkoNrL59E8A3bS1eHqnyK0AI6Lka6zdlPMLahjj"
    "I5JGuxBMpTIlfVNF5fqXdpOB+NrmMn4PNB0uR8f3PeJ/OaIU8aWf7u3nbTktJLyrEtKW1U"
    "tlHP0kZTOlORY300TmjPk71YXFXTJkMhdj9VgkrQf2SFJ4ig3BOh4oGmrQRpDufTvb81qv"
    "3dsI5kgqlqPTpALEOb3uCZr1NrkREsu3CiF2j1cK5btiqZ2Cxd2x+UFNA5nNVQQEJt++Ss"
    "iEJIWuVQ+lIqoYOzUoNvDxoJZWskwi8D67FIyMjoy5CWS8SviFZL7F3eDIZdoJtzCz2g+z"
    "t6a93rwQM8Wlg7cb5exEUG5aZPdegu8KUf0GD4eTCh8TYWerG8psTbBC+zgyoXl1Tu4+Zo"
    "bmmFXZlpsj+wdirsRcw07GApdoyLiKjMUomlku6hgnBGRJQHPtcDHyope/reQw9mOyfoVu"
    "d75POMud0vencXvcv+UWq+lgCp3HSGyBfKRzTb4FmlZYGBzrEphIORbU2gP0h56CW3GtBB"
    "FvXSR2WUJ3mrJ/nQhpkGgVuJWca0XBqgqolO46Scqt5WJKhmobvuKya70kx3hUpApgSlND"
    "tWUkpcmR0bZHYkByHrhTMgubSgjVCNpKBwnVecIGVsapGxSXGCZBv1UjlB+sIi+uQz5CVx"
    "ECEp9BbWhHbTwmlQiMlRZzLUlphs4moDUYmn+ydDvQy6kRSlgzHw2ggWPb+aWt08szYi5b"
    "IU+8zvWw5OA9aXpGiFtR8CatfMWpQDWmGOXhtBIwrji2XsO73u/F4kxWidYHoPrmexaMlW"
    "ohOhU+7/zQmRYtsC156eq8g5w8FLHsI3OlpNMP23oJPxinbUOjN5jpOR/S4t4b1b/0qHzj"
    "ty6ODxt7HDBuEZrjYIBx7K9QgFNyPOS29GGj7N1iJRQjHXsUmua8nE7d9zfZI96FgGfULK"
    "Kxnc6eT5JfVNm8Y4JlW2+z2z3b+QGRYsn0UdChER5Uoo5kqgH5UAwkFzCdGtJBqbPNHjZp"
    "zPzi0aEak/t+hhmF2lZREVsB6WT7D5/v9izNvN"
)
