"""Registration, login (and its throttle), the caller's profile, and the shapes of auth errors."""

from __future__ import annotations

from service.auth.models import User
from tests.factories import PASSWORD, login, register


async def test_first_account_is_the_owner_and_registration_then_closes(client):
    first = await register(client, "founder", displayName="The Founder")
    assert first["role"] == "owner" and first["displayName"] == "The Founder" and first["active"] is True
    assert "password" not in str(first).lower() and "hash" not in str(first).lower()
    closed = await client.post("/api/v1/auth/register",
                               json={"username": "later", "email": "later@example.com", "password": PASSWORD})
    assert closed.status_code == 403
    assert closed.json() == {"error": closed.json()["error"], "code": "registration_closed", "details": None}


async def test_taken_names_and_bad_input_are_refused_naming_the_field(client):
    await register(client, "owner")
    from service.core.settings_store import set_setting

    await set_setting("registration", "open")
    taken = await client.post("/api/v1/auth/register",
                              json={"username": "OWNER", "email": "new@example.com", "password": PASSWORD})
    assert taken.status_code == 409 and taken.json()["details"] == {"field": "username"}
    taken = await client.post("/api/v1/auth/register",
                              json={"username": "new", "email": "Owner@Example.com", "password": PASSWORD})
    assert taken.status_code == 409 and taken.json()["details"] == {"field": "email"}
    bad = await client.post("/api/v1/auth/register",
                            json={"username": "new", "email": "not-an-email", "password": "short"})
    assert bad.status_code == 422
    fields = {d["field"] for d in bad.json()["details"]}
    assert fields == {"email", "password"} and bad.json()["code"] == "invalid"
    extra = await client.post("/api/v1/auth/register", json={"username": "new", "email": "n@example.com",
                                                              "password": PASSWORD, "role": "owner"})
    assert extra.status_code == 422 and extra.json()["details"][0]["field"] == "role"
    broken = await client.post("/api/v1/auth/register", content=b"{not json",
                               headers={"Content-Type": "application/json"})
    assert broken.status_code == 422 and set(broken.json()) == {"error", "code", "details"}
    assert await User.all().count() == 1


async def test_login_by_username_or_email_and_the_same_answer_for_any_wrong_credentials(client):
    await register(client, "owner")
    for name in ("owner", "owner@example.com", "OWNER"):
        response = await client.post("/api/v1/auth/login", json={"username": name, "password": PASSWORD})
        assert response.status_code == 200, name
        body = response.json()
        assert body["tokenType"] == "bearer" and body["expiresIn"] == 24 * 3600 and body["user"]["username"] == "owner"
    wrong = await client.post("/api/v1/auth/login", json={"username": "owner", "password": "nope nope"})
    unknown = await client.post("/api/v1/auth/login", json={"username": "ghost", "password": "nope nope"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


async def test_more_than_ten_failures_in_five_minutes_answer_429(client):
    await register(client, "owner")
    for _ in range(10):
        response = await client.post("/api/v1/auth/login", json={"username": "owner", "password": "guess guess"})
        assert response.status_code == 401
    throttled = await client.post("/api/v1/auth/login", json={"username": "owner", "password": "guess guess"})
    assert throttled.status_code == 429 and throttled.json()["code"] == "too_many_requests"
    assert int(throttled.headers["Retry-After"]) > 0
    # Even the right password waits until the window has passed.
    right = await client.post("/api/v1/auth/login", json={"username": "owner", "password": PASSWORD})
    assert right.status_code == 429


async def test_the_throttle_does_not_tell_whether_an_account_exists(client):
    await register(client, "owner")
    answers = {}
    for name in ("owner", "nobody-here"):
        answers[name] = [(await client.post("/api/v1/auth/login", json={"username": name, "password": "guess!!"}))
                         for _ in range(11)]
    assert [r.status_code for r in answers["owner"]] == [r.status_code for r in answers["nobody-here"]] == \
        [401] * 10 + [429]
    assert answers["owner"][-1].json() == answers["nobody-here"][-1].json() | {
        "details": answers["owner"][-1].json()["details"]}


async def test_a_body_that_is_not_json_or_not_utf8_names_the_body(client):
    await register(client, "owner")
    headers = {**(await login(client)), "Content-Type": "application/json"}
    broken = await client.post("/api/v1/teams", headers=headers, content=b'{"name": "x",}')
    assert broken.status_code == 422 and broken.json()["code"] == "invalid"
    assert [d["field"] for d in broken.json()["details"]] == ["body"]
    latin1 = await client.post("/api/v1/teams", headers=headers, content='{"name": "Équipe"}'.encode("latin-1"))
    assert latin1.status_code == 422, latin1.text
    assert latin1.json()["code"] == "invalid" and latin1.json()["details"][0]["field"] == "body"


async def test_profile_read_and_change(client):
    await register(client, "owner")
    headers = await login(client)
    profile = await client.get("/api/v1/user/profile", headers=headers)
    assert profile.status_code == 200 and profile.json()["email"] == "owner@example.com"
    renamed = await client.patch("/api/v1/user/profile", headers=headers, json={"displayName": "Boss"})
    assert renamed.json()["displayName"] == "Boss"
    no_proof = await client.patch("/api/v1/user/profile", headers=headers, json={"password": "brand new pass"})
    assert no_proof.status_code == 403 and no_proof.json()["details"] == {"field": "currentPassword"}
    changed = await client.patch("/api/v1/user/profile", headers=headers,
                                 json={"password": "brand new pass", "currentPassword": PASSWORD,
                                       "email": "boss@example.com"})
    assert changed.status_code == 200 and changed.json()["email"] == "boss@example.com"
    await login(client, "boss@example.com", "brand new pass")
    old = await client.post("/api/v1/auth/login", json={"username": "owner", "password": PASSWORD})
    assert old.status_code == 401


async def test_tokens_in_header_or_query_and_bad_tokens(client):
    await register(client, "owner")
    headers = await login(client)
    token = headers["Authorization"].split()[1]
    assert (await client.get(f"/api/v1/user/profile?access_token={token}")).status_code == 200
    missing = await client.get("/api/v1/user/profile")
    assert missing.status_code == 401 and missing.json()["code"] == "unauthorized"
    assert missing.headers["WWW-Authenticate"] == "Bearer"
    for bad in ("garbage", token[:-2] + "xx", "ctr_unknown"):
        response = await client.get("/api/v1/user/profile", headers={"Authorization": f"Bearer {bad}"})
        assert response.status_code == 401 and response.json()["code"] == "invalid_token"
    await User.filter(username="owner").update(active=False)
    assert (await client.get("/api/v1/user/profile", headers=headers)).status_code == 401


async def test_unknown_routes_and_methods_answer_in_the_error_shape(client):
    await register(client, "owner")
    headers = await login(client)
    missing = await client.get("/api/v1/nothing-here", headers=headers)
    assert missing.status_code == 404 and set(missing.json()) == {"error", "code", "details"}
    wrong_method = await client.delete("/api/v1/health")
    assert wrong_method.status_code == 405 and wrong_method.json()["code"] == "method_not_allowed"
    unknown_task = await client.get("/api/v1/tasks/12345", headers=headers)
    assert unknown_task.status_code == 404 and unknown_task.json()["error"] == "No task 12345"


async def test_seed_000_profile_put_takes_name_and_email(client):
    await register(client, "owner")
    headers = await login(client)
    renamed = await client.put("/api/v1/user/profile", headers=headers, json={"name": "Seed Name"})
    assert renamed.status_code == 200 and renamed.json()["displayName"] == "Seed Name"
    refused = await client.put("/api/v1/user/profile", headers=headers, json={"email": "x@example.com"})
    assert refused.status_code == 403
    moved = await client.put("/api/v1/user/profile", headers=headers,
                             json={"email": "x@example.com", "currentPassword": PASSWORD})
    assert moved.json()["email"] == "x@example.com"
