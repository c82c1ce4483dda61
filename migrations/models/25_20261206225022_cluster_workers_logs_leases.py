from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "leases" (
    "name" VARCHAR(64) NOT NULL PRIMARY KEY,
    "holder" VARCHAR(128) NOT NULL,
    "expires_at" TIMESTAMP NOT NULL
) /* A named role one process holds for the whole cluster until `expires_at` (the scheduler's): renewed by its */;
        CREATE TABLE IF NOT EXISTS "task_log_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "task_id" INT NOT NULL,
    "number" INT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "uid_task_log_li_task_id_b11dbc" UNIQUE ("task_id", "number")
) /* One line of a task's log in the database: the log store every instance reads when workers run elsewhere */;
        CREATE TABLE IF NOT EXISTS "workers" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(128) NOT NULL,
    "host" VARCHAR(255) NOT NULL,
    "pid" INT NOT NULL,
    "queues" JSON NOT NULL,
    "concurrency" INT NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "last_heartbeat" TIMESTAMP NOT NULL,
    "stopped_at" TIMESTAMP
) /* A `containr worker` process (or the embedded engine): what it runs and when it was last heard of. */;
CREATE INDEX IF NOT EXISTS "idx_workers_last_he_e538ad" ON "workers" ("last_heartbeat");
        ALTER TABLE "tasks" ADD "job_id" BIGINT;
        ALTER TABLE "tasks" ADD "worker_id" CHAR(36);
        CREATE INDEX "idx_tasks_worker__67fb8c" ON "tasks" ("worker_id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "leases" (
    "name" VARCHAR(64) NOT NULL PRIMARY KEY,
    "holder" VARCHAR(128) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "leases" IS 'A named role one process holds for the whole cluster until `expires_at` (the scheduler''s): renewed by its';
        CREATE TABLE IF NOT EXISTS "task_log_lines" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "task_id" INT NOT NULL,
    "number" INT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "uid_task_log_li_task_id_b11dbc" UNIQUE ("task_id", "number")
);
COMMENT ON TABLE "task_log_lines" IS 'One line of a task''s log in the database: the log store every instance reads when workers run elsewhere';
        CREATE TABLE IF NOT EXISTS "workers" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(128) NOT NULL,
    "host" VARCHAR(255) NOT NULL,
    "pid" INT NOT NULL,
    "queues" JSONB NOT NULL,
    "concurrency" INT NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "last_heartbeat" TIMESTAMPTZ NOT NULL,
    "stopped_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_workers_last_he_e538ad" ON "workers" ("last_heartbeat");
COMMENT ON TABLE "workers" IS 'A `containr worker` process (or the embedded engine): what it runs and when it was last heard of.';
        ALTER TABLE "tasks" ADD "job_id" BIGINT;
        ALTER TABLE "tasks" ADD "worker_id" UUID;
        CREATE INDEX IF NOT EXISTS "idx_tasks_worker__67fb8c" ON "tasks" ("worker_id");
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP INDEX IF EXISTS "idx_tasks_worker__67fb8c";
        ALTER TABLE "tasks" DROP COLUMN "job_id";
        ALTER TABLE "tasks" DROP COLUMN "worker_id";
        DROP TABLE IF EXISTS "leases";
        DROP TABLE IF EXISTS "workers";
        DROP TABLE IF EXISTS "task_log_lines";
""",
    "postgres": """
DROP INDEX IF EXISTS "idx_tasks_worker__67fb8c";
        ALTER TABLE "tasks" DROP COLUMN "job_id";
        ALTER TABLE "tasks" DROP COLUMN "worker_id";
        DROP TABLE IF EXISTS "workers";
        DROP TABLE IF EXISTS "leases";
        DROP TABLE IF EXISTS "task_log_lines";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztfWtz2zia7l9B6UsnVZpex46TrObUqZJttVsb2/LIcjJ9WlNsSoQkjimCTVJ2vLv93w"
    "8AXsQLSBESSZEwPkxPTOIFqQcggPf2vP/TWSMNGs7P/fka9udztDHdTg/8T8dU1xD/g3W7"
    "CzqqZW1vkguuOjNoexU3VFSvJb2jzhzXVuek14VqOBBf0qAzt3XL1ZFJRCYrCHwJ8ARfwS"
    "UyXVU3bbBChuYA1QXIhKB/eTsAmm7DuYvsV/BurWoQ3wAL3XZcsCEdP0HLBQtkA/gMcRND"
    "daENkK1B+/3P5FU0NMfvopvLWp+6MfU/N1Bx0RK6K2jjZ//+L3xZNzX4AzrBn9aTstChoc"
    "XA1zXSAb2uuK8Wvfb4OLz6hbYkv2imzJGxWZvb1taru0Jm2Hyz0bWfiQy5t4QmtPH7aZHB"
    "MDeG4Q9ecMl7Y3zBtTcwfFVte0GDC3VjkCHt/J/FxpyTkQT0SeQ/H/+v/2qRZopyN5ooD4"
    "OJonRSM4C8QmJ4/EtzZJLZo5O5hIH5y+t3Cwi92iEPuPy1P3539uk9hQA57tKmNylcnb+o"
    "oOqqnigFfYtyOLzKxjbSgF+uVJsNeEowgT1+9WpQDwCrAOLOWv2hGNBcuiv85+n5eQ7m3/"
    "pjCjtuRXFH+Dv3VoE7/9apd4/gv8XbgaoBNQV/dGmwJ/CHywY7LlUO0sGFLdTbJaoGrHOg"
    "nQz+OSE9rx3nTyOK6Lvb/j8p2OtX/87N6O46aB4Zgcub0UUC+LkNCTiK6qaBv8J3XH0N2e"
    "DHJRPga77oz8E/WjgUHfwDtZFpvPqfW97QDG8HD5P+7X1sfK76kwG5cxobm+Dqu0+JDyTs"
    "BHwfTn4F5E/w/0Z3g+TyFbab/L8OeSd14yLFRC+KqkVWhuBqgNpfZEdZPEVWO3Jhps6fXl"
    "RbU1J30CnKapu+tT5dJ6+oprqkY0bAJa8ZnBosfYKeoMk8UQT38o8Tlo53Ttys2Fkie7zl"
    "LtzwXZj+P8fmG7QXYieI77ofTk4K7Lq4VeauS+/FF3/6FSkr1VnxoByXEu588+ljAaA/fc"
    "zEmdyKw2zZcKH/4IF4KyHiVP5UZCYnd8fIRP6UBFgeYt7KISY66vCHhZUtZ49Rj0uWMOr+"
    "6zZl0FsyyAEmuaNsqI6rbJy9vu6krBzpJo80Hihb4TtYR0TKPF03d1B3HKZTOl4c3TS0vy"
    "Ab6kvzK3ylAA/xe6jmnHWI9lW0R7+bdkK6vbr9lG31JVTwohMK/3b8i6HrHdX6D5f9q0Hn"
    "r2MpzVaHqS9bu1RlSyrJgivJeIwVx8XfMXPtzNYxknIiahqnX4qoGqdfsnUNci+hbOCBMN"
    "ASfxOazlhRswFPCe6FeMMOIFXrznhJ1BfQYRz9/uthdMcGOiqTPPLpcxf8LzB0727LZncO"
    "uASNfOdA0g+QWGlIB0nnwAqxgM+e4UF7ObF3T2wD4fWAvBMHvlEZAZfrT2dFQD7LBvksCf"
    "LiT40L4KC9cEbN0/Mi2OJWOU7bFLo60Rbwzyevho8SGBk21gNzs06pF/GzH7On+qZ4x4Km"
    "htFU/BfhPAF27gd3V8O7a2V4h5Xgm5seSPQ3Nf07g6se8K9BbWoGcpd4KxteP44HW0k8nA"
    "t9ubHhttXjXap//CuDJwStxlgRH0V7wgs8OeZFnnaDNfjIkwxkRp9yT6wBkUdYxDyyvX/R"
    "v/z6eL+9TzScjRV/fn88iT9ftd1ti8T91N3RffQmwn0PxuPRuAegbSM6B7inf5Hl+zR7+T"
    "5NLd/25sApH+ugxpmOn2sS4Dhn+PjxDs++6x7w5acmGad7Mp/JEFlQ22dcyncFrKBquBnu"
    "rN2DspVu8BGm8+ugfzP59bce8F73dWo+3oXXNmZ4lfSBv8b7Ef2w8KOQSz5GC9FPqxnjFb"
    "6uYtloBp30yA3NjOgflmhi2HSzsmP+SVX79pK8wd9OP3z8/PHL2aePX3AT+pbhlc85YzC8"
    "mzA/CGW+gvOnvYzozA6kJb3JlvRwnyyqMYcCB6nL7RnRSrRldT6HjkOPO7Y+Z+t22UPAlp"
    "bjsf94rOGaxOGuZxx7Skymvs2kSj2w5P1kjmyuXTpsXx+aH1oCpaY7T8qSZ3pGJOqD80tL"
    "4LSQ7SoznR5uGTM0e+lNCdZvNI44omYb3XCxVv8zeewxfFGVLMYOdF3ecYnKyCGpYEho9o"
    "QD5zZ0GQOzM+8iItlgdbmxqReqttZNhR2XkeO2jUnVaDiqatpX7WjBehNGaL5C+px1cMk5"
    "kScF5RpUvs5EMSaxDTPV2Wd4YqJygEofIIwO5EqADAWEW5oqiSZxVb4zUdC+GVOdPE+Yqe"
    "6qWLlixVBlqmMRib3UsYYdgMpWyDzPobKw0ZpniifEpAls/yktE2OyJ7u4iTHeB7TPqMcl"
    "5ag3ZdQZXh//7dPf+uyVM4kiJXhADHZ71tudEdcROy1a4x45UY0JyeSUBKTQfNZtZK6h6X"
    "LimpaU0zWO7XIDHV5UozISzzieJtLYuRXZcEZE5KefyoZH/4Zz3gkal5JTNDfXzwcrjS93"
    "ut/9tqdW4roz4S8+r2I5f/gVwN3jzU0na+cqAd9BvDcxMU5v2QVwJktoCQDf+d20c6ndCW"
    "1ko4lhSoKwx8PLSSd9MigB1OugHzHna/QwVGCmeif9EmC9CjsSdLbGdKIC83WrmZaAbsHM"
    "9ZbO2ZQSnzFxj5S/vtF0dwznyI5niDNud3Pz2UlDxUA0eL05Se0X+jLTR1DUPeAPanPzyT"
    "znwH+enp6dfT49Ofv05fzj58/nX05CL0H6Vp674GJ4TTwG3ai1LHAh5CS7c5s06zRl1joe"
    "7bRkFrJfH4sIZvfaX+cIl6NuE2R4eRSjMiJEdlUdYuQxIvLN2KiMNGck8ITqmhfOrYhcAN"
    "plb2sfpGpGdk9O1GZWRo8IvA0VBUbZ+HDOg/FWQrjQs0o49z28lCf8+/hhDsXEOx+cnRbA"
    "+uw0E2pyi4k0Hz9XTKgilEViWfbx4j3rJsTEm87V1OtwVXfDkwa4FZBZlaysSkOn3hGLZ+"
    "rGhMSbuOUsESk36XEsoBeUJafDMH76d7p5dk+PY0dSeQpO5UmhYi4Au6lrAtmqzr4lHBU6"
    "F6N/9sAM/ZiaV/1J/6L/MOiBIIGns4/iUTodzUGUTsegc6J+nz34nO5G49v+DYYZ2WvVmJ"
    "qX40F/QlmCgh4PZ90qf3gW5G25lMKtRJ0cW9Bx9Xk9qmH5ID9D2+E0b0REBLRvlK8QapDw"
    "2zkKH0VMXEpmgMXcWWWky+BbaGPPoZK9EbNHJiUo3mm8/I8gBI3PLpIQE84yUok11TFVy1"
    "khXhtUQky8WV2+GcrR/5uxdORFiAQSAqWQ1hIl0jZfQW2T+vxDkbUat8qc1vSezI6u1ORH"
    "1SplDR1HXTJWjGz2nZSgCMty3eQ77cqMloFlMjFajjpHYnRTrP5YTWZGPHs3urk2f9KkmM"
    "m/MzIh0KBloFfCzw7QAqjAgfazPoc98LJSXaC7AG/HUAMLZIN3Kpij9Rpfw3+oYGar5nz1"
    "vhu2XKCNqQEV/2+FXsgFiCel9nPSBljjY6XrouGuiyyHcHHLOdM7XKWV1i8xwWs59+tUhC"
    "UqpiajNsLj5eXg4aEHnA2ldZ6av/SHtPjHQtVp5Y/L/t3lwKsHMieQkHogzbCx46cvl1mc"
    "hAX8UFvxJqtWHerwGPjuDjg1+/fDHlAtfWp+H1z8Ohp9xSsYnK0QesIDPLga3N+MfsMjDL"
    "31Dl8b3dyQUij4GjIMsl00Y/i8VZVHF95KNHnAmhT94u1iirNSeXCOS4mgtFVtS9PXTNU4"
    "G+JQQLgI0A8nhWoYkWbZi8VJuo6RPyn3MEOkJUWY0nXbIbDismLV6sgJJQ8lRMC7htU6ox"
    "rKDgObKADXPaGlnbjs0NBWWSql0aocUyUtirjXqMclZaGu5lgm06O80E3dWe01zAlROc5N"
    "HmfJzck1vhypmL65mRPWuJSk6Munk/PRSgPMzcHzsO2pncDu5OGJz6wYCc9l/+GyfzWQFE"
    "dHoziKxh4akF1w5MKX/OXrGHoFybPxHnu9iAP5X5U7Q8cb06T+O7ZL1L/d3ekYVWzasqB/"
    "tG8CrO0TUhMDeILg3R/417v4t9v+lT/e94jP0VWfoAMcF1oOeFkhB4I/8H1nZP4BaGkThz"
    "QiXzl0uuBFd1f4bwdQNo+0g7TG50oPaQM20W6Oh5Q3MfmgjOQ9MG6xn8D7QNLgZqdSbCVk"
    "GkW+CXCfQjqU2milOlxuyLiUnPUFZr3jKg7EoPFbD5Ky0nzQBvOBNAG/JROwNBqVeTTLsW"
    "9IHfwoOjjVdQ5TwL8j+2lhoBeqOz7g/sRBvlJV/BLarr7Q5yodt5QqHr3dzVPF59uGkpxE"
    "6q9vQ389PT8rFKRylhOkcpZitvhTM7k02FBAKrClK7DzlWqQ4d6bCSbWQZOjaju/Tib3Pb"
    "ByXetvJx+m5tXdQw/giUX/+KUfhDjjRzUoxPkJWq6y4Iuai8oIFxxaPjdDOIGVFWKVjMmJ"
    "ck5JihBFVzlrwBtOn/nWvxle9cCzauhaMlGmGQuO7jibrIyYjENmKCHcYlMNnyi0ddXgQX"
    "grIRzClTDAmMhVZhDvgIxDTb4NMS4pLcVNthSTsVIXLmux2j3IoaAc4yaP8QL/QnzKYpWc"
    "y85piAmJcCKrO6/BgSo+jyhPkGEkzoY9LiVx3xt3E0O8J/hRUTkC/CNAfcXcSVRxKQHOaE"
    "eBXXVduLbcfT38cXG5rTd5W7cx8i97OfnjknKUmzzKMpQjc5gFDuWQxGOijTrjY/ffPlkY"
    "nDN4JyYkM5PyI3dk6fWigTvZpdfDtKTjUORdBfU/GHEoV5HaINlBKEEFkQoiUH7vQPNZt5"
    "G5hh4VAX3Bf8nAFBmY0pDvP+45+HhSwHHw8STTb0BuJWL5X7MqIRy/JFEpARD3o4fJ9Xjw"
    "8I+bHggm3p/G1Lz9jV6iBwrKADd8oPRvOl1mju+TbEuVlrp8ZuWXgiK5drayB85pSRHMjn"
    "WU3mpbCISNnnUyxvvEQYxH34YPw5HHHBrtiUkoOhnd35OwCMdFlgVTcRJT82pwM/AKeNGj"
    "XfBGDRnWfQjm0pICrFp1W5Hxs3jPRxGRJu/c+8ZuFQne/ZQdu/spFbqL+9o4fOFBEREJcQ"
    "GIfU+epTrOC7IZWtVOJ2BUVAjIj+aHfTlkGJLiIhyM6h4J3ohcGYebudCk4nAtZDOwzaSu"
    "DJpL3koGbyWyWfw6mViG7esrEP+hJVCu4RrZr8p6xgFnTKY+SM8/nLYEVE13npQlD6QRif"
    "oA/dISOP0S9Qo0ya9lnA0uEDKgarKhZUgnIJ5h8aowDszi9R4OLkajm9jh4GKY3P0fby8G"
    "WN+mGxhupHsemzT4z/+tbdaW4qPIiX1auEbowyutxV4W/Ky/4Cd6wRgp2b4JNu5xKfGOw+"
    "Ub7zzE+GoGR2XEw7h8lUMS5kvC/NqgbmewlQyxe4ujXiTETnJkcR17OYjVI4FPnNCmJSW2"
    "cWyXG+jwohqVkXgmc5s13goAEREZZJs0gtvo33DOO0HjUnKK5gYu+2Cl8eWOXL7f9tRKXH"
    "dGLsfnVQbfYMbOVQK+g3hvYmKc3rIL4EyW0BIAvvO7aedSuxPayEYTw3SMj77j4eWkkz4Z"
    "lADqddCPmPM1ehgqMFMlwWuNBK+VJotAQ3+G9muHlSwS3OvmJYuYyCcs1b0fRkT0alJHoo"
    "8i/cNnsofI5JFGJY+4zPU2118WiEgvGY+XrOHR3enJXRq/3dXgZvhtMCbB2v6Ck47f7hQa"
    "qqrdPT5dBE/UTlSkvqCIk4q+hbJdEZR6Zn8OD4Z4LewOdXIrt9cYnfZBeFVVMla6zE8oIS"
    "Vdeunv6GgURA3DtfbskWC/2mPxSspKXpomL13SaZ69mLXTfSqd5m9x1Is4zakhgtep+yzd"
    "udnux4hNidcNmRKV7sh811nSrHaw+yHeXTshLuCGSE203cXJPYvl4RgPnsX2nj1n+M2OTa"
    "0ELQO9Us8l014e3u3m0iuF7WSJL8GN4ZYNF/oPtpE2K+gjkBAiqTpRVqcIm9JZNpvSWYpN"
    "Ca/CXBQYQXtJfMGfr95whwMDevwxWaq9F5fM4L4/9olk/D6m5vBOuR+PCLfVQw/opmLZiK"
    "wFztR8eLy8xFd/ebzpAWczn+OLi42R5pQZXTyMbgaTQQ+gmYPIrjY1r0bf767HeFcj7gz0"
    "Yi5tVWuK/yI38ie7lF5CTBbUy/8Y96kIn5XjkpcmJ2aaS82ZctKulz0g7bTwSLveWxx1mQ"
    "wjEwyEgfPICQZighqs3Nxff0pQfv1Mql1OWONScro2LyGmocAekhHDNONnUhhzY/tt25Og"
    "2Ma/2t3YyiSYQ5JgmJDKbI3SszXY5wQJ7w54Uycj7mSYhC+VRc3ly/3ydQyN0AudUaUmdM"
    "UV9ai2ZcGIzVDdn3YHohWdvaLAxOUujthf0RNk7P8BmiMTThD+D88MnARdivHp/7W3b937"
    "FHMd7OHXWsTLrmxXip2+9g4eNGDo+D9oAdwVBNtufnIA7QgYaAnekXu6C9cOaehAqIGTkw"
    "+4ybY9aff+56Qfp5IHlBwHkOdDKOo+8GfpYSEAgjgPcpLlXvkI94L2AsYGnBbhgTvN5oE7"
    "TfHA5Tms2fAe6KRu2MpctXM4OFVwmnESYtI2lp61XGtCKCDn7O45S3ZexpKQHcoQCsgghp"
    "jTTgYxtO8cIoMYxHVnFwliiKhEnCWUk4LS+bKjjHIsFPxAk2A8rryd8O4up5ycYs2M+/eM"
    "NLm2idCOU8g2QQ1JBW0TkxUEyISAygB3pboAzx3bdfC/9Zhl4N3l8CfnfRc8QcsFqgNU8P"
    "Br/2+n55/ASnVWaaNEqT3LrIQGLE7dHKuDrO9cJfs8+YQU8jFwGXZiUuUAfVz7WsUwwx+W"
    "jmf8HifYuKQkUWhO/GX6xEoJRzbOXppKUlaOdJNHWmqk2UupuBqpDLAu98zXdF3/qEeSSj"
    "R9GVt1VCbcYiaXIByjFoNLE+Z4JeaWw0woaI1fp8OynHh3urkGE9qmoJmkD7zmQYRF4HAE"
    "7y4NtNFsZP7k9ICqrXVTJ325yHbwnxppvO6SGAz7FajzOdqYLlirr8AyVCztrjDwDkAmbc"
    "eI7KjxudLE0oBdoZtjYtHCSV3UArCVEE77Pz0/KxLbcX6WHdxB7sUPOP+NTKjwWrJiQgKa"
    "sypB2rLRs65BBlNoHo3JVkZAnM9OixCZnGYTmZwmQcaPW+jLNMTZkQlbiWaEJpDHChOa4E"
    "DVwEdVB+JDKyvIPJthJi0pQlxO3WQzruEo+evObsqZZB81Es/gg7QDzbn9arl/w6+gcX4W"
    "nZvB5GFwdzn+7X5CKGeueiDZ49SMtnmY9K8pW020GYZlSXlr+pe3A3zwnK8hYaS5ubnoX3"
    "6lr22Qs33yHHucYE0yWC+6oc2xppEe8PzyEQlRWUaCo4wEAY9/74lLyf2nqv2H4Lz/HpSQ"
    "lvsQ/z4ULJLKHNoMw1L2EKQEJfp7UM558zjE8gkyrKw7P4OkuBwJ/pGQ7rnsk5G47jnJei"
    "XaqDN88ZL1SvoOj41rDb7DSFE2yzowEb5vWS1csgpRBZDjqsdrfyhbwOW2J1HBstHmYJjG"
    "pA+RANqTUWGt6kY2ksUJFW5xP1uXshirIS+XwkCjWWUpVzu93s1ztEPcQlYlENw53UImdx"
    "O+8NrQ7wbfMazwZWr27+9vfqPmcTzxjVdqEx8P+le/9QA5xb9OzcF4PBr3QFja8PiJyh7K"
    "yho6jrrkKnGQlpTFDrjtHWSi6HtpvnFJGXTeHEU3bd/wzm+KP2Tpkc5MQk8LylLNKc9SVn"
    "b/G0vtLw1QaYPNhrqd1jhpg32Lo17EBrvcQIc3cyMqIy2vTa030IT0gHLN2HTelWDBvg76"
    "aeUE3WnCjn6epWa+sBmzOXNe9uXLbsJ0Ppwtu7w8l4H5/E21dR+utAUucruba4gzn5Vnv2"
    "XhvJdAgGSgqCaIlGH7O9BdB983NhDoDvAiI8CL7q7iqSpP8LULvJghgGxgIpeV51LZcxim"
    "w9+T1eRIFMe/pEGxSQZFZlxOdnLAIXE4jTuDxu2Ap1+KGAJPv2RbAsk9ZhQU/ai4DIEJOS"
    "Hwrj8EjaxRDMdUXkTyVkjGInPEIkcWes6zelpSMtTlH9pzK7vy16OP99ZOgHeXpU/NsiaR"
    "1EXHgH3yjA5R7skzaFiBJ/j3aGEq+oryLNeos5wkh6uQtUzTHctQX7nzlpNyAnh0azg4U3"
    "iYKBdIHnytu9ICWRi1zTyIbuIJdSApgo+Xk+HojtSrD3qZmmFaYJgKeDX4NrgZ3d8O7iY9"
    "oMFnaCCLrPRT8348+DYkIROWDZ91P9zi6GEQ0R+aGsls1SchJsDnUnvCBzIQV8Z/KCBCek"
    "3V03qpu8rMxgsPF0loXEo8nE/PzwuxV5znsFecp6qUOOFrp6DOVeLjglKR51DkZaRC9oxv"
    "p89aRiq8xVEvEqkgS8/LWt5NMtIVqeXdpCyxhp3ICuU9EePRTHUOTX268rsRFKWY+35/lB"
    "IhA4J8tgknm/2sH1ye+MHrRaDZVKm7IKvKboHauhwFdbmcA9IT0CRPQLb5NCN8v2KTqUjl"
    "S/AooI09h8oT/n08IKcEBfS7lM+uGaLGWjkKgM1cQkSAusKZzevjSgkKYLWvwb65R4ZijV"
    "aWWtfsdhpZClXuxHt0epiz+RmD9pKZMd8xtgcz40I1TYjP3htef0JcsDJ/QuqLa787wYXq"
    "mtO+GBGRxsV84yKBqgTL4sTvpp2Q7jQrRibU/jZFLKY/Q1s/2HDm9fMqTR2FTB3Xunsf8I"
    "AzDB7R2908swfxvweE4pWERgafooyLbJM1pInBZPyfcOcaH2IfL3oAz/LVZjY18d83fe9v"
    "/CpTE+/fF4+XXweTHpjp7mwzf4IubTXo00aQnjiPH1sjA1gr1O43NoOkLRtbv7l4oUrnH4"
    "rYqHCrTGzpPTbpe1BAnjPRK5QTYibXzvjkFV7jmd0REWmrKmKrknFh2eiLa7yScWGijXqR"
    "uDDJIl6uZiLNYdIc1iJzGHspKAFYyXNflOdeRlXtjjx7QfbTwkAvB4L03e9GIJQqNcjaaG"
    "N1WKZYeqOba4QlTWTsmeDW1uMa8RpUO7uCHPS8lNqcFHThUmprMHgYmmopGhfOERFpNi1k"
    "NpVWpWz022lfkFaltzjqWVallLJeRPkJ0sDWcD2DtrPSD83m8jPnbml/7VuHqzrnR47wHt"
    "JplG9V83WCyH/LVfGbdWzL0fDpz1ISqk7wI20y8/BqFFJDhPrNAtl0CAhdJlm2sIBvFAhH"
    "x7/lyfg33RX+a7kKryuRgWHaavB1JQX1X/kKHKVqZilwAYdzjgJHmhSltDXBzT8vAQbVxZ"
    "BCm3DFfrsFl97fNlirGgRYz1EBofgFGDH8F6WlJTS0QUS5A96pIMhZ7OLGvmXkPYPbtoYH"
    "MkN/AhLn5zUeRYz99soKr6AyIKh5Kqr1DBU29Xb24T4qI4SXvmpllX4OKYAzK8gEzeurxl"
    "MltiXXjwkXEo4JG5URccKeFZmwZ9kT9iw5YbPz+XaHCdaf0tcxfsw5V90O3h97AMtNzX8M"
    "bh974E+43iT30SLYFyH8y6b7S5H9heljvGmrKUEB57nMqKwN6kqYLI9MstNMXfbAMIqGsI"
    "0Lia1u8SwKXmvxrN3lH4dbWLmXJsw4GEeCG+dR4348+jZ8GI7uKIlttKepOX688y7bG9O7"
    "8jAZ3d8PrgjbLbIsqBG224fJeOSV/sVduzbyiv/Kcr8Nd83VHfwtXUjZM7+dzgTpQnqLo1"
    "4kMLk5pSBbe9TLCZ9lW0S5ozz3LUfYDEj3Lkg4JgeW4eVEUlRKiso6UArqMR6IUvR7FhAl"
    "Ax4+kYbWDRR3HslQ8/qDqIdrlTqIUj5470Y3zwf/DG2iSCs6aSqDqQX3VEtGhGqjfF11yQ"
    "Ov31xAdCvxfSDbJ+YpGAMQtpdBAKzSLMhc6Izpms0luJWQbIL5hsc92ASl4TF75rfTBCUN"
    "j29x1IsYHm24xEulzcuHkBCTBshkiGCgy3ChGpeSoOZbdX20SjDsftv21E5gd9p24zNrNz"
    "tC8H2XAO440pWg6CZWw/25WOs3fbYF8mqtVgFeLMNVBMts25UGLQO9esFX0TEslE1CDV4k"
    "XcNdQbDt6ScH+J8tUB18T3ciN0mEiQN0t0dzPNCLGUkPeacCms8SdEkcO91OAv7aHjw1aX"
    "6K6tJLC93G9zFCtvseqKbm9YIfZ+sYmECQvhh+DU/Ny0pQkQa9Jhn0pBLfKCXe5990INbJ"
    "XcZ+spO5MyIpg7e4g7dIBNze1MyhcIPDTztFYh1/6Q9vyIWFqhvk7/HgdvSNXLDhGi/6Wn"
    "JTOk6co7R3ZUPfTsuHtHe9xVEvYu+KHtS5joUpQWmeSSyj9OjPiWpURuarJPJViBLEiWdU"
    "Rk7QfPvh9osuwcp1FeusnfDutHOl1sDdhkR9zUwd4cY3jB8SFNroh7sb1WXAaHIgqiEzSi"
    "vX152gRncXbs7aOgyOD9B1vR+aaXcMmnTzzI+BzREr7bT1EaPnCPtPamJmxx35zSVFZkJL"
    "DdIss+1tz6qxYays2ea2UKB+a9txjgaV2NWk2pj9BYilNqaOjkfaK/wgfdYesY3fz9kbLG"
    "WbK1DAH0WcM64+BxgcjB91yXjEYj85wEIIj/sKvzeYvVKSMc/fszFd3QC6C6iriOY0Q41B"
    "ZFZu37mcZf4jJEFZs7xEwbBwHBEiIgKGJ5fPxyDN2aLtUEXM2dL6Vq71TWZky4zsY9svsj"
    "KypU1of0wzbUIFAvWqPOZnHvILHPH5zvekfw3YyID0lG3ZaE7O4iuEX5OSB5MIrJcVuT83"
    "No4Lbf8M/gf8Yen4E8fngz/AO9LKma+gtjGg/ZPznjj1TfgC6fFd9wJHEqf/mp48NUmP0O"
    "4CV32CJg0vI7dUExE9AT97DolCsVId4HWcqU8UVR5kaZja7F7e2PKAvZUQUH+oJL1x+7nx"
    "qhBxSQFViJaoDAyjlqczNMSqdYOWuvmLqhsbm73rRe/nb36kpbLwmhbeBL2INECFu3Rz8O"
    "pmA4S3DbIVqXS3AiYK7+DtgrZ0V6pLb/bADG8oQLUhIPUNXJf0qBr6E96eEGP7q/yZU5O2"
    "I/tjcBNoCDq4R3wVGgbeXPX5Kuid7H6641YRXn2hLzNzoYuyofubWHM3Pi8L+j9PT8/OPp"
    "+enH36cv7x8+fzLydhOnT6Vl5e9MXwmqRGx1aDIFc6ezt0NjPCp8uzH0ZEqtoQj3cAOTs5"
    "KbAf4lbZvNLkXnw/5N8H69z/agVbLAtaQ3bDW7wzXKE1Rpm1F0bu5u6EuIWhaLRh4X3Qa/"
    "6TA4gwCMIH/o41qjnhrNDwjoE1KHpTd4LsHeiCjUV3LKxFvXOgqWEhQMrW4iY2WpMdCKtd"
    "JquWTR1PlLlCDbD+5W1aujlHaz+qJXFwQFj7V80MuCNiCdBnWK4qbSK8Ui++F6PRTWzpvB"
    "gmE08eby8GWLmjQ4Ab6W7s0BBZSMjKQL4T5RmfFbUwfZQD+6wuahyH4FNo7TDMVXe+UlTD"
    "SGOfkyUXFWpGohx5njCJcqTW3atCedw57UppyRoT5eYG2mg2Mv/mrF2rqrGovmALQZDUc+"
    "LHPZASIDkxSQdXpAAUbpVDB5cqAeXPVWQzkM7U1ONC9VGXnX/5XBXSJTOXeQiRKpi8HoC0"
    "pIATuQJeQz872Z+aquNgJYBxZt+Z3pzuoMHJtqVYp6tIc/ZQVOdzaLmKA42F4uhLE7Isgn"
    "mHy7xu5EGf44Q5U00Mi+Li2c/zTSTEBFiJ6v4QfARX7ppxuN8JfCAmgecGXnvS12TJgHMX"
    "cZ3eU4ICOofLLyXq754UPGaqz86NNyoqBORHmfHWZmboc94hYIjKIZCluaSDSDKGvMlRz0"
    "r9ii231F/FyxYSFarXP9SOUPBsP2vcazFDPw5lw7z1umnhV5UV08wgw0zO1zRkIxNOEP5P"
    "wTDwrcO5jVN0N5VF9AMtEAd+sHuf1BGirmime9+/293p3ndow4Lu/cnKC7SmzvQYM2dAGN"
    "DF90OqTjBfIQeaEQf8ixr3wKf9+dU8QjrwG7Bmd0FO1Fn7aj6b8IUT487d4DuGFb5Mzf79"
    "/Y1Xshl/n4ZXsHk86F/9RnIPVO1Vlm+WhqlkzCCeKPpe2kJcsgRtoUVOimYrB2md0FWdJ6"
    "ZukOlUjUjs5VFt2GCWXgtKmlYEU7KlaeUtjnoR04rkLJCcBQ2DU3IWVMRZsK0iL0kLxCGy"
    "DGyrGWYt3+yab9MKTbzlElb+Hs2HId3T95N0YI2yI8kq0BUSgaEXGtRFMGJCvNtQF++hya"
    "B3Hh8G4x4g8bRT83o8erzvgaWNNtbUxDe+DS8HPUBs57r/K49unfOgZa0y2bM/KtPkwWjM"
    "F+CHHAVRvspKdVZchtAMeSHAr9sgmgDzgHHYewiaefyrbwRcfH8JlT83CO/H6xmH1ZIlWl"
    "9CyElV60/Jxkt8eNWfGbttbvD7VkjmUhaPdFcNPSA9K5pJGRGReZT5i8seeZTScJ+9zLTT"
    "hCsN929x1IsY7iOWFU57c1pSmp3zzc4JK9aBhtI4l0w78d1pLk1PsiYxvVIHAMNgGjgGsq"
    "2lxLZemNnn3kY/1ugH+DYA/fshgKZmIQwZeEfC9UjyPKCMcz7R6nsSx0Q4VcGLTvjlTCrk"
    "oidoskh8yu2cab11obqWZltptm3cKlS10Sr6WimMc3K74mIyYm+PiD1d2diM/N2c2iRbEQ"
    "HndiUEDnTZ5zR8R2UExLkSDmffZupB50CsZHNRAmSIC4F+3QvLM7T1xaviGqxMpjzTYFxQ"
    "mgeLmwcX+BWgbdk6q7pv9kKTEBPByVDDUuO/M5cxNirTDGsseaww1tgWJuhgBXH+5LN78n"
    "j+L38dXH6luTlBD1NzdHczvBv0ADIN3YQyO0ee9RPwW89QIYmUTCUre39IiIm3P5Svzi7U"
    "Od/OEArIbaH0bcFQHVehy+RePhuGuExPa46fJu2ek07Z7HWvne456ZR9i6NexClLHCac3t"
    "iIiHTD5rthA3fUgf7Xid9NOyHd6XmNTChel2ssc/5Ayp++ZQkEctzWorrqjB35xoPQld+N"
    "sDBBy0Cva2iydA8uoMKORIWKJpcdiFLR/LtWArQtr7s/QEMrrOMrIkSU1MLQzacDYSIxMB"
    "Pcl6g42WjjHjqVxqQPUQHyc7QOhOhhm+klIkik7tnCwMoBMVJpB2L13e/sgvTVWmtNEY7E"
    "nBC+SOljjWWNDwANSBR3wzrw+xEITc4YR7qOZ8Q5Bmt8fqyjQraVggGP32llWyoAbNUM6u"
    "kSzkFaNdDx2AmdXshF+JMD1I2mu+AJQsshl9dAXZCi86rPZKhjIWTCdABk1Q9jBkQG/BPk"
    "sYcFRMrqvOReHdV5JSNLqQQ39bOtNQ3HMjIWJcfNgVauLI6b0MqVnLNlGA7F0oqSkEa+02"
    "blarj6Qp+r/s9mnGUi93ecZ7YtK2G7kfkSx96nZL5EkUiqk5MioVQnJ9mxVORe4lxwAMdN"
    "K9htroYPl6PxVQ9oukPKpE/Nh5v+5dcecAy8zk3NyaB/+4A/HrwGOFPztj+ZDMa3o4dJD6"
    "xVF2sZazxfp+Z4dPl1gK/ZaP4E8d/fBxe/jka4lxc4WyGE+xnc9oc3PQBJBl1S6zlSnJwf"
    "h67ay/0C2EPBJg9wY+PkPPiUFWccdUJMgADF+kqbktKX+E32z9lIdyBCnGLdMx+aBAdNgc"
    "9sJ2J2AGNashmRjELRjUiqndpyaWgoILIV3lNsUk64XaCSZBoZspmNfjuD92TI5lsc9SIh"
    "m8EKyWeFiUtJEvyExiLDYGUYbLWQHh4Gy1gESkD10YHtVex2ghpf9rhp8KOxoYZOMusPjq"
    "H1+nkVaCLzRc1wOlPubfRvSB0eKT9KcKub50KxvEbSeyK9J7l6p8DekwrYpnTHMtRXbuU+"
    "KSeV+2JMGZLb6yjWXIwl64iVY7wKBESwnVftpPNfWNkj3I0hKjXahF8IP8KAfulvZc0M0c"
    "o1e7M7qNEEHl5prQ28XREGHZ+jBGqc63fn22D8MBzdDa56IOxjavpXbwYPD+F1Azr0JH78"
    "1UdazLOhb6ftVFrM3+KoF7GYZ5fNyj5i5JTNevNnC2ktl9byYxt2uazl9GOWtvIdkEaXvA"
    "Ms5XUxcbQE5SMTcbQSJcnDURQqaD7rNjJLwGqw7UlUsHT8Ew9mUvC9TkPal6hIreF6hjX2"
    "UpC6pX2JilTd3BNtXM9948+BGH3bUuiKOJECfo6SmDlEh+koNCatQWxPHhMd96Toaya3OD"
    "+bSbBTzgt9tG1Z2PaLX6EgZMewBBjtjGNRyBAVLufmC/3kACIG3t3fXXfBf90PrgnjyHc4"
    "u+8C1QUkzw98ALf6xfu/AxXQRwLVUm0XOAi4K9yEZIE4AC2CHh3gPOkWJSqZveIjFavcW7"
    "0PZwToyICcJgXk4Ie4WLdQsp1iWT71uJyAATpnpwW8W2enmd4tcuuvlJ2BsYTrpmq/ZrjU"
    "fYmkg/fVV5haBnCeg9dPFgsdFxjHi+Fdf/wbO1bkgpFcdvHbZNBPYC59S9nTXVzfUrgvc2"
    "0ical6N5N2+EN4qFtSo5EeiuDUWtDQHwktbuMA7DT1x+dfAfKcMmK4fZNZzik4tKkVOAdv"
    "bXkFTsImoO2pwoL/6SJ81PR7wmdIj7ri7/RESWsXEl49Z4VeTIDwNOkCx0U21MBKdVZQ64"
    "KNg/8gdxjH3iqfJM+4DVip8s64IQVK0cNtKCDgqfb0vEjcOW6VQ3eRijy3kbF3SF0g22Ss"
    "O6Pvd4NxD1Bf7NTsX90O73pA1da6OTVvByTwsAc86/zU/DYcfCd/P+vwBTakRJ1X+5WsXz"
    "zfQVyqnAE6LpNoxRkYMnwxG/p2KhtFwhfhD0vHve0x6nFJAUe9JaPMUCnTw+ydbTVl9sqp"
    "VqYEZeTiX43W1lsLak78YqYOzh1ud4AW3gxgS9HD2StDCfCKHc2YWgu5QxprSGv3Y2OyTS"
    "Lb4JndJpFI0E65me7SyNAkI4NUgRuuAkvdLBt6cXWzpY02FufBMiojj+ryqF45qBuHOxEu"
    "IiKnqFR8jqT4bByZwLUT1MinuhtRuveUAOl10I+YmEa36CYVmRnDpY7f/LXD0B3De908td"
    "H2WukFnehcGqPkRjv2PtXN0SAlN1qV3GiSres4bF36nIV49qwO2ovH1VX+pG4Xk9EeNqdv"
    "pz3wfDo1f3286IHVZjY1r4cT+sdSd4O/b/re3/jl8N+j0fXNAP+N0NKAU/Px7vLXweVXQo"
    "KEN4gVnD8REqTr8ejxHjcKDknHt05tbK4IJb95kwdvz6/k/EORsHvcKhNcei+tYHPB67cX"
    "YL2vr9gRjRbi2VyTciIs+bVvryQtkDK3KpYNF/oPrr2WJSznfJE5P1eV2cbUWD6f7AkfE5"
    "KzfY9CXj/ww9OI59TvCgSaUbaLPFaYsl3SoZa9AInrUJP5dKKNepF8uuCL5Y59TAlKb5Vk"
    "bazP+SdZG4t4U/hrHMlgxyK4pha/A/gbqa52ILHOMOCQEWQeS8qvI5eBwnhCQnjJ9HZ6t7"
    "r5zk7aqDBzDmWX8uhnXqBJOGieYQ/orgPmaL3W3S54gpYLVAeowO8bLJChQRvoJk3vXW6g"
    "44J3qgnoBwX8WdOjN0OOpQRnTh2PnZo2XEAb0nzjbXcuXFt4zuL+dAMC5PVGCmy8l7nHTT"
    "l/dHOcut4EUZwVw2yRx64TlRLQyl++LyyDH22H8VNIg+eHk9Mi8JJm2R4qejNZeInOyjV0"
    "HCbWOYbPlKQAoNdt/MT6+Yqv8NVWQgC4azDqG7r55Ciajg/aDOtWNs5JOeHQriIeh3CA72"
    "VHTIhKQ2JTDIlFzMf0KM1p74rKSPNh0vdOFQlORONS0oiYb0R0tjaBA81dxa0LDQV2p8kr"
    "PrN2WxNnAcfzgcgW5Ypu5iKwE9boEtiojOkx2rDJ47wb3VzrD2lS2PZD+icGEBVoaI2hAk"
    "v9GZqAUrkR+nEDqRp4pwamFXxDU1//DkjdG/CygtRy8goM1dTed2kjqBHqN2LFIfaUnxwA"
    "tSWLO67OJ++25/yODwcO2tj4GwtCOMMLeH78S9p7jmrvWfypcYU7B+2FI9c6PT8rpKCd5S"
    "hoZykFDc1D+31h5SwiI6IlrQjMn7JR/pQCObW+FEU6JSgg3OWTgkdX733AZq7UIkD94fRL"
    "ESvm6ZdsIya5J4PWpNXBO7fxlrOPCkkdOfEhkZMrJ6AREQlnvsnBm3sl6MVXYUfthHWnZh"
    "z7SmOq8RivGuPh5aSTmrcl4HrndyMoqpFPNQPTI5kbNuYNmj91WAYH/1Y31+SwMRWsEDwV"
    "tDqMTAiesO6+wi9HVHaE/3ZV58mL2/AGlTbQHXqFdN2lFZJeEOGXn0PHgQ6Yq6aJXDBD7g"
    "qLP0Gs+qftDBU/q+RIkaGZ4eplru96unqpP+uaq80uySv87fTDx88fv5x9+vgFN6GvGV75"
    "nLPyD+8mOwwFeCR5jvt+cwHNBBX4cclnwzybZM7aiMTuqbvfOt++yRsJPZj/udHtvdSmhK"
    "jUm5quN6VOpcfZ6QNXGWOnj3jRsnf6aDhw2Sw6MF6UW5LpNM8OL8l0wi3240mBHfbjSeYG"
    "S269Md6R74OLHniBs6n5fTT+SphsiZ+PMNtejkd3PTC3PX/C8XlDMMruhpHzUGwwttI1hq"
    "xRXzbBjHNQLh6HN1fDu+seCHqYmleD+5vRb/SiFxZGr44f7+7oNazumfTKw2R0f09IYBwX"
    "WRahgPmlP7whFxaqbpC/rwY3eLv1OsLabvB+DRngfYJu05ICxCXWHXS70xVW4CM7llOss9"
    "Rd3o/sejihZEpTc3jbvx70guSUq9ElXgd/GRJuJTxKeC0kCSnN+ERsiA8HuotsLo06LtXk"
    "7ahhaQAzG09zrjpiW4kaJ39g926pDcNGyFU0rDnPuSd2SlKAdb8GxOPLWlG041IS6SJIy1"
    "yt6hdpckSG9kEHl2QfNYJPrFK8R5f+42TUA0Ryat6PR5feYYV4RppzVPHieEk6nGoy7EDZ"
    "h/mUoABfQu1neVe13X3ATwlK8PnB98gen1VbJ3gwTBY7iSJjspI+j38MLGQz/DeZTrGg+V"
    "4esYZBXbZHbIWnpLtSKKOwYqkulz7EFK5xTfmPFp8dY9gRjyHa8MzpLPGqvL5p9D+dtGSK"
    "OxgkbcOnDUVlBNgkawhIprnjaYizKU1DgWZQmpLnCUNpqmoafgGe0dhKyOEofTjmyGYdFD"
    "MX97B9fav5h5Ys5mu4Rvarsp5xwBmTqQ/S8w+nLQFV050nZckDaUSiPkC/tATOFeKjXQna"
    "i6AKVs234qvQL3C2QuhJceDchgywd+rg6Q6E8JwdwRTlhaoXPlgHAuJN9gpKPW9sG5qu4n"
    "Mx8lJWM6Ul8cyxY6wbBmPZu5/MTM2GWqwIa1lOQeRRDzCS5RSOsS1FQvM5oU1LSmzj2C51"
    "V7Fs9Kxr3OXqGaIS3QS6hCKcF9aIjMRTEhRUCCf+ev8N57wTNC4lp2gycNmrCM8JakJMop"
    "pLpeFPwTTA3JwP99ueWonrTtaH+NeawTOZcdoqAd9BvDcxMU4fMwvgHD0+lQD0te7eR3oT"
    "E2jGkbMA0sHaWgLK40hXYkKc2IgKwCvZd4rgupt9J6U4lLEqBP2IOVmjulKBmSrL3B2lzB"
    "2Ncz+whltRLvC2LA+JDWpbMm1/iCLV2UQBqVIyEhdaXvFEFh1JeLObS0iCmynbKo5lc5IE"
    "lU4dY7OUZCTNIiOhY5LCOcfZ77cXIrQi7uw/L0JGcp5NRnKeIiOhn5SysQ0ehGNCIsL8oQ"
    "hPNW6VDfSHFFO1tZkZ+pyx8SCEdxMzwwIYCiVgnmGpqnAOr9S7RFyMRjcxD+TFMBkL9Hh7"
    "MRi/+0Bhx41074wkowHE9wsXiQaQfuFyt+R4IXhOTCMi0huUb2MPDp8HqskTv5t2QrpTT4"
    "5MqN2FsaT94Sj2B8LztjDwor05WMf+7ncV6oaCTOuKNW288Wbp2d6tbr6WTRtVqmJLvs/m"
    "qdiS77PSYr3b10phnJ0ykhATIB+47jQRfc5X6yxoL16SSPmTmtNiJG1FXLYiP11MnZOyFA"
    "qz2MHOXLO4sAhz+kikO16y3p6jEBeWo8A/CtKWl70SiWvLk5k9oo26zOyRFtxWwyktuNKC"
    "20hcD7fgVmmTnKgOs+Igvd7Ns0aSlPcKTJEJ0+Pv6crbierQpBSEb7KUFf7qqvAXjEVRC0"
    "PQvioTw/GK/FVAZ0MnNBPcYlVv6kW6g1tuYDDkhRmt//E4eCQ1ajxpZl2bx8vLwcNDDzgb"
    "aixJ17VJV74hp9zR4wS/pkd/SYoa9R9+JW3mtuqs/Pc8OouLBfECxkosyias3UrUx67VFj"
    "rPzApC2SvScUoH/WOfb6VJtk9o28jep2JTSlBa2/itbR6Ic2aiUfZUj0uJgHt8op8Vmedn"
    "2dP8LDXL8RGTvG8K42yu1K3EQVypDcM5B9dKSFEtQ32dIcTFHheVEdCDVQnROF6lbZXUHO"
    "DiA45LNYMTmDxWGE5gRN+Qa0wiInJASh+QmJtwn7IeEUkR9t26zzsp20/RTSElKAL6NZx6"
    "ooY1bqyZxjMBkK6kNgJ/eY+jVPRovI0yHt7MTd4WE6rULVmnibIcr+S/0YyJ5oW+zJykWx"
    "mBeHD/8/T07Ozz6cnZpy/nHz9/Pv9yEs7V9K28SXsxvCbzNrZKtD0/rlbTezuDK4qE1NA6"
    "fHsNelyyhEFv2EfYkkFmRNCkR3mhmzrxQuwxzAlROc5NHmcZICfaGi4D5BoU0SXDj46SQE"
    "q52zKK+vFkjxKKuyDAqGWr11ESRwlWN2h5o5uwkxGrFdzu7grZUgy0JGNYMI20MzIhIM0B"
    "WgAVkB5+cgDuA+gmcFcQkBChmerAHv2L3CBpqhDAZ2i/4kbe1wfIou+AlxU0gadyOyTQA+"
    "A3hPiinSphXtdzp+Y7/Pk/63P4HzSg7T+0Ge7rZ+v1/d/xKKxnuIkGFjZagw/AgjZ9kZ87"
    "XWbo2u/RMjCe8GGptHmKtmCRarWo2DnxbLVX/Gnawla2Nc6f/8UB3QpIPBl48msSwmoQ7d"
    "UY0oqiC39wlSoM2gsR6VCHOzGlRRwpzp4kj7DObn5SSc6hDbeoPs5eUnxIio+GeFtPitBo"
    "4lbZ3taTFJHmcVlKj3vArjhdAWtFDjJVBuFEPndmREyyZ0r2zDdsWpYZ929x1LMcChwH1k"
    "hA7zM0WQGKPFbZwXOx4kRNG/9Mk2xWlaEDceKrMNRKtIihvwQbv7jwuPpCn6sZ0dp8MG27"
    "EhUuv/TagUgVr1DXSpD8elP64dVPClfmaiVOiVIj+wMVK20iJlJbuthDYAqZaUUEaQ2J1+"
    "FAjIgR7xYG7gtRYKraHOojlmEU3eKZbxpVIiNYFSkyXKu6IVmRm2Uy9QYlBXROGnQgIKDR"
    "9PS8iF0Pt8rJEk1Z9mxk7M1DEsjWyK2w8eO4eFhIRt/vBuMeQC/4faZm/+p2eNcDqrbWza"
    "n5+EBuhb0enTOEULtsGDtVcWKYzf6JiPsNyTpcxHkG5XZATKE94ElPzeHdt+GEULjo5rPu"
    "NoXCxX+ZPSxycUkZyN0cA1za7iqt7dkfWDvtrkWs7ZKPs9REQrKHcsIZEZGx8JLddBek5b"
    "KbBmc+mViQg2jkC2UjepxAKwo6w6YQDEa2NYH8IBloJbjVgAwyb7BVVEYGBCUUo3RA0LEN"
    "Mw0CtxKzjKY7hPNM4Z3GSTkBalbVwNNiqY7zgvCutFKdFQ/cKUEhzY4VkNNJs2OjzI74IK"
    "Q/MwYkN7pzK1RjbGewzrc2tBP+cMlJgzeUNiomQ2k58DY01VI0riqEERHxiM4qYYz2rN1Y"
    "JXqCJvcmyhQuBfgGnRLLP4L7sO1vvGZ2ID0V0lMhPRXN8lTIvADRRr3UvADV0r3N88AIt7"
    "6lT0g3LZwGhcIAVcs6GCGrtftfPjaE2ls7EJ0L0ofI+CikbNHBgaQUpjHtSVCwAtqeA4G6"
    "8rsRFKXgRKZBy0Cv68Nzu67CjgRFLDjNSMQKf4nhDyzlhLDFq+hBoY2gHS2NsI1gHS9Nro"
    "1oEWeAptSdK9dGpByyZnkWqnJwGtK+BEXLn1FBnsxKP1TT8UErnPDURtCOkI3ZRph86sxD"
    "Uwy9XkTF6BgJq+0Eqt581TZiFBZdPyBZtRjxcivRieSDHr7PcWX1thGuwMrwjOE6/Ij+ze"
    "tFUKwC+4LEajdWhGh7YaCXA0H67ncjOEpKGfb1ACvR7OwHZgpEDDc22rA2hFvVfJ0g8t+C"
    "SR3XpKN93GBHDTjJSeqgv0tJZEuEv9ImUw+veyy+DGTTQXiCr1uE/YyQcIT8m5FkEXeFGy"
    "5XoUiUwIGZSIKvK0lG+79yc0CC5ZWRBhJZebMzQaKLfNmcEtbWNENfTbJKNCo/RBLxVhiW"
    "RtFhgrs7sjuQbTLQneHd5XhwO7ib9G8IWwE+YBOHiGpMzfHo5mZ4d90DNjIMMgZ7DEj5sd"
    "3zlWouoYEY3MjZFPQxIQGSSPLigqooaq074W9In/ny4rzjgjLSmyPS21Jt6jTg2kNjQjIL"
    "XdJQix14KMNN3+KoZ4WbyrqWdayigXOWc2OKSUm6mSTdjL/UcE/XlKCcrrnUMxFbxoFUKe"
    "KRO3cTdCnxb3Y3B40scVt6iVv2GiHh3UX0k1wVD6ggfJzw3LasGXEzQQkhI8Lxm1fJHPWd"
    "1gfuMJwG/p1uns/Ary5cyGXQ6YM/8G9z8S+z/bLEfwC8Qcyh44B3yKYljYlXRNOgBqC51E"
    "34vgdeVqoLdJcUMHaAampeWWN84UV1gKE6LlhBjAJAi5+T5sV6nijZrxpwXutK70YhY3oV"
    "ZEErPBw8+AbtBcS3Emogi6tEtyXLc4OsctL4R21Yp4v/ehjdsdHcSiSNd/rcBf8LDN2pDN"
    "jI2kuiZVzddH4mzzvG8ksQyvcJJd0/iXWadJD0CeHHzze2Dc05Qx/JnOAJKTnRGRMd6272"
    "fhbruKS0WDfFYl3ET0HOpgo5m7ozyD/yael6Rv8IEWFNH2yGeyI92o6LLGvPbzwqKQmOmj"
    "bKHKQnVZsGaChyhnEgCFPONw+EMdEyplBq3W9U6z45KaJ1n5xka93kXvKIB1mh3dmqTCgg"
    "NZnSNRkHqgbeUPFLLZfQVhw4tyFjW84OL8zsQAS+zbpjDWe2as65GDe3EgKEdtZgkpJxcN"
    "noi6tfyjg40UZdxsEdM2QryqvEiS1DVKIrowxlLFxzwja6B8bCRT/xEgAWknktiTFjWSwQ"
    "FiejDkuPOiwSFicpADhi4pTNwfSxAVYyPm4PI7g3wXIs4eEM3G0Oj5BfVGkU31AWH2kWb5"
    "RZPJwDvPbxlKA0lBczlPvfQQrqzACTrYCMLWHHlrgbxlZUjNFgK12jpfV+cHc1vLvmXCkC"
    "sR7w/zE1x493d/SK/4+p+fB4eTl4eOgB/x9T85f+8GZw1QPe/3f2+QxKpzyAto0Yn0C2Py"
    "IUEMAeXrf7wYYWUjY2VzXYqIwAkNdQYU06eSp38qD1GuvTvNXrEmLCYV0+Q5CP2Bo6jq+Z"
    "FV2m05ICwF33eu2DqG4wcoxNcudM3woKAH4N64of5MCDdESkRoxVS68H5vIPfIQymen5yN"
    "R6IhJ7qT0Ns6yVrfXIiIdsqNvp+y4S8dCgPIqGfV8tGeRCkfQL3dSd1V7DnBCV49zkcZaR"
    "LFzjyxFrYSINcmIaEZFoysiVykEN/Sd8qCbE5FSV8UBHigd6iaRcHQiueEUmkuAmPtsCQU"
    "BkPyoB2ju/GzFhjWzaMq6qTGDLjKvKyAzbO6yKlGATaB2uL1yIArcrZChAt2jYkBIOb9mx"
    "Q7Mggkmm0zYvbgg314NvtqBFNyoiI1kYNl2Zorx1ap4VcWqeZTs1z5IeCD9qlS8MIiYkIM"
    "yVREI4FpynQc5JBPfbNyMPnDxWnDxwGRvHERuHW3wd3t+TC/4/Ont8UxVEy/3QXTwsLH0w"
    "c7ONyUgHanqzlSGINYa0SPd/ybNXtV19gXUtLsaVmFAzdluxWFekd/4NeG2ld/5tjLNn3e"
    "KzJkVlpMczmYewMU1uYomYkPR25no7Q4NpSe64oknMDZ2uO50c0a91t7/Tm4klwEthHYe9"
    "tXLi7sQ29t1yO4/qcIl4aec57pAwL72AK2RbJ6ZI3RHiMgFUBCAT/29BK38Enf3k0AaOV/"
    "BDN8E70shGL8CCtifWBSZy6Z+k5XtWpZFKnsH000QDAUhTD4zDHDaZemFRldCfk4c5ahqv"
    "EGb7Z7YDwbnhpgTlOaZpkVviwJpzmDlOeFFDoT0ovoh5moks1IcDTGIGRGNxSSKcWhfZGB"
    "/nTNOHtj5fsQ4z/p3cU4y6bVNqCIc8ABzxAPAMbYcZn5Ht7Y6ICOjrriR3lHxUHAj7zQVE"
    "txKqHFIs0S8uWtTHERGp38NxnDNWab6M1Gmszs3sr/8Pga2gvg=="
)
