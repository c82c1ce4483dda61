"""Notifications (seed 001 `/api/{teamSlug}/notifications`): a team's members read them, its owners and admins change
them; the url is write-only (shown masked), a generic webhook's signing secret is shown once."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Query, Response, status

from service.api.deps import CurrentUser, SettingsBox
from service.core.audit import AuditTarget, note
from service.core.paging import PagingDep
from service.core.schemas import Page, error_responses
from service.domains.notifications import delivering, registry
from service.domains.notifications.models import Delivery, DeliveryStatus
from service.domains.notifications.schemas import (
    DeliveryOut,
    NotificationCreate,
    NotificationCreated,
    NotificationOut,
    NotificationUpdate,
    SigningSecret,
    TestOutcome,
)

team_router = APIRouter(prefix="/teams/{team_id}/notifications", tags=["notifications"])
router = APIRouter(prefix="/notifications", tags=["notifications"])
SEEN = error_responses(401, 404, 422)
CHANGE = error_responses(401, 403, 404, 409, 422)


@team_router.get("", response_model=Page[NotificationOut], responses=SEEN, summary="The team's notifications")
async def list_notifications(team_id: UUID, user: CurrentUser, paging: PagingDep,
                             box: SettingsBox) -> Page[NotificationOut]:
    await registry.team_access(team_id, user, manage=False)
    query = registry.team_notifications(team_id, search=paging.search)
    total = await query.count()
    found = await query.order_by("name", "id").offset(paging.offset).limit(paging.per_page)
    return Page[NotificationOut](items=[registry.out(box, n) for n in found], total=total, page=paging.page,
                                 per_page=paging.per_page)


@team_router.post("", status_code=status.HTTP_201_CREATED, response_model=NotificationCreated, responses=CHANGE,
                  summary="Add a notification (team owners and admins)")
async def create_notification(team_id: UUID, body: NotificationCreate, user: CurrentUser,
                              box: SettingsBox) -> NotificationCreated:
    """`url` for every type but email (http or https), `recipients` for email; a generic webhook's signing
    secret is in this answer only."""
    notification, secret = await registry.create(box, user, team_id=team_id, body=body)
    note(AuditTarget.of("notification", notification))
    return NotificationCreated(**registry.out(box, notification).model_dump(), signing_secret=secret)


@router.get("/{notification_id}", response_model=NotificationOut, responses=SEEN, summary="Get a notification")
async def get_notification(notification_id: UUID, user: CurrentUser, box: SettingsBox) -> NotificationOut:
    return registry.out(box, await registry.visible(notification_id, user))


@router.put("/{notification_id}", response_model=NotificationOut, responses=CHANGE,
            summary="Change a notification (team owners and admins); a url left out is kept")
async def update_notification(notification_id: UUID, body: NotificationUpdate, user: CurrentUser,
                              box: SettingsBox) -> NotificationOut:
    notification = await registry.visible(notification_id, user, manage=True)
    note(AuditTarget.of("notification", notification))
    return registry.out(box, await registry.update(box, notification, body=body))


@router.delete("/{notification_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=CHANGE, summary="Delete a notification and its deliveries")
async def delete_notification(notification_id: UUID, user: CurrentUser) -> Response:
    notification = await registry.visible(notification_id, user, manage=True)
    note(AuditTarget.of("notification", notification))
    await notification.delete()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{notification_id}/test", status_code=status.HTTP_202_ACCEPTED, response_model=TestOutcome,
             responses=CHANGE, summary="Send a test message now and answer how it went (one try)")
async def test_notification(notification_id: UUID, user: CurrentUser, box: SettingsBox) -> TestOutcome:
    """The answer comes once the try ends, within the per-call timeout: `delivered`, or `failed` with the
    receiver's status and the error. An email notification needs the instance's SMTP setting (else 409)."""
    notification = await registry.visible(notification_id, user, manage=True)
    note(AuditTarget.of("notification", notification))  # refused: the path's notification
    delivery = await delivering.send_test(box, notification, schedule=delivering.Schedule.from_env())
    note(AuditTarget(kind="delivery", id=str(delivery.id), team_id=notification.team_id))  # made: the test delivery
    return TestOutcome.model_validate(delivery)


@router.post("/{notification_id}/signing-secret", response_model=SigningSecret, responses=CHANGE,
             summary="A new signing secret for a generic webhook, shown this once")
async def renew_signing_secret(notification_id: UUID, user: CurrentUser, box: SettingsBox) -> SigningSecret:
    notification = await registry.visible(notification_id, user, manage=True)
    note(AuditTarget.of("notification", notification))
    return SigningSecret(signing_secret=await registry.renew_signing_secret(box, notification))


def _delivery_out(delivery: Delivery, event_types: dict[UUID, str]) -> DeliveryOut:
    return DeliveryOut(id=delivery.id, notification_id=delivery.notification_id, event_id=delivery.event_id,
                       event_type=event_types.get(delivery.event_id) if delivery.event_id else None,
                       test=delivery.test, status=delivery.status, attempts=delivery.attempts,
                       last_status=delivery.last_status, last_error=delivery.last_error,
                       next_attempt_at=delivery.next_attempt_at, delivered_at=delivery.delivered_at,
                       created_at=delivery.created_at)


@router.get("/{notification_id}/deliveries", response_model=Page[DeliveryOut], responses=SEEN,
            summary="The notification's deliveries, newest first")
async def list_deliveries(notification_id: UUID, user: CurrentUser, paging: PagingDep,
                          delivery_status: DeliveryStatus | None = Query(default=None, alias="status"),
                          ) -> Page[DeliveryOut]:
    notification = await registry.visible(notification_id, user)
    query = await registry.deliveries(notification, status=delivery_status)
    total = await query.count()
    found = await query.order_by("-created_at", "-id").offset(paging.offset).limit(paging.per_page) \
        .prefetch_related("event")
    types = {d.event_id: d.event.type for d in found if d.event_id is not None}
    return Page[DeliveryOut](items=[_delivery_out(d, types) for d in found], total=total, page=paging.page,
                             per_page=paging.per_page)
