#!/usr/bin/env python3
"""A timed fuzz run: hostile inputs through kg for N minutes, then the figures.

    python bench/fuzz.py --minutes 20 [--seed S] [--model-every K] [--no-model]

Each input is one of: random or damaged bytes read as an article file, a
random, mutated or hostile text with hostile metadata, a JSON Lines file of
(broken) article lines read as a source, facts with hostile strings written
as JSON Lines / TriG / N-Quads and read back, a fact file of broken lines read
by ``kg load``, and (every K-th input, with the model) a text extracted,
validated and round-tripped. The inputs and checks are those of
tests/test_fuzz.py (tests/fuzzing.py); the model-free kinds are cheap, so
most inputs take that path while the model still sees many.

Prints inputs tried (per kind), crashes (any exception other than a one-line
InputError), hangs (an input taking over 60 s), round-trip failures, and the
slowest input. Failing inputs are saved under --out to be replayed. Exit 1 if
anything failed.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fuzzing import (  # tests/ is put on the path above
    RoundTripError,
    check_extraction,
    check_facts_file,
    check_jsonl,
    check_read,
    check_round_trip,
    hostile_meta,
    jsonl_line,
    mutate,
    random_bytes,
    random_facts,
    random_text,
)

HANG_SECONDS = 60
PUBLISHED = [None, "2026-01-01", "9999-12-31", "0001-01-01", "2024-02-29"]


class HangError(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise HangError(f"no result after {HANG_SECONDS} s")


def make_input(kind: str, rng: random.Random) -> dict[str, Any]:
    """One input of ``kind``, as plain data (saved as is when it fails)."""
    if kind == "bytes":
        return {"data": random_bytes(rng), "meta": hostile_meta(rng)}
    if kind == "text":
        return {"text": random_text(rng), "meta": hostile_meta(rng),
                "published": rng.choice([*PUBLISHED, "2025-02-30"])}
    if kind == "jsonl":
        return {"lines": [jsonl_line(rng) for _ in range(rng.randrange(1, 7))]}
    if kind == "facts":
        return {"facts": random_facts(rng)}
    if kind == "factfile":
        good = json.dumps(random_facts(rng).to_json(), ensure_ascii=False)
        lines = [good.encode(), mutate(good, rng, 3).encode("utf-8", "surrogatepass"),
                 good[: rng.randrange(len(good))].encode("utf-8", "surrogatepass"),
                 b"[" * rng.choice([10, 5000]), rng.randbytes(20)]
        return {"lines": rng.sample(lines, rng.randrange(1, len(lines) + 1))}
    if kind == "extract":
        text = random_text(rng) if rng.random() < 0.5 else mutate(
            random_text(rng), rng, rng.randrange(0, 6))
        return {"text": text, "published": rng.choice(PUBLISHED)}
    raise ValueError(kind)


def run_input(kind: str, inp: dict[str, Any], nlp: Any, folder: Path) -> None:
    if kind == "bytes":
        check_read(inp["data"], inp["meta"])
    elif kind == "text":
        check_read(inp["text"], inp["meta"], inp["published"])
    elif kind == "jsonl":
        check_jsonl(inp["lines"], folder)
    elif kind == "facts":
        check_round_trip(inp["facts"], folder)
    elif kind == "factfile":
        check_facts_file(inp["lines"], folder)
    elif kind == "extract":
        check_extraction(nlp, inp["text"], inp["published"])


def save(out: Path, n: int, kind: str, what: str, inp: dict[str, Any], detail: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{n:06d}-{kind}-{what}.txt"
    path.write_text(f"{kind} {what}\n{detail}\n\n{inp!r}\n", encoding="utf-8",
                    errors="backslashreplace")
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--model-every", type=int, default=6,
                    help="every K-th input is extracted with the model (default 6)")
    ap.add_argument("--no-model", action="store_true", help="model-free inputs only")
    ap.add_argument("--out", type=Path, default=None,
                    help="where failing inputs go (default: a folder in /tmp)")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else int(time.time())
    out = args.out or Path(tempfile.gettempdir()) / f"kg-fuzz-{seed}"
    rng = random.Random(seed)
    nlp = None
    if not args.no_model:
        from kg.nlp import build_nlp

        nlp = build_nlp()
    free_kinds = ["bytes", "text", "jsonl", "bytes", "text", "facts", "factfile", "jsonl"]
    signal.signal(signal.SIGALRM, _alarm)
    tried: Counter[str] = Counter()
    failed = {"crash": 0, "hang": 0, "round-trip": 0}
    slowest = (0.0, "")
    started = time.monotonic()
    deadline = started + args.minutes * 60
    last_note = started
    n = 0
    print(f"kg fuzz: {args.minutes:g} min, seed {seed}, failing inputs -> {out}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        while time.monotonic() < deadline:
            n += 1
            if nlp is not None and n % args.model_every == 0:
                kind = "extract"
            else:
                kind = free_kinds[n % len(free_kinds)]
            inp = make_input(kind, rng)
            t0 = time.monotonic()
            what = ""
            signal.alarm(HANG_SECONDS)
            try:
                run_input(kind, inp, nlp, folder)
            except HangError as exc:
                what, detail = "hang", str(exc)
            except RoundTripError as exc:
                what, detail = "round-trip", str(exc)
            except Exception:
                what, detail = "crash", traceback.format_exc()
            finally:
                signal.alarm(0)
            took = time.monotonic() - t0
            if not what and took > HANG_SECONDS:  # stuck in C code past the alarm
                what, detail = "hang", f"{took:.0f} s"
            tried[kind] += 1
            if took > slowest[0]:
                slowest = (took, kind)
            if what:
                failed[what] += 1
                path = save(out, n, kind, what, inp, detail)
                print(f"kg fuzz: {what} on input {n} ({kind}), saved in {path}",
                      file=sys.stderr)
            now = time.monotonic()
            if now - last_note > 60:
                last_note = now
                print(f"kg fuzz: {(now - started) / 60:.0f} min, {sum(tried.values())} inputs, "
                      f"{sum(failed.values())} failures", file=sys.stderr)
    minutes = (time.monotonic() - started) / 60
    total = sum(tried.values())
    print(f"minutes:             {minutes:.1f} (seed {seed})")
    print(f"inputs tried:        {total} ("
          + ", ".join(f"{k} {tried[k]}" for k in sorted(tried)) + ")")
    print(f"crashes:             {failed['crash']}")
    print(f"hangs (>{HANG_SECONDS} s):      {failed['hang']}")
    print(f"round-trip failures: {failed['round-trip']}")
    print(f"slowest input:       {slowest[0]:.2f} s ({slowest[1]})")
    return 1 if any(failed.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
