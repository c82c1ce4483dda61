"""The workflow form: its steps as one YAML (or JSON, which YAML reads too) text, turned into the body the API
validates as a WorkflowIn, a workflow's steps written back as that text for its edit form, the API's refusals of
`steps.N.field` put beside the text with the step named, and the steps in the waves they run in."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import yaml

from service.domains.workflows import dag

# What a step's text may leave out: an empty list, as the API takes it.
LISTS = ("dependsOn", "cacheDirs", "outputPaths")
# A step's keys in the order the edit form writes them; the optional ones only when set.
KEYS = ("name", "imageSlug", "dependsOn", "runScript", "cacheDirs", "outputPaths", "env", "timeoutSeconds",
        "runsOn")
OPTIONAL = ("env", "timeoutSeconds", "runsOn")
EXAMPLE = """- name: test
  imageSlug: builder
  runScript: |
    make test
  cacheDirs: [.cache]
- name: package
  imageSlug: builder
  dependsOn: [test]
  runScript: make dist
  outputPaths: [dist/app.tar.gz]
"""
STEP_FIELD = re.compile(r"^steps\.(\d+)(?:\.(.+))?$")


class _Dumper(yaml.SafeDumper):
    """Scripts of several lines as YAML's literal blocks, so the form shows them as they were typed."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def steps_text(steps: Sequence[Mapping[str, Any]]) -> str:
    """A workflow's steps as the form's text: the keys the API takes, the optional ones only when set."""
    shown = [{key: step[key] for key in KEYS if key in step and (key not in OPTIONAL or step[key])}
             for step in steps]
    return yaml.dump(shown, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=None, width=100)


def parse_steps(text: str) -> tuple[Any, str | None]:
    """The steps the text holds (left for the API to check), or why it holds none: not YAML or JSON, or not a
    list of steps. Lists a step leaves out are empty."""
    try:
        steps = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        return None, f"Not YAML or JSON{where}: {getattr(exc, 'problem', None) or exc}"
    if not isinstance(steps, list) or not steps:
        return None, "Write the steps as a list: each item a step with name, imageSlug and runScript."
    for number, step in enumerate(steps):
        if not isinstance(step, dict):
            return None, f"Item {number + 1} is not a step: write it as name: ..., imageSlug: ..., runScript: ..."
        for key in LISTS:
            step.setdefault(key, [])
    return steps, None


def step_errors(fields: Mapping[str, str], steps: Any, message: str) -> dict[str, str]:
    """The API's errors by form field: `steps.N.key` beside the steps' text, naming the step (its name when it
    has one) and the key, the other fields (name) as they are."""
    found: dict[str, str] = {}
    notes: list[str] = []
    for name, text in fields.items():
        match = STEP_FIELD.match(name)
        if not match and name != "steps":
            found[name] = text or message
            continue
        if not match:
            notes.append(text or message)
            continue
        number, key = int(match.group(1)), match.group(2)
        step = steps[number] if isinstance(steps, list) and number < len(steps) else None
        label = f"step {step['name']!r}" if isinstance(step, dict) and isinstance(step.get("name"), str) \
            else f"step {number + 1}"
        notes.append(f"{label}{f', {key}' if key else ''}: {text or message}")
    if notes:
        found["steps"] = "; ".join(notes)
    return found


class _Step(NamedTuple):
    name: str
    depends_on: list[str]


def waves(steps: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Each step's wave (1 runs first; steps of one wave may run at once), as the slice orders them."""
    ordered = dag.order([_Step(step["name"], list(step["dependsOn"])) for step in steps])
    return {name: number for number, wave in enumerate(ordered, start=1) for name in wave}
