"""Fixtures for the trust tests: the same behaviour proven on every PostgreSQL version at hand."""

from __future__ import annotations

import pytest

SERVERS = {"pg_server": "pg18", "pg16_server": "pg16", "pg15_server": "pg15"}


@pytest.fixture(params=list(SERVERS), ids=list(SERVERS.values()))
def any_server(request):
    """Embedded PostgreSQL 18, the wheel's 16 and Debian's 15: each skipped, saying why, if absent."""
    return request.getfixturevalue(request.param)
