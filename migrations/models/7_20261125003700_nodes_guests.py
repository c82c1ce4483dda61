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
    "sqlite": """
DROP TABLE IF EXISTS "nodes";
        DROP TABLE IF EXISTS "ip_leases";
        DROP TABLE IF EXISTS "guests";
        DROP TABLE IF EXISTS "node_tasks";
""",
    "postgres": """
DROP TABLE IF EXISTS "node_tasks";
        DROP TABLE IF EXISTS "ip_leases";
        DROP TABLE IF EXISTS "nodes";
        DROP TABLE IF EXISTS "guests";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXVtz2zYW/isYvWwy4824suNk3Z2dUWwl0daWXEl2uo07HFiEJawpkOVFtqab/74ASI"
    "p3ipRIiqTx0sYADkh9BwTOHX91lqqMFONdT8NT9QmRzjn4q0PgEtF/RPqOQAdqmtfDGkz4"
    "oPDBUMOSyYbxZvhgmDqcmbTnESoGok0yMmY61kyssqcQS1FYozqjAzGZe00WwX9aiM41R+"
    "YC6bTj+x+0GRMZvSDD/VN7kh4xUuTAC2OZPZu3S+Za4223t4PLz3wke9yDNFMVa0m80dra"
    "XKhkM9yysPyO0bC+OSJIhyaSfT+DvaXzm90m+41pg6lbaPOqstcgo0doKQyMzj8fLTJjGA"
    "D+JPaf0385r+YbJknD0VSa9KeS1MmB3UwlDHdMTAbUXz/seT1AeGuHPeDia2/85uTsLYdA"
    "Ncy5zjs5XJ0fnBCa0CbloHso8/9HcL5YQD0eZ3d8CGn6ortg7DZ4IHsLzIXPBagESDtL+C"
    "IpiMzNBf3zp+PjFIzvemMOMx3FcVbpF2F/LEOnq2v3Mbw9fPlXJC2gsciDcpCqGKy3r+fK"
    "kD47zQD02WkizqwrCLOmo0f8kgdij6KNS/ksy0o+S17IZ2GAZzpiYEjQjIJ8SXtMvETxQA"
    "cpQ2DLDuk79x9NhJ7+QHlElLXzTaVAPx1c9yfT3vUNe9zSMP5UOH69aZ/1dHnrOtT6Jsym"
    "zSTg22D6FbA/we+jYT+8+2/GTX/vsHeClqlKRH2WoOz7/N1WF7UA19GLhulsO3A9SFkA15"
    "3XrQvTG8JkF5NULivQMCXL2OnrDtMKTteZ05RRupRPsPaRFCld15epW4Rppq88PsXK0gyq"
    "KLSfVR3hOfkFrTnAA/oekMzihGhHRbt1pmkmpF6r9ynr8Hmj4PkXFP3t9Bcj0xbVepOL3m"
    "W/wxF+gLOnZ6jLUgBq1qN21VDLZmy0a9ldhlsggXMODvsV7J1dxdiSsTlGM1UPqqEx3Uep"
    "qjMbKCnqvF6a8yc8HxAzh+7MGBhahA4366tkzNkr/P0f3e7JyYfu8cnZx/enHz68/3j8kY"
    "7l7xvt+pCyE3wafBkMp8HdmjWka9T5z9AqJeNK+dFewfhgB+l24ahKDu9jkwqCmdcO5afZ"
    "SYGvmZRZtoHEtijlW7F+mlKXbENEvwCeCC7zwumRiA0gZL1T/4tmZk48g1QC0gCkkPsl8u"
    "yoHkUbDaLdj1ksot2PySZR1hfaA6BOhfNcdv0NRXUYd8pySAUR7r5/nwFhOioRYd4XRJiq"
    "yqZlRBFOVGU8gu3qTBMWsa3RdH86/XD68eTsdKPIbFrS9BdXV/FZ8RWMCN0xtTyLNkAkZK"
    "14WStiFjqMFaNPVndQxw7uESuGv/sozYqByEpaOSOzxQB0esAlAOojgATQObCukiVdPD8D"
    "bBq0X7EQwAYwEFSQDJ6xuQDmgjY5NjHwhNZHtHemIxOoOiCq+a4TYmmZz4mxuXzv+KZnYy"
    "hp5w8Rw1CnGAbGkhz7mTNcSDnZpBz7I5L4RxWFeYpeko7iEF0r8E4zYfV/mwasVy6qb657"
    "v70NWLCuRsMv7nAfFy6uRp8i4LM9Ksacq6oKgiQJeZcohPkDpSoL9E1Ltah/Go2uAqh/Go"
    "Rhvb3+1KernrOADsJmwJDrc3Z7G31OTTRKKVxl6a6y0KG6p8esH5ytmQBvdZxFV1md/Gd+"
    "HsRLnn4WpUqe7sASgk+/u1YjNjV/RSHL1UqWE/GoJToBZGxoClxLeUEO07XOeFWOeZDBE4"
    "tyn1jLyNEWNBQ6tBUiTTdG2drYgHNg3rkZjy5vL6aD0fAceLPck8m092Uw/HIO6I+cU2bc"
    "k8v+Xf9qdHPdH07PgYxWSFE1ttPfk5tx/27Q/8YmQCuMnsNq/2GiXv0/NMLJZNUnRNaCz6"
    "VqvYdiqcbEUqUYKV2C9hkoi1/Wc2xKDzrdeHIlJQSp2odzKR4MbGxeOwJ1qhIfJBSKfA5F"
    "XuQqJK/4FodkafKOXA9SCq7XhesxIe3O29cmdKRunC7FWOczmexpqLvxZmomsFuNdMGVld"
    "dA52EecL6GxAaH9PMvY6TABCUj3uHbEtB/lGnI/KKrltaJMWHaHUdpxss5GyJy5oWNskQb"
    "ZavzuFMNLikGytYZXCpQTYWalIx+MwVmoSa9Rq4nqUk5QhKj+tQSLR+QbiywtqcE6oj813"
    "y+5pkIyxJBfdKljXQU5WtI1lOV/TejdrVr4vBBJYoUxYr/LCkkhbs/Umcrj+5GG5v2RvR+"
    "VHXOAhbndx7Iu9twx+myaZxOc0H/mi827ZKPMbF6HG2XIlD/SNctLGTEhkfYHem6BRuSNR"
    "aXgKvfLgAF1aSQIp0Fud5dgwv7bx0soYwAFcEhIPRBgCJG/+LxtCx+lm47qqXPkAHeQMCk"
    "4AfIHgIBRXKFZ+htTFBuBQ+MDedg07HO1ZJykWLvtSzoDioiPOqnPWkrJLk8yirf+2lEpE"
    "cGPYp/DhGAE9Nm3OEiaSbGnbTZSHIsWD9NGxfsSZYFe5K8YE/CC/aJ/q54gLcHy7i0Far9"
    "ysss567boefjOaB09+TX/vXtOfgTLa3wOZoF+yyRSslxSpEoJffslZLDleKXeISwhev8pJ"
    "sB7JNuItqsKwHuuP05A9ix+3QboC4lBK/2ieUNcQ7WME2ildjmS8wVGblZxeGkPPJs8kVi"
    "UnnJ4bgrbFAcGW45RY2b8ehuMBmMhjz61j/TPRnfDu1m3SJ2y2Q6urnpX7IwXVXTkMzCdC"
    "fT8eg/fBid2tTVNR/ZH49H43OAdN2OtTx8JKPNGmmJDAPO86UnRihb4DWqPExXuJBa5kwQ"
    "LqTXyPUskXbM/pZT4PORiBi79Bi7eIto7gC7oTNNMyHdGl3nW1ABl8yYCSyDi2m22DoFQW"
    "PfwLqBdsVmaZ6ofZCYOnfhTpBp2i8X8YCFhxyl+cLcQi6SYY8+YMjdIYuPtDAULNlvlFCA"
    "5N+T0TDBqZFQeUTGMxP8DyjYaKJ3IwVmBkW6iB+W5kPHFJsgLOILYe+1CHs54oVKPSuckz"
    "XujPAO3ZSzQZO8Az5L2TJmCcAzQMGh+Bm8qBiPUvibATRVpXxf0PcGD2sescCjMIBFTKwA"
    "bLIiY46BBMlxpcoKnTs1AMJ5hIh2qFe0g8uWHCKCj6SFfp7ijbvCCNW2EyqLEYpvljntEX"
    "4a4XoKfkXCvCPMO3U172wyJyMbQAGYbkJvG/nVb8XUv+fVqV7clTrH5DPEiqXHyvqB/lSB"
    "X2EjpUd7aM2SL8W1S6xPXLskrl1q9rVLNT1RixVSxP2FWQ7Umt5fyEXDmHPUFRmTz08mdW"
    "U2lt3o6stSfQF3fdC7GQBEZE2lWIE3zIDFot5Z5g8EM8UyTKS/BXQvmi3cGvyQcCJ+r1Sc"
    "tazYyWPNZewSJtYpMoPqZysTtV8PVVlBlLIsL0YOaliydCWXBdgjaeHaLqWYRfL9him3cS"
    "Xfb9gGnMu8DcSGLul2iq2XgoTJW4F+1RvLCun4cS2ZSlwoU1pp0SBhhaVFXamlsZVFH+kr"
    "IF3Tcdy1FckbTYisfRkbpWw1zjvHrO7kmB8/TfVhPz4h/MHCiomJ8Y499hByeCnBQA3Mo6"
    "EK4uxphxyai6/9i194Bow7wz0ZDa8Gw/45UImCCRL5MELWD+ebrpBET1cjZ/m6EFn7zofi"
    "1dlHOMt3MmwIxLFQ+LGgQMOU+Da5UxhODHkBXpmafRAN8cLEBIdG3TAi4ip532ux801Egr"
    "eM61nS/pjDJKfL1UciXK7pLlfXHbWny3XqTNNMSLe6XH0LaveK+l79xN2z/rLGijUF6KAU"
    "V2laZCMhMqHxJFHd/2lPmJhTfkrnahNOZQc3cLwSAhxcLNODHCTGvoyRDt8WeLYAnADokP"
    "CKpU7xUvovVrTU3k/oj18gN6UHWjI2wRNCmsGalwA+mojR2Zk9mBKpBEUjH8p+WGriEHvs"
    "fpEQIsiR9VUR5CiC9AvNeeDbea5CqT4KUSvVWbAi7aHKtAfTOer21RjaJX1ENAbvO61TkK"
    "Z7/1mMGOO7Gi1ZinEqU5aQ5CAiIw9/MInIyMNERoZut88KcpiuBf7SSqI6RBzqQXzT4kr1"
    "MgMvnBeWdtDQYkhFcnoorIU+QmHVvvQV0qVlrFaRGvIYP4G4VV3cqv6K3X/C6fsauZ7F6a"
    "s+k9yJtn4acX6FDI3CiS6c6OVCur8TPbIBFIBpxlzwen70WyH1b3kBTOkLgOHt1VW2yATf"
    "vSh7+pX73kwtWsmBlYnpTzT3DVNwjK0DPldbkUq8WLbM63sbg1QFZn5neSUb+731t9XkL/"
    "nWfab7X/l4zlz6T1MFEDgzsWqjaAmx8jOPJuCpmCxawFjQ7QyodDs/YjfB6EgGC2gskHwE"
    "LIP+wXpiL34t70kFF2MSfomi/RKcu3lsihuCFnomuu+zuCboqJS89ohzQleVBKfE9nw7l7"
    "bOWHdG34b98TngotQ96V1eD4bnAMpLTO7JdZ/Zps6BfZLdk7tB/xv7e4XRM6pJxp2dys72"
    "rzzfQZBK3Aaw1UknrI/J0DfTDpXF+oheNExn24HrQcoWcr0hXI6xNkbZbMu2svSwzmkkix"
    "AKw2OtLsBt0Eezu/lR8yK39rSW+WLAmgnsVotZcGVtt0N6H7gwRm6BNrIX5rZIVmAScexI"
    "ySYRz9C03STiM3DVp+KzMDIUbWQQKnDNVWChmyVD317dbK6rlpb3AhYfjRDVhaheOqgHKx"
    "jfmiUqFJ+DKD7V1uKv52rdvxR/5LwqANIv7jztxNR/RNcpdS4p/X976n/2rP99lMTvVNQz"
    "VEufIXvBMFzdBhtNVmHRyazLrE2+lrz6vRKQj1KUR5cXmR1zzviyFMY2+eTsBR0LbrZisN"
    "Ui3aEjLeSyPLN2/utt/7Z/eQ5s6nsyvh0OeV1Y3SKEl4Wd3F5c9CeTc2BYsxkyjHvyuTe4"
    "YjTsUjJGM5mObm5Yg2GqmsZamAI2up3S16SKrWqZ9+Ri3Jt8ZWNmOg+GqYduryG6gcVVu0"
    "7cmXwU1ZVIOK719uSPyUsozJu8Ix2mIu+vu3wrO+5M73/qZli2dFTiuuV9QaR5UeZdCiFH"
    "CNuQ/lh1sqkN4iw2US8lOixA1Qbcgwv9JMs6P0le5ieRVU5FTPa+EYyT6yB7FHsVQq4Zzi"
    "m4llLxmCX+P6hqTCWWlCrfPpo6+yN2Dn8s4VofukvrUFrBuDD25DUepBIFvwtf/ip/w1w8"
    "8ZEIhhTOEOdeJftGpRi+bL2RyUfZhnO3anknYvvJeihECNuAfgVSj9+wlhvrPa58qzXSpR"
    "TscQwUOSwAPgpRJLHxlTTE1eWFhEsYJtR3Y3qQUtyMUudI9kdMMDPe7sDmEKngc535LMri"
    "tG0Pj2F7JKPePX5z56lECEVkUWpkkYdXFGURAxOI14gsrT0KkfAKhOJ6i8rrRfDKQ3GxLU"
    "5FopTYFjpCJEC0PAFCVH/2LBzHx1ksHMfHyRYO1hcynirWPA++7niRth/CNhoipCHdUAmM"
    "qRGSWq7VTyaKtIoira9YLxFFWl8j15O00YjOlFWsL0CibyD3E6X5mMSrYgrltRWkQooJMn"
    "1GVBLMqxkm58wH8UzXEsvLlveuDrKru4m7g2qlPYoafaJGX2BNu6mFRZUouJ2wrs2sB09Z"
    "YJklVsxJlT0vxdo9Dmo3liw3m3gepoRrQwyGd4MpyyBxSsHUgx1uXZr8ykmQUjhE66OLRF"
    "VQYXhI/sCaqYJmMTyIey1EtYpaoZniUxa3hGRxJ+e6JUQUqSiiSMVh6ilw0GNsCi4zkq0J"
    "7AcJn3PLrQaMyXn9zn4a4Rvd6hs9tGGmRuCWYpYR9zpXmSaiQcN4VumplPcqhAhhK82OJe"
    "TGCrNjrcyOVBDCq7z3EntEFYa5uPu8iHIRxqYGGZtElEvbuF5olAvUsMSvVdozSKGn4Smb"
    "poHLIFMkh6LOMZFYZTJL3zcs6IrN9dmeqq14MeFDlqoOEmqIsStUhIIE7qncG6fM97M2Ea"
    "3QLRYLrFV8VWsTQdvUct0jCC1bYlIj0fHFee2/nnJF6zUFrj1N6qFy0jEIX0Oynqrsvxm9"
    "H1nrSdfLfpfi/eC/Swq5FTa/Umfrjh6ocYGlqs6Z8ITWHsKO62TDIafT51UxF3TgfLEh8U"
    "c6xnpcaLsUrpH8I9VZ0kM6ni06Me4Sp+cozWECvTG18ZiIwtJ7FpZe0RXmbJ9ZLZ0+EmHj"
    "zGbjZB9VDoSd4S1Et5TER/pEM7a4c3IZPx9J9WX8DhNyUljBvhxmjeI9/z/+D3ztu7w="
)
