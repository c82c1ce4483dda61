"""Mail (administrators): every domain's mail at a glance; a domain's settings, a form each whose change is a
mailSetup task; its records' status; its mailboxes (search, paging, add, change, aliases, removal through a
confirmation page); the mail server's last log lines. Errors stand beside the field the API names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query
from starlette.datastructures import FormData
from starlette.responses import Response

from service.domains.mail.relay import PROVIDERS
from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages.choices import first_hundred

router = APIRouter(prefix="/mail")

DomainName = Annotated[str, Path(max_length=253, pattern=r"^[a-z0-9][a-z0-9.-]*$")]
MailboxName = Annotated[str, Path(max_length=64, pattern=r"^[A-Za-z0-9._-]+$")]
PER_PAGE = 20
LOG_LINES = (50, 100, 500, 1000)
RELAYS = {"cloudron-smtp": "Direct: delivered to each recipient's MX", "noop": "None: mail stays on this instance",
          "external-smtp": "Another SMTP server, with a login", "external-smtp-noauth": "Another SMTP server, no login",
          "ses-smtp": "Amazon SES", "elasticemail-smtp": "Elastic Email", "google-smtp": "Google Workspace relay",
          "mailgun-smtp": "Mailgun", "mailjet-smtp": "Mailjet", "postmark-smtp": "Postmark",
          "sendgrid-smtp": "SendGrid", "sparkpost-smtp": "SparkPost"}
RELAY_FIELDS = ("provider", "host", "port", "username")
MAILBOX_FIELDS = ("owner", "storageQuotaMb", "active")
# The settings forms of a domain's page: the route each posts to, the fields shown beside their control.
FORMS = {"enable": ("enabled", "nodeId"), "mail_from_validation": ("enabled",), "catch_all": ("addresses",),
         "relay": (*RELAY_FIELDS, "password", "acceptSelfSignedCerts"), "banner": ("text", "html"),
         "send_test_mail": ("to",)}
SAID = {"enable": "Incoming mail", "mail_from_validation": "Mail-from validation", "catch_all": "The catch-all",
        "relay": "The relay", "banner": "The banner"}


def relay_options() -> list[tuple[str, str]]:
    """The relay providers for the form's select, each named with its preset host and port."""
    return [(name, RELAYS.get(name, name) + (f" ({preset.host}:{preset.port})" if preset and preset.host else ""))
            for name, preset in PROVIDERS.items()]


def _folded(fields: Mapping[str, str], prefix: str, label: str) -> dict[str, str]:
    """`addresses.1` or `aliases.0.name` beside the one control of the list they belong to."""
    errors: dict[str, str] = {}
    for name, message in fields.items():
        if name.startswith(prefix + "."):
            index = name.split(".")[1]
            which = f"{label} {int(index) + 1}: " if index.isdigit() else ""
            errors[prefix] = "; ".join(filter(None, (errors.get(prefix), which + message)))
        elif name in ("ownerId", "ownerType"):
            errors.setdefault("owner", message)
        else:
            errors.setdefault(name, message)
    return errors


def _words(text: str) -> list[str]:
    return [word for word in text.replace(",", " ").split() if word]


def _number(text: str) -> int | str | None:
    # A blank number is left out; anything else goes as typed, so the API names it when it is not one.
    return None if not text else int(text) if text.isdigit() else text


@router.get("")
async def mail_list(web: SignedIn) -> Response:
    assert web.user is not None
    if not web.user.is_admin:
        raise ApiFailure(403, {"error": "Only administrators of this instance manage mail", "code": "forbidden"})
    domains = (await web.api.get("/domains"))["domains"]
    rows, server = [], None
    for domain in domains:
        mail = await web.api.get(f"/mail/{domain['domain']}")
        count = (await web.api.get(f"/mail/{domain['domain']}/mailbox_count"))["count"]
        rows.append({"mail": mail, "count": count})
        server = server or {"status": mail["serverStatus"], "message": mail["serverMessage"]}
    return web.page("mail/list.html", rows=rows, server=server)


@router.get("/logs")
async def log_page(web: SignedIn, lines: Annotated[int, Query(ge=1, le=10_000)] = 100) -> Response:
    """The mail server's last lines; before its first setup (409) or when its guest does not answer, why not."""
    answer, failure = None, None
    try:
        answer = await web.api.get("/mail/logs", lines=lines)
    except ApiFailure as refused:
        if refused.status in (401, 403):
            raise
        failure = refused
    return web.page("mail/logs.html", answer=answer, failure=failure, lines=lines, choices=LOG_LINES)


async def _status(web: SignedIn, domain: str, mail: dict[str, Any]) -> tuple[dict | None, str | None]:
    if not mail["configured"]:
        return None, None
    try:
        return await web.api.get(f"/mail/{domain}/status"), None
    except ApiFailure as failure:
        if failure.status in (401, 403, 404):
            raise
        return None, failure.message


def _values(mail: dict[str, Any]) -> dict[str, dict[str, str]]:
    relay, banner = mail["relay"], mail["banner"]
    # Only what differs from the provider's preset is filled in, so choosing another provider takes its own.
    preset = PROVIDERS.get(relay["provider"])
    own = {"host": relay["host"] if preset and relay["host"] != preset.host else "",
           "port": str(relay["port"]) if preset and relay["port"] != preset.port else "",
           "username": relay["username"] if preset and relay["username"] != preset.username else ""}
    return {"enable": {"enabled": "true" if mail["enabled"] else "false", "nodeId": ""},
            "mail_from_validation": {"enabled": "true" if mail["mailFromValidation"] else "false"},
            "catch_all": {"addresses": ", ".join(mail["catchAll"])},
            "relay": {"provider": relay["provider"], **own,
                      "acceptSelfSignedCerts": "true" if relay["acceptSelfSignedCerts"] else ""},
            "banner": {"text": banner["text"], "html": banner["html"]}, "send_test_mail": {"to": ""}}


async def _detail(web: SignedIn, domain: str, *, status: int = 200, refused: str | None = None,
                  values: Mapping[str, str] | None = None, failure: ApiFailure | None = None,
                  task: int | None = None) -> Response:
    mail = await web.api.get(f"/mail/{domain}")
    dns, dns_error = await _status(web, domain, mail)
    forms = {name: {"values": shown, "errors": {}, "error": None} for name, shown in _values(mail).items()}
    if refused and failure is not None:
        forms[refused] = {"values": dict(values or {}), "error": failure.message,
                          "errors": _folded(failure.fields, "addresses", "address")}
    nodes = [(node["id"], node["name"]) for node in await first_hundred(web, "/nodes")] \
        if mail["serverStatus"] == "none" else []
    count = (await web.api.get(f"/mail/{domain}/mailbox_count"))["count"]
    return web.page("mail/detail.html", status=status, mail=mail, dns=dns, dns_error=dns_error, forms=forms,
                    shown=FORMS, nodes=nodes, relays=RELAYS,
                    relay_options=relay_options(), count=count, task=task)


@router.get("/{domain}")
async def domain_page(web: SignedIn, domain: DomainName,
                      task: Annotated[int | None, Query(ge=1)] = None) -> Response:
    """A domain's mail; `task` is the run a change just started, linked at the top."""
    return await _detail(web, domain, task=task)


def _body(which: str, values: Mapping[str, str], form: FormData) -> dict[str, Any]:
    if which in ("enable", "mail_from_validation"):
        body: dict[str, Any] = {"enabled": values["enabled"] == "true"}
        if which == "enable" and values.get("nodeId"):
            body["nodeId"] = values["nodeId"]
        return body
    if which == "catch_all":
        return {"addresses": _words(values["addresses"])}
    if which == "banner":
        return {"text": values["text"], "html": values["html"]}
    if which == "send_test_mail":
        return {"to": values["to"]}
    body = {"provider": values["provider"], "host": values["host"] or None, "port": _number(values["port"]),
            "username": values["username"] or None, "acceptSelfSignedCerts": bool(values["acceptSelfSignedCerts"])}
    if password := str(form.get("password") or ""):  # write-only: left empty, the stored one stays
        body["password"] = password
    return body


async def _change(web: SignedIn, domain: str, setting: str) -> Response:
    """One settings form: applied by the task it starts (a test message: off to its task's page)."""
    form = await web.form()
    values = dict(form_values(form, *(name for name in FORMS[setting] if name != "password")))
    try:
        answer = await web.api.post(f"/mail/{domain}/{setting}", _body(setting, values, form))
    except ApiFailure as failure:
        if failure.status in (401, 403, 404):  # not a form to show again: the page says so
            raise
        return await _detail(web, domain, status=failure.status, refused=setting, values=values, failure=failure)
    task = answer["taskId"]
    if setting == "send_test_mail":
        return web.redirect(f"/tasks/{task}", say=f"Sending a test message to {values['to']}: task #{task}.")
    return web.redirect(f"/mail/{domain}?task={task}", say=f"{SAID[setting]} saved; task #{task} applies it.")


def _setting_route(setting: str) -> Any:
    async def handle(web: SignedIn, domain: DomainName) -> Response:
        return await _change(web, domain, setting)
    handle.__name__ = f"set_{setting}"
    return handle


for _setting in FORMS:  # one route per form, as the API has
    router.add_api_route(f"/{{domain}}/{_setting}", _setting_route(_setting), methods=["POST"])


async def _owners(web: SignedIn) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    users = await first_hundred(web, "/users")
    groups = await first_hundred(web, "/groups")
    return ([(f"user:{user['id']}", user["displayName"] or user["username"]) for user in users],
            [(f"group:{group['id']}", group["name"]) for group in groups])


async def _mailboxes(web: SignedIn, domain: str, *, page: int = 1, search: str = "", status: int = 200,
                     values: Mapping[str, str] | None = None, failure: ApiFailure | None = None) -> Response:
    mail = await web.api.get(f"/mail/{domain}")
    listing = await web.api.get(f"/mail/{domain}/mailboxes", page=page, per_page=PER_PAGE, search=search or None)
    users, groups = await _owners(web)
    shown = dict(values) if values is not None else {"owner": f"user:{web.user.id}" if web.user else "",
                                                      "storageQuotaMb": "0", "active": "true"}
    base = f"/mail/{domain}/mailboxes?" + (f"{urlencode({'search': search})}&" if search else "")
    return web.page("mail/mailboxes.html", status=status, mail=mail, listing=listing, search=search, base=base,
                    users=users, groups=groups, names=dict(users) | dict(groups), values=shown,
                    errors=_folded(failure.fields, "aliases", "alias") if failure else {},
                    error=failure.message if failure else None)


@router.get("/{domain}/mailboxes")
async def mailbox_list(web: SignedIn, domain: DomainName, page: Annotated[int, Query(ge=1, le=100000)] = 1,
                       search: Annotated[str, Query(max_length=100)] = "") -> Response:
    return await _mailboxes(web, domain, page=page, search=search.strip())


def _owner(value: str) -> dict[str, str]:
    kind, _, owner_id = value.partition(":")
    return {"ownerType": kind or "user", "ownerId": owner_id}


def _changed(answer: dict[str, Any], what: str) -> str:
    task = answer.get("taskId")
    return f"{what}; task #{task} applies it." if task else f"{what}; the mail server's next setup applies it."


@router.post("/{domain}/mailboxes")
async def add_mailbox(web: SignedIn, domain: DomainName) -> Response:
    form = await web.form()
    values = dict(form_values(form, "name", *MAILBOX_FIELDS))
    body = {"name": values["name"], **_owner(values["owner"]), "password": str(form.get("password") or ""),
            "storageQuotaMb": _number(values["storageQuotaMb"]) or 0, "active": values["active"] == "true"}
    try:
        answer = await web.api.post(f"/mail/{domain}/mailboxes", body)
    except ApiFailure as failure:
        if failure.status in (401, 403, 404):
            raise
        return await _mailboxes(web, domain, status=failure.status, values=values, failure=failure)
    where = f"/mail/{domain}/mailboxes/{answer['name']}"
    return web.redirect(where, say=_changed(answer, f"Added {answer['name']}@{domain}"))


async def _mailbox(web: SignedIn, domain: str, name: str, *, status: int = 200, refused: str | None = None,
                   values: Mapping[str, str] | None = None, failure: ApiFailure | None = None) -> Response:
    mailbox = await web.api.get(f"/mail/{domain}/mailboxes/{name}")
    users, groups = await _owners(web)
    owner = f"{mailbox['ownerType']}:{mailbox['ownerId']}"
    if owner not in dict(users) | dict(groups):  # past the lists' first hundred: still the form's choice
        (users if mailbox["ownerType"] == "user" else groups).append((owner, mailbox["ownerId"]))
    forms: dict[str, dict[str, Any]] = {
        "change": {"values": {"owner": owner,
                              "storageQuotaMb": str(mailbox["storageQuotaMb"]),
                              "active": "true" if mailbox["active"] else "false"}, "errors": {}, "error": None},
        "aliases": {"values": {"aliases": ", ".join(f"{alias['name']}@{alias['domain']}"
                                                    for alias in mailbox["aliases"])}, "errors": {}, "error": None}}
    if refused and failure is not None:
        forms[refused] = {"values": dict(values or {}), "error": failure.message,
                          "errors": _folded(failure.fields, "aliases", "alias")}
    return web.page("mail/mailbox.html", status=status, mailbox=mailbox, domain=domain, forms=forms, users=users,
                    groups=groups, names=dict(users) | dict(groups))


@router.get("/{domain}/mailboxes/{name}")
async def mailbox_page(web: SignedIn, domain: DomainName, name: MailboxName) -> Response:
    return await _mailbox(web, domain, name)


@router.post("/{domain}/mailboxes/{name}")
async def change_mailbox(web: SignedIn, domain: DomainName, name: MailboxName) -> Response:
    """Owner, quota and state; the password only when one is typed (it is never shown)."""
    form = await web.form()
    values = dict(form_values(form, *MAILBOX_FIELDS))
    body: dict[str, Any] = {**_owner(values["owner"]), "storageQuotaMb": _number(values["storageQuotaMb"]) or 0,
                            "active": values["active"] == "true"}
    if password := str(form.get("password") or ""):
        body["password"] = password
    where = f"/mail/{domain}/mailboxes/{name}"
    try:
        answer = await web.api.put(f"/mail/{domain}/mailboxes/{name}", body)
    except ApiFailure as failure:
        if failure.status in (401, 403, 404):
            raise
        return await _mailbox(web, domain, name, status=failure.status, refused="change", values=values,
                              failure=failure)
    return web.redirect(where, say=_changed(answer, f"Saved {name}@{domain}"))


def _aliases(text: str, domain: str) -> list[dict[str, str]]:
    aliases = []
    for word in _words(text):
        local, at, other = word.rpartition("@")
        aliases.append({"name": local, "domain": other} if at else {"name": word, "domain": domain})
    return aliases


@router.post("/{domain}/mailboxes/{name}/aliases")
async def set_aliases(web: SignedIn, domain: DomainName, name: MailboxName) -> Response:
    form = await web.form()
    values = dict(form_values(form, "aliases"))
    try:
        answer = await web.api.put(f"/mail/{domain}/mailboxes/{name}/aliases",
                                   {"aliases": _aliases(values["aliases"], domain)})
    except ApiFailure as failure:
        if failure.status in (401, 403, 404):
            raise
        return await _mailbox(web, domain, name, status=failure.status, refused="aliases", values=values,
                              failure=failure)
    where = f"/mail/{domain}/mailboxes/{name}"
    what = f"{len(answer['aliases'])} alias{'es' if len(answer['aliases']) != 1 else ''} saved for {name}@{domain}"
    return web.redirect(where, say=_changed(answer, what))


@router.get("/{domain}/mailboxes/{name}/delete")
async def delete_form(web: SignedIn, domain: DomainName, name: MailboxName) -> Response:
    mailbox = await web.api.get(f"/mail/{domain}/mailboxes/{name}")
    return web.page("mail/mailbox_delete.html", mailbox=mailbox, error=None)


@router.post("/{domain}/mailboxes/{name}/delete")
async def delete(web: SignedIn, domain: DomainName, name: MailboxName) -> Response:
    await web.form()
    try:
        answer = await web.api.delete(f"/mail/{domain}/mailboxes/{name}")
    except ApiFailure as failure:
        if failure.status in (401, 403, 404):
            raise
        mailbox = await web.api.get(f"/mail/{domain}/mailboxes/{name}")
        return web.page("mail/mailbox_delete.html", status=failure.status, mailbox=mailbox, error=failure.message)
    where = f"/mail/{domain}/mailboxes"
    return web.redirect(where, say=_changed(answer or {}, f"Removed {name}@{domain}"))
