"""The facilitator's view of the phone door: the join URL, copy, network choice and help.

Shown on the vote page (laptop only). The projector shows the same URL as a QR code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from msworkshop.ui.common import dialogs
from msworkshop.ui.common.i18n import current_ui_language, on_language_change
from msworkshop.ui.common.labels import typed_address
from msworkshop.ui.services.session import SessionController

if TYPE_CHECKING:
    from msworkshop.ui.services.phones import PhoneVoting


class JoinPanel(QGroupBox):
    """URL with a copy button, the interface picker, the port, a new link, troubleshooting."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._full_url = ""
        self.url = QLineEdit()
        self.url.setReadOnly(True)
        self.url.setStyleSheet("font-size: 13pt;")
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_url)
        self.network_label = QLabel()
        self.network = QComboBox()
        self.network.activated.connect(self._network_chosen)
        self.port_label = QLabel()
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setKeyboardTracking(False)
        self.port.valueChanged.connect(self._port_chosen)
        self.renew_button = QPushButton()
        self.renew_button.clicked.connect(self._renew)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.copy_button)
        settings_row = QHBoxLayout()
        settings_row.addWidget(self.network_label)
        settings_row.addWidget(self.network, 1)
        settings_row.addWidget(self.port_label)
        settings_row.addWidget(self.port)
        settings_row.addWidget(self.renew_button)
        layout = QVBoxLayout(self)
        layout.addLayout(url_row)
        layout.addLayout(settings_row)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)

        controller.join_url_changed.connect(self.refresh)
        controller.session_opened.connect(self.refresh)
        self.retranslate_ui()
        on_language_change(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Voting by phone"))
        self.copy_button.setText(self.tr("Copy link"))
        self.network_label.setText(self.tr("Network:"))
        self.network.setToolTip(self.tr("The network the room is on: Wi-Fi, a phone hotspot…"))
        self.port_label.setText(self.tr("Port:"))
        self.port.setSpecialValueText(self.tr("automatic"))
        self.renew_button.setText(self.tr("New link…"))
        self.renew_button.setToolTip(
            self.tr("Make a new link; the old link and QR code stop working.")
        )
        self.hint.setText(
            self.tr(
                "Phones do not connect? Check that they are on the same Wi-Fi as this laptop. "
                "Guest networks often keep devices apart: then start a hotspot on a phone, "
                "connect this laptop to it and pick it above. No phones? Use the kiosk or "
                "paper ballots."
            )
        )
        self.refresh()

    def refresh(self, *_: object) -> None:
        phones = self._phones()
        url = phones.join_url if phones is not None else ""
        self._full_url = url
        self.url.setText(typed_address(url))  # as the projector shows it
        self.url.setPlaceholderText(self.tr("Phone voting is not available"))
        self.copy_button.setEnabled(bool(url))
        self.renew_button.setEnabled(bool(url))
        self.network.blockSignals(True)
        self.network.clear()
        if phones is not None:
            for entry in phones.addresses:
                self.network.addItem(entry.display, entry.address)
            index = self.network.findData(phones.address)
            if index >= 0:
                self.network.setCurrentIndex(index)
        self.network.setEnabled(self.network.count() > 1)
        self.network.blockSignals(False)
        self.port.blockSignals(True)
        self.port.setValue(phones.preferred_port() if phones is not None else 0)
        self.port.blockSignals(False)
        error = phones.error if phones is not None else None
        self.error.setText(error.message(current_ui_language()) if error is not None else "")
        self.error.setVisible(error is not None)
        self.setVisible(phones is not None)

    def copy_url(self) -> None:
        if self._full_url:  # with http://, so that a chat app makes it a link
            QGuiApplication.clipboard().setText(self._full_url)

    def _phones(self) -> PhoneVoting | None:
        return self._controller.phones

    def _network_chosen(self, index: int) -> None:
        phones = self._phones()
        if phones is not None and index >= 0:
            phones.set_address(self.network.itemData(index))

    def _port_chosen(self, port: int) -> None:
        phones = self._phones()
        if phones is not None:
            phones.set_preferred_port(port)

    def _renew(self) -> None:
        phones = self._phones()
        question = self.tr(
            "Make a new link? Phones that opened the old link must scan the new QR code."
        )
        if phones is not None and dialogs.ask_confirm(self, question):
            phones.renew_token()
