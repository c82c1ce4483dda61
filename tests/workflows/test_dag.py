"""The workflow graph's checks on their own: duplicate names, unknown dependencies, cycles (named by the step
that closes them, also in a long chain), and the waves of steps that may run at once."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from service.core.errors import Invalid
from service.domains.workflows import dag


@dataclass
class S:
    name: str
    depends_on: list[str] = field(default_factory=list)


def _refused(steps: list[S]) -> tuple[str, str]:
    with pytest.raises(Invalid) as caught:
        dag.check(steps)
    return caught.value.details["field"], caught.value.message


def test_a_fan_in_passes_and_runs_in_waves():
    steps = [S("a"), S("b"), S("c", ["a", "b"])]
    dag.check(steps)
    assert dag.order(steps) == [["a", "b"], ["c"]]


def test_a_name_used_twice_names_the_second():
    assert _refused([S("a"), S("b"), S("a")])[0] == "steps.2.name"


def test_an_unknown_dependency_names_the_step():
    found, message = _refused([S("a"), S("b", ["a", "nope"])])
    assert found == "steps.1.dependsOn" and "nope" in message


def test_a_cycle_names_the_step_that_closes_it():
    # Walked from the first step: a needs c, c needs b, and b's need of a closes the loop.
    found, message = _refused([S("a", ["c"]), S("b", ["a"]), S("c", ["b"]), S("d")])
    assert found == "steps.1.dependsOn" and "a -> c -> b -> a" in message, message
    assert _refused([S("a"), S("self", ["self"])])[0] == "steps.1.dependsOn"


def test_a_long_chain_is_walked_without_recursion():
    steps = [S(f"s{i}", [f"s{i + 1}"] if i < 2999 else []) for i in range(3000)]
    dag.check(steps)
    steps[-1].depends_on = ["s0"]
    assert _refused(steps)[0] == "steps.2999.dependsOn"
