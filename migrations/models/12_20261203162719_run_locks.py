from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "run_locks" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(255) NOT NULL UNIQUE,
    "task_id" INT NOT NULL,
    "acquired_at" TIMESTAMP NOT NULL
) /* One key held by one task: the unique key is the lock, so two processes cannot both take it. */;
CREATE INDEX IF NOT EXISTS "idx_run_locks_task_id_01a2a2" ON "run_locks" ("task_id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "run_locks" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(255) NOT NULL UNIQUE,
    "task_id" INT NOT NULL,
    "acquired_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_run_locks_task_id_01a2a2" ON "run_locks" ("task_id");
COMMENT ON TABLE "run_locks" IS 'One key held by one task: the unique key is the lock, so two processes cannot both take it.';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "run_locks";
""",
    "postgres": """
DROP TABLE IF EXISTS "run_locks";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXWtz4zaW/SsofZlOlbfLbbsfq2xtlWyrHSW25MhydzLxFAuSYAlrimTzYVuT6f++AP"
    "gQHyBFSiRFovGlExO4JHUAAvdxcO/fnZU+R6r1tmfgif6EtE4X/N3R4AqR/0m0HYEONIxN"
    "C71gw6nKOkMDKzbtxi7DqWWbcGaTlkeoWohcmiNrZmLDxjp9iuaoKr2oz0hHrC02lxwNf3"
    "MQudcC2Utkkoa//kUuY22OXpHl/2k8KY8YqfPIC+M5fTa7rthrg127vx9cfmY96eOmykxX"
    "nZW26W2s7aWuBd0dB8/fUhnatkAaMqGN5qGfQd/S+83+JfeNyQXbdFDwqvPNhTl6hI5Kwe"
    "j8z6OjzSgGgD2J/nP2v96rhbopynA0Ue76E0XpFMBupmsUd6zZFKi/v7v33QDCrnboAy5+"
    "6Y3fnH74iUGgW/bCZI0Mrs53Jght6Ioy0Dcos/8mcL5YQpOPs98/hjR50V0w9i9sQN5MMB"
    "8+H6AKIO2s4KuiIm1hL8mf746PMzD+0hszmEkvhrNOvgj3Yxl6TSduG8V7gy/7ipQltJZF"
    "UI5KlYP19vlcG9IfznIA/eEsFWfaFIXZMNEjfi0C8UZCxKn8Ic9M/pA+kT/EAZ6ZiIKhQD"
    "sJ8iVpsfEK8YGOSsbAnnuib/3/aSP05AfOR5q69r6pDOgng5v+3aR3c0sft7KsbyrDrzfp"
    "05YTdnUdu/omPkzBTcDXweQXQP8E/xwN+/HVP+g3+WeHvhN0bF3R9BcFzkOfv3/VRy0y6u"
    "jVwORuO4x6VLKEUfdetymD3pJB9jHJHGUVWrbiWDt93XFZOdJNHmkyUKZSTLEOiZSpXTd3"
    "ULco09ReeXzi6tIUqiS0n3UT4YX2G1ozgAfkPaA24ynRnol2792mnZBurm4+ZRO+BAZeeE"
    "KR305+MbJdVa13d9G77HcYwlM4e3qB5lyJQE1b9BM9diXom2xanaziV6AGFwwc+ivoO/uG"
    "sTPH9hjNdDNqhnKajzJNZ9pRUfVFsyznc7wYaHYB25kOYGwSeqPZXCNjQV/hv/775OT09O"
    "PJ8emHT+/PPn58/+n4E+nL3jfZ9DFjJTgfXA2Gk+hqTS9kW9TF99A6NeNax0NcxfhgG+l2"
    "5ajOEd7HJxUFs6gfKiyzkwHfMC2zageJ61EqNmPDMpVO2ZaofhE8EVwVhXMjIheAmPdO/z"
    "80swviGZWSkEYghSwuUWRF3UiI6BA9+ZTHI3ryKd0lSttiawA0iXJeyK8fSNSHcaeqgFQU"
    "4ZP373MgTHqlIszaeAgrT+T3FYc5EBNPPzg9yYH16Ukq1LSJizRvBd6KM3cBLgtlkaJUHl"
    "5Fdd2YmHjTuZK1w7Kh7VhJnFPdIBuB7a6QNmyArjfk5N3Zx7NPpx/OAidIcCXL9+H7OUIR"
    "QBUjjXzsRpGpGxESb+KWs0QkXMqH8YCek7s4Rofj/PRajrL8nlPWR/KFBOcLMai4C0Bfc1"
    "aJCEd0H/Nkq9J9S1AVOuejP7pgqr8+aJe9Se+8d9fvAgrGFFruDzo4E4NuUzsPQSBco/3B"
    "CCAUsYJDMRyNb3rXBGbdXEH1QbsY93uTwfCqC/w7Pmj98Xg07gJkmrrZjOF5pG9byCjcSN"
    "Q4KOSLt/GsHtOwfJCfkWkVdG+ERAT0b5RvEM6RgbS5pfBQ/vVuNOSjHJWKh7TwzAb/ASq2"
    "KtOnQ1vs1MEqWSSst/R5h9hlKUqRcJYP95ub3h/xkbi4Hp3Ht2N6g/PYsJAm3TFnSEnfiP"
    "kjkxAUTxsv/yMIQCvmF4mJCecZqcSbamnQsJZ6UR9UTEy8WV2+G8rC/+YsHVkMEV9iJ8dI"
    "09CtkSXStlhBbZP6/bs8azXplTqtWVscY+uJu3qkzuuQhEBTuzSXHzOrlBWyLLjgrBgT9J"
    "qCa0JQhGU5i77U/2OSreoF7KXr0fDK7x7X/9p85EISy8ohlhnzHQc9KinP2TRl1DnEfPb2"
    "DfH6X/rOTY7f/zLk+Ez3/Pvu0Qp8/391kPaMTV1bIXc/Zi/4LxkSaFJIQB4hDtTaszwniM"
    "/SDxCfJc8PNzjeUgbQndvR3eRq3L/7/boL/In3TX3Qbv5kl9gy/aCN+5eDuy4w0RxbzfDz"
    "t8UFXRP9q4I4FzIJYMoOOCclRTA/6ogr8vgy+QOLXPJMlVPbMPVnTMd4h+ji7Xj0ZXA3GA"
    "1ZRDF8J7La3A/dy6ajuVfuJqPb2/5lF1i2bhho/qB97g2u6YVHiFX692X/uu9GJ9mRNv+N"
    "GjKsuxjxSUkBVq26jXjyrKL6UUikyTv3ru7s0zzu7NN0d/ZpIlI5VfgnbzMh9kUkxDkgth"
    "Aki5xiQMt68U7A5l5FkqJCQF73QuLhqKGXfYYhLi6CYlT3SCx1q1Agx+8vAtaV53HSTQ62"
    "qfEbv7sM3nD42rqJitDfg/71sd/ftQTKFVrp5lpZTQvAGZGpD9L3705aAuocW0/KogikIY"
    "n6AP3UEjg9/r2CNPpreRlAdF1FUONDy5GOQTwl4lVh7LvF61UOzkej64hycD6I7/73N+d9"
    "Ym+zDYx0wm6mmiT4z/+eOytDCZ2BKIB9UrhG6IMrrcVespkOwWaSTJtylbVWcT1k2L8ryR"
    "5y1AuQPXjf+nRdMOFJQlAm5YnxFTdkkYLQJiUltlFsFw6yiqIalpF4RvHU9Dn/WEk6nCER"
    "mYq1bSmkWoJpgpWYgDiJb+EMt7ebO7US1605bqPzKpLmlrwCGN5fX3fSdq4S8O1H7yYmxs"
    "ktOwfOdAktAeChd5t2LrVboQ1tNBFMx0T1HQ8uJp2kZlACqFf+fcScr2FlKMdM3Sj7JUCb"
    "M6V4S5FN2EUp8B6GYE8W4y/QxB7ECY59uPkoi2ZP1jvl2euZj2rf6QFfAOiPAGogtGb+DL"
    "BtkXbVQQBbwOUHgBdsL4G9JJe8OQWe0PqItBKMbaCbQNPtt53Y6FX5nDyHAoioPBPQrDMB"
    "dEgSMKdTJLzuQhCD6jgq75J52EeVhHkrCSiQEwLv+olYdI0qGOPbCMnYXoHYXkMcei2a8r"
    "ub94c0QRsK8L426IFL2oTHgK95hocoU/P0O1ZyxjPkWJLnO5uny8nznRUSXufYMlS4Ln5I"
    "JCYnwNGcOjL2t+o0LV0Y505QlqHg6bbL+4vJYDRkZ9u8u9BzbL0rdkiN/MgFO9l22f/Svx"
    "7d3vSHE3p07RmpukFX+gftdtz/Muh/pTdAzxi9xM3+XKNY+nm28A9NjGS66RMTE+BzqT0d"
    "ja7qhQ5ZBQLiHXwof1ovsK1MTbLwFKoTHpUSD+dKCgNgK3jtBNSZRnxUUBryBQx5yW9Mn/"
    "HtZLpJfuOPOOp5+I0HpuI0baSF4eI0FNh9yDg5HHQhyyOc5yymNniin38bIxWmGBmcpGrt"
    "0s3SAI8ehQqHqHdHKRYWF2Rqfq/S3Xtl6vzyPW7DUZaLd0G7yOI90pNboSf3sLXhq/bjZr"
    "mlMty4wrmlajDgpTGZjn47zQppTP6Io55mTCbsnjzaua/lr9Bqikxribnn8AtooJ5hdMPu"
    "J5CyvqcKGsmKQpFOonwDtfVEp/+WS09ulkaRYX6yn6XEtHD/R5p05tFUXL7nP1C9H3WTDQ"
    "FlQ9Jliwh4RmswOl6TK+M12kvy12IZXFdCA8O1dsl1JQH192zbgnHzebaFT9rPsC1ol7yM"
    "ZQ1c/3EBCKg2gRSZlAr85QZcuH+bYAXnCBAVHAJ6RgEQxMhfjHVMWcZ+3SULvIFB1cYj0p"
    "lmhMUz9BOHulzDA7mkF/8kyvOKjCLBfnOF5guTPJjmWU/GM1L454fS9fuwjOTD5LCj2OeQ"
    "ADg1rYjfXVbs5gTdgoWkwIQNy4g4YUtPjfpEfhcf4O2UIl+2RrNffS1a9LVD9scuIHIP2u"
    "/9m/su+IZWTnwfzYN9Hj5XOpsrweU6cCXMZs9zoUphNhvqSoiKMp2BzA7TJmyxUWRRcHuL"
    "R1eroFSrLMpRpCjHJU1QMPrTK8NBfqW+Zj374/Fo3AWsLOUuqossyyEamVmGkAQLJsgQ0o"
    "846nn4iDLTWpVMRJlRqZyMSpKBWBYDUUX7QzQwrpFYCFXJPPQ/7ztk2+7LJeKE8S5HWRFD"
    "PymQYrm9D0hMPGQiGwEJc+nRtZRkNr/ejYYpoZ+ULDZzPLPBf4CKcyWTa+iGwoOZQpFtCM"
    "VtnthmTm8QN4SkSpz+BYilEhdgVVW6V3g7K2+P2Gy6GXuDoWw2+Dwp8Ki/BM8AAYfgZ7EE"
    "dYzL8Q8LGLpOxn1J3htM14zXwbgqwNFsrAJs04R1nhsJzXlp70q9dyZNxHuE5IQ0ixPiD0"
    "sBFSEkImA0rHwXuHTVibZD5XHVyXIDstxAw+CUTrCKnGDBKVyZVby8rOIHzj14rS+w9hli"
    "1TG5un6kPVPhV2lP5dHtmlvrp/3RHDDhI6qBw9lMJ7o30M0jxuImijp5I6KtBy1LaLGe9h"
    "LarLELprq9BNBEgHLsbZveEar4CQFL51gDlT/zQWP9aN5svxHMdWTRbNnARqoKXpZ4tvTv"
    "bgH0iq3UPNr7WBJZ5RXzMnK96dxcD1iNpRXTLQzLmfIzPaRbGCGRqiyMw3kiT4+P81Abj4"
    "/TuY20LaodFbct6rQpagVbLJOiIU4vpthxdkFf4Uvf/ajOlHvTuzX115X+Cr70Qe92AJA2"
    "N3QysOANdT9RZj9gm9BMdSwbmT8BMtazpV+NAWpMyNafkMbzdZV7c66zy0ZwRRvl6afmeb"
    "pkFuBDZY+QSU2r4wFCAyuOqRby325EBJzblSTsYMt+wYMjYRkBca6yLowLXVqdkq3lYeLi"
    "QqBf98LyjEz8uFZslUdEykoyGxWsMcmsr7W0NsfsI3kFZBom5hUwSV9oYmLinUqpZKnx3p"
    "kzu9MZO2GZ+kk7ISV86mDVxpr1lj72EHp4JVSeFp4VIgbi7GmHc0IXv/QvfmOnfPw7PGij"
    "4fVg2O8CXVOxhuSZH6nrx8/UPiOF7K5WwRR9MTHx9ofyzdlHOCu2MwQCclsofVtQoWUrbJ"
    "nciUTDES/B692wD6IlXm4OtTPJnJF8qfR1T6zghuRxizzqeY420oBJQVZXSESyurJZXX44"
    "ak8G0sS7TTsh3cpACk2oNtVWaAvcSVLcnhjlJcS1EqB6z362EiIbWk+KirWnPWGi3IUJuZ"
    "dIOFXNAWF4pfBAfCyzuSAKHb6chJCvjAzIBIAJNZ+CSPPYkv+j+Wvd9aTLGIXeuSXozLEN"
    "nhAyLHp5BeCjjaice3wJEyFdQ0mCSNUPyzwdRR+7H2FEEhppWx2ERnkSodSDHWw5L5QzNy"
    "Qh0+Z6E1ae7ajzbIftbXX7GlZiaR9xSEPfaZNOdvgFAzlqTKiWYLoW4yUprSCnhySQHn5j"
    "kgTSwxBIsWWocK0UBTkuJ0BYuRbyi6TrHiSET7B0yRx553cgIF7Yvnx+ivfCyg4WGkdUns"
    "CPsX/II1Sa0sx8Rqay4loVmcxQ/g1qZIgGV1pLEZWx8fTFpZ1RUhkb/xFHPU9sXH/Rgvp5"
    "ebexsIzcv2KORsk1kFyDaiHdn2uQWABKwDRnddJmfvRbIQ0veRFMyQuA4f31dVMJHC3BOz"
    "IlQ4WE9gSqv7mTQN97BCxMfqK974TyXNIDdi9RkUqtxFxlvevWIFUoGBKafuROCl5xT+r4"
    "uI40NNHJP/nn4cztJMjatlvoiIGQHj7yMdoaQlLoEOVOjuIJ/cMCVAy8uR1eHYFfb/tXlJ"
    "/yFU1vjwC0wYomMnkHbvD5Tz8DCNgjATSgaQNLd9N00dMoLNevH8kC1hM2GK1luiYLFi95"
    "Sr0PLznZl4yFlR0Lo+XGaTFBBlkC7yx3dlROwNhY+ZVL6ShwlnCsQXOd4s32JOK+1bWnjr"
    "QM4CzfqneILPDnEBzPB8Pe+E9+mOacc+js/M9JvyfLCkiX26Gr1jaLbVmim6gI0ScxGsmh"
    "8LXWnP6PEKunjQOw1QMSnX85qFZl0Kc8gzRDCw4s1hx68MZSzqEJa4D1ZwYL+V9bJ6qmdy"
    "eaihatIFZ/dpPM0kxAlIVtLfUXDehkmhzRYqsmmtPMtUs0PwKORf6gLRy1t8onSR23AStV"
    "lo7LRreIchsICKjVnrzPQ/kivTLSqiVIX6auplgP29O9+LJNxroz+jrsj7uAuagftN7lzW"
    "DYBXC+wtqDdtOnMf8ucH1fD9qXQf8r/fsZoxfUkIQvbiY1un4V+Q6iUrKUXAxmWSFGfGMj"
    "D6sDvRqY3G2HUY9KCjjqLRlljkmZHGZXt50r03VBszIhKAkd3xttrbcW1AxaR6oNXpiFsI"
    "cV3gxgS7HD+StDCfCKTfJIrIWFmR41nCjzIs/pLpFNaHq7SyQUEj9M4WjpZKjDySBN4Iab"
    "wNI2S4deXNtsYeqOUbR6Z0hGqupSVa8cVMcqfD4gJCKnqDR8DmT4OJbktW8FNfSp5ig2S/"
    "eeEiC98u8jJqbhLbpJKUnGjnatz7iZ1fymoyyj0XQ0RSW9ckbQRxoCT2gNluTlaBybFsCj"
    "yVrc1GbuoLIOmGU1A/TWR4zB+aLT+PcMWRaywAxqtG4rq/dqwycEsJ2MoVf8rJIN3B8lhd"
    "peuaaOMuxZMpJFQoVed+FihNVUIWtiprT2Td5Q8bzZNwebOxn3MVFp3Tfdut+Lk1jeTp+W"
    "QHV78tT8eVP3cQf/RYbd0h1zhgKOfnDBXUhoKR8vN5ncVuvaVoues6j6fIVI7Bt3QnPBzV"
    "d1rF6kO6Sng/whz+2H//2+f9+/7AJX+kEb3w+HrAAZsR00Vn/s7v7ion931wWWM6Na94P2"
    "uTe4pjKPEKtU5m4yur2lFyxbNwx6hS7Go/sJeU2yyemO/aBdjHt3v9A+M5PRXpvhxTcQWc"
    "B4ZRVTV6aQRH1JZo8bvTyFz+umVIBLX5EOU/rt912+lR1Xpvfv8pz8Ir1S5y1riyLNqv/t"
    "UnEvIShCArksHbSKdH0uiDNuqrMMHnhESgTcqz7hSFRM+r4JjNML7m0k9qq41zCcM3CtpL"
    "QeTZ061XVOLuuMcpIhmSYzD5rkuSGrtAmVZ8hLcZE+x6NSsrJk6dNfZ29YaExCInJASh8Q"
    "C0FiaCgWmpmIl2Aoo8BwQlKEfbdufSfh+8m7KSQERUC/Bq0n7FgrjDXXeSYA0pWkPPccFE"
    "WCJxsJWWam9bmIa/VYihU6iTlLzd0GPSopS3A3+czaI9Ywdd7uMMwxUTnOTR5nmeVItDWc"
    "M+yJLEf+9lv4RGpCUHKIMznEG7ySKEu2a4SZmZhae6RyZjVcZIFgHuyVFghmudt53BYvp3"
    "sGt4X0kEcdBT/qKOvnbTwcx8d5PBzHx+keDtoWc56qzqIIvn5/4ci35VOEDGRaugY52cAy"
    "C16FxWSZK1nm6ge2S2SZqx9x1NOs0QJk7KhaX4JG38LRT9XmOUesyymiISpIpRQaofbMD1"
    "5lZAfLMD07ThTPbCuxurw4m+Lrbh5XWX29UdajzMYrs/FG5rSfRKCsZET3d7QpuOvBjyzQ"
    "kyUOZ6fKfy7F2Z0HtduQrIJFvMigxLNADYZfBhN6gsRL+taM4fAz0BU3TqKSMiDaHFskaY"
    "JKx0P6B9ZOEzSP40FWBpZ5qRqFZkZMWdZZzhNOLlRnWaajKiMd1WHyKTDQOT4FfzDSvQn0"
    "B8mYs+BeAzrIRePOYRkZG90aGz20Y6ZB4Fbilpljix65VIpO47hcjX6AqtaIGo6JGNCyXn"
    "SyKxUtepQQFNLtWMHZWOl2bJTbkShC+JlXMT6L6LIRqpHm4q/zkuUinU0tcjZJlotoo14q"
    "ywUaWGEFFPckKfQMPKG3aeE0yMXkoCbfFFr7MoIuvduI47iJZrggKsdcqZsa1EakLKRF6l"
    "DvjdOm/rWAaMWqVC2xUQ5ouWlVbQQtyOC6B/Us33GkVqITYnftP58KcfTaAteejvRYuQgO"
    "wjdQW090+m/OmEfeehHN8tplxDzY71JiwYTgV5p03pENlUcn1U02CDSjfYCwFzAJRshrDM"
    "VS7CXpuFgGImF+IzfOQq4r8czI3zNDJD1k4tmywwmSeC1HWWESuOnTmDiJTCe9ZzrpZzLD"
    "vOUzr38zJCI9m/k8m/SjKoCw111AdCs57kieaHNTOqcn7wuJ1J+87zBEk9LS9BVwZpQf7/"
    "/+/xZX16U="
)
