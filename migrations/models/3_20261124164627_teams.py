from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "teams" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "slug" VARCHAR(64) NOT NULL UNIQUE,
    "personal" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
        CREATE TABLE IF NOT EXISTS "team_members" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL,
    "role" VARCHAR(16) NOT NULL /* OWNER: owner\nADMIN: admin\nUSER: user */,
    "status" VARCHAR(16) NOT NULL /* MEMBER: member\nINVITED: invited */,
    "invited_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "team_id" CHAR(36) NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_team_member_team_id_f3f926" UNIQUE ("team_id", "email")
);
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "teams" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "slug" VARCHAR(64) NOT NULL UNIQUE,
    "personal" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
        CREATE TABLE IF NOT EXISTS "team_members" (
    "id" UUID NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "invited_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "team_id" UUID NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    "user_id" UUID REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_team_member_team_id_f3f926" UNIQUE ("team_id", "email")
);
COMMENT ON COLUMN "team_members"."role" IS 'OWNER: owner\nADMIN: admin\nUSER: user';
COMMENT ON COLUMN "team_members"."status" IS 'MEMBER: member\nINVITED: invited';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "teams";
        DROP TABLE IF EXISTS "team_members";
""",
    "postgres": """
DROP TABLE IF EXISTS "team_members";
        DROP TABLE IF EXISTS "teams";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXetz4rYW/1cYf9o7k7uTJc9m7twZSMgubQLbAG2nm45HGAFqjOzachJmm/+9kvx+Bg"
    "M2tqsv2UU6x5Z/51g6L8nfpZU2g6r5saOjsfYEsXTV+i5hsIL0P7G+o5YEdN3vYQ0ETFVO"
    "DHQkE0bGm8HUJAZQCO2ZA9WEtGkGTcVAOkEauwu2VJU1agolRHjhN1kY/WVBeq0FJEto0I"
    "5vf9BmhGfwFZruT/1JniOozkIDRjN2b94uk7XO2yaT/s0tp2S3m8qKplor7FPra7LUsEdu"
    "WWj2kfGwvgXE0AAEzgKPwUbpPLPbZI+YNhDDgt5QZ37DDM6BpTIwpP/NLawwDFr8TuzP6f"
    "+doQXIZHkwHMuj3liWpRzYKRpmuCNMGFDf3+zr+oDwVond4PpL5+HDyfl/OASaSRYG7+Rw"
    "SW+cERBgs3LQfZT5vzGcr5fASMbZpY8gTQe6DcZugw+yr2AufC5ABUAqrcCrrEK8IEv689"
    "PxcQbGv3QeOMyUiuOs0TfCflkGTlfb7mN4+/jyt0heAnOZB+Uw136wfl+fS0P6/HQDoM9P"
    "U3FmXWGYdQPO0WseiH2OJqry+SaafJ6uyOdRgBUDMjBkQOIg39AeglYwGegwZwTsmcP60f"
    "1PHaGnDzgbYnXtvFMZ0I/7973RuHP/ld1uZZp/qRy/zrjHetq8dR1p/RAVk3eR1q/98ZcW"
    "+9n6fTjoRWd/j278u8TGBCyiyVh7kcEs8Pq7rS5qIanDVx3Rq20h9TDnHqTuDLcqQq+JkF"
    "1MMqWsApPIlrnV2x3lFZKusqSpoAw5n2EdYNmndV1dob5jTDN/Zf6UaEszqOLQ3moGRAv8"
    "E1xzgPt0HAArSUa046JNnMvUE1K/1X+VDfDiOXhBhaLPTp8YEttU64yuOzc9iSM8BcrTCz"
    "Bmcghq1qO1tUiLRxvvWrVX0RaAwYKDw56Cjdl1jK0ZIg9Q0YywG5rQfZTpOjNCWdUW1fKc"
    "u2jRxySH78wEGFFCR5rVdTIWbAj//aHdPjm5aB+fnF+enV5cnF0eX1JaPt5410XGTNDtf+"
    "4PxuHZmjVke9T519AyLeNS5dFcw/hgC+n7xlGZEt4lJhUGM28cKsizlQNfMSuz6ACJHVHK"
    "p7FBnkJVtiamXwhPCFZ54fRZxAQQid5pf0KF5MQzzCUgDUEKeF4iz4zqczQxINq+3CQi2r"
    "5MD4myvsgcAAxqnOeK63sc5WEsFZWQCiPcPjvbAGFKlYow7wsjTF1lYplxhFNdGZ/hfXem"
    "DkpsezTtT6cXp5cn56eeI+O1ZPkvrq8SiOKrCGI6Y+p5lDbEJGytZFsrFhY6TBTjs6FZup"
    "QQv7A7jrIiFwtGIhL+IuFfYMK/0Uno4LByIBxhE5bBJpaByEeno9/gsJs+21LqYU4h9apI"
    "PSFtyUdfnj0VMJXgagqNBHfjHuD1WGN/C07hHXR5zEjg8ceSIyal+5AGVPmr5Xb7duRcM7"
    "gInuBaCkfAPek4XTaP00mW9Ndi6bXLAcEkpgxpuxyD+i3TUHZlOIKE2KDETOYoSabxjBxi"
    "2bSpD2hHM0hzmB8OubDvUuy7dFP6GahWgi3942g4SIbaY4iuP0ghrb9bKjLrGKTIgJlBEV"
    "pkXHg/3Hd+iyJ/fTfsRlcPdoFuNF0kjABhBJQZVLnTFgjfAqRaBkxaKEL9mauEyijluU1a"
    "sVCLqBARFSKiQqT+FSJVW5NEqaUotQyvp2NgPiWto7w9c/0klKL4ZfMbnZZMzTKoN8f1hc"
    "HqNthosjQjlP7Itb7+WxbXHZOV6cumK4uNk+0OfVEB9fq7tuFEewq4PWytYtNpLOleLtIS"
    "pbSgK/JN0ZZ+nvQmvZurls39iB8mg0F/8PmqZVgYU/gf8Whyfd0bja5apqUo0DQf8W2nf8"
    "d4mNHOeEbj4devrMEkmq6zFmYsDCdjOkxqg2kWecTXD53RF0ajGMBcOuM8+BY+HdIJDCfY"
    "nqkzU4CjvHKK40pPT8FosWnS9S3PjBRgKTHL9/M278qWM9PZp/YGakupUvWW94WRhoahGX"
    "Iq3mP4mqK/McYmVK9k+Ui938bZ4TbPRbobDj675NEYXBL6CjXG8qh6mKsJuIcV/WQTPT9J"
    "V/OTmJZTE5ONN4ZxejjZ59gpnlwxnMsOJ+sqWE817SmPdgd5GlgtW0jFBp2lDSA/g6QEa7"
    "qOh7nKz5sESr6mFlIJwuZHdttDVH0Vov4aH2EumQRYhED2LhATAupoyCZUDEgS5JJu7sQ5"
    "m7Dulm3vxGI/my4KMcYmoF+C1RMMrOXGOjF41gCki9mwYgcockQAAhxiQ0XShopalaGK1N"
    "5eUnsmAcZ2Qg9zirNyqlNvEpfyHGHEgrdbiDnCKuRcZTmLcrKmzeFp5WRJC/d0nbNII8Yo"
    "TkbIrNTw8YqjXFS9RjVxfbdcI6ZaoaINOorWYHJ3d7CqDQhWUlLVBms/yqzaoBQVK3YU+0"
    "qbta/00Atl8QdJm6q1yIOvSy/2dUSwTTg8GhqmhoEah7eraSoEOLU6wmOLoDylfEWpsddS"
    "7tTQHQ7vQrZdtx8Npk7uuz2q1xx5SoTsdavuQRNhce8naiL8rKZJfQ/bdjbYfNt1GG9/em"
    "AbTZNPSQjYovf8QjXUgjQ34a1oq95BLMW29/HMtvCDu3T3a+h/49dn14UrgFS77lpY/lWx"
    "/G2h5DBNPYYG2v7ts03MU0qVUToTM1ANaoUmA/x+cbbLW2LBqbs5J09p9vDXQe/hqqW90P"
    "E84s7NfX9w1QKzFcKPeDJiXd5VD15InXYq3ebV8olH1BUpkpU3iecRyn2PWfRXLZv7EfcH"
    "v/THrK4d4WdEqlLX7gxmC8MyzCnSNNWxI+Pug3Aa01+weroPmziNBztmuWoy3sV0q8Cm5P"
    "pMjNtnulwnZcccl5tPqaeCvpvkCryeyXuSo/oq0ob13OXNQU+IKbjCSI8msAcS+cKGRw0O"
    "8tGPf1de69CBmQqBW0hYZoZMthFMzqvGUb7GnfhbSPG6DkzzRaOrUt6PKccYGxl2LGDHng"
    "g7VirsyD7Q8pwgkMwiBZ+pxBIFd54XFQoi2FSjYJOoUGia1PdaoQB0JPNP4u1YpNDR0Zhd"
    "poZqkFqiEPqceOyQ0+2xih6t2kS8vEPtdqh7cU7Oa0aAK54BcEpLlkgvs0CoLnDtGMXzsQ"
    "6c3B9COPf3D7yvTdUqZJARcE38AIL3lNEvIARr2cKfQAh95yD6EYRAIHfnTyB4ipH+wXNo"
    "IGUpJURonZ6jzM+c+zSVCdKKEzZ3PGHzmWpYzo9XBVhEWGWzsAp7qXIg7JA3EN1C9snQO5"
    "LEUy7TzzMKsIgPc+Q8uSiHJ7X/ZOPbP4QUGO4="
)
