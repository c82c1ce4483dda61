"""Task logs: numbered lines with timestamps, appended and read back across store instances."""

from service.tasks.logstore import FileLogStore


def test_lines_are_numbered_from_one_and_read_after_a_number(tmp_path):
    store = FileLogStore(tmp_path)
    first = store.append(7, ["one", "two"])
    assert [(line.number, line.text) for line in first] == [(1, "one"), (2, "two")]
    store.append(7, ["three\nwith a newline"])
    assert [line.text for line in store.read(7, after=2)] == ["three with a newline"]
    assert store.read(8) == [] and store.append(7, []) == []
    again = FileLogStore(tmp_path)
    assert [line.number for line in again.append(7, ["four"])] == [4]
    lines = again.read(7)
    assert [line.number for line in lines] == [1, 2, 3, 4]
    assert lines[0].render().endswith("Z one") and lines[0].millis > 0
    assert (tmp_path / "7.log").read_text().splitlines()[0] == lines[0].render()
