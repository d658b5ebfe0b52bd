"""Compare two models object by object. No SQL here: the result is a list of Change values.

- ``Missing``: in the reference only. Additive: plan.py creates it.
- ``Extra``: in the target only. Reported, never dropped.
- ``Differs``: in both, not equal. Reported with each differing field, both sides shown. A few
  differences are additive repairs (a constraint that exists but was never validated): ``repair``
  names them so the planner can act. With ``replace_definitions`` (the user's explicit opt-in), a
  differing view or function gets the repair ``replace`` (``CREATE OR REPLACE``).
- ``Same``: equal; counted, listed with -v.

Objects that belong to a ``Missing`` parent (a new table's columns) are still reported as Missing:
the planner folds them into the parent's statement. A missing object of a kind pgsnapdiff never
creates (``plannable`` False) needs a person: it is reported as a difference, and its own
children (comments, ...) are implied by it; unless its parent is new too (``with_new_parent``: a
new table's ``REPLICA IDENTITY``). So does a missing object whose name the target already
uses for an object of another kind (a view where the target has a table of that name, a primary
key whose index name another table's index holds, a table named like a type): PostgreSQL keeps
relations, and the indexes behind constraints, in one namespace per schema, and types in another;
creating it would fail, or ``IF NOT EXISTS`` would skip it silently. Privileges are compared only
with ``privileges``.
"""

from __future__ import annotations

from dataclasses import dataclass

from pglast import enums

from .model import RELATION_KINDS, Column, Constraint, EnumType, Index, Key, Model, SchemaObject, Unsupported
from .names import qualified
from .sqlbuild import qualified_name


@dataclass(frozen=True)
class DiffOptions:
    """What the user asked to compare or allow (``--privileges``, ``--replace-definitions``)."""

    privileges: bool = False
    replace_definitions: bool = False
    online: bool = False  # --online: indexes on existing tables built concurrently, validations after


@dataclass(frozen=True)
class FieldDiff:
    field: str
    reference: object
    target: object
    detail: str = ""  # deepdiff's description of a nested difference, when the field is a collection


@dataclass(frozen=True)
class Change:
    obj: SchemaObject  # the reference's object, or the target's for Extra

    status = "same"

    @property
    def key(self):
        return self.obj.key


@dataclass(frozen=True)
class Same(Change):
    status = "same"


@dataclass(frozen=True)
class Missing(Change):
    status = "missing"


@dataclass(frozen=True)
class Extra(Change):
    status = "extra"


@dataclass(frozen=True)
class Differs(Change):
    target: SchemaObject | None = None
    fields: tuple[FieldDiff, ...] = ()
    repair: str = ""  # e.g. "validate": an additive step that makes the target match

    status = "differs"


@dataclass(frozen=True)
class NotCompared(Change):
    """An object of a kind pgsnapdiff does not model yet, found on either side."""

    side: str = "reference"

    status = "not compared"


@dataclass
class DiffResult:
    changes: list[Change]
    skipped: int = 0  # statements identical on both sides, never parsed (fastpath.py): unchanged too

    @property
    def unchanged(self) -> int:
        return len(self.by_status("same")) + self.skipped

    def by_status(self, status: str) -> list[Change]:
        return [c for c in self.changes if c.status == status]

    @property
    def missing(self) -> list[Missing]:
        return self.by_status("missing")  # type: ignore[return-value]

    @property
    def repairs(self) -> list[Differs]:
        return [c for c in self.changes if isinstance(c, Differs) and c.repair]

    @property
    def attention(self) -> list[Change]:
        """Non-additive differences: a person has to decide."""
        return [c for c in self.changes if isinstance(c, Extra) or (isinstance(c, Differs) and not c.repair)]


def compare_objects(ref: SchemaObject, target: SchemaObject) -> tuple[FieldDiff, ...]:
    if type(ref) is not type(target):  # e.g. a domain in the reference, an enum in the target
        return (FieldDiff("kind", ref.kind, target.kind),)
    diffs = []
    ref_facts, target_facts = ref.facts(), target.facts()
    for name in ref.compared:
        a, b = ref_facts[name], target_facts[name]
        if a != b:
            detail = ""
            if isinstance(a, tuple | list | dict):
                from deepdiff import DeepDiff  # here: a tenth of a second to import, rarely needed

                detail = DeepDiff(b, a, ignore_order=False, verbose_level=1).pretty()
            diffs.append(FieldDiff(name, a, b, detail))
    return tuple(diffs)


def _enum_order_is_additive(ref: EnumType, target: EnumType) -> bool:
    """True when the target's values appear in the reference in the same order (ADD VALUE suffices)."""
    wanted = [v for v in ref.values if v in set(target.values)]
    return wanted == list(target.values)


def _unplanned(ref: SchemaObject) -> Differs:
    """A missing object that pgsnapdiff does not create: reported for a person to act on."""
    revoked = getattr(ref, "revoked", False)
    if revoked:
        target = "still granted (pgsnapdiff never revokes; revoke it by hand)"
    elif ref.with_new_parent:
        target = "missing (pgsnapdiff sets this only on what it creates; set it by hand)"
    else:
        target = "missing (pgsnapdiff does not create this kind; create it by hand)"
    return Differs(ref, None, (FieldDiff("in target", "revoked" if revoked else "present", target),))


# Kinds whose objects take a name in their schema's type namespace (pg_type), besides relations.
_TYPES = RELATION_KINDS - {"index"} | {"type", "domain", "composite type", "range type"}
_INDEX_BACKED = frozenset({"primary key", "unique", "exclusion"})  # a constraint with an index of its name


def _names_taken(obj: SchemaObject) -> list[Key]:
    """The names ``obj`` takes, as ("relation" | "type", schema, name), and the one place a table
    has for a primary key, as ("primary key", schema, table)."""
    kind = obj.key[0]
    if isinstance(obj, Constraint):
        taken = [("relation", obj.schema, obj.name)] if obj.contype in _INDEX_BACKED else []
        if obj.contype == "primary key":
            taken.append(("primary key", obj.schema, obj.table))
        return taken
    if isinstance(obj, Column):
        sequence = _identity_sequence(obj)
        return [("relation", *sequence)] if sequence else []
    taken = []
    if kind in RELATION_KINDS:
        taken.append(("relation", *obj.key[1:3]))
    if kind in _TYPES:
        taken.append(("type", *obj.key[1:3]))
    return taken


def _identity_sequence(column: Column) -> tuple[str, str] | None:
    """(schema, name) of an identity column's sequence, as its definition names it (pg_dump always
    does): a relation name the column's table takes when it is created."""
    if not column.identity or column.node is None:
        return None
    for con in column.node.constraints or ():
        for opt in (con.options or ()) if con.contype == enums.ConstrType.CONSTR_IDENTITY else ():
            if opt.defname == "sequence_name":
                names = [n.sval for n in opt.arg]
                return (names[-2] if len(names) > 1 else column.schema, names[-1])
    return None


def _holders(objects: dict) -> dict[Key, SchemaObject]:
    return {name: obj for obj in objects.values() if not isinstance(obj, Unsupported)
            for name in _names_taken(obj)}


def _identity_sequences(objects: dict) -> dict[Key, list[Key]]:
    """Each table's identity sequences, as names taken: CREATE TABLE makes them."""
    out: dict[Key, list[Key]] = {}
    for obj in objects.values():
        if isinstance(obj, Column) and obj.identity:
            out.setdefault(obj.table_key, []).extend(_names_taken(obj))
    return out


def _holder(ref: SchemaObject, holders: dict[Key, SchemaObject],
            sequences: dict[Key, list[Key]]) -> tuple[SchemaObject, str] | None:
    """The target's object that holds a name ``ref`` takes, if any, and which name that is (for a
    table: also the names of its identity columns' sequences, which CREATE TABLE makes)."""
    for name in _names_taken(ref):
        if (holder := holders.get(name)) is not None:
            return holder, "its name"
    for name in sequences.get(ref.key, ()):
        if (holder := holders.get(name)) is not None:
            return holder, f"the name of its identity sequence {name[2]}"
    return None


def _index_to_use(ref: SchemaObject, holder: SchemaObject) -> bool:
    """``ref``, a primary key or unique constraint, can be made from ``holder``, the target's index
    of its name: a plain unique index on the same columns (``ADD CONSTRAINT ... USING INDEX`` builds
    nothing; pg-schema-diff's cases create the index first, then the key on it)."""
    if not (isinstance(ref, Constraint) and isinstance(holder, Index) and holder.table == ref.table
            and ref.contype in ("primary key", "unique")):
        return False
    head, _, columns = ref.definition.partition(" (")
    return head in ("PRIMARY KEY", "UNIQUE") and columns.endswith(")") and "(" not in columns and \
        holder.definition == f"CREATE UNIQUE INDEX ON {qualified_name(ref.schema, ref.table)} ({columns}"


def _name_clash(ref: SchemaObject, holder: SchemaObject, name: str = "its name") -> Differs:
    """A missing object whose name the target gives to an object of another kind, or a primary key
    missing from a table that has another one (after a table was renamed, its key keeps the old
    name): adding it would fail the whole apply. A person decides."""
    if isinstance(ref, Constraint) and isinstance(holder, Constraint) and holder.table == ref.table \
            and ref.contype == holder.contype == "primary key":
        same = "the same key" if holder.definition == ref.definition else "another key"
        taken = (f"missing: the table has {same} as {holder.name} (pgsnapdiff renames and drops nothing; "
                 "rename or replace it by hand)")
    else:
        what = f"the identity sequence of {holder.display}" if isinstance(holder, Column) else holder.display
        taken = (f"missing: {name} is taken by {what} (pgsnapdiff renames and drops nothing; "
                 "free the name by hand)")
    return Differs(ref, holder, (FieldDiff("in target", "present", taken),))


def _signature(obj: SchemaObject) -> tuple | None:
    """What an index or a (non-primary-key) constraint is, its name aside: two with one signature
    on one table do the same job."""
    if isinstance(obj, Index):
        return ("index", obj.schema, obj.table, obj.definition)
    if isinstance(obj, Constraint) and obj.contype != "primary key":  # a table's one key: _names_taken
        return ("constraint", obj.schema, obj.table, obj.contype, obj.definition)
    return None


def _under_other_names(target_objects: dict, ref_objects: dict) -> dict[tuple, SchemaObject]:
    """The target's indexes and constraints that the reference does not name, by signature."""
    found: dict[tuple, SchemaObject] = {}
    for key, obj in target_objects.items():
        if key not in ref_objects and (signature := _signature(obj)) is not None:
            found.setdefault(signature, obj)
    return found


def _renamed(ref: SchemaObject, other: SchemaObject) -> Differs:
    """A missing index or constraint the target has under another name (a renamed table or column
    renames neither): created again, it would do the same job twice (a second index to write and
    store, a second foreign key to check). A person renames it."""
    return Differs(ref, other, (FieldDiff("name", ref.name, other.name,  # type: ignore[attr-defined]
                                          "the same definition under another name: pgsnapdiff renames "
                                          "nothing; rename it by hand"),))


def _inherited(ref: SchemaObject, target_objects: dict) -> SchemaObject | None:
    """The target's column that ``ref``, a column missing from its table in the target, is there by
    inheritance (``CREATE TABLE t (...) INHERITS (parent)``): ``ADD COLUMN IF NOT EXISTS`` would be
    skipped, while the reference has it as the table's own column. (Called the other way round, the
    reference's column that a target-only column is in the reference by inheritance: the table's
    differing ``INHERITS`` is reported, and says it.)"""
    if not isinstance(ref, Column):
        return None
    table = target_objects.get(("table", ref.schema, ref.table))
    for parent in getattr(getattr(table, "node", None), "inhRelations", None) or ():
        if (column := target_objects.get(("column", *qualified(parent), ref.name))) is not None:
            return column
    return None


KeyColumns = tuple[str, str, str | frozenset[str]]  # schema, table, "primary key" or its columns


def _keys_of(obj: SchemaObject) -> list[KeyColumns]:
    """How a foreign key names ``obj`` when it is a key: by its columns (in any order), and, for a
    primary key, also by naming none; [] for anything else."""
    node = getattr(obj, "node", None)
    if isinstance(obj, Constraint) and obj.contype in _INDEX_BACKED and node is not None and node.keys:
        columns = (obj.schema, obj.table, frozenset(k.sval for k in node.keys))
        named = [(obj.schema, obj.table, "primary key")] if obj.contype == "primary key" else []
        return [columns, *named]
    if isinstance(obj, Index) and node is not None and node.unique and not node.whereClause \
            and all(p.name for p in node.indexParams):
        return [(obj.schema, obj.table, frozenset(p.name for p in node.indexParams))]
    return []


def _referenced_key(ref: SchemaObject) -> KeyColumns | None:
    """The key a foreign key uses: its table's primary key when it names no columns."""
    node, references = getattr(ref, "node", None), getattr(ref, "references", None)
    if not isinstance(ref, Constraint) or references is None or node is None:
        return None
    if not node.pk_attrs:
        return (*references, "primary key")
    return (*references, frozenset(a.sval for a in node.pk_attrs))


def _same_key(ref: SchemaObject, holder: SchemaObject) -> bool:
    """``holder``, the target's object holding ``ref``'s name, is that very key on that table (a
    primary key under its old name): a foreign key to the table finds it."""
    return (isinstance(holder, Constraint) and holder.table == getattr(ref, "table", None)
            and holder.definition == getattr(ref, "definition", None))


def _attached_elsewhere(ref: SchemaObject, ref_objects: dict, target_objects: dict) -> bool:
    """An index attachment whose parent index the target has on another table (reported as
    differing): PostgreSQL refuses it on every run, so it waits with that index."""
    parent = getattr(ref, "parent_index", None)
    if parent is None:
        return False
    ours, theirs = ref_objects.get(("index", *parent)), target_objects.get(("index", *parent))
    return isinstance(ours, Index) and isinstance(theirs, Index) and ours.table != theirs.table


def _comes_with_new_parent(ref: SchemaObject, ref_objects: dict, target_objects: dict) -> bool:
    """``ref`` (``with_new_parent``) belongs to a relation the plan creates. An index's own must
    be on a new relation too: on an existing table, the index may be built after the transaction
    (``--online``) or held back (duplicates), and the setting would fail the whole plan."""
    def new(key: Key | None) -> bool:  # implied or clashing parents are unplanned already (they come first)
        return key is not None and key in ref_objects and key not in target_objects

    if not ref.with_new_parent or not new(ref.parent):
        return False
    parent = ref_objects[ref.parent]
    table = getattr(parent, "table", None)
    return not isinstance(table, str) or any(new((kind, parent.schema, table)) for kind in RELATION_KINDS)


def _implied(ref: SchemaObject, unplanned: set) -> bool:
    """``ref`` belongs to, or is built on, an object that is not planned (its table, say, or the
    table a foreign key references)."""
    if ref.parent in unplanned or any(key in unplanned for key in ref.depends_on()):
        return True
    table = getattr(ref, "table", None)  # an index, trigger, policy or rule on that relation
    schema = getattr(ref, "schema", None)
    if isinstance(table, str) and any((kind, schema, table) in unplanned for kind in RELATION_KINDS):
        return True
    references = getattr(ref, "references", None)
    return references is not None and ("table", *references) in unplanned


def _compared(model: Model, options: DiffOptions) -> dict:
    """The model's objects, without privilege facts unless asked for."""
    if options.privileges:
        return model.objects
    return {k: o for k, o in model.objects.items() if not getattr(o, "privilege_fact", False)}


def diff_models(reference: Model, target: Model, options: DiffOptions | None = None) -> DiffResult:
    options = options or DiffOptions()
    ref_objects, target_objects = _compared(reference, options), _compared(target, options)
    changes: list[Change] = []
    unplanned: set = set()  # missing objects a person has to create; their children come with them
    holders = _holders(target_objects)  # who holds each relation and type name in the target
    renamed = _under_other_names(target_objects, ref_objects)
    sequences = _identity_sequences(ref_objects)
    used: set[Key] = set()  # the target's objects a reported reference object stands for
    # The keys a person has to create (their name is another table's): foreign keys to them wait.
    # pg_dump writes foreign keys after every key, so those are decided by the time one comes.
    waiting_keys: set[KeyColumns] = set()
    for key, ref in ref_objects.items():
        if isinstance(ref, Unsupported):
            changes.append(NotCompared(ref, side="reference"))
            continue
        other = target_objects.get(key)
        if other is None:
            if _implied(ref, unplanned) or _attached_elsewhere(ref, ref_objects, target_objects):
                unplanned.add(key)
            elif waiting_keys and _referenced_key(ref) in waiting_keys:
                unplanned.add(key)
                changes.append(Differs(ref, None, (FieldDiff("in target", "present", (
                    f"missing: the key it references on {qualified_name(*ref.references)} is missing and "  # type: ignore[attr-defined]
                    "needs a person (reported); it waits for that")),)))
            elif not ref.plannable and not _comes_with_new_parent(ref, ref_objects, target_objects):
                unplanned.add(key)
                changes.append(_unplanned(ref))
            elif (clash := _holder(ref, holders, sequences)) is not None:
                if _index_to_use(ref, clash[0]):
                    used.add(clash[0].key)  # becomes the constraint's: not reported as the target's own
                    changes.append(Differs(ref, clash[0], (FieldDiff(
                        "in target", "present", "missing: made from the target's unique index of its name"),),
                        repair="using index"))
                    continue
                unplanned.add(key)
                changes.append(_name_clash(ref, *clash))
                if _same_key(ref, clash[0]):  # under its old name: one line, not "only in the target" too
                    used.add(clash[0].key)
                else:  # the table lacks that key: foreign keys to it wait
                    waiting_keys.update(_keys_of(ref))
            elif renamed and (other_name := renamed.get(_signature(ref))) is not None:
                unplanned.add(key)
                used.add(other_name.key)  # that line says it all: not "only in the target" besides
                changes.append(_renamed(ref, other_name))
            elif (inherited := _inherited(ref, target_objects)) is not None:
                unplanned.add(key)
                changes.append(Differs(ref, inherited, (FieldDiff(
                    "in target", "the table's own", f"inherited from {inherited.display}"),)))
            else:
                changes.append(Missing(ref))
            continue
        fields = compare_objects(ref, other)
        repair = ""
        if not fields and getattr(ref, "valid", True) and not getattr(other, "valid", True):
            repair = "validate"
            fields = (FieldDiff("valid", True, False, "exists but NOT VALID: existing rows unchecked"),)
        if isinstance(ref, EnumType) and isinstance(other, EnumType) and fields:
            if _enum_order_is_additive(ref, other):
                fields = ()  # the missing values are EnumValue objects, hence Missing: additive
        if fields and ref.replaceable and options.replace_definitions and type(ref) is type(other):
            repair = "replace"
        elif fields and type(ref) is type(other):
            repair = ref.additive_repair(fields) or repair
        changes.append(Differs(ref, other, fields, repair) if fields else Same(ref))
    target_only = {key: None for key in target_objects if key not in ref_objects and key not in used}
    for key in target_only:
        obj = target_objects[key]
        if isinstance(obj, Unsupported):
            changes.append(NotCompared(obj, side="target"))
        elif obj.parent in target_only or _inherited(obj, ref_objects) is not None:
            continue  # implied: by its target-only table; by the reference table's INHERITS (reported)
        else:
            changes.append(Extra(obj))
    return DiffResult(changes)
