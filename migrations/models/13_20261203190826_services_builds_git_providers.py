from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "git_providers" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "type" VARCHAR(16) NOT NULL /* GITHUB: github\nGITLAB: gitlab\nBITBUCKET: bitbucket\nGITEA: gitea */,
    "name" VARCHAR(64) NOT NULL,
    "url" VARCHAR(512),
    "sealed_token" TEXT NOT NULL,
    "account" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" CHAR(36) NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_git_provide_team_id_c02297" UNIQUE ("team_id", "name")
);
        CREATE TABLE IF NOT EXISTS "services" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(40) NOT NULL,
    "type" VARCHAR(16) NOT NULL /* WEB: web\nWORKER: worker\nCRON: cron */,
    "status" VARCHAR(16) NOT NULL /* BUILDING: building\nDEPLOYING: deploying\nRUNNING: running\nSTOPPED: stopped\nFAILED: failed\nDELETING: deleting */,
    "status_message" TEXT NOT NULL,
    "source_type" VARCHAR(16) NOT NULL /* GIT: git\nIMAGE: image\nDOCKERFILE: dockerfile */,
    "repository" VARCHAR(1024) NOT NULL,
    "branch" VARCHAR(255) NOT NULL,
    "root_directory" VARCHAR(255) NOT NULL,
    "builder_type" VARCHAR(16) NOT NULL /* AUTO: auto\nPROCFILE: procfile */,
    "build_command" TEXT NOT NULL,
    "start_command" TEXT NOT NULL,
    "sealed_variables" TEXT,
    "port" INT,
    "health_check_path" VARCHAR(255) NOT NULL,
    "schedule" VARCHAR(128) NOT NULL,
    "links" JSON NOT NULL,
    "cores" INT NOT NULL,
    "memory_mb" INT NOT NULL,
    "disk_gb" INT NOT NULL,
    "host" VARCHAR(64),
    "sealed_webhook_secret" TEXT NOT NULL,
    "stack" VARCHAR(16),
    "current_release_id" CHAR(36),
    "task_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "environment_id" CHAR(36) REFERENCES "environments" ("id") ON DELETE SET NULL,
    "git_provider_id" CHAR(36) REFERENCES "git_providers" ("id") ON DELETE SET NULL,
    "guest_id" CHAR(36) REFERENCES "guests" ("id") ON DELETE SET NULL,
    "node_id" CHAR(36) NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT,
    "project_id" CHAR(36) REFERENCES "projects" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_services_environ_a0976b" UNIQUE ("environment_id", "name")
);
        CREATE TABLE IF NOT EXISTS "builds" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nRUNNING: running\nSUCCESS: success\nFAILED: failed\nCANCELLED: cancelled */,
    "trigger" VARCHAR(16) NOT NULL /* CREATE: create\nAPI: api\nWEBHOOK: webhook\nREDEPLOY: redeploy\nROLLBACK: rollback */,
    "branch" VARCHAR(255) NOT NULL,
    "commit_sha" VARCHAR(64),
    "commit_message" TEXT,
    "author" VARCHAR(255),
    "error" TEXT,
    "task_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "started_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "service_id" CHAR(36) NOT NULL REFERENCES "services" ("id") ON DELETE CASCADE
) /* One deploy run of a service: what it asked for (a commit or a branch), what it found and how it ended. */;
        CREATE TABLE IF NOT EXISTS "releases" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "commit_sha" VARCHAR(64) NOT NULL,
    "commit_message" TEXT NOT NULL,
    "author" VARCHAR(255) NOT NULL,
    "links_digest" VARCHAR(64) NOT NULL,
    "deployed_at" TIMESTAMP NOT NULL,
    "build_id" CHAR(36) REFERENCES "builds" ("id") ON DELETE SET NULL,
    "service_id" CHAR(36) NOT NULL REFERENCES "services" ("id") ON DELETE CASCADE
) /* A build that went live: its commit, kept as a release folder in the guest. */;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "git_providers" (
    "id" UUID NOT NULL PRIMARY KEY,
    "type" VARCHAR(16) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "url" VARCHAR(512),
    "sealed_token" TEXT NOT NULL,
    "account" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" UUID NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_git_provide_team_id_c02297" UNIQUE ("team_id", "name")
);
COMMENT ON COLUMN "git_providers"."type" IS 'GITHUB: github\nGITLAB: gitlab\nBITBUCKET: bitbucket\nGITEA: gitea';
        CREATE TABLE IF NOT EXISTS "services" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(40) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "status_message" TEXT NOT NULL,
    "source_type" VARCHAR(16) NOT NULL,
    "repository" VARCHAR(1024) NOT NULL,
    "branch" VARCHAR(255) NOT NULL,
    "root_directory" VARCHAR(255) NOT NULL,
    "builder_type" VARCHAR(16) NOT NULL,
    "build_command" TEXT NOT NULL,
    "start_command" TEXT NOT NULL,
    "sealed_variables" TEXT,
    "port" INT,
    "health_check_path" VARCHAR(255) NOT NULL,
    "schedule" VARCHAR(128) NOT NULL,
    "links" JSONB NOT NULL,
    "cores" INT NOT NULL,
    "memory_mb" INT NOT NULL,
    "disk_gb" INT NOT NULL,
    "host" VARCHAR(64),
    "sealed_webhook_secret" TEXT NOT NULL,
    "stack" VARCHAR(16),
    "current_release_id" UUID,
    "task_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "environment_id" UUID REFERENCES "environments" ("id") ON DELETE SET NULL,
    "git_provider_id" UUID REFERENCES "git_providers" ("id") ON DELETE SET NULL,
    "guest_id" UUID REFERENCES "guests" ("id") ON DELETE SET NULL,
    "node_id" UUID NOT NULL REFERENCES "nodes" ("id") ON DELETE RESTRICT,
    "project_id" UUID REFERENCES "projects" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_services_environ_a0976b" UNIQUE ("environment_id", "name")
);
COMMENT ON COLUMN "services"."type" IS 'WEB: web\nWORKER: worker\nCRON: cron';
COMMENT ON COLUMN "services"."status" IS 'BUILDING: building\nDEPLOYING: deploying\nRUNNING: running\nSTOPPED: stopped\nFAILED: failed\nDELETING: deleting';
COMMENT ON COLUMN "services"."source_type" IS 'GIT: git\nIMAGE: image\nDOCKERFILE: dockerfile';
COMMENT ON COLUMN "services"."builder_type" IS 'AUTO: auto\nPROCFILE: procfile';
        CREATE TABLE IF NOT EXISTS "builds" (
    "id" UUID NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "trigger" VARCHAR(16) NOT NULL,
    "branch" VARCHAR(255) NOT NULL,
    "commit_sha" VARCHAR(64),
    "commit_message" TEXT,
    "author" VARCHAR(255),
    "error" TEXT,
    "task_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "service_id" UUID NOT NULL REFERENCES "services" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "builds"."status" IS 'PENDING: pending\nRUNNING: running\nSUCCESS: success\nFAILED: failed\nCANCELLED: cancelled';
COMMENT ON COLUMN "builds"."trigger" IS 'CREATE: create\nAPI: api\nWEBHOOK: webhook\nREDEPLOY: redeploy\nROLLBACK: rollback';
COMMENT ON TABLE "builds" IS 'One deploy run of a service: what it asked for (a commit or a branch), what it found and how it ended.';
        CREATE TABLE IF NOT EXISTS "releases" (
    "id" UUID NOT NULL PRIMARY KEY,
    "commit_sha" VARCHAR(64) NOT NULL,
    "commit_message" TEXT NOT NULL,
    "author" VARCHAR(255) NOT NULL,
    "links_digest" VARCHAR(64) NOT NULL,
    "deployed_at" TIMESTAMPTZ NOT NULL,
    "build_id" UUID REFERENCES "builds" ("id") ON DELETE SET NULL,
    "service_id" UUID NOT NULL REFERENCES "services" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "releases" IS 'A build that went live: its commit, kept as a release folder in the guest.';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "services";
        DROP TABLE IF EXISTS "releases";
        DROP TABLE IF EXISTS "builds";
        DROP TABLE IF EXISTS "git_providers";
""",
    "postgres": """
DROP TABLE IF EXISTS "releases";
        DROP TABLE IF EXISTS "services";
        DROP TABLE IF EXISTS "builds";
        DROP TABLE IF EXISTS "git_providers";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXWtz4ji6/isqvmxPFadPOklflj11qiChM8wQyBDSPbObLZcBBXQwlseXpLMz/d+PJN"
    "vgOxbYxtbow852bL2yeSRL7+V5X/3R2uAF1Ky3XQNN8RrqrQ74o6WrG0j+EbvXBi3VMHZ3"
    "6AVbnWmssWogxabN2GV1ZtmmOrfJnSdVsyC5tIDW3ESGjTB9iu5oGr2I56Qh0pe7S46Ofn"
    "cg6WsJ7RU0yY1//ZtcRvoCfoOW/6exVp4Q1BahF0YL+mx2XbFfDXbt4WFw/Zm1pI+bKXOs"
    "ORt919p4tVdY3zZ3HLR4S2XovSXUoanacBH4GfQtvd/sX3LfmFywTQduX3Wxu7CAT6qjUT"
    "Ba//Pk6HOKAWBPov+5/F/v1QLNFGU0nir3/amitDiwm2Od4o50mwL1x3e33x0g7GqLPuDq"
    "x+7kzcWHHxgE2LKXJrvJ4Gp9Z4KqrbqiDPQdyuz/YzhfrVQzGWe/fQRp8qKHYOxf2IG8m2"
    "A+fD5AJUDa2qjfFA3qS3tF/nx3dpaB8ZfuhMFMWjGcMfki3I9l5N06d+9RvHf4sq9IWanW"
    "igflsFQxWO+fz5Uh/eEyB9AfLlNxprfCMBsmfELfeCDeSYg4lT/kmckf0ifyhyjAcxNSMB"
    "TVjoN8Te7YaAOTgQ5LRsBeeKJv/X80EXryAxdjXXv1vqkM6KeD2/79tHt7Rx+3sazfNYZf"
    "d9qnd87Z1dfI1TfRYdp2Ar4Opj8C+if453jUj67+23bTf7boO6mOjRUdvyjqIvD5+1d91E"
    "KjDr8ZiPR2wKiHJQsYde916zLoDRlkH5PMUdZUy1Yc66CvOyorR7rOI00GylT4FOuASJHa"
    "dX0HdY8yTe2Vp3WiLk2hikP7GZsQLfWf4SsDeEDeQ9XnSUq0Z6I9eN00E9Ld1d2nbKovWw"
    "MvOKHIbye/GNquqta9v+pe91sM4Zk6X7+o5kIJQU3v4HMcubJtG7+1Od9Er6i6umTg0F9B"
    "39k3jJ0Fsidwjs2wGZpwu51pOtOGioaX9bKce2g50G0O25kOYGQSeqNZXyNjSV/hv/5+fn"
    "5x8fH87OLDp/eXHz++/3T2ibRl7xu/9TFjJegNbgajaXi1pheyLWr+PbRKzbjS8RBXMT7Z"
    "RrpfOapyhI/xSYXB5PVDBWUOMuBrpmWW7SBxPUp8MzYoU+qUbYjqF8ITqhteOHcicgGIeO"
    "/w/8G5zYlnWEpCGoJUZXEJnhV1JyGiQ/T8Ux6P6PmndJcovRdZA1STKOdcfv2tRHUYt8oK"
    "SIURPn//PgfCpFUqwuxeEsLKmvw+fpi3YuLpBxfnObC+OE+Fmt5KRDppBd6Lc+ICXBTKIk"
    "WpPLx4dd2ImHjTuZS1w7JV27HiOKe6QXYC+10hTdgAXW/I+bvLj5efLj5cbp0g2ytZvg/f"
    "zxGIAGoI6uRjN3imbkhIvIlbzBIRcymfxgPaI704RivB+endaWf5PWesjeQLCc4XYlAlLg"
    "B93dnEIhzhfcyTLUv3LUBVaPXGv3bADH971K+7026ve9/vAArGTLXcH3RyJgbdpg4egq1w"
    "hfYHI4BQxDiHYjSe3HaHBGZsblTtUb+a9LvTweimA/weH/X+ZDKedAA0TWzWY3ie6NtyGY"
    "U7iQoHhXzxNppXYxoWD/IzNC1O90ZARED/RvEG4QIaUF9YShLKP92PR8koh6WiIS00t8Gf"
    "QENWafp0YIudOUgji4T1lj7vFLssRSkUzvLhfnPb/TU6ElfDcS+6HdMOepFhIbewY86hkr"
    "4RJ49MTFA8bbz4j2ALGp9fJCImnGekFG+qpauGtcK8PqiImHizung3lIX+k7B0ZDFEfImD"
    "HCN1Q7dClkjTYgWVTer37/Ks1aRV6rRm96IYW+vE1SN1XgckBJrahbn8mFmlbKBlqcuEFW"
    "MKv6XgGhMUYVnOoi/1f51mq3pb9tJwPLrxm0f1vyanXEhiWTHEMmNx4KCHJWWeTV1GPYGY"
    "z96+Ll5/YiYnMp7dG+1Mnz9tks/l3xrrECygoeFXYDo6wE9ABRY0n9EcdsDLSrUBsgHZju"
    "ECPGETvFHBHG825Br5QwUzU9Xnqx/a25ZP2NEXQCX/W+EXegGSSbl4G/UBVvhYGbqoeegi"
    "LSCc33OeGB0u00tLnWkHeM7v+qNr5ij35B/1ycNoxK6Qj0BnV+4frq769/cdYDnzOVHUHv"
    "XP3cGwf03fA2lw8ahfdUdX/SG7NKeQaORqPXzs5OnLZVKuTc441E68zqZViwU8+l64Az7q"
    "3btBB6gGetS/9ns/jsc/kxUMzlYYr8kA96/7d8Pxb2SEobvekWvj4bDXvSLNTKxpdLuox/"
    "C5qyqPLbyTqPOA1Yn94u5iirVSeXAOS4lgtJXtS/MQO8BGjkuKgHfVRjLRqlc4ZSdI4Tlv"
    "JUTAu4KlZBtc5/L+iAJw1RNaOjGL5i02yo0mPSrF+NGI6m8eNuphSVnPoj5us/goPyEdWa"
    "uDhjkiKse5zuPsr8SzV84cwZigzGONcAFcXygnrGEpWRcmuy6Mh1YcYO7SMPe7npoJ7N7q"
    "MOGZlVwgJnllKADenJV36rkQ7IU2thaG0CVvAUYPw2FW/Z0gMU6DqgUTvOk9T/LzzxOoqS"
    "kpxR7eE7cXcSD/Xmak7tpPQ0gI1l0HUhTS43V+IkMJWTr/akH9GZlY30DX6GQv+G8ZAatT"
    "BEwW+916yi7z1Pq9TC/1exmv9FvjzKhCwlF34/vpzaR//8uwA/yJ97v2qN/+xi4xi4EFog"
    "b3LAqFrHqEm5qSLFJRoYYSMtKIzgZN5QCc45IiuIyryABsGpHBxM+IjvEhbIbJ+MvgfjB2"
    "CQzBnhJ5DdPx3R3lLFg2NgzKY4jyGq77w76bR8i0X/+NajKsh4QS45ICrFpVB17Is3j1o4"
    "BInXfuQ4PlF3mC5RfpwfKLWE7hTEmukZsJsS8iIc4BsQVVssgphmpZL16t2tyrSFxUCMir"
    "Xkg8HHX4cswwRMVFUIyqHokVtrhSrvz2ImBd+okr2EzANpWk4DeXDIUEhgI2kzypqVhu21"
    "dXp+pdQ6DcwA02X5XNjAPOkEx1kL5/d94QUBfIWitLHkgDEtUB+qkhcHqVshSo01+bVKsf"
    "Yw2qegoVOi4dgXhGxMvC2HeLV6sc9MbjYUg56A2iu//Dba9P7G22gZFGyA1qxcF//s/C2R"
    "hKoFoZB/Zx4Qqh315pLPay7sAp6g5IOmmxypqkk/4F6aQyLVu0UU/gHXpvL2mH5dMOA2QR"
    "TmjjkhLbMLZLB1q8qAZlJJ5hPHW84OXHBkQkObZph700BNMMwrEHVhxfbkbs3a6nRuK6lx"
    "QbnlcpjNiUnasAfPvh3sTEOL5l58CZLqEFADzyumnmUrsX2sBGE8J0QlTfyeBq2oprBgWA"
    "euP3I+Z8DSpDOWaqTEGoMAWhTII9WYy/qCbyII5x7IO321k0e7LeKc9ey5zVsbrAF2Alqn"
    "QQWDP/AZBtkfuaAwGygMsPAC/IXgF7RS55cwqs4Wub3CUYs+pVOrbj5bBKfE6epAAiKnMC"
    "6pUTQIckBnM6RcJrLgQxqIqi1i6Zh31UcZj3koC2ckLgXT0Ri65RnDG+nZCM7XHE9mri0G"
    "vQlD/cvD+lCVpTgI+1Qbe5xSfTPLdjkKx5BocoU/P0G5aS4xlwLMn8zvrpcjK/s0TC6wJZ"
    "hqa+8ieJROQESM2p4mztRmXT0oVx4WwPUOfMbrt+uJoOxiOW2+b1QvPYujcsSY38yCXLbL"
    "vuf+kPx3e3/dGUpq49Qw0bdKV/1O8m/S+D/lfaAXxG8CVq9ucaxcLz2YI/NDaS6aZPREyA"
    "z6Vqu4dgyVcScysgXuJD8dN6iWyFv4JxWEo8nEupPIqs7WvHoM404sOC0pDnMOQlvzF9xj"
    "eT6Sb5jX/FUc/DbzwxFaduIy0MF6emwB5DxsnhoAtYHsE6ZxG1gaM8XbCoWrN0s9T6dKFU"
    "qGCI+nCUImFxQaZmrMARmh8LVP7inU2ZTWW6xG+QfUdL/SyY7znmEg/ebme5xKnhZXgtS/"
    "GJ21DdSId4PR3izfIi8n/CrRuiIj70OoDM8pUze9TJ38Ou+zd5lUed2IG9h6uf+9MOmCF7"
    "5szX0Gat+l3WCKr18BXKyEWJkQvH1Hiw9ZqL56Mq5dBpj6lj4zXkcnNH5YSYyVV7utX5HD"
    "tJLIiM4592IgKEFqo4SU46BAVzDUmH4F9x1PM4BGXCc7GWScASIVYiJ6YBEelkzXay+jb4"
    "kR7WqddNMyHd614NTCh5sEqtspqkq/GkrkYTO0YrycnIbrQz3Yu0SQl+RelHrJMf8bTuqf"
    "0YN9g5lckSzGDVCscSlKa8NOqkKS9HPceop5nyMQspj8bpky42cDODprVCiWVROZRPj6dy"
    "y/qTKmgccQ/pOMq3qv46xfS/xdpV9dIoMswq9rOUiBbu/0iTzjx6MoJPxN6q3k/YZENAk9"
    "PpskUEPEtsOzreLVfGu2mvyF/L1fa6EhiYRAOZXFdiUH/Pti1YqZQk28KvoZJhW9AmeQtI"
    "6GD46xUgoNoEUmjSygxfbsGV+7cJNuoCAqKCq4CWjAEEMfIXKwJBiz6QZQc7JjE7wRsV+O"
    "ypNmnsmaM/JFSSqOCBiXwLvzDQ84aMIsF+d4Ue3yBZGPWznoxnqCSXc0rX74MyQoRGy7aj"
    "2OcQAzi1yrPfvLry/GViW3CN5+1CwjFhgzIiTtjCT6pak9+VDPB+bpYvW6HZr32bc666Lb"
    "I/dgCRe9R/6d8+dMDvcONE99E82OdJr01Pro2l1vp7r5LOjkue4jFBAef5RR6K0EU6Q+gi"
    "RhDaopa0PucAO3GdFgHqUvLGZXXZ4mPXNantIyS2yOBZFNzW4jEzi1eH5RnJXGckX9N6se"
    "PfvFORya/Er6xlfzIZTzoAmqZbIOD0THF5SvJpa0vIEJJgwQQZQvorjnoeNqg8+KJMzqIs"
    "cJ+HW7e/wL1MCC8qzVmDx0M0MIZQXIQkO7N6dqa/BN5D23ZfLhZLjTZpZ0VV/Tr2iuW2Pi"
    "F585S11wUkFaZHIFPqr/90Px6lhMdSCq8v0NwGfwIN5Tr/pKabbhLMFIpsYzFqF0YUHtpB"
    "1FiUZkP6FyCW2cDBPCt1r/C0j6Q9YqeYZOwNhrJTgvKc2kJ9SmgOCDgEP4udqcL4Ln+zgI"
    "ExGfcVeW8we2XcF8bnAY5uIw0gm56x4rna4CLppJZC+86k0niPkLyZevFm/GHhUBECIgJG"
    "DIsPE0h3pmg7VB53pjwhV56QWzM4paOwJEdhYnKzPAgzF6apB2Ge+LicIV4i/bOKNMdM1P"
    "VD9zMVfo22VJ7cprm1ftoeLgATblMN3CsqBLDZZkx3oqiTNyLa+vbOSrVYS3ul2uxmB8yw"
    "vQKqCQHNQ7Bt2qOqoTUEFk6wBkp/5qPO2tGjHv2bYIGhRQ94BDbUNPCyQvOV37sF4DdkpR"
    "79eIwl0UPLVN5yXtayN53r6wFzKct/Pz+/uPh4fnbx4dP7y48f338623KX47eySMy9wQ3l"
    "MYc0Kp/YnG5hWM4suThxuoURECnLwjidJ/Li7CwP/fPsLJ3/Se9FipRx2xZV2hSVgi2WSV"
    "ETpxdT7BJ2QV/hS9/9qM6Ue9O7M/G3Df4GvvRB924AoL4wMBlY8Ia6n2j2A2Cb0FxzLBua"
    "PwAy1vOVf4CwqjMhVu0wyddVbOeyTm/DPF2y/OupKmzIc7hKrE5qIIWz9m5ARMC5XUpRE7"
    "bscybXBGUExLnMo8xd6NKO1s5X71hJPWS7mehXvbA8QxM9vSq2lkREyjoXLSxY4blovtbS"
    "2GPRnsgrQNMwEV+16YiYeJk7pSw13jsnzO50xk5QpnrSTkAJnzlIs5FuvaWPPYUeXgqVp4"
    "H5VMRAnK8PyKW6+rF/9TPLhPJ7eNTHo+Fg1O8ArGtIhzIvSur60bzjZ6iQ3dXiLGMYERNv"
    "fyjenH1S53w7w1ZAbguFbwuaatkKWyYPItEkiBfg9a7ZB9EQL3cCtTPOnJF8qfR1T6zghu"
    "RxizzqedI/5ZEV8siKUzOQ9h5ZUc/sz6bAHSfFHYlRXkJcIwGqNj+2kRDZqrVWNKSvj4SJ"
    "chempC9Rcao6kbgxIJVNlGGTKoUs40+4bMKMQud4TtbMV8aYZALAVHWfp0kLIpN/0ULI7q"
    "LbYbRLL7lLdRbIBmsIDYte3gD1yYZUzs3xQkQI6zDOoin7YZkpZPSxx7FqJOuT3quC9SnT"
    "NYo92o/ueVzFlwMSsv6yN2FlAkyVCTC2t9Uda32KpaJFIQ18p3VKf/EOWElSY/xbmVqMV+"
    "22hMInkmV7+o1JsmxPw7JFlqGprwovyFE5AWLvlTCEJKf5JDwHgqXLeMk7v7cC4nEbiifx"
    "eC+sHGChJYjKMgURihR5hEbrvpnP0FQ2iVZFJn02uYMKabTbK43l0UoCQfri0sxQsiQQ/B"
    "VHPQ+BAL/o24MY825jQRm5f0UcjZKQIQkZ5UJ6PCEjtgAUgGnOY27r+dHvhTS45IUwJS8A"
    "Rg/DYV1ZLg3BOzQlAydSHQlUf9eTQN97CCxEfqJ97ITyXNID1peoSKUe6V3mwemNREqW0C"
    "+A+BL4RElPCtokpnz5gI51OMXkP/m/1bnbSCBo+cNrDIT0EJuP0d4wm0KHKHeVHU/obxag"
    "YuDN3eimDX66699QDs9XOLtrA9UGG1oR5x24Rb0f/gFUwB4JVEM1bWBht94bTWtiRaP9aB"
    "+w1shg1J/ZK1nUk6rwVPvwgqvGyXhh0fFC8hCbntzJIIvhneXyD8sJGD8s/phgOgoJSzjS"
    "VfM1xePvSUT9z6+eytYwgLP8z1424tbnRXDsDUbdyW/JoaxeQvZi77dpvyvPp5BuyVMfEV"
    "0vRmqBrjQeMlRsNOJD4WutOX1EAeZTEwdgr5coPP9y0NGKoJh5RnuGFry16nPowTtvQg5N"
    "WAesPTNYyD9tTFRNryda0xhuVKT9w61WTEtKUaa6tcIvOsBkmrTpycYmXNASyCu4aAPHIn"
    "/QOwlqb5lPkjpuDVaqLB2XjS6PcrsVEFCrPX+fhxZHWmXU54sR40yspVgP++sG+bJ1xro1"
    "/jrqTzqAufEf9e717WDUAepig/RH/bZPeREd4PoHH/Uvg/5X+vczgi+wJpWD3JJ8dP3i+Q"
    "7CUvJMwgjM8qgh8Y2NPMwX+M1ApLcDRj0sKeCoN2SUE0zK+DC7uu1Cmb1ympUxQUl6+V5r"
    "a72xoGZQX1JtcG6mxhFWeD2ALcQOT14ZCoBXbCJMbC3kZsNUkHXnRefTXSK78P1+l0iANn"
    "CaE8ilk6EKJ4M0gWtuAkvbLB16cW2zpYkdg/cY2ICMVNWlql46qI7FnUMREJFTVBo+JzJ8"
    "HEty//eCGvhUc5xaTPeeAiC98fsRE9PgFl2nsi0TyApIthJMR/9WO8toNOGuAGUeKimtOL"
    "9w+ZgvUKekzGfYYXXg5nizQXYbrKFhA9UCKvD6Bk9YW0ATIJ3Fu1kNuCSiaJFdS+u1Bntk"
    "O8N6dYdUsVYJ/MQsEmhQqs7Wa30ihC5kBxzhEpeUpU34j2t0CGRctU12EgLAXcFRjawwsL"
    "JAS69IdF6co3LCoV3Goa+Ghl8PcmlFRKVPq0k+LaaZcfoLgjLSYRA99ZQlGnIiGpaSPq1s"
    "L4y1S+Y80rIVryB6O2LchmfWfp8B+7YLQLbn99PIRWAvrMElsFZR54mjD/E8sWS9f6ud6T"
    "RwdEUjrXJ6DcY6JKb7K1iRl6Pkd0z+plVw3Zrx7qiyBoiViwe06zZL+3zBlDQ/JxYItMBc"
    "1XVsgxm2aUH6NQQowY1Q8rMK9iv8VWrTH1XEu53hRiAjyaPze82FIxaXYljVsgR98yZvwB"
    "cw/91B5kHmU0RUmk91N5+OSmQsbqf3ddeEnT6g1qbv9MHCKkVXdYfhWkeyuHv9vPSyuPt2"
    "i708y7HDXp6lbrD0VmR/Ta2AsZ/A14QqGK2v/V4HvMDZo/51PPmZ0vNesLmmdL2ryXjUAX"
    "PTrXZzeqqee1r9oYOxk67Qh8yMS4oZ56D0HgbD68HopgP8Hh716/7dcPwbu+j6adnVycNo"
    "xK4Rc09nV+6n47u7/nWHpicbBlw86p+7gyG98KQijf593R+S7dbtiFi7/vvVZIAPiYLFJQ"
    "UIFFQdBbOwY85hRs2fHB9ZuIsKB2GJbN6P7GYw7QAi96gPbrs3/Q5gxdTI5zG+IuvgZ/LN"
    "kA8Ez8la+IRcJvbpPxETEuUA2djksqjDUnXejg7c99+dneeJo9Fm6WCzm2G4ZyaZ5lzJ0T"
    "uJCif/hsBSTbiyFB+GibGtLIjlPOee2DFJAdb9ChBnWgU0j1rro31UiDw15HlX++7DdNwB"
    "VPJRv5uMr9z1nTqT67O6u7EISulR9QTTOV3/iQkK8BlUrv7YqmkfAn5MUILPDz5UiWmiPK"
    "smongkWHkZ+CfIinDkVNVjYGAzweWdGkfwmx8URKgZ1EUHEVZkStorZb6C87ViqDaXCpko"
    "XOGa8t8NVmwsgtrCScu5TVk/AjICLN0VnMHIWJlxiH+6H48yaJwJ+C7Q3AZ/sqLRpeG88/"
    "BTLclGuvWWPu8UTn4KUPayHV2h2+FoAO0gfi6jmbRfpq7b2/bVHUD+riHL9gZuiBmpbGYc"
    "cIZkqoP0/bvzhoC6QNZaWfJAGpCoDtBPDYFzhfkY9H57ETTisqnzniXxAmcrjNeKBecmTA"
    "B7rykS70AIn+sJLHKX5Jhbk/MFxJvsJVQ+cUyTntXgZWly8tyTpWUOwanZeTWDsejdT5br"
    "SYdaLG6ePK1D5FH3Mco6rcP/Yrkrq8YE5bYUXkUDpE5OaOOSEtswtktkK4aJn9GCu3pTgq"
    "hEN4IuLR7CC2tARuIZxlPHC17NPyAi01vrVQdPmClas8Jt9cT1mLptu+TWFL2gAHz5jslu"
    "KMZxhSgHzsGNvgCgb5B9F+hNTKATlKMcSNPNqgCER143zdzU9mIb2NJDmE6ICTcZXE1bcR"
    "2siGnr9yPohA2onTlm6s5oLQBasUtnxux77roNEcrlkUfS562Q0ZTlIZJxsKs9eThEgTKX"
    "ooBUZkbwVLUSC3+w6+2sXGAaPyj/VIl/kWkRyfXZXnA/SZqR5WUKy0IbVRXaSKfzpwSbSq"
    "bui3SInzuhE8HNl3xaLdIt0tKB/pDnzpL45aH/QFNFXenE9NKHq6v+/X0HWM6c1uGJp5fG"
    "E1BpMGD8MCWviTYQOzbNLe7e/0jbzE12em7rgDEuPiRuQLKAJdm+6STonUR1VKWzWi9PQT"
    "pdSiJv+op0mgzeXw75Vg5cmd6/O88xbUmr1HnL7kUCOqaJzUMSp2OCIjBnquYpuSDOE10N"
    "GcdJh6REwD080S/yzPOL9Gl+EZvlRMWk7xvDOJ13vpM4inheM5yrZpgbmvo6w5iLiheUEY"
    "L8WEHyClmlTZXmsXHlVoSl6pFgQR8rTIIFZm/INSYBETkghQ+Ix7J22dWHpIoGJEXYd6vW"
    "d2K+n7ybQkxQBPQr0HqCjjVurBOdZwIgXUpmo+eg4PAABCSq8wDU3kfZVMZ2pR7LZlJ38x"
    "C2WUmMgwY9LFnAoNdsDWvIICfws+Oj/IR0RJ23BwxzRFSOc53HWaZfiLaGy/SLGjFaJfPn"
    "JMwfRnpLqWTCQ22h3ECfl9Gw1es03BaoblpJ3BZ6vZ3JbSEtyue2cFFWZDV7Wc2+xKq2ec"
    "rZk1YZNW1jBe0tzVny4Ou3F+44nuIpQgY0LayrWsJ+grEGVT2VQ7IVi6A8I3JlTePtlWqX"
    "ht54PAxpwL1B1OX8cNvrk3nNkCeNkLu7N921JO2SYnxL0hoVbdTTrNGYzZRHrQ/mCR2p2f"
    "PlVdVtMuRi91MjqAD7R1R4vAzKIxHKn2jaSJA2cDM7+luj1t8t60gkmMq2oz3EUqzpHZ7Z"
    "NrUSGMGiz4+zPaseblSkyZPj6mVru4MSAzqDs+oLCGhtn7/PYxCSVhmUvphJaOK0WtT7k0"
    "Z82QqJ8I7nPeZJGRl/HdFT4/CLTg+N617fDkYdoC42SH/UH+7prW2vJ0/waOARcpvtIs4z"
    "KLd9akN3gCv9qA9GXwZTmm+D9Gdk1yXfxnuZA0y5sKQMH9fHcosb7NJNk/6BNdNgz+OmYY"
    "olnxoXEJGVpSJLJd1DOeEMiMgIfGYE3jdSjoy9+xHMZk7QvcH3wOcZCrtfde+vutf9Vmy+"
    "FgCp2HSGwBeajGi6w7NMzwIDPcGn4A9GujeB/iAZoRfca0AHmTdKH5SRkeS9keRTO2ZqBG"
    "4pbpkFsmiCqsI7jaNy8riwPEk1hmpZL5jsSivV4joJLyYopNuxlBOVpduxRm5Hogih54QB"
    "yaQF7YQqJAX567zkBElnU4OcTZITJNqoF8oJUg1E7Mk1TCriwENS6BpoSrtp4DTIxeSosh"
    "hqQ1w2YbOBmMSz44uhXnvdCIrSyRh4TQSL6q8LpWqeWRORsliJfRb3LQanAetLULT8sx88"
    "atcKGcWAlpuj10TQiMH4jObHTq97txdBMdoWmD6C65kvW7KR6ATolMd/c1yk2KbAdWTkKq"
    "BnmNhJQvhW1V+nmP43Z5DxhnbUODd5RpCR/S4lEr3b/kqTzjuidCTxt7HJBmENX3cIexHK"
    "7Qh5NwPBS3tFGi5XW5EgoTgxsEmuK9HC7d8zY5JdaKI5fUIsKundaWfFJdVdm9oEJmW1+y"
    "Or3T+TGeYtn3kDCgERGUrIF0qgHxUHwl5zAdEtJRubPNFOrDifXls0IFJ9bdHTMLsKqyLK"
    "4T0snmDz/f8BktDwWA=="
)
