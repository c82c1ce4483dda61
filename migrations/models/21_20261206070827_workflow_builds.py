from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "build_runners" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL UNIQUE,
    "labels" JSON NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "last_seen_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL
) /* An external runner (`containr runner`): it takes steps whose `runsOn` labels it serves, with its token. */;
        CREATE TABLE IF NOT EXISTS "workflow_builds" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "workflow_name" VARCHAR(100) NOT NULL,
    "number" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: PENDING\nRUNNING: RUNNING\nSUCCESS: SUCCESS\nFAILED: FAILED */,
    "error" TEXT NOT NULL,
    "repo_url" VARCHAR(512) NOT NULL,
    "branch" VARCHAR(255) NOT NULL,
    "commit_hash" VARCHAR(64) NOT NULL,
    "commit_message" TEXT NOT NULL,
    "commit_author" VARCHAR(255) NOT NULL,
    "trigger" VARCHAR(16) NOT NULL,
    "task_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "started_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "node_id" CHAR(36) REFERENCES "nodes" ("id") ON DELETE SET NULL,
    "project_id" CHAR(36) NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    "workflow_id" CHAR(36) REFERENCES "workflows" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_workflow_bu_project_585a0a" UNIQUE ("project_id", "number")
);
        CREATE TABLE IF NOT EXISTS "workflow_build_steps" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "name" VARCHAR(63) NOT NULL,
    "image_url" VARCHAR(512) NOT NULL,
    "spec" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: PENDING\nRUNNING: RUNNING\nSUCCESS: SUCCESS\nFAILED: FAILED\nSKIPPED: SKIPPED */,
    "exit_code" INT,
    "error" TEXT NOT NULL,
    "task_id" INT,
    "artifacts" JSON NOT NULL,
    "started_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "build_id" CHAR(36) NOT NULL REFERENCES "workflow_builds" ("id") ON DELETE CASCADE,
    "runner_id" CHAR(36) REFERENCES "build_runners" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_workflow_bu_build_i_9c3077" UNIQUE ("build_id", "name")
);
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "build_runners" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL UNIQUE,
    "labels" JSONB NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "last_seen_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "build_runners" IS 'An external runner (`containr runner`): it takes steps whose `runsOn` labels it serves, with its token.';
        CREATE TABLE IF NOT EXISTS "workflow_builds" (
    "id" UUID NOT NULL PRIMARY KEY,
    "workflow_name" VARCHAR(100) NOT NULL,
    "number" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "error" TEXT NOT NULL,
    "repo_url" VARCHAR(512) NOT NULL,
    "branch" VARCHAR(255) NOT NULL,
    "commit_hash" VARCHAR(64) NOT NULL,
    "commit_message" TEXT NOT NULL,
    "commit_author" VARCHAR(255) NOT NULL,
    "trigger" VARCHAR(16) NOT NULL,
    "task_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "node_id" UUID REFERENCES "nodes" ("id") ON DELETE SET NULL,
    "project_id" UUID NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    "workflow_id" UUID REFERENCES "workflows" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_workflow_bu_project_585a0a" UNIQUE ("project_id", "number")
);
COMMENT ON COLUMN "workflow_builds"."status" IS 'PENDING: PENDING\nRUNNING: RUNNING\nSUCCESS: SUCCESS\nFAILED: FAILED';
        CREATE TABLE IF NOT EXISTS "workflow_build_steps" (
    "id" UUID NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "name" VARCHAR(63) NOT NULL,
    "image_url" VARCHAR(512) NOT NULL,
    "spec" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "exit_code" INT,
    "error" TEXT NOT NULL,
    "task_id" INT,
    "artifacts" JSONB NOT NULL,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "build_id" UUID NOT NULL REFERENCES "workflow_builds" ("id") ON DELETE CASCADE,
    "runner_id" UUID REFERENCES "build_runners" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_workflow_bu_build_i_9c3077" UNIQUE ("build_id", "name")
);
COMMENT ON COLUMN "workflow_build_steps"."status" IS 'PENDING: PENDING\nRUNNING: RUNNING\nSUCCESS: SUCCESS\nFAILED: FAILED\nSKIPPED: SKIPPED';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "workflow_builds";
        DROP TABLE IF EXISTS "workflow_build_steps";
        DROP TABLE IF EXISTS "build_runners";
""",
    "postgres": """
DROP TABLE IF EXISTS "workflow_build_steps";
        DROP TABLE IF EXISTS "build_runners";
        DROP TABLE IF EXISTS "workflow_builds";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztfWtz2zia7l9B+UsnVeo+sR0nWc2pUyXbarembckjy8n0tqY4lAhJXFMEm6TseHfz3w"
    "8AXsQLSBESSZEwPkxPTOIFqQcggPd5b/9zskYaNJxfevM17M3naGO6J13wPyemuob4H6zb"
    "HXCiWtb2JrngqjODtldxQ0X1WtI76sxxbXVOel2ohgPxJQ06c1u3XB2ZRGSygsCXAE/wFV"
    "wh01V10wYrZGgOUF2ATAh6V3d9oOk2nLvIfgXv1qoG8Q2w0G3HBRvS8RO0XLBANoDPEDcx"
    "VBfaANkatN//Ql5FQ3P8Lrq5rPWpG1P/awMVFy2hu4I2fvaf/8KXdVOD36ET/Gk9KQsdGl"
    "oMfF0jHdDrivtq0WuPj4PrX2lL8otmyhwZm7W5bW29uitkhs03G137hciQe0toQhu/nxYZ"
    "DHNjGP7gBZe8N8YXXHsDw1fVthc0uFA3BhnSk/+72JhzMpKAPon85+P/818t0kxRhqOJ8t"
    "CfKMpJagaQV0gMj39pjkwye3QylzAwP7x+t4DQqyfkAVe/9cbvzj+9pxAgx13a9CaF6+QH"
    "FVRd1ROloG9RDodX2dhGGvCrlWqzAU8JJrDHr14N6gFgFUB8sla/KwY0l+4K/3l2cZGD+d"
    "femMKOW1HcEf7OvVVg6N868+4R/Ld4O1A1oKbgjy4N9gR+d9lgx6XKQTq4sIV6u0TVgHUO"
    "tJP+Pyek57Xj/GVEEX131/snBXv96t+5HQ1vguaREbi6HV0mgJ/bkICjqG4a+Gt8x9XXkA"
    "1+XDIBvuaL/hL8o4VDcYJ/oDYyjVf/c8sbmsFd/2HSu7uPjc91b9Ind85iYxNcffcp8YGE"
    "nYBvg8lvgPwJ/nM07CeXr7Dd5D9PyDupGxcpJnpRVC2yMgRXA9R+kB1l8RRZ7ciFmTp/el"
    "FtTUndQWcoq2361vpsnbyimuqSjhkBl7xmcGqw9Al6gibzRBHcyz9OWDreOXGzYmeJ7PGW"
    "u3DDd2H6/xybb9BeiJ0gvuuefvhQYNfFrTJ3XXovvvjTr0hZqc6KB+W4lHDnm08fCwD96W"
    "MmzuRWHGbLhgv9Ow/EWwkRp/KnIjM5uTtGJvKnJMDyEPNWDjHRUYffLaxsOXuMelyyhFH3"
    "X7cpg96SQQ4wyR1lQ3VcZePs9XUnZeVIN3mk8UDZCt/BOiJS5um6uYO64zCd0vHi6Kah/R"
    "XZUF+av8NXCvAAv4dqzlmHaF9Fe/S7aSek26vbT9lWX0IFLzqh8G/Hvxi63lGt93DVu+6f"
    "/DiW0mydMPVla5eqbEklWXAlGY+x4rj4O2aundk6RlJORE3j7EsRVePsS7auQe4llA08EA"
    "Za4m9C0xkrajbgKcG9EG/YAaRq3RkvifoCOoyj398fRkM20FGZ5JFPn7vgf4Ghe3dbNrtz"
    "wCVo5BsHknaAxEpDOkgaB1aIBXz2DA/ay4m9e2IbCK8H5J048I3KCLhcfzovAvJ5NsjnSZ"
    "AXf2lcAAfthSM1zy6KYItb5RhtU+jqRFvAP5+8Gj5KYGTYWPfNzTqlXsTPfsye6pviJxY0"
    "NYym4r8I5wnw5L4/vB4Mb5TBECvBt7ddkOhvavp3+tdd4F+D2tQM5K7wVja4eRz3t5J4OB"
    "f6cmPDbavHYap//CuDJwStxlgRH0V7wgs8OeZFnnaLNfjIkwxkRp9yT9iAyCMsQo9s71/2"
    "rn5/vN/eJxrOxoo/vzeexJ+v2u62ReJ+6u7oPnoT4b774/Fo3AXQthGdA9zTv8jyfZa9fJ"
    "+llm97c+CUj3VQ40zHzzUJcJwzfPw4xLPvpgt8+alJxumezGcyRBbU9hmX8k0BK6gaboY5"
    "a/egbKUbfIQ5+a3fu5389kcXeK/7OjUfh+G1jRleJX3gr/F+RD8s/Cjkko/RQvTTasZ4ha"
    "+rWDaaQSc9cgMzw/uHJZoYNt2s7Jj/oap9e0ne4Oez04+fP345//TxC25C3zK88jlnDAbD"
    "CfODUOYrOH/ai0RndiCZ9CYz6eE+WVRjDgUOUpfbM6KVaMvqfA4dhx53bH3O1u2yh4AtLc"
    "dj//FYwzXxw13POPaUmEx9m0mVemDJ+8kc2Vy7dNi+PjRPWwKlpjtPypJnekYk6oPzS0vg"
    "tJDtKjOdHm4ZMzR76U0J1k8aRwxRs41uuFir/4U89hi2qEoWYwe6Lu+4RGXkkFQwJDR6wo"
    "FzG7qMgdkZdxGRbLC63NjQC1Vb66bC9svIMdvGpGokjqqa9lUbWrDehBGar5A+Zx1cck7k"
    "SUG5BpWvM1GMiW/DTHX2GZ6YqByg0gcIowO5AiBDAeGWpkq8SVyV70wUtG/GVCfPE2aquy"
    "pWrlg+VJnqWERiL3WsYQegshUyz3KoLGy05pniCTFJge0/pWVgTPZkFzcwxvuA9hn1uKQc"
    "9aaMOsPq4799+lufvXIGUaQED/DBbs96u9PjOsLTojXukRPVmJAMTklACs1n3UbmGpouJ6"
    "5pSTld49guN9DhRTUqI/GM42kijR1bkQ1nRER++qloePRfcM47QeNScormxvr5YKXx5Q73"
    "u9/21Epcdwb8xedVLOYPvwIYPt7enmTtXCXg24/3JibG6S27AM5kCS0B4KHfTTuX2p3QRj"
    "aaGKbECXs8uJqcpE8GJYB6E/Qj5nyNHoYKzFTvpF8CrNdhR4LO1phOVGC+bjXTEtAtGLne"
    "0jmbUuIzJu6R4tc3mu6O4RzZ8Qhxxu1Objw7aagYiDqvNyeo/VJfZtoIipoH/EFtbjyZZx"
    "z4j7Oz8/PPZx/OP325+Pj588WXD6GVIH0rz1xwObghFoNOlC0LTAg5we7clGadVGat49FO"
    "JrMQf32sRDC71/46R7gcdZsgw5tHMSojgmdX1S5GXkZEvhkblZF0RgJPqK554dyKyAWgXX"
    "xb+yBVM6J7crw2syJ6RMjbUJFjlI0P5zwYbyWEcz2rJOe+h5fyhH8fP8yhmHjng/OzAlif"
    "n2VCTW4xkebLzxUTqghlkbIs+3jxnnUTYuJN52rqdbiqu+EJA9wKyKhKVlSloVPriMUzdW"
    "NC4k3ccpaIlJn0OAzoJc2Sc8IgP/07nTze08uxI1N5Cp7Kk0LFXAB2p64JZKs6+5ZwVDi5"
    "HP2zC2bo+9S87k16l72HfhcEATwn+ygepaejOSil0zHSOVG7zx75nIaj8V3vFsOM7LVqTM"
    "2rcb83oVmCgh4Pz7pV/vAsyNtyKYVbiTpzbEHH1ef1qIblg/wMbYeT3oiICMhvlK8QapDk"
    "t3MUvhQxcSkZARYzZ5URLoNvoY09h0r2RswemZSgeKfx8j+CEDQ+XiQhJhwzUgmb6piq5a"
    "wQLweVEBNvVpdPQzn6fzOWjjwPkUBCoBDSWrxE2mYrqG1SX5wWWatxq8xpTe/J6OhKKT+q"
    "Vilr6DjqkrFiZGffSQmKsCzXnXynXZHR0rFMBkbLUecIjG4K64/VZKbHs3ejk8v5kybFKP"
    "+TkQmBBi0DvZL87AAtgAocaD/rc9gFLyvVBboL8HYMNbBANningjlar/E1/IcKZrZqzlfv"
    "O2HLBdqYGlDx/1bohVyAeFJqvyQ5wBofK00XDTddZBmEizPnTOtwlSytX2KClzn361SEJS"
    "qmJqM2wuPVVf/hoQucDU3rPDV/7Q1o8Y+FqtPKH1e94VXfqwcyJ5CQeiDN4Njx05fLrJyE"
    "BexQW/Emq1Yn1ODR980dcGr27gddoFr61PzWv/xtNPodr2BwtkLoCQ9w/7p/fzv6A48w9N"
    "Y7fG10e0tKoeBryDDIdtGM4fNWVR5deCvR5AFrkveLt4spzkrlwTkuJYLSVjWXpq+ZqnE2"
    "xKGAcB6gpx8K1TAizbIXiw/pOkb+pNyDhkhLijCl6+YhsOKyYtXqyHElDyVEwLuG1TqjGs"
    "oOgk0UgOue0JInLts1tFVMpSStyqEqaVHEvUY9LikLdTWHmUyP8kI3dWe11zAnROU4N3mc"
    "ZW5OrvHlCMX06WZOWONSMkVffjo5H600wNw5eB62PbUT2J15eOIzK5aE56r3cNW77ssUR0"
    "dLcRT1PTQgu+DIpS/56+9j6BUkz8Z77PUiDuQ/KjeGjjemSe13bJOof7uz0zCq2LRlQfto"
    "zwRY2ydJTQzgCYJ3/8a/3sW/3fav/Pt9l9gcXfUJOsBxoeWAlxVyIPg3vu+MzH8DWtrEIY"
    "3IVw6dDnjR3RX+2wE0m0faQFrjc6WFtAGbaCfHQsobmHxQRPIeGLfYTuB9IGlws0MpthIy"
    "jCKfAtynkA5NbbRSHS4zZFxKzvoCs95xFQdi0PjZg6SspA/aQB9ICvgtUcCSNCrzaJbDb0"
    "gd/Cg6ONV1DlPAvyH7aWGgF6o7PuD+xEG+UlX8CtquvtDnKh23lCoevd3JU8Xn24YyOYnU"
    "X9+G/np2cV7ISeU8x0nlPJXZ4i/N5NJgQwGpwJauwM5XqkGGe+9MMLEOmuxVe/LbZHLfBS"
    "vXtX7+cDo1r4cPXYAnFv3j117g4owf1SAX5ydoucqCz2suKiOcc2j5uRnCCaysEKtkTI6X"
    "c0pSBC+6yrMGvOHwma+928F1Fzyrhq4lA2WaseDojrPJiojJOGSGEsItNtXkE4W2rho8CG"
    "8lhEO4kgwwJnKVGcQ7IONQk88hxiUlU9xkppiMlbpwWYvV7kEOBeUYN3mMF/gX4lMWq+Rc"
    "dkxDTEiEE1ndcQ0OVPF5RHmCDJI4G/a4lMR9b9xNDPGe4EdF5QjwjwC1FXMHUcWlBDijHQ"
    "V21XXh2nL3tfDHxeW23uRt3cbIv+xl5I9LylFu8ihLV47MYRbYlUMmHhNt1Bkfu//2ycLg"
    "nM47MSEZmZTvuSNLrxd13MkuvR6GJR0nRd51UP+D4YdyHakNku2EElQQqcAD5c8TaD7rNj"
    "LX0EtFQF/wX9IxRTqmNOT7j1sOPn4oYDj4+CHTbkBuJXz5X7MqIRy/JFEpDhD3o4fJzbj/"
    "8I/bLggm3l/G1Lz7g16iBwqaAW7wQNO/6XSZOb5Nsi1VWuqymZVfCorE2tnKHjinJUWgHe"
    "sovdU2FwgbPetkjPfxgxiPvg4eBiMvc2i0J2ZC0cno/p64RTgusiyY8pOYmtf9275XwIse"
    "7YI3asiw7pNgLi0pwKpVN4uMn8V7PoqINHnn3td3q4jz7qds391PKddd3NfG4XMPiohIiA"
    "tA7FvyLNVxXpDN0Kp2GgGjokJAfjQ77Mshw5AUF+FgVPdI8HrkSj/czIUm5YdrIZuBbWbq"
    "yqC5zFvJyFuJbFZ+nUwsw/b1FYg/bQmUa7hG9quynnHAGZOpD9KL07OWgKrpzpOy5IE0Il"
    "EfoF9aAqdfol6BJvm1jLPBJUIGVE02tAzpBMQzLF4VxgEtXu/h4HI0uo0dDi4Hyd3/8e6y"
    "j/VtuoHhRrpnsUmD//zf2mZtKT6KnNinhWuEPrzSWuxlwc/6C36iF4yRkm2bYOMelxLvOF"
    "w+eechxlczOCojHsblqxwyYb5MmF8b1O10tpIudm9x1Iu42MkcWVzHXo7E6hHHJ05o05IS"
    "2zi2yw10eFGNykg8k7HNGm8FgIiIdLJNkuA2+i84552gcSk5RXMdl32w0vhyey7fb3tqJa"
    "47PZfj8yoj32DGzlUCvv14b2JinN6yC+BMltASAB763bRzqd0JbWSjiWE6xkff8eBqcpI+"
    "GZQA6k3Qj5jzNXoYKjBTZYLXGhO8VhosQotv07WYFS6yvdvJDRgJ28mkpYLHhlg2XOjfee"
    "jrrYQQbmKJRIFF4kPOs+NDzlPxISZyuZx6g/bSlZffA6+NDvLQUu29vOP7972x7xrv9zE1"
    "B0Plfjwi0ToPXaCbClYNyFrgTM2Hx6srfPXXx9sucDbzOb642BhpL/nR5cPotj/pdwGaOY"
    "hsa1PzevRteDPuXZN2Gnoxl7aqNSXzYK4uk50cOCEmUwTnf4z71LjJstrlGf7FNNzVbPuX"
    "5r3sAWmnoUea997iqEvznjSZCAPnkU0mYoIarNzcX39KUH79zOQBnLDGpeR0bZ6Jr6HAHm"
    "LjY1ZNz0zKwI3t121PgmIb/2p3YyvNeoeY9ZiQSvtT6fYn9jlBwrsD3tTJ6ID6jfA5sKAl"
    "GDCOAo5bk13/uZiHRVsWjNgM1f1pdyBa0dkrCkxc5uJEjfFsNEcmnCD8H54ZOAm6FOPT/7"
    "G3bd37FHMN7OHXWsTKrmxXip229hM8aMDQ8X/QArgrCLbd/OQA2hEw0BK8I/d0F64d0tCB"
    "UAMfPpziJtv2pN37X5J2nEoeULIfQJ4Noaj5wJ+lh7kACGI8yPYP4A0hPCh4sGlrcqKuV5"
    "HItrPsyLYzrqJ2GZGxhxmpG7YyV16Wzj8OcNI4CTHJjaVnLdeaEArIObt7zpKdl6vOcSgg"
    "nRhiRjvpxNC+c4h0YhDXnF3EiSGiEnEWhUgKSuPLjsIQMVfwAynBuF95O+HdXSAiOcUaVS"
    "QiQdLkchMhj1OIm6BEUkFuYrKCAJkQUBngrlQX4Lljuw7+tx5jBt5dDX5y3ncAKTsPVAeo"
    "4OG33s9nF5/ASnVWaVKi1J5lVEIDFqdODusgK1ZUmU+HfEIK+Ri4iJ2YVDlAH5dfqxhm+N"
    "3S8Yzf4wQbl5TlCpvjf5k+sdIqohtnL00lKStHuskjLTXS7KVUXI1UOliXe+Zruq5/1CNJ"
    "JZq+9K06amx/McolcMeohXBpwhyvhG45jELxKpyymJOw9mkOYULbFKRJesBrHnhYBAZH8O"
    "7KQBvNRuZPTheo2lo3ddKXi2wH/6mRxusO8cGwX4E6n6ON6YK1+gosQ8XS7goD7wBk0nYM"
    "z44anysplgbsCp0ciiWrMnBOTaZQQjjt/+yiSEUm3CrbueMiVZPpv5EJuWuLxYQEpLMqQZ"
    "oWB9T4KoxFZQTE+fysSCKTs+xEJmdJkPHjFvoyDXG2Z8JWohmuCeSxwrgm+PXCHIgPrSwn"
    "852VxiKSIvjl1J1sxjUcJX/dKVD/OdFHjYln8EHagebcfrXcn/EraJyfxcltf/LQH16N/7"
    "ifkJQz112Q7HFqRts8THo3NFtNtBmGZUnz1vSu7vr44DlfQ5KR5vb2snf1O31tg5ztk+fY"
    "4zhrksF60Q1trrIK++UWkEmKyvIxHOVjCHj8e09cSu4/Ve0/BOf996CEtNyH+PehYJFU5p"
    "BVmTF7CFKCEv29i76GWD5BBsu68zNIisuR4B8JaZ7LPhmJa56TWa9EG3WGLV5mvZK2w2Pj"
    "WoPtcAu7ajFrlHIEwvcsq4VLVqFUAeS4qi/0Of5ZB4J0te1JVLBstDkYpjHpQySA9syosF"
    "Z1IxvJ4gkV7nA/W5OyGKshby6FvkajylKmdnq9k2doh7iFrEoguHG6hZncTfjCy6EP+98w"
    "rPBlavbu72//oPQ4nvjGK+XEx/3e9R9dQE7xr1OzPx6Pxl0AbRvZ+/Dh5Qcqeygra+g46p"
    "KrxEFaUhY74OY7yETR99J845LS6bw5im6a3/DOb4o/ZOmRzgxCTwvuFYu+1zf2oaKBLbsO"
    "tiwsLguL1wZ1O9k4ycG+xVEvwsHKEs2i1htoQnhAuTS2LBpaiMIuUDR0v8gXdsZszpiXff"
    "NlN2E6H54tu7w4l775/FW1dR+uNAMXud3JJeLMZ+XZb1k47iUQIBEoqgkiZdj+BnTXwfeN"
    "DQS6AzzPCPCiu6t4qMoTfO0Az2cIIBuYyGXFuVT2HAZ1+Geymhzx4viXJBSbRCgy/XKygw"
    "MO8cNp3Bk0zgOefSlCBJ59yWYCyT2mFxT9qLiIwIScEHjX74JG1iiGYSrPI3krJH2ROXyR"
    "Iws951k9LSkz1OUf2nMru3If3fvx3toJ8M5jZHqWNSlJXXQM2CfP6BDlnjyDhhVYgv+MFq"
    "airyjPco06y8nkcBVmLdN0xzLUV+645aScABbdGg7OFB4mygWCB1/rrrRAFkZtMw+8m3hc"
    "HUiI4OPVZDAaknr1QS9TMwwLDEMBr/tf+7ej+7v+cNIFGnyGBrLISj8178f9rwPiMmHZ8F"
    "n33S2O7gYR/aGpkcxWfRJiAnwutQd8IANxRfyHAiKE11Q9rZe6q8xsvPBwJQmNS4mH89nF"
    "RaHsFRc52SsuUlVKnPC1U1DnKvFxQanIcyjy0lMhe8a302YtPRXe4qgX8VSQpedlLe8mkX"
    "RFank3KUqsYSeyQnFPhDyaqc6hoU/XfjeCohQz3++PUsJlQJDPNmFks5/1g8sTP3i9CDSb"
    "qjQX3OjufZAci2EuiN7u5JkLiFIaZNmqxF7gQnUtjQXNNBa0i2Hl/4RPbvDx+fGyC/AsX2"
    "1mUxP/fdvz/savMjWxjnz5ePV7f9IFM92dbeZP0KWt+j3aCKrN4FGlVadCq87GZkQuZ2Pr"
    "NxePv7s4LZIWFbfKxJbeY2dCC6qqcXo/hXJCzOTawyC9bOQ8szsiIoDZpQaCWpKl2ei3kz"
    "aTZOlbHPUiZKlMrVWuZhLRRLCWyIlpREQS0PkEdKCDH8g+T/xu2gnpTuo5MqHYvDN7KSgB"
    "WJn8rWjyN0k1HoFqtNHGOmGRjPRGJ5deJE1kRirBecTj0lMNKpVUgctxngdljsexcB6UUp"
    "WXSp1U5eWoFxj1LFU+pSEVOXEGDilruJ5B21nph/qV+D48d7Q/eQRNI+4jnUb5TjVfJ4j8"
    "t1y9qlknihy1iv4sJXEKD36kTWYeXo1CJ/Xw6L1ANh0CErhPli0s4Gti4ej4tzwZ/6a7wn"
    "8tV+F1JTIwTAUZX1dSUP/I1y1o0hiWbhFkk8nRLUiTosk1THD7zyuAQXUxpNAmWSu+3oEr"
    "728brFUNkhqtKiDJRgBGDP9FE2SQhBh42UEbG6ud4J0KAu+pDm7sq6OsarI1PJDpbxGkk3"
    "le41HE2G+vrPAKKr0wmqc9Wc9QYScByinQGZERwjRatR5FP4cUwJm5LIPm9eUFrRLbkjNZ"
    "hgsJx4SNyog4YYsU7v2UXbf3U6ps7xP+XWyAd/tmBbJ1lsz8PudcdU/w/tgFWG5q/qN/99"
    "gFf8H1JrmPFsG+SOhxduBxKuw42HuVbO849hRPCQo4z8uvnByixlqfC4DNXKdFgLqSmPoj"
    "h/s0U5c90HbdkLxHQmKrWzyLgtdaPM/M8o/DLawhQqMUHIwjwY3zqHE/Hn0dPAxGQ5pOI9"
    "rT1Bw/Dr3L9sb0rjxMRvf3/WuSdwNZFtRI3o2HyXjkFSHBXbs28sqQyMIjDbca1Z53Q5qQ"
    "BDMmSBPSWxz1It6gzUlK39qjXo7PIpsR5Xat2zcxejMg3Ts1+pgcWAZXExksL4Pl60ApyA"
    "x/IErR71lAlAx4+EQaWLdQ3Hkk/Xvr9+8drFV2vVnvRifPBv8MbaJIKzppKv18BbdUyzD0"
    "ah1QXXXJA6/fXEB0K7F9INvPhlLQByBsL50AWEkikbnQGdP17w+jYQbDFUokeQ597oL/BY"
    "ZeqH7YfgTjdvWdbXTDxefVX8hjj7EAE4Tyicckx5hYqUkHkngUnYKSxONbHPUixKMNl3ip"
    "tHmD0BNikoBMuggGugwXqnEpCWo+q+ujVQKx+3XbUzuB3cntxmfW7pD04PsuAdxxpCtB0U"
    "2shvtnmq2f+mwL5NWyVgFeLOIqgmU2d6VBy0CvnvNVdAwLRZNQwouEa5C6qNuefnKA/9kC"
    "1cH3dCdyk3iYOEB3uzTGA72YkfCQdyqg8SxBl8Sw0zlJwF/bg6cmjU9RXXppodv4PkbIdt"
    "8D1dS8XvDjbB0DEwjSF8Ov4al5WQEqktBrEqEnlfhGKfF+0kOv/ihjP9mZLjEiKZ23+IvF"
    "uhgZNgFbzCdyf7K7HjvUSRFfx197g1tyYaHqBvl73L8bfSUXbLjGi76W3JSO4+co+a5s6N"
    "vJfEi+6y2OehG+K3pQ5zoWpgQlPZOsZEeO/pyoRmVkvEoiXoUoQZx4RmXkBM3nD7dfdAks"
    "13Wss3bCu5PnSq2Bu4lEfc0MHeHGN/QfEhTa6Ie7G9VlkNHkQFTDzCitXF93ghrdXbgThd"
    "ZBOD5A1/V+aCbvGDTp5NGPAeeIlXba+ojecyT7T2piZvsd+c1l9saElhqEWWbzbc+qsWGs"
    "rNl0WyhQP9t2nKNBJbyaVBuzvwCx1MbU0fFIe4XvpM/aI7b++zl7g6VsYwUK2KOIccbV5w"
    "CDg/GjJhkvsdhPDrAQwuO+wu8NZq80yZhn79mYrm4A3QXUVERjmqHGSGRWbt+5Ocv8R8gE"
    "Zc2yEgXDwnFEiIgI6J5cfj4GSWeLtkMVobMl+1Yu+yYjsmVE9rH5i6yIbMkJ7Y9pJidUwF"
    "GvymP+LVrq5q+qbmxs5lk/dj/3wG+QlsrCa1r41O+Z6AEV7pATuF+9ESC7Q1MK44M6fiN8"
    "Wg/vrFSHtnRXqktvdsEMuSug2hCQhM+uS3pUDf0JAgcxtIHKnzk1aTviUhbcBBqCDu4RX4"
    "WGAV5W+nwV9O4A+F133Cr8zS71ZWZwWNH0sP50bi4D5oWF/cfZ2fn557MP55++XHz8/Pni"
    "y4cwPix9Ky9Q7HJwQ2LFYieqIHgsW8NwNjOSYJBHw4iIVKVhHI+JPP/woYCGgVtlJ9ok9x"
    "LVYLl1izp1ilrBFkulaAjpdYd3hmu0xiiz9sLI3dydELcwFI02LLwPes1/cgARBoE95W/A"
    "hnMSxKvhHQOa3k3dCdyZoQs2Ft2xdBe8c6CpYSHwguwn3MRGa7IDmQCZrOT+dTxROk83QB"
    "3K27R0c47WvpkvcXBAyICqmQF3RCwB+gzLVaUahVfqxfdyNLqNLZ2Xg6Qn7uPdZX/87pQO"
    "AW6ku7FDQ2QhISsD+U6UZ3xW1MJ4Gg7ss7qocRyCT6G1wzBX3flKUQ2Dx44ZE2pG5AB5nj"
    "CRA6T4z6tCE9syk1zkJVJPStYYOTA30Eazkfmzs3atqsai+gz2BEFS4IIf90BKgGiNZH6c"
    "IhUxcKuc/Dipmhj+XEU2A+lMTT0uVF8ul4svn6tCuuRULh5CpCwYb4KntKSAE7mCRE9+uJ"
    "Y/NVXHwUoA48y+M94r3UGDo48aG/floajO59ByFQcaC8XRlyZkMYJ5h8u8buRBn+OEOVNN"
    "DIvi4tnP800kxARYier+EHwEV+6acbjfCXwgJoHnBl570tdkyYBzF3Gd3lOCInrblF5bzd"
    "89KXhM3+edG29UVAjIjzLjrc3M0Oe8Q8AQlUMga5VIA5EMoX6To57lCx9bbqm9ijd8OipU"
    "r32oHb5x2XbWuNVihr4fmh7szuumhV9VlpMXIztYcr6mIRuZcILwfwr6xW0Nzm2cortje6"
    "MfaAHHuIPN+6SwAjVFM837/t3OTvO+QxsWNO9PVpBGllBjeixVWRBB2cH3w9xlYL5CDjQj"
    "BvgXNW6BT9vzq3mENOA3YM3ugByvs/YVwTThCyfGJ8P+NwwrfJmavfv7W6+GJf4+Da+C5b"
    "jfu/6D5HZStVdZz1ISU0mfQTxR9L20hbhkCdpCi4wUzVYO0jqhqzpPTN0g06gakdjLotqw"
    "wSy9OIakVgRTsiW18hZHvQi1IoM4ZRBnw+CUQZwVBXFuy+rKKE5xMnsF3GoGreXTrvmcVk"
    "jxlpvB689oPAzpnr6fzI/SKB5JlsWsMDMKeqFOXQQjJsS7ibp4D00G/eTxoT/uAuJPOzVv"
    "xqPH+y5Y2mhjTU184+vgqt8Fzra28fHZOQ9a1iqTPfujMk0ejMZ8Ab7LUeDlq6xUZ8VFhG"
    "bICwF+3YRoAswDxmHvIWjm8a++EXDx/SVU/togvB+vZxysJUu0voCQD1WtPyWTl/jwqj8z"
    "dttc5/etkIylLO7prhp6kOWxaCRlRETGUeYvLrKMsqRwJXH/Jke9CHEfYVY4+ea0pKSd82"
    "nnBIt1IFEazyXTTnx30qXpSdak1HfUAMAgTAPDQDZbSrj1wpl97m30fY2+g6990LsfAGhq"
    "FsKQgXfEXY8EzwOacW5ubBwX2u+JH9N8RdLv6CS/nEmFXPQETVYSn3I7Z7K3LlTXkraVtG"
    "3jVqGqSavoa6UwzontiotJj709PPZ0ZWMz4ndzkrVvRQSc25UkcKDLPifxHZUREOfTsy9F"
    "zAtnX7LtC+Qek271oPOqG+9BuSbFhUC/7oXlGdr64lVxDVYkUx41GBeU9GBxenCBXwHalq"
    "2zyh1mLzQJMRGMDDUsNf47c5GxUZlmsLHkscKwsS0M0MEK4vzJz+7JY/m/+q1/9TuNzQl6"
    "mJqj4e1g2O8CZBq6CWV0jjzrJ+C3nqFCAimZSlb2/pAQE29/KF+dXahzvp0hFJDbQunbgq"
    "E6rkKXyb1sNgxxGZ7WHDtN2jwnjbLZ6147zXPSKPsWR72IUZYYTDitsRERaYbNN8MG5qgD"
    "7a8Tv5t2QrrT8hqZULwm11jk/IEpf3qWJRDIca5FddUZ2/ONB6FrvxthYYKWgV7X0GTpHl"
    "xAhR2JChUNLjsQpaLxd60EaFtPfH+AIrXLRYSIJrUwdPPpQJiID8wE9yUqTjbauIdOpTHp"
    "Q1SA/BitAyF62EZ6iQgSqXu2MLByQEgq7UCsvvmdXZK+WsvWFMmRmOPCt8UWaiw2PgA0SK"
    "K4G9a+349AaHL6ONJ1PMPPMVjj830dFbKtFHR4/EYr21IBYKtmUE+X5BykVQMdLzuh0w1z"
    "Ef7kAHWj6S54gtByyOU1UBcuJHJeJkMdCyETph0gq34Y0yEyyD9BHnuYQ6Sszkvu1VGdV2"
    "ZkKTXBTf3Z1pqGYxkRizLHzYEsV1aOm5DlSs7ZMohDsbSiJKSR77RJsRr3NqKl0hnHmOBW"
    "7inG8hpVkt5GBkgce2OSARLHCZDQHYvUi+MFOSkngNtULc6dMhzlKC5qGEu+imahgHhuae"
    "X7X/ovrOyhoTFEZSbShHcrfoQB/WoVypqpVeRGPrA7kLVAOUIgKErM5WO3A3ggW+Oy7bvV"
    "Qo1z/T752h8/DEbD/nUXhH1MTf/qbf/hIbxuQMdJcnnHWX2kX1429O300JJ+eW9x1Iv45W"
    "Vnesw+YuRkenzzZwvp5yj9HI9OV+7yc0wtACVg+ujAFipyRSGNLnncOc7rdx5tCcpH9h1t"
    "JUrSdbQoVNB81m1kloBVf9uTqGDp+Cce7PznW50GtC9RkVrD9cwvcnowUne0L1GRqttdso"
    "3ruU/+HIjR123Ut4gTKXApLcmZVHSYjuJ52xrE9nS91XFPir5mpsPgd8ANdsp5oY+2LQvb"
    "fv4rFIRsH5YAo51+LAoZosIZSH2hnxxAxMC7++FNB/z9vn9DnGS/wdl9B6guWJNsoafgTr"
    "98/zegAvpIoFqq7QIHAXeFm5CUDw6pKx640wDnSbeob+3sFR+pWBlK6324LFjeAFarA7Id"
    "cvBDXKxbKNlGsSybelxOQAed87MC1q3zs0zrFrn1I8UzMJZw3VTt1wyTui+RNPC++gpTyw"
    "DOM/D6mVpCwwXG8XIw7I3/YPuKXDIyu1z+Men3EphL21L2dBfXthTuy1ybSFyq3s2kHfYQ"
    "Hm/j1GikhyI4tRYk+iOuxW0cgJ1Uf3z+FfD3LsOH26fMck7BIadW4By85fIKnIRNQNtThQ"
    "X/00X4qOn3hM+QAJJ6BX+jJ0qabpeEgjkr9GIChKdJB5DaW1ADpPgc1DqkxqFG7zCOvVU+"
    "SZ5xG7BS5Z1x6ejyHG5DAQFPtWcXRfzOcauc3OUpz3MbGXu71AWyTcb6ZPRtSMqoUlvs1O"
    "xd3w2GXaBqa92cmnd94njYBR47PzW/DvrfyN/POnyBDcmq6qUrZ5f53JVevtzinscNfq04"
    "AkO6L2ZD305lo4j7Ivxu6bi3PUY9LingqLdklBkqZXqYvbOtpsxeOdXKlKD0XPzRaG29ta"
    "Dm+C9m6uDc7nYHaOHNALYUPZy9MpQAr9jejKm1kNulsYawdt83JpsS2TrP7KZEIk475Ua6"
    "S5KhSSSDVIEbrgJL3SwbenF1s6WNNhbnwTIqI4/q8qheOagbhzsQLiIip6hUfI6k+GwcGc"
    "C1E9TIp7obUbr3lADpTdCPmJhGt+gm5UUbw6WO3/z1hKE7hvc6eWqj7bXSCxrRuTRGmRvt"
    "2PtUJ0eDlLnRZPF48bJ16XO+SpJBe/FydZU/qduVyWgPzunrWRc8n03N3x4vu2C1mU3Nm8"
    "GE/rHU3eDv2573N345/PdodHPbx38jtDTg1Hwc0jK4JAkS3iC8Co241Xj0eI8bBYek47NT"
    "G5vLQ8lv3uTB2/MruTgt4naPW2WCS++lFWwueP32Aqz3Se+vi0LeXxc53l8XqZLNUDUg7o"
    "t4C/Fsrkk5EZb82rdXEhZIM7cqlg0X+neuvZYlLOd8kTk/V5XZxtRYNp/sCR8TkrOdf7Zj"
    "ZG1GBFV2zexQQNbMzh+MPWpmS4Na9gIkrkFNxtOJNupF4umCL5bb9zElKK1VMmtjfcY/mb"
    "WxiDWFK2vj9osuAVixLX+pxe+A/I1UVzu02G6QQ0aQeSxTfpWddIjb3ElrQJ8wrZ1GUNg5"
    "z9i5rSFdJHMOzS7lpZ95gSbJQfMMu7Su5Byt17rbAU/QcoHqABX4fYMFMjRoA92k4b1eTc"
    "l3qgnoBwX8WeMVpAxzLCVy5tTx2KlpwwW0IY033nbnwrWF5yzuTzcgQGZYOPO9jD1uyvmj"
    "k2PU9SaI4qwYtEVedp2olIAsf/m2sIz8aDvITyEJz9MPZ0XgJc2yLVT0ZrLwEp2Va+g4TK"
    "xziM+UpACg101+Yv18xVf4aishANw1kPqGbj45iqbjgzaD3crGOSknHNpV+OOQHOB78YgJ"
    "UUkkNoVILEIf06M0J98VlZH0YdL2ThUJTkTjUpJEzCcRnS0ncCDdVZxdaCiwOymv+MzazS"
    "bOghzPByJbNFd0MxeBnbBGl8BGRUyP0YadPM670cllf0iTwtwP6Z8QICrQ0BpDBZb6MzQB"
    "TeVG0o8bSNXAOzWgVvANTX39GyB1b8DLClLm5BUYqqm979BGUCOp3wiLQ/iUnxwAtSUrd1"
    "ydT97N5/yJDwcO2tj4GwtcOMMLeH78S/I9R+V7Fn9pXO7OQXvhkmudXZwXUtDOcxS085SC"
    "huYhf19YOYvIiMikFYH5UzbKn1Igp9aXokinBAWEu/yk4NHVex+wmSu1CFCfnn0pwmKefc"
    "kmMck96bQmWQfv3MZbzj4qJHXkxIdETq6cgEZEJJz5lIM390rQi6/DjtoJ607NOPaVxlTj"
    "MV41xoOryUlq3paA69DvRlBUI59qBqZHohs25i2aP52wCAf/VieXctiYClYIngqyDiMTgi"
    "esu6/wyxGVHeG/XdV58vw2vEGlDXSHXiFdd2iFpBdE8svPoeNAB8xV00QumCF3hcWfIFb9"
    "0zxDxc8q2VNkYGaYepnru56uXurPuuZqs0vyCj+fnX78/PHL+aePX3AT+prhlc85K/9gON"
    "lBFOCR5Dnu+80FpAkqsOOSz4Z5NsmctRGJ3VN3v3W+fZM34now/2uj23upTQlRqTc1XW9K"
    "nUqPs9MHpjLGTh+xomXv9FF34LKz6MB4UW6ZTKd5PLxMphNusR8/FNhhP37I3GDJrTeWd+"
    "Rb/7ILXuBsan4bjX8nmWyJnY9ktr0aj4ZdMLc9e8Lx84ZglN0NI+ah2GBspWt0WaO2bIIZ"
    "56BcPg5urwfDmy4Iepia1/3729Ef9KLnFkavjh+HQ3oNq3smvfIwGd3fkyQwjossi6SA+b"
    "U3uCUXFqpukL+v+7d4u/U6wtpu8H4NGeB9nG7TkgL4JdbtdLvTFFbgIzuWUexkqbu8H9nN"
    "YEKTKU3NwV3vpt8NglOuR1d4Hfx1QHIr4VHCayEJSGnGJ2JDfDjQXWRzadRxqSZvRw0LA5"
    "jZeJpz1RHbStQ4+QPeu6Ucho2Qq2hYc55zT+yUpADrfg2Iywii6pcOcnCD9kHbabKPGsEn"
    "XAnvhtp7nIy6gEhOzfvx6MrbQglf35wN1PMuJUFaqslgJ7KPmClBAb6E2k+Yrmq7+4CfEp"
    "Tg84PvpSB8Vm2d4MFQpHemL4zJyqRu/GNgIZthVcg01QTN97LTNAzqsu00Kzwl3ZVC89wq"
    "lupyndKZwjWuKf+nxWfHGHbEjoU2PHM6S7wqW2Qa/U8fWjLFHQyStsmqtZaxUkdkBNgka3"
    "CTpRHNaYizE22GAs1ItEmeJ0yiTVXT8AvwjMZWQg5H6cMxRzbroJi5uIft61vNT1uymK/h"
    "GtmvynrGAWdMpj5IL07PWgKqpjtPypIH0ohEfYB+aQmcK8SXDCRoL4IqWHUWEF+FfoGzFU"
    "JPigPnNmSAvVMHT3cghD3nCFSU50Bd+GAdCIg32SsoQLyxbWi6ip8hkDeRMlNapkM5tudv"
    "w2Ase/eT8ZLZUIvl9yuT/Is86gFGMsn/MbaliMM4J7RpSYltHNul7iqWjZ51jbuIOkNUop"
    "tAlySu5oU1IiPxlGHzFcIZL1hfFNG4lJyiSXdar045J6gJMYlqboIHfwqmAebORHC/7amV"
    "uO7MRRD/WjOyH2actkrAtx/vTUyM08fMAjhHj08lAH2ju/eR3sQEmnHkLIB0sLaWgPI40p"
    "WYECc2ogLwypwwRXDdnRMmpTiUsSoE/Yg5WaO6UoGZKouvHaX4GvVzP7CyWNEM1W1ZHhIb"
    "1LaQ1/4QRWqGiQJSpSkyXGh5Jf1YSTLCm53cNBm4mbKtLVh2poyg/qZjbJYyRUazUmTQMU"
    "nhnGPs99sL4VoRN/ZfFEmRcZGdIuMilSKDflLKxjZ4EI4JiQjzaZHsybhVNtCnqfzJ1mZm"
    "6HPGxoMQ3k3MDAYwFErAPMNSVeEcXql3ibgcjW5jFsjLQdIX6PHusj9+d0phx41074wkvQ"
    "HEtwsX8QaQduFyt2RZ/F0Wf2+OniyLvzeffyDZxxYGXrQ3B+vY3/yuhKsFX62mjTfeLD3b"
    "u9XJ17Jpo0pVbJmFsnkqtsxCWWkJ2e1rpTDODhlJiAkQD1x3mIg+56vAFbQXL0ik/EnNyR"
    "hJroiLK/LDxdQ5KZagMFPw74w1iwuLMKePlHTHC9bbcxTiwnIU+EdBcnnZK5G4XJ6M7BFt"
    "1GVkj2RwWw2nZHAlg9tIXA9ncKvkJCeqw6yDR6938thIEvJeARWZoB53FKrveAUKIGfFel"
    "l37sC6c8FYFGUYgvZVUQzHKz1XQTobOqGZ4BarxVIv0ie45QYGQ144o/U/HvuPpHKKJ82s"
    "tvJ4ddV/eOgCZ0PJknS1lXQ9FnLKHT1O8Gt66S9JqZ3ew2+kzdxWnZX/nkfP4mJBvICxAo"
    "uyE9ZuJerLrtWWdJ6ZdW2yV6TjFLT5xz7fSpO4T2jbyN6njlBKULJt/GybB+KcGWiUPdXj"
    "UiLgHp/o50Xm+Xn2ND9PzXJ8xCTvm8I4O1fqVuKgXKkNwzkH10qSolqG+jpDiCt7XFRGQA"
    "tWJYnG8Sptq6TmAFc+4LhUM3ICk8cKkxMY0TfkGpOIiByQ0gckZibcp6xHRFKEfbfu806K"
    "+ym6KaQERUC/hlNPlFjjxppJngmAdCW1EfjLexylokfjOcq2uiLUyli20yZdxBOBli/ba9"
    "DjkiUMesPWsJYMMsPxID3KC93UCXm7xzAnROU4N3mcpV+RaGu49CtqkCOM9No4StwdTXmV"
    "UQuNJ+iOZAYL/DJatnodJd6OOmyxfFt8R64c3xbconrfFhlWJ8PqGsJwfCiSuga3yqnTnk"
    "pec9zMQMd1v6rYRciCtoNMlRHklZ+vJiImM9bIjDVvWC+RUS5vcdSztNGUzlTkWB9Nwnzg"
    "yZ4vaXXTJkPm4T6ZHbkE/UdUePz09AciVDyLfytB8nNy64dniC2cvbyVOCXSse4PVCz9q5"
    "hIbVPqHAJTmL1HRJDWcD07eIsjpMsd7UgkmKqmr3zEMkisLZ75VJYSGcGqEkfBtaobMnNU"
    "sygub1BSQOe4igcCApJcZxdFeBjcKseTNsXE2MjYO1YrkK0x/mTjG214IrVG34b9cRegF/"
    "w+U7N3fTcYdoGqrXVzaj4+kFthr0ePqyLhbxvGTlU8eG6zv7PmfkOyDhdxnkG56xPqqgs8"
    "6ak5GH4dTEiYm24+625Twtz8l9mDQYlLSq+N5hAmaZ5MsqPZH1g7ebIi7KjMWVJqChiyh3"
    "LCGRGRji8yA8wuSMvNABOc+aQXUQ6ikS+Ujehxkr5Q0BmcQjAY2WwC+UHSMUZw1oAMMq9z"
    "TFRGOnDsdOA4NjHTIHAroWU03SFx4QrvNE7KCZDXu4ZYNkt1nBeEd6WV6qx44E4JCkk7Vh"
    "DAL2nHRtGO+CCkPzMGJNcbbytUoy9esM5LVzxJNrWIbJKueKKNeqmueKqlY33yCbJyp/A4"
    "KfQsfUK6aeE0KOTJgRX7gxGyxKFrYtjUWZ29tfgoJDvnwb5AFKYx7UlQsAi3Mju8lP2134"
    "2gKAUnMg1aBnpdQ/NQ/9frsCNBEQtOMxKxwl9i+ANLOSFs8Sp6UGgjaEcLbWgjWISh0JS6"
    "HfjbiJRDvkLPs6ccnAa0L0HR8mdU4Ly70g89u/ugFfbCbiNoRwgRaSNMDrSf9fnBcQ9eL6"
    "JidIwomnYCVW8QTRsxCqvlHBBBUyz1SyvRiQSpHL7PcYUatRGuQG9+xnCxE0bzwPXV60VQ"
    "rAKNWWK1G6sXZD8tDPRyIEjf/G4ER0kpgzEOsBKNOT7QfTFCRdhow9oQ7lTzdYLIfwt6mt"
    "6QjvYx7BzVVyrH05T+LiXhwhn+SptMPbzusYJ4kU0HgZS9DhH23VTDEfJvRjxY3RVuuFyF"
    "ItGoUqZ3K76uJIvm/ch1TA2WV4ZvamTlzXZPjS7yZQe6Wltqhr6aDHVtlNOqzOZWobsqRY"
    "cJ7m53s0C2yUCfDIZX4/5dfzjp3ZIQSnzAJhS/akzN8ej21qtLiAyDjMEeA1K+w9l8pZpL"
    "aCBGgr3smiQxIQE8W/M8XaqoRqI74W9In/nyPP3igjLzHoe7n6Xa1GjAtYfGhGRonHSgFN"
    "uVTjpQvsVRz3KglJn161hFA+Ms58YUk5Ix8MkYeH+p4Z6uKUE5XXPj4SNcxoHx2+JlnOwk"
    "Yrjj3+zuwHhZZKP0IhvsNULCuyv7QHJVPKCGyXEcTtuyZsRpghJcRoRLulplOovQ3sgwG0"
    "Rtkdl2g5jhUxoOpOHgbRoOqikD40KW/Ta7pHko0IyC5uR5whQ0l+Rf9qfQThpIkn9vcdQl"
    "+SfJPwFAlRSVpKiaDW2ZdWClvygHgaJsDo6eD7CSZMoeZIo3wXIYlXAG7qZVIp7SVZIrGx"
    "ryIemVRtEr4Rzg5VlSgpJwKUa4+N9BCuqBmeEXuBVIQKy3kqTH74v/7+ez04+fP345//Tx"
    "C25CXzS88jkH9LQLWgtritz3h9eD4Q3nShGIdYH/j6k5fhwO6RX/H1Pz4fHqqv/w0AX+P6"
    "bmr73BLak84v3/yT6fQen+sdC2EeMTyPaNDQWkXyy3X6wNLaRsbK58xlEZASCPz+eL07MC"
    "Exq3ypzR9F4c5ZmN1xeu7LpbCeEQriSp7hyt17rLncQ4ISYc1uWHk/iIraHj+JpZ4RCGlK"
    "QAcNe9XvsgqhuMHGOT3DnTt4ICgF/DuoJfYLlkncizkY6I1Iixaun1wFz+gY/k12Dy8Zla"
    "T0RiL7WnYcxa2VqPtBRnQ91Om2ERSzHWVu39Rj0uKQs2NscwnB7lhW7qzmqvYU6IynFu8j"
    "hLDwCu8eXwADCRBjkxjYhINKU/ReWghvYTPlQTYnKqSi+VI3mpvERc9w8EV7yMZElwE59t"
    "gUAqsh+VAO3Q70ZMWCObdgFIpV/VUfyqMiIM9narIvl6BVqH63MXosDtchkK0C3qNqSEw1"
    "u279As8GCSYVnN8xvCzfXgmy3I6EZFpCcLg9OVoW5bo+Z5EaPmebZR8zxpgfC9VvncIGJC"
    "AsJciSeEY8F5GuScgEK/fTPiCcljhYknlL5xPL5xuMXvg/t7csH/x8ke31QF3nLfdRcPC0"
    "sfzNxsYzLSgJrebKULYo0uLdL8X/LsVW1XX6jMembZG21MqBm7rVDR+9I6/xasttI6/zbG"
    "2WO3+NikqIy0eCbjEGhFaU5EY0LS2plr7QwJ05LMcUWDmBs6XXcaOaJf6257px0WRD8QXi"
    "HLqyexjX233MajOkwiXth5jjkkjEsvYArZJhXcaQU56QFiMgFUBCAT/28B3BUEQWc/ObSB"
    "AzCGDtBN8I40stELsKDtiXWAiVz6J2n5/pckT1HVM5h2mqgjwLYo52EGm0y9sKhK6M/Jww"
    "w1jVcIs+0z24Hg3HBTgvIc0zTPLXFgzTnMHMe9qKHQHuRfxDzNRBbqwwHmqaDcVoRT6yIb"
    "4+OcaXrQ1ucr1mHGv5N7ilG3bUp14ZAHgCMeAJ63BRmLWrsjIgLauiuJHSUfFQfCfnMB0a"
    "0kVQ5+outnoi9q44iI1G/hOM4ZqzRbRuo0Vudm9uP/Ay/55sQ="
)
