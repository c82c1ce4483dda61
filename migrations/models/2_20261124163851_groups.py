from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "groups" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL UNIQUE,
    "description" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
        CREATE TABLE "group_members" (
    "groups_id" CHAR(36) NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "groups" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL UNIQUE,
    "description" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
        CREATE TABLE "group_members" (
    "groups_id" UUID NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "user_id" UUID NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "group_members";
        DROP TABLE IF EXISTS "group_members";
        DROP TABLE IF EXISTS "groups";
""",
    "postgres": """
DROP TABLE IF EXISTS "group_members";
        DROP TABLE IF EXISTS "group_members";
        DROP TABLE IF EXISTS "groups";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXW1z2jgQ/iuMP/VmcpkUEpLL3NwMJCTlLoE2wLXTpuMRtgBfjOzachKml/9+kvwqvw"
    "UTbIzPX0hY7drys2tptbsSP4WlJkPVPOzoylh7gEg4b/wUEFhC8k+k7aAhAF33WygBg6nK"
    "mIGuiJiyMTKYmtgAEiYtM6CakJBkaEqGomNFo3dBlqpSoiYRRgXNfZKFlB8WJNeaQ7yABm"
    "n49p2QFSTDZ2i6X/UHcaZAVeY6rMj03owu4pXOaJNJ//KKcdLbTUVJU60l8rn1FV5oyGO3"
    "LEU+pDK0bQ4RNACGcuAxaC+dZ3ZJdo8JARsW9Loq+wQZzoClUjCE32cWkigGDXYn+nH8h9"
    "O1AJsoDoZjcdQbi6KQATtJQxR3BWEK1M8X+7o+IIwq0BtcfOjcvWu1f2EQaCaeG6yRwSW8"
    "MEGAgS3KQPdRZn8jOF8sgBGPs8sfQpp0dBOMXYIPsm9gLnwuQDlAKizBs6hCNMcL8vX90V"
    "EKxn937hjMhIvhrJE3wn5ZBk5T026jePv4srdIXABzkQVlXmo7WL9uz4Uh3T5eA+j2cSLO"
    "tImHWTfgTHnOArEvUUVTbq9jye1kQ26HAZYMSMEQAY6CfElasLKE8UDzkiGwZUf00P1nH6"
    "EnDygPkbpy3qkU6Mf9295o3Ln9SG+3NM0fKsOvM+7RliajrkLUd2E1eRdpfO6PPzTo18bX"
    "4aAXHv09vvFXgfYJWFgTkfYkAjnw+rtUFzVO6/BZV8jVNtA6L7kFrTvdLYvS90TJLiapWl"
    "aBiUXL3OjtDsvWmi6zpomiDDGbYx0Q2aZ3XV6lvuJM0/XK7CHWl6ZQRaG90gyozNFfcMUA"
    "7pN+ACTFOdHOEm3iXGY/IfWp/qtsgCdvgRc0KPLs5Ikhtl21zuiic9kTGMJTID08AUMWOa"
    "hpi9bUQhSPN9q0bC7DFIDAnIFDn4L22V0YW7KC76CkGfwyNKb5IHXpTBlFVZuXa+XcVeZ9"
    "hDOsnakCQ0boaLO8i4w57cKvvzWbrdZp86jVPjs5Pj09OTs6I7ysv9Gm05SRoNu/7g/G/G"
    "hNCekr6uxzaJGecaH6qK5jvLOJ9HXnqEgNvyUmxYOZNQ4VlNloAV8yLzPvAIkdUcpmsUGZ"
    "XE12T1w/Dk8Illnh9EXqASAUvdP+gRLOiCcvVUPKQQpYXiLLiOpLVDEg2jxbJyLaPEsOid"
    "K20BgADOKcZ4rrexLFYSzklZDiEW6enKyBMOFKRJi18QiTpTK2zCjCiUsZX+D15cw+GLG9"
    "omm+Pz49Pmu1j72FjEdJW7+4a5VAFF9VICIjpp7FaDmh2teK97UiYaHdRDGuDc3ShZj4hd"
    "1wkBa5mFOWOuFfJ/xzTPhXOgkd7FYGhENitWewjmdQ56OT0a9w2E2XN9Q6L1lrvSxaj0lb"
    "st4X508FXCW4nEIjZrlxC9BqrNHPnFN4O50eUxJ47LHEkEvpPqQBVfZquc2+HznTDKaCB7"
    "gS+Ai4px2nyZZxGvGCfJsvPLoYUExsypDQxQjUL6mOsqvDEcTYBiXiModZUp1nxWEWTZt7"
    "h340hTSD++Gw1/5dgn+X7Eo/AtWK8aX/HA0H8VB7AuH5R5Fw49+Gqpj7GKRIgZlCwU0yLr"
    "zvbjtfwshf3Ay74dmDXqAbThfVTkDtBBQZVLnR5gq6AopqGTBuouDaU2cJlXKKM5u1ZKGW"
    "ukKkrhCpK0T2v0KkbHNSXWpZl1ry8+kYmA9x8yijp86fmHDkP21+I8OSqVkGWc0xe6Gwug"
    "QbTZpmhML3TPPr/2VyfWOyMnnadHWxdrLd4c8roL7/S1s+0Z4Abg9Zy8hwGkm6F4u0QDgt"
    "6Kp8XbSFT5PepHd53rCl79HdZDDoD67PG4aFEIH/Ho0mFxe90ei8YVqSBE3zHl11+jdUhj"
    "rtVGY0Hn78SAkm1nSdUqizMJyMSTeJD6ZZ+B5d3HVGHyiPZABz4fRz51v4dEgGMBTjeyaO"
    "TAGJ4sopjko9PAWjxaZJ5rcsI1JApMAs36dN3pUNR6aT9801zJZwJdota+ORhoahGWIi3m"
    "P4nGC/EcEqVK+krZF6X8bp4TZviXQzHFy77OEYXBz6EnHGspg6L1UF3HlDb61j561kM29F"
    "rJy4mLS/EYyTw8m+xJviySXDuehwsq6C1VTTHrJYd1CmgtWyuVRskFHaAOIjiEuwJts4L1"
    "V83iRQ8jW1FBUryDykt91F1Vcu5q+xHmbSSUCkVsjWFWJCQBYaogklA+IYvSS7O1HJKsy7"
    "Rfs7kdjPupNCRLAK6Bfg9QQDa5mxjg2eVQDpfDas2AGKDBGAgES9oSJuQ8VelaHWqb2tpP"
    "ZMDIzNlM5L1mfllKfeJKrlmYIUGrzdQM0h0VrPZdZzXU5WtTE8qZwsbuKerjIWaUQE65MR"
    "Uis1fLyiKOdVr1FOXF8t14iYFle0QXrRGExubnZVtcGwj6nacHWSXLVBy1BKVuxY7yvd9r"
    "7SnRziU7ICmJyLNOASKGqmJJwrUDlwmyfroEu4UjIU0f27ikkTO2JWMw7LVW4Hby7BKB2Y"
    "5pNGZqWsh6NHBOsM3HoZOENTN67xcmULtG23xjdLhdfw86B3d97Qnkh/7lHn8rY/OG8Aea"
    "mgezQZ0Sbvqjuvx6IHLj3GKKSrEawBStgJ4AmFNDElUnmpwh3ni3VGusPhDbea7PbD6ZvJ"
    "bbdHUGegEybF9pT3PUxbr/G3E6etIztV0/oWNgoGxl/uR45CY7Aje/XXHd3dHn80S8xPKu"
    "2ZGSRFJrjXKLppcXOswlslq4iXt0llc5jcnTDViHO9bO2EjsDREhy2mQ/o8I5D26s1cNYT"
    "OrynDB/RETzphD+jgzuII3xKR2A/2ZvP6PAMI/lEfmgo0kKIO4zfbjlIPYff5ylN1LHeAv"
    "bGLWCPxMIynq4WEKnjBOvFCehLlQFhh72C6Obyi4Dkjjh2G1ZywW1ApD45JmNp7U7PEHn5"
    "D+BKpwU="
)
