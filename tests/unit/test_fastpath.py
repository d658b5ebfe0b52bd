"""The fast path (parse only what differs) must give the very diff and plan that parsing everything
gives: same plan script, same differences, same missing objects, same hazards. Checked on every
golden case (both directions and against an empty target), on pg_dump 15 and 18 dumps of the same
schemas, on snapshots against dumps (same statements, other layout), and on every dump with each of
its statements left out in turn, on either side: a dependency between statements that the fast path
does not know about shows up as a difference here."""

from __future__ import annotations

from pathlib import Path

import pytest

from pgsnapdiff.diff import DiffOptions, diff_models
from pgsnapdiff.fastpath import parse_pair
from pgsnapdiff.forms import classify
from pgsnapdiff.hazards import plan_hazards
from pgsnapdiff.model import Model
from pgsnapdiff.parse import split_sql
from pgsnapdiff.plan import make_plan
from pgsnapdiff.snapshot import render_snapshot
from pgsnapdiff.sources import Side
from pgsnapdiff.sync import with_models
from tests.casekit import all_cases

DATA = Path(__file__).parent / "test_snapshot_data"
DUMPS = sorted(DATA.glob("*.dump.sql"))
HEADER = "--\n-- PostgreSQL database dump\n--\n\n"


def outcome(ref: str, target: str, *, full: bool, replace: bool = False) -> tuple[dict, int]:
    """Everything a diff reports or plans, in comparable form, and how many statements it skipped."""
    sides = (Side("ref.sql", "dump file", ref, Model("ref.sql")),
             Side("target.sql", "dump file", target, Model("target.sql")))
    reference, other, skipped = with_models(*sides, full=full)
    options = DiffOptions(replace_definitions=replace)
    result = diff_models(reference.model, other.model, options)
    plan = make_plan(reference.model, result, replace_definitions=replace)
    facts = {
        "plan": plan.script(),
        "missing": sorted(c.key for c in result.missing),
        "attention": sorted((c.status, c.key, repr(getattr(c, "fields", ()))) for c in result.attention),
        "repairs": sorted((c.key, c.repair) for c in result.repairs),
        "hazards": [h.describe() for h in plan_hazards(plan, reference.model)],
    }
    return facts, skipped


def assert_same_outcome(ref: str, target: str, *, replace: bool = False) -> int:
    full, _ = outcome(ref, target, full=True, replace=replace)
    fast, skipped = outcome(ref, target, full=False, replace=replace)
    for name in full:
        assert fast[name] == full[name], f"the fast path changes {name}"
    return skipped


def pairs() -> list[tuple[str, str, str]]:
    out = []
    for case in all_cases():
        out += [(f"{case.name}:desired-current", case.desired, case.current),
                (f"{case.name}:current-desired", case.current, case.desired),
                (f"{case.name}:desired-empty", case.desired, HEADER)]
    texts = {p.name: p.read_text() for p in DUMPS}
    for name, text in texts.items():
        for other, other_text in texts.items():
            if name != other:
                out.append((f"{name}:{other}", text, other_text))
    return out


@pytest.mark.parametrize("name,ref,target", pairs(), ids=[p[0] for p in pairs()])
def test_fast_path_gives_the_full_result(name: str, ref: str, target: str) -> None:
    assert_same_outcome(ref, target)
    assert_same_outcome(ref, target, replace=True)


@pytest.mark.parametrize("dump", DUMPS, ids=lambda p: p.name)
def test_snapshot_against_its_dump_skips_statements_laid_out_differently(dump: Path) -> None:
    text = dump.read_text()
    snapshot = render_snapshot(text, source="test")
    assert assert_same_outcome(snapshot, text) > 0
    assert assert_same_outcome(text, snapshot) > 0


def without(text: str, index: int) -> str:
    pieces = split_sql(text, origin="t")
    return HEADER + ";\n\n".join(p.text for i, p in enumerate(pieces) if i != index) + ";\n"


def corpus() -> list[tuple[str, str]]:
    texts = [(p.name, p.read_text()) for p in DUMPS]
    texts += [(f"{c.name}/desired.sql", c.desired) for c in all_cases()]
    return texts


@pytest.mark.parametrize("name,text", corpus(), ids=[c[0] for c in corpus()])
def test_leaving_out_any_one_statement_on_either_side(name: str, text: str) -> None:
    whole = HEADER + ";\n\n".join(p.text for p in split_sql(text, origin=name)) + ";\n"
    for index in range(len(split_sql(text, origin=name))):
        part = without(text, index)
        assert_same_outcome(whole, part)
        assert_same_outcome(part, whole)


def test_identical_statements_are_not_parsed() -> None:
    ref = "CREATE TABLE public.a (id integer);\nCREATE TABLE public.b (id integer);\n"
    pair = parse_pair(ref, "ref", ref.replace("public.b (id integer)", "public.b (id bigint)"), "target")
    assert [s.text for s in pair.reference] == ["CREATE TABLE public.b (id integer)"]
    assert pair.skipped == 1 and pair.total == (2, 2)


IDENTITY = ("ALTER TABLE public.t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (\n"
            "    SEQUENCE NAME public.t_id_seq START WITH {start} INCREMENT BY 1\n)")


def test_an_alter_identical_on_both_sides_is_parsed_with_its_differing_create() -> None:
    ref = f"CREATE TABLE public.t (id integer NOT NULL, note text);\n{IDENTITY.format(start=1)};\n"
    target = f"CREATE TABLE public.t (id integer NOT NULL);\n{IDENTITY.format(start=1)};\n"
    pair = parse_pair(ref, "ref", target, "target")
    assert len(pair.reference) == 2 and pair.skipped == 0
    assert_same_outcome(ref, target)


def test_a_create_identical_on_both_sides_is_parsed_with_its_differing_alter() -> None:
    create = "CREATE TABLE public.t (id integer NOT NULL, note text);\n"
    ref, target = create + IDENTITY.format(start=1) + ";\n", create + IDENTITY.format(start=5) + ";\n"
    pair = parse_pair(ref, "ref", target, "target")
    assert len(pair.reference) == len(pair.target) == 2
    facts, _ = outcome(ref, target, full=False)
    assert any("identity" in text for _status, _key, text in facts["attention"])
    assert_same_outcome(ref, target)


def test_a_statement_repeated_on_one_side_is_parsed() -> None:
    ref = "COMMENT ON TABLE public.t IS 'x';\nCOMMENT ON TABLE public.t IS 'x';\n"
    pair = parse_pair(ref, "ref", "COMMENT ON TABLE public.t IS 'x';\n", "target")
    assert len(pair.reference) == 2 and len(pair.target) == 1


@pytest.mark.parametrize("body,anchors,free", [
    ("CREATE TABLE app.orders (id integer)", [("app", "orders")], False),
    ('CREATE TABLE "My App"."Orders" (id integer)', [("My App", "Orders")], False),
    ("CREATE TABLE app.part PARTITION OF app.orders FOR VALUES IN (1)", [("app", "part"), ("app", "orders")],
     False),
    ("CREATE TABLE app.child (\n    extra integer\n)\nINHERITS (app.parent)",
     [("app", "child"), ("app", "parent")], False),
    ("ALTER TABLE ONLY app.child INHERIT app.parent", [("app", "child"), ("app", "parent")], False),
    ("CREATE UNIQUE INDEX orders_code ON ONLY app.orders USING btree (code)",
     [("app", "orders"), ("app", "orders_code")], True),
    ("ALTER TABLE ONLY app.orders\n    ADD CONSTRAINT orders_pkey PRIMARY KEY (id)",
     [("app", "orders"), ("app", "orders_pkey")], True),
    ("ALTER TABLE ONLY app.orders ALTER COLUMN id SET DEFAULT nextval('app.s'::regclass)",
     [("app", "orders")], True),
    ("ALTER TABLE app.orders ADD CONSTRAINT c CHECK (a > 0), ENABLE ROW LEVEL SECURITY", [("app", "orders")],
     False),
    ("ALTER TABLE ONLY app.orders ATTACH PARTITION app.orders_1 FOR VALUES IN (1)",
     [("app", "orders"), ("app", "orders_1")], False),
    ("ALTER INDEX app.orders_pkey ATTACH PARTITION app.orders_1_pkey",
     [("app", "orders_pkey"), ("app", "orders_1_pkey")], False),
    ("CREATE TRIGGER touch BEFORE UPDATE OF a, b ON app.orders FOR EACH ROW EXECUTE FUNCTION app.f()",
     [("app", "orders")], True),
    ("CREATE CONSTRAINT TRIGGER c AFTER INSERT ON app.orders FOR EACH ROW EXECUTE FUNCTION app.f()",
     [("app", "orders")], False),
    ("CREATE RULE r AS ON INSERT TO app.orders DO INSTEAD NOTHING", [("app", "orders")], False),
    ("COMMENT ON COLUMN app.orders.id IS 'key'", [("app", "orders")], False),
    ("COMMENT ON CONSTRAINT orders_pkey ON app.orders IS 'key'", [("app", "orders")], False),
    ("CREATE FUNCTION app.f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
     [("app", "f")], False),
    ("SET default_tablespace = ''", [], True),
])
def test_statement_forms(body: str, anchors: list, free: bool) -> None:
    form = classify(body)
    assert form.known and list(form.anchors) == anchors and form.free is free


def test_a_trigger_that_differs_brings_the_alters_of_its_table() -> None:
    """A trigger is skipped when identical, but one that differs is read with the ``ALTER TABLE ...
    DISABLE TRIGGER`` that changes it; an identity ALTER reaches only its column."""
    assert classify("CREATE TRIGGER t AFTER INSERT ON app.o FOR EACH ROW EXECUTE FUNCTION app.f()").altered
    identity = classify("ALTER TABLE app.o ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (\n"
                        "    SEQUENCE NAME app.o_id_seq\n)")
    assert identity.reaches and identity.column_only and not identity.free
    table, alter = "CREATE TABLE app.o (\n    id integer\n);\n", "ALTER TABLE app.o DISABLE TRIGGER t;\n"
    trigger = "CREATE TRIGGER t {} INSERT ON app.o FOR EACH ROW EXECUTE FUNCTION app.f();\n"
    ref, target = table + trigger.format("AFTER") + alter, table + trigger.format("BEFORE") + alter
    parsed = [type(s.node).__name__ for s in parse_pair(ref, "ref", target, "target").reference]
    assert parsed == ["CreateStmt", "CreateTrigStmt", "AlterTableStmt"]
    assert_same_outcome(ref, target)


def test_unknown_forms_are_always_parsed() -> None:
    assert not classify("GRANT SELECT ON TABLE app.orders TO reader").known
    text = "GRANT SELECT ON TABLE public.t TO PUBLIC;\n"
    pair = parse_pair(text, "ref", text, "target")
    assert len(pair.reference) == len(pair.target) == 1 and pair.skipped == 0
