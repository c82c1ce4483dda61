from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "env_variables" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "key" VARCHAR(128) NOT NULL,
    "sealed_value" TEXT NOT NULL,
    "secret" INT NOT NULL,
    "environment_id" CHAR(36) NOT NULL REFERENCES "environments" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_env_variabl_environ_7b90f2" UNIQUE ("environment_id", "key")
) /* A variable of an environment; its value is sealed with the instance key, secret or not. */;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "env_variables" (
    "id" UUID NOT NULL PRIMARY KEY,
    "key" VARCHAR(128) NOT NULL,
    "sealed_value" TEXT NOT NULL,
    "secret" BOOL NOT NULL,
    "environment_id" UUID NOT NULL REFERENCES "environments" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_env_variabl_environ_7b90f2" UNIQUE ("environment_id", "key")
);
COMMENT ON TABLE "env_variables" IS 'A variable of an environment; its value is sealed with the instance key, secret or not.';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "env_variables";
""",
    "postgres": """
DROP TABLE IF EXISTS "env_variables";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXWtv2zgW/SuCPnWAbJE6j2ayiwWcxG29k9iZWG4H0wwExmJsbmRKo0cSo5v/vqTeb4"
    "u2JUsqv6Q1yStR51LkvYeXVz/EpaZA1Xzf15GkPUEsngs/RAyWkPwnVXcgiEDXwxpaYIEH"
    "1WkMdCRbtJlTDB5MywAzi9Q8AtWEpEiB5sxAuoU0ehdsqyot1GakIcLzsMjG6G8bkmvNob"
    "WABqn4/hcpRliBr9D0f+pP8iOCqhLrMFLovZ1y2VrpTtl0Orz65LSkt3uQZ5pqL3HYWl9Z"
    "Cw0HzW0bKe+pDK2bQwwNYEEl8hi0l94z+0Vuj0mBZdgw6KoSFijwEdgqBUP816ONZxQDwb"
    "kT/XP8b69rkWayPBpL8mQgybLIgN1MwxR3hC0K1I8397ohIE6pSG9w+aV/9+7o9BcHAs20"
    "5oZT6cAlvjmCwAKuqAN6iLLzbwrnywUwsnH22yeQJh3dBGO/IAQ5HGA+fD5AFUAqLsGrrE"
    "I8txbk54fDwwKMv/bvHJhJKwdnjbwR7ssy8qp6bh3FO8TXeYvkBTAXLCjHpXaD9frxXBvS"
    "p8clgD49zsWZVsVh1g34iF5ZIA4lujiUT8uM5NP8gXyaBHhmQAqGDKw0yFekxkJLmA10XD"
    "IBtuKJvvf/00boyQMqY6yuvHeqAHppeDOYSP2bW3q7pWn+rTr49aUBrek5patE6bukmoKL"
    "CN+G0heB/hT+HI8Gydk/aCf9KdI+AdvSZKy9yECJvP5+qY9aTOvwVUfkahtoPS65A6173W"
    "2K0luiZB+TQi2rwLRk29zo7U7Kck03WdNEUYbMZlhHRHZpXTdXqWuMaeqvPD5l2tIUqjS0"
    "nzQDojn+Da4cgIekHwDPsoxoz0WbepdpJ6RhafgqG+AlcPCiA4o8O3liaLmmWn9y2b8aiA"
    "7CD2D29AIMRY5BTWu0npYoCdqmq5a9ZbIEYDB3wKFPQfvsO8a2gqw7ONOMuBuaUX1Q6DrT"
    "hrKqzZvlOV+g+RBbDL4zVWBiEHrabK6TMadd+Mevvd7R0cfe4dHp2cnxx48nZ4dnpK3T33"
    "TVx4KZ4GL4eTiS4rM1LSj2qNnX0Dot41r10V3DeG8L6XrjqE4Nb8NJxcFk5aGiMhs58A2z"
    "MqsmSFxGiW3ERmUqHbItMf1ieEKwZIUzFOETQIK90/4LZxYjnnEpDmkMUuDsS7DMqKFEFw"
    "nR3lkZRrR3lk+J0rrEHAAMYpwz8fqBRH0Yi1VtSMUR7p2clECYtMpF2KmLI0xcZcs20wjn"
    "ujKhwHp3pg2D2PVoeh+OPx6fHZ0eB45MUFLkv/i+SoTFVxHEZMbUWQZtTIjbWtm2VooW2g"
    "+LMcDPX4GBPNxTLEa0+qCIxYD4WX72WpaLARD7gi8gaI8CwAK5BjI0vCSD558CskxSr9pQ"
    "QKZgQqBCRXhB1kKwFqTI48SEJ7g6ILUzA1qCZghYs96LCZVWeZ8MzuW7GLk8bUNExb94DE"
    "OTYhioShjmM685t3LKWTnuSyQ7L1UaZgm+5i3FCblO4F1EYQ3+kGLslY/qu5v+H7/EGKzr"
    "8eiz3zyihcvr8UUKfDpHZdC5mqZCgPOQ94USmD8QqapAD0rqRf1iPL6OoX4xTMI6vbkYkF"
    "HvqIA0QlaMyI1sdocTPaMnmpbkW2XFW2WJRXXLHbNB/GrtBHjtxll6lDVp/yyqg2zLM6qi"
    "QsvTb1hB8Ol3nzWil3a6yG25RtlyPB61wk0ABZm6ClYyK8hJuc6RV9XQgxSeTJQH2F6mlr"
    "Y4UejJ1og0mRgVO+CAGTAXb+/GV9NLaTgenQvhVe7xROp/Ho4+nwvkIedEGff4avB1cD2+"
    "vRmMpHNBgc9Q1XQ609/j27vB1+HgG70AfEbwJen27yfqNfqgKU3muz4JsQ68LnX7PQRLLS"
    "OWqoCk9AW6R1DufljPkSU/GGTiYTqUEJfqHs6V7GAgM+h2CupCJz4uyB15Bkeen1XIH/Ed"
    "DsnSlQ21HpfkWm+K1jNC2r3eNyZ0pGmaroSsi1AmWxJ1t+GV2gnsWpIuPrJYCboQ89jma8"
    "Js8EQ//XYHVZDjZGRv+HYE9LcqiczPhmbrYgaF6VYcFJGXc9qEn5nnHGWFHGWnz3EXEi4F"
    "BGXnCJcaXFPuJuWj306DmbtJP6PW89wkhpDEtD+1hMsHaJgLpG9pgXom/41zvfZRhFWZoB"
    "Hr0kU6jfINwCtJo39LelebHhzeq0VR4Fg5jyUnrHD/IQ068shsFHDagen9qBmOCmic33ns"
    "3F2gHa/KlfEqrQX5NV8E5XJEMZl+HCmXU1C/FfoWvg4n0LJcUFJeRrJJob/hB7TKptt6j6"
    "7HPoMwO2gS53sfOYGY/5mMR9lQ50VgKmhmCf8TVGS2mJDJgplCUbwjmdx8TCy49ALJHUlu"
    "N3G7qdaAumttjvAngFTbgFkLRay+cJVQaUv50W3aMHaK56WgdTwvBc9L0e68FE1bkyrZCO"
    "MJnlqc4Mnfe8xYSiPbkvmrqMeMVBKUTlND0OvyiHS+29Ood55HpHcpIp2HM/Nw5r1PIlVE"
    "6TsdJkaxAhmN3wxRnukqcQSZ3EKlDLPxTOw6ahhlePGFx5EzL8AjmnlEM3fm+Vb9T6X1Mh"
    "HN2gtm5nCiMnz9akimxqa9M5VQYj5zsSUlJnmXaSekaymxyIDKpsRSE0B9NGMzX/q1kEan"
    "vBimpAPCaHp9XS7OPpluYqtQ+w4mIYmNzNxQpSoDwlqDVA3ktQdaPoUdorqWyI7GNzVnP5"
    "jz17vmrw1N3TgNhS/bZC5bHH8bDe7OBWdBuMf9q5vh6FwAyhLhe3wzoB72ueCO9XtMc0zQ"
    "3zTFhPue7J++4s59PvTtdPPKOPdujCnbFBiV4W5eo3LIN+3N2Q2oDf7MSUvQ5MeqaztWnR"
    "y43IXeNlAntV7tANLgFHU3MY0u0U2KfpKA+SRm+I1O+UGRu2iRFtU7id+JqWdqtjGD7oCh"
    "uPoFLpr00w5ecFRpb/JnCS3e8gMR+c6jr4uycQt++6ocxvYf7Il/3GRjzzwQrg1pkbS0oa"
    "/y0t7579PBdHB1LrjS9/huOho5SSENG2MnKeRkenk5mEzOBdOezaBp3uNP/eE1laFHFqjM"
    "RBrf3tIC09J0nZZQB2w8lUg3iWOr2dY9vrzrT77QNjMDmAuvn3v37XVIJrCsHNe5M1NEor"
    "5P2Bw2enqKEtCmSdY3lhkpIlJj4Nrvm7wrG85MJx96JYYtaZU7bp26RDJ8w9AMORfv/GDB"
    "lGAXItjqjhd0QZxlxlrlD/W4VBdwjw/0ozLj/Ch/mB+lRjkxMTMzc+Yfpg0ltjpN2zCc6z"
    "5MS2O3HzTtiWV0R2WavB+x4eCuJMUPmaUNQD/klbFnmz/G41L1nxqP7Lo92Ei1EDbf09vu"
    "Y+OtkuGvOT1k0klEhCtk5wrxvlXlfjgpQy9rv3IVkezCulu3vZPifsouCinBLqBfg9UTJd"
    "aYsc4kzzqAdDVfAXEJCgYGICLBP2Lb+sMQPLHBTsIlTAsYmyk9LrkDpTdsDmuJkjOOPqS1"
    "/IgwouTtBmpOiHI9N1nP/GRT1+bwMieb/OX3YcUYU5QS5JFFhZFFIV5plHkMTCxeIzW0mM"
    "+SVBq1QY9FZUVteMelCqI2SAse2t/x0H6emib03Q8Py/juh4f5vjutS9CCqj1nwddvz7Pa"
    "JrBNB7/o0DA1DNQ0vIW5JKJiPIMEzyDxE1vcPIPEz6j1PD8r5Q2UOfwcTWmYmITZD/S2cA"
    "zUd+iZGuz8xDOr65N/3DmOZ7EbVN1B5zBxJ1wCpPLMnc1yj1ylMNjvgUAHHaTeSRkbnrQq"
    "iC9KWfHtOlsenArb1eny6YRWBVfde7Q5PRRgZ6xU5Y8U2JuHsGymkmUwibMoJXmsfzj6Op"
    "Ro8D/Cz8hqSvC/15kNrO+4JN/Lao6xnfaxuGed/4K108cq41nzrHI80UCj0CzYDuQ5+srs"
    "BDLl6OP5Bdr7IRAH9AxOwVdGPptAH4hvqnacNaBKZt1Yjcrwzb+1m3/7JmYaBG4ltAz/qk"
    "qdEf46MM0XjaxKC2AuWOBOCXaSdqzgWCOnHRtFOxJDCD2zfhUkFKoxjsOf53kYByebWkQ2"
    "8TCOrml9p2EcQEfEn3yCWSfKWYIU+jqS6GVaOAxKRXKkv4O9OVbJr293ES9qfChy3UFCLS"
    "G74i5APKX+Auk1fyShjaAFiSW3CKvysld2EZ1I5NL244kp/qwtcG1JEidy22YgfAPwStLo"
    "35J8ftnkts1ipAr4fOe55ARRHjylQccdWSKyQiU1w1HCE1yFCHubAYGGvMrIPoG1IA3ni0"
    "AkGruXuYdAyuVkwta3Qvq/Dw00W4gZGwBezUHRFgAI2zRmD4Bnud0yy+0zGWGZ30TO5+4i"
    "Ipy1K8fa0ZeKAWGveQfRreSsGrmjlZlpNj+nWESk/pxi+wmi2Fn2MAZHffd72W//Byf4vR"
    "o="
)
