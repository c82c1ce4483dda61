from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "backups" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "type" VARCHAR(16) NOT NULL /* BOX: box\nDATABASE: database */,
    "state" VARCHAR(16) NOT NULL /* NORMAL: normal\nCREATING: creating\nERROR: error */,
    "format" VARCHAR(16) NOT NULL,
    "version" VARCHAR(32) NOT NULL,
    "depends_on" JSON NOT NULL,
    "resource_type" VARCHAR(32),
    "resource_id" VARCHAR(128),
    "snapshot_id" VARCHAR(64),
    "size" BIGINT,
    "target" VARCHAR(512) NOT NULL,
    "task_id" INT,
    "error_message" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_backups_type_9453f8" ON "backups" ("type");
CREATE INDEX IF NOT EXISTS "idx_backups_resourc_689ab7" ON "backups" ("resource_id");
CREATE INDEX IF NOT EXISTS "idx_backups_created_e4bd0a" ON "backups" ("created_at");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "backups" (
    "id" UUID NOT NULL PRIMARY KEY,
    "type" VARCHAR(16) NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "format" VARCHAR(16) NOT NULL,
    "version" VARCHAR(32) NOT NULL,
    "depends_on" JSONB NOT NULL,
    "resource_type" VARCHAR(32),
    "resource_id" VARCHAR(128),
    "snapshot_id" VARCHAR(64),
    "size" BIGINT,
    "target" VARCHAR(512) NOT NULL,
    "task_id" INT,
    "error_message" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_backups_type_9453f8" ON "backups" ("type");
CREATE INDEX IF NOT EXISTS "idx_backups_resourc_689ab7" ON "backups" ("resource_id");
CREATE INDEX IF NOT EXISTS "idx_backups_created_e4bd0a" ON "backups" ("created_at");
COMMENT ON COLUMN "backups"."type" IS 'BOX: box\nDATABASE: database';
COMMENT ON COLUMN "backups"."state" IS 'NORMAL: normal\nCREATING: creating\nERROR: error';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "backups";
""",
    "postgres": """
DROP TABLE IF EXISTS "backups";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXW1z2zYS/iscferN+DKO/JKcenMzsq2kutqSK8lpp3GHA4mwxDMFsHyxrevlvx8Avp"
    "MgRUoiRTL4ktYAliKfBcHdZxeLvzprrEDNfNfX1Rl+hqjTk/7qILCG5H8SfSdSB+h60EMb"
    "LDDX2GCgq7JFh7FmMDctAyws0vMENBOSJgWaC0PVLRXTX0G2ptFGvCADVbQMmmyk/mlDcq"
    "0ltFbQIB1f/yDNKlLgGzS9P/Vn+UmFmhK5YVWhv83aZWujs7aHh+HNJzaS/txcXmDNXqNg"
    "tL6xVhj5w21bVd5RGdq3hAgawIJK6DHoXbrP7DU5d0waLMOG/q0qQYMCn4CtUTA6/3yy0Y"
    "JiILFfov+c/8u9tdAwWR6NZ/J0MJPlTgHsFhhR3FVkUaD++uZcNwCEtXboD1z/1J/8cHb5"
    "NwYBNq2lwToZXJ1vTBBYwBFloAcos/8mcL5eAYOPszc+hjS50V0w9hoCkIMJ5sHnAVQCpJ"
    "01eJM1iJbWivz5/vQ0A+Mv/QmDmYxiOGPyRjgvy8jt6jp9FO8AX/YWyStgroqgHJU6DNbb"
    "53NlSF+e5wD68jwVZ9oVhVk34JP6VgTiQKKNU/kyz0y+TJ/Il3GAFwakYMjASoJ8Q3osdQ"
    "35QEclY2Arrug773+aCD15QGWMtI37TmVAPxveDaaz/t09/bm1af6pMfz6swHt6bLWTaz1"
    "h7ia/ItIvw5nP0n0T+n38WgQX/39cbPfO/SegG1hGeFXGSih199r9VCLaB2+6Sq52g5aj0"
    "oeQOvu7dZF6Q1RsodJppY1YFqybe70dsdlhabrrGmiKEMuZliHRA5pXddXqVuMaeqvPD1z"
    "bWkKVRLaT9iA6hL9DDcM4CG5D4AWPCPaddEe3Ms0E9KgNXiVDfDqO3jhCUWenTwxtBxTrT"
    "+97t8MOgzhOVg8vwJDkSNQ0x7cxbEWf2yya91dx1sAAksGDn0Kes+eY2wrqjWBC2xE3VBO"
    "90mm60wHyhpe1stzvlKXQ2QV8J2pAmOT0NVmfZ2MJb2Fv/+j2z07+9A9Pbv8eHH+4cPFx9"
    "OPZCy732TXh4yV4Gr4eTiaRVdr2pDtURf/hlZpGVeqj/Yaxkf7kG43jqrU8D6cVBTMojxU"
    "WGYnB75mVmbZBInDKBWbsWGZUqdsQ0y/CJ4QrIvCGYiIBSDG3uH/wIVVEM+olIA0AilgcY"
    "kiK2og0UZCtPsxDyPa/ZhOidK+2BoADGKcF+L1fYnqMO6UFZCKIty9uMiBMBmVijDriyJM"
    "XGXLNpMIp7oygcB2d6YJk9jxaLrvzz+cfzy7PPcdGb8ly3/xfJUQi6+pEJEVUy8yaSNCwt"
    "bi21oJWug4LMYVuYqtdzgEhttzksVdzNkYEfNvecyfQcVdAAbIXidYyugXzJUt6/t1AEur"
    "czX+rSfN8dsjuunP+lf96aAnUTDmwHQe6OjRVPqZ2lkFvnCFNgQL4lLECqpiNJ7c9W8JzN"
    "hYA+0RXU8G/dlw9LkneVd8RIPJZDzpSdAwsFEP9TzRuy1k2AUSFSqFvPGWuqjGvDs8yC/Q"
    "MAu6KCGRFvooZ90cEJ91UyGmXVGIFahDpJgyD+V/T8cjPspRqTgtrS4s6X+Sppql2dOhT+"
    "zcVjWySJjv6O8d4ytLUYpQ0h7cP9z1f4tr4vp2fBX/HNMLXMXUQrqwbSygnP4h5msmIdg+"
    "a/zwL4EPGs+4zIE118o8FNLHy8ErhRExEdDNFeYzeelYx8TaN6sPz+eb6n85S0dWlNeT2I"
    "kYqRu6FUZ6m8b3VTapL97nWavJqNRpzfriGJvP3NUjdV6HJFo0tQ9G+TG3Sl5D0wRLzoox"
    "g28puCYE27AsZ6UgDH6bZZt6fgbC7Xj02Rset/+anDYtkkMOkxyiKzsqPSopcuXronVOci"
    "27+5qw/gP08gUYqqvzBPUf7j7J4v8hepFf3JH5ogCdvuQJSPhJAkgi11ANjNYQWT9KqmWS"
    "fs2GkmpKJgQaVKRX1VpJ1oo0uQSn9Aw3J6SXrHiWhA0JYetdnAcs83c48YqvndDl6Rgi2v"
    "lDRDHqFMWgKilgirvDW2iHl+PJs5dIZi9VEasxLtcKvKu2Gp01iuPeY6xBgNKQ94RimM+J"
    "VFmg+y3Von41Ht9GUL8axmF9uLsakFnPVEAGqVaKUx9a6AvmnyUlxQaZ7A0ysY/qnvtkBt"
    "GrNRPgrdtlkrOsTrtmwjrgW55hFWVant7AEtJPvnq5ovTS7BaFLVcrW05UoSgxVKCopq6B"
    "jVwU5Lhc61JWy0kKrnFyFQdpsjAqtp/5XSS1534yvnm4ng3Ho54UXOURTWf9zyzDhzzkki"
    "X43Ay+DG7H93eD0awnKfAFalinK/0jup8MvgwHv9ILwBcVvsbd/uNkpoQfNKHJdNcnJtaC"
    "16VythxrmLODOiM12RNoQ2yi7Gm9VC15bpCFp1ApoqhU+3AuZd+Cavq3nYA604mPCgpHvo"
    "Aj36xQm4i69ESsTWi9QKytRhtG66bpUsi6EGWyJ1F3H1ypmcBuJemiM6soQRfKiQ8HX2Nm"
    "gyv66ecJ1ECKk8EP+LYE9G9lEpmfDczfN+d0nGSRl0s6ROyaExxliRxlq6u3ZhIuGQRl6w"
    "iXClxT4Salo99Mg1m4Sd+j1g+Qkpj0p9ZwPYeGuVL1PS1Q1+S/Y9drHkVYlgkasi4dpJMo"
    "3wG0mWH6b07vatdyoUe1KDIcK/ZYcswK9x7SoDOPrEY+p+2b3k/YYCqgeX69SLU9Xztuly"
    "Pjdlor8tdy5bfLIcVw/TjSLieg/pbpW3g6nELLckBJeBnxIZn+hpfQKpvO6CO6HsdMwmyh"
    "SZzufaQkYqbv4k7LwKxgA/dxmK5StmoLu0nYTZUm1N3ipYo+AVWzDcj7UET6M78SGh0pPz"
    "lDa8ZOiWrUtE9UoxYbDptdjbpu36RSAmHiWIc8IbCaHuvgxR45n9JQWDL9K+oyI6UkpdOC"
    "0PS6IiNdRHtq9c6LjPQ2ZaSLdGaRznz0RaSMLH12w8QoVvi13dI/ihxRcb5FvL4YWmqUYT"
    "ZeiF1HDSOOF5+5HZl7AZHRLDKahTMvQvXfldbzZDTjV1SYwwnLiO9XTc5nqts7Uwol5jEX"
    "e1JiM/cyzYR0KyUWmlB8SiyxAFRHM9bzpd8KaXjJi2BKbkAaPdze5suzj5eb2CvVvoVFSK"
    "KbGckjWvtuSXDJ1iG7VluRSk3qKjN1rjFIVUDzu9MrnewP5t9Wyl8OzfscdRCRxMYz5ZL/"
    "tbAEJPdK0nwjwTVQtR9ZPUJ2rCYrVLgiy5mEyXJ+IpkWWegVaQXMFVROJNskf9AeTiXEMn"
    "9J7EKpgeF1khGXYNotwin6Ai2MTHQv8oQmyKiMDRKJ4ISBtZ0LuHiydca6M/51NJj0JGZK"
    "PaL+zd1w1JOAslbRI7obUG6qJzlfskdEq7PQv2lxFliT05mcY4np+lXkPYhKiQzUrUE6wT"
    "6mQ99MHioP+wjfdJVcbQetRyVbqPWGaJnDNibV7Ni2ijzfFCTJEoKCeKzVWeYNemlEaYq6"
    "lKbgrwyCjNwCbWItLMxIVkCJuDxSOiUSEE3bKZEQwVWfzQSCZDg0ySBc4Jq7wMI3S4e+vb"
    "6Zs0G52BIYlhGmujDVSwf1aHuRWjNFheNzFMen2m1e9Zyt++/ySnyvDgCpX4KvnZiGP9F1"
    "2jo3A+Zzh+M3svaTLHeRHslbvpP4NTijnU2Yk8Sh7WRiWe7Outze5PeyL33PA4bTnUdPF7"
    "kDc5tyD71oU0zOmdBccLd75r5wZUh3yEgbeirP7Z3/8jB4GNz0JEf6EU0eRiN2oohhI8RO"
    "FJk+XF8PptOeZNqLBTTNR/SpP7ylMrTeBZWZzsb397TBtLCu0xbqgI0fZuQ2iWOLbesRXU"
    "/605/omIXBkmHq4dvrkCxgvAPSUlemkMROJ6DvZOGd1np5CufkpZx8nr4i7Xvm+U54dn7Z"
    "5V3ZcWW6eN/NMW3JqNR5y/rESfP12WzqgLjgbtTLyA6LSLUB9+hEP8szz8/Sp/lZYpYTE5"
    "N7rEt6JbZAYq9SbDXDOQPXUiqx0Y3/c4yfi8zusEyd4xE7pz+WUB+arNIGoKfAc9LY0+d4"
    "VKr6koOhqNvcVjVLReY7+rPHCLyVMv0xu8NCOgmJCIUcXCHuQefOqdscvWw9Ij0k2Ybvbt"
    "X2ToL7yftRSAi2Af0KrJ4wsVYYay551gKkyzlC1iEoCjAAIYnqGIDac5RNzZcQVTEPki5h"
    "WsDYTelRyQMovWZrWEOUnCuT/UlFKiVvd1BzTFTouc56FmVx2raGc9Se2FHvfX4L71NJCI"
    "rMoszMogCvJMoiByaSr5GYWrVK+2c1dXhZG26tnYysDTJCpPa3PLVf1DUOfPfT0zy+++lp"
    "uu9O+2K0oGYvi+DrjRcb0mPYJpNfdGiYGAFO9YvMQqRhMVF+VJQf/Y4tblF+9HvUepqflf"
    "AG0g3WxA6Ew9Q4a+AcSHMSYjlnB6gDRw12UQSuqOuTvt05ime2G1TeRufg1BenMJc49qVW"
    "7pEorybKq0XmtLcr7FC7yx+mtMu/6tGzzemmAJvzpcq/pcDePYVlN5Ws/UW8iFLi2/qHoy"
    "/DGU3+d6t41EMdXkmR4tZ3VFLEsupjbCd9LOFZp79gzfSx8njW4kgCUWigVmhmhAPFAQ95"
    "IoGFDngQ9QWae4osA53DKXjKSGcT6AOJoGrLWQOq5KKB1bCMCP5tDf4dm5ipEbil0DLiSN"
    "4qM/x1YJqvmHyVilaxTwi2knYsYVujoB1rRTsSQ0h9KXqkbCBUYR6Ht86LNA5BNjWIbBJp"
    "HG3T+kHTOICuyuxEnD2TFPq6OqOXaeA0yJXJoeGlimRaVMo29j0C8ZZe65NzqbbiRY0PRa"
    "46SaghZFesfgCKHDG4N065j9ZsIlqxAwhWql7xKZtNBM0vw7lHEppb67ON6ITyvPafT4Wy"
    "9ZoC156UeqwSMAfhO4A2M0z/zRn9yFsKuF78XUb0gz2XHAsr+E9p0HlHPqi8xFJsMCU8w0"
    "2AsBs68TXkdoaiKtaKDFyufJFwpiM34kLa5Xh522+ZwZI+NNTFqsMJl7g9J1kBExCMqU3E"
    "RNQE3rMm8AuZYe7ymZfpDIkIjjMfx0lfqgIIu8NbiG4pO/vIL1rcurzpFdhCItVXYDtOys"
    "nBaq0VoDUOH/n/9n9CzrAj"
)
