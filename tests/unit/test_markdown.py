"""``--format markdown``, offline (file vs file): the pull-request comment a reviewer reads.

What must hold: the counts match the JSON report, the fenced SQL is exactly the ``--format sql``
script, every table row keeps its columns whatever the object names hold, and names cannot inject
HTML or end the SQL fence early.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.casekit import CASES_DIR
from tests.dbkit import run_cli

DUMP = "-- PostgreSQL database dump\n"
REFERENCE = DUMP + """CREATE TABLE public.t (id integer NOT NULL, note text);
CREATE TABLE public.orders (id integer NOT NULL, total numeric(12,2));
CREATE INDEX t_note_idx ON public.t USING btree (note);
"""
TARGET = DUMP + """CREATE TABLE public.t (id integer NOT NULL);
CREATE TABLE public.orders (id integer NOT NULL, total integer, legacy text);
"""


def write(tmp_path: Path, reference: str, target: str) -> tuple[str, str]:
    (tmp_path / "ref.sql").write_text(reference, encoding="utf-8")
    (tmp_path / "cur.sql").write_text(target, encoding="utf-8")
    return str(tmp_path / "ref.sql"), str(tmp_path / "cur.sql")


def markdown(*args: str) -> str:
    result = run_cli("diff", *args, "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    return result.stdout


def fenced_sql(md: str) -> str:
    """The body of the one ```sql block (whatever the fence length)."""
    match = re.search(r"^(`{3,})sql\n(.*?)\n\1$", md, flags=re.S | re.M)
    assert match, md
    return match.group(2)


def table_rows(md: str) -> list[list[str]]:
    """Each markdown table row split on unescaped pipes, as GitHub splits cells."""
    rows = []
    for line in md.splitlines():
        if line.startswith("|"):
            cells = re.split(r"(?<!\\)\|", line)
            assert cells[0] == "" and cells[-1] == "", line
            rows.append([c.strip() for c in cells[1:-1]])
    return rows


def test_summary_plan_sql_and_warnings(tmp_path) -> None:
    ref, cur = write(tmp_path, REFERENCE, TARGET)
    md = markdown(ref, cur)
    doc = json.loads(run_cli("diff", ref, cur, "--format", "json").stdout)
    assert md.startswith("<!-- pgsnapdiff report -->\n")
    rows = table_rows(md)
    assert rows[0] == ["to apply", "need attention", "unchanged", "not compared yet"]
    summary = doc["summary"]
    assert rows[2] == [str(summary[k]) for k in ("to_apply", "attention", "unchanged", "not_compared")]
    assert summary["to_apply"] == 2 and summary["attention"] == 2
    assert "**Dry run:** nothing was changed" in md
    plan_rows = rows[5:]  # after the summary's three rows and the plan's header and rule
    assert [(r[1], r[2]) for r in plan_rows] == [("add", "column `public.t.note`"),
                                                ("create", "index `public.t_note_idx`")]
    assert fenced_sql(md) == run_cli("diff", ref, cur, "--format", "sql").stdout.rstrip("\n")
    assert "- column public.orders.total differs: type: reference numeric(12, 2), target integer" in md
    assert "- column public.orders.legacy: only in the target (left in place, never dropped)" in md


def test_nothing_to_do_has_no_plan_and_no_sql(tmp_path) -> None:
    ref, cur = write(tmp_path, REFERENCE, REFERENCE)
    md = markdown(ref, cur)
    assert "**Nothing to apply:**" in md
    assert "```" not in md and "Needs attention" not in md


def test_hostile_names_keep_tables_intact_and_inject_nothing(tmp_path) -> None:
    case = CASES_DIR / "hostile_names"
    extra = ('CREATE TABLE public."x```y|<img src=x onerror=alert(1)>" ('
             '"`tick`" integer, "a|b" text, "**bold** <b>" text);\n')
    desired = DUMP + (case / "desired.sql").read_text(encoding="utf-8") + extra
    current = DUMP + (case / "current.sql").read_text(encoding="utf-8") + \
        'CREATE TABLE public."only|here <script>" (id integer);\n'
    ref, cur = write(tmp_path, desired, current)
    md = markdown(ref, cur)
    rows = table_rows(md)
    assert all(len(r) == 4 for r in rows), rows  # the summary (4 counts) and the plan (4 columns)
    # The SQL block is the script, byte for byte, even though a name holds three backticks.
    assert fenced_sql(md) == run_cli("diff", ref, cur, "--format", "sql").stdout.rstrip("\n")
    assert re.search(r"^````+sql$", md, flags=re.M)
    # Outside code, no raw HTML: names show as text.
    outside_code = re.sub(r"^(`{3,})sql\n.*?\n\1$", "", md, flags=re.S | re.M)
    outside_code = re.sub(r"(`+).*?\1", "", outside_code)
    assert "<script>" not in outside_code and "<img" not in outside_code and "<b>" not in outside_code
    assert "&lt;script&gt;" in outside_code
    # A newline inside a name stays escaped: it cannot start a new markdown line (or a new row).
    without_sql = re.sub(r"^(`{3,})sql\n.*?\n\1$", "", md, flags=re.S | re.M)
    assert not any(line.startswith("line; DROP TABLE") for line in without_sql.splitlines())
    assert "new\\nline; DROP TABLE x; --" in without_sql


def test_long_scripts_are_folded(tmp_path) -> None:
    tables = "".join(f"CREATE TABLE public.t{i} (id integer);\n" for i in range(40))
    ref, cur = write(tmp_path, DUMP + tables, DUMP + "CREATE TABLE public.t0 (id integer);\n")
    md = markdown(ref, cur)
    assert "<details><summary>SQL script (" in md and md.rstrip().count("</details>") == 1
    assert fenced_sql(md).count("CREATE TABLE IF NOT EXISTS") == 39


@pytest.mark.parametrize("fmt", ["text", "sql", "json"])
def test_existing_formats_are_unchanged_by_markdown(tmp_path, fmt) -> None:
    ref, cur = write(tmp_path, REFERENCE, TARGET)
    out = run_cli("diff", ref, cur, "--format", fmt).stdout
    assert "<!-- pgsnapdiff report -->" not in out and "|---" not in out
