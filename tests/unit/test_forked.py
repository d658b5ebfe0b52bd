"""forked.Forked: the result of a function computed in a child, as if computed here."""

from __future__ import annotations

import os
import time

import pytest

from pgsnapdiff import forked
from pgsnapdiff.errors import ParseError
from pgsnapdiff.forked import Forked
from pgsnapdiff.splitting import split_side

TEXT = "CREATE TABLE public.t (\n    id integer\n);\nCREATE INDEX t_i ON public.t USING btree (id);\n"


def _pid_and(value: int) -> tuple[int, int]:
    return os.getpid(), value * 2


def _fails() -> None:
    raise ParseError("x.sql:3: syntax error")


def test_the_child_computes_and_the_result_comes_back() -> None:
    with Forked(_pid_and, 21) as job:
        pid, value = job.result()
    assert value == 42 and pid != os.getpid()


def test_a_split_comes_back_equal() -> None:
    assert Forked(split_side, TEXT, "t.sql").result() == split_side(TEXT, "t.sql")


def test_an_error_in_the_child_is_raised_here() -> None:
    with pytest.raises(ParseError, match="x.sql:3"):
        Forked(_fails).result()


def test_one_cpu_means_no_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "_usable_cpus", lambda: 1)
    pid, value = Forked(_pid_and, 1).result()
    assert pid == os.getpid() and value == 2


def test_leaving_early_stops_the_child() -> None:
    """At once, even with the CLI's SIGTERM handler installed (the child inherits it at fork)."""
    import signal

    from pgsnapdiff.server import install_signal_handlers

    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGHUP)}
    install_signal_handlers()
    try:
        job = Forked(time.sleep, 30)
        proc = job._proc
        assert proc is not None and proc.is_alive()
        started = time.monotonic()
        job.close()
        assert not proc.is_alive() and time.monotonic() - started < 10
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def test_a_packed_split_unpacks_to_the_same_split() -> None:
    """What a forked child sends back (offsets and form tuples) rebuilds the very same split."""
    from pathlib import Path

    from pgsnapdiff.splitting import split_packed, unpack_split
    dumps = sorted((Path(__file__).parent / "test_snapshot_data").glob("*.dump.sql"))
    assert dumps
    for text in [TEXT, *(p.read_text() for p in dumps)]:
        assert unpack_split(text, Forked(split_packed, text, "x").result()) == split_side(text, "x")


def test_a_dump_split_in_halves_is_split_the_same() -> None:
    from pathlib import Path

    from pgsnapdiff.splitting import _halfway, split_side_halves
    dumps = [p.read_text() for p in sorted((Path(__file__).parent / "test_snapshot_data").glob("*.dump.sql"))]
    assert dumps and all(_halfway(text) for text in dumps)  # the halves path is taken
    for text in dumps:
        assert split_side_halves(text, "x", min_size=0) == split_side(text, "x")


def test_a_cut_inside_a_function_body_falls_back_to_the_whole_text() -> None:
    """pg_dump's object comment quoted inside a function body past the middle: the halves do not
    split, the whole text does, and gives the usual answer."""
    from pgsnapdiff.splitting import _halfway, split_side_halves
    body = "\n".join(["CREATE TABLE public.t (\n    id integer\n);"] * 20)
    text = (body + "\nCREATE FUNCTION public.f() RETURNS text LANGUAGE sql AS $$ SELECT 'x';\n"
            "--\n-- Name: fake; Type: TABLE\n--\nSELECT 'y' $$;\n")
    assert _halfway(text) is not None
    assert split_side_halves(text, "x", min_size=0) == split_side(text, "x")
    with pytest.raises(ParseError):
        split_side_halves(text.replace("$$;", "$;"), "x", min_size=0)


def test_the_side_split_second_reuses_the_forms_of_the_first() -> None:
    """A statement the other side has classified already is not classified again (a form depends on
    the text alone), and the split comes out as if everything were classified here."""
    from pathlib import Path

    from pgsnapdiff.forms import Form
    from pgsnapdiff.splitting import split_side_halves
    dumps = [p.read_text() for p in sorted((Path(__file__).parent / "test_snapshot_data").glob("*.dump.sql"))]
    first, second = dumps[0], dumps[-1]
    known = split_side(first, "a").forms
    assert split_side_halves(second, "b", known, min_size=0) == split_side(second, "b")
    shared = next(body for body in split_side(second, "b").forms if body in known)
    marked = {**known, shared: Form(anchors=(("marked", "form"),))}
    assert split_side_halves(second, "b", marked, min_size=0).forms[shared] == marked[shared]
