"""Offices and their rank (titles.yaml `offices`): leaders, ministers and equivalent posts."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import load_yaml

LEADER_RANKS = ("head_of_state", "head_of_government")


@lru_cache(maxsize=1)
def _offices() -> dict[str, tuple[str, str | None]]:
    return {k: (v["rank"], v.get("portfolio")) for k, v in load_yaml("titles.yaml")["offices"].items()}


def office_rank(role: str | None) -> str | None:
    """Rank of a normalised role: head_of_state, head_of_government, minister, deputy, other.

    Modifiers that make another post ("Vice", "Deputy", "former", "acting") are read too:
    "former President" is no sitting head of state (None); "Deputy Foreign Minister" is a
    deputy."""
    if not role:
        return None
    words = role.split()
    low = [w.lower() for w in words]
    if any(w in ("former", "ex", "late", "previous") for w in low):
        return None
    if low[0] in ("deputy", "vice", "assistant", "under", "junior", "first", "second") and len(words) > 1:
        return "deputy" if " ".join(words[1:]) in _offices() or " ".join(words[1:]).capitalize() in _offices() else None
    hit = _offices().get(role) or _offices().get(role[:1].upper() + role[1:])
    return hit[0] if hit else None


def is_leader(role: str | None) -> bool:
    """A head of state or government ("President", "Emir", "Chancellor", "Premier")."""
    return office_rank(role) in LEADER_RANKS


def equivalent_offices(role: str) -> list[str]:
    """Offices of the same rank and portfolio, the role first: for "Foreign Minister",
    ["Foreign Minister", "Secretary of State", "Foreign Secretary", "top diplomat"]."""
    hit = _offices().get(role)
    if not hit:
        return [role]
    return [role] + [k for k, v in _offices().items() if v == hit and k != role]
