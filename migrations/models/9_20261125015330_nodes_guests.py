from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "nodes" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "api_url" VARCHAR(255) NOT NULL,
    "token_id" VARCHAR(128) NOT NULL,
    "sealed_token_secret" TEXT NOT NULL,
    "verify_tls" INT NOT NULL,
    "fingerprint" VARCHAR(128),
    "defaults" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* CHECKING: checking\nONLINE: online\nERROR: error */,
    "status_message" TEXT NOT NULL,
    "pve_version" VARCHAR(64),
    "facts" JSON NOT NULL,
    "last_checked_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "team_id" CHAR(36) NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_nodes_team_id_32a02e" UNIQUE ("team_id", "name")
) /* A Proxmox VE API endpoint (one host or a cluster) reached with an API token. */;
        CREATE TABLE IF NOT EXISTS "guests" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "pve_node" VARCHAR(64) NOT NULL,
    "vmid" INT NOT NULL,
    "hostname" VARCHAR(63) NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* LXC: lxc\nQEMU: qemu */,
    "resource_type" VARCHAR(32) NOT NULL,
    "resource_id" VARCHAR(128) NOT NULL,
    "project_id" CHAR(36),
    "environment_id" CHAR(36),
    "ip" VARCHAR(64),
    "status" VARCHAR(16) NOT NULL /* PROVISIONING: provisioning\nRUNNING: running\nSTOPPED: stopped\nDESTROYING: destroying\nERROR: error */,
    "status_message" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "node_id" CHAR(36) NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_guests_node_id_8bbed1" UNIQUE ("node_id", "vmid"),
    CONSTRAINT "uid_guests_node_id_d03504" UNIQUE ("node_id", "hostname")
) /* An LXC container or VM Containr made on a node for one of its resources (a database, a service). */;
        CREATE TABLE IF NOT EXISTS "ip_leases" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "address" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "guest_id" CHAR(36) REFERENCES "guests" ("id") ON DELETE CASCADE,
    "node_id" CHAR(36) NOT NULL REFERENCES "nodes" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_ip_leases_node_id_758820" UNIQUE ("node_id", "address")
) /* A static address of a node's pool, held by one guest until it is destroyed. */;
        CREATE TABLE IF NOT EXISTS "node_tasks" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "node_id" CHAR(36) NOT NULL REFERENCES "nodes" ("id") ON DELETE CASCADE,
    "task_id" INT NOT NULL REFERENCES "tasks" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_node_tasks_node_id_4e0237" UNIQUE ("node_id", "task_id")
) /* Which tasks ran for a node or its guests: the node's audit keeps them after a guest is gone. */;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "nodes" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "api_url" VARCHAR(255) NOT NULL,
    "token_id" VARCHAR(128) NOT NULL,
    "sealed_token_secret" TEXT NOT NULL,
    "verify_tls" BOOL NOT NULL,
    "fingerprint" VARCHAR(128),
    "defaults" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "status_message" TEXT NOT NULL,
    "pve_version" VARCHAR(64),
    "facts" JSONB NOT NULL,
    "last_checked_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "team_id" UUID NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_nodes_team_id_32a02e" UNIQUE ("team_id", "name")
);
COMMENT ON COLUMN "nodes"."status" IS 'CHECKING: checking\nONLINE: online\nERROR: error';
COMMENT ON TABLE "nodes" IS 'A Proxmox VE API endpoint (one host or a cluster) reached with an API token.';
        CREATE TABLE IF NOT EXISTS "guests" (
    "id" UUID NOT NULL PRIMARY KEY,
    "pve_node" VARCHAR(64) NOT NULL,
    "vmid" INT NOT NULL,
    "hostname" VARCHAR(63) NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "resource_type" VARCHAR(32) NOT NULL,
    "resource_id" VARCHAR(128) NOT NULL,
    "project_id" UUID,
    "environment_id" UUID,
    "ip" VARCHAR(64),
    "status" VARCHAR(16) NOT NULL,
    "status_message" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "node_id" UUID NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_guests_node_id_8bbed1" UNIQUE ("node_id", "vmid"),
    CONSTRAINT "uid_guests_node_id_d03504" UNIQUE ("node_id", "hostname")
);
COMMENT ON COLUMN "guests"."kind" IS 'LXC: lxc\nQEMU: qemu';
COMMENT ON COLUMN "guests"."status" IS 'PROVISIONING: provisioning\nRUNNING: running\nSTOPPED: stopped\nDESTROYING: destroying\nERROR: error';
COMMENT ON TABLE "guests" IS 'An LXC container or VM Containr made on a node for one of its resources (a database, a service).';
        CREATE TABLE IF NOT EXISTS "ip_leases" (
    "id" UUID NOT NULL PRIMARY KEY,
    "address" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "guest_id" UUID REFERENCES "guests" ("id") ON DELETE CASCADE,
    "node_id" UUID NOT NULL REFERENCES "nodes" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_ip_leases_node_id_758820" UNIQUE ("node_id", "address")
);
COMMENT ON TABLE "ip_leases" IS 'A static address of a node''s pool, held by one guest until it is destroyed.';
        CREATE TABLE IF NOT EXISTS "node_tasks" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "node_id" UUID NOT NULL REFERENCES "nodes" ("id") ON DELETE CASCADE,
    "task_id" INT NOT NULL REFERENCES "tasks" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_node_tasks_node_id_4e0237" UNIQUE ("node_id", "task_id")
);
COMMENT ON TABLE "node_tasks" IS 'Which tasks ran for a node or its guests: the node''s audit keeps them after a guest is gone.';
""",
}


DOWNGRADE_SQL = {
    # Dependants first: node_tasks, ip_leases and guests refer to nodes.
    "sqlite": """
DROP TABLE IF EXISTS "node_tasks";
DROP TABLE IF EXISTS "ip_leases";
DROP TABLE IF EXISTS "guests";
DROP TABLE IF EXISTS "nodes";
""",
    "postgres": """
DROP TABLE IF EXISTS "node_tasks";
DROP TABLE IF EXISTS "ip_leases";
DROP TABLE IF EXISTS "guests";
DROP TABLE IF EXISTS "nodes";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXW1zozgS/isqf7nZqtxUJpm3815dlZN4Zn2b2FnHyeze5opSjGJzwYLlxYlvb/77Se"
    "IdBAYbMBB9md0gNeCnhdTdetT9Z2+lyUg13w50ZaY9Idzrgz97GK4Q+Z9E2xHoQV0PWugF"
    "Cz6orDPUFcmi3dhl+GBaBpxbpOURqiYil2Rkzg1FtxSNPgXbqkovanPSUcGL4JKNlT9sRO"
    "61QNYSGaTh93+TywqW0QsyvT/1J+lRQaoceWFFps9m1yVro7Nrt7ejiy+sJ33cgzTXVHuF"
    "g976xlpq2O9u24r8lsrQtgXCyIAWkkM/g76l+5u9S84bkwuWYSP/VeXggoweoa1SMHp/f7"
    "TxnGIA2JPoP+//4b5aqJskjScz6WY4k6ReAezmGqa4K9iiQP353blvAAi72qMPOP9pMH1z"
    "+vEHBoFmWguDNTK4et+ZILSgI8pAD1Bm/03gfL6EBh9nr38MafKiu2DsXQhADgaYB58HUA"
    "WQ9lbwRVIRXlhL8ue74+MMjO8GUwYz6cVw1sgX4XwsY7fpxGmjeAf4sq9IWkJzWQTlqFQ5"
    "WG8fz7Uh/fF9DqA/vk/FmTZFYdYN9Ki8FIE4kOjiUP6YZyR/TB/IH+MAzw1EwZCglQT5gr"
    "RYygrxgY5KxsCWXdG33v+0EXryA+UJVjfuN5UB/Wx0NbyZDa6u6eNWpvmHyvAbzIa05YRd"
    "3cSuvomryb8J+Daa/QTon+Bfk/EwPvv7/Wb/6tF3gralSVh7lqAc+vy9qx5qEa2jF10hd9"
    "tB61HJErTuvm5TlN4SJXuYZGpZhaYl2eZOX3dcVmi6yZomijKkYoZ1SKRM67q5St1iTFN/"
    "5fGJa0tTqJLQftEMpCzwz2jDAB6R94B4zjOiXRft1r1NOyENrgafsgGffQcvPKDIbye/GF"
    "mOqTa4OR9cDHsM4Qc4f3qGhixFoKYt2okWu+L3TTatTlbxKxDDBQOH/gr6zp5jbMuKNUVz"
    "zYi6oZzmo0zXmXaUVG3RLM/5TFmMsFXAd6YKjA1CV5vNdTIW9BX++reTk9PTTyfHpx8/f3"
    "j/6dOHz8efSV/2vsmmTxkzwdno62g8i87W9EK2R118Da3TMq5VH901jA+2kG43jurU8D4x"
    "qSiYReNQYZmdHPiGWZlVB0iciFKxERuWqXTItsT0i+CJ4KoonIGImABi0TvtP2huFcQzKi"
    "UgjUAK2b5EkRk1kOhiQPTkc56I6Mnn9JAobYvNAdAgxnmhuL4vUR/Gvao2pKIIn3z4kANh"
    "0isVYdYWRZi4ypZtJhFOdWUCge3uTBsGsePRnLx7/+n959OP731Hxr+S5b94vkooiq8qCJ"
    "MZUy8yaCNCwtbi21qJsNBhohhn5C623uMEMNyWo6zYxQPrI/b8O77nz6DiTgBDbK8SUcro"
    "CubKVrV+lWBp9c4mv/bBg/Zyjy8Gs8HZ4GbYBxSMB2g6P+jgu6l0mdpZBb5wjTYE28SliB"
    "VUxXgyvRpcEpg1YwXVe3w+HQ5mo/HXPvDueI+H0+lk2gfIMDSjGep5pG9byLALJGpUCvni"
    "LWVej3lXPshrZJgFXZSQSAd9lNOTHBCfnqRCTJuiEMtIR1g2JR7K/7yZjPkoR6XiYWllbo"
    "H/AVUxK7OnQ0vsg62oZJIw39LnHWKVpShFQtIe3G+uBr/GNXF+OTmLL8f0BmcxtZAmzTbm"
    "SEpfiPmaSQh2zxov/yPwQeMZlzmw5lqZZSF9OA5eJRERE0PdXGr8SF461jGx7o3q8uP5pv"
    "JfztSRtcvrSewUGGkaujXu9LYt3lfboP7wLs9cTXqlDmvWFsfYfOLOHqnjOiTRoaFdWsiP"
    "uVXSCpkmXHBmjBl6ScE1IdiFaTmLgjD8dZZt6vkMhMvJ+KvXPW7/tZk2Lcgh5ZBDdHlHpU"
    "clBVe+KVrnkGvZ2zck6j/E6ztoKK7OE6H/cPNRVvwf4bW0dnvm2wXoDYAnALRHADEg91AM"
    "Da8Qtn4EimWSdtVGQDGBiaCKZPCsWEtgLcklN8AJntDmiLSSGc8CmgGwZr2NxwGrfA5nv+"
    "L3Xuj2tA8R7f1b7GI0aReDqqSAKe5276AdXo0nzz4iiX1URazGuFwn8K7banTmKI57r2kq"
    "gjgNeU8ohvkDkaoKdP9KvaifTSaXEdTPRnFYb6/OhmTUMxWQToqV4tSHJvqC/LOkpDggk3"
    "1AJrao7nlOZhi9WzsB3npcJjnKmnRqJqwDvuUZVlGm5el1rIB+8rvHFaW3Zq8obLlG2XIi"
    "C0WFWwWyYuoq3EhFQY7LdY6yWg0puMHkKg7SZGKUbZ/5XYTacz2dXNyez0aTcR8Ed7nHN7"
    "PBV8bwIT9ywQg+F8O74eXk+mo4nvWBjNZI1XQ609/j6+nwbjT8Rm+A1gp6jrv9h2GmhH9o"
    "QpPprk9MrAOfS+3Rck3VOCeoM6jJnkAX9iaqHtYLxZIeDDLxFEpFFJXqHs6VnFtQTP+1E1"
    "BnOvFRQeHIF3Dk27XVJnZd+mKvTWi9wF5bgw6MNk3TlQTrQiGTPQN118Gd2gns1iBddGQV"
    "DdCFOPHhzdeY2eCKfvl5ilSY4mTwN3w7Avr3KgOZXw2Nf27OaTjKCl4uaBdxak7EKCuMUX"
    "Y6e2tmwCUjQNm5gEsNrqlwk9LRb6fBLNyk16j1EiiJSX9qhVYPyDCXir6nBeqa/Ffsfu0L"
    "EVZlgoasSwfpJMpXEG9mGv03p3e1a7rQg1oUGY4V+1lSzAr3fqRBRx6ZjfyYtm96P2oGUw"
    "Hl+fUj2fZ87bhNjozbaC3JX4ulf10KKYbrx5HrUgLq79m+hY1MLj3Cacj2LWiXvFxcDC5/"
    "PQcEVItAigxKcr27AufO3wZYQRkBYoJDgMmDAEGM/MX4tJQ/6x14NMEb6KdLOCKdCZJrZY"
    "5+4JBya3ggl85Bb0cb1yuiRYJ9cGVJZlDB8Gie96SvkeTpKK99H5YRTI8cfhT7HBIAp56c"
    "87qLVFmc7SR/IikwYMMyXRywp3kG7Gn6gD2ND9gn8rv4AG8ny3iyNbr96kvRbCs9sj72AZ"
    "G7x78Mr2774A+0suPraB7s8zCV0nlKCZbSgVNQNHucdyoHRbOhroSC1/h0si3ZHGzgMYlO"
    "YlssHafIw5k7R0pK9tj8afa4qWQrpuOuFZrjbIdce9fTyd3oZjQZM/Zt+E73eHo7di4bNn"
    "au3Mwm19fDC0rT1XQdyZSmezObTn5j3citLUPbNDQ/n6OaXZJaJCU7sGskklo0Z0pr52aC"
    "2EJ6jVrPw7Sj8beCBl9IRHDssjl2/IhoYYLd2L1NOyHdyq4LDajIlsyUGiyj81k+bp2KoL"
    "kvsW6kXyI3iXS7TO2DcOq8gXuDLMt5ucQOWLzLUdZemJfIRTKd3gek3B0y+UgHqWDp+0Yp"
    "CUjSsxenZR6pIXHxYVafSlIUC2PvtRh7BfhCla4V7srKWyOCRTdjbdClYIHPk7aMRgKUOS"
    "DgEPxMllSMsRT+YgJd04jel+S9wcOGMRYYCwPY2FJUoFg0yZgbIEEyL1VZqffOJEC4jxBs"
    "h2axHTy1FDARQiId3OcpP7grglBdW6HyBKHYZFkwHhGWEVtP0a9IhHdEeKep4R3/5GRiAi"
    "gBU59628qvfium4TmvSfniLrWFgr9ARbUNrq0fac80+FXaU3p0uua2+ml/JAMmfEQtcDif"
    "a8T2BppxxPjJxFAnb0Ssdb9lCU3W01pCizXS2nLWEkADAcoetyx6R6gqTwiYGscbqPyZ95"
    "j1o7mOvUYga8ikGY6BhVQVPC+V+dK7uwnQi2Km5j7ex5PIqj+Sl2vqDufmRsBqrD2S7mGY"
    "9gP/dH5GlZ1ApMHVG3fl7B0f5yHtHR+ns/ZoW6yIdmHfQlRraIVL0ZCgFzPsOKugZ/Clr3"
    "7UZsq96F0b2stKewF3QzC4HgGEZV0jigVvaPiJctYBW4Tmqm1ayPgBEF3Pl14GfYiZkKU9"
    "IcyLdZV7c26wy0JwRRvFuZ7mRbpE5tZD5UUQiSirY7hBXZFsQy0Uvw1EOji2K0lFwab9gk"
    "ciwjIdxLnKWh4OdGm1JbaW9IiLdwL9uieWNTKUx41kqTwiUlZi0KhgjYlBPaultXlBH8kr"
    "IEM3FF7RiYyK7lGx7p23qGSqcd+ZM7qz6o0HMs2oNk4f25lq4y08BUMcxPnTDidgzn8anv"
    "/Mzq94d7jHk/HlaDzsAw2rCkbiNIuw9eOnRddIIqurWTD5XEyse+tD+e7sI5wXWxl8AbEs"
    "lL4sqNC0JDZN7kSi4YiXEPVu2AfRkig3h9qZZM4IvlT6vNetzQ3B4+6y1vMc2qMbJgVZXS"
    "ERwerKZnV521F7MpBm7m3aCelWBlJoQO2eDz/Ifrj7mb28TK+2AB214mo91NhKiCxoPknE"
    "93/aEya6KT8j9+oSTlWTGxheKQQHD8tskoNE1ZeT6fCNsdyYADAg9rh1NPUo+T+actSZT/"
    "qMKuceyIG2rFjgCSHdpJdXAD5aiMo553IUIqRhlGQ+VP2wzGM/9LH7MSEEU4+21cHUExT7"
    "Uk8ssOm8UJrTkITIdOoOWHFooc5DC5a71O3rMXTL+kh4DMF32qQjC171Mo4ZEypslm7FuH"
    "klKylrL5iRh16YBDPyMMxIUdO+VlaH4KEeZG9aFESvknjhvrC0g4fGERVHy2O0FvIIlebq"
    "MtbIkFZcryKT8si/gaiJLmqiv+LtP7Hp+xq1nmfTV3vGfsmzvMtYWEasX7FAo9hEF5vo1U"
    "K6/yZ6YgIoAdOcBSWb+dFvhTQ85UUwJS8AxreXl/mYCaGqJnvuKw+DO3VoJEdGpkJ+orUv"
    "TcENto7YvbqKVGpZ2CqL77YGqUJh/tDwI3eSlBX3cIWH6wSjmUb+yT8O506nbsyS33fbFG"
    "EgpG+MeBht3RyRqIpy57Nwhf5iAioG3lyPvx6Bf14Pv1LmxTf0cH0EoAVWNPfEO3ClnP3w"
    "I4CAPRJAHRoWMDUnsxI9QMDSs3p7NMB8UnRG2HjYkAmLl++i3oeXnJ9J7PKUvctDax/Tym"
    "YMsgTeWYHaqFwHd33KL6NItcCZwhUMjU1KnNaViEcNN6450jKAs6KG7rkfP1JBcDwbjQfT"
    "3/gbEGecc0Jnv82GA5EJXgSTDl1Cs1k8whIDIEUoLAltJFXhWa05PfsQX6WNCtjq20fHXw"
    "4SURnEINchzbCCfY81hx0ceMo5LGEMWH/msJD/tTRiarp3otlD0Qoq6o9OXlCavIXyi82l"
    "9oyBRobJEa38aCCZJhtdIvkI2Cb5g7ZwzN4qnyRs3AbMVFk2LtNuEePWF+igVXvyIQ+Zif"
    "TKyISVoDMZmpriPWzP0OHJNhnr3uTbeDjtAxZ8vceDi6vRuA+gvFLwPb4a0t3sPnBiX/f4"
    "bjT8Rv9eK+gZNSRHh5P8is5fRb6DqJSo/hWDWRT16L6zkYevgF50hdxtB61HJTuo9ZZome"
    "NSJtXs2Lay9LAp6FYmBAVV4XujvfXWgppBWEj1wQvvr+/hhTcD2FL8cP7MUAK83aYvJObC"
    "whyGGs5KuTvP6SGRYGt6e0gktCV+mFq/IshQR5BBuMANd4GFb5YOfXd9s4Wh2XrRgoshGW"
    "GqC1O9clBtszDzPSQihqhwfA7k+NimYGxvBTX0qeaoD0rXnhIg/erdp5uYhpfoJiXbSEsY"
    "tj1ZWP48Yfs4ib8TU8/UbGOOfOaef8FBk+Zkd3Nx5PYmX0smrr1SFh1lOI9F2ZdVsy67tC"
    "fnDGguuPnKR9SLdI/0tJGn8tze+S+3w9vhRR840vd4ejses0oSho0xKyRxc3t+Pry56QPT"
    "ns+Rad7jL4PRJZVxCvySHrPJ9TW9YFqartMr1AGb3M7IaxLHVrOte3w+Hdz8RPvMDUaGaY"
    "ZvryMygfHq46TOTCGJ+pKqHTd6egqf4kkp5ZE+Ix2mhscvu3wrO85MH97l4YOTXqnjlrVF"
    "kWZlXHYpnZIQ7ELClLrT0zggzrmpPTLYYRGpLuBe9bkHYmLS901gnF45JZDYq3RKw3DOwL"
    "WSGik0VdiDpnFyN2bUBQrJNHk/Ymf6YwWFQMksbUBpDXkHX9PHeFRKlAgqffhr7A0L6SQk"
    "IhRSukLcSqxODVaOXrbWcA1JdmHdrdveScR+8i4KCcEuoF+D1RMOrBXGeo8i0Y1GupIUn2"
    "6AokAEICQh0qq3PvderRHL7tIlTAsauyk9KilqKTaZyf6oYIUGb3dQc0xU6LnJeha5D7o2"
    "h3PUnsh94C2/hc+pJAQFsyiTWRTglURZcGAifI3E0NojdSHLWS4K4vFgr7QgHstVyuO2uD"
    "lMM7gtpIc4ANHxAxCiXkwQ4Tg+zhPhOD5Oj3DQtljwVLUXRfD1+otj+zFskxQhHRmmhiEn"
    "R0hmgYewmCjrIMo6vGK/RJR1eI1aT/NGEz5TXrO+BIu+hdpPteY5B6/KSa3dVZBKST9O/Z"
    "lXnnt8B88w/cx8FM9sL7G60/JBsVEnu5uoNtoo71Hk6BM5+iJj2jtaWFaKgtsb2uTf9eBH"
    "FujJEpuzUuU/l2LvzoPaTSUrfxIvopR4bojR+G40oydI3FQwzVCHl5emuHMSlRQbos3xRZ"
    "IuqAg8pH9g7XRB8wQeRCU8ka2iUWhm7CmLuoJ5tpML1RUUSSrKSFJxmHwKDHROTMFTRno0"
    "gf4gsefc8agBVXLRfeewjNgb3bo3eujATIPArSQsIysmPXIpFR3Gcbka4wBVzRE1HBPRoW"
    "k+a2RVKloKISHYybBjBWdjRdixUWFHYggpa14d2SyiSyBUI83Fm+cFy0UEm1oUbBIsl65p"
    "vVSWC9QViZVV2pOkMNCVGb1NC4dBLiYHXUxlqW7SS0uCN7GkCjhSd3FvnIJ6jx1EK1aVYa"
    "no5YCWmzDURtD83KR7kKryHbRpJToh3tL+46kQ+6wtcO0ZIo6lR+YgfAXxZqbRf3NG8/Pm"
    "R25WPCojms9+lxQLk/u/0qDjjiyoPKKkZjAlPKFNgLC7FeBryG0M7RJYS9JxsfRFwsw97g"
    "4CuS7Fc/5+zwz+D5ChzJc9TvjfbTnK2gCAQZ/G7ACIRMl7JkpekxHmTp95I3chERGzyxez"
    "ox9VAYTd7h1Et5KDfOSJFjdZcXpaupBI/WnpDkOhKC0BXQE3vfyd7O//B/uB188="
)
