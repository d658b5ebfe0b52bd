"""Connection targets: parsing, safe display, libpq environment, and failures that name the target
without ever showing its password."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest

from pgsnapdiff.conn import ConnInfo, is_url, scrub
from pgsnapdiff.errors import ConfigError, ConnectionFailed
from pgsnapdiff.server import ThrowawayServer

if TYPE_CHECKING:
    from conftest import PasswordTarget

SECRET = "hunter2-Very$ecret"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (f"postgresql://app:{SECRET}@db.example.com:6543/shop", "postgresql://app@db.example.com:6543/shop"),
        (f"postgres://app:{SECRET}@[::1]/shop", "postgresql://app@[::1]/shop"),
        (f"host=db user=app password={SECRET} dbname=shop", "postgresql://app@db/shop"),
        (f"postgresql://app:{SECRET}@/shop?host=/run/pg", "postgresql://app@/shop?host=/run/pg"),
    ],
)
def test_parse_keeps_password_apart(text: str, shown: str) -> None:
    info = ConnInfo.parse(text)
    assert info.password == SECRET
    assert info.describe() == shown
    for safe in (info.describe(), str(info), repr(info), info.conninfo_without_password()):
        assert SECRET not in safe
    assert info.child_env(base={"PATH": "/bin"}) == {"PATH": "/bin", "PGPASSWORD": SECRET}


def test_no_password_keeps_inherited_pgpassword() -> None:
    info = ConnInfo.parse("postgresql://app@db/shop")
    assert info.password is None
    assert info.child_env(base={"PGPASSWORD": "from-env"})["PGPASSWORD"] == "from-env"


def test_is_url() -> None:
    assert is_url("postgresql://x") and is_url("POSTGRES://x") and not is_url("host=x")


def test_invalid_conninfo_does_not_echo_it() -> None:
    with pytest.raises(ConfigError) as info:
        ConnInfo.parse(f"host=db password={SECRET} bogus")
    assert SECRET not in str(info.value)


def test_scrub() -> None:
    assert scrub(f"postgresql://u:{SECRET}@h/db") == "postgresql://u:***@h/db"
    assert scrub(f"password={SECRET} host=h") == "password=*** host=h"
    assert scrub(f"oops {SECRET}", SECRET) == "oops ***"


def test_connect_sets_application_name(pg_server: ThrowawayServer) -> None:
    with ConnInfo.parse(pg_server.url()).connect() as conn:
        assert conn.execute("SHOW application_name").fetchone() == ("pgsnapdiff",)
        assert conn.autocommit is False


def test_libpq_environment_still_works(pg_server: ThrowawayServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGHOST", str(pg_server.socket_dir))
    monkeypatch.setenv("PGUSER", "postgres")
    monkeypatch.setenv("PGDATABASE", "template1")
    monkeypatch.setenv("PGAPPNAME", "from-env")
    info = ConnInfo.parse("")
    assert info.describe() == f"postgresql://postgres@/template1?host={pg_server.socket_dir}"
    with info.connect(autocommit=True) as conn:
        assert conn.execute("SELECT current_database(), current_setting('application_name')").fetchone() == (
            "template1", "from-env",
        )


def test_password_from_url_authenticates(password_target: PasswordTarget) -> None:
    info = ConnInfo.parse(password_target.url())
    assert info.password == password_target.password
    with info.connect() as conn:
        assert conn.execute("SELECT current_user").fetchone() == (password_target.user,)


def test_wrong_password_message_is_clean(password_target: PasswordTarget) -> None:
    wrong = "Not-The-Right-0ne"
    url = password_target.url(with_password=False).replace("@", f":{wrong}@", 1)
    with pytest.raises(ConnectionFailed) as info:
        ConnInfo.parse(url).connect()
    message = str(info.value)
    assert wrong not in message and password_target.password not in message
    assert "password authentication failed" in message and password_target.user in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://u:{SECRET}@127.0.0.1:1/db",  # nothing listens on port 1
        f"postgresql://u:{SECRET}@/db?host=/nonexistent-socket-dir",
        f"postgresql://u:{SECRET}@host.invalid/db",
    ],
)
def test_unreachable_fails_fast_and_clean(url: str) -> None:
    started = time.monotonic()
    with pytest.raises(ConnectionFailed) as info:
        ConnInfo.parse(url).connect(connect_timeout=3)
    assert time.monotonic() - started < 6
    message = str(info.value)
    assert message.startswith("cannot connect to postgresql://u@")
    assert SECRET not in message and "\n" not in message
