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
    "update_from" JSON,
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
    "update_from" JSONB,
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
    "LHGiYAla2Q+Z5DZemgNc8ST5BJE9jhS1omxmQvdnETY/wP6BCuxykl15vCdYbXJ3j79Le+"
    "eONMokgRHhGD3Z79dm/EdcROi9Z4Rk5UY0QyOSUBKbReDAdZa2h5nLimKeVyjWP7tIEuL6"
    "pRGolnHE8L6ezcimw4IyTy009lw6P/gRrvAo1TySWam+sXgJXGlzvdb7qbqZW47k34i6+r"
    "WM4ffgUwfri97WSdXCXgO4zPJibG6SO7AM5kCy0B4HEwTTu32r3QRg6aGKYkCHs2Gsw7ac"
    "mgBFBvwnnEXK9RYajASvUl/RJgvd5OJOhqjelEBdbrTjMtAd2CmestXbMpJT5j4Z4of32j"
    "G94MasiJZ4gzbndz89nJQMVENHi9OUntV8ZTpo+gqHsgYGpz88l858B/nZ9fXPxyfnbx8d"
    "Plh19+ufx0tvUSpG/luQuuRjfEY9CNWstCF0JOsju3SbNOU2at/GinJbOQ/fpUhWD27/11"
    "crgcdZsgw1tHMUojQmRX1SFGfkVEvhUbpZHmjASeUF3zwrkjkRtAu+xt7YNUzcjuyYnazM"
    "roEaFuQ0WBUQ4Wznkw3lEIF3pWSc19Hy/lGf8+fpi3ZOLJBxfnBbC+OM+EmtxiIs1XnytG"
    "VBHKIlVZDvDilXUTZOIt52r6dXiqt+FJA9wRyKxKVlalaVDviM2zdGNE4i3ccraIlJv0NB"
    "bQK1olp8MwfgZ3unl2T7/GjizlKXgpTwoVcwPYX7ompK1K9i1BVOhcTf7RAwv07dG67s/7"
    "V/37YQ+ECTydQxSP0svRHFXS6RTlnKjf54B6TuPJ7K5/i2FGzlo1H63BbNif0ypB4YzHV9"
    "0qnz1L8rZcSuGOos4aW9D1DK0e1bB8kF+g43KaNyIkAto3ylcIdUjq27kKX4mYOJXMAIu5"
    "s8pIl8G30MbRoJJ9ELM5kyIUTxov/yPYgsZnF0mQCWcZqcSa6lqq7a4Qrw0qQSbeqi7fDO"
    "Ua/2ZsHXkRIiGFQCmktUSJtM1XUNuivnxfZK/GozKXNb0ns6MrNflRtUpZQ9dVnxg7Rnb1"
    "nRShCNty3cV32pUZLQPLZGK05DpHYnRTrP5YTWZGPPs3urk2fzKkmMm/M7Eg0KFtojdSnx"
    "2gJVCBC50XQ4M98LpSPWB4AB/HUAdL5IB3KtDQeo2v4T9UsHBUS1v91N2OXKKNpQMV/2+F"
    "XskFiBel/nPSBljjY6XrouGuiyyHcHHLOdM7XKWVNmgxwWs5D/pUbFtUPFqM3ggPg8Hw/r"
    "4H3A0t6/xo/dYf0eYfS9WgnT8G/fFg6PcD0QgkpB9IM2zs+OlPT1k1CQv4oXbkTVatOtTh"
    "MQzcHfDR6k9HPaDaxqP1ZXj1+2TyB97B4GKF0DNm8PB6OL2dfMUchv5+h69Nbm9JKxR8DZ"
    "kmOS6awT5/V+XRhXcUTWZYk6Jf/FNMcVcqD85xKhGUtqptaQFiB+jIaUoR8K5bScZS9YrV"
    "SCInznlLIQLeNWwlGa069lh/RAG47gUtjZhlxy22yowmLSrl2NFox76DuB6nlF2kmmM2S3"
    "N5aViGuzqIzQlSyecm81kWjuTiL0eeYGAL5YQ1TiXrx+XXOgvQSgPMXSDmfjdTO4HdWyQm"
    "vrJiFWIG/ftB/3oo6++crP5ONDDOhOxuGFcB5W9/zKCZ1Qo+wHvmzyIO5N+r9NQNoOMZS0"
    "NTKcNS/rro7W6e107bDZTpOoL7vHhTTY/KMT0A4xotYxeFLGMXOZaxi1Sux5+6xdUaZUsg"
    "I+PzDWeHNJJYqSZh98G5UbEJmuxn6vw+n097YOV59l/P3j9a1+P7HsALi/7xWz90+uFHNc"
    "jp9wxtT1nymeqjNMIVzCg/W2G7gJUVYhVRzfH7pShFMN1XHkf/AweUfO7fjq574EU1DT0Z"
    "OtKMDcdw3Q1f38odhXCbTTUVNqBjqFyd93YUwiFcSU6UhTxlAfEJyBBq8s3bcUpp3W6ydZ"
    "vwSl16rM1qP5O3hJLHTebxEv9CLGWxirBnB1LEiESQyOoOpgi6gD9DhnV4b+/wgErifjDu"
    "Fob4QPCjpJID/BwwVddTuCO34lQCyGgngV31PLi2vQOCEhjk8lhv8rHuYORfD4o/iVNKLj"
    "eZyzKEMJPNAocQylRc0bjO+NhTPYplJ92qw6FkM7KiETvZzci2sVCnSRq/DitiMuJQriPV"
    "MrODUMKamhVEoPwz2QCTvuC/ZGCKDExpyPcf9xx8OCvgOPhwluk3ILcSOURvzS3SW0oAxH"
    "RyP7+ZDe//ftsD4cL703y07r7SS1SgoDnRo3uaEG3Qbeb0Psm21C2ty2dWfnFk6GDAlANw"
    "TlOKYHasoxh120IgHPRiEB4fEgcxm3we3Y8mfi2N6EzMEhvzyXRKwiJcD9k2TMVJPFrXw9"
    "uhX9KainbhGzWErYdktacpBdi16rYi42fxykcRkiaf3IfGbhUJ3v2YHbv7MRW6i+fauHzh"
    "QRESCXEBiANPnq267mvQNpnTCRglFQLyk/lhX49hQ5JcBMGobk7wRuTKONzMjSYVh2sjh4"
    "FtZr2McLgslsEoloEcVlJfJpbb8fW1THvfEijXcI2cN2W94IAzRlMfpJfvz1sCqm64z8oT"
    "D6QRivoA/dQSOIOmbQq0yK9lyAZXCJlQtdjQMqgTEC8weVUYh2bxeoWDq8nkNiYcXI2Sp/"
    "/D3dUQ69v0AMODDN9jkwb/5d/6Zm0rkcZ5HNiniWuEfnultdjLFhj1t8BArxgjJds3wcY9"
    "TiWeOFy+8c5HjK+LTpRGPIyr6OQsq/SVKonIELtsqNsZbCVD7H5ErhcJsZPV3LjEXo5qbp"
    "HAJ05o05QS2zi2Txvo8qIapZF4JnObdd6ygxESGWSbNII76H+gxrtA41RyieYGLgdgpfHl"
    "jlye7mZqJa57I5fj6yqj0GDGyVUCvsP4bGJinD6yC+BMttASAB4H07Rzq90LbeSgiWE6w6"
    "LvbDSYd9KSQQmg3oTziLleo8JQgZUqK7vWWNm10mQRP02HlSqyTeDJSRShYwo2GewDfzjp"
    "8+etIDCChQHeDUy00fFu+Re3B1R9TYq/47k85Lj4T50MXncBfIHOG1A1DW0sD6zVN2CbKq"
    "b2VphLLkAWHfdTustgjc+VJVcbICR2QXZmS1Z6W05g4ZZCll0tUnb138iC3AGyMSIhgglr"
    "QJpGuOt8YbJRGgFxrqBsJ7KWxlMa4uwywjuKZtQRJo8Vpo5wEPTqQixVeYywjL3hshFKEV"
    "ypdUfKeqar5O87BZIYE3PUmIOCpW4XWprzZnt/xa+gc34Wndvh/H44Hsy+TufKdDa57oHk"
    "jI9WdMz9vH9DM4iiwzAsTzQFqT+4G2LBU1vDsipDnxfxpZ9n+9LP0750zKxXw9Q1lRWdnh"
    "sFlSSVMVAcMVAEPP6zJ04lz5+qzh+C8+FnUIJankP851C4SSqkXwoPC1KEEv2DM5e2WB5W"
    "RTJJLjnBzwkZmZUtGbUzRkdGZv2IXJeRWQ0KJZDOrZO0LVRtZqINR8vCvm23cMvKwjr+8S"
    "f6Ah4OUqIVoYhgOWhzNEwzModIAHF5kSPeYNVgdJEJkZxYcI7wP/vxvMPzFK4J2ZLd8Dun"
    "s32o08SMlKudXu/mOdohHiH7gQrunG5hvS4LvvLa0MfDLxhW+Ppo9afT26/UPI4XvvnmF+"
    "oa9q+/krKAqv72aA1ns8msB7ZND06fvyeLb53U3kEWinGQ5hunlCX9m6Popu0bvvymBCxL"
    "czozjzNNWF9ZibOKGFt2MqfMjpXZsbVB3U5rnLTB/ohcL2KDlXmGouYZnjQutxIztsx8KS"
    "vzhSc1Y182V2gxqziXqwnL+eBMLnYDlaPyXIbWy2fVMQK40ha4yO1uriHOelFegpGF815C"
    "ApKBologkhv4KzA8lzRq30BguMCPjACvhreKp6o8w7cu8GOGAHKAhTxWnktlzynSyIVEcc"
    "g+Lo0yKDLjcrKTA46Jw2mcDFp9//cgjIl+VFyGwASdEHjXH4JG9iiGYyovInlHJGOROWKR"
    "G1K4pkVL/nCh/ZSlFhoK8LG1Fk7cji/KA7bkGWVRruQZDqykL1+kgIrsydc8WU725KuwYq"
    "huuLapvvE39knQCeDRrUFwpvAwUW5iB0SyMeobLYxu4gl1ICmCD4P5aDKm/ciCWUjvsSAt"
    "cJsKeD38PLydTO+G4zlpN/YCTWSTnf7Rms6Gn0ckZMJ24IsRhFucPAwi+kNTnMxWfRJkAn"
    "wutSd8IBNxZfxvCURIr6l6WT8ZnrJw8Maz4oE4TiUezueXl4WqV1zmVK+4TEJtuNvXTkGd"
    "q8THCaUiz6HIy0iF7BXfTp+1jFT4EbleJFLhxCVnm8bpSox1p6g521Bgjyk6W8BAV3+WWM"
    "MkskJ5T8R4tFDdY1OfroNpBEUp5r4/HKVEyIAgn23Cyea8GNqxQN37swi0mqp0F9wY3jQs"
    "jsVwF0Rvd/PcBUQpDatsVeIv8KC6ls6CZjoL2mVh5f+EOzdYfH646gG8ylebxaOF/77t+3"
    "/jV3m0sI589TD4YzjvgYXhLTbaM/ToqGGfDoJqM+yo0qtToVdn4zAyl7OxDYaLZ7+7fF+k"
    "LCoelYktvceuhIaeIZcLIEknxEquPQ3Sr0bOs7ojJAK4XWowUEtjaTb67TSbSWPpj8j1Is"
    "ZSWVqrXM0koolgLZET0wiJNEDnG6BDHfxI6/M8mKadkO41PUcWFNvuLDsbnbz4mzQ1nsDU"
    "6KCN3WEZGemNbq55kQyRFakEtyOe1jzVoFZJFYQc50VQ5kQcCxdBKVV5qdRJVV5yvQDXs1"
    "T5lIZUROIMA1LWcL2Ajrsyjo0rCWJ47uh8UgRNIx4gnUb5TrXe5oj8W65e1SyJIketoj9L"
    "SUjh4Y90yMrDu9E2SH0rei+RQ1lAEvfJtoUJAk1sy53glk8T3PRW+K+n1fa6EmEMU0HG15"
    "UU1N/zdQtaNIalW4TVZHJ0CzKkaHENC9z+YwAwqB6GFDqkasXnOzDw/3bAWtUh6dGqAlJs"
    "BGDE8F+0QAYpiIG3HbRxsNoJ3qkgjJ7q4sGBOsrqJlvDA5nxFmE5mZc15iLGfndlhXdQGY"
    "XRPO3JfoEKuwhQToPOCI0QrtGq9Sj6OaQAzqxlGQ6vry5oldiWXMlyu5FwLNgojYgLtkjj"
    "3o/ZfXs/ptr2PuPfxQZ4f2xWSFtny8xvGueu28HnYw9gukfr78O7hx74E643yXO0CPZFUo"
    "+zE49Tacfh2atkR8exl3iKUMB1Xn7n5C1qrP25ANjMfVoEqCvJqT9xuk8zddkjfdcNqXsk"
    "JLaGzbMp+KPFi8wsXxxuYQ8RmqXgYhwJbpyixnQ2+Ty6H03GtJxGdKZHa/Yw9i87G8u/cj"
    "+fTKfDa1J3A9k21Endjfv5bOI3IcFTew7y25DIxiMN9xrVXndDupAEcyZIF9KPyPUi0aDN"
    "KUrfWlEvJ2aRbRHlDq07tDB6MyA9uDT6jAgso8FcJsvLZPk6UDLh8RCN7FsoLkIycrX+yN"
    "XweLiHnue/XMrPnBzSzfM4h/0PFNcffcLA1lPW7Bcw4DLbO5tRt/9v95Nxhuswo2C/bmge"
    "+A8wjUJdchoqkLBgJlDkK9JJnTkhDJIJkoq0VKmyvwCxVCqOqLxKz4pA+mCdETvBJOdssJ"
    "WdEFSk2w+xtxkawOBg/Fzai4fGAv3FBTZCmO8r/N5g8UbjgmisE9hYnmECwyO9eQIzJNRZ"
    "HX5KnTs3zCh4hIwpalZMUcgWDhEhQiKgN7V8F4o09Yp2QhUx9crOnqJ29mwtnNKIWpERlZ"
    "n4LdulFsI0s13qidss3aInw/pNNcyNw5T1Y/dzBX6TjFSW/tDCUj8ZD3VAibtEAg8KLgHk"
    "dGkWABbU8RthaX17Z6W6dKS3Uj16swcWyFsB1YGA5Gh4HplRNY1nCFzE0AYqf+ajRceRFq"
    "HhTaAj6JLGoMCDpgleV4a2Cmd3AfxmuJktQ4/RJK6Mp8yY7qIR3cFybq4FzA/n/q/z84uL"
    "X87PLj5+uvzwyy+Xn862cd3pW3kB3lejGxLjHZOowqDvbA3D3SzYRa2zNYwISVUaxukskR"
    "dnZ0VCY8/OsmNjyb1EATdu3aJOnaJWsMVSKRpi9LrDJ8M1WmOUWWdh5G7uSYhHmIpOBxY+"
    "B/3hf3EBIQahP+VX4EANOTppOr2Cln/TcMHScFyPjAIbm55YhgfeudDSMRF4Rc4zHuKgNT"
    "mBLIAsVj5eHU+UhUoaoA7lHVqGpaF14OZLCA65vYQiZLKTEEcnIbozkO+EtLE29K1zmwP7"
    "rClq5EP4KbSWDZrqaStFNRl1jrP9mDGi+n2Zke1msTFMvFm7P5PnnWLHqcTDSfL137a193"
    "nk6DRljZHamok2uoOsv7prz66KF9UnnREESU4qP+4hlQDR8cmaSkWSWPGonJpKqTTWYK0i"
    "h4F0pqYeJ6ovB/vy0y9VIV1yCraPEKnkwZuInaYUcCFXUBwsKEgfLE3VdbESwJDZ91a0T0"
    "8gQr5a3Xk2PoqqpkHbU1xoLhXXeLIgyyKYJ1zmTSMFfQ4Jc6FaGBbFw6uf55tIkAmwE9X9"
    "IQQIrrw1Q7jfC3xIJoHnBl5/NtZky4Cax9dpO0UoYrRN6eVQgtOTgseMfd578EZJhYD8JC"
    "ve3ixMQ+NlAYNUskCmF0sHkUwv/iG5nhULH9tuqb+KMzYuRlSvf6gdsXFF0mGJy2GBvh2b"
    "q3fnT9PCr4ojWS+5XtOQTSw4R/ifgnFxO4dzG5fo3ri42AdaIDDuaPc+yRhl9wiO3O3ude"
    "+7dGBB9/58BWlmCXWm++klaEnDw8IMyi6pfUsu0Oq32gq50Io44F/VuAc+7c+v5hHSgd+A"
    "PbsLcqLO2le3yoKvnBh3xsMvGFb4+mj1p9Nbv+wU/j5Nv+jUbNi//toDRPJ5kyWopGEqGT"
    "OIF4pxkLYQpyxBW2iRk6LZykFaJ/RU95mpG2Q6VSMUB3lUG8bMsj2q0rSSDXU7lWxpWvkR"
    "uV7EtCKTOGUSZ8PglEmcFSVx7irhySzO8rI4i3TtrTpxhdhWM8xagdk136a1NfGWW8Hrn9"
    "F8GDK97LnUPDvSaTvWnlqyq7gyCnqlQV1vWe1T9hvq4jM0GfTOw/1w1gMknvbRuplNHqY9"
    "QLvlPVr4xufRYNgLm7Y1wzrnQ8vXbCVK02RmNOYLCEKOwihfZaW6Ky5DaAa9EODXbRBNgH"
    "kEHw5mQTPFv/o44OH7T1D5c4PwebxecFgtWaT1JYScVbX/lGy8xMKr8cI4bXOD33dEMpey"
    "eKS7ahrsUtfZmZQREplHmb+5HJBHKQ332dtMO0240nD/I3K9iOE+YlnhtDenKaXZOd/snL"
    "BiHWkojdeSaSe+e82l6UXWpNJ31AHAMJiGjoFsaymxrReu7DN10Lc1+gY+D0F/OgLQ0m2E"
    "IQPvSLgeSZ4HtOKcZm5cDzo/kTgmbUXK7xikvpxFiTz0DC1WEZ9yJ2dabz2orqXZVpptG7"
    "cLVW20ir5WCuOc3K44mYzYOyBiz1A2DiN/N6dY+45EwLVdSQEHuu1zGr6jNALiXEmL8cBm"
    "6kPnQqxkc5UEyCAXAv26N5YX6BjLN8UzWZlMeabBOKE0DxY3Dy7xK0DHdgKjdNGNJkEmgp"
    "Ohhq0meGcuY2yUphnWWPJYYayxLUzQwQqi9nxAU/nB78PBHzQ3J5zh0ZqMb0fjYQ8gyzQs"
    "KLNzpKyfgN9+gQpJpGQqWdnnQ4JMvPOhfHV2qWp8J8OWQB4LpR8Lpup6Ct0mD/LZMMhlel"
    "pz/DRp95x0ymbve+10z0mn7I/I9SJOWeIw4fTGRkikGzbfDRu6o470v86DadoJ6V7Pa2RB"
    "8bpcY5nzR5b86du2QCDHbS2qpy7YkW88CF0H04gKE82YOhKjokllrQRo1yT7cIAiDblFhI"
    "hWajAN6/lImEhgxxzPJSpODtp4xy6lGZlDVICCxKMjIbrfpS+JAhJXmNUOT6izLKYhlmGh"
    "u/2IDoN5WmmfYKPJGYdGt6WMWLRwy8qPR1PILlkwKO0L7T5KCYCjWmHPU1IXjnZ2c/0Kcm"
    "5vWy/uLy5QN7rhgWcIbZdcXgN16UFC51ebMzARsmA6SK3qhzGD1sIaAeSxxwWtyQ6q5F4d"
    "HVRl1YxSi5DUXxGraTiWkVUm65BUVIeE2UzeC466Y407Ygn5SUgj32mT4umnDqLtrBliTH"
    "grV4qx/UGVlCCRQeynPphkEPtpgtgN1yY9vXhBTtIJENpSSwCeTBk4SRgRxpKv69SWQLzQ"
    "ofJj5IIXVg7Q0BikslpkIgIRP8KEQUcBZc3UKnKj09kTyH6NPB3BZXyOYJEaMj7nR+R6kf"
    "ic7Ipv2cdYTsW3H/78kvFOMt7p5CaxffFOqQ2gBEwfXNhCZaEopNEtj7vWcf1BZC1B+cQx"
    "ZG1ECVovhoOsNbSODSQb7mYSaC+MgWXgn3h0EFBgrh/RuURFag3Xi6CD39FI3dG5REWq7r"
    "CptmxSB0ZNGXgmxVgzs035Y6fCb1VDRSqJtQlaftcjBSHb/RhitNcFqRAWFS7wFRD9xQWE"
    "DLybjm+64G/T4Q2Jb/oCF9MuUD2wJsW43oM74+qnX4EK6COBaquOB1wEvBUeQjIqXdK2M/"
    "SEAvfZsGlY1OINb+qsAmD1Plz2A22AstjN8aXih3hYuvEhS+Gd5w6J0wnoW704L+AWuTjP"
    "dIuQW99T4jtjCzcs1XnL8IYEFEnb/FsgsrUM4DzbfJAIvbUHYhyvRuP+7CvbzXfFSJy++j"
    "of9hOYS5Nt9nIX12S7PZe5DpE4Vb2HSTvMjDyBYilupFnB2do+EhXWRgbstaDF11/Vze3j"
    "SnuOFLzV6gvIwTtrQgFJ2AJ0PFVY8H96CIuawUxYhgSQlAP+lUqUtJodieJ3V+jVAoi2py"
    "etLaAOSG8XqHdJCyGd3mGIvVU+Scq4Ddip8mRcyl0e4XZLIKBUe35ZJGQQj8opDZoKGnSQ"
    "eXCrspC2yVh3Jl/GpEsZdXE8Wv3ru9G4B1R9bViP1t2QxIz0gG8ffLQ+j4ZfyN8vBnyFDS"
    "la5lcDZXfR2le9tdzeWafNW6o4eFZGBWVD305lo0hUEPxmG3i2A7gepxSQ6y3hMkOlTLPZ"
    "l211ZfHGqVamCGVA0PdGa+utBTUnLChTB+eOYjlCC28GsKXo4eydoQR4xQ4SSu2FjeqKHv"
    "fOZ5tEdu77/SaRSNhAuUmK0sjQJCODVIEbrgJL3SwbenF1M9pKnlOwjNJIUV2K6pWDunG5"
    "80siJHKJSsXnRIrPxpV5EXtBjXyq+xGlZ08JkN6E84iJafSIblJJmxmk5Vk7DNUxvNXNUx"
    "oduCvvWiSUlDS70P14zFdokaDMF9ijNfI0tF4bXhc8Q9sDqgtUEMwNlsjUoQMMi/q7aX08"
    "VqBomVNL7bUBZ2Q3R3v1Waq4K0Z8Yl4QaJSqydprczyEPmQHdI9KU8qyL/ydYjcYMq66Lz"
    "sKAeCuoUssLbut6MZTUIK9KM5JOuHQrqLftG2it4NMWglSadNqk02LSmac9oIojTQYJBsu"
    "00RDTkTjVNKmlW+FcXfJnEdqtuJV0+8mlNv4ytpvM6DfdgnIXoXztHIT2AtrdAtslNfZb6"
    "HBMhmEvTVyDAbbFh5FzAVkfoD1VBXoaI2hAk9YqcfKOgmHf0XOs4lUHbxTQbAC8Q1dffsV"
    "kJIc4HUFqVr/BkzV0n/q0kFQJ+HzxCgQ1OEnHR5Y1oQan7zf2PBPLBy4aOPgbyzMX9xewO"
    "vjX9IYcVJjxPJPnau3bzheuADl88uLQgraRY6CdpFS0JC2rRBQWDmL0Iho5ikC88dslD+m"
    "QE7tL0WRThEKCHf5idXR3fsQsJk7tQhQV1K0WkbSZKMvrtXBl9t4qzlHiaSOnPiQZAOjKk"
    "0O/torQS++3k7UTlj3asaxrzSmGs/wrjEbDead1LotAdcftJHRDtMTmRs21i3SmN0Dw1vd"
    "XJPDxlKwQlC0d+DEguAZ6+4r/HJEZUf4b9KQyG/f5zOVDjBo5z5Apu7SKlOviOToa9B1oQ"
    "s01bKQBxbII70BnyFW/dN2hoqfVXIYw4/SJvCofmrdHEMB5iSPuB8MF9BMUIEft5HdANu3"
    "eCOhB9qfG8M5SG1KkEq9qel6U0oqPc1JH7rKGCd9xIuWfdJH67iW3WAPxksryz57zbPDyz"
    "572yP2w1mBE/bDWeYBS24lztdMw/D+fME22IY7X4ZXPfAKF4/Wl8nsD5INSPx8JDtwMJuM"
    "e0BzfH/C6TMDMcrehlGsuhgzdtQ1hqxRXzbBjJMpVw+j2+vR+KYHwhkerevh9HbylV70w8"
    "Lo1dnDeEyvYXXPolfu55PpdHjdI9XQbBvqj9Zv/dEtubBUDZP8fT28xcetPxHWdsP3awiD"
    "Dwm6TVMKEJdYd9DtXldYgY/sVE6xzpPh8X5kN6N5D2C6R2t0178Z9gCt3Y4/j8kA74O/4W"
    "8GfyBIw3vh0vATv0//iTgQCweGhxwujTpO1eTj6FD/2dl5kbBdMiwbbHozDvfCwcucqxbb"
    "jqLGxR/avVtqw3AQ8hQda84a98JOUQqw79eAOJUqoHPUXp+co0bkiSLPu9v3H+aTHiCUj9"
    "Z0Nhn4+zsxJjdnd/dDH0kGkWoxVOds+SdFKMBnULv446mOdwj4KUIJPj/4UMWqifKiOgbB"
    "g6Hl5eDPoBWh+3fdPLCRwzB5Z/oRwuEHOREaBnXZToQVXpLeStFWUHtWbNXjEiGZxDXuKf"
    "+nxYJNDDviZEEbnjWdRV6VoyyN/sezlixxF4Okb7KKqWXs1BEaAQ7JGmI4abptGuK/3U/G"
    "GSHgIUHS+2hoHvgP7QZWGc47XwqRRz3Dcn8mzzuFO4UAlH9AJs/CbtzvQiZIZaXretA+ri"
    "g3dhSSHaWzQ0MOS1DM3Ny34+vbzd+3ZDNfwzVy3pT1ggPOGE19kF6+P28JqLrhPitPPJBG"
    "KOoD9FNL4FwhvkoV4XgRVMGqS1QEKvQrXKwQelZcqDmQAfZeHTw9gRDOhhOYovzo3sKCdU"
    "gg3mKvoMLwxnFIT9SgGhpnZgebWtbqOHVYasNgLPv0k8l82VCLFZQqu+KKzPUQo7yuuOEX"
    "y93BKEUoj6X4LhqJZuaENk0psY1j+2R4iu2gF0PnrpLOIJXoJtAlRXp5YY3QSDxlTneFcJ"
    "6434QwSzQnT/4UDRKaiesx/RF2ReQy5IIS8B3GZxMT47RAVADn6EFfAtA3hjeNzCYm0Azh"
    "qADSsvZDObUfUjJYGcs2nEfQBRsROwus1J3SWgK0YreoSen33PVRE7HGDPf5VUD32x8zaG"
    "ZVE+SsRNuW7SGRarPr8XI4RJF2MqKAVGUq/Fx1mRVv6PVuXhI88R9U3711T0narp+KCDlr"
    "08oKM0dWmMnOY8lwNlWcs3K6IjMVxAbQBc0Et1jWdb1Id/DIDQxZXjg96O8PwweSI+1TM/"
    "OqHwaD4f19D7gbjRSgSudVpzOviTNg8jDHr+nHEpOk+v7972SM5qjuKnjPk7vEbYg3MJbu"
    "mx39v6OoL1SpLbHRmRns2TvSaVLX/37It3LgznT5vkg9YTwqc93SewmHjuMg55CKASlCES"
    "Jn6o5T8kHUmKaG7KUepxIB9xrqZpP3TWGcHXi+ozgq8LxhONcdYW6b6tsCIa5QvCiNEMGP"
    "NWRt4V3aUUkCJ1dyRZyqGQkW5LHCJFgg+oZcPImQSIaUzpAgytqPrj4kRzpCKcK5W7e8c+"
    "J2IQ1DX+BuIY1GupJEU/5c6ZOkRzfeRtnWiO1aLZbtDN0tErBNa8EcxPQ4ZQlMb9ge1hIm"
    "M+Kz01xeGpZBjLcHsDlBKvncZD7L9AvR9nCZftGgiFYZ+XOSyB8a9JZRWIYntIXEBoZxGS"
    "3bvU4T2wLVdYcV20Kud3NjW/CI6mNbuEJWZBsH2cahOgvHWZE+DnhUTjHnVCcH19w88eAb"
    "jheuD1X5IUI2dFxkqSbjPEHIhKqVGUOyJUugvMB0VS3j7ZV6t4aryeQ2JgFfjZIm54e7qy"
    "Fe1xR5PMjwT/e2m5akXlKObUlqo6JxPUsbTelMRcT6aJ7QkZI9X15V0xZDoeh+ogSVoP+I"
    "Ck+QQXkkQsUTTVsJ0hquF0d/a0T7u6MTiQRT1Xp0gFiGNr3DM1+nViIcLLtxohdo9XCtGq"
    "ZsmdgsXdtnSgronJjVkEBAbfv8sohCiEflhPSlVEIHZZUG3580EtLWGAi/CazHPCkjky9j"
    "0i4RvVqkW2L/+m407gFVXxvWo/VwT25tZz15gkcLeyeut5s4D1PuhkSH7gGf+tEajT+P5i"
    "TfxrBeDK8p+TbByxygysUppfu4OZpbWmGXZprsD6ydCnsRMw0VLPnEuAiJrCyV2CrJGcoJ"
    "Z4REeuBzPfChknKk7z30YLZzge51vkc+z5jbfdC/H/Svh53Uei0BUrHDGSJfKBvRbINnlZ"
    "YFCjrDphAyI9uaQH6Q9NALbjUgTOb10kdppCd5ryf51IaZBoFbiVlGN1ySoKrwLuMkneze"
    "ViSpxlZd9xXhU2mlulwtIFOEQpodK2klLs2ODTI7YkHIeGEwJDcsaEdUY1BQuM/LmCBpbG"
    "qRsUnGBInG9VJjglTbwPrkM2QVceAJUujbxpxM08JlUCiSAyv2RyNki2OuiWFTZ6HYNuJD"
    "zAWL4wvFXgfTCIrSyaIT2wgWke11pe4YvDYi5dL2A9QnXg5OIzqXoGiFfTGCsLeVceypF4"
    "BWOH6xjaBhZfrF0I5dXvf+LIJitC2+fUQcbLFM0laiEwk1Pf6b4woYbgtcR3r1InKGgzYs"
    "hO9U622OyL8FHbA3ZKLWuRByHLD0dykJz+b2Vzpk3WGhgxXbjhzKhGf4tkM48N5uORTcjD"
    "h2vRUe+LTakkSDrZlOX3xdSRa1/57rr+1Dx9DIE1Ie2+BON89nq+7GNMZpKzsBHNkJ4AWv"
    "sGD7LOpsiZBIN0sxN4vqWzuKIhwMFxDdSjLV8RM9ZjX+7LqrEZL6666eJuqttAqrHJbV8o"
    "OPvv9/30MlXg=="
)
