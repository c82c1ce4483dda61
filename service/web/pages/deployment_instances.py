"""A deployment's instances and token: an instance's page (its image, container and the config it runs with)
with its config overrides and its secrets' values (write-only: keys listed as set or unset, values never shown),
and the deployment token, made and shown once with its curl line, and revoked through a confirmation page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from fastapi import APIRouter
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages.deployments import show_deployment
from service.web.pages.deployments_forms import (
    MANAGERS,
    OVERRIDE_FIELDS,
    RESTART_POLICIES,
    errors_of,
    override_body,
    override_values,
    refuse_forbidden,
    secret_rows,
    secrets_body,
    text_values,
)

router = APIRouter(prefix="/deployments/{deployment_id}")


async def _instance_page(web: SignedIn, deployment_id: UUID, instance_id: UUID, *, status: int = 200,
                         form: str | None = None, values: Mapping[str, str] | None = None,
                         errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    base = f"/deployments/{deployment_id}"
    deployment = await web.api.get(base)
    instance = await web.api.get(f"{base}/instances/{instance_id}")
    have = (await web.api.get(f"{base}/instances/{instance_id}/secrets"))["keys"]
    project = await web.api.get(f"/projects/{deployment['project']['id']}")
    config = instance["image"]["config"]
    return web.page("deployments/instance.html", status=status, deployment=deployment, instance=instance,
                    manage=project["role"] in MANAGERS, secrets=secret_rows(config, have),
                    values=values if form == "overrides" and values is not None else override_values(config),
                    errors=errors or {}, error=error, form=form, restart_policies=RESTART_POLICIES,
                    overridden=sorted(instance["overrides"]))


@router.get("/instances/{instance_id}")
async def instance_page(web: SignedIn, deployment_id: UUID, instance_id: UUID) -> Response:
    return await _instance_page(web, deployment_id, instance_id)


async def _patch(web: SignedIn, deployment_id: UUID, instance_id: UUID, config: dict[str, Any], *, form: str,
                 values: Mapping[str, str], say: str) -> Response:
    path = f"/deployments/{deployment_id}/instances/{instance_id}"
    try:
        await web.api.patch(path, {"config": config})
    except ApiFailure as failure:
        refuse_forbidden(failure)
        return await _instance_page(web, deployment_id, instance_id, status=failure.status, form=form,
                                    values=values, errors=errors_of(failure, strip="config."), error=failure.message)
    return web.redirect(path, say=say)


@router.post("/instances/{instance_id}/overrides")
async def overrides(web: SignedIn, deployment_id: UUID, instance_id: UUID) -> Response:
    values = text_values(await web.form(), *OVERRIDE_FIELDS)
    instance = await web.api.get(f"/deployments/{deployment_id}/instances/{instance_id}")
    current = override_values(instance["image"]["config"])
    config, refused = override_body(values)
    if refused:
        return await _instance_page(web, deployment_id, instance_id, status=422, form="overrides", values=values,
                                    errors=refused, error="Some fields need another look.")
    # Only what the form changes becomes an override: the rest keeps following the image's config.
    changed = {name: config[name] for name in OVERRIDE_FIELDS if values[name] != current[name]}
    if not changed:
        return web.redirect(f"/deployments/{deployment_id}/instances/{instance_id}", say="Nothing changed.")
    return await _patch(web, deployment_id, instance_id, changed, form="overrides", values=values,
                        say=f"Saved: {', '.join(changed)}. The next start runs with them.")


@router.post("/instances/{instance_id}/secrets")
async def secrets(web: SignedIn, deployment_id: UUID, instance_id: UUID) -> Response:
    form = await web.form()
    base = f"/deployments/{deployment_id}/instances/{instance_id}"
    instance = await web.api.get(base)
    have = (await web.api.get(f"{base}/secrets"))["keys"]
    body = secrets_body(form, secret_rows(instance["image"]["config"], have))
    if not body:
        return web.redirect(base, say="No secret value given: nothing changed.")
    # The values are never put back in a form: a refusal names the key, and the values are typed again.
    return await _patch(web, deployment_id, instance_id, {"secrets": body}, form="secrets", values={},
                        say=f"Secret values saved for {', '.join(s['key'] for s in body)}.")


@router.post("/token")
async def create_token(web: SignedIn, deployment_id: UUID) -> Response:
    values = form_values(await web.form(), "name", "expirationInDays")
    body: dict[str, Any] = {"name": values["name"]}
    days = values["expirationInDays"]
    if days:
        body["expirationInDays"] = int(days) if days.isdigit() else days  # the API names any other value
    try:
        created = await web.api.put(f"/deployments/{deployment_id}/token", body)
    except ApiFailure as failure:
        refuse_forbidden(failure)
        return await show_deployment(web, deployment_id, status=failure.status, form="token", values=values,
                                      errors=errors_of(failure), error=failure.message)
    deployment = await web.api.get(f"/deployments/{deployment_id}")
    # The token exists only in this answer: rendered here, never redirected with, and kept out of caches.
    response = web.page("deployments/token_created.html", status=201, token=created, deployment=deployment)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/token/revoke")
async def revoke_form(web: SignedIn, deployment_id: UUID) -> Response:
    deployment = await web.api.get(f"/deployments/{deployment_id}")
    if deployment["tokenName"] is None:
        return web.redirect(f"/deployments/{deployment_id}", say="It has no token to revoke.")
    return web.page("deployments/token_revoke.html", deployment=deployment)


@router.post("/token/revoke")
async def revoke(web: SignedIn, deployment_id: UUID) -> Response:
    await web.form()
    deployment = await web.api.get(f"/deployments/{deployment_id}")
    if deployment["tokenName"] is None:
        return web.redirect(f"/deployments/{deployment_id}", say="It has no token to revoke.")
    await web.api.delete(f"/deployments/{deployment_id}/token")
    return web.redirect(f"/deployments/{deployment_id}",
                        say=f"Token “{deployment['tokenName']}” revoked: its curl line no longer starts "
                            f"{deployment['prefix']}.")
