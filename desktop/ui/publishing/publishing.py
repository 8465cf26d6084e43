"""Settings › Publishing…: load the settings of the open file, ask, store them (the password in the keyring)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.exchange.publish import secrets
from desktop.exchange.publish.settings_store import load_settings, save_settings
from desktop.store.errors import StoreError
from desktop.ui.publishing.publishing_dialog import PublishingDialog
from desktop.ui.workspace import Workspace


def edit_publishing(parent: QWidget | None, workspace: Workspace, publisher=None) -> bool:
    """Show the publishing settings of the open file; True when they were changed. With a `publisher`
    (desktop.ui.publishing.publisher.Publisher) the dialog's "Publish now" goes through it, and the calendar
    is published right away when automatic."""
    from keyring.errors import KeyringError

    db = workspace.register.db
    current = load_settings(db)
    password = ""
    if current.caldav_url and current.caldav_user:
        try:
            password = secrets.get_password(current.caldav_url, current.caldav_user) or ""
        except KeyringError:
            password = ""
    answer = PublishingDialog.ask(parent, current, password, publisher)
    if answer is None:
        return False
    chosen, new_password = answer
    title = QCoreApplication.translate("PublishingSettings", "Publishing")
    try:
        save_settings(db, chosen)
    except StoreError as exc:
        from desktop.ui.file_dialogs import report_store_error

        report_store_error(parent, exc.message)
        return False
    if chosen.caldav_url and chosen.caldav_user:
        try:
            if new_password:
                secrets.set_password(chosen.caldav_url, chosen.caldav_user, new_password)
            else:
                secrets.delete_password(chosen.caldav_url, chosen.caldav_user)
        except KeyringError as exc:
            QMessageBox.warning(parent, title, QCoreApplication.translate(
                "PublishingSettings", "The password could not be kept in the system keyring: {reason}")
                .format(reason=exc))
    if publisher is not None and chosen.automatic and chosen.has_destination:
        publisher.publish_now()
    return True
