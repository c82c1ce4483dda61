"""Where a route goes: its workload's address and port, and whether the edge asks Containr before letting a
request through (an app's access restriction)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Upstream:
    host: str
    port: int
    # Containr's URL for this route's access checks and sign-in page, as the edge's guest reaches it; "": public.
    access_url: str = ""
