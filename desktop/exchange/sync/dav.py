"""The WebDAV conversation with a CardDAV/CalDAV server, with `niquests` (what the `caldav` library itself
uses): discovery (RFC 6764/6352/4791), creating a collection, sync-collection (RFC 6578), PROPFIND of ETags,
multiget, and conditional PUT and DELETE. One client for both kinds: the requests differ only in namespaces.

Hrefs are kept as unquoted paths ("/anna/contacts/x.vcf"); they are quoted again for each request.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

from lxml import etree

from desktop.models.i18n import QT_TRANSLATE_NOOP, Message

DAV, CARD, CAL, CS = "DAV:", "urn:ietf:params:xml:ns:carddav", "urn:ietf:params:xml:ns:caldav", \
    "http://calendarserver.org/ns/"
TIMEOUT_SECONDS = 30
MULTIGET_BATCH = 200


@dataclass(frozen=True)
class Kind:
    """What tells an address book from a calendar on the wire."""

    name: str  # "addressbook" or "calendar"
    namespace: str
    home_set: str
    multiget: str
    data: str
    content_type: str
    extension: str


ADDRESSBOOK = Kind("addressbook", CARD, "addressbook-home-set", "addressbook-multiget", "address-data",
                   "text/vcard; charset=utf-8", ".vcf")
CALENDAR = Kind("calendar", CAL, "calendar-home-set", "calendar-multiget", "calendar-data",
                "text/calendar; charset=utf-8", ".ics")


CTX = "Sync"


class DavError(Exception):
    """The server could not be reached or refused; `status` 0 when nothing answered. `message` says it for the
    user (desktop.i18n.text translates it)."""

    def __init__(self, message: Message | str, status: int = 0):
        self.message = message if isinstance(message, Message) else Message(CTX, message)
        super().__init__(self.message.untranslated())
        self.status = status


def _says(source: str, **params: object) -> Message:
    return Message(CTX, source, params)


def _answered(status: int, method: str, path: str) -> Message:
    return _says(QT_TRANSLATE_NOOP("Sync", "The server answered {status} to {method} {path}"), status=status,
                 method=method, path=path)


class Precondition(DavError):
    """412: the object changed on the server (If-Match), or exists already (If-None-Match)."""


class TokenExpired(DavError):
    """The server no longer knows our sync token: compare ETags instead (RFC 6578 3.2, valid-sync-token)."""


def check_url(url: str) -> None:
    """Refuse what would send personal data in the clear: plain http:// to anything but this computer (the rule
    of the sync.url setting, asked again for a URL from elsewhere)."""
    from desktop.models.file_settings import SettingError, checked

    try:
        checked("sync.url", url)
    except SettingError as exc:
        raise DavError(exc.message) from exc
    if not url.strip():
        raise DavError(_says(QT_TRANSLATE_NOOP("Sync", "The server address (sync.url) is not set")))


def _q(tag: str, namespace: str = DAV) -> str:
    return f"{{{namespace}}}{tag}"


class Client:
    def __init__(self, url: str, user: str = "", password: str | None = None, timeout: float = TIMEOUT_SECONDS):
        import niquests

        check_url(url)
        self.url = url.strip()
        parts = urlsplit(self.url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.session = niquests.Session()
        if user:
            self.session.auth = (user, password or "")
        self.timeout = timeout

    def close(self) -> None:
        self.session.close()

    # -- plumbing ----------------------------------------------------------------------------------
    def absolute(self, href: str) -> str:
        return self.origin + quote(unquote(urlsplit(href).path) if href.startswith("http") else href, safe="/@:+~")

    def request(self, method: str, href: str, body: bytes | str | None = None,
                headers: dict[str, str] | None = None) -> Any:
        import niquests

        try:
            response = self.session.request(method, self.absolute(href), data=body, headers=headers or {},
                                            timeout=self.timeout, allow_redirects=True)
        except niquests.RequestException as exc:
            raise DavError(_says(QT_TRANSLATE_NOOP("Sync", "{server} did not answer ({detail})"), server=self.origin,
                                 detail=type(exc).__name__)) from exc
        if response.status_code == 412:
            raise Precondition(f"{method} {href}: changed on the server meanwhile", 412)
        if response.status_code in (401, 403) and method not in ("REPORT",):
            raise DavError(_says(QT_TRANSLATE_NOOP("Sync", "{server} refused the login or the access ({status}): "
                                                           "check the user name and the password"),
                                 server=self.origin, status=response.status_code), response.status_code)
        return response

    def _xml(self, method: str, href: str, body: etree._Element, depth: str) -> etree._Element:
        response = self.request(method, href, etree.tostring(body, xml_declaration=True, encoding="utf-8"),
                                {"Depth": depth, "Content-Type": "application/xml; charset=utf-8"})
        if response.status_code in (403, 409) and b"valid-sync-token" in (response.content or b""):
            raise TokenExpired("sync token no longer valid", response.status_code)
        if response.status_code == 404:
            raise DavError(_says(QT_TRANSLATE_NOOP("Sync", "{path} does not exist on the server"), path=href), 404)
        if response.status_code != 207:
            raise DavError(_answered(response.status_code, method, href), response.status_code)
        return etree.fromstring(response.content)

    def propfind(self, href: str, props: Iterable[str], depth: str = "0") -> dict[str, dict[str, etree._Element]]:
        """href (unquoted path) → property tag → its element, for the properties found (200)."""
        root = etree.Element(_q("propfind"))
        prop = etree.SubElement(root, _q("prop"))
        for tag in props:
            etree.SubElement(prop, tag)
        return dict(_responses(self._xml("PROPFIND", href, root, depth)))

    # -- discovery ---------------------------------------------------------------------------------
    def discover(self, kind: Kind, name: str) -> str:
        """The path of the collection named `name` (display name or last path segment) under the user's home for
        `kind`, created when missing. `self.url` may be the server's root, the user's principal, the home, or
        the collection itself (then `name` is not needed)."""
        start = urlsplit(self.url).path or "/"
        home_set = _q(kind.home_set, kind.namespace)
        found = self.propfind(start, [_q("resourcetype"), _q("current-user-principal"), home_set])
        props = found.get(_norm(start)) or next(iter(found.values()), {})
        if _is_collection_of(props, kind):
            return _norm(start)
        home = _href_in(props.get(_q(kind.home_set, kind.namespace)))
        if home is None:
            principal = _href_in(props.get(_q("current-user-principal")))
            if principal is None:
                principal = self._well_known(kind)
            if principal is not None:
                home = _href_in(self.propfind(principal, [_q(kind.home_set, kind.namespace)]).get(
                    _norm(principal), {}).get(_q(kind.home_set, kind.namespace)))
        if home is None:
            raise DavError(_says(QT_TRANSLATE_NOOP("Sync", "{url}: the server names no address book or calendar "
                                                           "home for this user"), url=self.url))
        return self.find_or_make(home, kind, name)

    def _well_known(self, kind: Kind) -> str | None:
        path = "/.well-known/carddav" if kind is ADDRESSBOOK else "/.well-known/caldav"
        try:
            found = self.propfind(path, [_q("current-user-principal")])
        except DavError:
            return None
        for props in found.values():
            principal = _href_in(props.get(_q("current-user-principal")))
            if principal is not None:
                return principal
        return None

    def find_or_make(self, home: str, kind: Kind, name: str) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-") or f"social-calendar-{kind.name}"
        listing = self.propfind(home, [_q("resourcetype"), _q("displayname")], depth="1")
        for href, props in listing.items():
            if not _is_collection_of(props, kind):
                continue
            label = (props[_q("displayname")].text or "") if _q("displayname") in props else ""
            segment = href.rstrip("/").rsplit("/", 1)[-1]
            if label.strip() == name.strip() or segment in (name.strip(), slug, f"{slug}-{kind.name}"):
                return href
        # Some servers keep address books and calendars in one home: the kind in the new name keeps them apart.
        return self.make(f"{home.rstrip('/')}/{slug}-{kind.name}/", kind, name.strip() or slug)

    def make(self, href: str, kind: Kind, label: str) -> str:
        if kind is ADDRESSBOOK:  # extended MKCOL (RFC 5689), as RFC 6352 6.3.1 asks
            root = etree.Element(_q("mkcol"))
            prop = etree.SubElement(etree.SubElement(root, _q("set")), _q("prop"))
            resourcetype = etree.SubElement(prop, _q("resourcetype"))
            etree.SubElement(resourcetype, _q("collection"))
            etree.SubElement(resourcetype, _q("addressbook", CARD))
            method = "MKCOL"
        else:
            root = etree.Element(_q("mkcalendar", CAL))
            prop = etree.SubElement(etree.SubElement(root, _q("set")), _q("prop"))
            components = etree.SubElement(prop, _q("supported-calendar-component-set", CAL))
            for component in ("VTODO", "VEVENT", "VJOURNAL"):
                etree.SubElement(components, _q("comp", CAL), name=component)
            method = "MKCALENDAR"
        etree.SubElement(prop, _q("displayname")).text = label
        response = self.request(method, href, etree.tostring(root, xml_declaration=True, encoding="utf-8"),
                                {"Content-Type": "application/xml; charset=utf-8"})
        if response.status_code not in (200, 201):
            raise DavError(_answered(response.status_code, method, href), response.status_code)
        return _norm(href)

    def supports_sync(self, collection: str) -> bool:
        props = self.propfind(collection, [_q("supported-report-set"), _q("sync-token")]).get(_norm(collection), {})
        return _q("sync-token") in props or b"sync-collection" in etree.tostring(
            props.get(_q("supported-report-set"), etree.Element("x")))

    # -- reading -----------------------------------------------------------------------------------
    def sync_collection(self, collection: str, token: str | None) -> tuple[dict[str, str], set[str], str | None]:
        """RFC 6578: (changed href → ETag, deleted hrefs, the new token) since `token` (None: everything)."""
        root = etree.Element(_q("sync-collection"))
        etree.SubElement(root, _q("sync-token")).text = token or ""
        etree.SubElement(root, _q("sync-level")).text = "1"
        etree.SubElement(etree.SubElement(root, _q("prop")), _q("getetag"))
        answer = self._xml("REPORT", collection, root, "0")
        changed: dict[str, str] = {}
        deleted: set[str] = set()
        for response in answer.iter(_q("response")):
            href = _norm(response.findtext(_q("href")) or "")
            if href == _norm(collection):
                continue
            status = response.findtext(_q("status")) or ""
            etag = response.find(f".//{_q('getetag')}")
            if " 404" in status and etag is None:
                deleted.add(href)
            elif etag is not None and etag.text:
                changed[href] = etag.text
        return changed, deleted, answer.findtext(_q("sync-token"))

    def etags(self, collection: str) -> dict[str, str]:
        """Every object of the collection with its ETag (PROPFIND, depth 1)."""
        listing = self.propfind(collection, [_q("getetag"), _q("resourcetype")], depth="1")
        return {href: props[_q("getetag")].text or "" for href, props in listing.items()
                if href != _norm(collection) and _q("getetag") in props and not _is_collection(props)}

    def multiget(self, collection: str, kind: Kind, hrefs: Iterable[str]) -> dict[str, tuple[str, str]]:
        """href → (ETag, text) of the objects asked for (those gone meanwhile are left out)."""
        found: dict[str, tuple[str, str]] = {}
        for batch in _batches(sorted(hrefs), MULTIGET_BATCH):
            root = etree.Element(_q(kind.multiget, kind.namespace))
            prop = etree.SubElement(root, _q("prop"))
            etree.SubElement(prop, _q("getetag"))
            etree.SubElement(prop, _q(kind.data, kind.namespace))
            for href in batch:
                etree.SubElement(root, _q("href")).text = quote(href, safe="/@:+~")
            for href, props in _responses(self._xml("REPORT", collection, root, "1")):
                data = props.get(_q(kind.data, kind.namespace))
                if data is not None and data.text:
                    etag = props.get(_q("getetag"))
                    found[href] = ((etag.text or "") if etag is not None else "", data.text)
        return found

    # -- writing -----------------------------------------------------------------------------------
    def put(self, href: str, text: str, kind: Kind, etag: str | None) -> str | None:
        """Create (`etag` None: If-None-Match: *) or replace (If-Match) one object; its new ETag when the server
        says it. Precondition when it changed or exists."""
        headers = {"Content-Type": kind.content_type}
        headers["If-Match" if etag else "If-None-Match"] = etag or "*"
        response = self.request("PUT", href, text.encode("utf-8"), headers)
        if response.status_code not in (200, 201, 204):
            raise DavError(_answered(response.status_code, "PUT", href), response.status_code)
        new = response.headers.get("ETag")
        return str(new) if new and not str(new).startswith("W/") else None

    def delete(self, href: str, etag: str | None) -> None:
        """Delete one object if it is still the version `etag`; one already gone counts as deleted."""
        response = self.request("DELETE", href, headers={"If-Match": etag} if etag else {})
        if response.status_code not in (200, 204, 404):
            raise DavError(_answered(response.status_code, "DELETE", href), response.status_code)

    def privileges(self, collection: str) -> list[str]:
        """What the server says this user may do with the collection (WebDAV ACL), for the set-up's warning."""
        try:
            props = self.propfind(collection, [_q("current-user-privilege-set")]).get(_norm(collection), {})
        except DavError:
            return []
        element = props.get(_q("current-user-privilege-set"))
        if element is None:
            return []
        return sorted({etree.QName(child).localname for privilege in element.iter(_q("privilege"))
                       for child in privilege})

    def access(self, collection: str) -> Access:
        """Who owns the collection and who else may read it, as far as the server tells: RFC 3744's `acl`
        (sabre/dav: Nextcloud, Baïkal, SOGo) and the sharing lists of Nextcloud/ownCloud (`oc:invite`) and
        Apple's calendar server (`cs:invite`)."""
        try:
            props = self.propfind(collection, [_q("owner"), _q("acl"), _q("invite", OC), _q("invite", CS)]).get(
                _norm(collection), {})
        except DavError:
            return Access(None, None)
        return access_from(props)


OC = "http://owncloud.org/ns"
EVERYONE, LOGGED_IN = "*all*", "*authenticated*"  # in Access.readers: anyone, anyone with an account


@dataclass(frozen=True)
class Access:
    owner: str | None  # the owner's principal; None: not said
    readers: list[str] | None  # principals (or "everyone", "every logged-in user") who may read; None: not said


def access_from(props: dict[str, etree._Element]) -> Access:
    owner = _href_in(props.get(_q("owner")))
    readers: list[str] | None = None
    acl = props.get(_q("acl"))
    if acl is not None:
        readers = []
        for ace in acl.iter(_q("ace")):
            grant = ace.find(_q("grant"))
            if grant is None or not any(etree.QName(p).localname in ("read", "all")
                                        for privilege in grant.iter(_q("privilege")) for p in privilege):
                continue
            principal = ace.find(_q("principal"))
            if principal is None:
                continue
            for child in principal:
                name = etree.QName(child).localname
                if name == "href" and child.text:
                    readers.append(_norm(child.text.strip()))
                elif name in ("all", "unauthenticated"):
                    readers.append(EVERYONE)
                elif name == "authenticated":
                    readers.append(LOGGED_IN)
    for namespace in (OC, CS):
        invite = props.get(_q("invite", namespace))
        if invite is None:
            continue
        readers = readers or []
        for user in invite.iter(_q("user", namespace)):
            name = user.findtext(_q("common-name", namespace)) or user.findtext(_q("href")) or ""
            if name.strip():
                readers.append(name.strip().removeprefix("mailto:"))
    if readers is not None:
        readers = [r for r in dict.fromkeys(readers) if r != owner and not r.startswith(f"{owner}calendar-proxy")]
    return Access(owner, readers)


def _norm(href: str) -> str:
    return unquote(urlsplit(href).path) if href else href


def _responses(root: etree._Element) -> Iterator[tuple[str, dict[str, etree._Element]]]:
    for response in root.iter(_q("response")):
        href = _norm(response.findtext(_q("href")) or "")
        props: dict[str, etree._Element] = {}
        for propstat in response.iter(_q("propstat")):
            if " 200" not in (propstat.findtext(_q("status")) or ""):
                continue
            for prop in propstat.iter(_q("prop")):
                for child in prop:
                    props[child.tag] = child
        yield href, props


def _href_in(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    text = element.findtext(_q("href"))
    return _norm(text.strip()) if text and text.strip() else None


def _is_collection(props: dict[str, etree._Element]) -> bool:
    element = props.get(_q("resourcetype"))
    return element is not None and element.find(_q("collection")) is not None


def _is_collection_of(props: dict[str, etree._Element], kind: Kind) -> bool:
    element = props.get(_q("resourcetype"))
    return element is not None and element.find(_q(kind.name, kind.namespace)) is not None


def _batches(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def join(collection: str, name: str) -> str:
    return urljoin(collection if collection.endswith("/") else collection + "/", name)
