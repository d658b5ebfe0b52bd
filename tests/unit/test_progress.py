"""The spinner: phase names on a terminal, nothing at all anywhere else."""

from __future__ import annotations

import io
import os
import pty
import time

from pgsnapdiff.progress import ERASE, Spinner, wanted


def test_nothing_is_written_when_the_stream_is_not_a_terminal() -> None:
    stream = io.StringIO()
    with Spinner(stream) as spinner, spinner.phase("dumping the target"):
        time.sleep(0.25)
    assert stream.getvalue() == ""


def test_a_terminal_sees_the_phase_then_a_clean_line() -> None:
    stream = io.StringIO()
    with Spinner(stream, enabled=True) as spinner:
        with spinner.phase("dumping the target"):
            time.sleep(0.35)
        with spinner.phase("comparing"):
            time.sleep(0.25)
    text = stream.getvalue()
    assert "dumping the target (0s)" in text and "comparing" in text
    assert text.endswith(ERASE)


def test_only_real_terminals_qualify(monkeypatch) -> None:
    leader, follower = pty.openpty()
    with os.fdopen(follower, "w") as tty:
        monkeypatch.setenv("TERM", "xterm")
        assert wanted(tty)
        monkeypatch.setenv("TERM", "dumb")
        assert not wanted(tty)
    os.close(leader)
    assert not wanted(io.StringIO())
