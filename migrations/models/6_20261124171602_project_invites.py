from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "project_invites" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL,
    "role" VARCHAR(16) NOT NULL /* OWNER: owner\nADMIN: admin\nMEMBER: member\nVIEWER: viewer */,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "invited_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "project_id" CHAR(36) NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE
) /* An invitation into a project by email; the token is shown once, stored hashed, used once. */;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "project_invites" (
    "id" UUID NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "invited_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "project_id" UUID NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "project_invites"."role" IS 'OWNER: owner\nADMIN: admin\nMEMBER: member\nVIEWER: viewer';
COMMENT ON TABLE "project_invites" IS 'An invitation into a project by email; the token is shown once, stored hashed, used once.';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "project_invites";
""",
    "postgres": """
DROP TABLE IF EXISTS "project_invites";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXW1v2zgS/iuCP3WBXJE6L81lDwc4idP6NrGzsd0utlkIjMXYvMikVi9JjV7++5HU+6"
    "sl25IllV+6G5IjS89Q1Mwzw+GPzpIoUDXe9zQ0Ic8Qd86lHx0MlpD+T6zvQOoATfN7WIMJ"
    "HlU+GGhINtkw3gweDVMHM5P2PAHVgLRJgcZMR5qJCPsVbKkqayQzOhDhud9kYfS3Bem15t"
    "BcQJ12fPuLNiOswO/QcP/UnuUnBFUldMNIYb/N22VzpfG26XRwdc1Hsp97lGdEtZbYH62t"
    "zAXB3nDLQsp7JsP65hBDHZhQCTwGu0vnmd0m+45pg6lb0LtVxW9Q4BOwVAZG519PFp4xDC"
    "T+S+yf4387txYYJsvD0UQe9yey3CmA3YxghjvCJgPqx5t9XR8Q3tphP3D5uXf/7uj0Fw4B"
    "Mcy5zjs5XJ03LghMYIty0H2U+X9jOF8ugJ6Mszs+gjS90U0wdht8kP0J5sLnAlQCpJ0l+C"
    "6rEM/NBf3zw+FhBsZfevccZjqK40zoG2G/LEOnq2v3Mbx9fPlbJC+AsSiCclhqN1ivn8+V"
    "IX16nAPo0+NUnFlXGGZNh0/oexGIfYk2TuXTPDP5NH0in0YBnumQgSEDMw7yFe0x0RImAx"
    "2WjICtOKLv3f9pIvT0AZURVlfOO5UB/WRw2x9Perd37OeWhvG3yvHrTfqsp8tbV5HWd1E1"
    "eReRvg4mnyX2p/TnaNiPrv7euMmfHXZPwDKJjMmrDJTA6++2uqiFtA6/a4hebQOthyV3oH"
    "Xnduui9IYo2cUkU8sqMEzZMjZ6u6OyQtN11jRVlC4XM6wDIru0ruur1DXGNPNXnp4TbWkG"
    "VRzaa6JDNMe/wRUHeEDvA+BZkhHtuGhT5zLNhNRv9V9lHbx6Dl5wQtFnp08MTdtU640ve1"
    "f9Dkf4EcyeX4GuyCGoWQ/pkkiLNzbetewuoy0AgzkHhz0Fu2fXMbYUZN7DGdHDbmhC90Gm"
    "68wGyiqZ18tzvkDzATYL+M5MgZFJ6Gizvk7GnN3CP/7Z7R4dfeweHp2enRx//HhydnhGx/"
    "L7jXd9zFgJLgafBsNJeLVmDdkedfFvaJWWcaX6aK9hvLcP6XrjqEoNb8NJhcEsykMFZTZy"
    "4GtmZZZNkNiMUrEZG5Qpdco2xPQL4QnBsiicvohYACLsHfkvnJkF8QxLCUhDkAIelyiyov"
    "oSbSREu2d5GNHuWTolyvoiawDQqXFeiNf3JKrDuFNWQCqMcPfkJAfCdFQqwrwvjDB1lU3L"
    "iCOc6sr4AuvdmSZMYtuj6X44/nh8dnR67DkyXkuW/+L6KgEWX0UQ0xVTKzJpQ0LC1kq2tW"
    "K00H5YjD5++QJ05OAeYzGC3QdZLAbEL/KLMzJfDkCnJ7kCEnmSAJboNZBO8JJOnl8lZBq0"
    "X7WghAzJgECFivSKzIVkLmiTw4lJz3B1QHtnOjQlokuYmO87EZWW+TsJnMu3TuDybAwV7f"
    "wlchjqlMPAVFJgPXOGCysnn5Vjv0Qyf6niME/g97RPcUSuFXhnUVj9PyYh9spF9d1t749f"
    "QgzWzWj4yR0e0MLlzegiBj5boxLoXEJUCHAa8q5QBPNHKlUW6F5LtahfjEY3IdQvBlFYp7"
    "cXfTrruQroIGSGiNxAsNtf6At6onFJESrLDpVFPqpbRsz64as1E+C1gbP4LKtT/Cyog2TL"
    "M6iiTMvTHVhC8uk3lzVil+a3KGy5WtlyIh+1xCCAggxNBSu5KMhRudaRV+XQgwyeRJT72F"
    "rGPm1hotCRrRBpujAqlscBF8C8c3c/uppeTgaj4bnkX+UBjye9T4Php3OJPuScKuMBX/W/"
    "9G9Gd7f94eRcUuALVInGVvoHfHff/zLof2UXgC8Ivkbd/v1kvQYfNKbJdNcnItaC16Vqv4"
    "diSRJyqTJISlegfQTl7qf1HJnyo04XnkKbEsJS7cO5lAgGMrzbjkGd6cSHBYUjX8CRF3sV"
    "0md8i1OyNGVDrYclhdbrovWElHbn7muTOlI3TZdC1gUoky2Jujv/Ss0Edi1JF55ZRQk6H/"
    "NQ8DViNjii17/dQxWkOBnJAd+WgP5WJpH5SSeW1kmgMO2Ogyzycs6GiD3zgqMskaNs9T7u"
    "TMIlg6BsHeFSgWsq3KR09JtpMAs36WfUepqbVCAlMe5PLeHyEerGAmlbWqCOyX/Lr9c8ir"
    "AsEzRgXdpIx1G+BXg1IezfnN7VphuH92pRZDhW/LHkiBXuPqTOZh5djTxO2zO9n4jOVcDy"
    "/M5D++487ThdtozTaS7oX/OF1y4HFJPox9F2OQb1W6Zv4epwDE3TBiXmZUSHZPobbkKrbN"
    "ij9+h67DMJs4Umcbr3kZKI+Z/xaJgMdVoGpoJmpvQ/SUVGgwmZJJgZFNkRyWjwMfLBZReI"
    "RiSF3STspkoT6m7IHOFrgFRLh0kfilB/5ldCZSPlJ3tozdgpUZeC9Ym6FKIuRbPrUtTtm1"
    "RKIEwUeGpwgSc39pjwKQ2EJdO/og4zUkpSOisNwa4rMtJFtKdW77zISG9TRrpIZxbpzHtf"
    "RMrI0uc3TI1iBRY0fhNERaWryBZk+hMqY5j1F2rXMcMowYvP3I6ceAGR0SwymoUzL0L1P5"
    "XW82Q0k1dcmMMJyojvV00qNdbtnSmFEnOZiy0psYlzmWZCupYSC0yoZEostgBURzPW86Vf"
    "C2lwyQthSm9AGk5vbvLl2UfLTWyVat/CIiThzYz0Ec1ttyQ4ZOuAX6utSKUmdZWZOtcYpC"
    "qg+Z3plU72+/NvLeUvB+Z9jjqIWOLjuXLp/5pEApJzJelxJcElQOqvvB4hL7DNCxUu6HIm"
    "EbqcH0iGSRd6RWKHv0HlQGJn6/CehEqIZf6S2IVSA8PrICMuwbVbhFP0BFoYmeie5AlN0F"
    "EZGyRiwQmdqBsXcHFl64x1Z/R12L8/l7gp9YB7V7eD4bkElCXCD/i2z7ipc8n+kj1gVp2F"
    "/c2Ks9hfo/0Tv+JwzUqCdIJ9TIe+mTxUw85+rJvWG6LlBLYxrmbbtlXkx1VBkiwmKIjHWp"
    "1q0qCXRpSmqEtpiuSVQZCRa6CNrYWFGckKKBGHR0qnRHyiaT0lEiC46rOZQJAMuyYZhAtc"
    "cxdY+Gbp0LfXN7M3KBdbAoMywlQXpnolx7rW9IzchqApHJ+9OD7VbvOq52zdfpdX7Hu1A0"
    "i9EnztxDT4ia7T1rkJMJ47CX4jbz/IchdNOqJ8J/EbNfUMYukzaE8YhqvbYKPJzgV1dtbl"
    "9iZ/ln3pW54umu48urrIHZhblXvoRZticvaETgR3vWfuCVeGdIeOtKCr8tze+e/T/rR/dS"
    "7Z0g/4fjoc8hNFdAtjfqLIeHp52R+PzyXDms2gYTzg697ghsmwehdMZjwZ3d2xBsMkmsZa"
    "mAM2mk7obVLHlljmA768740/szEznSfD1MO31yBdwJIOSEtdmQIS1Z1/fFjr5SmYk2cY9P"
    "tWZEUKiFS46/H3Td6VDVemkw/dHNOWjkqdt7wvcpKirhNdTsU7fadpTLAN2x+r3mxqgzhL"
    "3KiXkR0WkmoD7uGJfpRnnh+lT/Oj2CynJmbisS7pldh8ia1KsdUM5wxcS6nExjb+PxLyXG"
    "R2B2XqHI/YOP2xhPrQdJXWATsFPiGNPX2Oh6WqLzkYiLo9Wkg1ETbes5/dR+CtlOlP+B0W"
    "0klARChk5wpxDjq3T91O0MvaI9IDkm347lZt78S4n7wfhZhgG9CvwOoJEmuFsU4kz1qAdD"
    "lHyNoERQEGICBRHQNQe46yqfkSoirmTtIlDBPomyk9LLkDpddsDWuIknNlsj8hjBh5u4Ga"
    "I6JCz3XWsyiL07Y1PEHtsR317ue38D6VmKDILMrMLPLxiqMscmBC+RqxqVWrtH9eUycpa8"
    "OptZORtUFHiNT+lqf2i7rGvu9+eJjHdz88TPfdWV+EFlSteRF83fFiQ3oE23jyiwZ1g2CQ"
    "UP0isxBpUEyUHxXlR39ii1uUH/0ZtZ7mZ8W8gXSDNbYDYTc1zho4B9KchEjO2Q7qwDGDXR"
    "SBK+r6pG93DuOZ7QaVt9HZP/XFLswljn2plXskyquJ8mqhOe3uCtvV7vLpmHV5V917tjnb"
    "FGAlfKnybymwNk9h2UwlS28RL6KU6Lb+wfDLYMKS/50qHvVQh1tSpLj1HZYUsaz6GNtxH0"
    "t41ukvWDN9rDyetTiSQBQaqBWaGeFAccBDnkhgoQMeRH2B5p4iy0FP4BRcZaSzCeyBRFC1"
    "5awBU3LRwGpQRgT/1gb/9k3M1AjcUmgZcSRvlRn+GjCMV0K/SkWr2McEW0k7lrCtUdCOta"
    "IdqSGEXooeKesLVZjH4a7zIo1DkE0NIptEGkfbtL7TNA6gIZmfiLNlkkJPQxN2mQZOg1yZ"
    "HCqZIyyzolKWvu0RiDfsWtf2pdqKFzM+FLnqJKGGkF2R+gE4dMTg1jjlPlqziWhFDiBYIK"
    "3iUzabCJpXhnOLJDSn1mcb0QnkeW0/nwpl6zUFri0p9Ugl4ASEbwFeTQj7N2f0I28p4Hrx"
    "dxnRD/5cciSs4D2lzuYd/aAmJZYSnSvhGa58hJ3QiachpzMQVTEXdOB84YkEMx0TIy60XY"
    "6Wt33LDJb0oI5mi05CuMTpOcgKmAB/TG0iJqIm8JY1gV/oDHOWz7xMZ0BEcJz5OE72UhVA"
    "2BneQnRL2dlHf9FMrMubXoEtIFJ9Bbb9pJzsrNZaAVpj95H/t/8DCWwPEA=="
)
