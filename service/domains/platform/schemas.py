"""Shapes of the platform configuration (seed 002's PlatformConfig): memory defaults per platform service."""

from __future__ import annotations

from pydantic import Field, model_validator

from service.core.schemas import ApiModel, RequestModel

MIB = 1024 * 1024
MIN_MEMORY = 128 * MIB  # what a database guest takes at least (databases' own lower bound)
MAX_MEMORY = 256 * 1024 * MIB


class AddonConfig(RequestModel):
    memory: int = Field(ge=MIN_MEMORY, le=MAX_MEMORY, description="Bytes: the guest's memory",
                        examples=[268435456])
    memory_swap: int | None = Field(default=None, ge=MIN_MEMORY, le=2 * MAX_MEMORY,
                                    description="Bytes: memory plus swap, as Cloudron (and Docker) count it; at "
                                                "least `memory`. Left out: the guest's usual swap",
                                    examples=[536870912])

    @model_validator(mode="after")
    def _swap_covers_memory(self) -> AddonConfig:
        if self.memory_swap is not None and self.memory_swap < self.memory:
            raise ValueError("memorySwap counts the memory too, so it must be at least memory")
        return self


class AddonConfigOut(ApiModel):
    memory: int
    memory_swap: int | None


class PlatformConfig(ApiModel):
    mysql: AddonConfigOut | None = Field(default=None, description="null: 512 MiB, the slice's own default")
    postgresql: AddonConfigOut | None = None
    mail: AddonConfigOut | None = None


class PlatformConfigIn(RequestModel):
    """The whole configuration: a service left out (or null) goes back to its built-in default."""

    mysql: AddonConfig | None = None
    postgresql: AddonConfig | None = None
    mail: AddonConfig | None = None
    mongodb: AddonConfig | None = Field(default=None, description="Not offered: always refused (422 not_offered)")
    apply_to_existing: bool = Field(default=False, description="Also resize the existing guests of the services "
                                                               "given, each through its resize task")


class Skipped(ApiModel):
    kind: str = Field(description="mysql, postgresql or mail")
    id: str
    reason: str


class PlatformConfigSaved(PlatformConfig):
    task_ids: list[int] = Field(default_factory=list, description="The resize tasks started (applyToExisting)")
    skipped: list[Skipped] = Field(default_factory=list,
                                   description="Existing guests left as they are: not running, or busy")
