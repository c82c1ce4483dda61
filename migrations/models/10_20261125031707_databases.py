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
    "eJztXWlz4za2/SsofZlOlV+X23Yvo7x6VbKtdpTYkiPL3cnEUyxIgiU8UwTDxbYm6f8+AL"
    "iIC0iREkmRbHzpxAQuSR2AwF0O7v2rsyJzpJpvezqekCekdbrgr44GV4j+T6ztCHSgrm9a"
    "2AULTlXeGepYsVg3fhlOTcuAM4u2PELVRPTSHJkzA+sWJuwpmq2q7CKZ0Y5YW2wu2Rr+00"
    "b0XgtkLZFBG/74N72MtTl6Rab3p/6kPGKkzkMvjOfs2fy6Yq11fu3+fnD5mfdkj5sqM6La"
    "K23TW19bS6L53W0bz98yGda2QBoyoIXmgZ/B3tL9zd4l543pBcuwkf+q882FOXqEtsrA6P"
    "zvo63NGAaAP4n9c/Z/7qsFuinKcDRR7voTRenkwG5GNIY71iwG1F/fnPtuAOFXO+wBFz/1"
    "xm9OP/zAISCmtTB4I4er840LQgs6ohz0Dcr8vzGcL5bQEOPs9Y8gTV90F4y9CxuQNxPMg8"
    "8DqARIOyv4qqhIW1hL+ue74+MUjL/0xhxm2ovjTOgX4XwsQ7fpxGljeG/w5V+RsoTmMg/K"
    "YalisN4+nytD+sNZBqA/nCXizJrCMOsGesSveSDeSLRxKn/IMpM/JE/kD1GAZwZiYCjQio"
    "N8SVssvEJioMOSEbDnruhb73+aCD39gfORpq7dbyoF+sngpn836d3cssetTPNPlePXm/RZ"
    "ywm/uo5cfRMdJv8m4Otg8hNgf4J/jYb96Orv95v8q8PeCdoWUTTyosB54PP3rnqohUYdve"
    "qY3m2HUQ9LFjDq7uvWZdAbMsgeJqmjrELTUmxzp687KitHus4jTQfKUPIp1gGRIrXr+g7q"
    "FmWa2SuPT0JdmkEVh/YzMRBeaL+gNQd4QN8DajOREu2aaPfubZoJ6ebq5lM24Itv4AUnFP"
    "3t9Bcjy1HVencXvct+hyM8hbOnF2jMlRDUrIWckMgVv2+8aXWyil6BGlxwcNivYO/sGcb2"
    "HFtjNCNG2AwVNB+lms6so6KSRb0s53O8GGhWDtuZDWBkErqjWV8jY8Fe4X/+eXJyevrx5P"
    "j0w6f3Zx8/vv90/In25e8bb/qYshKcD64Gw0l4tWYX0i3q/HtolZpxpePRXsX4YBvpduWo"
    "yhHexycVBjOvHyoos5MBXzMts2wHieNRyjdjgzKlTtmGqH4hPBFc5YVzIyIXgIj3jvw/ml"
    "k58QxLSUhDkEIel8izom4k2ugQPfmUxSN68inZJcraImsANKhynsuv70tUh3GnrIBUGOGT"
    "9+8zIEx7JSLM28IIU1PZss04wommzEZguznThEnsWDQn784+nn06/XDmGzL+lTT7xbNVAl"
    "58FSONrph6nkkbEpK6lljXirmFDuPFOKd3sfWOwIHhthyl+S6mvI+M+bc85s+hEi4Afc1e"
    "xbyU4R3MlS1r/ypA0+qcj37rgil5fdAue5Peee+u3wUMjCk0nR908Ggq26Z2HgJfuEIdgg"
    "dxGWI5h2I4Gt/0rinMxFhB9UG7GPd7k8Hwqgu8Oz5o/fF4NO4CZBjEqMfwPLK3zaXYbSQq"
    "HBT6xVt4Vo16VzzIz8gwc5ooAZEW2iinJxkgPj1JhJg1hSGeIx1pc1MRofzz3WgoRjksFX"
    "VL45kF/gYqNkvTpwNb7NTGKl0kzLfseYfYZRlKIZe0B/ebm95v0ZG4uB6dR7djdoPzyLDQ"
    "JmIbM6Qkb8TikYkJtk8bL/4j8EETKZcZsBZqmUUhfTgOXikeEVODurkkYk9eMtYRsfbN6u"
    "L9+Sb+j2DpSIvyehI7OUbqhm6Fkd6m+fsqm9Tv32VZq2mvxGnN26IYm0/C1SNxXgckWjS1"
    "C3P5cbNKWSHThAvBijFBrwm4xgTbsCynURD6v03SVT2fgXA9Gl553aP6X5Np05IcUgw5RJ"
    "/vOOhhScmVr8uoC8i1/O1r4vW/9JybAr//ZcDxmez599yjJfj+/+gg7RkbRFshZz/mL/hv"
    "GRKoU0hAHgP01dqzLKcAz5IPAZ7FzwDWON5SBNCd29Hd5Grcv/v1ugu8ifen+qDd/M4v8W"
    "X6QRv3Lwd3XWCgOTbr4edvigu6IgpHCXEuZFDAlB1wjku2wfyoIq4o4stkDywKyTNlTm3d"
    "IM+YjfEO0cXb8ejL4G4wGvKIYvBOdLW5HzqXDVtzrtxNRre3/csuMC2i62j+oH3uDa7ZhU"
    "eIVfb3Zf+670Qn+bEU741qMqy7GPFxyRasWlUb8fRZefWjgEidd+5d3dmnWdzZp8nu7NNY"
    "pHKqiE/PpULsiUiIM0BsIkgXOUWHpvninmLLvIrERVsBedULiYujhl72GYaoeBsUo6pHYk"
    "nMXIEcr38bsC49FwsxBNgmxm+87jJ4I+BrEwPlob/7/atjv79rCJQrtCLGWllNc8AZkqkO"
    "0vfvThoC6hybT8oiD6QBieoA/dQQOF3+vYI09mtFp/gJURHUxNAKpCMQT6l4WRh7bvFqlY"
    "Pz0eg6pBycD6K7//3NeZ/a23wDo52wk20iDr5k1ByCUSPZHsUqDI3iG8jQc1cSDuSo5yAc"
    "iL716TrnwfmYoEzuEOHMbQgLOaGNS0psw9gubGTmRTUoI/EM46mRufhoQzKcARGZ0q9pqU"
    "gagmmMGReDOI5v7kyJt5s7NRLXrbkSw/MqlC6RvgIY3l9fd5J2rgLw7Yfv1k6M41t2BpzZ"
    "EloAwEP3Ns1cardCG9hoQpiOqeo7HlxMOnHNoABQr7z7tHO+BpWhDDN1o+wXAG3G1LQNRT"
    "ZmFyXAexiSN12Mv0ADuxDHeN7B5qM0qjdd75Rnt2c2unenBzwBQB4B1EBgzfwRYMuk7aqN"
    "ADaBE6MGL9haAmtJL7lzCjyh9RFtpRhbgBhAI9bbTmT0ynxOFmI6FZW89Hrx0tmQxGBODt"
    "O73VtBTqniuLZDKOEfVRzmrUQUX64VeFdPBmJrVM4Y30aowtCef6Wxsb2aOPQaNOV3N+8P"
    "aYLWFOB9bdADl0YIjoFY8wwOUarm6XUs5ZxhwLEkzxjWT5eTZwxLJF3OsamrcJ3/oEJErg"
    "XHQ6rI/NyoE51sYZzbfnrvnCesLu8vJoPRkJ+vcu/CzlL1rvhBKfojF/x01WX/S/96dHvT"
    "H07Y8alnpBKdrfQP2u24/2XQ/8pugJ4xeoma/ZlGsfAzVcEfGhvJZNMnItaCz6XylChEJb"
    "kO+vgC7SPfFz+tF9hSpgZdeHLVmw1LtQ/nUpLTY9N/7RjUqUZ8WFAa8jkMeclvTJ7xzWS6"
    "SX7j9zjqWfiNB6bi1G2kW8PFqSmw+5BxMjjoApZHMNdWRG1wRT//MkYqTDAyBIm9mqWbJQ"
    "Eezs0TDFHvjlIkLN6SqfmtTHfvlUHEJWSchqM0F++CdZEFZKQnt0RP7mFrDJftx01zS6W4"
    "cVvnlqrAgJfGZDL6zTQrpDH5PY56kjEZs3uyaOeelr9CqykyzCXW99RAXcPoht+vRcr6ni"
    "poKDMHQzqO8g3U1hPC/i2WnlwvjSLF/OQ/S4lo4d6PNNjMY+mgPM+/r3o/EoMPAWNDdkOF"
    "5/3RcZscGbfRWtK/Fkv/uhIYGKG1S68rMai/pdsWnJsvsi080n6KbcG6ZGUsa+D6twtAQb"
    "UopMhgVOAvN+DC+dsAKzhHgKrgELAzCoAiRv/irGPGMvZq/5jgDfQrBx7RziwrKZ6hHwTU"
    "5QoeKCS9eCdRnld0FCn2myssZ5XkwdTPetKfkSI+P5Ss3wdlJB8mgx3FP4cYwIlpRbzusm"
    "q0IOjmLyQ5JmxQpo0TtvD0nE/0d4kB3k4p8mQrNPvV17yFRzt0f+wCKveg/dq/ue+CP9HK"
    "ju6jWbDPwudKZnPFuFwHrsZY73neqnKM9Ya6FKKiTGcgs8M0CVus51kUnN7to6uVUC5UFo"
    "bIUxjikiUoGP3uloKgv5Ksa1qqXpaGkPUda6rdNDOYIENI3+OoZ+EjykxrZTIRZUalYjIq"
    "SQZiUQxEFe0P0UC/Ru1CqEzmofd53yHLcl4uFieMdjlKixh6SYEU0+l9QGLiIRPZtJAwlx"
    "xdS0hm8/PdaJgQ+knIYjPHMwv8DVScKZlcTTcUEcwMinRDKGrzRDZzdoOoISRV4uQvoF0q"
    "cQ5WVal7hbuzivaIzaabsjfoymaDz5ICj/lL8AxQcCh+Jk9Qx7kc/zCBTggd9yV9bzBdc1"
    "4H56oAW7OwCrDFEta5biQ0F6W9K/TeqTQR9xGSE1IvTog3LDlUhIBIC6NhxbvApauubTtU"
    "FledLDcgyw3UDE7pBCvJCeafwpVZxYvLKn7g3IPXZIG1zxCrtiHU9UPtqQq/ynoqj07XzF"
    "o/64/mgAsfMQ0czmaE6t6AGEecxU0VdfpGVFv3W5bQ5D2tJbR4YxdMibUE0ECAcewti90R"
    "qvgJAZMIrIHSn/mg8X4sb7bXCOYEmSxbNrCQqoKXJZ4tvbubAL1iMzGP9j6WRFp5xayMXH"
    "c619cDVmFpxWQLw7Sn4kwPyRZGQKQsC+NwnsjT4+Ms1Mbj42RuI2sLa0f5bYsqbYpKwW6X"
    "SVETpxdX7AS7oKfwJe9+TGfKvOndGuR1RV7Blz7o3Q4A0uY6oQML3jD3E2P2A74JzVTbtJ"
    "DxA6BjPVt61RigxoUs8oQ0ka+r2JsLnV0WgivWKE8/1c/TJbMAHyp7hExqWh4PEOpYsQ01"
    "l/92I9LCuV1Kwg6+7Oc8OBKUaSHOZdaFcaBLqlOytTxMVLwV6Fe9sDwjAz+uFUsVEZHSks"
    "yGBStMMutpLY3NMftIXwEZuoFFBUySF5qIWPtOpZSy1LjvLJjdyYydoEz1pJ2AEj61sWph"
    "zXzLHnsIPbwUKk8DzwpRA3H2tMM5oYuf+he/8FM+3h0etNHwejDsdwHRVKwheeZH6vrRM7"
    "XPSKG7q5kzRV9ErH37Q/Hm7COc5dsZfAG5LRS+LajQtBS+TO5EohGIF+D1rtkH0RAvt4Da"
    "GWfOSL5U8rrXruCG5HG3edSzHG1kAZOcrK6AiGR1pbO6vHDUngykiXubZkK6lYEUmFBNqq"
    "3QFLjjpLg9McpKiGskQNWe/WwkRBY0nxQVa097wsS4CxN6rzbhVDYHhOOVwAPxsEzngihs"
    "+DISQr5yMiAXAAbUPAoiy2NL/4/lr3XWky5nFLrnlqA9xxZ4Qkg32eUVgI8WYnLO8SVMhY"
    "iG4gSRsh+WejqKPXY/wogkNLK2KgiN8iRCoQc7+HKeK2duQEKmzXUnrDzbUeXZDsvd6vY1"
    "rNqlfUQhDXyndTrZ4RUMFKgxgVqCyVqMm6S0hJwekkB6+I1JEkgPQyDFpq7CtZIX5KhcC8"
    "LKlZBfJF33ICF8iqVD5sg6v32B9oXti+enuC+s7GChCUTlCfwI+4c+QmUpzYxnZCgroVWR"
    "ygwV36BChqh/pbEUURkbT15cmhkllbHx73HUs8TGyYvm18/Luo0FZeT+FXE0Sq6B5BqUC+"
    "n+XIPYAlAAphmrk9bzo98KaXDJC2FKXwAM76+v60rgaAjeoSkZKCS0J1D9zZ1a9L2HwML0"
    "J1r7TijXJT3g92orUomVmMusd90YpHIFQwLTj95JwSvhSR0P15GGJoT+k30ezpxOLVnbdg"
    "sdcRCSw0ceRltDSAoboszJUVyhf5iAiYE3t8OrI/Dzbf+K8VO+ountEYAWWLFEJu/ADT7/"
    "4UcAAX8kgDo0LGASJ00XO43Cc/16kSxgPmGd01qma7pgiZKnVPvwgpN9yVhY0bEwVm6cFR"
    "PkkMXwTnNnh+VaGBsrvnIpGwXBEo41aKwTvNmuRNS3unbVkYYBnOZbdQ+R+f4ciuP5YNgb"
    "/y4O05wLDp2d/z7p92RZAelyO3TV2nqxLQt0E+Uh+sRGIz4Untaa0f8RYPU0cQC2ekDC8y"
    "8D1aoI+pRrkKZowb7FmkEP3ljKGTRhDfD+3GCh/2sRqmq6d2KpaNEKYvVHJ8ksywTEWNjm"
    "krxogNBpcsSKrRpozjLXLtH8CNgm/YO1CNTeMp8kddwarFRpOi4f3TzKrS/QQq325H0Wyh"
    "ftlZJWLUb6MoiaYD1sT/fiydYZ687o67A/7gLuon7Qepc3g2EXwPkKaw/aTZ/F/LvA8X09"
    "aF8G/a/s72eMXlBNEr44mdTY+pXnOwhLyVJyEZhlhZj2GxtZWB3oVcf0bjuMeliyhaPekF"
    "EWmJTxYXZ027kyXec0K2OCktDxrdbWemNBTaF1JNrguVkIe1jh9QC2EDtcvDIUAG+7SR6x"
    "tTA306OCE2Vu5DnZJbIJTW93iQRC4ocpHC2dDFU4GaQJXHMTWNpmydC31zZbGMTW81bvDM"
    "hIVV2q6qWDapu5zwcEROQUlYbPgQwf25S89q2gBj7VDMVm2d5TAKRX3n3aiWlwi65TSpKk"
    "tGrbU6plz6a2j5H4B1X1TGIbM+Qz9/wLDposwb+bsSSzNfm95CvbK7HTUYrxmJd9WTbrsk"
    "0xOWdCC8HNVoukWqQ7tKeNvCHPbJ3/et+/7192gSP9oI3vh0NelsSwNY1XJbm7v7jo3911"
    "gWnPZsg0H7TPvcE1k3GqRdMek9HtLbtgWkTX2RVmgI3uJ/Q1qWFLbOtBuxj37n5ifWYGJ8"
    "PUw7bXEV3ARMWWElemgER1qeeOa708BU/xJNSFSV6RDlMQ5tddvpUdV6b377LwwWmvxHnL"
    "28JI85pAu9ThiQm2Ia1M1Ul8HBBnwgQoKeywkFQbcC/73ANVMdn7xjBOLsOzkdirDk/NcE"
    "7BtZSCOyyh2pQQQYbLlCJTAZk6xyN2pj+WUFWWrtIGVJ6h6OBr8hwPS8l6U4VPf8LfMNeY"
    "BETkgBQ+IG5ZX6egr2BcthYEDki2Yd+tWt+J+X6ybgoxwTagX4HWE3Ss5cZ6j4rjtUa6lE"
    "SoroMihwcgICGTzzc+Q2GlHsv20iVMCxq7DXpYUhbmrDOT/RFrmDlvdxjmiKgc5zqPs8x9"
    "0LY1XDDssdwH3vab+5xKTFAyi1KZRRu84ihLDkyIrxGbWnskeOSZ3WXZQBHspZYN5BldRd"
    "wWN9NrCreF9pAHIFp+AEJW1dl4OI6Ps3g4jo+TPRysLeI8Ve1FHny9/vLYfgTbOEVIR4ZJ"
    "NCjIEZJaBiMoJotfyOIX37FdIotffI+jnmSNxmymrGp9ARp9A0c/UZsXHLwqJrV2W0EqJP"
    "04s2e+89zjO1iGyWfmw3imW4nlnZbflGR1srvJmqy1sh5ljj6Zoy80p72jhUWlKLi/Y03+"
    "XQ9+ZIGdLLEFO1X2cyn27jyo3YZk5S/ieQYlmhtiMPwymLATJG4qmHoMh5eXJr9xEpaUAd"
    "H62CJxE1Q6HpI/sGaaoFkcD7JeoMxWUSs0U2LKsvpilnByruqLMklFEUkqDpNPgYMu8Cl4"
    "g5HsTWA/SMacW+41YIOcN+4clJGx0a2x0UM7ZmoEbilumTk22ZFLJe80jspV6Acoa42o4J"
    "iIDk3zhdBdKW8phJhgK92OJZyNlW7HWrkdqSKEn0V1ZNOILhuhCmku3jovWS7S2dQgZ5Nk"
    "ubRt1AtluUAdK7ys0p4khZ6OJ+w2DZwGmZgczOSbQnNfRtCle5v2OG7CGS6oyjFXqqYGNR"
    "EpkxWrDlSn3BunTVXMFqIVqV2xxHoxoGWmVTURND+D6x7Us2zHkRqJToDdtf98ysXRawpc"
    "ezrSI0mkBQjfQG09IezfjDGPrFmk6+W1S4l58N+lRIIJ/q802LyjG6qITkoMPghPaL1B2A"
    "2Y+CPkNgZiKdaSdlwsfZEgv1EYZ6HXlWhm5G+pIZIeMvBs2REESdyWo7QwCdz0qU2cRKaT"
    "3jOd9DOdYe7ymdW/GRCRns1snk32UeVA2O3eQnRLOe5In2gJUzonJ+8LiFSfvO8wRJPC0v"
    "TlcGYUH+//9l/8X3q4"
)
