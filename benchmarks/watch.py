"""`kzcheck watch` timed: from a saved edit to the updated findings on stdout, against a cold `kzcheck validate` of
the same folder. Used by benchmarks/run.py (`--watch` runs this part alone).

The watcher runs as a user runs it (a child process on the folder); an edit is a real save of one file, written as
an editor writes it, whole into a new file that is then renamed over the old one (written in place, a station
archive's 7 MB file is seen half-written: the watcher says so and checks again when the rest arrives, and that
first report would be timed as the save's); the time is from the save to the line that reports the re-check. Every
save leaves the file in a state it has not been in before (never an undo back to an earlier one), so no verdict of an
earlier run can be reused.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path


def _rewrite(path: Path, old: str, new: str) -> Callable[[], None]:
    def edit() -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{path}: {old!r} not found"
        saved = path.with_name(f".{path.name}.saving")
        saved.write_text(text.replace(old, new, 1), encoding="utf-8")
        os.replace(saved, path)

    return edit


def edits_for(path: Path, old: str, news: list[str]) -> list[Callable[[], None]]:
    """One save per text in `news`, each replacing the one before it (`old` first): as many new states."""
    befores = [old, *news[:-1]]
    assert len(set(befores + news)) == len(news) + 1, "each save must be a state the file has not been in"
    return [_rewrite(path, a, b) for a, b in zip(befores, news, strict=True)]


def edit_to_findings(kz: list[str], data: Path, edits: list[Callable[[], None]], timeout: float = 600) -> list[float]:
    """Seconds from each save to the watcher's report of it."""
    proc = subprocess.Popen(
        [*kz, "watch", "--data", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    lines: list[tuple[float, str]] = []
    reader = threading.Thread(
        target=lambda: [lines.append((time.perf_counter(), ln)) for ln in iter(proc.stdout.readline, "")],  # type: ignore[union-attr]
        daemon=True,
    )
    reader.start()

    def reports() -> list[tuple[float, str]]:
        return [(t, ln) for t, ln in list(lines) if " checked " in ln]

    def wait(count: int) -> float:
        end = time.monotonic() + timeout
        while len(reports()) < count:
            if proc.poll() is not None or time.monotonic() > end:
                raise RuntimeError("kzcheck watch stopped or did not answer: " + "".join(ln for _, ln in lines)[-2000:])
            time.sleep(0.002)
        return reports()[count - 1][0]

    try:
        wait(1)  # the first run over the whole folder
        time.sleep(1.0)  # let the watch begin
        seconds = []
        for i, edit in enumerate(edits, start=2):
            start = time.perf_counter()
            edit()
            seconds.append(wait(i) - start)
            time.sleep(0.3)
        return seconds
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def median(values: list[float]) -> float:
    return statistics.median(values)
