from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "step_images" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "slug" VARCHAR(50) NOT NULL,
    "image_url" VARCHAR(512) NOT NULL,
    "public" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" CHAR(36) NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_step_images_team_id_7bc79a" UNIQUE ("team_id", "slug")
);
        CREATE TABLE IF NOT EXISTS "workflows" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "steps" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "users" ("id") ON DELETE SET NULL,
    "project_id" CHAR(36) NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_workflows_project_3e2d82" UNIQUE ("project_id", "name")
);
        CREATE TABLE IF NOT EXISTS "workflow_images" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "step_image_id" CHAR(36) NOT NULL REFERENCES "step_images" ("id") ON DELETE CASCADE,
    "workflow_id" CHAR(36) NOT NULL REFERENCES "workflows" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_workflow_im_workflo_7f55a0" UNIQUE ("workflow_id", "step_image_id")
) /* A step image one of the workflow's steps runs in (one row per image, not per step). */;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "step_images" (
    "id" UUID NOT NULL PRIMARY KEY,
    "slug" VARCHAR(50) NOT NULL,
    "image_url" VARCHAR(512) NOT NULL,
    "public" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "team_id" UUID NOT NULL REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_step_images_team_id_7bc79a" UNIQUE ("team_id", "slug")
);
        CREATE TABLE IF NOT EXISTS "workflows" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "steps" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    "project_id" UUID NOT NULL REFERENCES "projects" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_workflows_project_3e2d82" UNIQUE ("project_id", "name")
);
        CREATE TABLE IF NOT EXISTS "workflow_images" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "step_image_id" UUID NOT NULL REFERENCES "step_images" ("id") ON DELETE CASCADE,
    "workflow_id" UUID NOT NULL REFERENCES "workflows" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_workflow_im_workflo_7f55a0" UNIQUE ("workflow_id", "step_image_id")
);
COMMENT ON TABLE "workflow_images" IS 'A step image one of the workflow''s steps runs in (one row per image, not per step).';
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP TABLE IF EXISTS "workflows";
        DROP TABLE IF EXISTS "step_images";
        DROP TABLE IF EXISTS "workflow_images";
""",
    "postgres": """
DROP TABLE IF EXISTS "workflows";
        DROP TABLE IF EXISTS "step_images";
        DROP TABLE IF EXISTS "workflow_images";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztfWtz4zaW9l9B6Us6VUpet93u7tVsbZVsK44mtuSR5e7JRlMsSoQkrimCISm7Pbv57y"
    "8AXsQLSBESSZFofJieiMQB6QcggPOc2/92NkiDhvNzf7GB/cUCbU230wP/2zHVDcT/wbrd"
    "BR3VsnY3yQVXnRu0vYobKqrXkt5R545rqwvS61I1HIgvadBZ2Lrl6sgkItM1BL4EeIZv4B"
    "qZrqqbNlgjQ3OA6gJkQtC/vh8ATbfhwkX2G3i3UTWIb4Clbjsu2JKOn6HlgiWyAXyBuImh"
    "utAGyNag/ePP5FU0tMDvopurWp+6NfU/t1Bx0Qq6a2jjZ//xL3xZNzX4DTrBT+tZWerQ0G"
    "Lg6xrpgF5X3DeLXnt6Gt78QluSv2iuLJCx3Zi71tabu0Zm2Hy71bWfiQy5t4ImtPH7aZHB"
    "MLeG4Q9ecMl7Y3zBtbcwfFVtd0GDS3VrkCHt/Odyay7ISAL6JPLPh//yXy3STFFG46nyOJ"
    "gqSic1A8grJIbHv7RAJpk9OplLGJi/vH53gNCrHfKA61/7k3cXH3+kECDHXdn0JoWr8xcV"
    "VF3VE6Wg71AOh1fZ2kYa8Ou1arMBTwkmsMevXg3qAWAVQNzZqN8UA5ord41/nl9e5mD+pT"
    "+hsONWFHeEv3NvFRj5t869ewT/Hd4OVA2oKfijS4M9hd9cNthxqXKQDi7soN4tUTVgnQPt"
    "dPDPKel54zh/GlFE3933/0nB3rz5d+7Go9ugeWQEru/GVwngFzYk4Ciqmwb+Bt9x9Q1kgx"
    "+XTICv+aI/B//RwqHo4D9QG5vGm/+55Q3N8H7wOO3fP8TG56Y/HZA757GxCa6++5j4QMJO"
    "wNfh9FdAfoL/Ho8GyeUrbDf97w55J3XrIsVEr4qqRVaG4GqA2l9kR1k+R1Y7cmGuLp5fVV"
    "tTUnfQOcpqm761Od8kr6imuqJjRsAlrxmcGix9ip6hyTxRBPfyjxOWjndO3KzYWSJ7vOUu"
    "3PBdmP4/x+YbtBdiJ4jvuu/PzgrsurhV5q5L78UXf/oVKWvVWfOgHJcS7nzz8UMBoD9+yM"
    "SZ3IrDbNlwqX/jgXgnIeJU/lhkJid3x8hE/pgEWB5ivpdDTHTU4TcLK1vOAaMelyxh1P3X"
    "bcqgt2SQA0xyR9lQHVfZOgd93UlZOdJNHmk8ULbCd7COiJR5um7uoO45TKd0vDi6aWh/QT"
    "bUV+Zv8I0CPMTvoZoL1iHaV9Ge/G7aCenu6u5TttXXUMGLTij8t+O/GLreUa3/eN2/GXT+"
    "OpXSbHWY+rK1T1W2pJIsuJKMx1hxXPwdM9fObB0jKSeipnH+uYiqcf45W9cg9xLKBh4IA6"
    "3wN6HpjBU1G/CU4EGIN+wAUrXujJdEfQkdxtHv74/jERvoqEzyyKcvXPB/wNC9uy2b3Tng"
    "EjTyjQNJO0BipSEdJI0Da8QCPnuGB+3lxN4/sQ2E1wPyThz4RmUEXK4/XhQB+SIb5IskyM"
    "s/NS6Ag/bCkZrnl0Wwxa1yjLYpdHWiLeA/n7waPkpgZNhYD8ztJqVexM9+zJ7qm+IdC5oa"
    "RlPxX4TzBNh5GIxuhqNbZTjCSvDdXQ8k+puZ/p3BTQ/416A2MwO5a7yVDW+fJoOdJB7Opb"
    "7a2nDX6mmU6h//lcETglYTrIiPoz3hBZ4c8yJPu8MafORJBjKjT3kgbEDkERahR3b3r/rX"
    "vz097O4TDWdrxZ/fn0zjz1dtd9cicT91d/wQvYlw34PJZDzpAWjbiM4B7ulfZPk+z16+z1"
    "PLt709csrHOqhxpuPnmgQ4zhk+eRrh2XfbA778zCTj9EDmMxkiC2qHjEv5poA1VA03w5y1"
    "f1B20g0+wnR+HfTvpr/+3gPe677NzKdReG1rhldJH/hrfBjTDws/CrnkY7QQ/bSaMV7h6y"
    "qWjebQSY/c0Mzw/mGJJoZNNys75p9VtW+vyBv8dP7+w6cPny8+fviMm9C3DK98yhmD4WjK"
    "/CCUxRoung8i0ZkdSCa9yUx6uE8W1ZhDgaPU5faMaCXasrpYQMehxx1bX7B1u+whYEvL8T"
    "h8PDZwQ/xwN3OOPSUmU99mUqUeWPJ+skA21y4dtq8PzfctgVLTnWdlxTM9IxL1wfm5JXBa"
    "yHaVuU4Pt4wZmr30pgTrJ40jhqj5VjdcrNX/TB57CltUJYuxA12Xd1yiMnJIKhgSGj3hwI"
    "UNXcbA7I27iEg2WF1ubOiFqm10U2H7ZeSYbWNSNRJHVU37qg0tWG/CCC3WSF+wDi45J/Kk"
    "oFyDyteZKMbEt2GuOocMT0xUDlDpA4TRgVwBkKGAcEtTJd4krsp3JgraN2Oqk+cJM9VdFS"
    "tXLB+qTHUsInGQOtawA1DZCplnOVSWNtrwTPGEmKTADp/SMjAme7KLGxjjfUCHjHpcUo56"
    "U0adYfXx3z79rc/fOIMoUoJH+GC3Z73d63Ed4WnRBvfIiWpMSAanJCCF5otuI3MDTZcT17"
    "SknK5xbFdb6PCiGpWReMbxNJHGjq3IhjMiIj/9VDQ8+h+44J2gcSk5RXNj/Xyw0vhyh/s9"
    "7HpqJa57A/7i8yoW84dfAYye7u46WTtXCfgO4r2JiXF6yy6AM1lCSwB45HfTzqV2L7SRjS"
    "aGKXHCngyvp530yaAEUG+DfsScr9HDUIGZ6p30S4D1JuxI0Nka04kKzNedZloCugUj11s6"
    "Z1NKfMbEPVH8+lbT3QlcIDseIc643c2NZycNFQNR5/XmBLVf6atMG0FR84A/qM2NJ/OMA/"
    "9xfn5x8en87OLj58sPnz5dfj4LrQTpW3nmgqvhLbEYdKNsWWBCyAl256Y066Qyax2PdjKZ"
    "hfjrUyWC2b/21znC5ajbBBnePIpRGRE8u6p2MfIyIvLN2KiMpDMSeEJ1wwvnTkQuAO3i29"
    "oHqZoR3ZPjtZkV0SNC3oaKHKNsfDjnwXgnIZzrWSU59z28lGf89/HDHIqJdz64OC+A9cV5"
    "JtTkFhNpvvxcMaGKUBYpy7KPF+9ZNyEm3nSupl6Hq7pbnjDAnYCMqmRFVRo6tY5YPFM3Ji"
    "TexC1niUiZSU/DgF7RLDkdBvnp3+nm8Z5ejh2ZylPwVJ4UKuYCsD91TSBb1dm3hKNC52r8"
    "zx6Yo28z86Y/7V/1Hwc9EATwdA5RPEpPR3NUSqdTpHOidp8D8jmNxpP7/h2GGdkb1ZiZ15"
    "NBf0qzBAU9Hp91q/zhWZK35VIKdxJ15tiCjqsv6lENywf5BdoOJ70RERGQ3yhfIdQgyW/n"
    "KHwpYuJSMgIsZs4qI1wG30JbewGV7I2YPTIpQfFO4+V/BCFofLxIQkw4ZqQSNtUxVctZI1"
    "4OKiEm3qwun4Zy9H8zlo48D5FAQqAQ0lq8RNpmK6htUl++L7JW41aZ05rek9HRlVJ+VK1S"
    "NtBx1BVjxcjOvpMSFGFZrjv5Trsio6VjmQyMlqPOERjdFNYfq8lMj2fvRjeX8ydNilH+nb"
    "EJgQYtA72R/OwALYEKHGi/6AvYA69r1QW6C/B2DDWwRDZ4p4IF2mzwNfxDBXNbNRfrH7th"
    "yyXamhpQ8f/W6JVcgHhSaj8nOcAaHytNFw03XWQZhIsz50zrcJUsrV9igpc59+tUhCUqZi"
    "ajNsLT9fXg8bEHnC1N6zwzf+kPafGPparTyh/X/dH1wKsHsiCQkHogzeDY8dNXq6ychAXs"
    "UDvxJqtWHWrwGPjmDjgz+w/DHlAtfWZ+HVz9Oh7/hlcwOF8j9IwHeHAzeLgb/45HGHrrHb"
    "42vrsjpVDwNWQYZLtoxvB5qyqPLryTaPKANcn7xdvFFGet8uAclxJBaauaS9M3TNU4G+JQ"
    "QDgP0PdnhWoYkWbZi8VZuo6RPykPoCHSkiJM6bp5CKy4rFm1OnJcyUMJEfCuYbXOqIayh2"
    "ATBeC6J7Tkict2DW0VUylJq3KoSloU8aBRj0vKQl3NYSbTo7zUTd1ZHzTMCVE5zk0eZ5mb"
    "k2t8OUIxfbqZE9a4lEzRl59OzkcrDTB3Dp7HXU/tBHZvHp74zIol4bnuP173bwYyxdHJUh"
    "xFfQ8NyC44cuVL/vLbBHoFybPxnni9iAP5X1UaQ6+h7epLfaHSAUuZRKO3u3mG0cWuoYyI"
    "EtysyBvNe1QY7wEY18iMXRRixi5ymLGLVDjNn5rJVX0mFJDBB/nE2SG1OtaqQYb74PCzWA"
    "dNNuV1fp1OH3pg7brWT2fvZ+bN6LEH8MSiP37pB3ZV/KgG2VWfoeUqSz6qPiojnEWq/ICQ"
    "cAIra8TKU5tjWk1JikDdVx6q8B377Hzp3w1veuBFNXQt6Z3TjAVHd5wtX2nQnYRwi001SU"
    "ygratcxQ13EsIhXEnYmYlcZQ7xDsg41OTT23FJyW43md0mY6UuXdZitX+QQ0E5xk0e4yX+"
    "C/Epi5XnPtuRIiYkwomsbmcKv9D6M2Sww3vLs/tSEveDcTcxxAeCHxWVI8A/AobquAq351"
    "ZcSoAz2klgV10Xbiz3AKcEhrjc1pu8rdsY+deD/E/iknKUmzzK0oUwc5gFdiGU0c6ijTrj"
    "Y0+VgZbFiqt2h5L13op67GTXewt9oU4Tl38TJB1l+KHcRBKSZjuhBGlLK/BA+SNZY5S+4L"
    "+kY4p0TGnI9x+3HHw4K2A4+HCWaTcgtxIxRG/NzYNcigPEw/hxejsZPP7jrgeCifenMTPv"
    "f6eX6IGChp0PH2nMuU6XmdPbJNuSGrYum1n5+aehjQFTDsA5LSkC7VhHvu+2uUDY6EUnY3"
    "yIH8Rk/GX4OBx76UqiPTGzmEzHDw/ELcJxkWXBlJ/EzLwZ3A28rOH0aBe8UUOG9ZCo9rSk"
    "AKtW3Swyfhbv+Sgi0uSd+1DfrSLOux+zfXc/plx3cV9bh889KCIiIS4AsW/Js1THefUrU3"
    "MaAaOiQkB+Mjvs6zHDkBQX4WBU90jweuRKP9zMhSblh2shm4FtZr6MoLlMlsFIloFsVlBf"
    "JpZh+/qq0r1vCZQbuEH2m7KZc8AZk6kP0sv35y0BVdOdZ2XFA2lEoj5AP7cETr8ungJN8t"
    "cyzgZXCBlQNdnQMqQTEM+xeFUYB7R4vYeDq/H4LnY4uBomd/+n+6sB1rfpBoYb6Z7FJg3+"
    "y7+17cZSIrUJObBPC9cIfXiltdjLKiP1VxlBrxgjJds2wcY9LiXecbh88s5DjK9QUVRGPI"
    "yrKJYts/SVehKRLnbZULfT2Uq62H2Po17ExU5mc+M69nJkc4s4PnFCm5aU2MaxXW2hw4tq"
    "VEbimYxt1njTDkZEpJNtkgS30f/ABe8EjUvJKZrruOyDlcaX23P5YddTK3Hd67kcn1cZiQ"
    "Yzdq4S8B3EexMT4/SWXQBnsoSWAPDI76adS+1eaCMbTQzTCT76TobX0076ZFACqLdBP2LO"
    "1+hhqMBMlZlda8zsWmmwCK34RddiVrjI7m43N2AkbCeTlgoeG2LZcKl/46GvdxJCuIklEg"
    "UWiQ+5yI4PuUjFh5jI5XLqDdpLV15+D7w2OshDS7UP8o4fPPQnvmu838fMHI6Uh8mYROs8"
    "9oBuKlg1IGuBE1b5/OXpLiz0udwaaS/58dXj+G5Aik2iuYPItjYzb8ZfR7eT/g1pp6FXc2"
    "WrWlMyD+bqMtnJgRNiMkVw/sd4QIrgTKtdnuFfTMNdzbZ/ad7LHpB2Gnqkee97HHVp3pMm"
    "E2HgPLHJRExQg5Wb++tPCcqvn5k8gBPWuJScrs0z8TUU2GNsfMxSbZlJGbix/bLrSVBs41"
    "/tfmylWe8Ys56sLFiP/Yl9TpDw7oE3dTI6onAjfAksaAkGjKNs485kN3gp5mHRlgUjNkN1"
    "f9odiVZ09ooCE5e5OMK/omfI2P8DNMcmnCL8D88MnAZdivHp/3Wwbd37FHMN7OHXWsTKru"
    "xWir229g4eNGDo+B+0BO4agl03PziAdgQMtALvyD3dhRuHNHQg1MDZ2XvcZNeetPvx56Qd"
    "p5IHlOwHkGdDKGo+8GfpcS4AghgPsv0DeEMIjwoebNqanKjrVSSy7Tw7su2cq6hdRmTscU"
    "bqhq3MlZel848DnDROQkxyY+lZy7UmhAJyzu6fs2Tn5apzHApIJ4aY0U46MbTvHCKdGMQ1"
    "ZxdxYoioRJxFIZKC0viypzBEzBX8SEow7lfeTnj3F4hITrFGFYlIkDS53ETI4xTiJiiRVJ"
    "CbmK4hQCYEVAa4a9UFeO7YroP/W48xA++uhz84P3YBKTsPVAeo4PHX/k/nlx/BWnXWaVKi"
    "1J5lVEIDFqduDusgK1ZUmU+HfEIK+Ri4iJ2YVDlAn5Zfqxhm+M3S8Yw/4AQbl5TlCpvjf5"
    "k+sdIqolvnIE0lKStHuskjLTXS7KVUXI1UOliXe+Zruq5/0iNJJZq+9K06aWx/McolcMeo"
    "hXBpwhyvhG45jkLxKpyymJOw9mkOYULbFKRJ+sBrHnhYBAZH8O7aQFvNRuYPTg+o2kY3dd"
    "KXi2wH/9RI402X+GDYb0BdLNDWdMFGfQOWoWJpd42BdwAyaTuGZ0eNz5UUSwN2hW4OxZJV"
    "GTinJlMoIZz2f35ZpCITbpXt3HGZqsn0b2RC7tpiMSEB6axKkKbFATW+CmNRGQFxvjgvks"
    "jkPDuRyXkSZPy4pb5KQ5ztmbCTaIZrAnmsMK4Jfr0wB+JDK8vJfG+lsYikCH45dSebcQ1H"
    "yV93CtR/TvRRY+IZfJB2oLmw3yz3J/wKGudn0bkbTB8Ho+vJ7w9TknLmpgeSPc7MaJvHaf"
    "+WZquJNsOwrGjemv71/QAfPBcbSDLS3N1d9a9/o69tkLN98hx7GmdNMlivuqEtVFZhv9wC"
    "MklRWT6Go3wMAY9/74lLyf2nqv2H4Hz4HpSQlvsQ/z4ULJLKArIqM2YPQUpQon9w0dcQy2"
    "fIYFn3fgZJcTkS/CMhzXPZJyNxzXMy65Voo86wxcusV9J2eGpca7Ad7mBXLWaNUo5A+L5l"
    "tXDJKpQqgBxX9aW+wH/WkSBd73oSFSwbbY+GaUL6EAmgAzMqbFTdyEayeEKFe9zPzqQsxm"
    "rIm0thoNGospSpnV7v5hnaIW4hqxIIbpxuYSZ3E77ycuijwVcMK3ydmf2Hh7vfKT2OJ77x"
    "RjnxyaB/83sPkFP828wcTCbjSQ9A20b2IXx4+YHKHsrKBjqOuuIqcZCWlMUOuPkOMlH0gz"
    "TfuKR0Om+OopvmN7zzm+IPWXqkM4PQ04IHxaIf9I2dVTSwZdfBloXFZWHx2qBuJxsnOdjv"
    "cdSLcLCyRLOo9QaaEB5QLo0ti4YWorALFA09LPKFnTGbM+bl0HzZTZjOx2fLLi/OZWC+fF"
    "Ft3YcrzcBFbndziTjzRXnxWxaOewkESASKaoJIGba/Ad118H1jC4HuAM8zArzq7joeqvIM"
    "37rA8xkCyAYmcllxLpU9h0Ed/pGsJke8OP4lCcUmEYpMv5zs4IBj/HAadwaN84Dnn4sQge"
    "efs5lAco/pBUU/Ki4iMCEnBN71u6CRNYphmMrzSN4JSV9kDl/kyELPeVZPS8oMdfmH9tzK"
    "rtxH90G8t3YCvPcYmZ5lTUpSFx0D9skzOkS5J8+gYQWW4D+ihanoK8qzXKPOcjI5XIVZyz"
    "TdsQz1jTtuOSkngEW3hoMzhYeJcoHgwbe6Ky2QhVHbLgLvJh5XBxIi+HQ9HY5HpF590MvM"
    "DMMCw1DAm8GXwd344X4wmvaABl+ggSyy0s/Mh8ngy5C4TFg2fNF9d4uTu0FE/9DUSGarPg"
    "kxAT6X2gM+kIG4Iv5DARHCa6qe1ivdVeY2Xni4koTGpcTD+fzyslD2isuc7BWXqSolTvja"
    "Kahzlfi4oFTkORR56amQPePbabOWngrf46gX8VSQpedlLe8mkXRFank3KUqsYSeyQnFPhD"
    "yaq86xoU83fjeCohQz3x+OUsJlQJDPNmFks1/0o8sTP3q9CDSbqjQX3OruQ5Aci2EuiN7u"
    "5pkLiFIaZNmqxF7gQnUjjQXNNBa0i2Hl/4Q7t/j4/HTVA3iWr7fzmYl/3/W93/hVZibWka"
    "+ern8bTHtgrrvz7eIZurTVoE8bQbUZPKq06lRo1dnajMjlbGz95uLxd5fvi6RFxa0ysaX3"
    "2JnQgqpqnN5PoZwQM7n2MEgvGznP7I6ICGB2qYGglmRpNvrtpM0kWfo9jnoRslSm1ipXM4"
    "loIlhL5MQ0IiIJ6HwCOtDBj2Sfp3437YR0L/UcmVBs3pm9FJQArEz+VjT5m6QaT0A12mhr"
    "dVgkI73RzaUXSROZkUpwHvG09FSDSiVV4HKc50GZ43EsnAelVOWlUidVeTnqBUY9S5VPaU"
    "hFTpyBQ8oGbubQdtb6sX4lvg/PPe1PHkHTiPtIp1G+V823KSL/lqtXNetEkaNW0T9LSZzC"
    "gz/SJjMPr0ahk3p49F4imw4BCdwnyxYW8DWxcHT8W56Mf9Nd41+rdXhdiQwMU0HG15UU1H"
    "/l6xY0aQxLtwiyyeToFqRJ0eQaJrj75zXAoLoYUmiTrBVf7sG199sGG1WDpEarCkiyEYAR"
    "w79oggySEAMvO2hrY7UTvFNB4D3VxY19dZRVTbaGBzL9LYJ0Mi8bPIoY+92VNV5BpRdG87"
    "Qn6wUq7CRAOQU6IzJCmEar1qPo55ACODOXZdC8vrygVWJbcibLcCHhmLBRGREnbJHCvR+z"
    "6/Z+TJXtfcZ/Fxvg/b5ZgWydJTO/LThX3Q7eH3sAy83Mfwzun3rgT7jZJvfRItgXCT3ODj"
    "xOhR0He6+S7R3HnuIpQQHnefmVk0PUWOtzAbCZ67QIUFcSU3/icJ9m6rJH2q4bkvdISGx1"
    "i2dR8FqL55lZ/nG4hTVEaJSCg3EkuHEeNR4m4y/Dx+F4RNNpRHuamZOnkXfZ3prelcfp+O"
    "FhcEPybiDLghrJu/E4nYy9IiS4a9dGXhkSWXik4Vaj2vNuSBOSYMYEaUL6Hke9iDdoc5LS"
    "t/aol+OzyGZEuV3rDk2M3gxID06NPiEHluH1VAbLy2D5OlAKMsMfiVL0exYQJQMeP5GG1h"
    "0Udx5J/976/XuHG5Vdb9a70c2zwb9AmyjSik6aSj9fwS3VMgy9WgdUV13xwOs3FxDdSmwf"
    "yPazoRT0AQjbSycAVpJIZC51xnT9++N4lMFwhRJJnkNfuOD/gKEXqh92GMG4W33nW91w8X"
    "n1Z/LYUyzABKF84jHJMSZWatKBJB5Fp6Ak8fg9jnoR4tGGK7xU2rxB6AkxSUAmXQQDXYYL"
    "1biUBDWf1fXRKoHY/bLrqZ3A7uV24zNrf0h68H2XAO4k0pWg6CZWw8MzzdZPfbYF8mpZqw"
    "AvFnEVwTKbu9KgZaA3z/kqOoaFokko4UXCNUhd1F1PPzjA/2yB6uB7uhO5STxMHKC7PRrj"
    "gV7NSHjIOxXQeJagS2LY6XYS8Nf24JlJ41NUl15a6ja+jxGy3R+BampeL/hxto6BCQTpi+"
    "HX8NS8rAAVSeg1idCTSnyjlHg/6aFXf5Sxn+xNlxiRlM5b/MViXYwMm4At5hN5ONldjx2q"
    "U8TX8Zf+8I5cWKq6QX5PBvfjL+SCDTd40deSm9Jp/Bwl35UNfTuZD8l3fY+jXoTvih7UuY"
    "6FKUFJzyQr2ZGjPyeqURkZr5KIVyFKECeeURk5QfP5w90XXQLLdRPrrJ3w7uW5UmvgfiJR"
    "3zBDR7jxDf2HBIU2+uHuR3UVZDQ5EtUwM0or19e9oEZ3F+5EoXUQjo/Qdb0/NJN3DJp08+"
    "jHgHPESjttfULvOZL9JzUxs/2O/OYye2NCSw3CLLP5thfV2DJW1my6LRSon207zdGgEl5N"
    "qo3ZX4BYamPq6HiivcJ30mftETv//Zy9wVJ2sQIF7FHEOOPqC4DBwfhRk4yXWOwHB1gI4X"
    "Ff4/cG8zeaZMyz92xNVzeA7gJqKqIxzVBjJDIrt+/cnGX+I2SCsmZZiYJh4TgiREQEdE8u"
    "Px+DpLNF26GK0NmSfSuXfZMR2TIi+9T8RVZEtuSEDsc0kxMq4KhX5TH/Dq108xdVN7Y286"
    "wfu5974DdIS2XpNS186vdM9IAKd8kJ3K/eCJDdpSmF8UEdvxE+rYd31qpDW7pr1aU3e2CO"
    "3DVQbQhIwmfXJT2qhv4MgYMY2kDlz5yZtB1xKQtuAg1BB/eIr0LDAK9rfbEOencA/KY7bh"
    "X+Zlf6KjM4rGh6WH86N5cB88LC/uP8/OLi0/nZxcfPlx8+fbr8fBbGh6Vv5QWKXQ1vSaxY"
    "7EQVBI9laxjOdk4SDPJoGBGRqjSM0zGRF2dnBTQM3Co70Sa5l6gGy61b1KlT1Aq2WCpFQ0"
    "ive7wz3KANRpm1F0bu5u6EuIWhaLRh4X3Qa/6DA4gwCOwpfwM2XJAgXg3vGND0bupO4M4M"
    "XbC16I6lu+CdA00NC4FXZD/jJjbakB3IBMhkJfev44nSeboB6lDepqWbC7TxzXyJgwNCBl"
    "TNDLgjYgnQ51iuKtUovFIvvlfj8V1s6bwaJj1xn+6vBpN37+kQ4Ea6Gzs0RBYSsjKQ70R5"
    "wWdFLYyn4cA+q4saxyH4FFo7DAvVXawV1TB47JgxoWZEDpDnCRM5QIr/vCk0sS0zyUVeIv"
    "WkZI2RAwsDbTUbmT85G9eqaiyqz2BPECQFLvhxD6QEiNZI5scpUhEDt8rJj5OqieHPVWQz"
    "kM7U1ONC9eVyufz8qSqkS07l4iFEyoLxJnhKSwo4kStI9OSHa/lTU3UcrAQwzux7473SHT"
    "Q4+qixcV8eiupiAS1XcaCxVBx9ZUIWI5h3uMzrRh70OU6Yc9XEsCgunv0830RCTICVqO4P"
    "wUdw7W4Yh/u9wAdiEnhu4LVnfUOWDLhwEdfpPSUoordN6bXV/N2Tgsf0fd678UZFhYD8JD"
    "Pe2s4NfcE7BAxROQSyVok0EMkQ6u9y1LN84WPLLbVX8YZPR4XqtQ+1wzcu284at1rM0bdj"
    "04Pde9208KvKcvJiZAdLztc0ZGMTThH+p6Bf3M7g3MYpuj+2N/qBFnCMO9q8TworUFM007"
    "zv3+3uNe87tGFB8/50DWlkCTWmx1KVBRGUXXw/zF0GFmvkQDNigH9V4xb4tD2/mkdIA34D"
    "1uwuyPE6a18RTBO+cmLcGQ2+Yljh68zsPzzceTUs8fdpeBUsJ4P+ze8kt5Oqvcl6lpKYSv"
    "oM4omiH6QtxCVL0BZaZKRotnKQ1gld1Xlm6gaZRtWIxEEW1YYNZunFMSS1IpiSLamV73HU"
    "i1ArMohTBnE2DE4ZxFlREOeurK6M4hQns1fArWbQWj7tms9phRRvuRm8/ojGw5Du6fvJ/C"
    "iN4pFkWcwKM6OgV+rURTBiQryfqIv30GTQO0+Pg0kPEH/amXk7GT899MDKRltrZuIbX4bX"
    "gx5wdrWNT8/OedCyVpns2R+VafJgNOYL8F2OAi9fZa06ay4iNENeCPDrJkQTYB4xDgcPQT"
    "OPf/WNgIvvr6Dy5xbh/Xgz52AtWaL1BYScVbX+lExe4sOr/sLYbXOd33dCMpayuKe7auhB"
    "lseikZQRERlHmb+4yDLKksKVxP13OepFiPsIs8LJN6clJe2cTzsnWKwjidJ4Lpl24ruXLk"
    "1PsialvqMGAAZhGhgGstlSwq0XzuzzYKNvG/QNfBmA/sMQQFOzEIYMvCPueiR4HtCMcwtj"
    "67jQ/pH4MS3WJP2OTvLLmVTIRc/QZCXxKbdzJnvrQnUjaVtJ2zZuFaqatIq+VgrjnNiuuJ"
    "j02DvAY09XtjYjfjcnWftORMC5XUkCB7rscxLfURkBcX5//rmIeeH8c7Z9gdxj0q0edF51"
    "4wMo16S4EOjXvbC8QFtfvimuwYpkyqMG44KSHixODy7xK0DbsnVWucPshSYhJoKRoYalxn"
    "9nLjI2KtMMNpY8Vhg2toUBOlhBXDz72T15LP/Xvw6uf6OxOUEPM3M8uhuOBj2ATEM3oYzO"
    "kWf9BPzWC1RIICVTycreHxJi4u0P5auzS3XBtzOEAnJbKH1bMFTHVegyeZDNhiEuw9OaY6"
    "dJm+ekUTZ73WuneU4aZb/HUS9ilCUGE05rbEREmmHzzbCBOepI++vU76adkO61vEYmFK/J"
    "NRY5f2TKn75lCQRynGtRXXXO9nzjQejG70ZYmKBloLcNNFm6BxdQYUeiQkWDy45EqWj8XS"
    "sB2tUTPxygSO1yESGiSS0M3Xw+EibiAzPFfYmKk4227rFTaUL6EBUgP0brSIged5FeooDE"
    "5ZG2wxNqLHI5wDLICbgf0YHfTyupHDaanC57dFnKcNsLlqx81z2FrJIF/fe+0kKtVADYqh"
    "mUhyUp9GgRPMdLtuf0wtR6PzhA3Wq6C54htBxyeQPUpQuJnJeYT8dCyIRpf76qH8b07wvS"
    "KZDHHuffJ4vNknt1FJuVCUZKzddSf/KwpuFYRgCeTNlSUcqWkLRJztkyeDCxDvlJSCPfaZ"
    "NCDx5sRCt/M44xwa3cU4zlNaokW4v09z/1xiT9/U/j7687Fil/xgtyUk4AL6BafBVldMVJ"
    "PK4wlnwFukIB8bysyncn9F9YOUBDY4jKxJoJZ038CAP6xReUDVOryHXkZ3cgS1tyePRTlJ"
    "jLx35/5kC2xmXb9xKFGuf63fkymDwOx6PBTQ+EfcxM/+rd4PExvG5Ax0lyeadZfaSbWTb0"
    "7XQ4km5m3+OoF3Ezy05cmH3EyElc+N2fLaTbnnTbOzlduc9tL7UAlIDpkwNbqMgVhTS65H"
    "Gn7K7fF7IlKJ/YFbKVKElPyKJQQfNFt5FZAlaDXU+igqXjP/FoXzbf6jSkfYmK1AZu5n7N"
    "zqORuqd9iYpU3d5/bVzPffLnSIy+7IKYRZxIr8h+Xhro9UiUvvrdiATTgY6kOu5J0TfMXA"
    "X87qTBur8oNAXb8pke5o1BQcj2yAgw2uuVoZAhKpwe0hf6wQFEDLx7GN12wd8fBrfE5fMr"
    "nD90geqCDUnl+B7c61c//g2ogD4SqJZqu8BBwF3jJiQe3yFFnwPnEOA86xb1FJ2/4QMCK3"
    "1kvQ+X1aQbwNF0QbZ7CX6Ii0/KSraJJ8tCHJcT0N3k4ryArebiPNNWQ279ldKaGUu4bqr2"
    "W4aB2JdImivf/ON/ywDOM1f6aTRCGh7jeDUc9Se/sz0frhhpN65+nw76CcylpSR7uotrKQ"
    "n3Za5NJC5V72bSDnafx3c2NRrpoQhOrQVp64ijbBsHYC9xHZ9/BbyXy/BI9gmgnFNwyBAV"
    "OAfvmKkCJ2ET0PZUYcH/6SJ81PR7wmdIAEky+b/REyXNhUoCm5w1ejUBwtOkC0hhJKgBUh"
    "kMal1SgE6jdxjH3iqfJM+4DVip8s64dHR5DrehgICn2vPLIl7UuFVOYumUH7WNjIMdxALZ"
    "JmPdGX8dkRqX1LI4M/s398NRD6jaRjdn5v2AuNH1gMc1z8wvw8FX8vtFh6+wISkvvVzS7B"
    "qM+3J/l1t58bShnBXHE0hnvGzo26lsFHHGg98sHfd2wKjHJQUc9ZaMMkOlTA+zd7bVlPkb"
    "p1qZEpR+eH81WltvLag53niZOji389gRWngzgC1FD2evDCXAK7ZvXmot5HbQqyFI2/f0yK"
    "ZEdq4g+ymRiAtKuXHbkmRoEskgVeCGq8BSN8uGXlzdbGWjrcV5sIzKyKO6PKpXDurW4Q7r"
    "iojIKSoVnxMpPltHhiPtBTXyqe5HlO49JUB6G/QjJqbRLbpJWb4mcKXjN3/rMHTH8F43T2"
    "20vVZ6QSM6l8YoM32dep/q5miQMtOXrOwtXu4pfcFX5i9oL17mqfIndbvy8hzAOX0574GX"
    "85n569NVD6y385l5O5zSHyvdDX7f9b3f+OXw7/H49m6AfyO0MuDMfBrRGqUkpQ/eILzyeb"
    "jVZPz0gBsFh6TTs1N+JfuiX4m4he8v3xdxu8etMsGl99IKNhe8fnsB1vuk99dlIe+vyxzv"
    "r8u8cvc8m2tSToQlv/btlYQF0jykimXDpf6Na69lCcs5X2TOL1RlvjU1ls0ne8LHhORs55"
    "/tGFmbEUGVXdA4FJAFjfMH44CCxtKglr0AiWtQk/F0oo16kXi64Ivl9n1MCUprlcxBWJ/x"
    "T+YgLGJN4cpBuPuiSwBWbMtfavE7Ihsh1dWOrYQa5JARZB7LBFZlJx3iNnfSAr0dprXTCK"
    "ru5hk7dwV+i2TOIYqU5qWfeYUmyUHzAnu0SuICbTa62wXP0HKB6gAV+H2DJTI0aAPdpOG9"
    "XoXEd6oJ6AcF/FnjlVcMcywlcubU8diZacMltCGNN95158KNhecs7k83IEBmWAbyRxl73J"
    "TzRzfHqOtNEMVZM2iLvOw6USkBWf7ybWEZ+dH2kJ9CEp7vz86LwEuaZVuo6M1kGSE6KzfQ"
    "cZhY5xCfKUkBQK+b/MT6+ZqvjNNOQgC4ayD1Dd18dhRNxwdtBruVjXNSTji0q/DHIRmtD+"
    "IRE6KSSGwKkViEPqZHaU6+Kyoj6cOk7Z0qEpyIxqUkiZhPIjo7TuBIuqs4u9BQYPdSXvGZ"
    "tZ9NpN92CcheBf20chHYC2t0CWxUxPQEbdnJ47wb3Vz2hzQpzP2Q/gkBogINbTBUYKW/QB"
    "PQVG4k57iBVA28UwNqBd/Q1Le/AVLFBbyuIWVO3oChmtqPXdoIaiT1G2FxCJ/ygwOgtmLl"
    "jqvzyfv5nD/w4cBBWxt/Y4ELZ3gBz49/Sb7npHzP8k+Ny905aC9ccq3zy4tCCtpFjoJ2kV"
    "LQ0CLk7wsrZxEZEZm0IjB/zEb5Ywrk1PpSFOmUoIBwl58UPLp6HwI2c6UWAepKatBLp7Vs"
    "9MVlHbxzG29x9qiQ1JETH9IB1e7LqXIvDpw5lIM390rQi2/CjtoJ617NOPaVxlTjCV41Js"
    "PraSc1b0vAdeR3IyiqkU81A9MT0Q1b8w4tnjsswsG/1c2lHLamghWC54Ksw9iE4Bnr7mv8"
    "ckRlR/i3qzrPnt+GN6i0ge7QK6TrLq2Q9IpIfvkFdBzogIVqmsgFc+SusfgzxKp/mmeo+F"
    "kle4oMzQxTL3N919O1OP1Z11xtdkVe4afz9x8+ffh88fHDZ9yEvmZ45VPOyj8cTfcQBXgk"
    "eY77fnMBaYIK7Ljks2GeTTJnbURi/9Q9bJ1v3+SNuB4s/tzq9kFqU0JU6k1N15tSp9LT7P"
    "SBqYyx00esaNk7fdQduOwsOjBeYlom02keDy+T6YRb7IezAjvsh7PMDZbc+s7yjnwdXPXA"
    "K5zPzK/jyW8kky2x85HMtteT8agHFrZnTzh93hCMsrtlxDwUG4yddI0ua9SWTTDjHJSrp+"
    "HdzXB02wNBDzPzZvBwN/6dXvTcwujVydNoRK9hdc+kVx6n44cHkgTGcZFlkRQwv/SHd+TC"
    "UtUN8vtmcIe3W68jrO0G79eQAT7E6TYtKYBfYt1Ot3tNYQU+slMZxTor3eX9yG6HU5pMaW"
    "YO7/u3g14QnHIzvsbr4C9DklsJjxJeC0lASjM+ERviw4HuIptLo45LNXk7algYwNzG05yr"
    "jthOosbJH/DeLeUwbIRcRcOa84J7YqckBVj3a0BcRhBVv3SQgxu0j9pOk33UCD7hSng31P"
    "7TdNwDRHJmPkzG194WSvj65mygnncpCdJSTQY7kX3ETAkK8CXUfsJ0Vds9BPyUoASfH3wv"
    "BeGLausED4YivTd9YUxWJnXjHwML2QyrQqapJmh+kJ2mYVCXbadZ4ynprhWa51axVJfrlM"
    "4UrnFN+X8tPjvGsCN2LLTlmdNZ4lXZItPofzxryRR3MEjaNqvWWsZKHZERYJOswU2WRjSn"
    "Ic5OtBkKNCPRJnmeMIk2VU3DL8AzGjsJORylD8cC2ayDYubiHravbzV/35LFfAM3yH5TNn"
    "MOOGMy9UF6+f68JaBquvOsrHggjUjUB+jnlsC5RnzJQIL2IqiCVWcB8VXoVzhfI/SsOHBh"
    "QwbYe3XwdAdC2HNOQEV5DtSFD9aBgHiTvYICxFvbhqar+BkCeRMpM6VlOpRTe/42DMaydz"
    "8ZL5kNtVh+vzLJv8ijHmAkk/yfYluKOIxzQpuWlNjGsV3prmLZ6EXXuIuoM0Qlugl0SeJq"
    "XlgjMhJPGTZfIZzxgvVFEY1LySmadKf16pRzgpoQk6jmJnjwp2AaYO5MBA+7nlqJ695cBP"
    "GvNSP7YcZpqwR8B/HexMQ4fcwsgHP0+FQC0Le6+xDpTUygGUfOAkgHa2sJKE8iXYkJcWIj"
    "KgCvzAlTBNf9OWFSikMZq0LQj5iTNaorFZipsvjaSYqvUT/3IyuLFc1Q3ZblIbFB7Qp5HQ"
    "5RpGaYKCBVmiLDhZZX0o+VJCO82c1Nk4GbKbvagmVnygjqbzrGdiVTZDQrRQYdkxTOOcZ+"
    "v70QrhVxY/9lkRQZl9kpMi5TKTLoJ6VsbYMH4ZiQiDC/L5I9GbfKBvp9Kn+ytZ0b+oKx8S"
    "CEdxMzgwEMhRIwz7FUVTiHV+pdIq7G47uYBfJqmPQFerq/Gkzevaew40a6d0aS3gDi24WL"
    "eANIu3C5W7Is/i6LvzdHT5bF35vPP5DsY0sDL9rbo3Xsr35XwtWCr1bTxhtvlp7t3erma9"
    "m0UaUqtsxC2TwVW2ahrLSE7O61Uhhnh4wkxASIB647TERf8FXgCtqLFyRS/qTmZIwkV8TF"
    "FfnhYuqCFEtQmCn498aaxYVFmNMnSrrjBesdOApxYTkK/KMgubzslUhcLk9G9og26jKyRz"
    "K4rYZTMriSwW0krsczuFVyklPVYdbBo9e7eWwkCXmvgIpMUI97CtV3vQIFkLNivaw7d2Td"
    "uWAsijIMQfuqKIbTlZ6rIJ0NndBMcIvVYqkX6Q5uuYXBkBfOaP2Pp8ETqZziSTOrrTxdXw"
    "8eH3vA2VKyJF1tJV2PhZxyx09T/Jpe+ktSaqf/+Ctps7BVZ+2/58mzuFgQL2CswKLshLU7"
    "ifqya7UlnWdmXZvsFek0BW3+cci30iTuE9o2sg+pI5QSlGwbP9vmgbhgBhplT/W4lAi4xy"
    "f6RZF5fpE9zS9SsxwfMcn7pjDOzpW6kzgqV2rDcM7BtZKkqJahvs0R4soeF5UR0IJVSaJx"
    "vErbKqk5wJUPOC7VjJzA5LHC5ARG9A25xiQiIgek9AGJmQkPKesRkRRh3637vJPifopuCi"
    "lBEdCv4dQTJda4sWaSZwIgXUltBP7yHiep6NF4jrKtrgi1MpbttEkX8USg5csOGvS4ZAmD"
    "3rA1rCWDzHA8SI/yUjd1Qt4eMMwJUTnOTR5n6Vck2hou/Yoa5AgjvTZOEndHU15l1ELjCb"
    "ojmcECv4yWrV4nibejDlss3xbfkSvHtwW3qN63RYbVybC6hjAcZ0VS1+BWOXXaU8lrTpsZ"
    "6LTuVxW7CFnQdpCpMoK88vPVRMRkxhqZseY71ktklMv3OOpZ2mhKZypyrI8mYT7yZM+XtL"
    "ppkyHzcJ/MjlyC/iMqPH56+iMRKp7Fv5Ug+Tm59eMzxBbOXt5KnBLpWA8HKpb+VUykdil1"
    "joEpzN4jIkgbuJkfvcUR0uWediQSTFXTVz5iGSTWDs98KkuJjGBViaPgRtUNmTmqWRSXNy"
    "gpoHNcxQMBAUmu88siPAxuleNJm2JibGQcHKsVyNYYf7L1jTY8kVrjr6PBpAfQK36fmdm/"
    "uR+OekDVNro5M58eya2w15PHVZHwty1jpyoePLc93FnzsCHZhIs4z6DcDwh11QOe9Mwcjr"
    "4MpyTMTTdfdLcpYW7+yxzAoMQlpddGcwiTNE8m2dHsD6ydPFkRdlTmLCk1BQzZQznhjIhI"
    "xxeZAWYfpOVmgAnOfNKLKAfRyBfKRvQ0SV8o6AxOIRiMbDaB/EHSMUZw1oAMMq9zTFRGOn"
    "DsdeA4NTHTIHAroWU03SFx4QrvNE7KCZDXu4ZYNkt1nFeEd6W16qx54E4JCkk7VhDAL2nH"
    "RtGO+CCkvzAGJNcbbydUoy9esM5LVzxJNrWIbJKueKKNeqmueKqlY33yGbJyp/A4KfQtfU"
    "q6aeE0KOTJgRX7oxGyxKFrYtjUWZ29jfgQumB+fHX2G78bQVEKDhkatAz0toHmsS6dN2FH"
    "giIWbNASscJfYvgHlrLp7fAquve1EbSTeeu3ESyidGtK3T7pbUTKIV+h56xSDk5D2pegaP"
    "kzKvBHXevHHkd90Ao7FrcRtBNEPbQRJgfaL/riaFd+rxdRMTpFYEg7gao3LqSNGIUFYI4I"
    "CimWzaSV6ETiLo7f57iiZ9oIV6A3v2C42DmQeeD64vUiKFaBxiyx2o/VK7KflwZ6PRKkr3"
    "43AqF0pINZRLO20Za1vt2r5tsUkX8L+gLeko4Ood5P6s2S4wtI/y4l4WQX/pU2mXX4M2aF"
    "WSKbDgIpTBwi7DsShiPk34z4GLpr3HC1DkWicX9M/0N8XUmWNfsr13UwWC0Y3oORhSTbgT"
    "C6ZpUdimjtmAb6ajIYsVFuhTLfVoUOhRQdJrj7HYIC2SYD3RmOrieD+8Fo2r8jQW74vEgY"
    "a9WYmZPx3Z1XOQ4ZBhmDAwakfJegxVo1V9BAjBRo2VUjYkIC+B7m+SJUUS9Cd8K/IX3cy/"
    "PFigvK3GgcDlmWalMOnGsPjQnJ4CXp4ia2s5N0cfseRz3LxU3mPq9jFQ1sjZwbU0xKRikn"
    "o5T9pYZ7uqYE5XTNjViOcBlHRtiKlxOwm4iyjX+z+0OXZRmE0ssgsNcICe+++PDkqnhElY"
    "nT+E+2Zc2I0wQleEAIlxazyoQDofmMYTaImtay7QYxO540HEjDwfdpOKimUIcLWfbb7KLT"
    "oUAzSk6T5wlTclqSf9mfQjtpIEn+fY+jLsk/Sf4JAKqkqCRF1Wxoy6zUSYkBZXt0kHOg00"
    "qS4ACSwAMthykIUd1PF0SCXfaSBp0+IIoNoCIAmfh/S+CuIQg6+8GhDRxgb00H6CZ4RxrZ"
    "6BVY0PbEusBELv1JWv74cycBd1XPYNIarxFmZRf5cxy7MTQzXJeYe6ae5hD9T7ix7rwdOv"
    "d+On//4dOHzxcfP3zGTehrhlc+5eymgXtMNpmxGwjOw0lKUJ5PEoe+3UfPBWxCTMKaf+yL"
    "ripHHkw4oioaCu3e00licu0/+UUW6uMBFrF+VxLh1LrYpEzLfWjrizXrMOPfyT3FqLs2jU"
    "m3LA8ARx4AXnZhMkUNGhERAW0alSRIVb08ZUUR9psLiG4lFiP8RNf3DyhqM4qI1G81Os0Z"
    "qzT7UOo0Vudm9tf/B2VTOek="
)
