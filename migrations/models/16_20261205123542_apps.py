from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "apps" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "app_store_id" VARCHAR(128) NOT NULL,
    "catalogue_dir" VARCHAR(64),
    "manifest" JSON NOT NULL,
    "host" VARCHAR(64),
    "location" VARCHAR(63) NOT NULL,
    "fqdn" VARCHAR(253) NOT NULL UNIQUE,
    "installation_state" VARCHAR(24) NOT NULL /* PENDING_INSTALL: pending_install\nINSTALLED: installed\nPENDING_CONFIGURE: pending_configure\nPENDING_UNINSTALL: pending_uninstall\nPENDING_RESTORE: pending_restore\nPENDING_CLONE: pending_clone\nPENDING_UPDATE: pending_update\nPENDING_BACKUP: pending_backup\nPENDING_RESTART: pending_restart\nPENDING_START: pending_start\nPENDING_STOP: pending_stop\nERROR: error */,
    "run_state" VARCHAR(16) NOT NULL /* RUNNING: running\nSTOPPED: stopped */,
    "health" VARCHAR(16) /* HEALTHY: healthy\nUNHEALTHY: unhealthy\nNOT_RESPONDING: not_responding */,
    "unhealthy_probes" INT NOT NULL,
    "health_checked_at" TIMESTAMP,
    "error" JSON,
    "access_restriction" JSON,
    "memory_mb" INT NOT NULL,
    "cores" INT NOT NULL,
    "disk_gb" INT NOT NULL,
    "port_bindings" JSON NOT NULL,
    "settings" JSON NOT NULL,
    "sealed_secrets" TEXT,
    "admin_user" VARCHAR(64) NOT NULL,
    "addon_choices" JSON NOT NULL,
    "addon_databases" JSON NOT NULL,
    "label" VARCHAR(128) NOT NULL,
    "tags" JSON NOT NULL,
    "task_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "domain_id" CHAR(36) NOT NULL REFERENCES "domains" ("id") ON DELETE RESTRICT,
    "environment_id" CHAR(36) REFERENCES "environments" ("id") ON DELETE SET NULL,
    "guest_id" CHAR(36) REFERENCES "guests" ("id") ON DELETE SET NULL,
    "node_id" CHAR(36) NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT,
    "project_id" CHAR(36) REFERENCES "projects" ("id") ON DELETE SET NULL
);
        ALTER TABLE "databases" ADD "owner_id" VARCHAR(64);
        ALTER TABLE "databases" ADD "owner_type" VARCHAR(16);
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "apps" (
    "id" UUID NOT NULL PRIMARY KEY,
    "app_store_id" VARCHAR(128) NOT NULL,
    "catalogue_dir" VARCHAR(64),
    "manifest" JSONB NOT NULL,
    "host" VARCHAR(64),
    "location" VARCHAR(63) NOT NULL,
    "fqdn" VARCHAR(253) NOT NULL UNIQUE,
    "installation_state" VARCHAR(24) NOT NULL,
    "run_state" VARCHAR(16) NOT NULL,
    "health" VARCHAR(16),
    "unhealthy_probes" INT NOT NULL,
    "health_checked_at" TIMESTAMPTZ,
    "error" JSONB,
    "access_restriction" JSONB,
    "memory_mb" INT NOT NULL,
    "cores" INT NOT NULL,
    "disk_gb" INT NOT NULL,
    "port_bindings" JSONB NOT NULL,
    "settings" JSONB NOT NULL,
    "sealed_secrets" TEXT,
    "admin_user" VARCHAR(64) NOT NULL,
    "addon_choices" JSONB NOT NULL,
    "addon_databases" JSONB NOT NULL,
    "label" VARCHAR(128) NOT NULL,
    "tags" JSONB NOT NULL,
    "task_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "domain_id" UUID NOT NULL REFERENCES "domains" ("id") ON DELETE RESTRICT,
    "environment_id" UUID REFERENCES "environments" ("id") ON DELETE SET NULL,
    "guest_id" UUID REFERENCES "guests" ("id") ON DELETE SET NULL,
    "node_id" UUID NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT,
    "project_id" UUID REFERENCES "projects" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "apps"."installation_state" IS 'PENDING_INSTALL: pending_install\nINSTALLED: installed\nPENDING_CONFIGURE: pending_configure\nPENDING_UNINSTALL: pending_uninstall\nPENDING_RESTORE: pending_restore\nPENDING_CLONE: pending_clone\nPENDING_UPDATE: pending_update\nPENDING_BACKUP: pending_backup\nPENDING_RESTART: pending_restart\nPENDING_START: pending_start\nPENDING_STOP: pending_stop\nERROR: error';
COMMENT ON COLUMN "apps"."run_state" IS 'RUNNING: running\nSTOPPED: stopped';
COMMENT ON COLUMN "apps"."health" IS 'HEALTHY: healthy\nUNHEALTHY: unhealthy\nNOT_RESPONDING: not_responding';
        ALTER TABLE "databases" ADD "owner_id" VARCHAR(64);
        ALTER TABLE "databases" ADD "owner_type" VARCHAR(16);
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
ALTER TABLE "databases" DROP COLUMN "owner_id";
        ALTER TABLE "databases" DROP COLUMN "owner_type";
        DROP TABLE IF EXISTS "apps";
""",
    "postgres": """
ALTER TABLE "databases" DROP COLUMN "owner_id";
        ALTER TABLE "databases" DROP COLUMN "owner_type";
        DROP TABLE IF EXISTS "apps";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztfe1zozi677+i8pftqfLOTSednj6eW7fKcTwZ7yS213G6t89mi8Igx5xgxABOOnu2//"
    "crCbB5ERjZgEGtD9s7AT0C/x4hPe/P/3bWSIem+3NfW8O+pqGN5XV64H87lrqG+D9Yt7ug"
    "o9r27ia54KkLk45X8UBF9UfSO+rC9RxVI7MuVdOF+JIOXc0xbM9AFiGZryAIKMAzfAMDZH"
    "mqYTlghUzdBaoHkAVBf3A3BLrhQM1Dzht4t1Z1iG+ApeG4HtiQiZ+h7YElcgB8gXiIqXrQ"
    "AcjRofPTz+RVdKThdzGsp1qfurGMPzdQ8dAT9FbQwc/+57/wZcPS4Tfohn/az8rSgKYeA9"
    "/QyQT0uuK92fTaw8Po+jc6kvyihaIhc7O2dqPtN2+FrO3wzcbQfyY05N4TtKCD30+PMMPa"
    "mGbAvPCS/8b4guds4PZV9d0FHS7VjUlY2vm/y42lEU4C+iTyz4f/F7xaZJiijCdz5X44V5"
    "ROagWQV0iwJ7ikIYusHoOsJQzMd3/eHSD0aoc8YPB7f/bu4uNPFALkek8OvUnh6nynhKqn"
    "+qQU9B3KW/YqG8dMAz5YqQ4b8BRhAnv86tWgHgJWAcSdtfpNMaH15K3wn+eXlzmYf+7PKO"
    "x4FMUd4e/c3wXGwa1z/x7Bf4e3C1UT6gr+6NJgz+E3jw12nKocpMMLO6h3W1QNWOdAOx/+"
    "Y05mXrvun2YU0Xd3/X9QsNdvwZ3byfgmHB7hwOB2cpUAXnMgAUdRvTTw1/iOZ6whG/w4ZQ"
    "J8PSD9OfyPFrKig3+gPrHMt+Bzy2PN6G54P+/fTWP8ue7Ph+TOeYw34dV3HxMfyHYS8GU0"
    "/x2QP8F/T8bD5Pa1HTf/7w55J3XjIcVCr4qqR3aG8GqI2ndyoiyfI7sdubBQtedX1dGV1B"
    "10jrLGpm+tz9fJK6qlPlGeEXDJa4ZSg23M0TO0mBJFeC9fnLANfHLiYcVkiWx+y1O44acw"
    "/X+OwzccL8RJED9135+dFTh18ajMU5fei2/+9CtSVqq74kE5TiWcfPPxQwGgP37IxJncis"
    "NsO3BpfOOBeEch4lL+WGQlJ0/HyEL+mARYCjE/ihAT5Tr8ZmNlyz2A63HKErgevG5TmN4S"
    "JoeY5HLZVF1P2bgHfd1JWsnpJnMaM8pR+ATrCEmZ0nVzmbpHmE7peHF009D+hhxoPFl/wD"
    "cK8Ai/h2ppLCE6UNEegmnaCenu6u5TdtTXrYIXXVD4t+NfDD1fVOvfD/rXw873UynNdoep"
    "L9v7VGVbKsmCK8mYx4rr4e+YuXdm6xhJOhE1jfNPRVSN80/Zuga5l1A2MCNM9IS/Cd1g7K"
    "jZgKcID0K8YQJI1boz3hKNJXQZot/f7idjNtBRmqTIZ2ge+A8wDf9uy1Z3DrgEjXznQNIP"
    "kNhpyARJ58AKsYDPXuHheLmw9y9sE+H9gLwTB75RGgG3648XRUC+yAb5Igny8k+dC+BwvH"
    "BGzfPLItjiUTlO2xS6BtEW8M8nr4ZFCYwMG+uhtVmn1Iu47Mecqb4l3rGhpWM0leBFOCXA"
    "znQ4vh6Nb5TRGCvBt7c9kJjv0QruDK97ILgG9UcrpBvgo2x08zAb7igxO5fG08aBu1EP49"
    "T8+FeGTwhHzbAiPonOhDd4IuZFnnaLNfjIk0xkRZ8yJdaAyCNsYh7Z3b/qD/54mO7uEw1n"
    "Y8ef35/N489XHW83InE/dXcyjd5EeO7hbDaZ9QB0HETXAPfyL7J9n2dv3+ep7dvZHLnkYx"
    "PUuNLxcy0CHOcKnz2M8eq76YGA/tEifJqS9UxYZEP9EL6U7wpYQdX0MtxZ+5myo26wCNP5"
    "fdi/nf/+tQf81317tB7G22sba3uVzIG/xumEflj4UcgjH6ON6KfVDH5tX1exHbSAbppzIy"
    "sj+odFmmCbYVUm5p9VdW4/kTf46/n7D798+HTx8cMnPIS+5fbKLzk8GI3nzA9C0VZQez7I"
    "iM6cQFrSm2xJ356TRTXmLcFR6nJ7OFqJtqxqGnRdKu44hsbW7bJZwKaW/DicH2u4JnG46w"
    "XHmRKjqe8wqVIPLPk80ZDDdUpvx9eH5vuWQKkb7rPyxLM8IxT1wfmpJXDayPGUhUGFW8YK"
    "zd56U4T1G40jjqjFxjA9rNX/TB57Cl9UJZuxCz2Ply9RGsmSClhCsydcqDnQYzBmb95FhL"
    "LB6nJjUy9UfW1YCjsuI8dtG6Oq0XBU1bKv2tGC9SaMkLZChsYSXHIk8iSh3IPK15koxiS2"
    "YaG6h7AnRioZVDqDMDqQKwFySyDc1lRJNImn8slE4fhmLHXyPGGWuqdi5YoVQ5WpjkUoDl"
    "LHGiYAlW4qkGkZP2Bahu8vPoTrcUrJ9aZwneFzCN4+/a0v3jhD+FOER0QAN2w/PSbeN2Il"
    "RGs8IyeqMSKZGpGAFFovhoOsNbQ8TlzTlHK5xrF92kCXF9UojcQzjqeFdHZkfzacERL56a"
    "dysdH/QI13gcap5BLNzTQLwErjy51sNt3N1Epc96abxddVLOMMvwIYP9zedrJOrhLwHcZn"
    "ExPj9JFdAGeyhZYA8DiYpp1b7V5oIwdNDFMSAjwbDeadtGRQAqg34TxirteoMFRgpfqSfg"
    "mwXm8nEnS1xnSiAut1p5mWgG7BvOmWrtmUEp+xcE+UPb3RDW8GNeTE85MZt7u52dRkoGIi"
    "GjrdnJTqK+Mp00Jd1DgdMLW52Uy+afq/zs8vLn45P7v4+Onywy+/XH4629qo07fyjNVXox"
    "tir+5GrWWhATsn1ZrbpFmnKbNWfrTTklnIfn2qMiT79/46OVyOuk2Q4a3iF6URIa6o6gAX"
    "vx4f34qN0khzRgJPqK554dyRyA2gXfa29kGqZuSW5MQMZuWTiFA1oKKwHAcL5zwY7yiEC3"
    "yqpOK7j5fyjH8fP8xbMvHkg4vzAlhfnGdCTW4xkearDhUjqghlkWr8BnjxyroJMvGWczXd"
    "IjzV2/Akoe0IZE4fK1DPNKh3xOZZujEi8RZuOVtEyk16GgvoFa3R0mEYP4M73Ty7p1/hRR"
    "aSFLyQJIWKuQHsL5wS0lYl+5YgKnSuJv/ogQX69mhd9+f9q/79sAfC9JHOIYpH6cVQjioo"
    "dIpiQtTvc0A1ofFkdte/xTAjZ62aj9ZgNuzPaY2acMbjaz6Vz54leVsupXBHUWeFJ+h6hl"
    "aPalg+yC/QcTnNGxESAe0b5SuEOiTV1VyFr0BJnErmH8XcWWXkH+FbaONoUMk+iNmcSRGK"
    "J42X/xFsQeOziyTIhLOMVGJNdS3VdleI1waVIBNvVZdvhnKNfzO2jrwIkZBCoATGWqJE2u"
    "YrqG1RX74vslfjUZnLmt6TubmVmvyoWqWsoeuqT4wdI7v2S4pQhG257tIv7cqMloFlMjFa"
    "cp0jMbopVn+sJjMjnv0b3VybPxlSzOTfmVgQ6NA20RupDg7QEqjAhc6LocEeeF2pHjA8gI"
    "9jqIMlcsA7FWhovcbX8B8qWDiqpa1+6m5HLtHG0oGK/7dCr+QCxItS/zlpA6zxsdJ10XDX"
    "RZZDuLjlnOkdrtJKGzQ44LWcB10Stg0SHi1GZf6HwWB4f98D7oYWFX60fuuPaOuJpWrQvh"
    "OD/ngw9LtRaAQS0o2iGTZ2/PSnp6yKeAX8UDvyJqtWHerwGAbuDvho9aejHlBt49H6Mrz6"
    "fTL5A+9gcLFC6BkzeHg9nN5OvmIOQ3+/w9cmt7ekEQe+hkyTHBfNYJ+/q/LowjuKJjOsSd"
    "Ev/immuCuVB+c4lQhKW9W2tACxA3TkNKUIeNetJGOpesVqY5AT57ylEAHvGraSjEYRe6w/"
    "ogBc94KWRkxZYLA2qNtpUSliR6P94g7iepxS9jBqjtkszeWlYRnu6iA2J0gln5vMZ1k4ko"
    "u/HHmCgS2UE9Y4lawfl1/rLEArDTB3gZj73UztBHZvkZj4yopViBn07wf966Gsv3Oy+jvR"
    "wDgTsnsxXAWUv/0xg2ZWI/IA75k/iziQf6/SUzeAjmcsDU2lDEv566K3u3leO203UKbrCO"
    "7z4k01PSrH9ACMa7SMVdDbfvmnbnE15tgSyMj4fMPZAZHx2ko1CbsPzo2KTdBkP1Pn9/l8"
    "2gMrz7P/evb+0boe3/cAXlj0j9/6odMPP6pBTr9naHvKks9UH6URrmBG+dkK2wWsrBCriG"
    "qO3y9FKYLpvvI4+h84oORz/3Z03QMvqmnoydCRZmw4hutu+Lom7iiE22yqqbABHUPl6vu2"
    "oxAO4UpyoizkKQuIT0CGUJNv3o5TSut2k63bhFfq0mNtVvuZvCWUPG4yj5f4F2Ipi1WEPT"
    "uQIkYkgkRWdzBF0IP6GTKsw3s7VwdUEveDcbcwxAeCHyWVHODngKm6nsIduRWnEkBGOwns"
    "qufBte0dEJTAIJfHepOPdQcj/3pQ/EmcUnK5yVyWIYSZbBY4hFCm4orGdcbHnupRLDvpVh"
    "0OJZuRFY3YyW5Gto2FOk3S+HVYEZMRh3IdqZaZHYQS1tSsIALln8kGmPQF/yUDU2RgSkO+"
    "/7jn4MNZAcfBh7NMvwG5lcghemtukd5SAiCmk/v5zWx4//fbHggX3p/mo3X3lV6iAgXNiR"
    "7d04Rog24zp/dJtqVuaV0+s/KLI0MHA6YcgHOaUgSzYx3FqNsWAuGgF4Pw+JA4iNnk8+h+"
    "NPFraURnYpbYmE+mUxIW4XrItmEqTuLRuh7eDv2S1lS0C9+oIWw9JKs9TSnArlW3FRk/i1"
    "c+ipA0+eQ+NHarSPDux+zY3Y+p0F0818blCw+KkEiIC0AcePJs1XVfg7bJnE7AKKkQkJ/M"
    "D/t6DBuS5CIIRnVzgjciV8bhZm40qThcGzkMbDPrZYTDZbEMRrEM5LCS+jKx3I6vr2Xa+5"
    "ZAuYZr5Lwp6wUHnDGa+iC9fH/eElB1w31WnnggjVDUB+inlsAZNG1ToEV+LUM2uELIhKrF"
    "hpZBnYB4gcmrwjg0i9crHFxNJrcx4eBqlDz9H+6uhljfpgcYHmT4Hps0+C//1jdrW4k0zu"
    "PAPk1cI/TbK63FXrbAqL8FBnrFGCnZvgk27nEq8cTh8o13PmJ8XXSiNOJhXEUnZ1mlr1RJ"
    "RIbYZUPdzmArGWL3I3K9SIidrObGJfZyVHOLBD5xQpumlNjGsX3aQJcX1SiNxDOZ26zzlh"
    "2MkMgg26QR3EH/AzXeBRqnkks0N3A5ACuNL3fk8nQ3Uytx3Ru5HF9XGYUGM06uEvAdxmcT"
    "E+P0kV0AZ7KFlgDwOJimnVvtXmgjB00M0xkWfWejwbyTlgxKAPUmnEfM9RoVhgqsVFnZtc"
    "bKrpUmi/hpOqxUkW0CT06iCB1TsMlgH/jDSZ8/bwWBESwM8G5goo2Od8u/uD2g6mtS/B3P"
    "5SHHxX/qZPC6C+ALdN6AqmloY3lgrb4B21QxtbfCXHIBsui4n9JdBmt8riy52gAhsQuyM1"
    "uy0ttyAgu3FLLsapGyq/9GFuQOkI0RCRFMWAPSNMJd5wuTjdIIiHMFZTuRtTSe0hBnlxHe"
    "UTSjjjB5rDB1hIOgVxdiqcpjhGXsDZeNUIrgSq07UtYzXSV/3ymQxJiYo8YcFCx1u9DSnD"
    "fb+yt+BZ3zs+jcDuf3w/Fg9nU6V6azyXUPJGd8tKJj7uf9G5pBFB2GYXmiKUj9wd0QC57a"
    "GpZVGfq8iC/9PNuXfp72pWNmvRqmrqms6PTcKKgkqYyB4oiBIuDxnz1xKnn+VHX+EJwPP4"
    "MS1PIc4j+Hwk1SIf1SeFiQIpToH5y5tMXysCqSSXLJCX5OyMisbMmonTE6MjLrR+S6jMxq"
    "UCiBdG6dpG2hajMTbThaFvZtu4VbVhbW8Y8/0RfwcJASrQhFBMtBm6NhmpE5RAKIy4sc8Q"
    "arBqOLTIjkxIJzhP/Zj+cdnqdwTciW7IbfOZ3tQ50mZqRc7fR6N8/RDvEI2Q9UcOd0C+t1"
    "WfCV14Y+Hn7BsMLXR6s/nd5+peZxvPDNN79Q17B//ZWUBVT1t0drOJtNZj2wbXpw+vw9WX"
    "zrpPYOslCMgzTfOKUs6d8cRTdt3/DlNyVgWZrTmXmcacL6ykqcVcTYspM5ZXaszI6tDep2"
    "WuOkDfZH5HoRG6zMMxQ1z/CkcbmVmLFl5ktZmS88qRn7srlCi1nFuVxNWM4HZ3KxG6gcle"
    "cytF4+q44RwJW2wEVud3MNcdaL8hKMLJz3EhKQDBTVApHcwF+B4bmkUfsGAsMFfmQEeDW8"
    "VTxV5Rm+dYEfMwSQAyzksfJcKntOkUYuJIpD9nFplEGRGZeTnRxwTBxO42TQ6vu/B2FM9K"
    "PiMgQm6ITAu/4QNLJHMRxTeRHJOyIZi8wRi9yQwjUtWvKHC+2nLLXQUICPrbVw4nZ8UR6w"
    "Jc8oi3Ilz3BgJX35IgVUZE++5slysidfhRVDdcO1TfWNv7FPgk4Aj24NgjOFh4lyEzsgko"
    "1R32hhdBNPqANJEXwYzEeTMe1HFsxCeo8FaYHbVMDr4efh7WR6NxzPSbuxF2gim+z0j9Z0"
    "Nvw8IiETtgNfjCDc4uRhENEfmuJktuqTIBPgc6k94QOZiCvjf0sgQnpN1cv6yfCUhYM3nh"
    "UPxHEq8XA+v7wsVL3iMqd6xWUSasPdvnYK6lwlPk4oFXkORV5GKmSv+Hb6rGWkwo/I9SKR"
    "CicuOds0TldirDtFzdmGAntM0dkCBrr6s8QaJpEVynsixqOF6h6b+nQdTCMoSjH3/eEoJU"
    "IGBPlsE04258XQjgXq3p9FoNVUpbvgxvCmYXEshrsgerub5y4gSmlYZasSf4EH1bV0FjTT"
    "WdAuCyv/J9y5weLzw1UP4FW+2iweLfz3bd//G7/Ko4V15KuHwR/DeQ8sDG+x0Z6hR0cN+3"
    "QQVJthR5VenQq9OhuHkbmcjW0wXDz73eX7ImVR8ahMbOk9diU09Ay5XABJOiFWcu1pkH41"
    "cp7VHSERwO1Sg4FaGkuz0W+n2UwaS39ErhcxlsrSWuVqJhFNBGuJnJhGSKQBOt8AHergR1"
    "qf58E07YR0r+k5sqDYdmfZ2ejkxd+kqfEEpkYHbewOy8hIb3RzzYtkiKxIJbgd8bTmqQa1"
    "Sqog5DgvgjIn4li4CEqpykulTqrykusFuJ6lyqc0pCISZxiQsobrBXTclXFsXEkQw3NH55"
    "MiaBrxAOk0yneq9TZH5N9y9apmSRQ5ahX9WUpCCg9/pENWHt6NtkHqW9F7iRzKApK4T7Yt"
    "TBBoYlvuBLd8muCmt8J/Pa2215UIY5gKMr6upKD+nq9b0KIxLN0irCaTo1uQIUWLa1jg9h"
    "8DgEH1MKTQIVUrPt+Bgf+3A9aqDkmPVhWQYiMAI4b/ogUySEEMvO2gjYPVTvBOBWH0VBcP"
    "DtRRVjfZGh7IjLcIy8m8rDEXMfa7Kyu8g8oojOZpT/YLVNhFgHIadEZohHCNVq1H0c8hBX"
    "BmLctweH11QavEtuRKltuNhGPBRmlEXLBFGvd+zO7b+zHVtvcZ/y42wPtjs0LaOltmftM4"
    "d90OPh97ANM9Wn8f3j30wJ9wvUmeo0WwL5J6nJ14nEo7Ds9eJTs6jr3EU4QCrvPyOydvUW"
    "PtzwXAZu7TIkBdSU79idN9mqnLHum7bkjdIyGxNWyeTcEfLV5kZvnicAt7iNAsBRfjSHDj"
    "FDWms8nn0f1oMqblNKIzPVqzh7F/2dlY/pX7+WQ6HV6TuhvItqFO6m7cz2cTvwkJntpzkN"
    "+GRDYeabjXqPa6G9KFJJgzQbqQfkSuF4kGbU5R+taKejkxi2yLKHdo3aGF0ZsB6cGl0WdE"
    "YBkN5jJZXibL14GSCY+HaGTfQnERkpGr9UeuhsfDPfQ8/+VSfubkkG6exznsf6C4/ugTBr"
    "aesma/gAGX2d7ZjLr9f7ufjDNchxkF+3VD88B/gGkU6pLTUIGEBTOBIl+RTurMCWGQTJBU"
    "pKVKlf0FiKVScUTlVXpWBNIH64zYCSY5Z4Ot7ISgIt1+iL3N0AAGB+Pn0l48NBboLy6wEc"
    "J8X+H3Bos3GhdEY53AxvIMExge6c0TmCGhzurwU+rcuWFGwSNkTFGzYopCtnCICBESAb2p"
    "5btQpKlXtBOqiKlXdvYUtbNna+GURtSKjKjMxG/ZLrUQppntUk/cZukWPRnWb6phbhymrB"
    "+7nyvwm2SksvSHFpb6yXioA0rcJRJ4UHAJIKdLswCwoI7fCEvr2zsr1aUjvZXq0Zs9sEDe"
    "CqgOBCRHw/PIjKppPEPgIoY2UPkzHy06jrQIDW8CHUGXNAYFHjRN8LoytFU4uwvgN8PNbB"
    "l6jCZxZTxlxnQXjegOlnNzLWB+OPd/nZ9fXPxyfnbx8dPlh19+ufx0to3rTt/KC/C+Gt2Q"
    "GO+YRBUGfWdrGO5mwS5qna1hREiq0jBOZ4m8ODsrEhp7dpYdG0vuJQq4cesWdeoUtYItlk"
    "rREKPXHT4ZrtEao8w6CyN3c09CPMJUdDqw8DnoD/+LCwgxCP0pvwIHasjRSdPpFbT8m4YL"
    "lobjemQU2Nj0xDI88M6Flo6JwCtynvEQB63JCWQBZLHy8ep4oixU0gB1KO/QMiwNrQM3X0"
    "JwyO0lFCGTnYQ4OgnRnYF8J6SNtaFvndsc2GdNUSMfwk+htWzQVE9bKarJqHOc7ceMEdXv"
    "y4xsN4uNYeLN2v2ZPO8UO04lHk6Sr/+2rb3PI0enKWuM1NZMtNEdZP3VXXt2VbyoPumMIE"
    "hyUvlxD6kEiI5P1lQqksSKR+XUVEqlsQZrFTkMpDM19ThRfTnYl59+qQrpklOwfYRIJQ/e"
    "ROw0pYALuYLiYEFB+mBpqq6LlQCGzL63on16AhHy1erOs/FRVDUN2p7iQnOpuMaTBVkWwT"
    "zhMm8aKehzSJgL1cKwKB5e/TzfRIJMgJ2o7g8hQHDlrRnC/V7gQzIJPDfw+rOxJlsG1Dy+"
    "TtspQhGjbUovhxKcnhQ8Zuzz3oM3SioE5CdZ8fZmYRoaLwsYpJIFMr1YOohkevEPyfWsWP"
    "jYdkv9VZyxcTGiev1D7YiNK5IOS1wOC/Tt2Fy9O3+aFn5VHMl6yfWahmxiwTnC/xSMi9s5"
    "nNu4RPfGxcU+0AKBcUe790nGKLtHcORud69736UDC7r35ytIM0uoM91PL0FLGh4WZlB2Se"
    "1bcoFWv9VWyIVWxAH/qsY98Gl/fjWPkA78BuzZXZATdda+ulUWfOXEuDMefsGwwtdHqz+d"
    "3vplp/D3afpFp2bD/vXXHiCSz5ssQSUNU8mYQbxQjIO0hThlCdpCi5wUzVYO0jqhp7rPTN"
    "0g06kaoTjIo9owZpbtUZWmlWyo26lkS9PKj8j1IqYVmcQpkzgbBqdM4qwoiXNXCU9mcZaX"
    "xVmka2/ViSvEtpph1grMrvk2ra2Jt9wKXv+M5sOQ6WXPpebZkU7bsfbUkl3FlVHQKw3qes"
    "tqn7LfUBefocmgdx7uh7MeIPG0j9bNbPIw7QHaLe/Rwjc+jwbDXti0rRnWOR9avmYrUZom"
    "M6MxX0AQchRG+Sor1V1xGUIz6IUAv26DaALMI/hwMAuaKf7VxwEP33+Cyp8bhM/j9YLDas"
    "kirS8h5Kyq/adk4yUWXo0XxmmbG/y+I5K5lMUj3VXTYJe6zs6kjJDIPMr8zeWAPEppuM/e"
    "ZtppwpWG+x+R60UM9xHLCqe9OU0pzc75ZueEFetIQ2m8lkw78d1rLk0vsiaVvqMOAIbBNH"
    "QMZFtLiW29cGWfqYO+rdE38HkI+tMRgJZuIwwZeEfC9UjyPKAV5zRz43rQ+YnEMWkrUn7H"
    "IPXlLErkoWdosYr4lDs503rrQXUtzbbSbNu4Xahqo1X0tVIY5+R2xclkxN4BEXuGsnEY+b"
    "s5xdp3JAKu7UoKONBtn9PwHaUREOdKWowHNlMfOhdiJZurJEAGuRDo172xvEDHWL4pnsnK"
    "ZMozDcYJpXmwuHlwiV8BOrYTGKWLbjQJMhGcDDVsNcE7cxljozTNsMaSxwpjjW1hgg5WEL"
    "XnA5rKD34fDv6guTnhDI/WZHw7Gg97AFmmYUGZnSNl/QT89gtUSCIlU8nKPh8SZOKdD+Wr"
    "s0tV4zsZtgTyWCj9WDBV11PoNnmQz4ZBLtPTmuOnSbvnpFM2e99rp3tOOmV/RK4XccoShw"
    "mnNzZCIt2w+W7Y0B11pP91HkzTTkj3el4jC4rX5RrLnD+y5E/ftgUCOW5rUT11wY5840Ho"
    "OphGVJhoxtSRGBVNKmslQLsm2YcDFGnILSJEtFKDaVjPR8JEAjvmeC5RcXLQxjt2Kc3IHK"
    "ICFCQeHQnR/S59SRSQuMKsdnhCnWUxDbEMC93tR3QYzNNK+wQbTc44NLotZcSihVtWfjya"
    "QnbJgkFpX2j3UUoAHNUKe56SunC0s5vrV5Bze9t6cX9xgbrRDQ88Q2i75PIaqEsPEjq/2p"
    "yBiZAF00FqVT+MGbQW1gggjz0uaE12UCX36uigKqtmlFqEpP6KWE3DsYysMlmHpKI6JMxm"
    "8l5w1B1r3BFLyE9CGvlOmxRPP3UQbWfNEGPCW7lSjO0PqqQEiQxiP/XBJIPYTxPEbrg26e"
    "nFC3KSToDQlloC8GTKwEnCiDCWfF2ntgTihQ6VHyMXvLBygIbGIJXVIhMRiPgRJgw6Cihr"
    "plaRG53OnkD2a+TpCC7jcwSL1JDxOT8i14vE52RXfMs+xnIqvv3w55eMd5LxTic3ie2Ld0"
    "ptACVg+uDCFioLRSGNbnnctY7rDyJrCconjiFrI0rQejEcZK2hdWwg2XA3k0B7YQwsA//E"
    "o4OAAnP9iM4lKlJruF4EHfyORuqOziUqUnWHTbVlkzowasrAMynGmpltyh87FX6rGipSSa"
    "xN0PK7HikI2e7HEKO9LkiFsKhwga+A6C8uIGTg3XR80wV/mw5vSHzTF7iYdoHqgTUpxvUe"
    "3BlXP/0KVEAfCVRbdTzgIuCt8BCSUemStp2hJxS4z4ZNw6IWb3hTZxUAq/fhsh9oA5TFbo"
    "4vFT/Ew9KND1kK7zx3SJxOQN/qxXkBt8jFeaZbhNz6nhLfGVu4YanOW4Y3JKBI2ubfApGt"
    "ZQDn2eaDROitPRDjeDUa92df2W6+K0bi9NXX+bCfwFyabLOXu7gm2+25zHWIxKnqPUzaYW"
    "bkCRRLcSPNCs7W9pGosDYyYK8FLb7+qm5uH1fac6TgrVZfQA7eWRMKSMIWoOOpwoL/00NY"
    "1AxmwjIkgKQc8K9UoqTV7EgUv7tCrxZAtD09aW0BdUB6u0C9S1oI6fQOQ+yt8klSxm3ATp"
    "Un41Lu8gi3WwIBpdrzyyIhg3hUTmnQVNCgg8yDW5WFtE3GujP5MiZdyqiL49HqX9+Nxj2g"
    "6mvDerTuhiRmpAd8++Cj9Xk0/EL+fjHgK2xI0TK/Gii7i9a+6q3l9s46bd5SxcGzMiooG/"
    "p2KhtFooLgN9vAsx3A9TilgFxvCZcZKmWazb5sqyuLN061MkUoA4K+N1pbby2oOWFBmTo4"
    "dxTLEVp4M4AtRQ9n7wwlwCt2kFBqL2xUV/S4dz7bJLJz3+83iUTCBspNUpRGhiYZGaQK3H"
    "AVWOpm2dCLq5vRVvKcgmWURorqUlSvHNSNy51fEiGRS1QqPidSfDauzIvYC2rkU92PKD17"
    "SoD0JpxHTEyjR3STStrMIC3P2mGojuGtbp7S6MBdedcioaSk2YXux2O+QosEZb7AHq2Rp6"
    "H12vC64BnaHlBdoIJgbrBEpg4dYFjU303r47ECRcucWmqvDTgjuznaq89SxV0x4hPzgkCj"
    "VE3WXpvjIfQhO6B7VJpSln3h7xS7wZBx1X3ZUQgAdw1dYmnZbUU3noIS7EVxTtIJh3YV/a"
    "ZtE70dZNJKkEqbVptsWlQy47QXRGmkwSDZcJkmGnIiGqeSNq18K4y7S+Y8UrMVr5p+N6Hc"
    "xlfWfpsB/bZLQPYqnKeVm8BeWKNbYKO8zn4LDZbJIOytkWMw2LbwKGIuIPMDrKeqQEdrDB"
    "V4wko9VtZJOPwrcp5NpOrgnQqCFYhv6Orbr4CU5ACvK0jV+jdgqpb+U5cOgjoJnydGgaAO"
    "P+nwwLIm1Pjk/caGf2LhwEUbB39jYf7i9gJeH/+SxoiTGiOWf+pcvX3D8cIFKJ9fXhRS0C"
    "5yFLSLlIKGtG2FgMLKWYRGRDNPEZg/ZqP8MQVyan8pinSKUEC4y0+sju7eh4DN3KlFgLqS"
    "otUykiYbfXGtDr7cxlvNOUokdeTEhyQbGFVpcvDXXgl68fV2onbCulczjn2lMdV4hneN2W"
    "gw76TWbQm4/qCNjHaYnsjcsLFukcbsHhje6uaaHDaWghWCor0DJxYEz1h3X+GXIyo7wn+T"
    "hkR++z6fqXSAQTv3ATJ1l1aZekUkR1+DrgtdoKmWhTywQB7pDfgMseqftjNU/KySwxh+lD"
    "aBR/VT6+YYCjAnecT9YLiAZoIK/LiN7AbYvsUbCT3Q/twYzkFqU4JU6k1N15tSUulpTvrQ"
    "VcY46SNetOyTPlrHtewGezBeWln22WueHV722dsesR/OCpywH84yD1hyK3G+ZhqG9+cLts"
    "E23PkyvOqBV7h4tL5MZn+QbEDi5yPZgYPZZNwDmuP7E06fGYhR9jaMYtXFmLGjrjFkjfqy"
    "CWacTLl6GN1ej8Y3PRDO8GhdD6e3k6/0oh8WRq/OHsZjeg2rexa9cj+fTKfD6x6phmbbUH"
    "+0fuuPbsmFpWqY5O/r4S0+bv2JsLYbvl9DGHxI0G2aUoC4xLqDbve6wgp8ZKdyinWeDI/3"
    "I7sZzXsA0z1ao7v+zbAHaO12/HlMBngf/A1/M/gDQRreC5eGn/h9+k/EgVg4MDzkcGnUca"
    "omH0eH+s/OzouE7ZJh2WDTm3G4Fw5e5ly12HYUNS7+0O7dUhuGg5Cn6Fhz1rgXdopSgH2/"
    "BsSpVAGdo/b65Bw1Ik8Ued7dvv8wn/QAoXy0prPJwN/fiTG5Obu7H/pIMohUi6E6Z8s/KU"
    "IBPoPaxR9PdbxDwE8RSvD5wYcqVk2UF9UxCB4MLS8HfwatCN2/6+aBjRyGyTvTjxAOP8iJ"
    "0DCoy3YirPCS9FaKtoLas2KrHpcIySSucU/5Py0WbGLYEScL2vCs6SzyqhxlafQ/nrVkib"
    "sYJH2TVUwtY6eO0AhwSNYQw0nTbdMQ/+1+Ms4IAQ8Jkt5HQ/PAf2g3sMpw3vlSiDzqGZb7"
    "M3neKdwpBKD8AzJ5FnbjfhcyQSorXdeD9nFFubGjkOwonR0acliCYubmvh1f327+viWb+R"
    "qukfOmrBcccMZo6oP08v15S0DVDfdZeeKBNEJRH6CfWgLnCvFVqgjHi6AKVl2iIlChX+Fi"
    "hdCz4kLNgQyw9+rg6QmEcDacwBTlR/cWFqxDAvEWewUVhjeOQ3qiBtXQODM72NSyVsepw1"
    "IbBmPZp59M5suGWqygVNkVV2SuhxjldcUNv1juDkYpQnksxXfRSDQzJ7RpSoltHNsnw1Ns"
    "B70YOneVdAapRDeBLinSywtrhEbiKXO6K4TzxP0mhFmiOXnyp2iQ0Excj+mPsCsilyEXlI"
    "DvMD6bmBinBaICOEcP+hKAvjG8aWQ2MYFmCEcFkJa1H8qp/ZCSwcpYtuE8gi7YiNhZYKXu"
    "lNYSoBW7RU1Kv+euj5qINWa4z68Cut/+mEEzq5ogZyXatmwPiVSbXY+XwyGKtJMRBaQqU+"
    "HnqsuseEOvd/OS4In/oPrurXtK0nb9VETIWZtWVpg5ssJMdh5LhrOp4pyV0xWZqSA2gC5o"
    "JrjFsq7rRbqDR25gyPLC6UF/fxg+kBxpn5qZV/0wGAzv73vA3WikAFU6rzqdeU2cAZOHOX"
    "5NP5aYJNX3738nYzRHdVfBe57cJW5DvIGxdN/s6P8dRX2hSm2Jjc7MYM/ekU6Tuv73Q76V"
    "A3emy/dF6gnjUZnrlt5LOHQcBzmHVAxIEYoQOVN3nJIPosY0NWQv9TiVCLjXUDebvG8K4+"
    "zA8x3FUYHnDcO57ghz21TfFghxheJFaYQIfqwhawvv0o5KEji5kiviVM1IsCCPFSbBAtE3"
    "5OJJhEQypHSGBFHWfnT1ITnSEUoRzt265Z0TtwtpGPoCdwtpNNKVJJry50qfJD268TbKtk"
    "Zs12qxbGfobpGAbVoL5iCmxylLYHrD9rCWMJkRn53m8tKwDGK8PYDNCVLJ5ybzWaZfiLaH"
    "y/SLBkW0ysifk0T+0KC3jMIyPKEtJDYwjMto2e51mtgWqK47rNgWcr2bG9uCR1Qf28IVsi"
    "LbOMg2DtVZOM6K9HHAo3KKOac6Objm5okH33C8cH2oyg8RsqHjIks1GecJQiZUrcwYki1Z"
    "AuUFpqtqGW+v1Ls1XE0mtzEJ+GqUNDk/3F0N8bqmyONBhn+6t920JPWScmxLUhsVjetZ2m"
    "hKZyoi1kfzhI6U7Pnyqpq2GApF9xMlqAT9R1R4ggzKIxEqnmjaSpDWcL04+lsj2t8dnUgk"
    "mKrWowPEMrTpHZ75OrUS4WDZjRO9QKuHa9UwZcvEZunaPlNSQOfErIYEAmrb55dFFEI8Ki"
    "ekL6USOiirNPj+pJGQtsZA+E1gPeZJGZl8GZN2iejVIt0S+9d3o3EPqPrasB6th3tyazvr"
    "yRM8Wtg7cb3dxHmYcjckOnQP+NSP1mj8eTQn+TaG9WJ4Tcm3CV7mAFUuTindx83R3NIKuz"
    "TTZH9g7VTYi5hpqGDJJ8ZFSGRlqcRWSc5QTjgjJNIDn+uBD5WUI33voQeznQt0r/M98nnG"
    "3O6D/v2gfz3spNZrCZCKHc4Q+ULZiGYbPKu0LFDQGTaFkBnZ1gTyg6SHXnCrAWEyr5c+Si"
    "M9yXs9yac2zDQI3ErMMrrhkgRVhXcZJ+lk97YiSTW26rqvCJ9KK9XlagGZIhTS7FhJK3Fp"
    "dmyQ2RELQsYLgyG5YUE7ohqDgsJ9XsYESWNTi4xNMiZINK6XGhOk2gbWJ58hq4gDT5BC3z"
    "bmZJoWLoNCkRxYsT8aIVscc00MmzoLxbYRH2IuWBxfKPY6mEZQlE4WndhGsIhsryt1x+C1"
    "ESmXth+gPvFycBrRuQRFK+yLEYS9rYxjT70AtMLxi20EDSvTL4Z27PK692cRFKNt8e0j4m"
    "CLZZK2Ep1IqOnx3xxXwHBb4DrSqxeRMxy0YSF8p1pvc0T+LeiAvSETtc6FkOOApb9LSXg2"
    "t7/SIesOCx2s2HbkUCY8w7cdwoH3dsuh4GbEseut8MCn1ZYkGmzNdPri60qyqP33XH9tHz"
    "qGRp6Q8tgGd7p5Plt1N6YxTlvZCeDITgAveIUF22dRZ0uERLpZirlZVN/aURThYLiA6FaS"
    "qY6f6DGr8WfXXY2Q1F939TRRb6VVWOWwrJYffPT9/wPISKpX"
)
