"""A spinner with the name of the current phase, on a terminal only.

Why: on a large schema, dumping and comparing take seconds; a silent terminal looks hung. But
progress is for people: when stderr is not a terminal (CI logs, pipes, tests) nothing is written at
all, and ``TERM=dumb`` turns it off too. The spinner runs in a daemon thread and erases its line when
the phase ends, so the report that follows starts on a clean line.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
INTERVAL = 0.1  # seconds between frames
ERASE = "\r\x1b[K"


def wanted(stream: TextIO) -> bool:
    """Progress only on an interactive terminal that can erase a line."""
    try:
        return stream.isatty() and os.environ.get("TERM", "") != "dumb"
    except (AttributeError, ValueError):  # closed or not a real stream
        return False


class Spinner:
    """``with spinner.phase("dumping the target"): ...``: a no-op unless ``stream`` is a terminal."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self._label = ""
        self._since = 0.0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @contextmanager
    def phase(self, label: str) -> Iterator[None]:
        """Show ``label`` (with a spinner and the seconds spent) until the block ends."""
        if not self.enabled:
            yield
            return
        with self._lock:
            previous = (self._label, self._since)
            self._label, self._since = label, time.monotonic()
        self._start()
        try:
            yield
        finally:
            with self._lock:
                self._label, self._since = previous
                if not self._label:
                    self._erase()

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="pgsnapdiff-spinner", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        frame = 0
        while not self._stop.wait(INTERVAL):
            with self._lock:
                if self._label:
                    seconds = time.monotonic() - self._since
                    self._write(f"{ERASE}{FRAMES[frame % len(FRAMES)]} {self._label} ({seconds:.0f}s)")
            frame += 1

    def _erase(self) -> None:
        self._write(ERASE)

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # the terminal went away: progress is not worth an error
            self.enabled = False

    def close(self) -> None:
        """Stop the spinner thread and erase its line."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
            with self._lock:
                self._erase()

    def __enter__(self) -> Spinner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
