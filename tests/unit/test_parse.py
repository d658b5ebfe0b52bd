"""parse.py's shortcuts give exactly what pglast gives: the AST of every statement (parsed without
pglast's attribute validation), the printed text of every node and sub-node (printed without
pglast's visitor, and remembered by shape), and copies (clone, instead of deepcopy)."""

from __future__ import annotations

import copy
from pathlib import Path

import pglast
import pytest
from pglast import ast
from pglast.stream import RawStream

from pgsnapdiff.errors import ParseError
from pgsnapdiff.parse import clone, deparse, parse_pieces, parse_sql, split_sql, tree_key
from tests.casekit import all_cases

DATA = Path(__file__).parent / "test_snapshot_data"
MORE = """
CREATE TABLE "We""ird"."T ble" ("col umn" integer DEFAULT 1 CHECK ("col umn" > 0))
    PARTITION BY RANGE ("col umn");
CREATE VIEW v AS SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS t(x, y) WHERE x IN (SELECT 1) ORDER BY 1;
CREATE FUNCTION f(a integer DEFAULT 0, VARIADIC b text[] DEFAULT '{}') RETURNS SETOF integer
    LANGUAGE sql STABLE COST 10 AS $$ SELECT 1 $$;
CREATE INDEX i ON t USING gin (lower(x) gin_trgm_ops) INCLUDE (y) WITH (fastupdate = off) WHERE NOT z;
COMMENT ON TABLE t IS '';
SET default_tablespace = '';
ALTER TABLE ONLY t ADD CONSTRAINT c EXCLUDE USING gist (r WITH &&) DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE e (a text COLLATE "C" GENERATED ALWAYS AS (upper(b)) STORED, b text, c bit(3) DEFAULT B'101');
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE u (w text DEFAULT 'é€');
"""


def corpus() -> list[str]:
    texts = [p.read_text() for p in sorted(DATA.glob("*.sql"))]
    for case in all_cases():
        texts += [case.current, case.desired, case.expected]
    return [*texts, MORE]


def statements() -> list[str]:
    return [p.text for text in corpus() for p in split_sql(text, origin="corpus")]


def nodes_under(node: object):
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, ast.Node):
            yield item
            stack.extend(getattr(item, name) for name in item)
        elif isinstance(item, tuple):
            stack.extend(item)


def test_parsed_nodes_equal_pglast_s() -> None:
    for text in statements():
        ours = tuple(s.node for s in parse_pieces(split_sql(text, origin="x"), origin="x"))
        theirs = tuple(raw.stmt for raw in pglast.parse_sql(text))
        theirs = tuple(n for n in theirs if not _noise(n))
        assert ours == theirs, text


def _noise(node: ast.Node) -> bool:
    return isinstance(node, ast.VariableSetStmt) or (isinstance(node, ast.SelectStmt) and "set_config" in
                                                    RawStream()(node))


def test_validation_is_back_after_parsing() -> None:
    parse_sql("CREATE TABLE t (a integer)", origin="x")
    with pytest.raises(ValueError):
        ast.RangeVar(relname=42)


def test_every_node_prints_as_pglast_prints_it() -> None:
    checked = 0
    for text in statements():
        for stmt in pglast.parse_sql(text):
            for node in nodes_under(stmt.stmt):
                try:
                    expected = RawStream()(node)
                except Exception as exc:  # some fragments cannot be printed alone: nor by us
                    with pytest.raises(type(exc)):
                        deparse(node)
                    continue
                assert deparse(node) == expected, text
                assert deparse(node) == expected  # again, from the memory of shapes
                checked += 1
    assert checked > 5000


def test_same_shape_prints_the_same_and_a_changed_node_prints_anew() -> None:
    a = pglast.parse_sql("SELECT CAST(1 AS numeric(12, 2))")[0].stmt.targetList[0].val
    b = pglast.parse_sql("SELECT   (1)::numeric(12,2)")[0].stmt.targetList[0].val
    assert deparse(a) == deparse(b)
    b.typeName.typmods = (b.typeName.typmods[0],)
    assert deparse(b) == RawStream()(b) != deparse(a)


def test_clone_is_a_deep_copy() -> None:
    for text in statements()[:400]:
        for stmt in pglast.parse_sql(text):
            deparse(stmt.stmt)  # leaves ancestors on every node
            copied = clone(stmt.stmt)
            assert copied == stmt.stmt == copy.deepcopy(stmt.stmt)
            originals = {id(n) for n in nodes_under(stmt.stmt)}
            assert not any(id(n) in originals for n in nodes_under(copied))


def test_pieces_keep_lines_and_lose_leading_comments() -> None:
    text = ("\\restrict abc\n--\n-- Name: t\n--\n\nCREATE TABLE t (a integer);\n/* x\n y */ SELECT 1;\n"
            "\\unrestrict abc\n")
    pieces = split_sql(text, origin="f.sql")
    assert [(p.body, p.line) for p in pieces] == [("CREATE TABLE t (a integer)", 6), ("SELECT 1", 8)]
    assert [s.where for s in parse_sql(text, origin="f.sql")] == ["f.sql:6", "f.sql:8"]


def test_syntax_error_names_file_and_line() -> None:
    with pytest.raises(ParseError, match=r"^f\.sql:3: syntax error"):
        split_sql("SELECT 1;\n\nCREATE TABLE (;\n", origin="f.sql")


def test_tree_key_ignores_layout_and_positions_but_not_content() -> None:
    assert tree_key("CREATE TABLE t (a integer)") == tree_key("CREATE  TABLE t (\n    a integer\n)")
    assert tree_key("CREATE TABLE t (a integer)") != tree_key("CREATE TABLE t (b integer)")
    quoted = "COMMENT ON TABLE t IS '\"location\":{}'"
    assert tree_key(quoted.format(1)) != tree_key(quoted.format(2))


def test_copy_is_shallow_and_complete() -> None:
    for text in statements()[:400]:
        for stmt in pglast.parse_sql(text):
            deparse(stmt.stmt)
            copied = copy.copy(stmt.stmt)
            assert copied is not stmt.stmt and copied == stmt.stmt
            assert copied.ancestors is stmt.stmt.ancestors
            assert all(getattr(copied, name) is getattr(stmt.stmt, name) for name in stmt.stmt)
