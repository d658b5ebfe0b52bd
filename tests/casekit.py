"""Golden cases in tests/cases/<name>/: current.sql, desired.sql, expected.sql (the reviewed plan),
optional data.sql (rows put in the current database before syncing) and exit_code (what
``diff --apply --exit-code`` returns: 0, or 4 when something needs a person afterwards).

Case SQL is written the way pg_dump writes it (qualified names, named constraints, defaults and
identities as pg_dump emits them), so the offline route (parse the files directly) and the server
route (load, pg_dump, parse) must produce the same plan: the same expected.sql serves both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pgsnapdiff.build import build_model
from pgsnapdiff.diff import diff_models
from pgsnapdiff.parse import parse_sql
from pgsnapdiff.plan import make_plan

CASES_DIR = Path(__file__).parent / "cases"


@dataclass(frozen=True)
class Case:
    name: str
    path: Path

    def read(self, name: str) -> str:
        file = self.path / name
        return file.read_text(encoding="utf-8") if file.exists() else ""

    @property
    def current(self) -> str:
        return self.read("current.sql")

    @property
    def desired(self) -> str:
        return self.read("desired.sql")

    @property
    def data(self) -> str:
        return self.read("data.sql")

    @property
    def expected(self) -> str:
        return self.read("expected.sql")

    @property
    def exit_code(self) -> int:
        text = self.read("exit_code").strip()
        return int(text) if text else 0


def all_cases() -> list[Case]:
    cases = [Case(p.name, p) for p in sorted(CASES_DIR.iterdir()) if (p / "desired.sql").exists()]
    assert cases, f"no golden cases found in {CASES_DIR}"
    return cases


def offline_plan_script(case: Case) -> str:
    ref = build_model(parse_sql(case.desired, origin="desired.sql"), "desired.sql")
    cur = build_model(parse_sql(case.current, origin="current.sql"), "current.sql")
    return make_plan(ref, diff_models(ref, cur)).script()
