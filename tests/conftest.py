"""Fixtures: a real server (uvicorn) per test on SQLite or a throwaway PostgreSQL, a project dir with the
real playbooks plus the test playbooks, and an HTTP client."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from argon2 import PasswordHasher, profiles

from service.app import create_app
from service.auth import passwords
from service.config import REPO_ROOT, Settings
from service.tasks import TaskEngine
from tests.harness.bind import Bind, local_bind, start_bind
from tests.harness.oci_image import OciImage, build_image
from tests.harness.pebble import Pebble, start_pebble
from tests.harness.postgres import PostgresCluster, start_cluster
from tests.harness.registry import Registry, start_registry
from tests.harness.s3 import S3Server, start_s3
from tests.harness.smtp import SmtpSink
from tests.notifications.receiver import Receiver

# Real LXC guests (the simulator's lxc backend) for tests marked `lxc`.
pytest_plugins = ["tests.harness.lxc"]

TEST_PLAYBOOKS = Path(__file__).parent / "playbooks"

# The service in the test processes hashes passwords with argon2id's cheapest parameters: the suite makes
# thousands of accounts and logins, and at the real cost (a tenth of a second of four threads each) they took
# half the CPU of the API tests. A hash carries its parameters, so every check works as before; the real ones
# are tested in tests/unit/test_passwords.py and kept by the service processes the tests start (`containr
# serve`, workers).
passwords._hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--db", action="append", choices=["sqlite", "postgres"],
                     help="database backends to run the API tests on (default: both)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" in metafunc.fixturenames:
        backends = metafunc.config.getoption("--db") or ["sqlite", "postgres"]
        if metafunc.definition.get_closest_marker("one_database"):
            backends = backends[:1]
        metafunc.parametrize("db_backend", backends, scope="session")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Slow tests first: pytest-xdist hands out work in this order, so the long ones start at once instead of
    # making the run's tail (the order within each kind stays as collected).
    items.sort(key=lambda item: 0 if item.get_closest_marker("slow") else 1)
    # Under pytest-xdist (`make test`, --dist loadgroup) every test of one LXC lane (tests/harness/lxc.py) runs
    # in one worker, which holds the lane's bridge for its session; the lanes, the biggest groups, are handed
    # out first, one to a worker. Without the plugin (-p no:xdist) the marker does not exist.
    if not config.pluginmanager.hasplugin("xdist"):
        return
    from tests.harness.lxc import lane_of  # a plugin of this conftest's: loaded by now, and assert-rewritten
    for item in items:
        if item.get_closest_marker("lxc"):
            item.add_marker(pytest.mark.xdist_group(f"lxc{lane_of(item)}"))
        elif item.get_closest_marker("one_module_process"):
            item.add_marker(pytest.mark.xdist_group(item.module.__name__))


UNGROUPED = pytest.StashKey[str]()


@pytest.hookimpl(trylast=True, specname="pytest_collection_modifyitems")  # after pytest-xdist's own
def pytest_check_lxc_tests_grouped(config: pytest.Config, items: list[pytest.Item]) -> None:
    # loadgroup groups by an "@group" suffix that pytest-xdist writes into each node id; when a pytest release
    # ignores that write (pytest-xdist#1386), the LXC tests spread over the workers and each waits for the
    # lane in turn: the suite would serialise silently. Such tests fail at once, saying why, instead.
    if not os.environ.get("PYTEST_XDIST_WORKER") or not config.getvalue("loadgroup"):
        return
    from tests.harness.lxc import lane_of
    for item in items:
        if item.get_closest_marker("lxc") and not item.nodeid.endswith(f"@lxc{lane_of(item)}"):
            item.stash[UNGROUPED] = (f"pytest-xdist did not put each LXC lane's tests in one worker (no "
                                     f"@lxc{lane_of(item)} suffix on their node ids under pytest "
                                     f"{pytest.__version__}): see pyproject's pytest bound, or run them with "
                                     "-p no:xdist")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    if UNGROUPED in item.stash:
        pytest.fail(item.stash[UNGROUPED], pytrace=False)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    # Under /tmp directly: the postgres user must be able to reach it, and pytest's tmp dirs are 0700 root.
    directory = Path(tempfile.mkdtemp(prefix="containr-pg-"))
    cluster = start_cluster(directory)
    try:
        yield cluster
    finally:
        cluster.stop()


_db_counter = 0


@pytest.fixture
def database_url(db_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str | None:
    if db_backend == "sqlite":
        return None
    global _db_counter
    _db_counter += 1
    cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"containr_test_{os.getpid()}_{_db_counter}")


@pytest.fixture(scope="session")
def project_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's Ansible content with the test playbooks beside the real ones."""
    root = tmp_path_factory.mktemp("project")
    for name in ("ansible.cfg", "requirements.yml"):
        shutil.copy(REPO_ROOT / name, root / name)
    for name in ("inventory", "roles", "templates"):
        shutil.copytree(REPO_ROOT / name, root / name)
    if (REPO_ROOT / "collections").exists():
        (root / "collections").symlink_to(REPO_ROOT / "collections")
    shutil.copytree(REPO_ROOT / "playbooks", root / "playbooks")
    for playbook in TEST_PLAYBOOKS.glob("*.yml"):
        shutil.copy(playbook, root / "playbooks" / playbook.name)
    return root


@pytest.fixture
def settings(tmp_path: Path, database_url: str | None, project_dir: Path, request: pytest.FixtureRequest) -> Settings:
    made = Settings(data_dir=tmp_path / "data", database_url=database_url, secret_key="t" * 48,
                    max_runs=2, task_timeout=120, project_dir=project_dir, env="development")
    if "bind" in request.fixturenames:  # DNS lookups ask the test's own BIND, never the machine's resolvers
        bind: Bind = request.getfixturevalue("bind")
        made = made.model_copy(update={"dns_nameservers": f"{bind.address}:{bind.port}"})
    return made


@pytest.fixture
def bind_zones() -> list[str]:
    """The zones the `bind` fixture serves: a module whose tests use others overrides this fixture."""
    return ["containr.test"]


@pytest.fixture
def bind(request: pytest.FixtureRequest, tmp_path: Path, bind_zones: list[str]) -> Iterator[Bind]:
    """A real BIND 9 taking TSIG-signed updates: on loopback, or for a test on LXC guests on its lane's gateway
    (port 53), where the guests and Pebble resolve."""
    if request.node.get_closest_marker("lxc") is not None:
        gateway = request.getfixturevalue("lxc_env").gateway
        started = start_bind(tmp_path / "bind", address=gateway, port=53, zones=bind_zones)
    else:
        started = local_bind(tmp_path / "bind", zones=bind_zones)
    with started as server:
        yield server


@pytest.fixture
def pebble(tmp_path: Path, bind: Bind) -> Iterator[Pebble]:
    """Pebble, the ACME test CA, validating through `bind`."""
    with start_pebble(tmp_path / "pebble", dns_server=f"{bind.address}:{bind.port}") as server:
        yield server


@pytest.fixture(scope="session")
def oci_image(tmp_path_factory: pytest.TempPathFactory) -> OciImage:
    """The tiny test image (tests/harness/oci_image.py: busybox httpd showing its page, GREETING, SECRET_TOKEN's
    length and its tag) in an OCI layout, tag 1.0, built once a session without a Docker daemon."""
    return build_image(tmp_path_factory.mktemp("oci-image") / "layout")


@pytest.fixture(scope="session")
def registry(tmp_path_factory: pytest.TempPathFactory, oci_image: OciImage) -> Iterator[Registry]:
    """A real Docker registry (Debian's docker-registry) on loopback over TLS from a test CA, htpasswd auth with a
    generated password, holding `oci_image` as `containr/hello:1.0` (tests/harness/registry.py)."""
    with start_registry(tmp_path_factory.mktemp("registry") / "registry") as server:
        server.push(oci_image, "containr/hello", "1.0")
        yield server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A real uvicorn server running the app in the test's event loop."""

    def __init__(self, settings: Settings, *, host: str = "127.0.0.1", port: int | None = None) -> None:
        self.settings = settings
        self.app = create_app(settings)
        self.host = host
        self.port = port or _free_port()
        self.url = f"http://{host}:{self.port}"
        self._server: uvicorn.Server | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        config = uvicorn.Config(self.app, host=self.host, port=self.port, log_level="warning",
                                lifespan="on")
        self._server = uvicorn.Server(config)
        self._task = asyncio.create_task(self._server.serve())
        while not self._server.started:
            if self._task.done():
                self._task.result()
            await asyncio.sleep(0.01)

    async def stop(self) -> None:
        if self._server and self._task:
            self._server.should_exit = True
            await asyncio.wait_for(self._task, timeout=30)

    @property
    def engine(self) -> TaskEngine:
        """The app's engine, for tests that look inside."""
        return self.app.state.engine


@pytest.fixture
async def server(settings: Settings) -> AsyncIterator[Server]:
    server = Server(settings)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def client(server: Server) -> AsyncIterator[httpx.AsyncClient]:
    # Plain HTTP on loopback: verify=False spares loading the CA bundle for every test (no TLS is spoken).
    async with httpx.AsyncClient(base_url=server.url, timeout=60, verify=False) as client:
        yield client


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    """A real S3-compatible server (moto's server mode) for the whole session."""
    server = start_s3()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """A real SMTP server that accepts mail for user `mailer` with password `smtp-secret-password`."""
    sink = SmtpSink(credentials=("mailer", "smtp-secret-password"))
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()


@pytest.fixture
def pve91(tmp_path: Path):
    """A Proxmox VE 9.1 simulator (memory backend, nodes `pve` and `pve2`, OCI images) whose tasks end at once
    (the modules' polling is exercised by tests/pvesim_tests); its registries are the test's to fill."""
    from tests.pvesim.server import ThreadedServer, build_sim

    sim, creds = build_sim(tmp_path / "pvesim", nodes=["pve", "pve2"], task_delay=0.0, release="9.1")
    server = ThreadedServer(sim).start()
    try:
        yield server, creds
    finally:
        server.stop()


@pytest.fixture
def pve_sim(tmp_path: Path):
    """A Proxmox VE API simulator (memory backend) with one node `pve`, on a free port over HTTPS."""
    from tests.pvesim.server import ThreadedServer, build_sim

    sim, creds = build_sim(tmp_path / "pvesim", nodes=["pve"], task_delay=0.05)
    server = ThreadedServer(sim).start()
    try:
        yield server, creds
    finally:
        server.stop()


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    """A loopback HTTP receiver of webhook deliveries (tests/notifications/receiver.py)."""
    started = Receiver()
    await started.start()
    try:
        yield started
    finally:
        await started.stop()
