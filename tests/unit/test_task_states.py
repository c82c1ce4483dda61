"""Task state transitions are explicit; illegal ones are refused."""

import pytest

from service.tasks.models import IllegalTransition, Task, TaskState


def _task(state: TaskState) -> Task:
    return Task(id=1, type="t", playbook="p.yml", timeout=5, state=state, message="", percent=40)


def test_queued_runs_then_finishes():
    task = _task(TaskState.QUEUED)
    task.start()
    assert task.state is TaskState.RUNNING and task.started_at is not None
    task.finish(TaskState.SUCCESS, message="Done", result={"a": 1})
    assert task.percent == 100 and task.result == {"a": 1} and task.error_code is None and task.finished_at


@pytest.mark.parametrize("final", [TaskState.FAILED, TaskState.STOPPED, TaskState.TIMEOUT, TaskState.CRASHED])
def test_unsuccessful_ends_keep_percent_and_name_the_error(final):
    task = _task(TaskState.RUNNING)
    task.finish(final, message="why")
    assert task.percent == 40 and task.error_code == final.value and task.error_message == "why"
    assert not task.active


@pytest.mark.parametrize("state", [TaskState.SUCCESS, TaskState.FAILED, TaskState.STOPPED, TaskState.CRASHED])
def test_a_finished_task_never_moves_again(state):
    task = _task(state)
    with pytest.raises(IllegalTransition):
        task.start()
    with pytest.raises(IllegalTransition):
        task.finish(TaskState.SUCCESS, message="again")


def test_running_cannot_start_twice_and_queued_cannot_succeed_unrun():
    with pytest.raises(IllegalTransition):
        _task(TaskState.RUNNING).start()
    with pytest.raises(IllegalTransition):
        _task(TaskState.QUEUED).finish(TaskState.SUCCESS, message="never ran")
    with pytest.raises(IllegalTransition):
        _task(TaskState.RUNNING).finish(TaskState.RUNNING, message="not final")
