"""README documents the markdown and JSON reports: the markdown example is exactly what pgsnapdiff
prints for its scenario, and the JSON example has exactly the keys the real document has."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pgsnapdiff.build import build_model
from pgsnapdiff.diff import diff_models
from pgsnapdiff.hazards import Hazard
from pgsnapdiff.parse import parse_sql
from pgsnapdiff.plan import make_plan
from pgsnapdiff.render import JSON_FORMAT_VERSION, Report, render_json, render_markdown

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
FORMATS = README[README.index("### Output formats"):README.index("## In CI/CD")]

# The scenario of README's examples: the reference adds a column and has a different type for another.
REFERENCE = "CREATE TABLE app.orders (id integer, note text, total numeric(12,2));"
TARGET = "CREATE TABLE app.orders (id integer, total integer);"


def readme_report() -> Report:
    ref = build_model(parse_sql(REFERENCE, origin="ref"), "ref")
    cur = build_model(parse_sql(TARGET, origin="cur"), "cur")
    result = diff_models(ref, cur)
    plan = make_plan(ref, result)
    hazards = [Hazard("ACCESS EXCLUSIVE (brief)", "no rewrite (catalog change only)", ("app", "orders"),
                      rows=120000)]
    return Report("snapshots/schema.sql", "postgresql://app@db/staging", result, plan, hazards=hazards)


def test_the_markdown_example_is_real_output() -> None:
    (example,) = re.findall(r"^````markdown\n(.*?)^````$", FORMATS, flags=re.S | re.M)
    assert render_markdown(readme_report()) == example


def keys(value: object, path: str = "") -> set[str]:
    """Every key path in a JSON value, lists collapsed: {"a": [{"b": 1}]} → {"a", "a[].b"}."""
    out: set[str] = set()
    if isinstance(value, dict):
        for k, v in value.items():
            out |= {f"{path}{k}"} | keys(v, f"{path}{k}.")
    elif isinstance(value, list):
        for item in value:
            out |= keys(item, f"{path[:-1]}[].")
    return out


def test_the_json_example_has_the_real_keys() -> None:
    (example,) = re.findall(r"^```json\n(.*?)^```$", FORMATS, flags=re.S | re.M)
    documented = json.loads(example)
    real = json.loads(render_json(readme_report()))
    assert documented["format_version"] == real["format_version"] == JSON_FORMAT_VERSION
    real_keys = keys(real)
    # The scenario has no "not compared" object; README shows one: take its keys from the renderer's
    # documented shape instead of inventing a schema object here.
    documented_keys = {k for k in keys(documented) if not k.startswith("not_compared[]")}
    assert documented_keys == real_keys
    applied = re.search(r"`applied` is filled by `--apply`: `(\{.*?\})`", FORMATS, flags=re.S).group(1)
    assert set(re.findall(r'"(\w+)"', applied)) == {"statements", "held_back", "converged", "pending_after"}
