"""Extravars are written so that Ansible reads them as unsafe: never templated, each value keeping its type."""

from ansible.parsing.dataloader import DataLoader
from ansible.template import Templar

from service.tasks.runner import dump_unsafe


def test_the_document_is_tagged_unsafe():
    assert dump_unsafe({"name": "x"}).startswith("--- !unsafe\n")


def test_ansible_loads_them_unchanged_and_leaves_templates_alone(tmp_path):
    payload = "{{ lookup('pipe', 'touch " + str(tmp_path / "marker") + "') }}"
    values = {"value": payload, "nested": {"inner": [payload, "1.10"]}, "yes_text": "yes", "mode": "0755",
              "empty": "", "null_text": "null", "count": 3, "flag": True}
    path = tmp_path / "extravars"
    path.write_text(dump_unsafe(values))
    loaded = DataLoader().load_from_file(str(path))
    assert loaded == values, "strings that look like other YAML types stay strings"
    templar = Templar(loader=DataLoader(), variables=loaded)
    assert templar.template(loaded["value"]) == payload
    assert templar.template(loaded["nested"]["inner"][0]) == payload
    assert not (tmp_path / "marker").exists()
