from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE_SQL = {
    "sqlite": """
ALTER TABLE "audit_log" ADD "target_id" VARCHAR(64);
        ALTER TABLE "audit_log" ADD "target_kind" VARCHAR(32);
        ALTER TABLE "audit_log" ADD "target_name" VARCHAR(255);
        CREATE INDEX "idx_audit_log_target__71654c" ON "audit_log" ("target_id");
""",
    "postgres": """
ALTER TABLE "audit_log" ADD "target_id" VARCHAR(64);
        ALTER TABLE "audit_log" ADD "target_name" VARCHAR(255);
        ALTER TABLE "audit_log" ADD "target_kind" VARCHAR(32);
        CREATE INDEX IF NOT EXISTS "idx_audit_log_target__71654c" ON "audit_log" ("target_id");
""",
}


DOWNGRADE_SQL = {
    "sqlite": """
DROP INDEX IF EXISTS "idx_audit_log_target__71654c";
        ALTER TABLE "audit_log" DROP COLUMN "target_id";
        ALTER TABLE "audit_log" DROP COLUMN "target_kind";
        ALTER TABLE "audit_log" DROP COLUMN "target_name";
""",
    "postgres": """
DROP INDEX IF EXISTS "idx_audit_log_target__71654c";
        ALTER TABLE "audit_log" DROP COLUMN "target_id";
        ALTER TABLE "audit_log" DROP COLUMN "target_name";
        ALTER TABLE "audit_log" DROP COLUMN "target_kind";
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE_SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE_SQL[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXWtz4zay/SsofdlJle+Ux/Y8Vrl1q2Rb4yixJUeWZ5KNt1iUBEu4pkiGD9tKdv77Au"
    "BDfIAUIZEUicGXSUygSeoABLobp7v/7qyMOdTstz0TTYwnqHe64O+Orq4g/p9U2xHoqKa5"
    "aSEXHHWq0c6qiRSHdKOX1antWOrMwS2PqmZDfGkO7ZmFTAcZ5Cm6q2nkojHDHZG+2Fxydf"
    "SnC/G9FtBZQgs3/PFvfBnpc/gK7eBP80l5RFCbx14Yzcmz6XXFWZv02v394PIz7UkeN1Vm"
    "huau9E1vc+0sDT3s7rpo/pbIkLYF1KGlOnAe+RnkLf3fHFzy3hhfcCwXhq8631yYw0fV1Q"
    "gYnf99dPUZwQDQJ5F/zv7Pf7VIN0UZjibKXX+iKB0O7GaGTnBHukOA+vubd98NIPRqhzzg"
    "4qfe+M3phx8oBIbtLCzaSOHqfKOCqqN6ohT0Dcr0vymcL5aqxcY56J9AGr/oLhgHFzYgby"
    "ZYAF8AUAWQdlbqq6JBfeEs8Z/vjo9zMP7SG1OYcS+Ks4G/CO9jGfpNJ14bwXuDL/2KlKVq"
    "L3lQjkuVg/X2+Vwb0h/OCgD94SwTZ9IUh9m04CN65YF4IyHiVP5QZCZ/yJ7IH5IAzyxIwF"
    "BUJw3yJW5x0AqygY5LJsCe+6Jvg/9pI/T4B85Hurb2v6kc6CeDm/7dpHdzSx63su0/NYpf"
    "b9InLSf06jpx9U1ymMKbgK+DyU+A/An+NRr2k6t/2G/yrw55J9V1DEU3XhR1Hvn8g6sBar"
    "FRh68mwnfbYdTjkiWMuv+6TRn0lgxygEnuKGuq7SiuvdPXnZSVI93kkcYDZSl8inVEpEzt"
    "urmDukWZJvbK4xNTlyZQpaH9bFgQLfRf4JoCPMDvoeozlhLtm2j3/m3aCenm6uZTttSX0M"
    "CLTij82/Evho6nqvXuLnqX/Q5FeKrOnl5Ua67EoCYtxomRuBL2TTetTlbJK6quLig45FeQ"
    "dw4MY3eOnDGcGVbcDGU0H+WazqSjohmLZlnO52gx0B0O25kMYGIS+qPZXCNjQV7hf/55cn"
    "J6+vHk+PTDp/dnHz++/3T8Cfel75tu+pizEpwPrgbDSXy1JhfyLWr+PbROzbjW8RBXMT7Y"
    "RrpdOapzhPfxScXB5PVDRWV2MuAbpmVW7SDxPEp8MzYqU+mUbYnqF8MTqiteODcicgFIeO"
    "+M/4czhxPPuJSENAapSs8leFbUjYSIDtGTT0U8oiefsl2ipC2xBqgWVs65/PqhRH0Yd6o6"
    "kIojfPL+fQGEca9MhGkbC2HlCf8+fphDMfH0g9OTAlifnmRCTZqYSLNW4K04MxfgslAW6Z"
    "TKx4tX102IiTedK1k7bEd1XDuNc6YbZCOw3RXShg3Q84acvDv7ePbp9MNZ6AQJr+T5PgI/"
    "R+QEUENQxx+7yTN1Y0LiTdxyloiUS/kwHtBzfBfX7DCcn37LUZ7fc0r7SL6Q4HwhChVzAe"
    "jr7ip1whHfx3zZqnTfElSFzvnoty6YGq8P+mVv0jvv3fW7gIAxVW3vBx2ciUG2qZ2HIBSu"
    "0f6gBBCCGOdQDEfjm941htmwVqr2oF+M+73JYHjVBcEdH/T+eDwadwG0LMNqxvA8krflMg"
    "o3EjUOCv7iHTSrxzQsH+RnaNmc7o2IiID+jfINwjk0oT63FRbKP9+NhmyU41LJIy00c8B/"
    "gIbsyvTpyBY7dZGGFwn7LXneIXZZglLsOCuA+81N77fkSFxcj86T2zG5wXliWHCT4VozqG"
    "RvxOyRSQmKp42X/xGEoPH5RRJiwnlGKvGm2rpq2kuD1weVEBNvVpfvhrLRX4ylI48hEkjs"
    "5BhpGro1skTadlZQ26R+/67IWo17ZU5r2pbE2H5irh6Z8zoiIdDULs3lR80qZQVtW10wVo"
    "wJfM3ANSUowrKcR1/q/zbJV/VC9tL1aHgVdE/qf20OuZDEsnKIZeZ8x0GPS8o4m6aMOoOY"
    "T9++IV7/y8C5yfD7X0Ycn9me/8A9WoHv/48O1J+RZegr6O3H9AX/LY8EmnQkIEOIQ7X2rE"
    "gE8Vl2APFZOn64wectZQDduR3dTa7G/btfr7sgmHh/ag/6ze/0El2mH/Rx/3Jw1wUWnCO7"
    "GX7+triga6J/VXDOBS0MmLIDzmlJEcyPOs4VWXyZ4geLTPJMlVPbtIxnRMZ4h9PF2/Hoy+"
    "BuMBrSE8XonfBqcz/0Lluu7l25m4xub/uXXWA7hmnC+YP+uTe4JhceVaSRvy/7133vdJKG"
    "tAVv1JBh3cWIT0sKsGrVbcTjZ/HqRxGRJu/cu7qzT4u4s0+z3dmnqZPKqcKOvM2FOBCREB"
    "eA2IYqXuQUU7XtFz8CtvAqkhYVAvK6FxIfRx2+7DMMSXERFKO6R2Jp2FwHOUF/EbCuPI+T"
    "YTGwzTy/CbrLwxsGX9uwIA/9PexfH/v9XUugXMGVYa2V1ZQDzphMfZC+f3fSElDnyH5SFj"
    "yQRiTqA/RTS+D0+fcK1MmvZWUAMQwNqjobWoZ0AuIpFq8K48AtXq9ycD4aXceUg/NBcve/"
    "vznvY3ubbmC4E/Iy1aTBf/5r7q5MJRIDwYF9WrhG6MMrrcVespkOwWaSTJtylbVWcT3ksX"
    "9Xkj3kqHOQPVjf+nTNmfAkJSiT8iT4ihuyCCe0aUmJbRzbhQttXlSjMhLPOJ66MWeHlWTD"
    "GRGRqVjblkKqJZimWIkpiNP4cme4vd3cqZW4bs1xG59XsTS3+BXA8P76upO1c5WAbz9+Nz"
    "ExTm/ZBXAmS2gJAA/927Rzqd0KbWSjiWE6xqrveHAx6aQ1gxJAvQruI+Z8jSpDBWbqRtkv"
    "AdqCKcVbimzKLsqA9zAEe7wYf1Et5EOc4thHm4/yaPZ4vVOe/Z7FqPadHggEgPEIVB1E1s"
    "wfAXJs3K65ECAbePwA8IKcJXCW+JI/p8ATXB/hVoyxAwwL6IbztpMYvSqfUyQoAIvKmIBm"
    "xQSQIUnBnE2R8LsLQQyqI1TeI/PQjyoN81YSUCgnBN71E7HIGsV5xrcRkmd7HGd7DXHotW"
    "jK727eH9IEbSjA+9qgBy5pEx0DtuYZHaJczTPoWEmMZ8SxJOM7m6fLyfjOCgmvc2Sbmrrm"
    "DxJJyAkQmlNHxv5WRdOShXHuhmUZOKPbLu8vJoPRkMa2+XchcWy9Kxqkhn/kgka2Xfa/9K"
    "9Htzf94YSErj1DzTDJSv+g3477Xwb9r+QG8BnBl6TZX2gUS49ni/7Q1Ehmmz4JMQE+l9rT"
    "0RiawRVkFQqIF/hQ/rReIEeZWnjh4aoTHpcSD+dKCgMgO3ztFNS5RnxcUBryHIa85Ddmz/"
    "h2Mt0kv/F7HPUi/MYDU3GaNtLCcHEaCuw+ZJwCDrqI5RHNc5ZQG3zRz7+MoaZmGBmMpGrt"
    "0s2yAI+HQkWPqHdHKXEsLsjU/Falu/fKMtjle7yGozwX74J0kcV7pCe3Qk/uYWvDV+3HzX"
    "NL5bhxhXNL1WDAS2MyG/12mhXSmPweRz3LmEzZPUW080DLX8HVFFr2EjHj8Dk0UN8wuqH3"
    "E0hZ31MFjWVFIUinUb5R9fXEIP+WS09ulkaRY37Sn6UktPDgR1pk5pFUXIHnP1S9Hw2LDg"
    "FhQ5JlCwv4Rms4On6TJ+M3Okv812IZXlciA8O0dvF1JQX1t3zbgnLzWbZFQNrPsS1Il6KM"
    "ZR1c/3YBMKgOhhRahAr85QZceH9bYKXOIcAquApIjALAiOG/KOuYsIyDuks2eKOGVRuPcG"
    "eSERbN4A8M6nIND2SSXoJIlOcVHkWM/eYKyRcmeTDNs57MZ6iw44ey9fuojOTDFLCj6OeQ"
    "AjgzrUjQXVbsZhy6hQsJx4SNyog4YUtPjfqEfxcb4O2UokC2RrNfe+Ut+trB+2MXYLkH/d"
    "f+zX0X/AlXbnIfLYJ9ET5XNpsrxeU6cCXMZs9zoUphNhvqSoiKMp2BzA7TJmyRybMoeL3F"
    "o6tVUKpVFuXgKcpxSRIUjH73y3DgX2msac/+eDwadwEtS7mL6iLLcohGZpZHSIIdJsgjpO"
    "9x1IvwEWWmtSqZiDKjUjkZlSQDsSwGogb3h2hgXkOxEKqSeRh83nfQcbyXS50TJrsc5Z0Y"
    "BkmBFNvrfUBi4iET2QhImMs+XctIZvPz3WiYcfSTkcVmjmYO+A/QUKFkcg3dUFgwEyjyDa"
    "GkzZPYzMkNkoaQVImzvwCxVGIOVlWle4W/s7L2iM2mm7M3mMpmgy+SAo/4S9AMYHAwfjZN"
    "UEe5HP+wgWkYeNyX+L3BdE15HZSrAlzdQRpADklY57uR4JyV9q7Ue+fSRPxHSE5Iszghwb"
    "BwqAgREQFPw8p3gUtXnWg7VBFXnSw3IMsNNAxO6QSryAkWRuHKrOLlZRU/cO7Ba2OB9M8q"
    "0lyLqevH2nMVfo30VB69roW1ftIfzgEVPiIauDqbGVj3BoZ1RFncWFHHb4S19bBlqdq0p7"
    "NUHdrYBVPDWQLVgoBw7B2H3FHV0BMEtsGwBip/5oNO+5G82UEjmBvQJtmygQM1Dbws0WwZ"
    "3N0G8BXZmXm097Ek8sorFmXk+tO5uR6wGksrZlsYtjtlZ3rItjAiIlVZGIfzRJ4eHxehNh"
    "4fZ3MbSVtcO+K3Leq0KWoFWyyToiFOL6rYMXbBQOHL3v2IzlR407u1jNeV8Qq+9EHvdgCg"
    "PjcNPLDgDXE/EWY/oJvQTHNtB1o/ADzWs2VQjUHVqZBjPEGd5esq9+ZMZ5cD1RVplNFPzf"
    "N0ySzAh8oeIZOaVscDVE2kuJbG5b/diAg4tytJ2EGXfc7AkaiMgDhXWRfGgy6rTsnW8jBJ"
    "cSHQr3theYYWelwrjsYiIuUlmY0L1phkNtBaWptj9hG/ArRMC7EKmGQvNAkx8aJSKllq/H"
    "dmzO5sxk5Upn7STkQJn7pIc5BuvyWPPYQeXgmVp4WxQthAnD3tECd08VP/4hca5RPc4UEf"
    "Da8Hw34XGLqGdChjfqSun4ypfYYK3l1tzhR9CTHx9ofyzdlHdca3M4QCclsofVvQVNtR6D"
    "K5E4mGIV6C17thH0RLvNwMameaOSP5UtnrnliHG5LHLfKoFwltJAcmnKyuiIhkdeWzuoLj"
    "qD0ZSBP/Nu2EdCsDKTKh2lRboS1wp0lxe2JUlBDXSoDqjf1sJUSOaj8pGtKf9oSJcBcm+F"
    "4i4VQ1B4TilcEDCbDM54IoZPgKEkK+UjIgFQCWqgcURJLHFv8fyV/rrSddyij045ZUd44c"
    "8AShaZPLK6A+OpDIeeFLCAsZOkwTRKp+WG50FHnsfoQRSWgkbXUQGmUkQqmBHXQ558qZG5"
    "GQaXP9CStjO+qM7XD8rW5fw0os7SMJaeQ7bVJkR1AwkKHGRGoJZmsxfpLSCnJ6SALp4Tcm"
    "SSA9DIEU2aamrhVekJNyAhwr10J+kXTdgxzhYyw9MkfR+R0KiHdsXz4/xX9hZQcLjSEqI/"
    "AT7B/8CI2kNLOeoaWsmFZFLjOUfYMaGaLhldZSROXZePbi0s5TUnk2/j2OepGzceNFD+vn"
    "Fd3GojJy/0o4GiXXQHINqoV0f65BagEoAdOC1Umb+dFvhTS65MUwxS8AhvfX100lcLQE79"
    "iUjBQS2hOo/uZOAn3vMbAQ/onOvhPKd0kP6L1ERSqzEnOV9a5bgxTXYUhk+uE7KWjFjNQJ"
    "cB3pcGLgf4rPw5nXSZC1bbejIwpC9vFRgNHWIySFDFHh5Ci+0D9sQMTAm9vh1RH4+bZ/Rf"
    "gpX+H09gioDliRRCbvwA06/+FHoAL6SKCaquUA2/DSdJFoFJrrNzjJAvYTMimtZbrGCxYr"
    "eUq9Dy852Zc8Cyv7LIyUGyfFBClkKbzz3NlxOQHPxsqvXEpGgbGEI1211hnebF8i6Vtd++"
    "pIywDO8636QWShPwfjeD4Y9sa/s49pzhlBZ+e/T/o9WVZAutwOXbW2WWzLEt1EPESf1Gik"
    "hyLQWgv6PyKsnjYOwFYPSHz+FaBalUGf8g3SHC04tFgL6MEbS7mAJqwD2p8aLPh/HQOrmv"
    "6dSCpauFKR9qOXZJZkAiIsbHtpvOjAwNPkiBRbteCcZK5dwvkRcG38B2lhqL1VPknquA1Y"
    "qfJ0XDq6PMptKCCgVnvyvgjlC/fKSauWIn1ZhpZhPWxP9xLINhnrzujrsD/uAuqiftB7lz"
    "eDYReo8xXSH/SbPjnz7wLP9/Wgfxn0v5K/nxF8gQ1J+OJlUiPrF893EJeSpeQSMMsKMeIb"
    "G0VYHfDVRPhuO4x6XFLAUW/JKDNMyvQwe7rtXJmuOc3KlKAkdHxrtLXeWlBzaB2ZNjg3C2"
    "EPK7wZwJZih7NXhhLgFZvkkVoLuZkeNUSU+SfP2S6RzdH0dpdI5Ej8MIWjpZOhDieDNIEb"
    "bgJL2ywbenFts4VluCZv9c6IjFTVpapeOaiuzR0fEBGRU1QaPgcyfFxb8tq3ghr5VAsUmy"
    "V7TwmQXgX3ERPT6BbdpJQkWWnVtqdUK55NbR8j8Q+s6tmGa81gyNwLL3hokgT/fsaSwtbk"
    "95KvbK/ETkc5xiMv+7Jq1qVIZ3LehGaCW6wWSb1Id3BPFwZDXtg6//W+f9+/7AJP+kEf3w"
    "+HtCyJ5eo6rUpyd39x0b+76wLbnc2gbT/on3uDayLjVYvGPSaj21tywXYM0yRXiAE2up/g"
    "18SGreE6D/rFuHf3E+kzsygZphm2vQnxAsYqtpS5MkUk6ks9d9zo5SkaxZNRFyZ7RTpMQZ"
    "hfd/lWdlyZ3r8rwgfHvTLnLW2LI01rAu1ShyclKEJambqT+HggzpgJUHLYYTEpEXCvOu4B"
    "q5jkfVMYZ5fh2UjsVYenYTjn4FpJwR2SUG1qGIwMlzlFpiIyTT6P2Jn+WEFVWbxKW6ryrL"
    "ICX7PneFxK1psqffob9A25xiQiIgek9AHxy/p6BX0Z47K1IHBEUoR9t259J+X7KboppARF"
    "QL8GrSfqWOPGeo+K441GupJEqL6DgsMDEJGQyedbn6GwVo+luHQJ21Gt3QY9LikLczaZyf"
    "6IdESctzsMc0JUjnOTx1nmPhBtDWcMeyr3QbD9cseppAQlsyiXWbTBK42y5MDE+BqpqbVH"
    "gkea2V2WDWTBXmnZQJrRlcVt8TO95nBbcA8ZACF4AISsqrPxcBwfF/FwHB9nezhIW8J5qr"
    "kLHnyD/jJsP4FtmiJkQss2dJWRIyS3DEZUTBa/kMUvvmO7RBa/+B5HPcsaTdlMRdX6EjT6"
    "Fo5+pjbPCLwqJ7W2qCCVkn6c2DPfee7xHSzD7Jj5OJ75VmJ10fKbkqxedjdZk7VR1qPM0S"
    "dz9MXmdBBaWFaKgvs70hTe9eAhCySyxGXsVMXjUtzdeVC7DckqXMR5BiWZG2Iw/DKYkAgS"
    "PxVMM4YjyEvDb5zEJeWBaHNskbQJKh0P2R9YO03QIo4HWS9QZqtoFJo5Z8qy+mKR42Su6o"
    "sySUUZSSoOk0+Bgs7wKQSDke1NID9InjkL7jUgg8x77hyVkWejW89GD+2YaRC4lbhl5sgm"
    "IZcK7zROytXoB6hqjaghTMRUbfvFwLsSbymElKCQbscKYmOl27FRbkesCKFnVh3ZPKLLRq"
    "hGmkuwzkuWi3Q2tcjZJFkuoo16qSwX1UQKLau0J0mhZ6IJuU0Lp0EhJgcx+aaqvS8j6NK/"
    "jTiOm3iGC6xyzJW6qUFtRMomxaoj1Sn3xmlTFVNAtBK1K5bILAe0wrSqNoIWZnDdg3pWLB"
    "yplehE2F37zycujl5b4NrTkZ5IIs1A+EbV1xOD/FvwzKNoFulmee1yzjzo71IShwnhr7TI"
    "vMMbKotOalh0EJ7geoOwf2ASjpDfGDlLcZa442IZikT5jcxzFnxdSWZG/pZ7RNKDFpotO4"
    "xDEr/lKO+YRN30acw5iUwnvWc66Wc8w/zls6h/MyIiPZvFPJvko+JA2O8uILqVhDviJzrM"
    "lM7ZyfsiIvUn7zsM0aS0NH0czozyz/u//Rd24k8K"
)
