"""A cron service's schedule: the five cron fields users write, checked, and turned into the systemd OnCalendar
expression its timer runs on."""

from __future__ import annotations

from service.core.errors import Invalid

# (name, lowest, highest) of the five fields, in cron's order.
_FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day of month", 1, 31), ("month", 1, 12), ("day of week", 0, 7))
_WEEKDAYS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")


def _refuse(expression: str, why: str) -> Invalid:
    return Invalid(f"Not a cron schedule: {expression!r}: {why}", details={"field": "schedule"})


def _values(expression: str, part: str, name: str, low: int, high: int) -> list[int] | None:
    """The values a field allows, in order; None for every value (`*`)."""
    if part == "*":
        return None
    chosen: set[int] = set()
    for item in part.split(","):
        base, _, step_text = item.partition("/")
        try:
            step = int(step_text) if step_text else 1
            if base == "*":
                first, last = low, high
            elif "-" in base:
                first, last = (int(x) for x in base.split("-", 1))
            else:
                first = int(base)
                last = high if step_text else first
        except ValueError:
            raise _refuse(expression, f"the {name} field {part!r} is not numbers, ranges, lists and steps") from None
        if step < 1 or not low <= first <= last <= high:
            raise _refuse(expression, f"the {name} field {part!r} is outside {low}-{high}")
        chosen.update(range(first, last + 1, step))
    return sorted(chosen)


def _join(values: list[int] | None, width: int = 2) -> str:
    return "*" if values is None else ",".join(f"{v:0{width}d}" for v in values)


def on_calendar(expression: str) -> str:
    """`*/15 8-18 * * 1-5` -> `Mon,Tue,Wed,Thu,Fri *-*-* 08,09,...,18:00,15,30,45:00`; 422 naming `schedule`."""
    parts = expression.split()
    if len(parts) != 5:
        raise _refuse(expression, "five fields are needed: minute hour day-of-month month day-of-week")
    minute, hour, day, month, weekday = (_values(expression, part, *field) for part, field in zip(parts, _FIELDS,
                                                                                              strict=True))
    if day is not None and weekday is not None:
        # cron runs when either matches, systemd only when both do: refused rather than run on other days.
        raise _refuse(expression, "a day of month and a day of week together are not supported; use one")
    days = "" if weekday is None else ",".join(dict.fromkeys(_WEEKDAYS[v % 7] for v in weekday)) + " "
    return f"{days}*-{_join(month)}-{_join(day)} {_join(hour)}:{_join(minute)}:00"
