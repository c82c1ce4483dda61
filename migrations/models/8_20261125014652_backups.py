from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "backups" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "type" VARCHAR(16) NOT NULL /* BOX: box\nDATABASE: database */,
    "state" VARCHAR(16) NOT NULL /* NORMAL: normal\nCREATING: creating\nERROR: error */,
    "format" VARCHAR(16) NOT NULL,
    "version" VARCHAR(32) NOT NULL,
    "depends_on" JSON NOT NULL,
    "resource_type" VARCHAR(32),
    "resource_id" VARCHAR(128),
    "snapshot_id" VARCHAR(64),
    "size" BIGINT,
    "target" VARCHAR(512) NOT NULL,
    "task_id" INT,
    "error_message" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_backups_type_9453f8" ON "backups" ("type");
CREATE INDEX IF NOT EXISTS "idx_backups_resourc_689ab7" ON "backups" ("resource_id");
CREATE INDEX IF NOT EXISTS "idx_backups_created_e4bd0a" ON "backups" ("created_at");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "backups" (
    "id" UUID NOT NULL PRIMARY KEY,
    "type" VARCHAR(16) NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "format" VARCHAR(16) NOT NULL,
    "version" VARCHAR(32) NOT NULL,
    "depends_on" JSONB NOT NULL,
    "resource_type" VARCHAR(32),
    "resource_id" VARCHAR(128),
    "snapshot_id" VARCHAR(64),
    "size" BIGINT,
    "target" VARCHAR(512) NOT NULL,
    "task_id" INT,
    "error_message" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_backups_type_9453f8" ON "backups" ("type");
CREATE INDEX IF NOT EXISTS "idx_backups_resourc_689ab7" ON "backups" ("resource_id");
CREATE INDEX IF NOT EXISTS "idx_backups_created_e4bd0a" ON "backups" ("created_at");
COMMENT ON COLUMN "backups"."type" IS 'BOX: box\nDATABASE: database';
COMMENT ON COLUMN "backups"."state" IS 'NORMAL: normal\nCREATING: creating\nERROR: error';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "backups";
""",
    "postgres": """
DROP TABLE IF EXISTS "backups";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXW1z4jgS/isqvtxsFTc1IZnMXPbqqkjCzLKbQJaQmd2dXLkEVsAXI7GWnYTby38/Sd"
    "jGL7KxARvj0ZfMIKn98rQsdbcetf5qzIiOTPq2PTeG5BHhxhn4q4HhDLH/xOqaoAHn81UN"
    "L7DhyBSN4dzQbN5MFMMRtS04tlnNAzQpYkU6omPLmNsG4XfBjmnyQjJmDQ08WRU52PjTQe"
    "xaE2RPkcUqvv2bFRtYRy+Iej/nj9qDgUw99MCGzu8tyjV7MRdld3fdy0+iJb/dSBsT05nh"
    "Vev5wp4S7Dd3HEN/y2V43QRhZEEb6YHX4E/pvrNXtHxiVmBbDvIfVV8V6OgBOiYHo/HPBw"
    "ePOQZA3In/OfmX+2iBZprW6w+1285Q0xo5sBsTzHE3sM2B+ut1ed0VIKK0wW9w8VN78Ob4"
    "9AcBAaH2xBKVAq7GqxCENlyKCtBXKIt/YzhfTKElx9lrH0GaPegmGHsFK5BXHcyDzwOoAE"
    "gbM/iimQhP7Cn7efTuXQrGX9oDATNrJXAm7ItYfiw9t6q1rON4r/AVX5E2hXSaB+Ww1G6w"
    "Xt+fS0P69CQD0KcniTjzqjDMcws9GC95IF5J1LErn2bpyafJHfk0CvDYQhwMDdpxkC9ZjW"
    "3MkBzosGQEbN0Vfev95xChZy+o97G5cL+pFOiH3evO7bB9fcNvN6P0T1Pg1x52eE1LlC4i"
    "pW+iavIvAr52hz8B/hP80e91oqO/3274R4M/E3RsomHyrEE98Pl7pR5qIa2jl7nBrraB1s"
    "OSO9C6+7hVUfqBKNnDJFXLJqS25tCNvu6orNJ0lTXNFGVp+QzrgMgurevqKnWNMc39lYdH"
    "qS3NoYpD+4lYyJjgX9BCANxlzwHxWGZEuy7anXuZw4R0Vbr6lC347Dt4wQ7F3p29MbKXpl"
    "r79qJ92WkIhEdw/PgMLV0LQc1rSItESvy28apZaxYtgRhOBDj8Lfgze46xoxv2AI2JFXZD"
    "JdXNVNeZN9RMMqmW53xuTLrYzuE7cwVGOqGrzeo6GRP+CH//R6t1fPyh9e749OP7kw8f3n"
    "9895G1Fc8br/qQMhKcdz93e8PwaM0L0j3q/HNomZZxqfqor2G8t4l0vXFUpoa3iUmFwcwb"
    "hwrKbOTAV8zKLDpAsowo5euxQZlCu+yBmH4hPBGc5YVzJaIGgEj0jvwHje2ceIalFKQhSK"
    "FYl8gzoq4k6hgQbX3MEhFtfUwOifK6yBgALWac54rr+xLlYdwoakEqjHDr/fsMCLNWiQiL"
    "ujDCzFW2HRpHONGVWQmsd2cOoRMvPZrW0cmHk4/Hpye+I+OXpPkvnq8SiOKbBsJsxJzn6b"
    "QhIWVryW2tWFhoP1GMc3YVZ96QBDDcmmZa7GIk2qg1/5qv+QuopANABzuzWJQyPIO5skXN"
    "XzuwtBrn/d/OwIi83OPL9rB93r7tnAEOxgjS5QvtfTWVT1Mbq8AXLtGGEIu4HLGcquj1B9"
    "ftKwYzsWbQvMcXg0572O19PgPeFe9xZzDoD84AsixiVUM9D/xpcxl2K4kSlcK+eNsYl2Pe"
    "7R7kJ2TRnC5KQKSGPspxKwPEx61EiHlVGGIdzRHWqSZD+efbfk+OclgqGpY2xjb4HzANWp"
    "g9HZhiR45hskGCvuX328csy1EKhaQ9uN9ct3+LauLiqn8enY75Bc4jamFVxLHGSEueiOWa"
    "iQnWzxrf/UfggyYzLjNgLbUyd4X0/jh4hUREKIZzOiXySF4y1hGx+vXq3cfzqfFfydCRts"
    "rrSWwUGKkauiWu9B5avK+0Tv3+KMtYzVoldmtRF8WYPkpHj8R+HZCoUdfeWchPuFXaDFEK"
    "J5IRY4heEnCNCdZhWE6jIHR+G6abej4D4arf++w1j9p/h0ybVuSQ3ZBD5vqGSg9LKq58Vb"
    "QuIdeKp69I1L+Dn75Ay3B1Hgv9B6ubafF/hJ+0J7dltlWARht4AoA8AIgBu4ZhETxD2P4R"
    "GDZl9aaDgEEBRdBEOng27Cmwp6zIDXCCR7Roslo24tmAWAAT+200DljkfSTrFd8agcvzNk"
    "y08W+1ilGlVQyukhymuNu8hnZ4MZ68+Ig08VHlsRqjcrXAu2yrcTlGSdx7QkwEcRLynlAE"
    "8xGTKgp0v6Rc1M/7/asQ6ufdKKx31+cd1uuFClgjw05w6gMDfU7+WVxSbZBJ3yATmVS33C"
    "fTCV/tMAFeu10m3suqtGsmqAO55RlUUarl6TUsgH7yzeOK8kuLR1S2XKVsOZWFosClAt2g"
    "cxMutLwgR+VqR1kthhRcYXKVBGk2MOqOz/zOQ+25GfQv7y6G3X7vDKyuco9vh+3PguHDXn"
    "IiCD6XnS+dq/7Ndac3PAM6ekImmfOR/h7fDDpfup2v/ALoyUDPUbd/P8yU4IvGNJns+kTE"
    "avC5lB4tJyaR7KBOoSZ7AnVYmyi6W08MWxtZbODJlYooLFU/nAvZt2BQ/7FjUKc68WFB5c"
    "jncOQPa6lNrbqcqbU2pfUca20V2jBaNU0XEqwLhEy2DNTdrK50mMCuDdKFe1beAF2AEx9c"
    "fI2YDa7op18GyIQJToZ8wbcmoL8WGcj8bBH5vrllRTMteDnhTdSuORWjLDBGWevsrakBl5"
    "QAZe0CLiW4pspNSkb/MA1m5SZ9j1rfASUx7k/N0GyELDo15ltaoK7Jfy2ud3ghwqJM0IB1"
    "uUQ6jvI1xIsh4X8zelebpgvdq0WR4liJ19IiVrj3khbveWw08mPavun9QCyhAs7zOwtl2/"
    "O141YtZdxKe8p+TaZ+uRZQjNSPY+VaDOrXVN/C0+Etsu0lKDEvI9ok1d/wCK0aXbbeo+ux"
    "TxJmDU3iZO8jgYiZvIs7iYFZwgbu/US6CtmqrewmZTeVSqi7IhMDf4KG6VhINlGE6lNnCZ"
    "O31B6WTTPv5uDtkQ6EcBOMFgCOx8TBfMNEE7A5FkDAnwhg4tdMIRUt7Sm0RSVPvmNPAbQQ"
    "4NOrbfMrQtN4RICSRqRzlXHPeyza8c0gXiXQCaJ8CwiwkWmC56kxnnpXpwC9sOExaXPINm"
    "E5lYab15WRhps6I/nyRUoagpVIhdNbbWiiHGc63eo45XSr4/jpVirX+YHPhkmxo4rMht7K"
    "oWQiDCwqJs+BblyjEEo5T+fMr6v45GqtplqGueKT14hPrsjIioy890GkCI69eGBmdOjyzG"
    "zJk6JEVJ1OEc0Ohicmjw9bT8jSuGEkcUVTNxNLL6D4yIqPrJwltdD+XWk9Cx+ZPOPc54EF"
    "ZdT8VZHTlar2zRTC7PYiF1vSuofuZQ4T0rWc7kCHkhO6YwPADjDNSOao5ke/FtLgkBfClD"
    "0A6N1dXWVjyUeTRWxFlK9hCpHwVkT2iva2GwrcYGtXXKuuSCVSsookvh0MUrnC/IHux66k"
    "GTNp7lkP1z5GQ8L+ZO+H42WjeoySr5stiggQkhdGPIzWLo5oXEWZ+QGu0N8o4GLgzU3vcx"
    "P8fNP5zDMqfkWjmyaANpgxewQcgWvj/IcfAQTilgDOoWUDSpaL9pyARHkuR2+NBtBHYy7W"
    "6EcLNmDJUkCWe3O1I6cCZmwzZZWH3cTmabGSU64kBWrDcjVc9SngLBmmBckQbmBoLRLitK"
    "5ENGq4cM2RAwM4LWrosgn9SAXD8bzbaw9+ly9AnEvYh+e/DzttxT5UwaTKbW6vwkaBXQRA"
    "8lBYMmyD96zWjJ79Fpvgq6CA3W+B3wUxyHVIU6xg32PNYAevPOUMljAGor1wWNh/bcJMTf"
    "dKnJiKZtAwf1xSTskjwiIx+ZQ8Y0BYN2kCahML6ZzHOkV6EziU/eA1ErO3yDspG7cCI1Wa"
    "jSu0m8e49QVqaNW23mchM7FWKRuiY3Qmi5gbJ2z0ZKuMdaP/tdcZnAERfL3H7cvrbu8MQH"
    "1m4Ht83eGr2WdgGfu6xzwbI//NkzGiipzGKkY1jY9feb6DsJTacRaBOU7rU3yFZOgP09nI"
    "wldAL3ODXW0DrYcla6j1A9GyxKWMq3lp2+raaJHTrYwJKqrCa6W99YMFNYWwoFLR7dYPl4"
    "8MO4C33vSF2FiYm8NQwl4pd+U5OSSyWppeHxIJLImr1Hb1DTIoF7jiLrDyzZKhr69vtkxI"
    "lG8IDMooU12Z6oWDGki0lRXRgIjqosrx2ZPj41DF2F4LauBTXY/oxEuVvSWkfsrtemIanK"
    "KrdJbjENLHhsRvFOXNNHfRZi2KdxK/MVOPEscaI5+55xcs0WQdy3ZzcWT2Jr+XdEyto5MP"
    "Jx+PT0/8LEx+SVrypfWJlvKyL4tmXdZpTW7ZoaXgrvfMfeHSkG6wlg7yVJ7ZO//1rnPXuT"
    "wDS+l7PLjr9cQJgpaDsThB8Pbu4qJze3sGqDMeI0rv8ad294rLLHPH8VMH+zc3vIDaZD7n"
    "JdwB698N2WMyx5Y49j2+GLRvf+JtxpYgw1TDt58jNoDJDkROHJkCEuuHp11ZeO8qPTwFd/"
    "FQKt1tkjwiBURKzJPy6ybfyoYj0/ujLHxw1iqx34q6yMnplkUsLRHv5Nw0McE6JEwpOz3N"
    "EsSxNLVHCjssJFUH3Ive98BMTP68MYyTMy+vJLZKvVwxnFNwLSTzMk8VNiLkMU/vDspUeT"
    "1iY/pjAefBsFHagtoTlG18Te7jYanyU4wHVt1GjmHaBqZv+W33sfBWSPcn4glz6SQgohSy"
    "c4VQBJmjoVE0tpAs7UCyuROXrMO8W7a9E4v9ZJ0UYoJ1QL8EqycYWMuNtTR4VgOkC0nx6Q"
    "YockQAAhLlRQAqH6M8VL6EylO+E7oEtaG1mdLDkjtQesXGsANRciYm+4OBDR683UDNEVGl"
    "5yrrWeU+qNsYLlF7LPeBN/3m3qcSE1TMolRm0QqvOMqKAxPia8S6VqVo/yILp4y14WbnTG"
    "FtsBaK2l9zar86CWXlu2c6Aeso5QSso/gJWNR0Jnnw9dqrDekRbOPklzmyKMFQkv0i9eiC"
    "oJg6sEAdWPAdW9zqwILvUetJflbMG0g2WGM7EHaTFfkA+0CSkxDhnO0gczQ32L/ztNEbuD"
    "7J253DeKa7QcVtdF6dE7lMzKUOiqyUe6TSq6n0aqE+7e0K29Xu8rtbXuVfde9sc74pwJHM"
    "VNm3FDibU1g2U8nMH8TzKCW6rb/b+9IdcvK/m8WjGurwUorkt77DkmotqzrGdtzHUp518g"
    "d2mD5WFs9aHWKmEg1UCs2U5UB1JFyWlcBcR8Kp/AK7yC+wn0VVAbokpuApIzmawF9ILarW"
    "PGrAlZx3YTUooxb/1i7+7TswUyFwCwnL6Ablu+W0vN04KldiHKCoMaIEhv8cUvpM2KyUN4"
    "t9TLCWYccCtjWqsGOlwo7MEDKeZEeApjE5VkIl8ji8cV7ROFSw6YCCTYrGUTet75TGAeeG"
    "Jk7E2ZKk0J4bQ36ZA+wGmZgcfDLVtbJJLwcSvInsh8ehI/O2xinz4fKHiFYkof7UmJd8zv"
    "whguanldyCVOXmrqwjOgHe0vb9KRf77FDg2jJEHMlsK0H4GuLFkPC/GaP5WVPbViselRLN"
    "F++lRcLk/ltavN+xCVVGlCSWUMIjWqwQdpcCfA25lYFVAnvKGk6mvkiQuSddQWDlWjRd62"
    "tq8L+NLGM8bUjC/25NM20BAK7aVGYFQOW43TLH7RPrYe7wmTVyFxBRMbtsMTv+UeVA2G1e"
    "Q3QL2anG7mhL88wmZxQLiJSfUWw/FIqd5Q7L4abvfiX79f9/RCsj"
)
