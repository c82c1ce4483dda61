"""The template file an image is kept as on a node: one per full reference, by tag or by digest."""

from __future__ import annotations

from service.domains.nodes.containers import image_file


def test_tags_and_digests_each_get_a_readable_file_of_their_own():
    tagged = image_file("registry.test:5000/team/web:" + "c" * 40)
    assert tagged.startswith("team-web_" + "c" * 40) and tagged.endswith(".tar")
    digest = "sha256:" + "a" * 64
    pinned = image_file(f"registry.test:5000/team/web@{digest}")
    assert pinned.startswith("team-web_sha256-aaaa") and pinned.endswith(".tar")
    assert image_file(f"registry.test:5000/team/web:1@{digest}") != pinned
    assert len({tagged, pinned, image_file("registry.test:5000/team/web:2")}) == 3
