from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "databases" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(40) NOT NULL,
    "type" VARCHAR(16) NOT NULL /* POSTGRESQL: postgresql\nMYSQL: mysql\nREDIS: redis */,
    "version" VARCHAR(16) NOT NULL,
    "server_version" VARCHAR(16),
    "status" VARCHAR(16) NOT NULL /* PROVISIONING: provisioning\nRUNNING: running\nSTOPPED: stopped\nFAILED: failed\nDELETING: deleting */,
    "status_message" TEXT NOT NULL,
    "db_name" VARCHAR(63) NOT NULL,
    "db_user" VARCHAR(63) NOT NULL,
    "sealed_password" TEXT NOT NULL,
    "sealed_new_password" TEXT,
    "host" VARCHAR(64),
    "port" INT,
    "cores" INT NOT NULL,
    "memory_mb" INT NOT NULL,
    "disk_gb" INT NOT NULL,
    "backups_enabled" INT NOT NULL,
    "vzdump_backups" INT NOT NULL,
    "size" BIGINT,
    "task_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "environment_id" CHAR(36) REFERENCES "environments" ("id") ON DELETE SET NULL,
    "guest_id" CHAR(36) REFERENCES "guests" ("id") ON DELETE SET NULL,
    "node_id" CHAR(36) NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT,
    "project_id" CHAR(36) REFERENCES "projects" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_databases_environ_e6e0ff" UNIQUE ("environment_id", "name")
);
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "databases" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(40) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "version" VARCHAR(16) NOT NULL,
    "server_version" VARCHAR(16),
    "status" VARCHAR(16) NOT NULL,
    "status_message" TEXT NOT NULL,
    "db_name" VARCHAR(63) NOT NULL,
    "db_user" VARCHAR(63) NOT NULL,
    "sealed_password" TEXT NOT NULL,
    "sealed_new_password" TEXT,
    "host" VARCHAR(64),
    "port" INT,
    "cores" INT NOT NULL,
    "memory_mb" INT NOT NULL,
    "disk_gb" INT NOT NULL,
    "backups_enabled" BOOL NOT NULL,
    "vzdump_backups" BOOL NOT NULL,
    "size" BIGINT,
    "task_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "environment_id" UUID REFERENCES "environments" ("id") ON DELETE SET NULL,
    "guest_id" UUID REFERENCES "guests" ("id") ON DELETE SET NULL,
    "node_id" UUID NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT,
    "project_id" UUID REFERENCES "projects" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_databases_environ_e6e0ff" UNIQUE ("environment_id", "name")
);
COMMENT ON COLUMN "databases"."type" IS 'POSTGRESQL: postgresql\nMYSQL: mysql\nREDIS: redis';
COMMENT ON COLUMN "databases"."status" IS 'PROVISIONING: provisioning\nRUNNING: running\nSTOPPED: stopped\nFAILED: failed\nDELETING: deleting';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "databases";
""",
    "postgres": """
DROP TABLE IF EXISTS "databases";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXWtz4zay/SsofdlJle+Ux/Y8Vrl1q2Rb4yixJUeWZ5KNt1iQBEu4pgiGD9tKdv77Au"
    "BDfIAUKZEUycGXSUygSeoABLobp7v/7qzIHKnm256OJ+QJaZ0u+LujwRWi/xNrOwIdqOub"
    "FnbBglOVd4Y6VizWjV+GU9My4MyiLY9QNRG9NEfmzMC6hQl7imarKrtIZrQj1habS7aG/7"
    "QRvdcCWUtk0IY//k0vY22OXpHp/ak/KY8YqfPQC+M5eza/rlhrnV+7vx9cfuY92eOmyoyo"
    "9krb9NbX1pJofnfbxvO3TIa1LZCGDGiheeBnsLd0f7N3yXljesEybOS/6nxzYY4eoa0yMD"
    "r/+2hrM4YB4E9i/5z9n/tqgW6KMhxNlLv+RFE6ObCbEY3hjjWLAfX3N+e+G0D41Q57wMVP"
    "vfGb0w8/cAiIaS0M3sjh6nzjgtCCjigHfYMy/28M54slNMQ4e/0jSNMX3QVj78IG5M0E8+"
    "DzACoB0s4Kvioq0hbWkv757vg4BeMvvTGHmfbiOBP6RTgfy9BtOnHaGN4bfPlXpCyhucyD"
    "cliqGKy3z+fKkP5wlgHoD2eJOLOmMMy6gR7xax6INxJtnMofsszkD8kT+UMU4JmBGBgKtO"
    "IgX9IWC6+QGOiwZATsuSv61vufJkJPf+B8pKlr95tKgX4yuOnfTXo3t+xxK9P8U+X49SZ9"
    "1nLCr64jV99Eh8m/Cfg6mPwE2J/gX6NhP7r6+/0m/+qwd4K2RRSNvChwHvj8vaseaqFRR6"
    "86pnfbYdTDkgWMuvu6dRn0hgyyh0nqKKvQtBTb3OnrjsrKka7zSNOBMpR8inVApEjtur6D"
    "ukWZZvbK45NQl2ZQxaH9TAyEF9ovaM0BHtD3gNpMpES7Jtq9e5tmQrq5uvmUDfjiG3jBCU"
    "V/O/3FyHJUtd7dRe+y3+EIT+Hs6QUacyUENWshJyRyxe8bb1qdrKJXoAYXHBz2K9g7e4ax"
    "PcfWGM2IETZDBc1HqaYz66ioZFEvy/kcLwaalcN2ZgMYmYTuaNbXyFiwV/iff56cnJ5+PD"
    "k+/fDp/dnHj+8/HX+iffn7xps+pqwE54OrwXASXq3ZhXSLOv8eWqVmXOl4tFcxPthGul05"
    "qnKE9/FJhcHM64cKyuxkwNdMyyzbQeJ4lPLN2KBMqVO2IapfCE8EV3nh3IjIBSDivSP/j2"
    "ZWTjzDUhLSEKSQn0vkWVE3Em10iJ58yuIRPfmU7BJlbZE1ABpUOc/l1/clqsO4U9aBVBjh"
    "k/fvMyBMeyUizNvCCFNT2bLNOMKJpsxGYLs504RJ7Fg0J+/OPp59Ov1w5hsy/pU0+8WzVQ"
    "JefBUjja6Yep5JGxKSupZY14q5hQ7jxTind7H1jsCB4bYcpfkupryPPPNv+Zk/h0q4APQ1"
    "exXzUoZ3MFe2rP2rAE2rcz76rQum5PVBu+xNeue9u34XMDCm0HR+0MFPU9k2tfMQ+MIV6h"
    "D8EJchlnMohqPxTe+awkyMFVQftItxvzcZDK+6wLvjg9Yfj0fjLkCGQYx6DM8je9tcit1G"
    "osJBoV+8hWfVqHfFg/yMDDOniRIQaaGNcnqSAeLTk0SIWVMY4jnSkTY3FRHKP9+NhmKUw1"
    "JRtzSeWeA/QMVmafp0YIud2lili4T5lj3vELssQynkkvbgfnPT+y06EhfXo/PodsxucB4Z"
    "FtpEbGOGlOSNWDwyMcH2aePFfwQ+aCLlMgPWQi2zKKQPx8ErxSNialA3l0TsyUvGOiLWvl"
    "ldvD/fxH8Jlo60U15PYifHSN3QrfCkt2n+vsom9ft3WdZq2itxWvO2KMbmk3D1SJzXAYkW"
    "Te3CXH7crFJWyDThQrBiTNBrAq4xwTYsy2kUhP5vk3RVz2cgXI+GV173qP7XZNq0JIcUQw"
    "7R5zsOelhScuXrMuoCci1/+5p4/S8956bA738ZcHwme/4992gJvv8/Okh7xgbRVsjZj/kL"
    "/lseCdTpSECGAfpq7VmWKMCz5CDAs3gMYI3PW4oAunM7uptcjft3v153gTfx/lQftJvf+S"
    "W+TD9o4/7l4K4LDDTHZj38/E1xQVdE4SjhnAsZFDBlB5zjkm0wP6o4VxTxZbIfLArJM2VO"
    "bd0gz5iN8Q6ni7fj0ZfB3WA05CeKwTvR1eZ+6Fw2bM25cjcZ3d72L7vAtIiuo/mD9rk3uG"
    "YXHiFW2d+X/eu+czrJw1K8N6rJsO5ixMclW7BqVW3E02fl1Y8CInXeuXd1Z59mcWefJruz"
    "T2MnlVNFHD2XCrEnIiHOALGJIF3kFB2a5osbxZZ5FYmLtgLyqhcSF0cNvewzDFHxNihGVY"
    "/Ekpi5DnK8/m3AuvRcLMQQYJt4fuN1l4c3Ar42MVAe+rvfvzr2+7uGQLlCK2KsldU0B5wh"
    "meogff/upCGgzrH5pCzyQBqQqA7QTw2B0+XfK0hjv1YUxU+IiqAmhlYgHYF4SsXLwthzi1"
    "erHJyPRtch5eB8EN3972/O+9Te5hsY7YSdbBNx8J//mtsrXQnEQOTAPi5cIfT+lcZiL9lM"
    "h2AzSaZNscpao7ge8ti/K8kectRzkD1E3/p0nTNpQUxQJtaI8BU3ZJGc0MYlJbZhbBc2Mv"
    "OiGpSReIbx1MhcHFaSDGdARKZTbFoamIZgGmMlxiCO45s7S+Xt5k6NxHVrnsrwvAqlqqSv"
    "AIb319edpJ2rAHz74bu1E+P4lp0BZ7aEFgDw0L1NM5fardAGNpoQpmOq+o4HF5NOXDMoAN"
    "Qr7z7tnK9BZSjDTN0o+wVAmzEtcEORjdlFCfAehmBPF+Mv0MAuxDGOfbD5KI1mT9c75dnt"
    "mY1q3+kBTwCQRwA1EFgzfwTYMmm7aiOATeDwA8ALtpbAWtJL7pwCT2h9RFspxhYgBtCI9b"
    "YTGb0yn5MlKICKypiAesUEsCGJwZxMkXC7t4IYVEWovEPm4R9VHOatJCBfrhV4V0/EYmtU"
    "zjO+jZA828txtlcTh16Dpvzu5v0hTdCaAryvDXrgshTBMRBrnsEhStU8vY6lxHgGHEsyvr"
    "N+upyM7yyR8DrHpq7Cdf4gkYhcC0Jzqsi63ahoWrYwzm0/tXrO6LbL+4vJYDTksW3uXVgc"
    "W++KB6nRH7ngkW2X/S/969HtTX84YaFrz0glOlvpH7Tbcf/LoP+V3QA9Y/QSNfszjWLh8W"
    "zBHxobyWTTJyLWgs+l8nQ0RCW5gqx8gfYFPhQ/rRfYUqYGXXhy1foNS7UP51IKA2DTf+0Y"
    "1KlGfFhQGvI5DHnJb0ye8c1kukl+4/c46ln4jQem4tRtpFvDxakpsPuQcTI46AKWRzDPWU"
    "RtcEU//zJGKkwwMgRJ1ZqlmyUBHg6FCh5R745S5Fi8JVPzW5nu3iuDiMv3OA1HaS7eBesi"
    "i/dIT26JntzD1ncu24+b5pZKceO2zi1VgQEvjclk9JtpVkhj8nsc9SRjMmb3ZNHOPS1/hV"
    "ZTZJhLLIzDz6GBuobRDb9fi5T1PVXQUFYUhnQc5RuorSeE/VssPbleGkWK+cl/lhLRwr0f"
    "abCZx1JxeZ5/X/V+JAYfAsaG7Dpl6l2j1R8dt8mRcRutJf1rsfSvK4GBEVq79LoSg/pbum"
    "3Bufki28Ij7afYFqxLVsayBq5/uwAUVItCigxGBf5yAy6cvw2wgnMEqAoOAYtRABQx+hdn"
    "HTOWsVd3yQRvoF+18Yh2Zhlh8Qz9IKAuV/BAIenFi0R5XtFRpNhvrrB8YZIHUz/rSX9Gij"
    "h+KFm/D8pIPkwGO4p/DjGAE9OKeN1lxW7BoZu/kOSYsEGZNk7YwlOjPtHfJQZ4O6XIk63Q"
    "7Fdf8xZ97dD9sQuo3IP2a//mvgv+RCs7uo9mwT4LnyuZzRXjch24Ema953mrSmHWG+pSiI"
    "oynYHMDtMkbLGeZ1FwerePrlZCqVZZlCNPUY5LlqBg9LtbhoP+SrLmPfvj8WjcBbws5S6q"
    "iyzL0TYyszxCatlhgjxC+h5HPQsfUWZaK5OJKDMqFZNRSTIQi2Igqmh/iAb6NWoXQmUyD7"
    "3P+w5ZlvNysXPCaJejtBNDLymQYjq9D0hMPGQimxYS5pJP1xKS2fx8NxomHP0kZLGZ45kF"
    "/gNUnCmZXE03FBHMDIp0Qyhq80Q2c3aDqCEkVeLkL6BdKnEOVlWpe4W7s4r2iM2mm7I36M"
    "pmg8+SAo/5S/AMUHAofiZPUMe5HP8wgU4IHfclfW8wXXNeB+eqAFuzsAqwxRLWuW4kNBel"
    "vSv03qk0EfcRkhNSL06INyw5VISASAtPw4p3gUtXXdt2qCyuOlluQJYbqBmc0glWkhPMj8"
    "KVWcWLyyp+4NyD12SBtc8Qq7Yh1PVD7akKv8p6Ko9O18xaP+uP5oALHzENHM5mhOregBhH"
    "nMVNFXX6RlRb91uW0OQ9rSW0eGMXTIm1BNBAgHHsLYvdEar4CQGTCKyB0p/5oPF+LG+21w"
    "jmBJksWzawkKqClyWeLb27mwC9YjMxj/Y+lkRaecWsjFx3OtfXA1ZhacVkC8O0p+JMD8kW"
    "RkCkLAvjcJ7I0+PjLNTG4+NkbiNrC2tH+W2LKm2KSsFul0lRE6cXV+wEu6Cn8CXvfkxnyr"
    "zp3RrkdUVewZc+6N0OANLmOqEDC94w9xNj9gO+Cc1U27SQ8QOgYz1betUYoMaFLPKENJGv"
    "q9ibC51dFoIr1iijn+rn6ZJZgA+VPUImNS2PBwh1rNiGmst/uxFp4dwuJWEHX/ZzBo4EZV"
    "qIc5l1YRzokuqUbC0PExVvBfpVLyzPyMCPa8VSRUSktCSzYcEKk8x6Wktjc8w+0ldAhm5g"
    "UQGT5IUmIta+qJRSlhr3nQWzO5mxE5SpnrQTUMKnNlYtrJlv2WMPoYeXQuVpYKwQNRBnTz"
    "vECV381L/4hUf5eHd40EbD68Gw3wVEU7GGZMyP1PWjMbXPSKG7q5kzRV9ErH37Q/Hm7COc"
    "5dsZfAG5LRS+LajQtBS+TO5EohGIF+D1rtkH0RAvt4DaGWfOSL5U8rrXrsMNyeNu86hnCW"
    "1kByY5WV0BEcnqSmd1ecdRezKQJu5tmgnpVgZSYEI1qbZCU+COk+L2xCgrIa6RAFUb+9lI"
    "iCxoPikq1p72hIlxFyb0Xm3CqWwOCMcrgQfiYZnOBVHY8GUkhHzlZEAuAAyoeRRElseW/h"
    "/LX+usJ13OKHTjlqA9xxZ4Qkg32eUVgI8WYnJO+BKmQkRDcYJI2Q9LjY5ij92PMCIJjayt"
    "CkKjjEQoNLCDL+e5cuYGJGTaXHfCytiOKmM7LHer29ewapf2EYU08J3WKbLDKxgoUGMCtQ"
    "STtRg3SWkJOT0kgfTwG5MkkB6GQIpNXYVrJS/IUbkWHCtXQn6RdN2DHOFTLB0yR9b57Qu0"
    "79i+eH6K+8LKDhaaQFRG4EfYP/QRKktpZjwjQ1kJrYpUZqj4BhUyRP0rjaWIyrPx5MWlma"
    "ek8mz8exz1LGfj5EXz6+dl3caCMnL/ijgaJddAcg3KhXR/rkFsASgA04zVSev50W+FNLjk"
    "hTClLwCG99fXdSVwNATv0JQMFBLaE6j+5k4t+t5DYGH6E619J5Trkh7we7UVqcRKzGXWu2"
    "4MUrkOQwLTj95JwSthpI6H60hDE0L/yT4PZ06nlqxtux0dcRCSj488jLYeISlsiDInR3GF"
    "/mECJgbe3A6vjsDPt/0rxk/5iqa3RwBaYMUSmbwDN/j8hx8BBPyRAOrQsIBJnDRdLBqF5/"
    "r1TrKA+YR1TmuZrumCJUqeUu3DC072Jc/Cij4LY+XGWTFBDlkM7zR3dliuhWdjxVcuZaMg"
    "WMKxBo11gjfblYj6VteuOtIwgNN8q24Qme/PoTieD4a98e/iY5pzQdDZ+e+Tfk+WFZAut0"
    "NXra0X27JAN1Eeok9sNOJD4WmtGf0fAVZPEwdgqwckPP8yUK2KoE+5BmmKFuxbrBn04I2l"
    "nEET1gDvzw0W+r8WoaqmeyeWihatIFZ/dJLMskxAjIVtLsmLBgidJkes2KqB5ixz7RLNj4"
    "Bt0j9Yi0DtLfNJUsetwUqVpuPy0c2j3PoCLdRqT95noXzRXilp1WKkL4OoCdbD9nQvnmyd"
    "se6Mvg774y7gLuoHrXd5Mxh2AZyvsPag3fTZmX8XOL6vB+3LoP+V/f2M0QuqScIXJ5MaW7"
    "/yfAdhKVlKLgKzrBDTfmMjC6sDveqY3m2HUQ9LtnDUGzLKApMyPsyObjtXpuucZmVMUBI6"
    "vtXaWm8sqCm0jkQbPDcLYQ8rvB7AFmKHi1eGAuBtN8kjthbmZnpUEFHmnjwnu0Q2R9PbXS"
    "KBI/HDFI6WToYqnAzSBK65CSxts2To22ubLQxi63mrdwZkpKouVfXSQbXN3PEBARE5RaXh"
    "cyDDxzYlr30rqIFPNUOxWbb3FADplXefdmIa3KLrlJIkKa3a9pRq2bOp7WMk/kFVPZPYxg"
    "z5zD3/goMmS/DvZizJbE1+L/nK9krsdJRiPOZlX5bNumzTmZwzoYXgZqtFUi3SHdrTRt6Q"
    "Z7bOf73v3/cvu8CRftDG98MhL0ti2JrGq5Lc3V9c9O/uusC0ZzNkmg/a597gmsk41aJpj8"
    "no9pZdMC2i6+wKM8BG9xP6mtSwJbb1oF2Me3c/sT4zg5Nh6mHb64guYKJiS4krU0CiutRz"
    "x7VenoJRPAl1YZJXpMMUhPl1l29lx5Xp/bssfHDaK3He8rYw0rwm0C51eGKCbUgrU3USHw"
    "fEmTABSgo7LCTVBtzLjnugKiZ73xjGyWV4NhJ71eGpGc4puJZScIclVJsSIshwmVJkKiBT"
    "5/OInemPJVSVpau0AZVnKAp8TZ7jYSlZb6rw6U/4G+Yak4CIHJDCB8Qt6+sU9BWMy9aCwA"
    "HJNuy7Ves7Md9P1k0hJtgG9CvQeoKOtdxY71FxvNZIl5II1XVQ5PAABCRk8vnGZyis1GPZ"
    "XrqEaUFjt0EPS8rCnHVmsj9iDTPn7Q7DHBGV41zncZa5D9q2hguGPZb7wNt+c8epxAQlsy"
    "iVWbTBK46y5MCE+BqxqbVHgkee2V2WDRTBXmrZQJ7RVcRtcTO9pnBbaA8ZANHyAAhZVWfj"
    "4Tg+zuLhOD5O9nCwtojzVLUXefD1+suw/Qi2cYqQjgyTaFCQIyS1DEZQTBa/kMUvvmO7RB"
    "a/+B5HPckajdlMWdX6AjT6Bo5+ojYvCLwqJrV2W0EqJP04s2e+89zjO1iGyTHzYTzTrcTy"
    "ouU3JVmd7G6yJmutrEeZo0/m6AvNaS+0sKgUBfd3rMm/68FDFlhkiS3YqbLHpdi786B2G5"
    "KVv4jnGZRobojB8MtgwiJI3FQw9RgOLy9NfuMkLCkPROtji8RNUOl4SP7AmmmCZnE8yHqB"
    "MltFrdBMOVOW1RezHCfnqr4ok1QUkaTiMPkUOOgCn4I3GMneBPaD5Jlzy70GbJDznjsHZe"
    "TZ6Naz0UM7ZmoEbilumTk2WcilkncaR+Uq9AOUtUZUECaiQ9N8IXRXylsKISbYSrdjCbGx"
    "0u1YK7cjVYTws6iObBrRZSNUIc3FW+cly0U6mxrkbJIsl7aNeqEsF6hjhZdV2pOk0NPxhN"
    "2mgdMgE5ODmXxTaO7LCLp0b9Mex004wwVVOeZK1dSgJiJlsmLVgeqUe+O0qYrZQrQitSuW"
    "WC8GtMy0qiaC5mdw3YN6li0cqZHoBNhd+8+nXBy9psC1pyM9kkRagPAN1NYTwv7NeOaRNY"
    "t0vbx2KWce/HcpkcME/1cabN7RDVVEJyUGH4QntN4g7B6Y+CPkNgbOUqwl7bhY+iJBfqPw"
    "nIVeV6KZkb+lHpH0kIFny47gkMRtOUo7JoGbPrU5J5HppPdMJ/1MZ5i7fGb1bwZEpGczm2"
    "eTfVQ5EHa7txDdUsId6RMtYUrn5OR9AZHqk/cdhmhSWJq+HM6M4s/7v/0XNWX0vQ=="
)
