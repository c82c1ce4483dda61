"""Shapes of the instance settings."""

from typing import Literal

from service.schemas.common import ApiModel, RequestModel


class RegistrationSetting(ApiModel):
    registration: Literal["open", "closed"]


class RegistrationUpdate(RequestModel):
    registration: Literal["open", "closed"]
