"""Publishing without touching the real world: a keyring that forgets, a Radicale server of our own on
127.0.0.1, and a send that waits at a gate."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop.exchange.publish import publishing


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything at the end of the test: the real one is never touched."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring():
    before = keyring.get_keyring()
    fake = MemoryKeyring()
    keyring.set_keyring(fake)
    yield fake
    keyring.set_keyring(before)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def radicale(tmp_path):
    """A Radicale server of our own: no authentication, storage in tmp_path; yields its URL."""
    port = free_port()
    config = tmp_path / "radicale.conf"
    config.write_text(f"""
[server]
hosts = 127.0.0.1:{port}
[auth]
type = none
[rights]
type = owner_only
[storage]
filesystem_folder = {tmp_path / "collections"}
[logging]
level = warning
[web]
type = none
""", encoding="utf-8")
    server = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url, timeout=1)  # noqa: S310 - our own local server
                break
            except urllib.error.HTTPError:
                break  # it answers
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"Radicale did not start: {server.stderr.read().decode()}") from None
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stderr.close()


class Gate:
    """A send that waits to be released and counts how many run at once."""

    def __init__(self, monkeypatch):
        self.release, self.lock = threading.Event(), threading.Lock()
        self.running = self.most = self.calls = 0
        real_send = publishing.send

        def send(payload, password=None, progress=None):
            with self.lock:
                self.running += 1
                self.calls += 1
                self.most = max(self.most, self.running)
            try:
                self.release.wait(10)
                return real_send(payload, password, progress)
            finally:
                with self.lock:
                    self.running -= 1

        monkeypatch.setattr(publishing, "send", send)
