"""Publications (logical replication) and what they publish.

pg_dump writes ``CREATE PUBLICATION p WITH (...)`` and then one ``ALTER PUBLICATION p ADD TABLE
ONLY t`` per table (``ADD TABLES IN SCHEMA s`` per schema). Each membership is an object of its
own, so a table newly published is additive: ``ALTER PUBLICATION ... ADD``, guarded on
pg_publication_rel / pg_publication_namespace. A missing publication is created in a ``DO`` block
guarded on pg_publication. Removing a table from a publication, or different options, row filter
or column list, is reported.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import ClassVar

from pglast import ast, enums

from .. import sqlbuild as sb
from ..model import Key, SchemaObject
from ..names import qualified
from ..parse import deparse
from .normalize import canonical

PUBLICATION_PHASE = 99
OBJ = enums.PublicationObjSpecType
# PostgreSQL's defaults: pg_dump always writes ``publish``, hand-written SQL often omits it.
_DEFAULT_OPTIONS = {"publish=insert, update, delete, truncate", "publish_via_partition_root=false"}


@dataclass(frozen=True)
class Publication(SchemaObject):
    kind: ClassVar[str] = "publication"
    compared: ClassVar[tuple[str, ...]] = ("all_tables", "options")
    name: str = ""
    all_tables: bool = False
    options: tuple[str, ...] = ()
    node: ast.CreatePublicationStmt | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("publication", self.name)


@dataclass(frozen=True)
class PublishedTable(SchemaObject):
    kind: ClassVar[str] = "published table"
    compared: ClassVar[tuple[str, ...]] = ("only", "columns", "where")
    publication: str = ""
    schema: str = ""
    table: str = ""
    only: bool = True
    columns: tuple[str, ...] = ()
    where: str = ""
    node: ast.PublicationObjSpec | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("published table", self.publication, self.schema, self.table)

    @property
    def parent(self) -> Key | None:
        return ("publication", self.publication)

    @property
    def display(self) -> str:
        return f"table {self.schema}.{self.table} in publication {self.publication}"

    def depends_on(self) -> tuple[Key, ...]:
        return (("publication", self.publication), ("table", self.schema, self.table))


@dataclass(frozen=True)
class PublishedSchema(SchemaObject):
    kind: ClassVar[str] = "published schema"
    publication: str = ""
    schema: str = ""

    @property
    def key(self) -> Key:
        return ("published schema", self.publication, self.schema)

    @property
    def parent(self) -> Key | None:
        return ("publication", self.publication)

    @property
    def display(self) -> str:
        return f"tables in schema {self.schema} in publication {self.publication}"

    def depends_on(self) -> tuple[Key, ...]:
        return (("publication", self.publication), ("schema", self.schema))


def _options(options) -> tuple[str, ...]:
    out = set()
    for opt in options or ():
        value = opt.arg.sval if isinstance(opt.arg, ast.String) else deparse(opt.arg) if opt.arg else "true"
        out.add(f"{opt.defname}={value.lower()}")
    return tuple(sorted(out - _DEFAULT_OPTIONS))


# -- build ---------------------------------------------------------------------------------------
def build_publication(b, stmt, node: ast.CreatePublicationStmt) -> None:
    shell = copy.copy(node)
    shell.pubobjects = None
    b.add(Publication(source=stmt, name=node.pubname, all_tables=bool(node.for_all_tables),
                      options=_options(node.options), node=shell))
    _add_members(b, stmt, node.pubname, node.pubobjects)


def build_alter_publication(b, stmt, node: ast.AlterPublicationStmt) -> None:
    if node.action != enums.AlterPublicationAction.AP_AddObjects or node.options:
        b.unsupported(stmt, "publication change", node.pubname)
        return
    _add_members(b, stmt, node.pubname, node.pubobjects)


def _add_members(b, stmt, publication: str, objects) -> None:
    for spec in objects or ():
        if spec.pubobjtype == OBJ.PUBLICATIONOBJ_TABLE:
            table = spec.pubtable
            schema, name = qualified(table.relation)
            b.add(PublishedTable(source=stmt, publication=publication, schema=schema, table=name,
                                 only=not table.relation.inh,
                                 columns=tuple(s.sval for s in table.columns or ()),
                                 where=deparse(canonical(table.whereClause)), node=spec))
        elif spec.pubobjtype == OBJ.PUBLICATIONOBJ_TABLES_IN_SCHEMA:
            b.add(PublishedSchema(source=stmt, publication=publication, schema=spec.name))
        else:
            b.unsupported(stmt, "publication member", publication)


# -- plan ----------------------------------------------------------------------------------------
def plan_publication(p, obj: Publication) -> None:
    p.emit(sb.guarded_create(sb.named_exists("pg_publication", "pubname", obj.name), deparse(obj.node)),
           "create", obj, PUBLICATION_PHASE)


def _add(publication: str, spec: ast.PublicationObjSpec) -> str:
    return deparse(ast.AlterPublicationStmt(pubname=publication, pubobjects=[spec], for_all_tables=False,
                                            action=enums.AlterPublicationAction.AP_AddObjects))


def plan_published_table(p, obj: PublishedTable) -> None:
    spec = copy.deepcopy(obj.node)
    spec.pubtable.relation.schemaname = obj.schema
    p.emit(sb.guarded_create(sb.publication_has_table(obj.publication, obj.schema, obj.table),
                             _add(obj.publication, spec)), "add", obj, PUBLICATION_PHASE + 1)


def plan_published_schema(p, obj: PublishedSchema) -> None:
    spec = ast.PublicationObjSpec(pubobjtype=OBJ.PUBLICATIONOBJ_TABLES_IN_SCHEMA, name=obj.schema)
    exists = sb.publication_has_schema(obj.publication, obj.schema)
    p.emit(sb.guarded_create(exists, _add(obj.publication, spec)), "add", obj, PUBLICATION_PHASE + 1)


BUILDERS = {ast.CreatePublicationStmt: build_publication, ast.AlterPublicationStmt: build_alter_publication}
PLANNERS = {Publication: plan_publication, PublishedTable: plan_published_table,
            PublishedSchema: plan_published_schema}
