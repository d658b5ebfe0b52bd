"""Work on the other core: a function run in a forked child process, its result sent back.

Why: splitting a dump into statements and classifying them (splitting.split_side) is CPU-bound
Python, about 0.7 s for 5,000 tables; a large dump is split in two halves at once, one of them in
a child (splitting.split_side_halves, bench/). Fork, not spawn: the child already holds the
text, nothing is sent to it; only the result comes back, pickled. Where fork is not available, or
only one CPU may be used, the function simply runs here when its result is asked for.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _child(send, fn: Callable[..., T], args: tuple) -> None:
    # The parent owns Ctrl-C and the cleanup of servers and files: this child only computes, and
    # the parent stops it if it stops first.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)
    try:
        send.send((True, fn(*args)))
    except BaseException as exc:  # sent back, raised in the parent as if it happened there
        send.send((False, exc))
    finally:
        send.close()


class Forked(Generic[T]):
    """``fn(*args)`` computed in a child process from now on; ``result()`` waits for it."""

    def __init__(self, fn: Callable[..., T], *args: object) -> None:
        self._fn, self._args = fn, args
        self._proc = None
        if _usable_cpus() < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return
        context = multiprocessing.get_context("fork")
        self._recv, send = context.Pipe(duplex=False)
        self._proc = context.Process(target=_child, args=(send, fn, args), daemon=True)
        self._proc.start()
        send.close()

    def result(self) -> T:
        if self._proc is None:
            return self._fn(*self._args)
        try:
            ok, value = self._recv.recv()
        except EOFError:  # the child died without an answer (killed, out of memory): do it here
            ok, value = True, self._fn(*self._args)
        finally:
            self.close()
        if not ok:
            raise value
        return value

    def close(self) -> None:
        """Stop the child if it still runs (the parent is leaving early)."""
        if self._proc is None:
            return
        if self._proc.is_alive():  # SIGKILL: it holds nothing to clean up, and a SIGTERM that
            self._proc.kill()       # lands before it reset the parent's handlers could be lost
        self._proc.join()
        self._recv.close()
        self._proc = None

    def __enter__(self) -> Forked[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
