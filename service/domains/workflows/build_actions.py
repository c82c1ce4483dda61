"""The workflow build actions as the catalogue lists them: the runs of build_vars with build_progress's finish
hooks (a prepared guest submits the ready steps, an ended step moves the DAG along)."""

from __future__ import annotations

from dataclasses import replace

from service.domains.workflows import build_progress
from service.domains.workflows.build_vars import PREPARE_RUN, STEP_RUN

WORKFLOW_BUILD_PREPARE = replace(PREPARE_RUN, on_finish=build_progress.prepared)
WORKFLOW_BUILD_STEP = replace(STEP_RUN, on_finish=build_progress.step_run_ended)
ACTIONS = (WORKFLOW_BUILD_PREPARE, WORKFLOW_BUILD_STEP)
