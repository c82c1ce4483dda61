"""Playbook names resolve only inside playbooks/; header comments document vars and results."""

import pytest

from service.actions.playbooks import catalogue, describe, resolve
from service.config import REPO_ROOT
from service.errors import NotFound

PLAYBOOKS = REPO_ROOT / "playbooks"


def test_controller_check_documents_its_vars_and_results():
    doc = describe(PLAYBOOKS / "controller_check.yml")
    assert doc.description.startswith("Check that the controller")
    names = {var.name: var for var in doc.vars}
    assert set(names) == {"controller_check_data_dir", "controller_check_min_free_mb"}
    assert names["controller_check_min_free_mb"].type == "int"
    assert names["controller_check_min_free_mb"].default == "256" and not names["controller_check_min_free_mb"].required
    assert "python_version" in doc.returns and "collections" in doc.returns
    assert [d.name for d in catalogue(PLAYBOOKS)] == sorted(p.stem for p in PLAYBOOKS.glob("*.yml"))


def test_required_vars_are_marked(tmp_path):
    (tmp_path / "x.yml").write_text("# Does x.\n#\n# Vars:\n#   x_target (str, required): what to do it to\n"
                                    "#     and more about it\n---\n")
    (var,) = describe(tmp_path / "x.yml").vars
    assert var.required and var.default is None and var.description == "what to do it to and more about it"


@pytest.mark.parametrize("name", ["../playbooks/controller_check", "/etc/passwd", "controller_check.yml", "nope",
                                  "..", "", "a/b", "CONTROLLER_CHECK"])
def test_anything_but_the_plain_name_of_a_playbook_is_not_found(name):
    with pytest.raises(NotFound):
        resolve(PLAYBOOKS, name)


def test_a_link_leading_out_of_the_folder_is_not_a_playbook(tmp_path):
    outside = tmp_path / "outside.yml"
    outside.write_text("---\n")
    folder = tmp_path / "playbooks"
    folder.mkdir()
    (folder / "sneaky.yml").symlink_to(outside)
    with pytest.raises(NotFound):
        resolve(folder, "sneaky")
    assert resolve(PLAYBOOKS, "controller_check") == PLAYBOOKS / "controller_check.yml"


def test_the_catalogue_lists_only_what_resolve_would_run(tmp_path):
    folder = tmp_path / "playbooks"
    folder.mkdir()
    (folder / "real.yml").write_text("# Does it.\n---\n")
    (folder / "folder.yml").mkdir()  # a directory named like a playbook: not one, and no reason to fail
    (tmp_path / "outside.yml").write_text("# Outside.\n---\n")
    (folder / "sneaky.yml").symlink_to(tmp_path / "outside.yml")
    assert [doc.name for doc in catalogue(folder)] == ["real"]
    with pytest.raises(NotFound):
        resolve(folder, "folder")
