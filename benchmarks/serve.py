"""``mkdocs serve``: time from editing one post to the rebuild's "Reloading browsers"."""

from __future__ import annotations

import queue
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

START_TIMEOUT = 900.0
REBUILD_TIMEOUT = 600.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Server:
    """A ``mkdocs serve`` subprocess whose stderr lines are read with their arrival times."""

    def __init__(self, config: Path, *, dirty: bool, env: dict[str, str]) -> None:
        command = [sys.executable, "-m", "mkdocs", "serve", "-f", str(config)]
        command += ["-a", f"127.0.0.1:{free_port()}"] + (["--dirty"] if dirty else [])
        env = {**env, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            command,
            cwd=config.parent,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put((time.perf_counter(), line.rstrip()))

    def wait_for(self, text: str, timeout: float, after: float = 0.0) -> float:
        """The arrival time of the next stderr line containing ``text`` that arrived after
        ``after`` (a ``perf_counter`` time)."""
        deadline = time.perf_counter() + timeout
        while (left := deadline - time.perf_counter()) > 0:
            try:
                at, line = self.lines.get(timeout=min(left, 1.0))
            except queue.Empty:
                if self.process.poll() is not None:
                    raise RuntimeError(f"mkdocs serve exited ({self.process.returncode})") from None
                continue
            if text in line and at >= after:
                return at
        raise TimeoutError(f"no {text!r} from mkdocs serve within {timeout:.0f} s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def rebuild_times(
    corpus: Path, *, dirty: bool, env: dict[str, str], edits: int = 3
) -> dict[str, float | list[float]]:
    """Start the server on ``series.yml``, edit ``edits`` posts one after another, and time
    each rebuild: from the edit to "Reloading browsers", and the build alone (from
    "Building documentation" to "Reloading browsers")."""
    posts = sorted((corpus / "docs" / "blog" / "posts").glob("*.md"))
    targets = [posts[(i * 7 + 1) % len(posts)] for i in range(edits)]
    originals = {path: path.read_text(encoding="utf-8") for path in targets}
    server = Server(corpus / "series.yml", dirty=dirty, env=env)
    started = time.perf_counter()
    to_reload: list[float] = []
    build_only: list[float] = []
    try:
        ready = server.wait_for("Serving on", START_TIMEOUT) - started
        for i, path in enumerate(targets):
            time.sleep(1.0)  # let the watcher settle
            edited = time.perf_counter()
            path.write_text(originals[path] + f"\nEdited {i}.\n", encoding="utf-8")
            building = server.wait_for("Building documentation", REBUILD_TIMEOUT, edited)
            reloaded = server.wait_for("Reloading browsers", REBUILD_TIMEOUT, building)
            to_reload.append(reloaded - edited)
            build_only.append(reloaded - building)
    finally:
        server.stop()
        for path, text in originals.items():
            path.write_text(text, encoding="utf-8")
    return {"startup_s": ready, "edit_to_reload_s": to_reload, "rebuild_s": build_only}
