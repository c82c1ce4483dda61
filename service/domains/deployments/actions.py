"""The deployment actions: start (deployment_start.yml) and remove (deployment_remove.yml), with the playbooks'
vars (see each header; nodes.containers has them, image services run the same playbooks), and what the end of each
records on the deployment, its instances, their guests and the deployment it replaced. Each run locks its
deployment."""

from __future__ import annotations

from service.actions.catalogue import Action
from service.domains.deployments import finishing
from service.domains.nodes.containers import ContainersRemoveVars, ContainersStartVars

RESOURCE = "deployment"

DEPLOYMENT_START = Action(name="deployment.start", task_type="deploymentStart", playbook="deployment_start",
                          vars_model=ContainersStartVars, resource_type=RESOURCE, timeout=3600,
                          on_finish=finishing.started)
DEPLOYMENT_REMOVE = Action(name="deployment.remove", task_type="deploymentRemove", playbook="deployment_remove",
                           vars_model=ContainersRemoveVars, resource_type=RESOURCE, timeout=1800,
                           on_finish=finishing.removed)
ACTIONS = (DEPLOYMENT_START, DEPLOYMENT_REMOVE)
