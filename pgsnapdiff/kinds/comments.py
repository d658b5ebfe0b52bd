"""``COMMENT ON`` any object kind → the key of the object it describes.

A comment is an object of its own (``("comment", *key)``): a missing one is additive, planned as
the ``COMMENT`` statement itself (idempotent by nature) after the object it describes.
"""

from __future__ import annotations

from pglast import ast, enums

from ..model import Key
from ..names import DEFAULT_SCHEMA, names, qualified_list, signature_of
from .catalog import cast_key, operator_key

OT = enums.ObjectType

# Kinds whose object is a dotted name list: (schema, name).
_QUALIFIED = {
    OT.OBJECT_TABLE: "table", OT.OBJECT_SEQUENCE: "sequence", OT.OBJECT_INDEX: "index",
    OT.OBJECT_VIEW: "view",
    OT.OBJECT_MATVIEW: "materialized view", OT.OBJECT_FOREIGN_TABLE: "foreign table",
    OT.OBJECT_COLLATION: "collation", OT.OBJECT_STATISTIC_EXT: "statistics",
    OT.OBJECT_TSCONFIGURATION: "text search configuration", OT.OBJECT_TSDICTIONARY: "text search dictionary",
    OT.OBJECT_TSPARSER: "text search parser", OT.OBJECT_TSTEMPLATE: "text search template",
    OT.OBJECT_CONVERSION: "conversion",
}
# Kinds whose object is a plain name.
_NAMED = {
    OT.OBJECT_SCHEMA: "schema", OT.OBJECT_EXTENSION: "extension", OT.OBJECT_PUBLICATION: "publication",
    OT.OBJECT_EVENT_TRIGGER: "event trigger", OT.OBJECT_FDW: "foreign-data wrapper",
    OT.OBJECT_FOREIGN_SERVER: "foreign server", OT.OBJECT_LANGUAGE: "language",
    OT.OBJECT_ACCESS_METHOD: "access method",
}
# Kinds that live on a table: (schema, table, name).
_ON_TABLE = {OT.OBJECT_TRIGGER: "trigger", OT.OBJECT_POLICY: "policy", OT.OBJECT_RULE: "rule",
             OT.OBJECT_TABCONSTRAINT: "constraint"}


def comment_target(model, node: ast.CommentStmt) -> Key | None:
    """The key of the object ``node`` comments on, or None for a kind we do not know."""
    ot, obj = node.objtype, node.object
    if ot in _NAMED:
        return (_NAMED[ot], obj.sval)
    if ot in (OT.OBJECT_TYPE, OT.OBJECT_DOMAIN):
        return ("type", *qualified_list(obj.names))
    if ot in (OT.OBJECT_FUNCTION, OT.OBJECT_PROCEDURE, OT.OBJECT_ROUTINE, OT.OBJECT_AGGREGATE):
        return ("function", *qualified_list(obj.objname), signature_of(obj))
    if ot == OT.OBJECT_OPERATOR:
        return operator_key(obj)
    if ot == OT.OBJECT_CAST:
        return cast_key(obj)
    if ot == OT.OBJECT_DOMCONSTRAINT:
        return ("domain constraint", *qualified_list(obj[0].names), obj[1].sval)
    if not isinstance(obj, (list, tuple)):
        return None
    parts = names(obj)
    if ot in _QUALIFIED:
        return (_QUALIFIED[ot], *qualified_list(obj))
    if ot in _ON_TABLE or ot == OT.OBJECT_COLUMN:
        parts = [DEFAULT_SCHEMA, *parts] if len(parts) == 2 else parts
        if ot == OT.OBJECT_COLUMN and model.get(("type", *parts[-3:-1])) is not None:
            return ("attribute", *parts[-3:])  # a column of a composite type
        return (_ON_TABLE.get(ot, "column"), *parts[-3:])
    return None
