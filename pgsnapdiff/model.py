"""The schema as data: frozen objects keyed by identity, each remembering where it came from.

The model knows nothing of SQL rendering (that is plan.py) nor of how objects compare beyond their
fields (that is diff.py). Everything that PostgreSQL would consider equal is stored in one canonical
form: expressions and types are kept as pglast-deparsed text, so ``(0)::numeric`` and
``CAST(0 AS numeric)`` are the same string.

Keys are tuples: ``("table", "app", "orders")``, ``("column", "app", "orders", "total")``. Small facts
that can be added on their own to an existing object (a column default, a NOT NULL, an enum value, a
sequence's owner, a comment) are objects of their own, so the diff sees them as Missing, i.e.
additive, rather than as a difference of a bigger object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from pglast import ast, enums

from .parse import Statement

Key = tuple[str, ...]

# Kinds whose objects are relations (pg_class): one namespace per schema, and each but an index has a
# row type of its own name (pg_type).
RELATION_KINDS = frozenset({"table", "view", "materialized view", "sequence", "foreign table", "index"})


def describe_key(key: Key) -> str:
    """A key for people: ``function app.add(integer, integer)``, ``trigger t on app.orders``."""
    kind, parts = key[0], key[1:]
    if kind == "function" and len(parts) == 3:
        return f"function {parts[0]}.{parts[1]}({parts[2]})"
    if kind in ("trigger", "policy", "rule") and len(parts) == 3:
        return f"{kind} {parts[2]} on {parts[0]}.{parts[1]}"
    if kind == "domain constraint" and len(parts) == 3:
        return f"constraint {parts[2]} on domain {parts[0]}.{parts[1]}"
    if kind == "operator" and len(parts) == 4:
        return f"operator {parts[0]}.{parts[1]}({parts[2]}, {parts[3]})"
    if kind == "cast" and len(parts) == 2:
        return f"cast ({parts[0]} AS {parts[1]})"
    return f"{kind} {'.'.join(parts)}"


@dataclass(frozen=True)
class SchemaObject:
    """Base of all modelled objects. ``compared`` lists the fields that a diff looks at.

    ``plannable``: False for kinds that are compared and reported but never created by pgsnapdiff
    (a missing one needs a person); ``with_new_parent``: such an object is created all the same
    when its parent is new, created by the same plan (a new table's ``REPLICA IDENTITY``: on a table
    with no rows yet it decides nothing a person has to). ``replaceable``: a differing definition
    may be replaced in place (``CREATE OR REPLACE``) under the explicit opt-in, because that loses no data.
    """

    kind: ClassVar[str] = "object"
    compared: ClassVar[tuple[str, ...]] = ()
    plannable: ClassVar[bool] = True
    replaceable: ClassVar[bool] = False
    source: Statement | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    @property
    def display(self) -> str:
        """Human-readable name, e.g. ``column app.orders.total``."""
        return f"{self.kind} {'.'.join(self.key[1:])}"

    @property
    def parent(self) -> Key | None:
        """The object this one belongs to (a column's table), when there is one."""
        return None

    @property
    def with_new_parent(self) -> bool:
        return False

    def additive_repair(self, fields: tuple) -> str:
        """The name of the repair that makes the target's object (differing in ``fields``) the
        reference's by adding only, or "" (the difference is reported). See diff.py."""
        return ""

    def facts(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.compared}

    def depends_on(self) -> tuple[Key, ...]:
        """Keys of other objects this one needs, beyond what its AST names (see order.py)."""
        return (self.parent,) if self.parent else ()


@dataclass(frozen=True)
class Schema(SchemaObject):
    kind: ClassVar[str] = "schema"
    name: str = ""

    @property
    def key(self) -> Key:
        return ("schema", self.name)


@dataclass(frozen=True)
class Extension(SchemaObject):
    kind: ClassVar[str] = "extension"
    compared: ClassVar[tuple[str, ...]] = ("schema",)
    name: str = ""
    schema: str = ""
    node: ast.Node | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("extension", self.name)


@dataclass(frozen=True)
class EnumType(SchemaObject):
    """An enum; its values are also EnumValue objects so that a new value is additive."""

    kind: ClassVar[str] = "type"
    compared: ClassVar[tuple[str, ...]] = ("values_order",)
    schema: str = ""
    name: str = ""
    values: tuple[str, ...] = ()
    node: ast.Node | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("type", self.schema, self.name)

    @property
    def values_order(self) -> tuple[str, ...]:
        return self.values


@dataclass(frozen=True)
class EnumValue(SchemaObject):
    kind: ClassVar[str] = "enum value"
    schema: str = ""
    type_name: str = ""
    value: str = ""
    after: str | None = None  # the value just before it in the reference, for ADD VALUE ... AFTER
    before: str | None = None

    @property
    def parent(self) -> Key | None:
        return ("type", self.schema, self.type_name)

    @property
    def key(self) -> Key:
        return ("enum value", self.schema, self.type_name, self.value)

    @property
    def display(self) -> str:
        return f"enum value {self.schema}.{self.type_name} {self.value!r}"


@dataclass(frozen=True)
class Sequence(SchemaObject):
    kind: ClassVar[str] = "sequence"
    compared: ClassVar[tuple[str, ...]] = ("options",)
    schema: str = ""
    name: str = ""
    options: tuple[str, ...] = ()  # deparsed options, e.g. ("AS integer", "START WITH 1")
    node: ast.Node | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("sequence", self.schema, self.name)


@dataclass(frozen=True)
class SequenceOwner(SchemaObject):
    kind: ClassVar[str] = "sequence owner"
    compared: ClassVar[tuple[str, ...]] = ("owned_by",)
    schema: str = ""
    sequence: str = ""
    owned_by: tuple[str, str, str] = ("", "", "")  # schema, table, column

    @property
    def key(self) -> Key:
        return ("sequence owner", self.schema, self.sequence)

    @property
    def display(self) -> str:
        return f"ownership of sequence {self.schema}.{self.sequence}"


@dataclass(frozen=True)
class Table(SchemaObject):
    """A table; its columns, defaults and constraints are separate objects."""

    kind: ClassVar[str] = "table"
    compared: ClassVar[tuple[str, ...]] = ("options",)
    schema: str = ""
    name: str = ""
    options: str = ""  # what CREATE TABLE says beyond columns: UNLOGGED, PARTITION BY, INHERITS, WITH...
    node: ast.Node | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("table", self.schema, self.name)


@dataclass(frozen=True)
class Column(SchemaObject):
    kind: ClassVar[str] = "column"
    compared: ClassVar[tuple[str, ...]] = ("type", "collation", "identity", "generated")
    schema: str = ""
    table: str = ""
    name: str = ""
    position: int = 0
    type: str = ""
    collation: str = ""
    identity: str = ""  # "ALWAYS" / "BY DEFAULT" plus deparsed sequence options
    generated: str = ""  # deparsed generation expression (STORED/VIRTUAL included)
    node: ast.Node | None = field(default=None, compare=False, repr=False)  # the ColumnDef
    # The type as the ColumnDef prints it, when that is ``type`` (no alias canonicalised): plans
    # use it to write the column without printing its AST (compose.py). Empty: print the AST.
    type_sql: str = field(default="", compare=False, repr=False)

    @property
    def parent(self) -> Key | None:
        return ("table", self.schema, self.table)

    @property
    def key(self) -> Key:
        return ("column", self.schema, self.table, self.name)

    @property
    def table_key(self) -> Key:
        return ("table", self.schema, self.table)


@dataclass(frozen=True)
class ColumnDefault(SchemaObject):
    kind: ClassVar[str] = "default"
    compared: ClassVar[tuple[str, ...]] = ("expression",)
    schema: str = ""
    table: str = ""
    column: str = ""
    expression: str = ""
    node: ast.Node | None = field(default=None, compare=False, repr=False)  # the raw expression

    @property
    def parent(self) -> Key | None:
        return ("column", self.schema, self.table, self.column)

    @property
    def key(self) -> Key:
        return ("default", self.schema, self.table, self.column)

    def depends_on(self) -> tuple[Key, ...]:
        # "relation": pg_dump also sets defaults on a view's columns (ALTER TABLE v ALTER COLUMN ...)
        return (("column", self.schema, self.table, self.column), ("relation", self.schema, self.table))

    @property
    def display(self) -> str:
        return f"default of {self.schema}.{self.table}.{self.column}"


@dataclass(frozen=True)
class NotNull(SchemaObject):
    """NOT NULL on a column. Its own object: adding it to an existing column is guarded on the data."""

    kind: ClassVar[str] = "not null"
    schema: str = ""
    table: str = ""
    column: str = ""

    @property
    def parent(self) -> Key | None:
        return ("column", self.schema, self.table, self.column)

    @property
    def key(self) -> Key:
        return ("not null", self.schema, self.table, self.column)

    def depends_on(self) -> tuple[Key, ...]:
        return (("column", self.schema, self.table, self.column), ("table", self.schema, self.table))

    @property
    def display(self) -> str:
        return f"NOT NULL on {self.schema}.{self.table}.{self.column}"


CONSTRAINT_KINDS = {
    enums.ConstrType.CONSTR_PRIMARY: "primary key",
    enums.ConstrType.CONSTR_UNIQUE: "unique",
    enums.ConstrType.CONSTR_EXCLUSION: "exclusion",
    enums.ConstrType.CONSTR_CHECK: "check",
    enums.ConstrType.CONSTR_FOREIGN: "foreign key",
}


@dataclass(frozen=True)
class Constraint(SchemaObject):
    kind: ClassVar[str] = "constraint"
    compared: ClassVar[tuple[str, ...]] = ("definition",)
    schema: str = ""
    table: str = ""
    name: str = ""
    contype: str = ""  # one of CONSTRAINT_KINDS' values
    definition: str = ""  # deparsed, without the name and without NOT VALID
    valid: bool = True
    references: tuple[str, str] | None = None  # (schema, table) of a foreign key's target
    node: ast.Node | None = field(default=None, compare=False, repr=False)  # the Constraint

    @property
    def parent(self) -> Key | None:
        return ("table", self.schema, self.table)

    @property
    def key(self) -> Key:
        return ("constraint", self.schema, self.table, self.name)

    @property
    def display(self) -> str:
        return f"{self.contype} constraint {self.name} on {self.schema}.{self.table}"


@dataclass(frozen=True)
class Index(SchemaObject):
    kind: ClassVar[str] = "index"
    compared: ClassVar[tuple[str, ...]] = ("definition",)
    schema: str = ""
    name: str = ""
    table: str = ""
    definition: str = ""  # deparsed CREATE INDEX without its name
    node: ast.Node | None = field(default=None, compare=False, repr=False)  # the IndexStmt

    @property
    def key(self) -> Key:
        return ("index", self.schema, self.name)


@dataclass(frozen=True)
class Comment(SchemaObject):
    kind: ClassVar[str] = "comment"
    compared: ClassVar[tuple[str, ...]] = ("text",)
    on: Key = ()
    text: str = ""
    node: ast.Node | None = field(default=None, compare=False, repr=False)  # the CommentStmt

    @property
    def parent(self) -> Key | None:
        return self.on

    @property
    def key(self) -> Key:
        return ("comment", *self.on)

    @property
    def display(self) -> str:
        return f"comment on {describe_key(self.on)}"


NOT_NULL_NO_INHERIT = "NOT NULL NO INHERIT constraint"  # an Unsupported's ``what`` the planner looks for


@dataclass(frozen=True)
class Unsupported(SchemaObject):
    """A statement of a kind not modelled yet: listed as "not compared yet", never dropped."""

    kind: ClassVar[str] = "not compared"
    what: str = ""  # e.g. "view", "function", "trigger"
    name: str = ""
    text: str = ""

    @property
    def key(self) -> Key:
        return ("not compared", self.what, self.name, self.text)

    @property
    def display(self) -> str:
        return f"{self.what} {self.name}"


@dataclass
class Model:
    """All objects of one side, in the order the dump defined them (a safe dependency order)."""

    origin: str
    objects: dict[Key, SchemaObject] = field(default_factory=dict)
    _columns: dict[Key, dict[Key, None]] = field(default_factory=dict, repr=False)
    _children: dict[Key, dict[Key, None]] = field(default_factory=dict, repr=False)

    def add(self, obj: SchemaObject) -> None:
        self.objects[obj.key] = obj
        if isinstance(obj, Column):
            self._columns.setdefault(obj.table_key, {})[obj.key] = None
        if obj.parent is not None:
            self._children.setdefault(obj.parent, {})[obj.key] = None

    def children(self, key: Key, cls: type | None = None) -> list[SchemaObject]:
        """Objects whose parent is ``key`` (a composite type's attributes, a domain's constraints),
        in the order they were defined."""
        found = (self.objects.get(k) for k in self._children.get(key, ()))
        return [o for o in found if o is not None and o.parent == key and (cls is None or isinstance(o, cls))]

    def get(self, key: Key) -> SchemaObject | None:
        return self.objects.get(key)

    def __contains__(self, key: Key) -> bool:
        return key in self.objects

    def __iter__(self):
        return iter(self.objects.values())

    def __len__(self) -> int:
        return len(self.objects)

    def columns_of(self, table_key: Key) -> list[Column]:
        cols = [self.objects[k] for k in self._columns.get(table_key, ())]
        return sorted(cols, key=lambda c: c.position)  # type: ignore[attr-defined]

    @property
    def unsupported(self) -> list[Unsupported]:
        return [o for o in self.objects.values() if isinstance(o, Unsupported)]
