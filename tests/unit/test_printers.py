"""printers.py: statements printed with pglast's corrected printers parse again, to the same tree."""

from __future__ import annotations

import itertools

import pglast
import pytest

from pgsnapdiff.parse import deparse, same_tree

CLAUSES = {
    "include": " INCLUDE (b)",
    "nulls": " NULLS NOT DISTINCT",
    "with": " WITH (fillfactor='70')",
    "tablespace": " TABLESPACE pg_default",
    "where": " WHERE (b > 0)",
}


def _index_statements() -> list[str]:
    """A unique index with every combination of its trailing clauses, in the grammar's order."""
    out = []
    for n in range(len(CLAUSES) + 1):
        for chosen in itertools.combinations(CLAUSES, n):
            tail = "".join(CLAUSES[c] for c in chosen)
            out.append(f"CREATE UNIQUE INDEX i ON public.t USING btree (a){tail}")
    out += ["CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON ONLY public.t USING gist (a) WITH (buffering=on)",
            "CREATE UNIQUE INDEX ON public.t (lower(a) DESC NULLS LAST) NULLS NOT DISTINCT "
            "WHERE a IS NOT NULL"]
    return out


@pytest.mark.parametrize("sql", _index_statements())
def test_a_printed_index_parses_again_to_the_same_tree(sql: str) -> None:
    node = pglast.parse_sql(sql)[0].stmt
    printed = deparse(node)
    again = pglast.parse_sql(printed)[0].stmt  # pglast 8.8's own printer fails here with NULLS NOT DISTINCT
    assert same_tree(node, again), printed


def test_nulls_not_distinct_comes_before_with_and_where() -> None:
    node = pglast.parse_sql("CREATE UNIQUE INDEX i ON public.t (a) NULLS NOT DISTINCT WITH (fillfactor=70) "
                            "WHERE b > 0")[0].stmt
    assert deparse(node) == ("CREATE UNIQUE INDEX i ON public.t (a) NULLS NOT DISTINCT "
                             "WITH (fillfactor = 70) WHERE b > 0")
