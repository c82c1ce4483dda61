"""Extravars are written so that Ansible reads every string as unsafe: never templated."""

from ansible.parsing.dataloader import DataLoader
from ansible.template import Templar

from service.tasks.runner import dump_unsafe


def test_every_string_is_tagged_unsafe_at_any_depth():
    text = dump_unsafe({"name": "{{ lookup('pipe', 'id') }}", "list": ["{{ x }}", 3], "map": {"k": "{{ y }}"},
                        "flag": True, "n": 2})
    for value in ("'{{ lookup(''pipe'', ''id'') }}'", "'{{ x }}'", "'{{ y }}'"):
        assert f"!unsafe {value}" in text
    assert "- 3\n" in text and ": true\n" in text and ": 2\n" in text  # only strings are tagged


def test_ansible_loads_them_as_unsafe_and_leaves_them_alone(tmp_path):
    payload = "{{ lookup('pipe', 'touch " + str(tmp_path / "marker") + "') }}"
    path = tmp_path / "extravars"
    path.write_text(dump_unsafe({"value": payload, "nested": {"inner": [payload]}}))
    loaded = DataLoader().load_from_file(str(path))
    templar = Templar(loader=DataLoader(), variables=loaded)
    assert templar.template(loaded["value"]) == payload
    assert templar.template(loaded["nested"]["inner"][0]) == payload
    assert not (tmp_path / "marker").exists()
