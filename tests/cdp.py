"""A small Chrome DevTools Protocol client over `--remote-debugging-pipe` (no websocket library needed).

Chromium reads NUL-terminated JSON commands on file descriptor 3 and writes replies and events on descriptor 4. The
browser tests use it to lay a page out at a real device width (Emulation.setDeviceMetricsOverride: the CSS viewport
is exactly that many pixels, unlike `--window-size`, which headless Chromium clamps to a minimum of 500), to measure
the DOM, and to take screenshots.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

MEASURE = r"""
(() => {
  const vw = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.width > vw + 1 || r.right > vw + 1 || r.left < -1) {
      const text = (el.innerText || el.textContent || '').trim().slice(0, 60);
      const cls = typeof el.className === 'string' ? el.className : '';
      wide.push({tag: el.tagName.toLowerCase(), cls, width: Math.round(r.width), right: Math.round(r.right), text});
    }
  }
  return {viewport: vw, innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
          height: document.documentElement.scrollHeight, wide, text: document.body.innerText};
})()
"""


def _high(fd: int) -> int:
    """`fd` moved above 4, so that the child's dup2 onto 3 and 4 never lands on a pipe end it still needs."""
    import fcntl

    if fd > 4:
        return fd
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 5)
    os.close(fd)
    return moved


class Browser:
    """One headless Chromium driven over a pipe; `page(url, width)` lays a page out at `width` CSS pixels."""

    def __init__(self, executable: str, profile: Path, flags: tuple[str, ...]) -> None:
        ours_read, theirs_write = (_high(fd) for fd in os.pipe())  # what Chromium writes (fd 4) we read
        theirs_read, ours_write = (_high(fd) for fd in os.pipe())  # what we write Chromium reads (fd 3)
        self._proc = subprocess.Popen(
            [executable, *flags, f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            close_fds=False,  # Python opens every other file close-on-exec; dup2 makes 3 and 4 inheritable
            preexec_fn=lambda: (os.dup2(theirs_read, 3), os.dup2(theirs_write, 4)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(theirs_read)
        os.close(theirs_write)
        self._out = os.fdopen(ours_write, "wb", buffering=0)
        self._in = os.fdopen(ours_read, "rb", buffering=0)
        self._buffer = b""
        self._id = 0
        self.events: list[dict[str, Any]] = []

    def _read(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer")
            chunk = self._in.read(65536)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)  # type: ignore[no-any-return]

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._out.write(json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read(120)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})  # type: ignore[no-any-return]
            self.events.append(reply)

    def wait_for(self, method: str, session: str, timeout: float = 60) -> None:
        if any(e.get("method") == method and e.get("sessionId") == session for e in self.events):
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            event = self._read(deadline - time.monotonic())
            self.events.append(event)
            if event.get("method") == method and event.get("sessionId") == session:
                return
        raise TimeoutError(method)

    def page(self, url: str, width: int, height: int = 900, mobile: bool = False) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
            session,
        )
        self.send("Page.enable", {}, session)
        self.events.clear()
        self.send("Page.navigate", {"url": url}, session)
        self.wait_for("Page.loadEventFired", session)
        return Page(self, session, target)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except Exception:
            self._proc.kill()
        self._proc.wait(timeout=30)


class Page:
    def __init__(self, browser: Browser, session: str, target: str) -> None:
        self.browser, self.session, self.target = browser, session, target

    def evaluate(self, expression: str) -> Any:
        reply = self.browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, self.session)
        return reply["result"].get("value")

    def measure(self) -> dict[str, Any]:
        return self.evaluate(MEASURE)  # type: ignore[no-any-return]

    def screenshot(self, path: Path) -> Path:
        shot = self.browser.send(
            "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, self.session
        )
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

    def close(self) -> None:
        self.browser.send("Target.closeTarget", {"targetId": self.target})
