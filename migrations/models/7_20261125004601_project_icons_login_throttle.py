from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# Failed logins last five minutes, so the table is made anew rather than converted (SQLite cannot drop a
# column that is a foreign key).
UPGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "login_failures";
CREATE TABLE "login_failures" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* A failed login, by account or, for a name no account has, by that name. */;
CREATE INDEX IF NOT EXISTS "idx_login_failu_at_cfd6ec" ON "login_failures" ("at");
CREATE INDEX IF NOT EXISTS "idx_login_failu_subject_e98073" ON "login_failures" ("subject");
CREATE TABLE IF NOT EXISTS "project_icons" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "content_type" VARCHAR(32) NOT NULL,
    "data" BLOB NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "project_id" CHAR(36) NOT NULL UNIQUE REFERENCES "projects" ("id") ON DELETE CASCADE
) /* A project's icon (PNG, JPEG or WebP, at most 1 MiB); a table apart so that lists of projects skip the bytes. */;
""",
    "postgres": """
DROP TABLE IF EXISTS "login_failures";
CREATE TABLE "login_failures" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "subject" VARCHAR(300) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_login_failu_at_cfd6ec" ON "login_failures" ("at");
CREATE INDEX IF NOT EXISTS "idx_login_failu_subject_e98073" ON "login_failures" ("subject");
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
DROP TABLE IF EXISTS "login_failures";
CREATE TABLE "login_failures" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "user_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_login_failu_at_cfd6ec" ON "login_failures" ("at");
""",
    "postgres": """
DROP TABLE IF EXISTS "project_icons";
DROP TABLE IF EXISTS "login_failures";
CREATE TABLE "login_failures" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "user_id" UUID NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_login_failu_at_cfd6ec" ON "login_failures" ("at");
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXe1z2jga/1c0fLl2hus0JE1z2ZubIQlN2U0gm5B2d5sdj8AK+GIk1paTMnv530+S31"
    "+xAYPt6ktaJD2y/Htk6XnTo79bc6Ii3XzXXWgj8oRw6xT83cJwjth/YnVt0IKLhV/DCygc"
    "66IxXGgK5c1EMRyb1IATymoeoW4iVqQic2JoC6oR/hRs6TovJBPWUMNTv8jC2l8WYn1NEZ"
    "0hg1V8+5MVa1hF35Hp/lw8KY8a0tXQgDWVP1uUK3S5EGX39/2LT6Ilf9xYmRDdmmO/9WJJ"
    "ZwR7zS1LU99xGl43RRgZkCI18Bp8lM47u0X2iFkBNSzkDVX1C1T0CC2dg9H696OFJxwDIJ"
    "7E/xz9xxlaoJmiDIYj5a43UpRWAewmBHPcNUw5UH+/2v36gIjSFn/A+efu7ZvD47cCAmLS"
    "qSEqBVytV0EIKbRJBeg+yuLfGM7nM2gk4+y2jyDNBroOxm6BD7I/wVz4XIBKgLQ1h98VHe"
    "EpnbGfB+/fZ2D8pXsrYGatBM6EfRH2xzJwqjp2Hcfbx1d8RcoMmrMiKIeptoP16vm8M6SP"
    "j3IAfXyUijOvCsO8MNCj9r0IxD5FE6fycZ6ZfJw+kY+jAE8MxMFQII2DfMFqqDZHyUCHKS"
    "Ngqw7pO/c/dYSevaA6xPrS+aYyoB/1r3t3o+71DX/c3DT/0gV+3VGP13RE6TJS+ibKJq8T"
    "8LU/+gz4T/DHcNCLrv5eu9EfLT4maFGiYPKiQDXw+bulLmohrqPvC431tgbXw5Rb4Loz3K"
    "owvSZMdjHJ5LIOTapY5lpfd5RWcrrKnGaMMpRignWAZJvSdXWZukKY5vrK41OiLM2hikP7"
    "iRhIm+Jf0FIA3GfjgHiSJEQ7Ktq90009IfVL/U/ZgC+eghecUOzd2Rsjaotq3bvz7kWvJR"
    "Aew8nTCzRUJQQ1ryEdEinx2sar5p15tARiOBXg8LfgY3YVY0vV6C2aECOshiZUtzNVZ95Q"
    "0cm0WprzmTbtY1pAd+YMjExCh5vVVTKmfAj//Fenc3j4sfP+8Pjkw9HHjx9O3p+wtmK88a"
    "qPGSvBWf+yPxiFV2tekK1RF99DdykZ75QfzRWM97aRrhaOdsnhTWxSYTCL2qGCNGsp8BWT"
    "Mss2kNgWpWIzNkhT6pStiegXwhPBeVE4fRK5AESsd+S/aEIL4hmmkpCGIIXCL1FkRfUpmm"
    "gQ7ZzksYh2TtJNorwusgZAgwnnhez6HsXuMG6V5ZAKI9z58CEHwqxVKsKiLowwU5WpZcYR"
    "TlVlfILV6kwdJrGt0XQOjj4enRweH3mKjFeSpb+4ukrAiq9rCLMVc1Fk0oaIpKyVLGvFzE"
    "L7sWL08PMXaGgO7jErRrC6nWXFQPhZeXZa5osBaHWBSwDII4AYsD40g+A5mzw/AY2arF63"
    "ENBMYCKoIxW8aHQG6IwVOTYx8ISWbVY7MRAFxACY0HetCEvLfE6CzeVbK9A9b8NIW3/KGI"
    "YqxTBwlhRYz5zmUsrJJ+XYH5EiPqo4zCP0PW0rjtA1Au8sE1bvt1HIeuWi+ua6+9vbkAXr"
    "aji4dJsHuHB+NTyLgc/XqARzLiE6gjgNeZcogvmYUZUFuleyW9TPhsOrEOpn/Sis99dnPT"
    "brBQtYI42GDLkBZ7e/0BfUROOU0lWW7SqLbKobesx64d7qCfBKx1l8llXJfxbkQbLkGWRR"
    "puTpNiwh+PSbazXiXYshSlmuUrKcjEct0QmgauZCh0ulKMhRusYZr8oxD3J4ElHuYWse29"
    "rChkKHdodIs4VRtTwbcAHMWze3w4v781F/ODgFfi8P+G7UvewPLk8Be8kpY8YDvuh96V0N"
    "b657g9EpUNEz0smCr/QP+Oa296Xf+8o7QM8aeomq/fuJeg2+aIyT6apPhKwBn8uu9R6GJU"
    "mIpcowUroEzTNQbn9aTzWqjA228BQ6lBCmah7OpXgwNNMbdgzqTCU+TCgV+QKKvDyrkD7j"
    "GxyStVDX5HqYUnK9KlxPCGl3Rl+Z0JGqcboUY13AZLKhoe7G76mewK400oVnVlEDnY95yP"
    "kaERsc0k+/3CIdpigZyQ7fhoD+WqYh89Ig1qKVYMK0K9pZxsspbyLPzEsbZYk2ykaf4840"
    "uGQYKBtncNmBairVpHT06ykwSzXpR+R6mppUICQxrk/N0XyMDHOmLTaUQB2R/1r0Vz8TYV"
    "kiaEC6tJGOo3wN8XJE+N+c2tW6B4f3KlFkKFbitZSIFO6+pMFnHluNPJu2J3o/EkOwgMf5"
    "nYbO3XnccapsGqeSztiv6cwrVwKMSdTjWLkSg/o1U7dweXiHKLVBiWkZ0SaZ+oYb0KqYdu"
    "s9qh77DMJsoEicrn2kBGL+fDccJEOdFoGpahMK/gd0zayxQSYJZg5Ftkcy6nyMbLi8g6hH"
    "UspNUm7aaUDdFZlq+BPUdMtASRtFqD5zl9B5S+XRbpr7NAdvj1QgiNtgvARwMiEW5gcm2o"
    "DtsQACPiKAiVczg6ZoSWeQispTMCZ0BqCBAN9eKeU9Ql17QsAkrcjk2sUzH7Boxw+DuJVA"
    "JcjkR0AARboOXmbaZOb2bgL0nS2PaYdDZEKOOiTkMK1xsvsiXToJkJRlS9qfiHKYK8/lYU"
    "aey8N4nkuZ9aTmu2Ga7agiu6HrOUzYCANOxfQ90LFrlBJSzhM78H5lPLn01VRLMJfx5A2K"
    "J5fByDIYee+LSBkx9mLATOhQUcEwrgRSmacqcoCYPULn9mHjGRkKF4wSVNHMw8SJHch4ZB"
    "mPLJUl6Wj/obieJx6ZvODCmUGDNHL/qkiexap9M6VEdruWiw3DukdON/WEdGVMd2BCJQd0"
    "xxaALWCaM5ijmh/9SkiDS14IUzYAMLi/usoXJR9NFrFRoHwDU4iEjyKyV6SbHihwjK190V"
    "dTkUoNySoz8K02SBUy8wemH+tJ0eZwmqSBOsRDjEaE/ck/Dyd2o2askq/rOUUECOmOERej"
    "lc4RhbMod3yAQ/QPE3Ay8OZmcNkGP9/0LnlGxa9ofNMGkII5k0fAAbjWzt7+BCAQjwRwAQ"
    "0KTGI77XkAkslzObo+GmA+aQvhox8v2YKVlAJytw+XJ3IqIMa2M7w87CGUp8VKT7mSZqgN"
    "0zXQ63PYyePs76T7+jsxgy3jQsISrmFoLFPstA5F1Gq4dMSRmgGcZTV0ogk9SwXD8aw/6N"
    "7+nuyAOEuIPjz7fdTryuhDaUyq3OH2KhwU2IYBpEgIS45j8K7UmlOz3+AQfBUYsP0j8NsI"
    "DHIU0gwp2NNYc8jBvqacQxLGQLQXCgv7LyVM1HR64oGpaA41/Sc75JRfqCMSk8/ICwaETZ"
    "M2MCkxkMrjWGdIbQN+l6aoSRB7y3ySlHErsFJlybiCu0WEW4+ggVJt50OeYCbWKuNAdCyc"
    "ySD62gkbXdoqY90afh30bk+BML4+4O7FdX9wCqA61/ADvu5xb/YpsG1fD5hnY+S/eTJG23"
    "61/1AR+0Iyvn4V+Q7CVPLEWQTmeFifjFdIh76eykbN7nqvGtdrwuUElTLOZlu2VZXxsqBa"
    "GSOUoQqVusWwRh+NTEVXFT08eWXYArzNDl+IrYWFYxh2cFbK8Tynm0R81/Rqk0jAJS5T2z"
    "XXyCBV4IqrwFI3S4e+ubqZnZCo2BIYpJGiuhTVSwc1kGgrL6IBEjlFpeKzJ8XHMmXE9kpQ"
    "A5/qakSnbqrsDSH1Um43E9PgFl2luxxH0HxqJeiNorydpS5S1qJ8JfEbE/VMYhkT5EXueQ"
    "U2mmxiUScXR25t8kdJx9Q5OPp4dHJ4fORlYfJKspIvrU60VDT6suyoyyb55OwJnQjuas3c"
    "I94Z0i3W0kIuy3Nr57/e9+57F6fApn7At/eDgbhB0LAwFjcI3t2fn/fu7k6BaU0myDQf8K"
    "du/4rT2Lnj+K2Dw5sbXmBSsljwEq6ADe9HbJhMsSUWfcDnt927z7zNxBDBMNXQ7ReILWBJ"
    "FyKnrkwBitXL07YkvPeVXp6Cp3hMM/G0SfqKFCDZYZ6UX9f5VtZcmT4c5IkHZ61S562oi9"
    "ycbhjEUFLxTs9NEyNsQsKUXaensUGcJKb2yIgOC1E1Afeyzz0wEZOPN4ZxeuZln2Kj1MsV"
    "wzkD11IyL/NUYWNCnorM7iBNlf0Ra4c/lnAfDFulDag8w6SDr+lzPEy1+xTjAa/b2NJ0qm"
    "HzHX/sPhxvpUx/IkZYiCcBEsmQrTPERJApGoqJJgZKSjuQLu7EKZuw7+5a3onZfvJuCjHC"
    "JqC/A6knaFgrjHWi8awBSJeS4tMxUBSwAAQodmcBqLyNsq7xEjJP+VbCJUwKjfWYHqbcAt"
    "MrtobVhMm5ItkfNaxx4+0abI6QSj5Xmc8y90HT1vAEtsdyH7jbb+FzKjFCGVmUGVnk4xVH"
    "WcbAhOI1YlOrUmH/IgtnUtSGk50zI2qDtZCh/Q0P7Zc3ofi6e64bsA4ybsA6iN+AZerWtA"
    "i+bnt5ID2CbTz4ZYEMk2CYkP0i8+qCIJm8sEBeWPADS9zywoIfketpelZMG0gXWGMnELaT"
    "FbmGcyBNSYjEnG0hczQX2H/wtNFrqD7px53DeGarQeUddPbvibQTc8mLIiulHsn0ajK9Wm"
    "hOu6fCtnW6/P6OV3m97j3anB8KsBJ2qvxHCqz1Q1jWY8ncW8SLMCV6rL8/+NIf8eB/J4tH"
    "NdjhphQpLn2HKaUvqzrCdlzHkpp1+gdWTx0rj2YtLzGTiQYqhWaGO1BeCZfHE1joSjiZX2"
    "Ab+QX241QVoCfYFFxmpFsT+AtJp2rDrQacyUUdq0Ea6fxb6fzbt2GmQuCWYpZRNZOfllOK"
    "TuMo3Q7tAGWtETuI8F9A03whbFcqmsU+RthIs2MJxxql2bFSZkcmCGnPSVeAZkVy+EQ7jO"
    "Nw13kZxiGNTTUyNskwjqZxfathHHChKeJGnA2DFLoLbcS7qeE0yBXJwTdTVdl10EtNjDeR"
    "8/A4dGXexjjlvly+jmhFEurPtMWO75mvI2heWskNgqqc3JVNRCcQt7T5fCoUfVYXuDY0EU"
    "cy2yYgfA3xckT435zW/Lypbatlj8qw5ov3UiJmcu8tDT7v2IaaFChJDMGEJ7T0EXZcAR6H"
    "nMqAl4DOWMPpzCMJRu4lehBYuRJN1/qaafzvIkObzFoJ5n+npp3lAIB+m8p4AGSO2w1z3D"
    "6zGeYsn3ktdwESabPLZ7PjH1UBhJ3mDUS3lJNq7Ik0Mc9sekaxAMnuM4rtJ4Ria7nDCqjp"
    "2/dkv/4fVCaKAQ=="
)
