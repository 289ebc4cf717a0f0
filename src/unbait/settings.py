"""One table of settings: name, default, help. The store keeps overrides per database."""
from __future__ import annotations

from dataclasses import dataclass

from unbait.errors import SettingError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: int | float | str
    help: str

    def parse(self, raw: str) -> int | float | str:
        """Convert a user-given string to this setting's type, or raise SettingError."""
        kind = type(self.default)
        try:
            value = kind(raw)
        except (TypeError, ValueError) as exc:
            raise SettingError(f"{self.name} takes a {kind.__name__}, not {raw!r}") from exc
        if isinstance(value, (int, float)) and value <= 0:
            raise SettingError(f"{self.name} must be positive, not {raw!r}")
        return value


SETTINGS: tuple[Setting, ...] = (
    Setting("max_input_bytes", 10_000_000,
            "Inputs larger than this many bytes are rejected unread (quarantined in ingest)."),
    Setting("max_parse_chars", 200_000,
            "Bodies longer than this are parsed only up to here (the article records a problem)."),
    Setting("batch_size", 16, "Articles per batch through the pipeline (spaCy nlp.pipe batch size); memory grows with it."),
    Setting("story_window_days", 30.0,
            "An article joins only stories with an article published within this many days of it."),
    Setting("extract_seconds", 10.0, "A page whose HTML extraction takes longer than this is quarantined (ingest workers)."),
    Setting("worker_memory_mb", 3072, "Address-space cap of each local ingest worker process; a page past it is quarantined."),
    Setting("bench_articles", 200, "How many articles `unbait bench` runs through both pipelines."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> Setting:
    try:
        return _BY_NAME[name]
    except KeyError:
        known = ", ".join(sorted(_BY_NAME))
        raise SettingError(f"unknown setting {name!r} (known: {known})") from None


def defaults() -> dict[str, int | float | str]:
    return {s.name: s.default for s in SETTINGS}
