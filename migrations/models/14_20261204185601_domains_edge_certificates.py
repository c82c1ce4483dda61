from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "acme_accounts" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "directory_url" VARCHAR(255) NOT NULL UNIQUE,
    "sealed_key" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* The account key Containr holds at one ACME directory (made on first use, kept for every later order). */;
        CREATE TABLE IF NOT EXISTS "domains" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "domain" VARCHAR(253) NOT NULL UNIQUE,
    "zone_name" VARCHAR(253) NOT NULL,
    "provider" VARCHAR(32) NOT NULL,
    "config" JSON NOT NULL,
    "sealed_secrets" TEXT,
    "tls_provider" VARCHAR(24) NOT NULL /* LETSENCRYPT_PROD: letsencrypt-prod\nLETSENCRYPT_STAGING: letsencrypt-staging\nACME: acme\nFALLBACK: fallback */,
    "tls_wildcard" INT NOT NULL,
    "tls_config" JSON NOT NULL,
    "sealed_tls_secrets" TEXT,
    "fallback_cert" TEXT,
    "sealed_fallback_key" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL
) /* A domain of the instance (Cloudron's: administrators add them, every account may place things on them). */;
        CREATE TABLE IF NOT EXISTS "certificates" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(253) NOT NULL UNIQUE,
    "fqdns" JSON NOT NULL,
    "challenge" VARCHAR(16) NOT NULL /* HTTP: http-01\nDNS: dns-01\nFALLBACK: fallback */,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nVALID: valid\nFAILED: failed */,
    "issuer" VARCHAR(255) NOT NULL,
    "serial" VARCHAR(128) NOT NULL,
    "not_before" TIMESTAMP,
    "not_after" TIMESTAMP,
    "fullchain" TEXT,
    "sealed_key" TEXT,
    "sealed_next_key" TEXT,
    "last_error" TEXT NOT NULL,
    "last_attempt_at" TIMESTAMP,
    "renewed_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "domain_id" CHAR(36) NOT NULL REFERENCES "domains" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "edges" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL /* NEW: new\nAPPLYING: applying\nREADY: ready\nERROR: error */,
    "status_message" TEXT NOT NULL,
    "applied_at" TIMESTAMP,
    "routes_applied" INT NOT NULL,
    "task_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "guest_id" CHAR(36) REFERENCES "guests" ("id") ON DELETE SET NULL,
    "node_id" CHAR(36) NOT NULL UNIQUE REFERENCES "nodes" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "routes" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "fqdn" VARCHAR(253) NOT NULL UNIQUE,
    "location" VARCHAR(63) NOT NULL,
    "resource_type" VARCHAR(32) NOT NULL,
    "resource_id" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "domain_id" CHAR(36) NOT NULL REFERENCES "domains" ("id") ON DELETE RESTRICT,
    "node_id" CHAR(36) NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT
) /* A name on a domain given to a workload (a service today; apps when they land), served by its node's edge. */;
CREATE INDEX IF NOT EXISTS "idx_routes_resourc_78ee31" ON "routes" ("resource_type", "resource_id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "acme_accounts" (
    "id" UUID NOT NULL PRIMARY KEY,
    "directory_url" VARCHAR(255) NOT NULL UNIQUE,
    "sealed_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "acme_accounts" IS 'The account key Containr holds at one ACME directory (made on first use, kept for every later order).';
        CREATE TABLE IF NOT EXISTS "domains" (
    "id" UUID NOT NULL PRIMARY KEY,
    "domain" VARCHAR(253) NOT NULL UNIQUE,
    "zone_name" VARCHAR(253) NOT NULL,
    "provider" VARCHAR(32) NOT NULL,
    "config" JSONB NOT NULL,
    "sealed_secrets" TEXT,
    "tls_provider" VARCHAR(24) NOT NULL,
    "tls_wildcard" BOOL NOT NULL,
    "tls_config" JSONB NOT NULL,
    "sealed_tls_secrets" TEXT,
    "fallback_cert" TEXT,
    "sealed_fallback_key" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "domains"."tls_provider" IS 'LETSENCRYPT_PROD: letsencrypt-prod\nLETSENCRYPT_STAGING: letsencrypt-staging\nACME: acme\nFALLBACK: fallback';
COMMENT ON TABLE "domains" IS 'A domain of the instance (Cloudron''s: administrators add them, every account may place things on them).';
        CREATE TABLE IF NOT EXISTS "certificates" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(253) NOT NULL UNIQUE,
    "fqdns" JSONB NOT NULL,
    "challenge" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "issuer" VARCHAR(255) NOT NULL,
    "serial" VARCHAR(128) NOT NULL,
    "not_before" TIMESTAMPTZ,
    "not_after" TIMESTAMPTZ,
    "fullchain" TEXT,
    "sealed_key" TEXT,
    "sealed_next_key" TEXT,
    "last_error" TEXT NOT NULL,
    "last_attempt_at" TIMESTAMPTZ,
    "renewed_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "domain_id" UUID NOT NULL REFERENCES "domains" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "certificates"."challenge" IS 'HTTP: http-01\nDNS: dns-01\nFALLBACK: fallback';
COMMENT ON COLUMN "certificates"."status" IS 'PENDING: pending\nVALID: valid\nFAILED: failed';
        CREATE TABLE IF NOT EXISTS "edges" (
    "id" UUID NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "status_message" TEXT NOT NULL,
    "applied_at" TIMESTAMPTZ,
    "routes_applied" INT NOT NULL,
    "task_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "guest_id" UUID REFERENCES "guests" ("id") ON DELETE SET NULL,
    "node_id" UUID NOT NULL UNIQUE REFERENCES "nodes" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "edges"."status" IS 'NEW: new\nAPPLYING: applying\nREADY: ready\nERROR: error';
        CREATE TABLE IF NOT EXISTS "routes" (
    "id" UUID NOT NULL PRIMARY KEY,
    "fqdn" VARCHAR(253) NOT NULL UNIQUE,
    "location" VARCHAR(63) NOT NULL,
    "resource_type" VARCHAR(32) NOT NULL,
    "resource_id" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "domain_id" UUID NOT NULL REFERENCES "domains" ("id") ON DELETE RESTRICT,
    "node_id" UUID NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_routes_resourc_78ee31" ON "routes" ("resource_type", "resource_id");
COMMENT ON TABLE "routes" IS 'A name on a domain given to a workload (a service today; apps when they land), served by its node''s edge.';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "edges";
        DROP TABLE IF EXISTS "routes";
        DROP TABLE IF EXISTS "acme_accounts";
        DROP TABLE IF EXISTS "certificates";
        DROP TABLE IF EXISTS "domains";
""",
    "postgres": """
DROP TABLE IF EXISTS "certificates";
        DROP TABLE IF EXISTS "edges";
        DROP TABLE IF EXISTS "acme_accounts";
        DROP TABLE IF EXISTS "routes";
        DROP TABLE IF EXISTS "domains";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXW1z27i1/isYfWl2Rs117NhJtXfujCwrXu3akleWk02rDociYYs1RXD5Ykdt898vAJ"
    "IS30VIJEUi+NB0TeKA1AMQwDnnOef8p7NCKtTtt31lBfuKglzD6fTAfzqGvIL4P9Jud0FH"
    "Ns3tTXLBkRc6bS/jhpLstaR35IXtWLJCen2UdRviSyq0FUszHQ0ZRGS2hMCXAM9wDQbIcG"
    "TNsMAS6aoNZAcgA4L+4HYIVM2CioOsNXizklWIb4BHzbId4JKOn6HpgEdkAfgCcRNddqAF"
    "kKVC66e35FVUpOB30YynWp/qGtqfLpQc9ASdJbTws//xT3xZM1T4DdrBn+az9KhBXY2Ar6"
    "mkA3pdctYmvfbwMLr6RFuSX7SQFKS7K2Pb2lw7S2Rsmruupr4lMuTeEzSghd9PDQ2G4eq6"
    "P3jBJe+N8QXHcuHmVdXtBRU+yq5OhrTzv4+uoZCRBPRJ5J/3/+e/WqiZJI0nM+l+OJOkTm"
    "IGkFeIDY9/SUEGmT0amUsYmO9ev1tA6NUOecDgl/70zdnFTxQCZDtPFr1J4ep8p4KyI3ui"
    "FPQtypvhlVxLTwI+WMpWOuAJwRj2+NWrQT0ArAKIOyv5m6RD48lZ4j9Pz89zMP/cn1LYcS"
    "uKO8LfubcKjP1bp949gv8WbxvKOlQl/NElwZ7Bb0462FGpcpAOLmyh3i5RNWCdA+1s+MeM"
    "9Lyy7T/1MKJvbvt/ULBXa//OzWR8HTQPjcDgZnIZA16xIAFHkp0k8Ff4jqOtYDr4UckY+K"
    "ov+jb4jxYORQf/QHVi6Gv/c8sbmtHt8H7Wv72LjM9VfzYkd04jYxNcfXMR+0A2nYAvo9kv"
    "gPwJ/j4ZD+PL16bd7O8d8k6y6yDJQK+SrIZWhuBqgNp3sqM8PodWO3JhISvPr7KlSok76B"
    "RltU3eWp2u4ldkQ36iY0bAJa8ZnBpMbYaeoZF6ogju5R8nTA3vnLhZsbNE9niLXbjhuzD9"
    "f4bNN2jPxU4Q3XXfnZwU2HVxq8xdl96LLv70K5KWsr1kQTkqxd355uJ9AaAv3mfiTG5FYT"
    "Yt+Kh9Y4F4K8HjVL4oMpPju2NoIl/EARaHmB/lEBMedfjNxMqWvceoRyVLGHX/dZsy6C0Z"
    "5ACT3FHWZduRXHuvrzsuK0a6ySONB8qS2A7WIZEyT9fNHdQdh+mEjhdFNwntJ2RB7cn4Da"
    "4pwCP8HrKhpB2ifRXtwe+mnZBur24/ZUt+3Sh44QmFfzv+xdDxjmr9+0H/atj5fiSl2VU1"
    "ZwoVZEXV0JTb3VzVmTSUdPTULM35UnsaGRk2vtSvW/NcDuFJ6I9mc5WMJ/IKf/3b6enZ2Y"
    "fTk7OLj+fvP3w4/3jyEbel75u89SFnJbgcXY/GMQMfuZCvUbPvoXWejGsdD34PxkfbSHcf"
    "juoc4UNsUlEwWe1QYZm9FPiGnTKrNpB4FiW2GRuWqXTKtuToF8ETyitWOLciYgGIWe/Qv6"
    "DiMOIZlRKQRiCVqV+CZUXdSvBoED39WMQievox2yRK7sXWANnCh3Mmu/5Goj6MO1U5pGrg"
    "LHh4Sc/497HDvBHj73xwdloA67PTTKjJrVSk01bgnTinLsBlocyTl8rHi/WsGxPjbzpXw3"
    "dyZMe1kzhnmkG2ArtNIW3YAD1ryOm79x/efzy7eL8xgmyu5Nk+AjtHyAOoa9DAH7vJMnUj"
    "QvxN3HKWiIbQhi5xL67ZSTF++ne6eXbPBW0j+EKc84UoVKkLwNBwVwkPR3Qf82WrOvuWcF"
    "ToXE7+6IEF+jY3rvqz/mX/ftgDBIyFbHs/6OhMDLJN7T0EG+Ea9Q9KACGIMQ7FeDK97d9g"
    "mJG1kvW5MZgO+7PR+LoHgh7nxnA6nUx7AFoWspoxPI/kbZmUwq1EjYOCv3hHU+pRDcsH+Q"
    "VaNqN5IyTCoX2jfIVQhSY0VFtKQ/nX+8k4IzYjIhV3aWmKA/4LdM2u7Dwd2mIXrqbjRcJ+"
    "S553jF2WoBRxZyWCCeJxA7HtmHQQDybAt5BrKVDK3ojTRyYhyN9pvPyPYAMam10kJsadZa"
    "QSa6ptyKa9RKw2qJgYf7O6fDOUrf07ZenIY4gEEnsZRpqGbo0skbb5Cmqb1OfviqzVuFXm"
    "tKb34hjbz6mrR+a8DklwNLVLM/lRtUpaQduWn1JWjOyo0YQgD8uyiBttzGmEY2KZqe456F"
    "FJEWfTlFFPIebTt2+K1R+ryamMZ+9GN9fmT5oUTDcyMSBQoamjNbBcA6BHIAMbWi+aAnvg"
    "dSk7QHMA3o6hSrN6vJGBglYrfA3/IYOFJRvK8qfupuUjcg0VyPh/S/RKLkA8KdVkvpH6Hi"
    "tcFw13XWQ5hItbzlO9w1VaaYkxbQ/L+d1wfEUN5b783Jg+jMf0Cv4IDHrl/mEwGN7f94Dt"
    "Kgo+qM2NT/3RzfCKvIemQ3VuDPrjwfCGXlIIJDq+2gwbO37601NarE1BP9RWvMmqVYc6PI"
    "a+uwPOjf7dqAdkU5sbX4aXv0wmv+EVDC6WCD3jAR5eDe9uJl/xCENvvcPXJjc3l/0BbmYh"
    "XSfbRTOGz1tVWXThrUSTB6xJ7BdvF5PspcyCc1SKB6Wtaluaj9geOnJSkge861aS8al6iT"
    "J2ggye80aCB7xrWEo2znUm6w8vANc9oYURs2zeYqvMaMKiUo4dDR/9rf1GPSop8lk0x2yW"
    "HOVHzdDs5V7DHBMV49zkcQ5W4sWaMUYwISjiWONZYaktlBHWqJTIC5OfF8ZHKwkwc2qY+2"
    "1P7QR2Z3aY6MxKTxCTvjKUAG/BzDvNXAh2QptYCyPo4rcA44ebm7z8O2FinA5lG6ZY0y99"
    "yU+/TaEuZ4QU+3hPvV74gfx7lZ66AbQc7VFTZDpgCX9d+HY3z2unbBuKcB3OfV7HTe/boJ"
    "Szp+dnhSxjZzmWsbNErMefqpGyBGbT4zcCghmfbzjbgxmvLGWdDPfesVGRDprsZ+r8Mpvd"
    "9cDSccy/nrybG1fj+x7AE4v+8akfOP3woxrk9PuRve+f+zejqx54kXVNjfvZmzE6mm27WQ"
    "71jB15IyFSmRQrv2JpMlOdm60EdwhXEkBiIEdawEes9LHaAqOSwhTYZFMgGSv50UlbrHYP"
    "8kZQjHGTx/gR/0J8GtNSQk+zvc4RIeF5Zvc8H61AmMCdIGhgiPcEPywqRoB9BGgRA2aaS1"
    "SKgzPaUWCXHQeuTGff0hNRcbGtN3lbtzDyr3s566OSYpSbPMqCb5U5zBzzrUTcIm+jnvKx"
    "+28fShKEVvhnMpJHIkKCO5LPHfHASsLLzG242nTUTlh30hsi06pJlYWugvSBKU77q1BqwW"
    "yPfZCAsAJ3/T860HjRLGSsoEcWpy/4T+HFF178hnz/Uc/B+yI1et9nl+h9n6zQu25uRtNS"
    "vMV3k/vZ9XR4//tNDwQT7099btx+pZfogYIGkI7uafSoRpeZ4/sk25LksS6fWfkueWhhwK"
    "Q9cE5K8mB2FBSIJAXCQi8aGeN9eBDTyefR/WjiJR4I95Saj2A2ubsjtAjbQaYJEzyJuXE1"
    "vBl6+X/p0S54o4YM6z4hwElJDlatuq3I+Fms56OQSJN37j0XrosiTMeLbKLjRYLniPtKr2"
    "2bC3EgIiAuALHvyTNl2371a8wyOgHDolxAfjQ/7OshwxAX5+FgVPdILJHNlCo1aM8D1lUn"
    "LDGRlYJtZnKBoLnILJCSWQBZaRFQmVhu2tdXX+pdS6BcwRWy1tJqwQBnRKY+SM/fnbYEVF"
    "Wzn6UnFkhDEvUB+rElcPoVriRokF+bcja4REiHspEObYp0DOIFFq8K48AsXu/h4HIyuYkc"
    "Di5H8d3/4fZyiPVtuoHhRprnsUmC//Jv1V2ZUqjKGAP2SeEaod9caS32ol7AMeoFiDRQ5R"
    "7WBC2JM4KKoCX9iKNehJYk0gUxHRUY0gWFyCKM0CYlBbZRbJ9caLOiGpYReMbjQVXWvFYh"
    "EUFMjBsOLfQvqLBO0KiUmKK5ZE8frCS+zGzPu21PrcR1J9szOq8yMlll7Fwl4DuM9sYnxs"
    "ktuwDOZAktAeCx3007l9qd0IY2mgimU3z0nY4Gs07yZFACqNdBP3zO1/BhqMBMFakDa0wd"
    "WCnB3gttSKPXb4Iecsj1tE3BKlZ94DUnhaScJQSaPzHAm4GOXBWvln+xe0BWVyS7MO7LQZ"
    "aN/1RJ41UXwBdorYGsKMg1HLCS18DUZSztLPEo2QAZtN1PyTJWNT5X5PRrwCGxC7KjAbJC"
    "gnLIWBsJkdevSF6/fyMDMpMKI0JcELBqQJqyglU2amFYhkOcy69ijx/3qD0lIc7OU7mVaE"
    "aiSvJYbhJV+kRBG+JTlZPiyt5JMQxJ8sB4q5td6Oi2lL/uFAj8ivVRI28fn7ptaCjW2nT+"
    "il9BZfwsOjfD2f1wPJh+vZtJd9PJVQ/Ee5wb4Tb3s/41jboIN8OwPNGwjf7gdogPnsoKlp"
    "V69LQI5fE0m/J4mqA8ksF61XRVkdMYvbnMkbio4I0w8EYIeOx7T1RK7D9V7T8E5/33oJi0"
    "2IfY96FgkZRIQn6WIUgICvT3jvbYYLlf5r24uBgJ9pEQzKzsk1E7OTqCmfUjjrpgZjWISi"
    "CcW0epixWvrRRTNRlqY8XKObVsCcvCPrIYWMg9GKYp6YMngKp0lA5VSqpPuEnp9W6ekxTi"
    "FqJYGOeOxRbmpzHgK6v9czz8gmGFr3Ojf3d385WaNvHE19deYpph/+orSYMlq+u5MZxOJ9"
    "Me2CT5Fslm9hynI3wIleiqZKJoe2ktUUmRwro5SkpSN/UOJpI/ZMmRzozBSwrWF0Z9UtHA"
    "lh2IJyIbRWRjbVC305Ii7Gc/4qgXsZ+JGDFeY8SOyqmsxAQpohbKilpgodXvisSZGHCG8D"
    "8Vx+E0YTrvHYWTXjDgMNOb8fJZtjQfrqQFLnS7m2uIM16kF79l4ZiFQIBED8gGCMV1/Qw0"
    "xyaFiV0INBt4Xm3wqjnLaJjBM1x3gcf3AMgCBnLSYhQqe06RwgXEAy/qFjTKoJjKqcgmdh"
    "/CoWjcGbT6esc+BYV+VEyGwJgcF3jXTx8ia1SK7yqPTboVEjxSBh5pQ5KOtGjK739oP2aY"
    "fEMBPjRO/sjlp8JjkH7yDA9R7skzaFhJHapQ8gtRg6p5ZzlRg6rCpNyqZpu6vGYvZBGT48"
    "CjW8PBmcKTinITK36RhVF1lYAGxUJ1IOFdD4PZaDKm9Xf8XkitHT+kaxPGdTX8PLyZ3N0O"
    "xzNSXucF6sgkK/3cuJsOP48IZcK04Ivm0y2OToMI/9DESGarPjExDj6X2sn6SEdM0dobAR"
    "5CI6qe1k+aIy0svPAsWSCOSvGH8+n5eaHMA+c5mQfO41Br9ua1E1DnKvFRQaHIMyjygqmQ"
    "PePb6bMWTIUfcdSLMBWOnC60aSNdibHuGPlCGwrsIQlDCxjoQppHuBb7/nEr4cLv7TqbFQ"
    "rtibio90cp5hbnZGrGHEnWi6YcCtS91wtHs6lKk/i15twFyXtSTOLh2908kzhRvIIsQJXY"
    "xB0or4RBvJkG8XZZEdk/4c41PiI+XPYAnuVLdzE38N83fe9v/CpzA+uBlw+D34azHlhozs"
    "JVnqFDWw37tBGUm2ErFJ6LCj0XrqWzYOs3589Gdf6uSNpG3CoTW3ovPVMTeoZMZu64HBcz"
    "ufZQPy9bMsvsDolw4FqowQgrDILZ6LfTNCQMgj/iqBcxCIrUP+VqJiFNBGuJjJiGRISRNd"
    "/IGujgB1pYZ3437YR0p3k1NKHSbaui8srRk1MJU+MRTI0Wcs1OmpGR3ujmmhdJE5F1iXM7"
    "4nHNUw0q5VIBrTaPJZjDquWOJShUeaHUCVVejHqBUc9S5RMaUpETZ0C6WMHVAlr2UjMPPH"
    "z6PJVb2p84giYR95FOonwrG+sZIv+Wq1c160SRo1bRnyXFTuHBj7TIzMOr0YaIvTl6PyKL"
    "DgEJTifLFhbwNbHN6Pi3PBn/prPEfz0tN9el0MCkKsj4upSA+nu+bkETo6TpFkHGlBzdgj"
    "QpmkDCADd/DAAG1cGQQotkZvh8Cwbe3xZYySokNSRlQBJqAIwY/osmgSBJH/Cyg1wLq53g"
    "jQwC9lQXN/bV0bRqlzU8MJVvEaRMeVnhUcTYb68s8QoqWBjN057MFyilJ7rJKSAYkuHCNV"
    "q1HkU/hwTAmfkag+b15b6sEtuSszVuFhKGCRuW4XHCFiksepFdV/QiUVb0Gf+udIB3c7MC"
    "2TpL+n1TGFfdDt4fewDLzY3fh7cPPfAnXLnxfbQI9kXCa7ODaxOhtcHeK2Wz49KneEKQw3"
    "lefmXXDWpp63MBsFPXaR6griRu/MghLc3UZQ/0XTcktw+X2Gomy6LgteaPmVn+cbiFdTJo"
    "lIKNcSS4MR417qaTz6P70WRMU0aEe5ob04exd9lyDe/K/Wxydze8IrklkGlCleSWuJ9NJ1"
    "6hDdy1YyGv1IYortFwr1HtuSWEC4kzZ4JwIf2Io16EDdqcxOutPerlcBbTLaLM1Lp9k383"
    "A9K9039PyYFlNJiJgPCD4I587zo8HKKReQP5RUiwM+tnZwZL4D10HO/lEr7UeJNunlc1yG"
    "Mv2V7rI5I3j5l7nUNSYbYHMiP/+q/3k3GGeywj8bqqKQ74L9C1QtVOGrrppsFMoMhXFuN6"
    "YezAQzqIK4tCbcj+AvhSGxiYZ5XuFf7pI22P2B5McvYGU9oegopUbSE2JU0BGByMn01rql"
    "C+y19sYCKEx32J3xss1pT7Qvk8wDUcTQeaQ2qs+KY2qKZVaim171wqjf8IwZtpFm8mGBaG"
    "I0JIhEOPYfluAmHO5G2HKmLOFBUaea3Q2Fo4haGwIkNhanCzKHtZCNPMspdHLpdzg54045"
    "Os6a6VetaP3M898OukpfToNS186iftoQqocJecwP2kQgBZXcp0xwd1/Eb4tL65s5Rt2tJZ"
    "yg692QML5CyBbEFA4hAch/Qo69ozBDZK0QYqf+bcoO1IqcfgJlARtEmBR+BAXQevS01ZBr"
    "3bAH7T7MzSj4doEpfaUyZvuShr2Z/OzbWAeZTlv52enp19OD05u/h4/v7Dh/OPJxvucvJW"
    "Hon5cnRNeMyRE1VAbM7WMGx3kZ6cOFvDCIlUpWEczxJ5dnJShP55cpLN/yT3YknKmHWLOn"
    "WKWsHmS6VoiNGLHuxSdsHgwJe9+5EzU+FN785C31boG/g8BP27EYCGaiI8sOANMT+R6AdA"
    "NyFFd20HWj8BPNbKMiggLBtUiGY7TLN1ldu5yNPbMkuXSP96rAwbog5XhdlJTU1izL0bEu"
    "FwbleS1IQu+4zBNWEZDnGuspS5B11Wae1i+Y6lzCLb7US/7oXlBVra41py9DQiUl5dtKhg"
    "jXXRglNLa8uiPeJXgJZpaWzZpmNi/EXuVLLU+O+cMruzGTthmfpJO6FD+MLVdEcz7Lfksc"
    "c4h1dC5WlhPBVWEJXnPWKpBr8MB7/RSKigh7kxGd+MxsMeQIauGVDERYmzfjzu+AVKeHe1"
    "GdMYxsT42x/KV2cfZYVtZ9gIiG2h9G1Bl21HosvkXiSaFPESrN4N+yBaYuVOoXYmmTOCL5"
    "W97vHl3BA8bp5HvUj4pyhZIUpWHJuBtLNkRTOjP9sCd5IUdyBGRQlxrQSo3vjYVkLkyPaz"
    "pGvG84EwEe7CDPfFK04Wcp1Dp9KU9MErQHVHWrcGJCYmUSiHm5pmFAywnBhwhvA/Baq9+/"
    "20UgVPR5ORakWXpQy6VbBk5VOuJLJKFuRdfaGcWyoALNkImL4kpTb+L5JK29u2e5S464cH"
    "yq6qOeAZQtMml1dAfnQgkfOiBDUshAyY5GFV/bDcIETy2MN4WYI3TO7VwRsWAT/lFockpy"
    "am9N0hCZHB25+wIoSqzhAqx9/qDrVf8HXIj0Ma+k6bFEDll+hJO8YEt3JPMX6+5ApS5wie"
    "9vE3JsHTPg5PW7NNXV5LrCDH5Thgb9TCMROs+KMwZTCWHmeq6PzeCPDHjimfBua/sLSHhp"
    "YiKhJdxEh2+BE6yRxovUBLWqVqFbkE7PQOaiRib660loktKCjZi0s7yQiCgvIjjnoRCgp6"
    "NTalPItuY2EZsX/FDI2C0iMoPdVCejilJ7EAlIBpwULJzfzod0IaXvIimOIXAOOHm5um8q"
    "RagndkSoZqmh0I1HDbE0ffewQsDf/Eg4kuvkl6RPviFanMovB7IHVL++IVKVGEoVRmkIZ7"
    "krRVatAgOz8o+FYVrxFH0LK71ygI2S62AKOdbjaJDFHhPE2+0F9sQMTAm7vxdRf8eje8Jh"
    "yeL3Bx1wWyA1Ykp9I7cKtd/vQzkAF9JJBN2XKAjbyMgSQwjqYdD7x9wH7WTEr9Wazxop6W"
    "x6neh5ecd1D4C8v2F+KHOKT2K4UsgXeeyT8qx6H/sPxC02QUUpZwzZCtdYbF35eI25/X/p"
    "GtZQDn2Z/9eNaNzQvjeDka96df011Zlynxr5dfZ8O+qHAizJLHLjLeLEZqiaY0FjJUYjSS"
    "QxGcWgvaiELMpzYOwE4rUXT+FaCjlUEx85X2nFPwRqsvcA7eWhMKnIQNQNtThQX/p4PwUd"
    "PviWTFhitZ03/28l2TpGSEqW4v0asBEJ4mXVIb24IqSaK9hGoXuDb+g9xJOfZW+SRxxm3A"
    "SpV3xqWjy3K43QhweKo9PS9Ci8OtcjI8JohxFtIztIfdmacC2SZj3Zl8GQ+nPUDN+HOjf3"
    "U7GveArK40Y27cDgkvogc8++Dc+DwafiF/v2jwFTYk95SX1JGsXyzfQVRKVLWMwSyKVfGv"
    "bBRhvsBvpoZ722PUo5IcjnpLRjlFpUwOs3e2VaXFmlGtTAgK0sv3RmvrrQU1h/qSqYMzMz"
    "UO0MKbAWwpenj6ylACvHwTYRJrITMbpoaoO987n20S2brvd5tEQrSB49SwF0aGOowMQgVu"
    "uAosdLNs6PnVzZ4s5JqshYRDMuKoLo7qlYPq2swxFCERMUWF4nMkxce1Bfd/J6ihT7VA3W"
    "uy95QA6XXQD5+YhrfoJqVtmUKagrSTojoGt7p5SqMFtylMi1BJSc0C1eNjvkKDkDJfYI/m"
    "gVPQaqU5XfAMTQfINpCB3zd4RLoKLaAZ1N9Nc8ClEUXL7Fporw3YI7s52qs3pJK9TOEn5p"
    "FAw1JN1l6b4yH0INujCFBSUqQ2YS/46WLImHKbbCU4gLuGYp80tbSkak9+mvGiOMfluEO7"
    "irLBpo7We5m0YqLCptUmmxY9mTHaC8IywmAQr5tLAw0ZEY1KCZtWvhXG3gZzHqjZ8pcxvh"
    "tTbqMza7fNgH7bJSB7GfTTykVgJ6zhJbBRXmevTESaySCoH5FjMNiUqShiLiD9A6ynykBF"
    "KwwVeMJKPVbWCR3+FVnPOpJV8EYG/gzEN1R5/TPAj7fB6xJStX4NdNlQf+rSRlAl9HliFP"
    "BzzZMqBmnWhBqfvNvY8A98OLCRa+FvLIhf3FzA8+OfwhhxVGPE458qU4nWoD13BOXT87NC"
    "CtpZjoJ2llDQkLLJEFBYOQvJ8GjmKQLzRTbKFwmQE+tLUaQTghzCXX5gdXj13gfs1JWaB6"
    "grScwsmDTZ6PNrdfDObawZi8NCQkeOfUiiSE+VJgdv7pWgF19tOmonrDs148hXGlGNp3jV"
    "mI4Gs05i3paA6w9arGeL6ZHMDa5xg5TUCnnBrW6uycE1JKwQFK2PNzEgeMa6+xK/HFHZEf"
    "6bFN3xStR5g0obaLQ6HSBdd2mWqVdEYvQVaNvQBopsGMgBC+SQ+nfPEKv+STtDxc8qmcbw"
    "o5TCO6hmWDfHUIBHkuW47zfn0ExQgR+3kRXv2jd5Q9QD5U9Xs/ZSm2KiQm9qut6UOJUeZ6"
    "cPXGUpO33Ii5a904fzuJZdRA5GUyuLWnLNs8OLWnKbLfb9SYEd9v1J5gZLbsX210zD8O54"
    "wTbYhjtfhpc98AoXc+PLZPobiQYkfj4SHTiYTsY9oFieP+H4kYEYZcdNSVZdbDC20jVS1q"
    "gvm2DGOCiXD6Obq9H4ugeCHubG1fDuZvKVXvRoYfTq9GE8ptewumfQK/ezyd3d8KpHsqGZ"
    "JlTnxqf+6IZceJQ1nfx9NbzB263XEdZ2g/dryADvQ7pNSnLAS6ybdLvTFVbgIzuWU6zzpD"
    "msH9n1aNYDWG5ujG7718MeoLnb8ecxGeB18BP+ZvAHghS8Fj5qXuD38T8RC+LDgeYgi0mj"
    "jko1eTva1392clqEtkuaZYNNb0bhXlh4mjPlYttK1Dj5A7t3S20YFkKOpGLNWWGe2AlJDt"
    "b9GhCnpwpoHbTWx/uoEXmiyLOu9v2H2aQHiOTcuJtOBt76TozJzVndPeojiSCSjRTVOfv8"
    "kxDk4DOo/fjjyJazD/gJQQE+O/hQxqqJ9CJbGsEjRcvLwT9FlocK13WPgYmsFJN3ph8haL"
    "6XE6FhUJftRFjiKeksJWUJlWfJlB2mI2SqcI1ryv+0+GATwY44WZDLMqezxKtylCXRvzhp"
    "yRS3MUiqm5VMLWOlDslwsEnWwOGk4bZJiH+9n4wzKOCBQNz7qCkO+C+tBlYZzltfCjmPOp"
    "phvyXPO4Y7hQCUv0HG98Ju1O9COohvkAqy0k4mmavJpn19y8e7lqweK7jCCru0WjDAGZGp"
    "D9Lzd6ctAVXV7GfpiQXSkER9gH5sCZxLxJYaIWjPg+5RdU4EX2d7hYslQs+SDRULpoC9U+"
    "lLdsCFdfsItg+PTlr4JBcI8DfZK0hp61oWKcLpp99iDCVIlxbJIY7Ng2wYjGXvfiJ6LBtq"
    "vliQogwrz6MeYJRXhjX4YplL5iQExbYUXUVD9FlGaJOSAtsotk+aI5kWetFU5rTcKaIC3R"
    "i6JCssK6whGYGnCCKuEM4jFzjgZormBGYfIyN/M3E9JCH/NmtZxrmgBHyH0d74xDh5ICqA"
    "c3ijLwHoa825C/XGJ9Aph6MCSItkA+UkG0icwcqYtkE/nE7Y0LGzwEzdKq0lQMt3TZSEfs"
    "+ckDNGbk1xn1/6cp9+m0I9K30dY+rTtiwPsdiObVGR/SEK1S/hBaQqY69nsp2aYoVe7+ZF"
    "XRP/QfXlQnfkQO16sW+QMRmqSGlyYEqT7MCJDGdTxUESx8tqUgE3gE7oVHCLhfnWi3QHt3"
    "RhMOSF41F+fxg+kKBcTzo1kPdhMBje3/eA7Sok41EykDcZ6kucAZOHGX5Nj7xKorj797+Q"
    "Nool20v/PY/uEjchXsDSdN9suvlWoj6qUlvIuJkh09kr0nFipX/f51vZc2U6f1ckgS1ulT"
    "lv6b2YQ8eykLVPiHpCkAfmTN08JQ9EJdXUkD3Vo1I84F5DombyvgmMs3nnW4mDiOcNw7lu"
    "hrmpy+sFQkxUvLAMF+THGsKE8CptySRikCm2IirVjAAL8lhuAiwQfUOmMQmJiAEpfUB8lr"
    "XHrt4nKDckycO+W/d558j1KRqGPsflKRqNdCWRjezBuUeJx228jbKtjO1aLZbtpO4WIWzT"
    "5CN7DXpUsoRBb9ga1pJBTuFnJ0f5UTM0YrzdY5hjomKcmzzOIvyCtzVchF80iNEqmD9HYf"
    "5Q0ltGJhMWagvhBga8jJatXsfhtkB51UnjtpDr3VxuC25RPbeFibIi6gaIugHVWThOihQO"
    "wK1ysgcnSgfYuvvEgm/QnrvCR+VThExo2ciQ9ZT9BCEdykYmh2QjFkN5geWqmsabK/UuDZ"
    "eTyU3kBHw5ipucH24vh3heU+RxI83b3dtuWhJ6STm2JaGN8jbqWdpoQmcqcqwPxwkdeLJn"
    "i6tq2mQoxO4nSlAJ+g+v8PgRlAciVDzQtJUgreBqcfC3RrS/W9oRTzBVrUf7iGVo01s883"
    "VqKTSCZVfqc3ytHq5kTRc1+pqla3uDkgA6h7MaCHCobZ+eF1EIcascSl9CJbRQVi7q3UEj"
    "gWyNRHjXtx6zhIxMvoxJfT70apDyfP2r29G4B2R1pRlz4+Ge3Nr0evQAjxYW61ttFnGWQb"
    "kdEh26BzzpuTEafx7NSLyNZrxoTlPibfyX2UOVi0oK93FzNLekwi7MNNkfWDsV9iJmGnqw"
    "ZDvGhUREZqnYUkn2UEY4QyLCA5/rgQ+UlAN974EHs50TdKfzPfR5Rtzug/79oH817CTmaw"
    "mQ8k1nCH2h6YhmGzyrtCxQ0FNsCsFgZFsTyA8SHnrOrQZkkFm99GEZ4Une6Uk+tmGmQeBW"
    "YpZRNZsEqEqs0zguJ8qFFQmqMWXbfkV4V1rKNlPNwYQgl2bHSmpXC7Njg8yO+CCkvaQMSC"
    "4taCtUIykoWOcFJ0gYm1pkbBKcIN5GvVROkGxqWJ98hmlJHFhICn1Tm5FuWjgNCjE56kyG"
    "2hKTTVRtwCrx4vBkqFd+N5yidDQGXhvBIudXVaqbZ9ZGpGyaYp/6fcvBaUT74hStoPaDT+"
    "1aamY5oBXm6LURNKwwvmjKodPr3uuFU4w2CaYP4HoWi5ZsJTohOuXh3xwTKbYtcB3ouQqd"
    "MyzkpiF8KxvrGSL/FnQyXpOOWmcmz3Ey0t8lxbx3m19pkXmHDx1p/G1k0UF4hustwr6Hcj"
    "NC/s2Q89JZ4oZPy41ImFCc6tjE16V44vbvuT7JPrQ0hTwh4ZX073Tz/JLytk1jHJMi2/2B"
    "2e5f8Azzl8+iDoWQiHAlFHMlkI+KAWG/OYfoVhKNjZ/opGacz84tGhKpP7focZhdpWURZb"
    "Aelk+w+f7/5JHwwg=="
)
