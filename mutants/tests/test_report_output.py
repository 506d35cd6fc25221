"""kzcheck.render.html.folder: files and folders are replaced whole or not at all, so an interrupted run keeps the
old version."""

from __future__ import annotations

import os
import sys

import pytest

from kzcheck.model.errors import InputError
from kzcheck.render.html import folder as output
from kzcheck.render.html.folder import atomic_replace_dir, atomic_write_text


def siblings(path):
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def test_write_text_replaces_the_file_and_leaves_nothing_beside_it(tmp_path):
    path = tmp_path / "summary.md"
    path.write_text("old\n", encoding="utf-8")
    atomic_write_text(path, "new: Ауыл 10.90\n")
    assert path.read_text(encoding="utf-8") == "new: Ауыл 10.90\n"
    assert siblings(path) == []


def test_write_text_interrupted_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "summary.md"
    path.write_text("old\n", encoding="utf-8")

    def crash(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_text(path, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert siblings(path) == []


def test_write_text_keeps_the_files_permissions(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    atomic_write_text(path, "new")
    assert path.stat().st_mode & 0o777 == 0o640


def make_report(folder, text):
    folder.mkdir()
    (folder / "index.html").write_text(text, encoding="utf-8")
    (folder / "old-only.html").write_text("gone after a successful run", encoding="utf-8")


@pytest.mark.parametrize("exchange", [True, False], ids=["rename-exchange", "two-renames"])
def test_replace_dir_swaps_the_whole_folder(tmp_path, monkeypatch, exchange):
    swaps = []
    real = output._exchange
    monkeypatch.setattr(output, "_exchange", lambda a, b: swaps.append(real(a, b) if exchange else False) or swaps[-1])
    target = tmp_path / "reports"
    make_report(target, "old")
    with atomic_replace_dir(target) as staging:
        assert staging.parent == target.parent and staging != target
        (staging / "index.html").write_text("new", encoding="utf-8")
        assert (target / "index.html").read_text(encoding="utf-8") == "old"  # untouched until the block ends
    assert sorted(p.name for p in target.iterdir()) == ["index.html"]
    assert (target / "index.html").read_text(encoding="utf-8") == "new"
    assert siblings(target) == []
    if exchange and sys.platform.startswith("linux"):
        assert swaps == [True]  # the one-step swap was used, not the fallback


def test_replace_dir_creates_a_missing_target_and_its_parents(tmp_path):
    target = tmp_path / "ci" / "reports"
    with atomic_replace_dir(target) as staging:
        (staging / "index.html").write_text("first", encoding="utf-8")
    assert (target / "index.html").read_text(encoding="utf-8") == "first"
    assert oct(target.stat().st_mode & 0o777) != oct(0o700)  # readable by a web server, unlike a bare mkdtemp


def test_replace_dir_interrupted_keeps_the_previous_folder(tmp_path):
    target = tmp_path / "reports"
    make_report(target, "old")
    with pytest.raises(RuntimeError), atomic_replace_dir(target) as staging:
        (staging / "index.html").write_text("half", encoding="utf-8")
        raise RuntimeError("renderer failed midway")
    assert (target / "index.html").read_text(encoding="utf-8") == "old"
    assert (target / "old-only.html").exists()
    assert siblings(target) == []


def test_replace_dir_refuses_a_file(tmp_path):
    target = tmp_path / "reports"
    target.write_text("not a folder", encoding="utf-8")
    with pytest.raises(InputError) as err, atomic_replace_dir(target):
        pass
    assert err.value.code == "output.not-a-folder"
    assert target.read_text(encoding="utf-8") == "not a folder"
