"""Playbook names resolve only inside playbooks/; header comments document vars and results."""

import pytest

from service.actions.playbooks import catalogue, check_options, describe, resolve
from service.config import REPO_ROOT
from service.core.errors import Invalid, NotFound

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


def test_a_header_is_read_again_when_its_file_changes(tmp_path):
    path = tmp_path / "x.yml"
    path.write_text("# Does x.\n---\n")
    assert describe(path) is describe(path)  # every run asks; the file is read once while it stays the same
    path.write_text("# Does x and y.\n#\n# Check mode: supported\n---\n")
    doc = describe(path)
    assert doc.description == "Does x and y." and doc.check_mode


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


def test_check_mode_and_tags_come_from_the_header(tmp_path):
    (tmp_path / "yes.yml").write_text("# Does yes.\n#\n# Check mode: supported\n"
                                      "# Tags: preflight, install,  configure\n#\n"
                                      "# Vars:\n#   x (str, required): x\n---\n")
    (tmp_path / "no.yml").write_text("# Does no.\n# Check mode: not supported (each run writes a new archive)\n---\n")
    (tmp_path / "silent.yml").write_text("# Says nothing.\n---\n")
    yes, no, silent = (describe(tmp_path / f"{name}.yml") for name in ("yes", "no", "silent"))
    assert yes.check_mode and yes.tags == ["preflight", "install", "configure"] and yes.description == "Does yes."
    assert [var.name for var in yes.vars] == ["x"]
    assert not no.check_mode and no.check_mode_note == "each run writes a new archive" and no.tags == []
    assert not silent.check_mode and silent.tags == []


def test_options_a_playbook_cannot_honour_are_refused_naming_the_field(tmp_path):
    (tmp_path / "no.yml").write_text("# Does no.\n# Check mode: not supported (each run writes a new archive)\n"
                                     "# Tags: preflight, backup\n---\n")
    doc = describe(tmp_path / "no.yml")
    with pytest.raises(Invalid) as refused:
        check_options(doc, check=True, tags=[])
    assert refused.value.details["field"] == "check" and "each run writes a new archive" in refused.value.message
    with pytest.raises(Invalid) as refused:
        check_options(doc, check=False, tags=["backup", "install"])
    assert refused.value.details == {"field": "tags", "unknown": ["install"], "tags": ["preflight", "backup"]}
    assert "preflight, backup" in refused.value.message
    check_options(doc, check=False, tags=["backup"])
    check_options(doc, check=False, tags=[])


def test_every_playbook_declares_check_mode():
    for doc in catalogue(PLAYBOOKS):
        header = (PLAYBOOKS / f"{doc.name}.yml").read_text()
        assert "# Check mode: " in header, f"{doc.name} does not say whether it supports check mode"
        assert doc.check_mode or doc.check_mode_note, f"{doc.name} does not say why it has no check mode"


def test_a_check_mode_line_may_go_on_over_indented_lines(tmp_path):
    (tmp_path / "x.yml").write_text("# Does x.\n#\n# Check mode: supported (reports the guest it would make\n"
                                    "#   and changes nothing)\n# Tags: a,\n#   b\n# More of the summary.\n---\n")
    doc = describe(tmp_path / "x.yml")
    assert doc.check_mode and doc.check_mode_note == "reports the guest it would make and changes nothing"
    assert doc.tags == ["a", "b"] and doc.description == "Does x. More of the summary."
