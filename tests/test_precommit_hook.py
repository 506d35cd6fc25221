"""The pre-commit hook (.pre-commit-hooks.yaml) through `pre-commit try-repo`, on a temporary data repository.

pre-commit builds the hook's own environment: it installs kzcheck from this checkout and its dependencies from the
package index, which takes about five minutes on a small machine. The test therefore runs when KZCHECK_HOOK_TEST=1
(`.ci/run` sets it, in a step of its own) and is skipped, saying so, in the everyday test command.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import DATA, ROOT
from helpers import negative_share

HOOKS = ROOT / ".pre-commit-hooks.yaml"
PRE_COMMIT = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")
E23 = "kz-2023-mazhilis"


def test_the_hook_runs_kzcheck_validate_once_per_commit_on_data_files():
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert hook["id"] == "kzcheck-validate" and hook["language"] == "python"
    assert hook["entry"].startswith("kzcheck validate")
    assert hook["pass_filenames"] is False  # one run over the whole folder, not one per file
    import re

    files = re.compile(hook["files"])
    assert files.search("data/figures/kz-2023-mazhilis.csv") and files.search("data/elections/x.toml")
    assert not files.search("README.md")


@pytest.mark.skipif(
    os.environ.get("KZCHECK_HOOK_TEST") != "1",
    reason="builds the hook's environment from the package index (about 5 minutes): set KZCHECK_HOOK_TEST=1 "
    "(.ci/run does, in its own step)",
)
@pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is not installed (it is in the test extra)")
def test_try_repo_fails_a_commit_with_a_negative_share_and_names_it(tmp_path):
    repo = tmp_path / "data-repo"
    shutil.copytree(DATA, repo / "data")
    negative_share(repo / "data")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    run = subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(ROOT), "kzcheck-validate", "--all-files", "--color", "never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "kzcheck validate" in out and "Failed" in out and "- exit code: 1" in out
    assert "2 errors," in out  # the summary line of `kzcheck validate --quiet`
