"""Services: the list, the create form (a git repository, an image or a repository's Dockerfile as the source; a
webhook secret shown once on the answer), a service's page (status, source, releases with rollback, builds with their
tasks, power, deploy again, the edit form that redeploys, its names on the domains), its live journal (an image
or Dockerfile service has none: the page says why), its deletion through a confirmation page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.domains.services.api import service_logstream
from service.domains.services.secrets import secrets_of
from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages.choices import first_hundred, placement_options
from service.web.pages.service_forms import (
    BUILDERS,
    CREATE_DEFAULTS,
    CREATE_FIELDS,
    EDIT_FIELDS,
    SOURCE_TYPES,
    TYPES,
    Refused,
    create_body,
    edit_values,
    errors_of,
    name_rows,
    names_form,
    update_body,
)

router = APIRouter()

PER_PAGE = 25
POWER = {"start": "Starting", "stop": "Stopping", "restart": "Restarting"}


async def _databases(web: SignedIn, projects: list[dict[str, Any]], **params: Any) -> list[tuple[str, str]]:
    """(id, "project / name (type)") of the databases a service may link, in the projects given."""
    found: list[tuple[str, str]] = []
    for project in projects:
        for database in await first_hundred(web, "/databases", projectId=project["id"], **params):
            found.append((database["id"], f"{project['name']} / {database['name']} ({database['type']})"))
    return found


async def _repositories(web: SignedIn, provider_id: str) -> tuple[list[dict[str, Any]], str | None]:
    """The provider's repositories (its first 100) for the repository field's suggestions, or why not."""
    if not provider_id:
        return [], None
    try:
        return (await web.api.get(f"/git/providers/{provider_id}/repositories", per_page=100))["items"], None
    except ApiFailure as failure:
        return [], failure.message


async def _registries(web: SignedIn) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The caller's teams' registries, and the registry select's options (none: a public image)."""
    found = await first_hundred(web, "/registries")
    return found, [("", "None (a public image)"), *_registry_options(found)]


def _registry_options(registries: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["id"], f"{r['name']} ({r['url']})") for r in registries]


def _push_registries(registries: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The Dockerfile registry select's options: one is required (the API names the field when none is chosen)."""
    return [("", "Choose the registry the built image is pushed to"), *_registry_options(registries)]


async def _create_form(web: SignedIn, *, status: int = 200, values: Mapping[str, str],
                       errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    projects = [p for p in await first_hundred(web, "/projects") if p["role"] != "viewer"]
    providers = await first_hundred(web, "/git/providers")
    repositories, repositories_error = await _repositories(web, values.get("gitProviderId", ""))
    nodes = await first_hundred(web, "/nodes")
    found, registries = await _registries(web)
    return web.page("services/new.html", status=status, values=values, errors=errors or {}, error=error,
                    registries=registries, push_registries=_push_registries(found), source_types=SOURCE_TYPES,
                    placements=await placement_options(web, projects), databases=await _databases(web, projects),
                    providers=[("", "None (a public repository)"),
                               *((p["id"], f"{p['name']} ({p['type']}, {p['account']})") for p in providers)],
                    nodes=[("", "The project's default node"),
                           *((n["id"], f"{n['name']} ({n['status']})") for n in nodes)],
                    repositories=repositories, repositories_error=repositories_error, types=TYPES,
                    builders=BUILDERS)


@router.get("/services")
async def service_list(web: SignedIn, project_id: Annotated[UUID | None, Query(alias="projectId")] = None,
                       type: Annotated[str | None, Query(max_length=16)] = None,
                       search: Annotated[str | None, Query(max_length=100)] = None,
                       page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    listing = await web.api.get("/services", projectId=project_id, type=type, search=search, page=page,
                                per_page=PER_PAGE)
    projects = {p["id"]: p for p in await first_hundred(web, "/projects")}
    environments: dict[str, str] = {}
    for shown in {s["projectId"] for s in listing["items"] if s["projectId"] in projects}:
        for environment in await web.api.get(f"/projects/{shown}/environments"):
            environments[environment["id"]] = environment["name"]
    kept = {key: value for key, value in (("projectId", project_id), ("type", type), ("search", search)) if value}
    base = f"/services?{urlencode(kept)}&" if kept else "/services?"
    return web.page("services/list.html", listing=listing, projects=projects, environments=environments,
                    types=[value for value, _ in TYPES], base=base,
                    filters={"projectId": str(project_id or ""), "type": type or "", "search": search or ""})


@router.get("/services/new")
async def new_service_form(web: SignedIn, provider: Annotated[str, Query(alias="gitProviderId", max_length=64)] = "",
                           placement: Annotated[str, Query(max_length=100)] = "") -> Response:
    return await _create_form(web, values={**CREATE_DEFAULTS, "gitProviderId": provider,
                                           "placement": placement})


@router.post("/services")
async def create_service(web: SignedIn) -> Response:
    form = await web.form()
    values = {**form_values(form, *CREATE_FIELDS), "links": form.getlist("links")}
    project_id, _, environment_id = values["placement"].partition("/")
    try:
        body = create_body(values, environment_id)
    except Refused as refused:
        return await _create_form(web, status=422, values=values, errors=refused.errors, error=str(refused))
    try:
        if not project_id:
            raise ApiFailure(422, {"error": "Choose a project and environment",
                                   "details": [{"field": "placement", "message": "required"}]})
        made = await web.api.post(f"/projects/{project_id}/services", body)
    except ApiFailure as failure:
        return await _create_form(web, status=failure.status, values=values,
                                  errors=errors_of(failure, values["sourceType"]), error=failure.message)
    # The secret is shown on this answer only: never in a redirect, a flash or a cache.
    response = web.page("services/created.html", status=201, service=made,
                        webhook=str(web.request.base_url).rstrip("/") + made["webhookUrl"])
    response.headers["Cache-Control"] = "no-store"
    return response


async def _service_page(web: SignedIn, service_id: UUID, *, status: int = 200,
                        values: Mapping[str, Any] | None = None, errors: Mapping[str, str] | None = None,
                        error: str | None = None, names: Mapping[str, Any] | None = None) -> Response:
    assert web.user is not None
    service = await web.api.get(f"/services/{service_id}")
    project = environment = None
    if service["projectId"]:
        project = await web.api.get(f"/projects/{service['projectId']}")
        environment = next((e for e in await web.api.get(f"/projects/{service['projectId']}/environments")
                            if e["id"] == service["environmentId"]), None)
    manage = project["role"] != "viewer" if project else web.user.is_admin
    releases = await web.api.get(f"/services/{service_id}/releases", per_page=20)
    builds = await web.api.get("/builds", serviceId=service_id, per_page=20)
    providers = await first_hundred(web, "/git/providers")
    provider = next((p for p in providers if p["id"] == service["source"]["gitProviderId"]), None)
    linkable = await _databases(web, [project], environmentId=service["environmentId"]) if project else []
    titles = dict(linkable)
    domains = [(d["domain"], d["domain"]) for d in (await web.api.get("/domains"))["domains"]] \
        if service["type"] == "web" else []
    registries, registry_options = await _registries(web)
    registry = next((r for r in registries if r["id"] == service["source"]["registryId"]), None)
    if names is None:
        names = names_form([{"location": d["location"], "domain": d["domain"]} for d in service["domains"]])
    return web.page("services/detail.html", status=status, service=service, project=project,
                    environment=environment, manage=manage, releases=releases, builds=builds, provider=provider,
                    links=[(link, titles.get(link, link)) for link in service["links"]], domains=domains, names=names,
                    linkable=linkable, builders=BUILDERS, registry=registry, registries=registry_options,
                    push_registries=_push_registries(registries),
                    providers=[("", "None (a public repository)"),
                               *((p["id"], f"{p['name']} ({p['type']}, {p['account']})") for p in providers)],
                    values=values if values is not None else edit_values(service), errors=errors or {},
                    error=error)


@router.get("/services/{service_id}")
async def service_page(web: SignedIn, service_id: UUID) -> Response:
    return await _service_page(web, service_id)


@router.post("/services/{service_id}/edit")
async def edit_service(web: SignedIn, service_id: UUID) -> Response:
    form = await web.form()
    values = {**form_values(form, *EDIT_FIELDS), "links": form.getlist("links")}
    service = await web.api.get(f"/services/{service_id}")
    try:
        body = update_body(values, service)
        answer = await web.api.put(f"/services/{service_id}", body)
    except Refused as refused:
        return await _service_page(web, service_id, status=422, values=values, errors=refused.errors,
                                   error=str(refused))
    except ApiFailure as failure:
        return await _service_page(web, service_id, status=failure.status, values=values,
                                   errors=errors_of(failure, service["source"]["type"]), error=failure.message)
    say = (f"Saved {answer['name']}; redeploying it: task #{answer['taskId']}." if answer["buildId"] else
           f"Nothing changed in {answer['name']}.")
    return web.redirect(f"/services/{service_id}", say=say)


async def _started(web: SignedIn, service_id: UUID, path: str, body: Any, doing: str) -> Response:
    """Start an action; back on the service's page, naming its task or why it was refused."""
    back = f"/services/{service_id}"
    try:
        answer = await web.api.post(path, body)
    except ApiFailure as failure:
        return web.redirect(back, say=f"Refused: {failure.message}")
    return web.redirect(back, say=f"{doing}: task #{answer['taskId']}.")


@router.post("/services/{service_id}/deploy")
async def deploy_again(web: SignedIn, service_id: UUID) -> Response:
    await web.form()
    return await _started(web, service_id, "/builds", {"serviceId": str(service_id)}, "Deploying again")


@router.post("/services/{service_id}/rollback")
async def rollback(web: SignedIn, service_id: UUID) -> Response:
    release = str((await web.form()).get("releaseId") or "")
    return await _started(web, service_id, f"/services/{service_id}/rollback",
                          {"releaseId": release or None}, "Rolling back")


@router.post("/services/{service_id}/builds/{build_id}/cancel")
async def cancel_build(web: SignedIn, service_id: UUID, build_id: UUID) -> Response:
    await web.form()
    back = f"/services/{service_id}"
    try:
        await web.api.post(f"/builds/{build_id}/cancel")
    except ApiFailure as failure:
        return web.redirect(back, say=f"Refused: {failure.message}")
    return web.redirect(back, say="Cancelling the build.")


@router.post("/services/{service_id}/domains")
async def set_names(web: SignedIn, service_id: UUID) -> Response:
    """The service's names: saved, they are applied to its node's edge (DNS records, routes, certificates) by one
    task, whose page follows; nothing changed, back to the service."""
    rows = name_rows(await web.form())
    try:
        answer = await web.api.put(f"/services/{service_id}/domains", {"domains": rows})
    except ApiFailure as failure:
        if failure.status == 404:
            raise
        return await _service_page(web, service_id, status=failure.status,
                                   names=names_form(rows, failure.fields, failure.message))
    if answer["taskId"] is None:
        return web.redirect(f"/services/{service_id}", say="The names are as they were: nothing to apply.")
    listed = ", ".join(name["fqdn"] for name in answer["domains"]) or "no names"
    return web.redirect(f"/tasks/{answer['taskId']}",
                        say=f"Names saved ({listed}); applying the edge: task #{answer['taskId']}.")


@router.get("/services/{service_id}/delete")
async def delete_form(web: SignedIn, service_id: UUID) -> Response:
    return web.page("services/delete.html", service=await web.api.get(f"/services/{service_id}"), values={},
                    errors={}, error=None)


@router.post("/services/{service_id}/delete")
async def delete(web: SignedIn, service_id: UUID) -> Response:
    values = form_values(await web.form(), "confirm")
    service = await web.api.get(f"/services/{service_id}")
    if values["confirm"] != service["name"]:
        return web.page("services/delete.html", status=422, service=service, values=values,
                        errors={"confirm": f"Type {service['name']} to confirm."}, error=None)
    try:
        answer = await web.api.delete(f"/services/{service_id}")
    except ApiFailure as failure:
        return web.page("services/delete.html", status=failure.status, service=service, values=values,
                        errors=errors_of(failure), error=failure.message)
    return web.redirect("/services", say=f"Deleting {service['name']}: task #{answer['taskId']}." if answer else
                        f"Deleted {service['name']}.")


@router.get("/services/{service_id}/logs")
async def logs_page(web: SignedIn, service_id: UUID) -> Response:
    service = await web.api.get(f"/services/{service_id}")
    unreadable = None
    if service["source"]["type"] in ("image", "dockerfile"):
        # The API says why (409 not_supported): asked only for an image or Dockerfile service, which it answers
        # without reaching the guest; a git service's journal is read by the stream below.
        try:
            await web.api.get(f"/services/{service_id}/logs")
        except ApiFailure as failure:
            unreadable = failure.message
    return web.page("services/logs.html", service=service, unreadable=unreadable)


@router.get("/services/{service_id}/logstream-web")
async def log_stream(web: SignedIn, service_id: UUID, after: Annotated[int, Query(ge=0, le=10**9)] = 0) -> Response:
    """The API's live stream of the app's journal, for the signed-in browser (EventSource sends cookies, not bearer
    tokens): the last 100 lines, then each new one. `after` is what the page's script sends; unused here."""
    assert web.user is not None
    return await service_logstream(service_id, web.user, secrets_of(web.request.app.state), lines=100)


# After the named POST routes above: start, stop, restart.
@router.post("/services/{service_id}/{action}")
async def power(web: SignedIn, service_id: UUID, action: str) -> Response:
    await web.form()
    if action not in POWER:
        return web.redirect(f"/services/{service_id}", say=f"No action {action!r}.")
    return await _started(web, service_id, f"/services/{service_id}/{action}", None, f"{POWER[action]} the service")
