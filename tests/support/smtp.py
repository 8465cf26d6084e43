"""A real SMTP server of our own on 127.0.0.1 (aiosmtpd): plain or with STARTTLS (a self-signed certificate made
here), with or without AUTH; it can refuse a recipient or give up after a number of mails."""

from __future__ import annotations

import datetime
import email
import email.policy
import ipaddress
import ssl
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.support.publishing import free_port, memory_keyring  # noqa: F401 - the keyring that forgets

USER, PASSWORD = "office", "geheim-wachtwoord"


def self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@dataclass
class Inbox:
    messages: list[email.message.EmailMessage] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    give_up_after: int | None = None  # mails accepted before the server answers 421 to the next

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 - aiosmtpd's name
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        if self.give_up_after is not None and len(self.messages) >= self.give_up_after:
            return "421 4.3.2 Shutting down"
        self.messages.append(email.message_from_bytes(envelope.original_content, policy=email.policy.default))
        return "250 OK"

    def to(self) -> list[str]:
        return [str(m["To"]) for m in self.messages]


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() and \
        auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok)


@dataclass
class MailServer:
    inbox: Inbox
    port: int
    security: str
    auth: bool


def start(tmp_path: Path, monkeypatch, security: str = "none", auth: bool = False):
    inbox = Inbox()
    options: dict = {}
    if security == "starttls":
        cert, key = self_signed(tmp_path)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        options.update(tls_context=context, require_starttls=True)
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the client trusts this certificate, and only it
    if auth:
        options.update(authenticator=_authenticator, auth_required=True, auth_require_tls=security != "none")
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    return controller, MailServer(inbox, port, security, auth)


@pytest.fixture
def smtp_server(tmp_path, monkeypatch, request):
    """Parametrise indirectly with (security, auth); default plain without AUTH."""
    security, auth = getattr(request, "param", ("none", False))
    controller, server = start(tmp_path, monkeypatch, security, auth)
    yield server
    controller.stop()
