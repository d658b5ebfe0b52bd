"""Golden cases, offline: the plan from parsing current.sql and desired.sql matches expected.sql."""

from __future__ import annotations

import pytest

from pgsnapdiff.safety import check_additive
from tests.casekit import Case, all_cases, offline_plan_script


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c.name)
def test_offline_plan_matches_golden(case: Case) -> None:
    assert case.expected, f"{case.name}: expected.sql is missing"
    assert offline_plan_script(case) == case.expected


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c.name)
def test_plan_passes_the_independent_safety_check(case: Case) -> None:
    check_additive(offline_plan_script(case))  # re-parses every statement, DO bodies included
