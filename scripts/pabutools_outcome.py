#!/usr/bin/env python3
"""Reference outcomes from pabutools, for the differential tests and the benchmark of `pb outcome`.

usage: pabutools_outcome.py RULE FILE.pb [FILE.pb ...]
Prints one JSON object per file: {"file", "rule", "selected" (ids sorted as strings), "seconds"}.
The rules are those of `pb outcome --rule`.
"""
import json
import sys
import time

from pabutools.election import Cardinality_Sat, Cost_Sat, parse_pabulib
from pabutools.rules import (
    completion_by_rule_combination,
    greedy_utilitarian_welfare,
    method_of_equal_shares,
)


def outcome(rule, instance, profile):
    if rule == "greedy-card":
        return greedy_utilitarian_welfare(instance, profile, sat_class=Cardinality_Sat)
    if rule == "greedy-cost":
        return greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)
    if rule == "mes-cost":
        return method_of_equal_shares(instance, profile, sat_class=Cost_Sat)
    if rule == "mes-card":
        return method_of_equal_shares(instance, profile, sat_class=Cardinality_Sat)
    if rule == "mes-equalshares":
        return completion_by_rule_combination(
            instance,
            profile,
            [method_of_equal_shares, greedy_utilitarian_welfare],
            [{"sat_class": Cost_Sat, "voter_budget_increment": 1}, {"sat_class": Cost_Sat}],
        )
    raise SystemExit(f"unknown rule {rule}")


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    rule = sys.argv[1]
    for path in sys.argv[2:]:
        instance, profile = parse_pabulib(path)
        start = time.perf_counter()
        selected = outcome(rule, instance, profile)
        seconds = time.perf_counter() - start
        ids = sorted(str(project.name) for project in selected)
        print(json.dumps({"file": path, "rule": rule, "selected": ids, "seconds": seconds}), flush=True)


if __name__ == "__main__":
    main()
