"""Load generators for ``scripts/web_bench.py``: wrk (C, little CPU of its own) or httpx (Python).

Both keep ``clients`` keep-alive connections busy for ``seconds``, each request a path drawn at
random from ``paths``, and report requests per second, p50 and p99 latency and errors (4xx/5xx
and socket errors). On a 2-core machine the Python client takes about a core from the server
it measures, so wrk is the default wherever it is installed (``apt-get install wrk``).
"""
from __future__ import annotations

import asyncio
import os
import random
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

LUA = """
local n = 0
function setup(thread) n = n + 1; thread:set("id", n) end
function init(args)
  paths = {}
  for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
  math.randomseed(id * 7919)
end
function request() return wrk.format("GET", paths[math.random(#paths)]) end
"""
_UNIT = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


@dataclass(frozen=True, slots=True)
class Result:
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    requests: int


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * _UNIT[unit]


def wrk(base: str, paths: list[str], clients: int, seconds: float) -> Result:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "paths.txt").write_text("\n".join(paths) + "\n")
        (Path(tmp) / "paths.lua").write_text(LUA)
        out = subprocess.run(["wrk", f"-t{min(2, clients)}", f"-c{clients}", f"-d{max(1, round(seconds))}s", "--latency",
                              "-s", str(Path(tmp) / "paths.lua"), base], env={**os.environ, "PATHS": str(Path(tmp) / "paths.txt")},
                             capture_output=True, text=True, check=True).stdout
    pct = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", out, re.M))
    errors = sum(map(int, re.findall(r"Non-2xx or 3xx responses: (\d+)", out)))
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    return Result(float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), _ms(pct["50"]), _ms(pct["99"]),
                  errors, requests)


def python(base: str, paths: list[str], clients: int, seconds: float) -> Result:
    return asyncio.run(_python(base, paths, clients, seconds))


async def _python(base: str, paths: list[str], clients: int, seconds: float) -> Result:
    latencies, errors, stop = [], 0, time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        async def worker(k: int) -> None:
            nonlocal errors
            rng = random.Random(k)
            while time.perf_counter() < stop:
                t = time.perf_counter()
                r = await client.get(rng.choice(paths))
                latencies.append(time.perf_counter() - t)
                errors += r.status_code >= 400
        await asyncio.gather(*(worker(k) for k in range(clients)))
    latencies.sort()
    return Result(len(latencies) / seconds, latencies[len(latencies) // 2] * 1000,
                  latencies[int(len(latencies) * 0.99)] * 1000, errors, len(latencies))


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and all its descendants so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK") + sum(cpu_seconds(int(k)) for k in kids)
