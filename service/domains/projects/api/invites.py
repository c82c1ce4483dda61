"""Project invitations (seed 003): made by project admins, read in public by token, accepted by a user."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Response, status

from service.api.deps import CurrentUser, PublicBase, SettingsBox
from service.core.audit import AuditTarget, note
from service.core.schemas import error_responses
from service.domains.projects import access as projects
from service.domains.projects import invites
from service.domains.projects.models import ProjectInvite, ProjectRole
from service.domains.projects.schemas import (
    InviteCreate,
    InviteCreated,
    InviteOut,
    InvitePublic,
    MyProjectInvite,
    ProjectMemberOut,
)

router = APIRouter(tags=["invites"])


@router.get("/projects/{project_id}/invites", response_model=list[InviteOut],
            responses=error_responses(401, 403, 404, 422), summary="Pending invitations (project admins)")
async def list_invites(project_id: UUID, user: CurrentUser) -> list[InviteOut]:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    return [InviteOut.model_validate(i) for i in await ProjectInvite.filter(project=project).order_by("created_at")]


@router.post("/projects/{project_id}/invites", status_code=status.HTTP_201_CREATED, response_model=InviteCreated,
             responses=error_responses(401, 403, 404, 409, 422), summary="Invite someone by email (project admins)")
async def create_invite(project_id: UUID, body: InviteCreate, user: CurrentUser, box: SettingsBox,
                        base: PublicBase) -> InviteCreated:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    invite, token, delivery = await invites.invite(project, email=str(body.email), role=ProjectRole(body.role),
                                                   by=user, box=box, base=base)
    return InviteCreated(**InviteOut.model_validate(invite).model_dump(), token=token,
                         link=invites.link(base, token), email_sent=delivery.sent, email_error=delivery.error)


@router.delete("/projects/{project_id}/invites/{invite_id}", status_code=status.HTTP_204_NO_CONTENT,
               response_class=Response, responses=error_responses(401, 403, 404, 422),
               summary="Withdraw an invitation (project admins)")
async def delete_invite(project_id: UUID, invite_id: UUID, user: CurrentUser) -> Response:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    await invites.revoke(project, invite_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/invites/{token}", response_model=InvitePublic, responses=error_responses(404, 422),
            summary="What an invitation offers: the project's name and the role, nothing more (public)")
async def show_invite(token: str) -> InvitePublic:
    invite = await invites.by_token(token)
    return InvitePublic(project_name=invite.project.display_name or invite.project.name, role=invite.role.value,
                        expires_at=invite.expires_at)


@router.post("/invites/{token}/accept", response_model=ProjectMemberOut, responses=error_responses(401, 404, 422),
             summary="Accept an invitation as the logged-in user; the answer names the project (projectId)")
async def accept_invite(token: str, user: CurrentUser) -> ProjectMemberOut:
    member = await invites.accept(await invites.by_token(token), user)
    note(AuditTarget.of("member", member))  # the path's token is a secret: never the target
    await member.fetch_related("user", "group")
    return ProjectMemberOut.of(member)


@router.get("/me/invites", response_model=list[MyProjectInvite], responses=error_responses(401),
            summary="Invitations to projects sent to my email address")
async def my_invites(user: CurrentUser) -> list[MyProjectInvite]:
    return [MyProjectInvite(id=i.id, project_id=i.project.id, project_name=i.project.display_name or i.project.name,
                            role=i.role.value, expires_at=i.expires_at) for i in await invites.for_user(user)]
