from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "project_icons" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "content_type" VARCHAR(32) NOT NULL,
    "data" BLOB NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "project_id" CHAR(36) NOT NULL UNIQUE REFERENCES "projects" ("id") ON DELETE CASCADE
) /* A project's icon (PNG, JPEG or WebP, at most 1 MiB); a table apart so that lists of projects skip the bytes. */;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "project_icons" (
    "id" UUID NOT NULL PRIMARY KEY,
    "content_type" VARCHAR(32) NOT NULL,
    "data" BYTEA NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "project_id" UUID NOT NULL UNIQUE REFERENCES "projects" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "project_icons" IS 'A project''s icon (PNG, JPEG or WebP, at most 1 MiB); a table apart so that lists of projects skip the bytes.';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "project_icons";
""",
    "postgres": """
DROP TABLE IF EXISTS "project_icons";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXW1T4zgS/iuufLmZKm6KCQxwzNVVBQhMdiFhIczs7rDlErFIdDiy1y8wqTn++0nyuy"
    "07dhI7ttEXZiKp/fK0LHc/3Wr/7Mw1Barmh56OxtoTxJ1j6WcHgzkk/0n07UgdoOtBD22w"
    "wIPKBgMdyRYdxprBg2kZYGKRnkegmpA0KdCcGEi3kEbPgm1VpY3ahAxEeBo02Rj9bUNyrC"
    "m0ZtAgHd//Is0IK/AHNL2f+pP8iKCqRC4YKfTcrF22Fjpru7sbnJ2zkfR0D/JEU+05Dkbr"
    "C2umYX+4bSPlA5WhfVOIoQEsqIRug16le89ek3PFpMEybOhfqhI0KPAR2CoFo/PvRxtPKA"
    "YSOxP9s/8f99JCw2R5OBrLt/2xLHcKYDfRMMUdYYsC9fPVOW4ACGvt0BOcfundvNs7eM8g"
    "0ExrarBOBlfnlQkCCziiDPQAZfZvAufTGTD4OHvjY0iTC10FY68hADmYYB58HkAlQNqZgx"
    "+yCvHUmpGfH3d3MzD+2rthMJNRDGeNPBHOwzJ0u7pOH8U7wJc9RfIMmLMiKEelNoP18vlc"
    "GdIH+zmAPthPxZl2RWHWDfiIfhSBOJBo41Q+yDOTD9In8kEc4IkBKRgysJIgn5EeC80hH+"
    "ioZAxsxRX94P2nidCTG1RGWF24z1QG9OPBVf923Lu6pqebm+bfKsOvN+7Tni5rXcRa38XV"
    "5B9E+jYYf5HoT+nP0bAfX/39ceM/O/SagG1pMtZeZKCEHn+v1UMtonX4Q0fkaCtoPSq5Aa"
    "27l1sXpTdEyR4mmVpWgWnJtrnS0x2XFZqus6aJogy5mGEdEtmkdV1fpS4xpqm/8vjEtaUp"
    "VElozzUDoin+FS4YwANyHQBPeEa066LduYdpJqRBa/AoG+DFd/DCE4rcO7ljaDmmWu/2tH"
    "fW7zCEH8Dk6QUYihyBmvZoXS3W4o9Nds2783gLwGDKwKF3Qa/Zc4xtBVk3cKIZUTeU072T"
    "6TrTgbKqTevlOZ+g6QBbBXxnqsDYJHS1WV8nY0ov4Z//6nb39g67u3sHR5/2Dw8/He0ekb"
    "HsepNdhxkrwcngYjAcR1dr2pDtURd/h1ZpGVeqj/Yaxlt7kS43jqrU8DqcVBTMojxUWGYl"
    "B75mVmbZBInDKBWbsWGZUqdsQ0y/CJ4QzIvCGYiIBSDG3mn/hROrIJ5RKQFpBFLA4hJFVt"
    "RAoo2EaPcoDyPaPUqnRGlfbA0ABjHOC/H6vkR1GHfKCkhFEe5++pQDYTIqFWHWF0WYuMqW"
    "bSYRTnVlAoHl7kwTJrHj0XQ/7h/uH+0d7PuOjN+S5b94vkqIxVcRxGTF1ItM2oiQsLX4tl"
    "aCFtoOi9HHz1+BgVzcEyxGuHsni8WA+Fl+dkfmywHo9CRPQNIeJYAlcgxkaHhOJs9nCVkm"
    "6VdtKCFTMiFQoSK9IGsmWTPS5HJi0hNc7JDeiQEtSTMkrFkfOjGVlnkeDufyvRM6PB1DRD"
    "t/iRyGOuUwUJUUWM/c4cLKyWflOA+RzB6qJMxj+CPtVRyTawXeWRRW//dxhL3yUH131fv9"
    "fYTBuhwNL7zhIS2cXo5OEuDTNYpD52qaCgFOQ94TimH+QKTKAt1vqRb1k9HoMoL6ySAO69"
    "3VSZ/MeqYCMghZESI3FOwOFvqCnmhSUoTKskNlsZfqmhGzfvRozQR4aeAsOcvqFD8L64Bv"
    "eYZVlGl5egNLSD797rFG9NDsEoUtVytbTuSjlhgEUJCpq2AhFwU5Ltc68qocepDCw0W5j+"
    "154tUWJQpd2QqRJgujYvsccAHMO9c3o7O70/FgNDyWgqPc49tx72IwvDiWyE1OiTLu8Vn/"
    "a/9ydH3VH46PJQU+Q1XT6Up/j69v+l8H/W/0APAZwZe427+drNfwjSY0me76xMRa8LhU7f"
    "cQLDVOLlUGSekJtI+g3Py0niJLfjDIwlNoU0JUqn04lxLBQKZ/2QmoM534qKBw5As48mKv"
    "QvqMb3FKlq6sqPWopNB6XbTOSWl3r742qSN103QpZF2IMlmTqLsOjtRMYJeSdNGZVZSgCz"
    "CPBF9jZoMrev7rDVRBipPBD/i2BPTXMonMC0Oz9Q6HwnQ6drLIyykdIvbMC46yRI6y1fu4"
    "MwmXDIKydYRLBa6pcJPS0W+mwSzcpLeo9TQ3qUBKYtKfmsP5AzTMGdLXtEBdk/+KHa95FG"
    "FZJmjIunSQTqJ8BfBirNG/Ob2rVTcOb9WiyHCs2G3JMSvcu0mDzjyyGvmctm96P2oGUwHN"
    "8zuO7LvzteN2OTJupzUjv6Yzv10OKYbrx5F2OQH1a6Zv4enwFlqWA0rCy4gPyfQ3vIRW2X"
    "RGb9H12GYSZgtN4nTvIyUR85fb0ZAPdVoGpoImlvQ/SUVmgwkZHswUiuyIZDz4GHvh0gPE"
    "I5LCbhJ2U6UJdZfaFOFzgFTbgLwXRaQ/8y2h0pHyozO0ZuyUqEtB+0RdClGXotl1Ker2Ti"
    "olECYKPDW4wJMXe+S8SkNhyfS3qMuMlJKUTktD0OOKjHQR7anVMy8y0tuUkS7SmUU689YX"
    "kTKy9NkFE6NYgQWNX46oqHQV24JMTqFShtl4JnYdNYw4XnzmdmTuAURGs8hoFs68CNW/Ka"
    "3nyWjWXnBhDicsI95fNanUWLdnphRKzGMu1qTExu5hmgnpUkosNKH4lFhiAaiOZqznQ78U"
    "0vCSF8GUXIA0vLu8zJdnHy83sVaqfQuLkEQ3M5JbtNbdkuCSrQN2rLYilZrUVWbqXGOQKk"
    "Tzh6YfOZKM5mDK80Bd4RGGY438yT8PJ86gdqySr6sFRRgI6YERD6OlwRGZqih3vUhX6B+m"
    "RMWkd9fDix3pl+v+Ba3J+A0+XO9IwJLmxB6RPkpX6OT9ZwlI7JQS0IFhSaYmWTMyhKYwmb"
    "QapBejkcwnpLOSjw8LsmDxikhWe3Kxp6cGZuxORpSHnMSihbXSi7akEbVRuRZGffa6OQjb"
    "vW4qYUu7YoQt0QJnCUcYGIsUntaViLOGC9ccaRjAWayhm4/oMxUEx5PBsHfzBz8AccLJXz"
    "z5Y9zvifxFQSbVbnt8HbYabIIAKZLCkmMjvWe15vTs19hGXwcFbH4T/SYSg1yHNMMK9j3W"
    "HHZw4CnnsISxxMYzh4X819KIqekeidiQEpwDpH5mFiX7JA8rbT7TXrCkkWmyI5mWZkBFop"
    "+LhsqORL/GyXo4Zm+ZZxI2bg1Wqiwbl2m3iHHrC7TQqu1+ypPMREZlbKlOpDMZmrpyyUdP"
    "ts5Yd0bfhv2bY4mRr/e4d3Y1GB5LQJkjfI+v+jSafSw53Nc9pvUc6W9aztHhr7afKuJ80o"
    "yuX0Weg6iU2LMWgzmZ1ifyFdKhb6az0bCvxddN6w3RMselTKrZsW0V+WFR0K1MCIpUhVp9"
    "B7FBD40oZlcXP5y/MmwA3nanLyTWwsI5DBXslXIjz+mUSBCaXk6JhELi9dl+LEiGTZMMwg"
    "WuuQssfLN06NvrmzkljYotgWEZYaoLU710ULdWvaA1U1Q4PltxfKotDFHP2bp+XYjE+2oD"
    "kPpFu9uJafgVXadiG2NgPnU4fiNr38lyFy0yonwn8Tsx9UzNNibQz9zzGxw0ycSy3Focub"
    "3Jt1LJqvtx/3D/aO9g3y9g5bdk1a1aXqOqaPZl2VmXbYrJOROaC+5yz9wXrgzpDhlpQ0/l"
    "ub3z3+76d/2zY8mRvsc3d8Mh+wahYWPMvkF4e3d62r+9PZZMezKBpnmPz3uDSypDK+RRmd"
    "vx6PqaNpiWpuu0hTpgo7sxuUzi2Gq2dY9Pb3q3X+iYicGSYerh2+uQLGC8TyqnrkwhieXL"
    "06YsvN1aL0/hXTymyd1tkr4ihUQqrJPy2yrPyoor06ePefLByajUecv6Yt9eNwzNkFPxTq"
    "9NkxBsQ8GUqsvTOCBOuKU9MrLDIlJtwL3sfQ/ExKTXm8A4vXZzILFW8eaa4ZyBaym1m2mp"
    "sAdNeyoyu8MydY5HrJz+WMIXZcgqbQD5GfA2vqbP8ahU9UXKQ1G3BxupFsLmB3rabQTeSp"
    "n+GrvCQjoJiQiFbFwhJgTE0ZBNODEgr+xAurmTlGzDe7dqeyfB/eR9KSQE24B+BVZPmFgr"
    "jDWXPGsB0qWU+HQJigIMQEiiOgag9hxlU/MlRB39jaRLmBYwVlN6VHIDSq/ZGtYQJefKZH"
    "9EGFHydgU1x0SFnuusZ1H7oG1rOEftidoH3uu38D6VhKDILMrMLArwSqIscmAi+RqJqVWr"
    "tH9WhZOXteFW58zI2iAjRGp/y1P7xZdQAt99dzeP7767m+67074YLaja0yL4euPFhvQYts"
    "nkFx0apoYBp/pF5qcLwmLigwXigwVv2OIWHyx4i1pP87MS3kC6wZrYgbCZqsgNnANpTkIs"
    "52wDlaOpwf7Gy0av4Pqkb3eO4pntBpW30Tn4TqRTmEt8KLJW7pEorybKq0XmtLcrbFO7y+"
    "9uaZd/1K1nm9NNATbnTZV/S4G9egrLaiqZ+4t4EaXEt/UPhl8HY5r871bxqIc6vJIixa3v"
    "qKSIZdXH2E76WMKzTn/Amulj5fGsxUfMRKGBWqGZEQ4Un4TLEwks9Ek4UV9gE/UFthNUZa"
    "BzOAVPGelsAr0hEVRtOWtAlVw0sBqWEcG/pcG/bRMzNQK3FFpGQSbdLScXncZxuQp5gLLW"
    "iAoy/HVgmi8aeSsVrWKfEGwl7VjCtkZBO9aKdiSGEHrmfQI0K5MjEKowj8Nb50UahyCbGk"
    "Q2iTSOtml9o2kcQEcy+yLOmkkKPR2N6WEaOA1yZXKo2hRhmRaVso11P5p+SY917hyqrXhR"
    "40ORq04SagjZFasfgCOfGFwbp+DThi1EK/YBghnSNwNa7gSrJoLml+FcIwnNrfXZRnRCeV"
    "7rz6dC2XpNgWtNSj1WCZiD8BXAi7FG/+aMfuQtBVwv/i4j+sHuS46FFfy7NOi8Iy9UXmKp"
    "ZjAlPMFFgLAbOvE15HaGoirWjAycznyRcKYjN+JC2uV4edvXzGBJDxpoMutwwiVuz05WwA"
    "QEY2oTMRE1gdesCfxMZpi7fOZlOkMiguPMx3HSh6oAwu7wFqJbys4+ckaLW5c3vQJbSKT6"
    "CmzbSTnZWK21ArTG5iP/r/8H24ADGQ=="
)
