"""The date of the commit that added each file, for the ``date_from_git`` option.

One ``git log`` for the whole site, never one per post: it lists every commit's added and
renamed files, newest first, and ``added_dates`` follows each file back through its renames
to the commit that added it (so a blog moved from ``posts/`` to ``docs/blog/`` keeps its
dates). ``parse_git_log`` is pure; ``git_added_dates`` runs git (twice per build: once to
find the repository and whether it is a shallow clone, once for the log).
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterable, Sequence

from .models import Problem

COMMIT_MARK = "\x01"
LOG_ARGUMENTS = (
    "-c",
    "core.quotePath=false",
    "log",
    f"--format={COMMIT_MARK}%aI",
    "--name-status",
    "--find-renames",
    "--diff-filter=AR",
)
_OPTION = "date_from_git"
_WITHOUT = "posts without a date in their front matter or file name are not listed"


def unquote_path(path: str) -> str:
    """A path as git prints it: C-style quoted (``"a\\tb"``, octal UTF-8 bytes) or plain."""
    if len(path) < 2 or not (path.startswith('"') and path.endswith('"')):
        return path
    raw = path[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")
    try:
        return raw.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return raw


def parse_git_log(lines: Iterable[str], wanted: Iterable[str]) -> dict[str, dt.datetime]:
    """``{path: date of the commit that added it}`` for each of ``wanted`` (paths from the
    repository's top) found in the output of ``git log`` with ``LOG_ARGUMENTS``."""
    following = {path: path for path in wanted}  # the name in the commit being read -> path
    found: dict[str, dt.datetime] = {}
    date: dt.datetime | None = None
    for line in lines:
        if line.startswith(COMMIT_MARK):
            try:
                date = dt.datetime.fromisoformat(line[1:].strip())
            except ValueError:
                date = None
            continue
        status, *paths = line.rstrip("\n").split("\t")
        if not paths or date is None:
            continue
        names = [unquote_path(p) for p in paths]
        if status.startswith("R") and len(names) == 2 and names[1] in following:
            following[names[0]] = following.pop(names[1])  # older commits know the old name
        elif status.startswith("A") and names[0] in following:
            found[following.pop(names[0])] = date
        if not following:
            break
    return found


def git_added_dates(
    docs_dir: str, src_uris: Sequence[str], *, timeout: float = 120
) -> tuple[dict[str, dt.datetime], list[Problem]]:
    """``{src_uri: date of the commit that added it}`` for files of ``docs_dir``, and a
    warning when git cannot give them (not installed, not a repository, a shallow clone)."""

    def git(*arguments: str) -> str:
        return subprocess.run(
            ["git", "-C", docs_dir, *arguments],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            check=True,
            timeout=timeout,
        ).stdout

    try:
        shallow, prefix = [
            *git("rev-parse", "--is-shallow-repository", "--show-prefix").split("\n"),
            "",
        ][:2]
    except FileNotFoundError:
        return {}, [
            Problem("mkdocs.yml", _OPTION, f"git is not installed (not on PATH); {_WITHOUT}")
        ]
    except subprocess.CalledProcessError as error:
        reason = (error.stderr or "").strip().splitlines()[:1] or ["git failed"]
        return {}, [
            Problem(
                "mkdocs.yml",
                _OPTION,
                f"{docs_dir} is not in a git repository ({reason[0]}); {_WITHOUT}",
            )
        ]
    except subprocess.TimeoutExpired:
        return {}, [
            Problem("mkdocs.yml", _OPTION, f"git did not answer within {timeout:g} s; {_WITHOUT}")
        ]
    if shallow.strip() == "true":
        return {}, [
            Problem(
                "mkdocs.yml",
                _OPTION,
                "the repository is a shallow clone, so the commits that added the posts are "
                "not in it (in CI fetch the whole history, e.g. actions/checkout with "
                f"'fetch-depth: 0'); {_WITHOUT}",
            )
        ]
    prefix = prefix.strip()
    by_path = {prefix + uri: uri for uri in src_uris}
    try:
        output = git(*LOG_ARGUMENTS)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, FileNotFoundError) as error:
        return {}, [Problem("mkdocs.yml", _OPTION, f"git log failed ({error}); {_WITHOUT}")]
    found = parse_git_log(output.splitlines(), by_path)
    return {by_path[path]: date for path, date in found.items()}, []
