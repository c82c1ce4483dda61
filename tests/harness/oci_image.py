"""A tiny OCI image built without a Docker daemon: Debian's busybox-static in a root packed by umoci, copied by
skopeo. It serves one page over HTTP whose text shows what the container was started with (the page, GREETING,
the length of SECRET_TOKEN and the image's tag), so a test can tell which image and which settings are running."""

from __future__ import annotations

import json
import shlex
import shutil
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

UMOCI = Path("/usr/bin/umoci")
SKOPEO = Path("/usr/bin/skopeo")
BUSYBOX = Path("/usr/bin/busybox")
PORT = 8080
ENV = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "PORT": str(PORT),
       "GREETING": "from-image"}
ENTRYPOINT = ["/bin/sh", "/start.sh"]
WORKING_DIR = "/www"
USER = "0:0"
LABELS = {"org.opencontainers.image.title": "containr-test-hello",
          "org.opencontainers.image.description": "Containr's test image: busybox httpd showing its settings",
          "io.containr.test": "true"}
# The busybox applets linked into /bin: the start script's needs, and a few for looking around in a test.
APPLETS = ("sh", "ash", "httpd", "cat", "env", "echo", "printf", "mkdir", "ls", "id", "ps", "sleep", "wget",
           "hostname", "test", "[", "true", "false", "kill", "rm", "grep", "head", "tail", "wc")

START_SCRIPT = """\
#!/bin/sh
# The image's entrypoint: write the page from the settings it was started with, then serve it.
# SECRET_TOKEN's length only: a secret never belongs on a page.
mkdir -p /www
{{
    printf '%s\\n' {page}
    printf 'greeting=%s\\n' "${{GREETING:-}}"
    printf 'secret-length=%s\\n' "${{#SECRET_TOKEN}}"
    printf 'version=%s\\n' {tag}
}} > /www/index.html
exec /bin/busybox httpd -f -p "${{PORT:-{port}}}" -h /www
"""


@dataclass(frozen=True)
class OciImage:
    """An image in an OCI image layout directory under one tag."""

    layout: Path
    tag: str

    @property
    def reference(self) -> str:
        """The image as skopeo names it (its `oci:` transport)."""
        return f"oci:{self.layout}:{self.tag}"

    def archive(self, path: Path) -> Path:
        """The image as an `oci-archive` tarball at `path` (what Proxmox VE keeps in a storage's vztmpl after
        `oci-registry-pull`)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        _run(SKOPEO, "copy", "--quiet", self.reference, f"oci-archive:{path}:{self.tag}")
        return path

    def config(self) -> dict[str, object]:
        """The image's configuration blob (Entrypoint, Env, ExposedPorts, ... under "config")."""
        index = json.loads((self.layout / "index.json").read_text())
        for entry in index["manifests"]:
            if entry.get("annotations", {}).get("org.opencontainers.image.ref.name") == self.tag:
                manifest = json.loads(self._blob(entry["digest"]))
                return json.loads(self._blob(manifest["config"]["digest"]))
        raise KeyError(f"no tag {self.tag} in {self.layout}")

    def _blob(self, digest: str) -> str:
        algorithm, value = digest.split(":", 1)
        return (self.layout / "blobs" / algorithm / value).read_text()


def start_script(*, page: str, tag: str) -> str:
    """The text of /start.sh for an image showing `page` and `tag`."""
    return START_SCRIPT.format(page=shlex.quote(page), tag=shlex.quote(tag), port=PORT)


def _run(*argv: str | Path) -> None:
    result = subprocess.run([str(part) for part in argv], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{Path(str(argv[0])).name} {argv[1]} failed ({result.returncode}): "
                           f"{result.stderr.strip() or result.stdout.strip()}")


def _statically_linked(binary: Path) -> bool:
    """No PT_INTERP program header in the ELF64 file: it needs no loader or libraries (Debian's busybox, the
    dynamic one, is installed at the same path as busybox-static and would not run in the image)."""
    with binary.open("rb") as file:
        header = file.read(64)
        offset, = struct.unpack_from("<Q", header, 0x20)
        size, count = struct.unpack_from("<HH", header, 0x36)
        file.seek(offset)
        table = file.read(size * count)
    return all(struct.unpack_from("<I", table, index * size)[0] != 3 for index in range(count))  # 3: PT_INTERP


def _fill_root(root: Path, *, page: str, tag: str) -> None:
    if not _statically_linked(BUSYBOX):
        raise RuntimeError(f"{BUSYBOX} is not statically linked: apt-get install busybox-static (scripts/bootstrap)")
    for folder in ("bin", "etc", "www", "tmp"):
        (root / folder).mkdir(mode=0o755, exist_ok=True)
    (root / "tmp").chmod(0o1777)
    shutil.copy2(BUSYBOX, root / "bin" / "busybox")
    for applet in APPLETS:
        (root / "bin" / applet).symlink_to("busybox")
    (root / "etc" / "passwd").write_text("root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534::/:/bin/false\n")
    (root / "etc" / "group").write_text("root:x:0:\nnogroup:x:65534:\n")
    (root / "www" / "index.html").write_text(f"{page}\n(not started)\n")
    script = root / "start.sh"
    script.write_text(start_script(page=page, tag=tag))
    script.chmod(0o755)


def build_image(directory: Path, *, tag: str = "1.0", page: str = "hello") -> OciImage:
    """Build the test image into a new OCI layout at `directory` (absent or an empty folder) under `tag`. Takes
    a fraction of a second (umoci packs about 1 MB), so there is no cache."""
    if directory.is_dir() and not any(directory.iterdir()):
        directory.rmdir()  # umoci init makes the folder itself and refuses one that exists
    directory.parent.mkdir(parents=True, exist_ok=True)
    image = f"{directory}:{tag}"
    _run(UMOCI, "init", "--layout", directory)
    _run(UMOCI, "new", "--image", image)
    with tempfile.TemporaryDirectory(prefix="oci-bundle-") as scratch:
        bundle = Path(scratch) / "bundle"
        _run(UMOCI, "unpack", "--image", image, bundle)
        _fill_root(bundle / "rootfs", page=page, tag=tag)
        _run(UMOCI, "repack", "--image", image, "--history.created_by", "containr tests: busybox root", bundle)
    options: list[str] = ["--clear", "config.cmd", "--config.workingdir", WORKING_DIR, "--config.user", USER,
                          "--config.exposedports", f"{PORT}/tcp"]
    for part in ENTRYPOINT:
        options += ["--config.entrypoint", part]
    for name, value in ENV.items():
        options += ["--config.env", f"{name}={value}"]
    for name, value in LABELS.items():
        options += ["--config.label", f"{name}={value}"]
    options += ["--config.label", f"org.opencontainers.image.version={tag}"]
    _run(UMOCI, "config", "--image", image, "--no-history", *options)
    return OciImage(layout=directory, tag=tag)
