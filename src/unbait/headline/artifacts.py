"""Committed model artifacts and their manifests (training data hash, command, metrics, date)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent / "models"


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a model file was built from and how well it did, written next to it as JSON."""

    model: str  # file name under models/
    command: str
    data: dict[str, str]  # training file (relative to shared/) -> SHA-256
    metrics: dict[str, float]
    date: str = field(default_factory=lambda: date.today().isoformat())
    notes: str = ""
    size_bytes: int = 0
    train_seconds: float = 0.0

    def write(self, directory: Path = MODELS_DIR) -> Path:
        path = directory / f"{Path(self.model).stem}.manifest.json"
        path.write_text(json.dumps(asdict(self), indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return path

    @classmethod
    def record(cls, directory: Path, model: str, command: str, data: dict[str, str], metrics: dict[str, float],
               notes: str, seconds: float) -> "Manifest":
        """The manifest of the model just written to ``directory / model`` (its size read there), written beside it."""
        manifest = cls(model=model, command=command, data=data, metrics=metrics, notes=notes,
                       size_bytes=(directory / model).stat().st_size, train_seconds=round(seconds, 1))
        manifest.write(directory)
        return manifest

    @classmethod
    def read(cls, model: str, directory: Path = MODELS_DIR) -> "Manifest":
        raw = json.loads((directory / f"{Path(model).stem}.manifest.json").read_text(encoding="utf-8"))
        return cls(**raw)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def data_hashes(shared: Path, *relative: str) -> dict[str, str]:
    return {r: sha256_file(shared / r) for r in relative}
