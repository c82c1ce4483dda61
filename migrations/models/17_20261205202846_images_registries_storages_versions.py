from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "registries" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "icon" VARCHAR(64),
    "type" VARCHAR(16) NOT NULL /* V2: v2\nHUB: hub\nGITHUB: github\nGITLAB: gitlab\nGOOGLE: google\nUNCHECKED: unchecked\nGROUP: group */,
    "url" VARCHAR(512) NOT NULL,
    "user" VARCHAR(255) NOT NULL,
    "sealed_token" TEXT,
    "image_name_prefix" VARCHAR(255) NOT NULL,
    "ca_bundle" TEXT,
    "extra" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" CHAR(36) NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_registries_team_id_125708" UNIQUE ("team_id", "name")
);
        CREATE TABLE IF NOT EXISTS "storages" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "icon" VARCHAR(64),
    "url" VARCHAR(512) NOT NULL,
    "sealed_access_key" TEXT,
    "sealed_secret_key" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" CHAR(36) NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_storages_team_id_8974e4" UNIQUE ("team_id", "name")
);
        CREATE TABLE IF NOT EXISTS "versions" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "type" VARCHAR(16) NOT NULL /* INCREMENTAL: incremental\nROLLING: rolling */,
    "changelog" TEXT NOT NULL,
    "is_default" INT NOT NULL,
    "parent_id" CHAR(36),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "project_id" CHAR(36) NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    "updated_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_versions_project_480028" UNIQUE ("project_id", "name")
);
        CREATE TABLE IF NOT EXISTS "version_images" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(255) NOT NULL,
    "tag" VARCHAR(128) NOT NULL,
    "order" INT NOT NULL,
    "config" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "registry_id" CHAR(36) NOT NULL REFERENCES "registries" ("id") ON DELETE CASCADE,
    "version_id" CHAR(36) NOT NULL REFERENCES "versions" ("id") ON DELETE CASCADE
);
        ALTER TABLE "projects" ADD "type" VARCHAR(16) NOT NULL DEFAULT 'versioned' /* VERSIONED: versioned\nVERSIONLESS: versionless */;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "registries" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "icon" VARCHAR(64),
    "type" VARCHAR(16) NOT NULL,
    "url" VARCHAR(512) NOT NULL,
    "user" VARCHAR(255) NOT NULL,
    "sealed_token" TEXT,
    "image_name_prefix" VARCHAR(255) NOT NULL,
    "ca_bundle" TEXT,
    "extra" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" UUID NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_registries_team_id_125708" UNIQUE ("team_id", "name")
);
COMMENT ON COLUMN "registries"."type" IS 'V2: v2\nHUB: hub\nGITHUB: github\nGITLAB: gitlab\nGOOGLE: google\nUNCHECKED: unchecked\nGROUP: group';
        CREATE TABLE IF NOT EXISTS "storages" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "icon" VARCHAR(64),
    "url" VARCHAR(512) NOT NULL,
    "sealed_access_key" TEXT,
    "sealed_secret_key" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" UUID NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_storages_team_id_8974e4" UNIQUE ("team_id", "name")
);
        CREATE TABLE IF NOT EXISTS "versions" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "changelog" TEXT NOT NULL,
    "is_default" BOOL NOT NULL,
    "parent_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "project_id" UUID NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    "updated_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_versions_project_480028" UNIQUE ("project_id", "name")
);
COMMENT ON COLUMN "versions"."type" IS 'INCREMENTAL: incremental\nROLLING: rolling';
        CREATE TABLE IF NOT EXISTS "version_images" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(255) NOT NULL,
    "tag" VARCHAR(128) NOT NULL,
    "order" INT NOT NULL,
    "config" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "registry_id" UUID NOT NULL REFERENCES "registries" ("id") ON DELETE CASCADE,
    "version_id" UUID NOT NULL REFERENCES "versions" ("id") ON DELETE CASCADE
);
        ALTER TABLE "projects" ADD "type" VARCHAR(16) NOT NULL DEFAULT 'versioned';
        COMMENT ON COLUMN projects."type" IS 'VERSIONED: versioned\nVERSIONLESS: versionless';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
ALTER TABLE "projects" DROP COLUMN "type";
        DROP TABLE IF EXISTS "storages";
        DROP TABLE IF EXISTS "registries";
        DROP TABLE IF EXISTS "version_images";
        DROP TABLE IF EXISTS "versions";
""",
    "postgres": """
ALTER TABLE "projects" DROP COLUMN "type";
        DROP TABLE IF EXISTS "storages";
        DROP TABLE IF EXISTS "versions";
        DROP TABLE IF EXISTS "registries";
        DROP TABLE IF EXISTS "version_images";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztfe1zozi297+i8pftqfLOk0463X09t26Vk3gy3klsr+N079z1FoVBsbnBiAGcdPbe/t"
    "8fSYDNi8DIBgxqfdjeMegI8jtCOu/nfztrpEPT/bmvrWFf09DG8jo98L8dS11D/B+s213Q"
    "UW17d5Nc8NSFScereKCi+iPpHXXheo6qkVmfVNOF+JIOXc0xbM9AFiGZrSAIKMAzfAPXyP"
    "JUw3LACpm6C1QPIAuC/vX9AOiGAzUPOW/g3VrVIb4BngzH9cCGTPwMbQ88IQfAF4iHmKoH"
    "HYAcHTo//UxeRUcafhfDWtb61I1l/LmBioeW0FtBBz/7n//Clw1Lh9+gG/60n5UnA5p6DH"
    "xDJxPQ64r3ZtNrj4/Dm1/pSPIXLRQNmZu1tRttv3krZG2HbzaG/jOhIfeW0IIOfj89wgxr"
    "Y5oB88JL/hvjC56zgdtX1XcXdPikbkzC0s5/Pm0sjXAS0CeRfz78V/BqkWGKMhrPlIfBTF"
    "E6qRVAXiHBnuCShiyyegyyljAw3/15d4DQqx3ygOvf+tN3Fx9/ohAg11s69CaFq/OdEqqe"
    "6pNS0Hcob9mrbBwzDfj1SnXYgKcIE9jjV68G9RCwCiDurNVvigmtpbfCP88vL3Mw/9KfUt"
    "jxKIo7wt+5vwuMglvn/j2C/w5vF6om1BX80aXBnsFvHhvsOFU5SIcXdlDvtqgasM6Bdjb4"
    "x4zMvHbdP80oou/u+/+gYK/fgjt349FtODzCgeu78VUCeM2BBBxF9dLA3+A7nrGGbPDjlA"
    "nw9YD05/A/WsiKDv4D9bFlvgWfWx5rhveDh1n/fhLjz01/NiB3zmO8Ca+++5j4QLaTgK/D"
    "2W+A/AT/PR4NktvXdtzsvzvkndSNhxQLvSqqHtkZwqshat/JifL0HNntyIWFqj2/qo6upO"
    "6gc5Q1Nn1rfb5OXlEtdUl5RsAlrxlKDbYxQ8/QYkoU4b18ccI28MmJhxWTJbL5LU/hhp/C"
    "9P85Dt9wvBAnQfzUfX92VuDUxaMyT116L775069IWanuigflOJVw8s3HDwWA/vghE2dyKw"
    "6z7cAn4xsPxDsKEZfyxyIrOXk6RhbyxyTAUoj5UYSYKNfhNxsrW+4BXI9TlsD14HWbwvSW"
    "MDnEJJfLpup6ysY96OtO0kpON5nTmFGOwidYR0jKlK6by9Q9wnRKx4ujm4b2V+RAY2n9Dt"
    "8owEP8HqqlsYToQEV7DKZpJ6S7q7tP2VFftwpedEHhvx3/xdDzRbX+w3X/ZtD5fiql2e4w"
    "9WV7n6psSyVZcCUZ81hxPfwdM/fObB0jSSeipnH+uYiqcf45W9cg9xLKBmaEiZb4m9ANxo"
    "6aDXiK8CDEGyaAVK074y3ReIIuQ/T728N4xAY6SpMU+QzNA/8HTMO/27LVnQMuQSPfOZD0"
    "AyR2GjJB0jmwQizgs1d4OF4u7P0L20R4PyDvxIFvlEbA7frjRRGQL7JBvkiC/PSnzgVwOF"
    "44o+b5ZRFs8agcp20KXYNoC/jPJ6+GRQmMDBvrgbVZp9SLuOzHnKm+Jd6xoaVjNJXgRTgl"
    "wM5kMLoZjm6V4QgrwXd3PZCYb24FdwY3PRBcg/rcCumu8VE2vH2cDnaUmJ1PxnLjwN2ox1"
    "FqfvxXhk8IR02xIj6OzoQ3eCLmRZ52hzX4yJNMZEWfMiHWgMgjbGIe2d2/6l///jjZ3Sca"
    "zsaOP78/ncWfrzrebkTifurueBK9ifDcg+l0PO0B6DiIrgHu5V9k+z7P3r7PU9u3szlyyc"
    "cmqHGl4+daBDjOFT59HOHVd9sDAf3cInyakPVMWGRD/RC+lO8KWEHV9DLcWfuZsqNusAjT"
    "+W3Qv5v99kcP+K/7NrceR9trG2t7lcyBv8bJmH5Y+FHIIx+jjein1Qx+bV9XsR20gG6ac0"
    "MrI/qHRZpgm2FVJuafVXVuL8kb/PX8/YdPHz5ffPzwGQ+hb7m98imHB8PRjPlBKNoKas8H"
    "GdGZE0hLepMt6dtzsqjGvCU4Sl1uD0cr0ZZVTYOuS8Udx9DYul02C9jUkh+H82MN1yQOd7"
    "3gOFNiNPUdJlXqgSWfJxpyuE7p7fj60HzfEih1w31WljzLM0JRH5yfWwKnjRxPWRhUuGWs"
    "0OytN0VYv9E44ohabAzTw1r9z+Sxp/BFVbIZu9DzePkSpZEsqYAlNHvChZoDPQZj9uZdRC"
    "gbrC43NvVC1deGpbDjMnLctjGqGg1HVS37qh0tWG/CCGkrZGgswSVHIk8Syj2ofJ2JYkxi"
    "Gxaqewh7YqSSQaUzCKMDuRIgtwTCbU2VRJN4Kp9MFI5vxlInzxNmqXsqVq5YMVSZ6liE4i"
    "B1rGECUNkKme85VJ4ctOZZ4gkyaQI7fEnLxJjsxS5uYoz/AR3C9Til5HpTuM7w+gRvn/7W"
    "F2+cSRQpwiNisNuz3+6NuI7YadEaz8iJaoxIJqckIIXWi+Egaw0tjxPXNKVcrnFslxvo8q"
    "IapZF4xvG0kM7OrciGM0IiP/1UNjz6H6jxLtA4lVyiubl+AVhpfLnT/Sa7mVqJ696Ev/i6"
    "iuX84VcAo8e7u07WyVUCvoP4bGJinD6yC+BMttASAB4F07Rzq90LbeSgiWFKgrCnw+tZJy"
    "0ZlADqbTiPmOs1KgwVWKm+pF8CrDfbiQRdrTGdqMB63WmmJaBbMHO9pWs2pcRnLNwT5a9v"
    "dMObQg058Qxxxu1ubj47GaiYiAavNyep/cpYZvoIiroHAqY2N5/Mdw78x/n5xcWn87OLj5"
    "8vP3z6dPn5bOslSN/KcxdcDW+Jx6AbtZaFLoScZHduk2adpsxa+dFOS2Yh+/WpCsHs3/vr"
    "5HA56jZBhreOYpRGhMiuqkOM/IqIfCs2SiPNGQk8obrmhXNHIjeAdtnb2gepmpHdkxO1mZ"
    "XRI0LdhooCoxwsnPNgvKMQLvSskpr7Pl7KM/77+GHekoknH1ycF8D64jwTanKLiTRffa4Y"
    "UUUoi1RlOcCLV9ZNkIm3nKvp1+Gp3oYnDXBHILMqWVmVpkG9IzbP0o0Ribdwy9kiUm7S01"
    "hAr2iVnA7D+Bnc6ebZPf0aO7KUp+ClPClUzA1gf+makLYq2bcEUaFzNf5HDyzQt7l105/1"
    "r/oPgx4IE3g6hygepZejOaqk0ynKOVG/zwH1nEbj6X3/DsOMnLVqzq3r6aA/o1WCwhmPr7"
    "pVPnueyNtyKYU7ijprbEHXM7R6VMPyQX6Bjstp3oiQCGjfKF8h1CGpb+cqfCVi4lQyAyzm"
    "ziojXQbfQhtHg0r2QczmTIpQPGm8/I9gCxqfXSRBJpxlpBJrqmuptrtCvDaoBJl4q7p8M5"
    "Rr/JuxdeRFiIQUAqWQ1hIl0jZfQW2L+vJ9kb0aj8pc1vSezI6u1ORH1SplDV1XXTJ2jOzq"
    "OylCEbbluovvtCszWgaWycRoyXWOxOimWP2xmsyMePZvdHNt/mRIMZN/Z2xBoEPbRG+kPj"
    "tAT0AFLnReDA32wOtK9YDhAXwcQx08IQe8U4GG1mt8Df9QwcJRLW31U3c78gltLB2o+H8r"
    "9EouQLwo9Z+TNsAaHytdFw13XWQ5hItbzpne4SqttEGLCV7LedCnYtuiYm4xeiM8Xl8PHh"
    "56wN3Qss5z69f+kDb/eFIN2vnjuj+6Hvj9QDQCCekH0gwbO376cplVk7CAH2pH3mTVqkMd"
    "HoPA3QHnVn8y7AHVNubW18HVb+Px73gHg4sVQs+YwYObweRu/AfmMPT3O3xtfHdHWqHga8"
    "g0yXHRDPb5uyqPLryjaDLDmhT94p9iirtSeXCOU4mgtFVtSwsQO0BHTlOKgHfdSjKWqles"
    "RhI5cc5bChHwrmEryWjVscf6IwrAdS9oacQsO26xVWY0aVEpx45GO/YdxPU4pewi1RyzWZ"
    "rLT4ZluKuD2JwglXxuMp9l4Ugu/nLkCQa2UE5Y41Syflx+rbMArTTA3AViHnYztRPYvUVi"
    "4isrViHmuv9w3b8ZyPo7J6u/Ew2MMyG7G8ZVQPnr71NoZrWCD/Ce+rOIA/n3Kj1119DxjC"
    "dDUynDUv666O1untdO2w2U6TqC+7x4U02PyjE9AOMaLWMXhSxjFzmWsYtUrsefusXVGmVL"
    "ICPj8w1nhzSSWKkmYffBuVGxCZrsZ+r8NptNemDlefZfz97PrZvRQw/ghUV//NoPnX74UQ"
    "1y+j1D21Oe+Ez1URrhCmaUn62wXcDKCrGKqOb4/VKUIpjuK4+j/4EDSr7074Y3PfCimoae"
    "DB1pxoZjuO6Gr2/ljkK4zaaaChvQMVSuzns7CuEQriQnykKesoD4BGQINfnm7TiltG432b"
    "pNeKU+eazNaj+Tt4SSx03m8RP+C7GUxSrCnh1IESMSQSKrO5gi6AL+DBnW4b29wwMqifvB"
    "uFsY4gPBj5JKDvBzwFRdT+GO3IpTCSCjnQR21fPg2vYOCEpgkMtjvcnHuoORfz0o/iROKb"
    "ncZC7LEMJMNgscQihTcUXjOuNjT/Uolp10qw6Hks3IikbsZDcj28ZCnSZp/CasiMmIQ7mJ"
    "VMvMDkIJa2pWEIHyz2QDTPqC/5KBKTIwpSHff9xz8OGsgOPgw1mm34DcSuQQvTW3SG8pAR"
    "CT8cPsdjp4+PtdD4QL709zbt3/QS9RgYLmRA8faEK0QbeZ0/sk21K3tC6fWfnFkaGDAVMO"
    "wDlNKYLZsY5i1G0LgXDQi0F4fEgcxHT8ZfgwHPu1NKIzMUtszMaTCQmLcD1k2zAVJzG3bg"
    "Z3A7+kNRXtwjdqCFsPyWpPUwqwa9VtRcbP4pWPIiRNPrkPjd0qErz7MTt292MqdBfPtXH5"
    "woMiJBLiAhAHnjxbdd3XoG0ypxMwSioE5Cfzw74ew4YkuQiCUd2c4I3IlXG4mRtNKg7XRg"
    "4D28x6GeFwWSyDUSwDOaykvkwst+Pra5n2viVQruEaOW/KesEBZ4ymPkgv35+3BFTdcJ+V"
    "JQ+kEYr6AP3cEjiDpm0KtMhfy5ANrhAyoWqxoWVQJyBeYPKqMA7N4vUKB1fj8V1MOLgaJk"
    "//x/urAda36QGGBxm+xyYN/su/9c3aViKN8ziwTxPXCP32Smuxly0w6m+BgV4xRkq2b4KN"
    "e5xKPHG4fOOdjxhfF50ojXgYV9HJWVbpK1USkSF22VC3M9hKhtj9iFwvEmInq7lxib0c1d"
    "wigU+c0KYpJbZxbJcb6PKiGqWReCZzm3XesoMREhlkmzSCO+h/oMa7QONUconmBi4HYKXx"
    "5Y5cnuxmaiWueyOX4+sqo9BgxslVAr6D+GxiYpw+sgvgTLbQEgAeBdO0c6vdC23koIlhOs"
    "Wi73R4PeukJYMSQL0N5xFzvUaFoQIrVVZ2rbGya6XJIn6aDitVZJvAk5MoQscUbDLYB/5w"
    "0ufPW0FgBAsDvLs20UbHu+Vf3B5Q9TUp/o7n8pDj4p86GbzuAvgCnTegahraWB5Yq2/ANl"
    "VM7a0wl1yALDrup3SXwRqfK0uuNkBI7ILszJas9LacwMIthSy7WqTs6r+RBbkDZGNEQgQT"
    "1oA0jXDX+cJkozQC4lxB2U5kPRnLNMTZZYR3FM2oI0weK0wd4SDo1YVYqvIYYRl7w2UjlC"
    "K4UuuOlPVMV8nfdwokMSbmqDEHBUvdLrQ05832/opfQef8LDp3g9nDYHQ9/WMyUybT8U0P"
    "JGecW9ExD7P+Lc0gig7DsCxpClL/+n6ABU9tDcuqDH1exJd+nu1LP0/70jGzXg1T11RWdH"
    "puFFSSVMZAccRAEfD4z544lTx/qjp/CM6Hn0EJankO8Z9D4SapkH4pPCxIEUr0D85c2mJ5"
    "WBXJJLnkBD8nZGRWtmTUzhgdGZn1I3JdRmY1KJRAOrdO0rZQtZmJNhwtC/u23cItKwvr+M"
    "ef6At4OEiJVoQiguWgzdEwTckcIgHE5UWOeINVg9FFJkRybMEZwv/sx/Mez1O4JmRLdsPv"
    "nM72gU4TM1Kudnq9m+doh3iE7AcquHO6hfW6LPjKa0MfDb5iWOHr3OpPJnd/UPM4Xvjmm1"
    "+oa9C/+YOUBVT1t7k1mE7H0x7YNj04ff6eLL51UnsHWSjGQZpvnFKW9G+Oopu2b/jymxKw"
    "LM3pzDzONGF9ZSXOKmJs2cmcMjtWZsfWBnU7rXHSBvsjcr2IDVbmGYqaZ3jSuNxKzNgy86"
    "WszBee1Ix92VyhxaziXK4mLOeDM7nYDVSOynMZWC9fVMcI4Epb4CK3u7mGOOtFeQlGFs57"
    "CQlIBopqgUhu4C/A8FzSqH0DgeECPzICvBreKp6q8gzfusCPGQLIARbyWHkulT2nSCMXEs"
    "Uh+7g0yqDIjMvJTg44Jg6ncTJo9f3fgzAm+lFxGQITdELgXX8IGtmjGI6pvIjkHZGMReaI"
    "RW5I4ZoWLfnDhfZTllpoKMDH1lo4cTu+KA/YkmeURbmSZziwkr58kQIqsidf82Q52ZOvwo"
    "qhuuHapvrG39gnQSeAR7cGwZnCw0S5iR0Qycaob7Qwuokn1IGkCD5ez4bjEe1HFsxCeo8F"
    "aYHbVMCbwZfB3XhyPxjNSLuxF2gim+z0c2syHXwZkpAJ24EvRhBucfIwiOgfmuJktuqTIB"
    "Pgc6k94QOZiCvjf0sgQnpN1ct6aXjKwsEbz4oH4jiVeDifX14Wql5xmVO94jIJteFuXzsF"
    "da4SHyeUijyHIi8jFbJXfDt91jJS4UfkepFIhROXnG0apysx1p2i5mxDgT2m6GwBA139WW"
    "INk8gK5T0R49FCdY9NfboJphEUpZj7/nCUEiEDgny2CSeb82JoxwL14M8i0Gqq0l1wa3iT"
    "sDgWw10Qvd3NcxcQpTSsslWJv8CD6lo6C5rpLGiXhZX/E+7cYvH58aoH8CpfbRZzC/++6/"
    "u/8avMLawjXz1e/z6Y9cDC8BYb7Rl6dNSgTwdBtRl2VOnVqdCrs3EYmcvZ2AbDxbPfXb4v"
    "UhYVj8rElt5jV0JDz5DLBZCkE2Il154G6Vcj51ndERIB3C41GKilsTQb/XaazaSx9Efkeh"
    "FjqSytVa5mEtFEsJbIiWmERBqg8w3QoQ5+pPV5FkzTTkj3mp4jC4ptd5adjU5e/E2aGk9g"
    "anTQxu6wjIz0RjfXvEiGyIpUgtsRT2uealCrpApCjvMiKHMijoWLoJSqvFTqpCovuV6A61"
    "mqfEpDKiJxhgEpa7heQMddGcfGlQQxPPd0PimCphEPkE6jfK9abzNE/i1Xr2qWRJGjVtE/"
    "S0lI4eEf6ZCVh3ejbZD6VvR+Qg5lAUncJ9sWJgg0sS13gls+TXDTW+Ffy9X2uhJhDFNBxt"
    "eVFNTf83ULWjSGpVuE1WRydAsypGhxDQvc/eMaYFA9DCl0SNWKL/fg2v/tgLWqQ9KjVQWk"
    "2AjAiOFftEAGKYiBtx20cbDaCd6pIIye6uLBgTrK6iZbwwOZ8RZhOZmXNeYixn53ZYV3UB"
    "mF0TztyX6BCrsIUE6DzgiNEK7RqvUo+jmkAM6sZRkOr68uaJXYllzJcruRcCzYKI2IC7ZI"
    "496P2X17P6ba9j7jv4sN8P7YrJC2zpaZ3zTOXbeDz8cewHRz6++D+8ce+BOuN8lztAj2RV"
    "KPsxOPU2nH4dmrZEfHsZd4ilDAdV5+5+Qtaqz9uQDYzH1aBKgryak/cbpPM3XZI33XDal7"
    "JCS2hs2zKfijxYvMLF8cbmEPEZql4GIcCW6cosZkOv4yfBiOR7ScRnSmuTV9HPmXnY3lX3"
    "mYjSeTwQ2pu4FsG+qk7sbDbDr2m5DgqT0H+W1IZOORhnuNaq+7IV1IgjkTpAvpR+R6kWjQ"
    "5hSlb62olxOzyLaIcofWHVoYvRmQHlwafUoEluH1TCbLy2T5OlAy4fEQDe07KC5CMnK1/s"
    "jV4Vpld1L1b3TzvMsv0CEqomKQoTKCVXAfrEywrja00lOXPPAGwwVEtxKrPnKCOh8Fvdvb"
    "8dK9zSp/iKwng7Fc//YwHmXYbrYUSQ3e0Dzwf8A0CnXGOsx0ttt9FxvD9AzL/Zk89hQbME"
    "Eo36SWtJ4ldmoygTSpiW5ckSa1H5HrRUxqDlzirdLhTa9OkEnTWjL4LdRluFCNU0lQ8+2V"
    "AVolmCy/7GZqJ7B7rZbxlbU/2Tr8vksAdxqZSlB0E7thk5ochfx5gJ7n/6lp00xiSDfPSB"
    "M2pFRcf/QJ7TSnbKIoYAZstqkmo5FitnaW1UGxBuXsNIdYJWqYFMizvwCxBHKONMlKz4rA"
    "HcQ6I3aeopyzwVZ2Xqki7ZdJAJShAQwOxs+lzZFpctZfXGAjhPm+wu8NFm80UYsmn4GN5R"
    "kmMDzSLDmIC4M6q+VyqXPn5n0Fj5BJXs1yMIRs4RARIiQCGsLLj2mVhkLRTqgihkK6WXJa"
    "NqI0MuI+UWpaRrXJqLZqIT04qo1pHFqGlQKOxHRbcaCVX/1eTKN7XpNMQndoaVi/qoa5cZ"
    "iyfux+rsBvkpHKkz+0sNRPxkMdUOIukcCDCtgAOV1algEL6viNsLS+vbNSXTrSW6kevdkD"
    "C+StgOpAQIpmeB6ZUTWNZwhcxNAGKn/m3KLjsHawvQl0BF08I74KTRO8rgxtFc7uAvjNcL"
    "0s5eIYTeLKWGaGIRRNsQ+Wc3MtYH4Awn+cn19cfDo/u/j4+fLDp0+Xn8+2kQjpW3khCVfD"
    "WxKVEJOowjCFbA3D3SzYXcayNYwISVUaxukskRdnZ0Vylc/OspOVyb1ERX1u3aJOnaJWsM"
    "VSKRpi9LrHJ8MNWmOUWWdh5G7uSYhHmIpOBxY+B/3hf3EBIQahP+UX4ECNhIvp+MSAln/T"
    "cMGT4bgeGQU2Nj2xDA+8c6GlYyLwipxnPMRBa3ICWQBZrAJJdTxRxt02QB3KO7QMS0PrwM"
    "2XEBxymztHyGRrZ47WznRnIN+J8oJlRX2bbcCBfdYUNfIh/BRaywZN9bSVopqMxlM5UaZR"
    "omYEmpLnCRNoSgoovm2bIfLI0WnKGlPnNRNtdAdZf3XXnl0VL6qvAkQQJEXC+HEPqQQoV5"
    "DMxChSVQyPysnESNUVC9YqchhIZ2rqcaL6sgYuP3+qCumSkwZ8hEhpVd5UojSlgAu5gpSi"
    "oENgsDRV18VKAENm39tiMD2BCAWE6i584qOoahq0PcWF5pPiGksLsiyCecJl3jRS0OeQMB"
    "eqhWFRPLz6eb6JBJkAO1HdH0KA4MpbM4T7vcCHZBJ4buD1Z2NNtgyoeYhLek8RihhtU3p9"
    "2uD0pOAxY5/3HrxRUiEgP8mKtzcL09B4WcAglSyQ9d6kg0gmp/6QXM+KhY9tt9RfxRkbFy"
    "Oq1z/Ujti4bD9r3GuxQN+OLZ5070/Twq8qK8iLUT0puV7TkI0tOEP4n4JxcTuHcxuX6N64"
    "uNgHWiAw7mj3PinhRV3RTPd+cLe7173v0oEF3fuzFaSZJdSZ7qeXoCcaHhZmUHZJMyJygb"
    "Yj0lbIhVbEAf+qxj3waX9+NY+QDvwG7NldkBN11r5C4hZ85cS4Mxp8xbDC17nVn0zu/Drg"
    "+Ps0/Srg00H/5o8eIJLPm6wJLg1TyZhBvFCMg7SFOGUJ2kKLnBTNVg7SOqGnus9M3SDTqR"
    "qhOMij2jBmll6GTZpWBFOypWnlR+R6EdOKTOKUSZwNg1MmcVaUxLlrTSCzOMvL4sQvAEaP"
    "d3enSuMMbasZZq3A7Jpv09qaeMut4PXPaD4MmV42wW6eHUkWYK+wMgp6pUFdBCMmxPsNdf"
    "EZmgx65/FhMO0BEk87t26n48dJDywdtLHnFr7xZXg96AF310Xj9NY5H1q+7rdRmiYzozFf"
    "QBByFEb5KivVXXEZQjPohQC/boNoAswj+HAwC5op/tXHAQ/fX0Llzw3C5/F6wWG1ZJHWlx"
    "ByVtX+U7LxEguvxgvjtM0Nft8RyVzK4pHuqmmwe49lZ1JGSGQeZf7mIht2SBOuNNz/kFwv"
    "YriPWFY47c1pSml2zjc7J6xYRxpK47Vk2onvXnNpepE1qfQddQAwDKahYyDbWkps64Ur+0"
    "wc9G2NvoEvA9CfDAG0dBthyMA7Eq5HkucBrTinmRvXg85PJI5JW5HyOwapL2dRIg89Q4tV"
    "xKfcyZnWWw+qa2m2lWbbxu1CVRutoq+VwjgntytOJiP2DojYM5SNw8jfzSnWviMRcG1X0x"
    "OWbPuchu8ojYA4V9IdNrCZ+tC5ECvZXCUBMsiFQL/ujeUFOsbTm+KZrEymPNNgnFCaB4ub"
    "B5/wK0DHdgKjdNGNJkEmgpOhhq0meGcuY2yUphnWWKHaJ7cwQQcriNpzUN2Tx/N//dvg+n"
    "eamxPOMLfGo7vhaNADyDINC8rsHCnrJ+C3X6CS2bs1+3xIkIl3PpSvzj6pGt/JsCWQx0Lp"
    "x4Kpup5Ct8mDfDYMcpme1hw/Tdo9J52y2fteO91z0in7I3K9iFOWOEw4vbEREumGzXfDhu"
    "6oI/2vs2CadkK61/MaWVC8LtdY5vyRJX/6ti0QyHFbi+qpC3bkGw9CN8E0osJEM6aOxKho"
    "UlkrAdo1yT4coEhDbhEhopUaTMN6PhImEtgxw3OJipODNt6xS2lK5hAVoCDx6EiIHnbpS6"
    "KAxBVmtcMT6iyLaYhlWOhuP6KDYJ5W2ifYaHLGodFtKSMWLdyy8uPRFLJLFgxK+0q7j1IC"
    "4KhW2POU1IWjnd1cv4Kc29vWi/uLC9SNbnjgGULbJZfXQH3yIKHzq80ZmAhZMB2kVvXDmE"
    "FrYY0A8tjjgtZkB1Vyr44OqrJqRqlFSOqviNU0HMvIKpN1SCqqQ8JsJu8FR92xxh2xhPwk"
    "pJHvtEnx9BMH0XbWDDEmvJUrxdj+oEpKkMgg9lMfTDKI/TRB7IZrk55evCAn6QQIbaklAE"
    "+mDJwkjAhjydd1aksgXuhQ+TFywQsrB2hoDFJZLTIRgYgfYcKgo4CyZmoVudHp7Alkv0aO"
    "MHWKEnP72B+kG9LWuG0HoY9Q59y/O18G04fheDS46YHtHHMruHo3eHjYXjeh6yZteafZfW"
    "TsVDb07YyikbFTPyLXi8ROZVfjyxYxcqrx/fCyhYxFk7FoJzdX7otFS20AJWD66MIWKnJF"
    "IY1uedx1qOsP8GsJyieO72sjStB6MRxkraF1bJDfYDeTQHthDCwD/4lHB2gFrpQhnUtUpN"
    "ZwvQi6Kx6N1D2dS1Sk6g5pa+MmFVg0jsToyy7dVJSFdGDYn4FnUow1M12aP/gv3NC0Qti2"
    "Zf0d5junIGT7z0OM9vrQFcKiwhXqAqK/uICQgXeT0W0X/G0yuCUBel/hYtIFqgfWpJrce3"
    "BvXP30C1ABfSRQbdXxgIuAt8JDSEqwS/rOhq584D4bNo3rW7zhk49Vwa7eh8uGtg3QqLsg"
    "OxgAP8TDIqCSbZDP8ufF6QQMDrg4L2BZvzjPtKyTW99TOg5jCzcs1XnLcOcFFEnn0lsg17"
    "YM4DznUpDJvzWaYhyvhqP+9A+2n/qKkfl/9cds0E9gLu3a2ctdXLv29lzmOkTiVPUeJu2w"
    "xfJEOqa4kWZFKLUWNDJGwhrbyIC9Zsb4+isQa1pG/Ghg2ciRgremjwJy8M7kUkAStgAdTx"
    "UW/J8ewqJmMBOWIQEk9ax/oRIlLcdI0lDcFXq1AMLLpAtIbxaoA9KcCOpd0gNLp3cYYm+V"
    "T5IybgN2qjwZl3KXR7jdEggo1Z5fFol5xaNyatumol4dZB4czhPSNhnrzvjriLTZo36gud"
    "W/uR+OekDV14Y1t+4HJOipB3wj6tz6Mhx8Jb9fDPgKG1J1zy9ny24Dt6/8cLnN306beFdx"
    "9LcMncqGvp3KRpHQKfjNNvBsB3A9Tikg11vCZYZKmWazL9vqyuKNU61MEcqoqe+N1tZbC2"
    "pO7FSmDs4d6nOEFt4MYEvRw9k7Qwnwih1JldoLucOpakipDUIYsk0iuxiH/SaRSGxFuVm2"
    "0sjQJCODVIEbrgJL3SwbenF1s6WDNjanYBmlkaK6FNUrB3XjcifhREjkEpWKz4kUn40rk0"
    "f2ghr5VPcjSs+eEiC9DecRE9PoEd2kmkxTuDTwm791GLrj9l43T210/FFGQSc6l8Yo6zKd"
    "+pzq5miQsi6TbC4sXqUgQ+PrNBaOF69OUPmLul1VVA6wOX0574GX87n12+NVD6w2i7l1O5"
    "zRH0vDC3/f9f3f+OXw7/H49m6AfyO0NOHcehzRNomkAAs+IPwOXnjUdPw4wYNCIen01inO"
    "/tvi9t6+fF8k7B6PygSX3ksr2FzwBuMF2O9r6GwebZnNc7gm6UTY8ms/XklaIK0aqdgOfD"
    "K+cZ21LGK55ouseU1VFhtLZ/l8shd8jEiudv7VjpF1GBlU2T1VtwSyp2o+Mw7oqSodatkb"
    "kLgONZlPJxrXi+TThV8sd+xjilB6q2TFuPqcf7JiXBFvClfFuN0XXQKwYnv+UpvfEbXjqK"
    "52bN/KsIaMIOuYr6AOtyuPtgrtMD15Ztj/M8+Rt2s1WqQqDFESdL+0yiu0SH2VF9ij/do0"
    "tF4bXhc8Q9sDqgtUEMwNnpCpQwcYFk1dpb3aWDVfypxaBqI24MTr5rgRfZYq7oqhKOfVc4"
    "lSCWhXriDZz4dsDV2XWZorxw6UohTA6Fa3LQirKyu+HiQ7CgHgrsHGSVtAK7qxDNqBF8U5"
    "SScc2lWEJ9gmejvIrJIglXaVpthViljTqGTGqf5HaaQ1JemKpIVVORGNU0mbSr5Nxd0Vrz"
    "1S+xevs3s3YQGIr6z9xhX6bZeA7FU4Tys3gb2wRrfARiWQTtGGXUvLv9HNNRiQIYXNBWR+"
    "gPVUFehojaECS6zUY2WdVLZ6Rc6ziVQdvFNBsALxDV19+wWQFgTgdQWpWv8GTNXSf+rSQV"
    "AnlbCIUSDoCQ/1JauUVp1P3m9s+CcWDly0cfA3Fka0bS/g9fEvaYw4qTHi6U+dK/ozHC9c"
    "raHzy4tCCtpFjoJ2kVLQkLa1+BZWziI0Ipp5isD8MRvljymQU/tLUaRThALCXX6N5OjufQ"
    "jYzJ1aBKgraaAsY3iy0RfX6uDLbbydhaNEUkdOfEgHtGoup0WzOHDmmBz8tVeCXnyznaid"
    "sO7VjGNfaUw1nuJdYzq8nnVS67YEXEfBNIKiGvlUMzA9kblhY90h7bnDMjgEt7q5JoeNpW"
    "CF4Lmg1WFsQfCMdfcVfjmisiP821Pd5x6NEfCZSgcYLr1Cpu7ShjGviJTb1qDrQhdoqmUh"
    "DyyQt8LkzxCr/mk7Q8XPKjmMYWhluHqZ+7uR7rkXrLrmarNL8gp/PX//4dOHzxcfP3zGQ+"
    "hrbq98ytn5wwbw2YYCzEkecT8YLqCZoAI/LvlsmLJJ5qqNUOxfuoft8+1bvJHQA+3PjeEc"
    "pDYlSKXe1HS9KSWVnuakD11ljJM+4kXLPumjfSvLLioC461kZW2R5tnhZW2R7RH74azACf"
    "vhLPOAJbd+sDIMXwdXPfAKF3Pr63j6OynsSfx8pNDn9XQ86gHN8f0Jpy+jgFH2Nowo+WLM"
    "2FHXGLJGfdkEM06mXD0O726Go9seCGeYWzeDyd34D3rRDwujV6ePoxG9htU9i155mI0nE1"
    "ITw/WQbZOKGL/2h3fkwpNqmOT3zeAOH7f+RFjbDd+vIQw+JOg2TSlAXGLdQbd7XWEFPrJT"
    "OcU6S8Pj/chuhzNaW2ZuDe/7t4MeoGk4+PMYX+N98NchKTWDuYT3wifDT+s//SfiQCwcGB"
    "5yuDTqOFWTj6ND/Wdn50XCdsmwbLDpzTjcCwcvc662SjuKGhd/aPduqQ3DQchTdKw5a9wL"
    "O0UpwL5fA+JUqoDOUXt9co4akSeKPO9u33+cjXuAUM6tyXR87e/vxJjcnN3dD30kGUSqxV"
    "Cds+WfFKEAn0Ht4o+nOt4h4KcIJfj84Pvlwl5UxyB4MLS8vaXGYrSyABM/D2zkMEzemX6E"
    "cPhBToSGQV22E2GFl6S3UmhNSsVWPS4Rkklc457y/1os2MSwI04WtOFZ01nkVTnK0uh/PG"
    "vJEncxSPomqy9Sxk4doRHgkKwhhpOm26Yhzi6KtyVoRlE88jxhiuKpuo5fgIcbOwrJjtLZ"
    "oSGHJShmbu7b8fXt5u9bspmv4Ro5b8p6wQFnjKY+SC/fn7cEVN1wn5UlD6QRivoA/dwSOF"
    "eIr1JFOF4EVbDqEhWBCv0KFyuEnhUXag5kgL1XB09PIISz4QSmKD+6t7BgHRKIt9graBa6"
    "cRxoeUpQDY236CmTWtbqOHVYasNgLPv0k8l82VCLFZQqC3KLzPUQI1mQ+xTHUiSamRPaNK"
    "XENo7t0vAU20Evhs7d8JhBKtFNoEuK9PLCGqGReMqc7grhPHHreGGWaE6e/Cl6nTcT12Na"
    "ne+KyGXIBSXgO4jPJibGaYGoAM7Rg74EoG8NbxKZTUygGcJRAaRl7Ydyaj+kZLAylm04j6"
    "ALNiJ2FlipsufMSXrO0JDhI3vOFK1E25btIZFqs+vxcjhEkXYyooBUaSq8hxyVms7TqfDB"
    "rW5uKrw/qJJU+LDfmMyBlznwjfpSq29gsXutFMbZMQEJMgECPuuOAzA0vvq/4XjxogDKX9"
    "Qbx+SBNhgu4H5x+b5InV88KhNceo8ZUKRqpFSbwiwAtjeYKE4swpo+UVaVH411IBfixJIL"
    "/FyQoRvZO1E7nfgydONH5LoM3ZC91FsNZ45zUfZSL2J/lb3Um2rXrtImOVNdZhVuer2bZ4"
    "0kMc0VmCITpsc9bbK6fnk0yNkvS1a9PrLqdciLohaGcHxVJobTFb6uIF+JLmgmuMUqQdaL"
    "dAeP3MCQ5YVLFv39cfBI6jb61Mxaj4/X14OHhx5wN9RYkq71mK4GSaTc8eMMv6Zf34AU+u"
    "w//EbGaI7qroL3PHmajg3xBsaKx8muSLKjqC99si31GjKrambvSKcpp/n3Q76VJtk+oeMg"
    "55AqpilCaW3jt7b5IGrM8KfspR6nEgH3Gnr5kfdNYZxdDGNHcVQxjIbhXHfVC9tU3xYIca"
    "UHR2kE9GBVUkkK79KOSorKcRV8iVM1o+gLeawwRV8QfUMunkRIJENKZ0jMTXhI3cYIpQjn"
    "bt3yzolbGDcMfYE7GDca6UqK3/HXbzxJycbG2yjbGopQq8WynT7pIpEItD71QUyPU5bA9I"
    "btYS1hMiPwIM3lJ8MyiPH2ADYnSCWfm8xnGVck2h4u44oaFAgjozZOko1IE3Ezil3zpNuR"
    "fOUwLqNlu9dJ8u1owBYrtiUI5MqJbcEjqo9tkWl1Mq2uIRaOsyK9ZfGonAZzqe6yrrlZ8u"
    "Abji8H39OGX1UcImRDx0WWykjyukLIhKqVGUOyJUugvMB0VS3j7ZV6t4ar8fguJgFfDZMm"
    "58f7qwFe1xR5PMjwT/e2m5akXlKObUlqo6JxPUsbTelMRcT6aO2iIyV7vlpPTVsMhSqOEC"
    "WoBP1HVHiCqm5HIlS8+F0rQXLg0iDzHF+3hs7zJipO0UIxh6MUqUkjIkhruF4cvXETU8I9"
    "nUgkmKo2ygSIZZhmdnjmG2iUCAerKocE16phynpIzTLc+ExJAZ0TAB0SCGi6Ob8sYl3Ao3"
    "LiQ1P2BQdl9b7cn4EU0taYVbEJXBE8+Ufjr6PBtAfQK36fudW/uR+OekDV14Y1tx4fyK3t"
    "rCfPFiJJXRvGSVU8JWxzeAjiYSxZbzdxHqbcD4hBpgd86rk1HH0ZzkjylmG9GF5TkreClz"
    "nALhCnlLEIzTEDpK0/0uaX/YG10/pTxOYnK3GUWtiEnKGccEZIZDiHrGuyD9Jy65qEMp+M"
    "jclBNPKFshE9TSkTCjrDphAyI9uaQP4gGe4huNWAMJk35CNKI8MS9oYlnNow0yBwKzHL6I"
    "ZLsp0V3mWcpBOgWnUNGVq26rqvCJ9KK9Vd8cCdIhTS7FhBWro0OzbK7IgFIeOFwZDcGLMd"
    "UY0RZuE+LwPMpLGpRcYmGWAmGtdLDTBTbQPrk8+QVRGEJ0ihbxszMk0Ll0GhSA6s2B+NkC"
    "2OuSaGTZ2d0NqIDzEXLI7vhHYTTCMoSicLdW0jWES215W6AzrbiJRL++tSn3g5OA3pXIKi"
    "FTZ+DsLeVsaxp14AWuH4xTaCdoKQ4TbC5ELnxdCOjhj2ZxEVo5qjqtuI0bYpwBEh1cUy3F"
    "uJTiRq+fjtmyv2vI1whaatFwwXuy4mD1xf/FkExSo0CEmsKklpiKhCDtqwvtx71XqbIfJv"
    "wRiRWzJR67ycOTEi9O9SEsEX27/SIYsOL1BW+g1yKBNIG8YtwkGAyZZDwc1I7Im3wgOXqy"
    "1JNB+EGZeCryvJJi7fc0NKwu+AEVUS+USyA0uiX2PZKSr2TjWUTbubF24iq4tUGGhC0WGC"
    "u99RHNI2GejOcHQ9HdwPRrP+HUl+wJLQGlqeas6t6fjuzu+Tg0yT8OAAhpTvKtZWqrWEJm"
    "IUfMmukR0jEiAmJc9HVUkHdXf7N6SlvTwffZxQVoLhcNTbqkONllxnaIxIBrXL0AexneAy"
    "9OFH5HpW6IOs9FrHLho6hzgPphiVzF5LZq8FWw33ck0RyuWam8kWsWUcmXklXgWkbiL7Kv"
    "7NylbdJyj6zN4jJLz78gaTu+IRNbWN9fGu2OFasPJWVWZX9qFjaKsOwxIe3OnmGcLV3ZjG"
    "pFjKJvBHNoF/2blAilq5IyRNtr8eaOiuJClK9WOTiyIcDBcQ3UqKlOMnesxG7NktNyMk9b"
    "fcPI1kX1pzTY48iPIPs+//Hyqu+mo="
)
