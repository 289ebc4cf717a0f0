"""How well variant keys work on a reference list of Korean names (kpopnet.json).

kpopnet (CC0) lists idols with a Hangul real name and a romanized one. Two numbers:

* agreement: the share of idols whose romanized and Hangul names get one key;
* false collisions: pairs of idols with *different* Hangul real names whose
  keys are equal (a homonym under the key, which ``NameIndex`` keeps apart).

Run: ``python -m unbait.kb.collisions ../shared/data/kdrama/kpopnet/kpopnet.json``
(the file is read in place).
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from unbait.kb.hangul import is_syllable, romanize_name
from unbait.kb.variants import variant_key
from unbait.names import name_key


@dataclass
class CollisionReport:
    pairs: int = 0                     # idols with a Hangul and a romanized real name
    agree: int = 0                     # variant_key(romanized) == variant_key(hangul)
    exact: int = 0                     # baseline: name_key equality after the press romanization
    hangul_names: int = 0              # distinct Hangul real names
    colliding_pairs: int = 0           # pairs of distinct Hangul names with one key
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)
    collisions: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def agreement(self) -> float:
        return self.agree / self.pairs if self.pairs else 0.0

    @property
    def false_collision_rate(self) -> float:
        """Colliding pairs over all pairs of distinct Hangul names."""
        n = self.hangul_names
        return self.colliding_pairs / (n * (n - 1) / 2) if n > 1 else 0.0

    @property
    def names_in_collision(self) -> int:
        return sum(len(c) - 1 for c in self.collisions)  # minus the key


def _korean(text: str) -> bool:
    letters = "".join(text.split())
    return 2 <= len(letters) <= 5 and all(is_syllable(c) for c in letters)


def measure(idols: list[dict]) -> CollisionReport:
    report = CollisionReport()
    by_key: dict[str, set[str]] = defaultdict(set)
    for idol in idols:
        latin, hangul = idol.get("real_name") or "", idol.get("real_name_original") or ""
        if not latin or not _korean(hangul) or any(is_syllable(c) for c in latin):
            continue
        report.pairs += 1
        k_latin, k_hangul = variant_key(latin), variant_key(hangul)
        report.exact += name_key(latin) == name_key(romanize_name(hangul).press)
        if k_latin == k_hangul:
            report.agree += 1
        else:
            report.misses.append((latin, hangul, k_latin, k_hangul))
        by_key[k_hangul].add("".join(hangul.split()))
    report.hangul_names = len({h for names in by_key.values() for h in names})
    for key, names in sorted(by_key.items()):
        if len(names) > 1:
            report.colliding_pairs += len(names) * (len(names) - 1) // 2
            report.collisions.append((key, *sorted(names)))
    return report


def load_idols(path: Path) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))["idols"]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m unbait.kb.collisions KPOPNET_JSON", file=sys.stderr)
        return 2
    r = measure(load_idols(Path(argv[0])))
    print(f"idols with Hangul + romanized real name: {r.pairs}")
    print(f"variant_key agreement: {r.agree}/{r.pairs} = {r.agreement:.1%}"
          f"  (baseline name_key on press romanization: {r.exact}/{r.pairs} = {r.exact / max(r.pairs, 1):.1%})")
    print(f"distinct Hangul names: {r.hangul_names}; keys shared by different Hangul names: "
          f"{len(r.collisions)} ({r.names_in_collision} names, {r.colliding_pairs} pairs, "
          f"false-collision rate {r.false_collision_rate:.4%} of pairs)")
    for latin, hangul, kl, kh in r.misses:
        print(f"  miss: {latin!r} {hangul} {kl} != {kh}")
    for key, *names in r.collisions:
        print(f"  collision: {key} {' '.join(names)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
