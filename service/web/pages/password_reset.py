"""The page of a create_invite link (`/reset?token=`): anyone holding the link sets the account's password."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import Anyone

router = APIRouter(prefix="/reset")


@router.get("")
async def reset_form(web: Anyone, token: str = "") -> Response:
    return web.page("reset/form.html", token=token, errors={}, error=None)


@router.post("")
async def reset(web: Anyone) -> Response:
    form = await web.form()
    token = str(form.get("token") or "")
    try:
        await web.api.post("/auth/password_reset", {"resetToken": token, "password": str(form.get("password") or "")})
    except ApiFailure as failure:
        return web.page("reset/form.html", status=failure.status, token=token, errors=failure.fields,
                        error=failure.message)
    return web.redirect("/signin", say="Your password is set: sign in with it.")
