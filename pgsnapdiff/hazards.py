"""What each planned statement does to a live table: the lock it takes, whether it rewrites or scans
the table, and how many rows the target holds there (``pg_class.reltuples``, an estimate).

Shown in the reports so that a reviewer sees "blocks writes while it builds, ~12M rows" before a
release step runs, not after. The lock levels are PostgreSQL's documented ones (ALTER TABLE, CREATE
INDEX, VALIDATE CONSTRAINT); a statement on a table that the same plan creates touches no data.
"""

from __future__ import annotations

from dataclasses import dataclass

from pglast import ast

from .model import Column, ColumnDefault, Index, Model
from .plan import Plan, Step

# Functions whose value differs per row: as a new column's default they force a table rewrite.
VOLATILE_FUNCTIONS = {"random", "gen_random_uuid", "uuid_generate_v4", "uuid_generate_v1", "clock_timestamp",
                      "nextval", "timeofday", "uuidv4", "uuidv7"}


@dataclass(frozen=True)
class Hazard:
    lock: str  # e.g. "ACCESS EXCLUSIVE (brief)"
    effect: str  # e.g. "blocks writes while the index builds"
    table: tuple[str, str] | None = None  # (schema, table) it acts on, if an existing one
    rows: int | None = None  # the target's estimate for that table

    def describe(self) -> str:
        text = f"{self.lock}; {self.effect}"
        if self.rows is not None and self.rows >= 0:
            text += f"; ~{_human(self.rows)} rows"
        return text


def _human(n: int) -> str:
    for limit, suffix in ((1_000_000_000, "G"), (1_000_000, "M"), (1_000, "k")):
        if n >= limit:
            return f"{n / limit:.1f}{suffix}"
    return str(n)


NO_DATA = Hazard("none on existing data", "creates a new object")


def _table_of(step: Step, reference: Model) -> tuple[str, str] | None:
    kind = step.key[0]
    if kind in ("column", "default", "not null", "constraint", "row security", "force row security",
                "policy", "trigger", "rule"):
        return (step.key[1], step.key[2])
    if kind == "partition":
        parent = getattr(reference.get(step.key), "parent_table", None)
        return tuple(parent) if parent else None  # type: ignore[return-value]
    if kind == "index":
        obj = reference.get(step.key)
        if isinstance(obj, Index):
            return (obj.schema, obj.table)
    return None


def _is_volatile(expr: ast.Node | None) -> bool:
    if expr is None:
        return False
    stack: list[object] = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FuncCall) and node.funcname[-1].sval in VOLATILE_FUNCTIONS:
            return True
        if isinstance(node, ast.Node):
            stack.extend(getattr(node, name) for name in node)
        elif isinstance(node, (list, tuple)):
            stack.extend(node)
    return False


def hazard_for(step: Step, reference: Model, new_tables: set[tuple[str, str]]) -> Hazard:
    special = _special(step)
    if special is not None:
        return special
    table = _table_of(step, reference)
    if table is None or table in new_tables:
        return NO_DATA if step.key[0] != "enum value" else Hazard("brief lock on the type", "no table data")
    kind, action = step.key[0], step.action
    obj = reference.get(step.key)
    if kind == "column":
        col = obj if isinstance(obj, Column) else None
        default = reference.get(("default", *step.key[1:]))
        volatile = isinstance(default, ColumnDefault) and _is_volatile(default.node)
        if col is not None and (col.identity or col.generated or volatile):
            return Hazard("ACCESS EXCLUSIVE", "rewrites the table to fill the new column: blocks reads "
                          "and writes for the whole rewrite", table)
        return Hazard("ACCESS EXCLUSIVE (brief)", "no rewrite (catalog change only)", table)
    if kind == "not null":
        return Hazard("ACCESS EXCLUSIVE", "scans the table to check for NULLs; blocks reads and writes "
                      "meanwhile", table)
    if kind == "default":
        return Hazard("ACCESS EXCLUSIVE (brief)", "catalog change only", table)
    if kind == "partition":
        return Hazard("SHARE UPDATE EXCLUSIVE on the parent, ACCESS EXCLUSIVE on the partition",
                      "scans the partition (and a default partition) to check the bound", table)
    if kind in ("row security", "force row security"):
        return Hazard("ACCESS EXCLUSIVE (brief)", "from now on, queries by roles without BYPASSRLS see "
                      "only the rows a policy allows", table)
    if kind in ("policy", "trigger", "rule"):
        return Hazard("ACCESS EXCLUSIVE (brief)" if kind != "trigger" else "SHARE ROW EXCLUSIVE (brief)",
                      "catalog change only; changes what later writes do", table)
    if kind == "index":
        if "CONCURRENTLY" in step.sql.upper():
            return Hazard("SHARE UPDATE EXCLUSIVE", "builds concurrently: reads and writes continue", table)
        return Hazard("SHARE", "blocks writes while the index builds (reads continue)", table)
    if kind == "constraint":
        contype = getattr(obj, "contype", "")
        if action == "validate":
            return Hazard("SHARE UPDATE EXCLUSIVE", "scans the table; reads and writes continue", table)
        if contype in ("primary key", "unique") and " USING INDEX " in step.sql.upper():
            return Hazard("ACCESS EXCLUSIVE (brief)", "uses the existing unique index: builds nothing (a "
                          "primary key scans for NULLs unless its columns are NOT NULL)", table)
        if contype in ("primary key", "unique", "exclusion"):
            return Hazard("ACCESS EXCLUSIVE", "builds an index: blocks reads and writes while it builds",
                          table)
        if "NOT VALID" in step.sql.upper():
            lock = "SHARE ROW EXCLUSIVE (brief)" if contype == "foreign key" else "ACCESS EXCLUSIVE (brief)"
            return Hazard(lock, "no scan (NOT VALID: validated in a later step)", table)
        return Hazard("ACCESS EXCLUSIVE", "scans the table to check existing rows", table)
    return Hazard("brief", "catalog change only", table)


def _special(step: Step) -> Hazard | None:
    """Steps whose cost is not about one existing table."""
    kind = step.key[0]
    if kind == "materialized view" and step.action == "create":
        return Hazard("none on existing tables", "runs the view's query to populate it, inside the deploy")
    if kind == "attribute":  # planned only on a type the target has, which columns or functions may use
        return Hazard("ACCESS EXCLUSIVE (brief) on the type",
                      "changes the row shape of every column and function of the type: SQL that builds "
                      "the old shape, such as ROW(a, b)::type in a function, fails from now on")
    if kind == "type" and step.action == "set NOT NULL on":  # an existing domain (kinds/types.py)
        return Hazard("SHARE (brief) on every table using the domain",
                      "checks every stored value of the domain for NULLs")
    if kind == "type" and step.action == "set the default of":
        return Hazard("brief", "catalog change only; columns of the domain without a default of their "
                      "own get it on new rows")
    if kind == "domain constraint":
        return Hazard("SHARE (brief) on every table using the domain",
                      "checks existing values of every column of that domain")
    return None


def plan_hazards(plan: Plan, reference: Model,
                 rows: dict[tuple[str, str], int] | None = None) -> list[Hazard]:
    """One Hazard per step, in plan order, with the target's row estimates when known."""
    new_tables = {(s.key[1], s.key[2]) for s in plan.steps if s.key[0] == "table"}
    out = []
    for step in plan.steps:
        hazard = hazard_for(step, reference, new_tables)
        if hazard.table is not None and rows is not None:
            hazard = Hazard(hazard.lock, hazard.effect, hazard.table, rows.get(hazard.table))
        out.append(hazard)
    return out


def row_estimates(conn, tables: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """``pg_class.reltuples`` for the given tables (-1 when never analysed: shown as unknown)."""
    if not tables:
        return {}
    schemas = [t[0] for t in tables]
    names = [t[1] for t in tables]
    rows = conn.execute(
        "SELECT n.nspname, c.relname, c.reltuples::bigint FROM pg_catalog.pg_class AS c"
        " JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace"
        " JOIN unnest(%s::text[], %s::text[]) AS w(s, t) ON w.s = n.nspname AND w.t = c.relname",
        (schemas, names)).fetchall()
    return {(s, t): int(n) for s, t, n in rows}
