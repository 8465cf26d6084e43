"""Real CardDAV/CalDAV servers of our own on 127.0.0.1 for the sync tests: Radicale (with a login, the
committee's shared account) and Xandikos (no login, as behind a proxy). Each can be stopped and started again
on the same port and storage, to cut a sync off mid-way."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.publishing import free_port

USER, PASSWORD = "commissie", "geheim-wachtwoord"


@dataclass
class Server:
    name: str
    folder: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    login: bool = True  # Radicale: check the password (False: any password, for a command without a keyring)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def user(self) -> str:
        return USER if self.name == "radicale" else ""

    def command(self) -> list[str]:
        if self.name == "xandikos":
            return [sys.executable, "-m", "xandikos.web", "--defaults", "-d", str(self.folder / "data"),
                    "-l", "127.0.0.1", "-p", str(self.port), "--current-user-principal", f"/{USER}/"]
        users = self.folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        config = self.folder / "radicale.conf"
        config.write_text(f"""
[server]
hosts = 127.0.0.1:{self.port}
[auth]
{f"type = htpasswd{chr(10)}htpasswd_filename = {users}{chr(10)}htpasswd_encryption = plain" if self.login
 else "type = none"}
[rights]
type = owner_only
[storage]
filesystem_folder = {self.folder / "collections"}
[logging]
level = warning
[web]
type = none
""", encoding="utf-8")
        return [sys.executable, "-m", "radicale", "--config", str(config)]

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(self.command(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(self.url, timeout=1)  # noqa: S310 - our own local server
                return
            except urllib.error.HTTPError:
                return  # it answers
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{self.name} did not start: {self.process.stderr.read().decode()}") from None
                time.sleep(0.1)

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stderr.close()
        self.process = None
