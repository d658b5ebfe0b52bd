"""Realistic schemas of N tables for the benchmark: a "desired" variant and an "older" one.

Why generated rather than a real dump: the sizes we care about (500, 5,000, 20,000 tables) have no
public schema, and a generator lets the "older" side be exactly the desired one minus about 10% of
its tables, columns and indexes — the shape of a deploy that is a few releases behind.

What a table looks like (the mix of a multi-tenant application): an identity or serial primary key,
a tenant column, a unique key, an enum status with a default, checks, a foreign key to an earlier
table of its module, timestamps with a trigger function that touches ``updated_at``, a few extra
columns of assorted types, a partial index, an expression index, an index on the foreign key, and
comments. Every tenth table has a view joining it to its parent. Tables live in modules (schemas)
of 250. Everything is deterministic for a given (size, seed).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

TABLES_PER_MODULE = 250
EXTRA_TYPES = ("integer", "bigint", "text", "varchar(80)", "boolean", "numeric(10,3)", "date",
               "timestamptz", "jsonb", "uuid", "smallint", "double precision", "text[]", "inet")
EXTRA_DEFAULTS = {"integer": "0", "bigint": "0", "boolean": "false", "smallint": "1",
                  "text": "''::text", "jsonb": "'{}'::jsonb", "date": "CURRENT_DATE"}
PRIORITIES = ("low", "normal", "high", "urgent")  # the older variant lacks "urgent"
STATUSES = ("draft", "active", "suspended", "archived")


@dataclass
class TableSpec:
    module: str
    name: str
    index: int  # global position, for deterministic choices
    serial: bool
    parent: str | None  # an earlier table of the same module, referenced by parent_id
    extras: list[tuple[str, str, bool]]  # (column, type, not null)
    missing_columns: set[str] = field(default_factory=set)
    missing_indexes: set[str] = field(default_factory=set)
    has_view: bool = False


@dataclass
class SchemaSpec:
    tables: list[TableSpec]
    modules: list[str]
    missing_tables: set[tuple[str, str]]


def plan_schema(n_tables: int, seed: int = 42) -> SchemaSpec:
    """Decide every table, column and index once, so that both variants agree on everything else."""
    rng = random.Random(seed)
    modules = [f"mod_{m:03d}" for m in range((n_tables + TABLES_PER_MODULE - 1) // TABLES_PER_MODULE)]
    tables: list[TableSpec] = []
    for i in range(n_tables):
        module = modules[i // TABLES_PER_MODULE]
        pos = i % TABLES_PER_MODULE
        parent = f"t_{(i - 1 - rng.randrange(min(pos, 20))):05d}" if pos and rng.random() < 0.7 else None
        extras = [(f"c{k}_{rng.choice('abcdefgh')}", rng.choice(EXTRA_TYPES), rng.random() < 0.3)
                  for k in range(rng.randrange(0, 7))]
        tables.append(TableSpec(module, f"t_{i:05d}", i, rng.random() < 0.4, parent, extras,
                                has_view=i % 10 == 9))
    missing_tables: set[tuple[str, str]] = set()
    for t in tables:
        if rng.random() < 0.10:
            missing_tables.add((t.module, t.name))
            continue
        optional = ["note", "payload", *(name for name, _, _ in t.extras)]
        t.missing_columns = {c for c in optional if rng.random() < 0.12}
        t.missing_indexes = {ix for ix in ("active", "lower_code", "parent") if rng.random() < 0.10}
    return SchemaSpec(tables, modules, missing_tables)


def render(spec: SchemaSpec, *, older: bool) -> str:
    """The DDL of one variant, as a person would write it (pg_dump then normalises it)."""
    out: list[str] = []
    for module in spec.modules:
        priorities = PRIORITIES[:-1] if older else PRIORITIES
        out.append(f"CREATE SCHEMA {module};")
        out.append(f"CREATE TYPE {module}.status AS ENUM ({_list(STATUSES)});")
        out.append(f"CREATE TYPE {module}.priority AS ENUM ({_list(priorities)});")
        out.append(f"COMMENT ON SCHEMA {module} IS 'Module {module} of the application';")
        out.append(
            f"CREATE FUNCTION {module}.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "BEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND\n$$;")
    present = {(t.module, t.name) for t in spec.tables
               if not (older and (t.module, t.name) in spec.missing_tables)}
    for t in spec.tables:
        if (t.module, t.name) in present:
            out.extend(_table(t, older=older, present=present))
    return "\n".join(out) + "\n"


def _list(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _table(t: TableSpec, *, older: bool, present: set[tuple[str, str]]) -> list[str]:
    q = f"{t.module}.{t.name}"
    gone = t.missing_columns if older else set()
    no_index = t.missing_indexes if older else set()
    pk = "bigserial PRIMARY KEY" if t.serial else "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
    cols = [
        f"id {pk}",
        "tenant_id integer NOT NULL",
        "code text NOT NULL CHECK (length(code) BETWEEN 1 AND 64)",
        f"status {t.module}.status NOT NULL DEFAULT 'active'",
        f"priority {t.module}.priority NOT NULL DEFAULT 'normal'",
        "amount numeric(12,2) DEFAULT 0 CONSTRAINT amount_positive CHECK (amount >= 0)",
        "created_at timestamptz NOT NULL DEFAULT now()",
        "updated_at timestamptz",
    ]
    if "note" not in gone:
        cols.append("note varchar(200)")
    if "payload" not in gone:
        cols.append("payload jsonb")
    parent = t.parent if t.parent and (t.module, t.parent) in present else None
    if parent:
        cols.append(f"parent_id bigint REFERENCES {t.module}.{parent}(id) ON DELETE CASCADE")
    for name, typ, not_null in t.extras:
        if name in gone:
            continue
        default = EXTRA_DEFAULTS.get(typ)
        nn = " NOT NULL" if not_null and default else ""
        cols.append(f"{name} {typ}{f' DEFAULT {default}' if default else ''}{nn}")
    cols.append(f"CONSTRAINT {t.name}_tenant_code_key UNIQUE (tenant_id, code)")
    lines = [f"CREATE TABLE {q} (\n    " + ",\n    ".join(cols) + "\n);"]
    if "active" not in no_index:
        lines.append(f"CREATE INDEX {t.name}_active_idx ON {q} (tenant_id, created_at DESC) "
                     "WHERE status <> 'archived';")
    if "lower_code" not in no_index:
        lines.append(f"CREATE INDEX {t.name}_lower_code_idx ON {q} (lower(code) text_pattern_ops);")
    if parent and "parent" not in no_index:
        lines.append(f"CREATE INDEX {t.name}_parent_idx ON {q} (parent_id);")
    lines.append(f"CREATE TRIGGER {t.name}_touch BEFORE UPDATE ON {q} "
                 f"FOR EACH ROW EXECUTE FUNCTION {t.module}.touch_updated_at();")
    if t.index % 3 == 0:
        lines.append(f"COMMENT ON TABLE {q} IS 'Table {t.name} (tenant data)';")
        lines.append(f"COMMENT ON COLUMN {q}.tenant_id IS 'Owning tenant';")
    if t.has_view:
        join = (f" LEFT JOIN {t.module}.{parent} p ON p.id = c.parent_id" if parent else "")
        pcode = ", p.code AS parent_code" if parent else ""
        lines.append(f"CREATE VIEW {t.module}.v_{t.name} AS SELECT c.id, c.tenant_id, c.code, c.status"
                     f"{pcode} FROM {q} c{join} WHERE c.status <> 'archived';")
    return lines


def generate(n_tables: int, seed: int = 42) -> tuple[str, str]:
    """(desired, older) DDL for ``n_tables`` tables."""
    spec = plan_schema(n_tables, seed)
    return render(spec, older=False), render(spec, older=True)
