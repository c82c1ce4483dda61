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
    "node_id" CHAR(36) NOT NULL UNIQUE REFERENCES "nodes" ("id") ON DELETE RESTRICT
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
    "node_id" UUID NOT NULL UNIQUE REFERENCES "nodes" ("id") ON DELETE RESTRICT
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
DROP TABLE IF EXISTS "certificates";
        DROP TABLE IF EXISTS "edges";
        DROP TABLE IF EXISTS "acme_accounts";
        DROP TABLE IF EXISTS "routes";
        DROP TABLE IF EXISTS "domains";
""",
    "postgres": """
DROP TABLE IF EXISTS "certificates";
        DROP TABLE IF EXISTS "domains";
        DROP TABLE IF EXISTS "edges";
        DROP TABLE IF EXISTS "routes";
        DROP TABLE IF EXISTS "acme_accounts";
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
    "8Vx+E0YTqXEIVTou3NePksW5qPV9IEF7rdzbXEGS/Si9+ycNBCIEDCB2QDhAK7fgaaY5PK"
    "xC4Emg08tzZ41ZxlNM7gGa67wCN8AGQBAzlpQQqVPadI5QLigheFCxplUUwlVWQzuw8hUT"
    "TuEFp9wWOfg0I/KiZLYEyOC7zr5w+RNSrFeZVHJ90KCSIpA5G0IVlHWjTl9z+1HzNOvqEA"
    "Hxoof+T6U+ExSD95hoco9+QZNKykEFUo+4UoQtW8s5woQlVhVm5Vs01dXrNXsojJceDSre"
    "HgTOFJRbmJJb/Iwqi6SsCDYuE6kPiuh8FsNBnTAjx+L6TYjh/TtYnjuhp+Ht5M7m6H4xmp"
    "r/MCdWSSlX5u3E2Hn0eEM2Fa8EXz+RZH50GEf2hiJLNVn5gYB59L7Wx9pCOmcO2NAA+xEV"
    "VP6yfNkRYWXniWLBBHpfjD+fT8vFDqgfOc1APncag1e/PaCahzlfiooFDkGRR5QVXInvHt"
    "dFoLqsKPOOpFqApHzhfatJGuxFh3jIShDQX2kIyhBQx0Ic0jXIx9/8CVcOX3dp3NCsX2RF"
    "zU+6MUc4tzMjVjjiTrRVMOBere64Wj2VSlSfxac+6C7D0pJvHw7W6eSZwoXkEaoEps4g6U"
    "V8Ig3kyDeLusiOyfcOcaHxEfLnsAz/Klu5gb+O+bvvc3fpW5gfXAy4fBb8NZDyw0Z+Eqz9"
    "ChrYZ92gjKzbAVCs9FhZ4L19JZsPWb82ejOn9XJG8jbpWJLb2XnqoJPUMmM3dcjouZXHus"
    "n5cumWV2h0Q4cC3UYIQVBsFs9NtpGhIGwR9x1IsYBEXun3I1k5AmgrVERkxDIsLImm9kDX"
    "TwAy2sM7+bdkK607wamlDptlVReuXo2amEqfEIpkYLuWYnzchIb3RzzYukiUi7xLkd8bjm"
    "qQbVcqmAVpvHEsxh1XLHEhSqvFDqhCovRr3AqGep8gkNqciJMyBdrOBqAS17qZkHHj59ns"
    "ot7U8cQZOI+0gnUb6VjfUMkX/L1auadaLIUavoz5Jip/DgR1pk5uHVaEPE3hy9H5FFh4AE"
    "p5NlCwv4mthmdPxbnox/01niv56Wm+tSaGBSFWR8XUpA/T1ft6CZUdJ0iyBlSo5uQZoUTS"
    "BhgJs/BgCD6mBIoUUyM3y+BQPvbwusZBWSIpIyIBk1AEYM/0WTQJCkD3jZQa6F1U7wRgYB"
    "e6qLG/vqaFq5yxoemMq3CHKmvKzwKGLst1eWeAUVLIzmaU/mC5TSM93kVBAMyXDhGq1aj6"
    "KfQwLgzISNQfP6kl9WiW3J6Ro3CwnDhA3L8Dhhi1QWvcguLHqRqCv6jH9XOsC7uVmBbJ01"
    "/b4pjKtuB++PPYDl5sbvw9uHHvgTrtz4PloE+yLhtdnBtYnQ2mDvlbLZcelTPCHI4Twvv7"
    "TrBrW09bkA2KnrNA9QVxI3fuSQlmbqsgf6rhuS24dLbDWTZVHwWvPHzCz/ONzCQhk0SsHG"
    "OBLcGI8ad9PJ59H9aDKmKSPCPc2N6cPYu2y5hnflfja5uxtekdwSyDShSnJL3M+mE6/SBu"
    "7asZBXa0NU12i416j23BLChcSZM0G4kH7EUS/CBm1O5vXWHvVyOIvpFlFmat2+2b+bAWnZ"
    "+b9FQDijUzP8vevwcIhG5g3kFyHBzqyfnRksgffQcbyXS/hS4026eV7VII+9ZHutj0jePG"
    "budQ5JhdkeyIz867/eT8YZ7rGMxOuqpjjgv0DXCpU7aeimmwYzgSJfWYzrhbEDD+kgriwK"
    "tSH7C+BLbWBgnlW6V/inj7Q9YnswydkbTGl7CCpStYXYlDQFYHAwfjatqUL5Ln+xgYkQHv"
    "clfm+wWFPuC+XzANdwNB1oDqmx4pvaoJpWqaXUvnOpNP4jBG+mWbyZYFgYjgghEQ49huW7"
    "CYQ5k7cdqog5U5Ro5LVEY2vhFIbCigyFqcHNou5lIUwz614euVzODXrSjE+yprtW6lk/cj"
    "/3wK+TltKj17TwqZ+0hyqgwl1yAveTCgFkdSnTHR/U8Rvh0/rmzlK2aUtnKTv0Zg8skLME"
    "sgUBiUNwHNKjrGvPENgoRRuo/Jlzg7YjpR6Dm0BF0CYFHoEDdR28LjVlGfRuA/hNszNLPx"
    "6iSVxqT5m85aKsZX86N9cC5lGW/3Z6enb24fTk7OLj+fsPH84/nmy4y8lbeSTmy9E14TFH"
    "TlQBsTlbw7DdRXpy4mwNIyRSlYZxPEvk2clJEfrnyUk2/5PciyUpY9Yt6tQpagWbL5WiIU"
    "YverBL2QWDA1/27kfOTIU3vTsLfVuhb+DzEPTvRgAaqonwwII3xPxEoh8A3YQU3bUdaP0E"
    "8Fgry6CAsGxQIZrtMM3WVW7nIk9vyyxdIv3rsTJsiDpcFWYnNTWJMfduSITDuV1JUhO67D"
    "MG14RlOMS5ylLmHnRZpbWL5TuWMotstxP9uheWF2hpj2vJ0dOISHl10aKCNdZFC04trS2L"
    "9ohfAVqmpbFlm46J8Re5U8lS479zyuzOZuyEZeon7YQO4QtX0x3NsN+Sxx7jHF4JlaeF8V"
    "RYQVSe94ilGvwyHPxGI6GCHubGZHwzGg97ABm6ZkARFyXO+vG44xco4d3VZkxjGBPjb38o"
    "X519lBW2nWEjILaF0rcFXbYdiS6Te5FoUsRLsHo37INoiZU7hdqZZM4IvlT2useXc0PwuH"
    "ke9SLhn6JkhShZcWwG0s6SFc2M/mwL3ElS3IEYFSXEtRKgeuNjWwmRI9vPkq4ZzwfCRLgL"
    "M9wXrzhZyHUOnUpT0gevANUdad0akJiYRKEcbmqaUTDAcmLAGcL/FKj27vfTShU8HU1Gqh"
    "VdljLoVsGSlU+5ksgqWZB39YVybqkAsGQjYPqSlNr4v0gqbW/b7lHirh8eKLuq5oBnCE2b"
    "XF4B+dGBRM6LEtSwEDJgkodV9cNygxDJYw/jZQneMLlXB29YBPyUWxySnJqY0neHJEQGb3"
    "/CihCqOkOoHH+rO9R+wdchPw5p6DttUgCVX6In7RgT3Mo9xfj5kitInSN42sffmARP+zg8"
    "bc02dXktsYIcl+OAvVELx0yw4o/ClMFYepypovN7I8AfO6Z8Gpj/wtIeGlqKqEh0ESPZ4U"
    "foJHOg9QItaZWqVeQSsNM7qJGIvbnSWia2oKBkLy7tJCMICsqPOOpFKCjo1diU8iy6jYVl"
    "xP4VMzQKSo+g9FQL6eGUnsQCUAKmBQslN/Oj3wlpeMmLYIpfAIwfbm6aypNqCd6RKRmqaX"
    "YgUMNtTxx97xGwNPwTDya6+CbpEe2LV6Qyi8LvgdQt7YtXpEQRhlKZQRruSdJWqUGD7Pyg"
    "4FtVvEYcQcvuXqMgZLvYAox2utkkMkSF8zT5Qn+xAREDb+7G113w693wmnB4vsDFXRfIDl"
    "iRnErvwK12+dPPQAb0kUA2ZcsBNvIyBpLAOJp2PPD2AftZMyn1Z7HGi3paHqd6H15y3kHh"
    "LyzbX4gf4pDarxSyBN55Jv+oHIf+w/ILTZNRSFnCNUO21hkWf18ibn9e+0e2lgGcZ3/241"
    "k3Ni+M4+Vo3J9+TXdlXabEv15+nQ37osKJMEseu8h4sxipJZrSWMhQidFIDkVwai1oIwox"
    "n9o4ADutRNH5V4COVgbFzFfac07BG62+wDl4a00ocBI2AG1PFRb8nw7CR02/J5IVG65kTf"
    "/Zy3dNkpIRprq9RK8GQHiadEltbAuqJIn2Eqpd4Nr4D3In5dhb5ZPEGbcBK1XeGZeOLsvh"
    "diPA4an29LwILQ63ysnwmCDGWUjP0B52Z54KZJuMdWfyZTyc9gA148+N/tXtaNwDsrrSjL"
    "lxOyS8iB7w7INz4/No+IX8/aLBV9iQ3FNeUkeyfrF8B1EpUdUyBrMoVsW/slGE+QK/mRru"
    "bY9Rj0pyOOotGeUUlTI5zN7ZVpUWa0a1MiEoSC/fG62ttxbUHOpLpg7OzNQ4QAtvBrCl6O"
    "HpK0MJ8PJNhEmshcxsmBqi7nzvfLZJZOu+320SCdEGjlPDXhgZ6jAyCBW44Sqw0M2yoedX"
    "N3uykGuyFhIOyYijujiqVw6qazPHUIRExBQVis+RFB/XFtz/naCGPtUCda/J3lMCpNdBP3"
    "xiGt6im5S2ZQppCtJOiuoY3OrmKY0W3KYwLUIlJTULVI+P+QoNQsp8gT2aB05Bq5XmdMEz"
    "NB0g20AGft/gEekqtIBmUH83zQGXRhQts2uhvTZgj+zmaK/ekEr2MoWfmEcCDUs1WXttjo"
    "fQg2yPIkBJSZHahL3gp4shY8ptspXgAO4ain3S1NKSqj35acaL4hyX4w7tKsoGmzpa72XS"
    "iokKm1abbFr0ZMZoLwjLCINBvG4uDTRkRDQqJWxa+VYYexvMeaBmy1/G+G5MuY3OrN02A/"
    "ptl4DsZdBPKxeBnbCGl8BGeZ29MhFpJoOgfkSOwWBTpqKIuYD0D7CeKgMVrTBU4Akr9VhZ"
    "J3T4V2Q960hWwRsZ+DMQ31Dl9c8AP94Gr0tI1fo10GVD/alLG0GV0OeJUcDPNU+qGKRZE2"
    "p88m5jwz/w4cBGroW/sSB+cXMBz49/CmPEUY0Rj3+qTCVag/bcEZRPz88KKWhnOQraWUJB"
    "Q8omQ0Bh5Swkw6OZpwjMF9koXyRATqwvRZFOCHIId/mB1eHVex+wU1dqHqCuJDGzYNJko8"
    "+v1cE7t7FmLA4LCR059iGJIj1Vmhy8uVeCXny16aidsO7UjCNfaUQ1nuJVYzoazDqJeVsC"
    "rj9osZ4tpkcyN7jGDVJSK+QFt7q5JgfXkLBCULQ+3sSA4Bnr7kv8ckRlR/hvUnTHK1HnDS"
    "ptoNHqdIB03aVZpl4RidFXoG1DGyiyYSAHLJBD6t89Q6z6J+0MFT+rZBrDj1IK76CaYd0c"
    "QwEeSZbjvt+cQzNBBX7cRla8a9/kDVEPlD9dzdpLbYqJCr2p6XpT4lR6nJ0+cJWl7PQhL1"
    "r2Th/O41p2ETkYTa0sask1zw4vasltttj3JwV22PcnmRssuRXbXzMNw7vjBdtgG+58GV72"
    "wCtczI0vk+lvJBqQ+PlIdOBgOhn3gGJ5/oTjRwZilB03JVl1scHYStdIWaO+bIIZ46BcPo"
    "xurkbj6x4IepgbV8O7m8lXetGjhdGr04fxmF7D6p5Br9zPJnd3w6seyYZmmlCdG5/6oxty"
    "4VHWdPL31fAGb7deR1jbDd6vIQO8D+k2KckBL7Fu0u1OV1iBj+xYTrHOk+awfmTXo1kPYL"
    "m5MbrtXw97gOZux5/HZIDXwU/4m8EfCFLwWvioeYHfx/9ELIgPB5qDLCaNOirV5O1oX//Z"
    "yWkR2i5plg02vRmFe2Hhac6Ui20rUePkD+zeLbVhWAg5koo1Z4V5YickOVj3a0Ccniqgdd"
    "BaH++jRuSJIs+62vcfZpMeIJJz4246GXjrOzEmN2d196iPJIJINlJU5+zzT0KQg8+g9uOP"
    "I1vOPuAnBAX47OBDGasm0otsaQSPFC0vB/8UWR4qXNc9BiayUkzemX6EoPleToSGQV22E2"
    "GJp6SzlJQlVJ4lU3aYjpCpwjWuKf/T4oNNBDviZEEuy5zOEq/KUZZE/+KkJVPcxiCpblYy"
    "tYyVOiTDwSZZA4eThtsmIf71fjLOoIAHAnHvo6Y44L+0GlhlOG99KeQ86miG/ZY87xjuFA"
    "JQ/gYZ3wu7Ub8L6SC+QSrISjuZZK4mm/b1LR/vWrJ6rOAKK+zSasEAZ0SmPkjP3522BFRV"
    "s5+lJxZIQxL1AfqxJXAuEVtqhKA9D7pH1TkRfJ3tFS6WCD1LNlQsmAL2TqUv2QEX1u0j2D"
    "48Omnhk1wgwN9kryClrWtZpAinn36LMZQgXVokhzg2D7JhMJa9+4nosWyo+WJBijKsPI96"
    "gFFeGdbgi2UumZMQFNtSdBUN0WcZoU1KCmyj2D5pjmRa6EVTmdNyp4gKdGPokqywrLCGZA"
    "SeIoi4QjiPXOCAmymaE5h9jIz8zcT1kIT826xlGeeCEvAdRnvjE+PkgagAzuGNvgSgrzXn"
    "LtQbn0CnHI4KIC2SDZSTbCBxBitj2gb9cDphQ8fOAjN1q7SWAC3fNVES+j1zQs4YuTXFfX"
    "7py336bQr1rPR1jKlP27I8xGI7tkVF9ocoVL+EF5CqjL2eyXZqihV6vZsXdU38B9WXC92R"
    "A7Xrxb5BxmSoIqXJgSlNsgMnMpxNFQdJHC+rSQXcADqhU8EtFuZbL9Id3NKFwZAXjkf5/W"
    "H4QIJyPenUQN6HwWB4f98DtquQjEfJQN5kqC9xBkweZvg1PfIqieLu3/9C2iiWbC/99zy6"
    "S9yEeAFL032z6eZbifqoSm0h42aGTGevSMeJlf59n29lz5Xp/F2RBLa4Vea8pfdiDh3LQt"
    "Y+IeoJQR6YM3XzlDwQlVRTQ/ZUj0rxgHsNiZrJ+yYwzuadbyUOIp43DOe6GeamLq8XCDFR"
    "8cIyXJAfawgTwqu0JZOIQabYiqhUMwIsyGO5CbBA9A2ZxiQkIgak9AHxWdYeu3qfoNyQJA"
    "/7bt3nnSPXp2gY+hyXp2g00pVENrIH5x4lHrfxNsq2MrZrtVi2k7pbhLBNk4/sNehRyRIG"
    "vWFrWEsGOYWfnRzlR83QiPF2j2GOiYpxbvI4i/AL3tZwEX7RIEarYP4chflDSW8ZmUxYqC"
    "2EGxjwMlq2eh2H2wLlVSeN20Kud3O5LbhF9dwWJsqKqBsg6gZUZ+E4KVI4ALfKyR6cKB1g"
    "6+4TC75Be+4KH5VPETKhZSND1lP2E4R0KBuZHJKNWAzlBZarahpvrtS7NFxOJjeRE/DlKG"
    "5yfri9HOJ5TZHHjTRvd2+7aUnoJeXYloQ2ytuoZ2mjCZ2pyLE+HCd04MmeLa6qaZOhELuf"
    "KEEl6D+8wuNHUB6IUPFA01aCtIKrxcHfGtH+bmlHPMFUtR7tI5ahTW/xzNeppdAIll2pz/"
    "G1eriSNV3U6GuWru0NSgLoHM5qIMChtn16XkQhxK1yKH0JldBCWbmodweNBLI1EuFd33rM"
    "EjIy+TIm9fnQq0HK8/WvbkfjHpDVlWbMjYd7cmvT69EDPFpYrG+1WcRZBuV2SHToHvCk58"
    "Zo/Hk0I/E2mvGiOU2Jt/FfZg9VLiop3MfN0dySCrsw02R/YO1U2IuYaejBku0YFxIRmaVi"
    "SyXZQxnhDIkID3yuBz5QUg70vQcezHZO0J3O99DnGXG7D/r3g/7VsJOYryVAyjedIfSFpi"
    "OabfCs0rJAQU+xKQSDkW1NID9IeOg5txqQQWb10odlhCd5pyf52IaZBoFbiVlG1WwSoCqx"
    "TuO4nCgXViSoxpRt+xXhXWkp20w1BxOCXJodK6ldLcyODTI74oOQ9pIyILm0oK1QjaSgYJ"
    "0XnCBhbGqRsUlwgngb9VI5QbKpYX3yGaYlcWAhKfRNbUa6aeE0KMTkqDMZaktMNlG1AavE"
    "i8OToV753XCK0tEYeG0Ei5xfValunlkbkbJpin3q9y0HpxHti1O0gtoPPrVrqZnlgFaYo9"
    "dG0LDC+KIph06ve68XTjHaJJg+gOtZLFqyleiE6JSHf3NMpNi2wHWg5yp0zrCQm4bwrWys"
    "Z4j8W9DJeE06ap2ZPMfJSH+XFPPebX6lReYdPnSk8beRRQfhGa63CPseys0I+TdDzktniR"
    "s+LTciYUJxqmMTX5fiidu/5/ok+9DSFPKEhFfSv9PN80vK2zaNcUyKbPcHZrt/wTPMXz6L"
    "OhRCIsKVUMyVQD4qBoT95hyiW0k0Nn6ik5pxPju3aEik/tyix2F2lZZFlMF6WD7B5vv/A7"
    "Pg8U4="
)
