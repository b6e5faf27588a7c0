"""The fixed texts of the action plan (content strings ``pdf.*``), escaped for Paragraph markup."""

from __future__ import annotations

from dataclasses import dataclass

from msworkshop.domain.content import Content
from msworkshop.domain.number_format import format_decimal
from msworkshop.domain.workshop import Workshop
from msworkshop.export.pdf_layout import esc


@dataclass(frozen=True)
class PdfTexts:
    content: Content
    workshop: Workshop

    def t(self, key: str, **params: object) -> str:
        """``pdf.<key>`` with (unescaped) parameters filled in, escaped as a whole."""
        return esc(self.plain(key, **params))

    def plain(self, key: str, **params: object) -> str:
        """``pdf.<key>`` unescaped: for canvas text, metadata and parameters of ``t``."""
        return self.content.text(f"pdf.{key}", **params)

    def diagnostic(self, key: str, **params: object) -> str:
        """``diagnostic.<key>`` (the statements' stage), escaped as a whole."""
        return esc(self.content.text(f"diagnostic.{key}", **params))

    def number(self, value: float, decimals: int = 1) -> str:
        """A figure with the decimal sign of the document's language ("2,2" in Dutch)."""
        return format_decimal(value, decimals, self.content.language)

    def stage(self, stage: int) -> str:
        """Unescaped numbered stage label, e.g. "2. Dating (Defined)"."""
        return self.plain("stage_numbered", number=stage, label=self.content.stage_label(stage))

    def target(self, agreement: tuple[int, int]) -> str:
        """Unescaped target of an agreement: a stage, or "stay and strengthen"."""
        current, target = agreement
        return self.plain("stay") if target == current else self.stage(target)

    def agreement_line(self, agreement: tuple[int, int], *, bold_target: bool = False) -> str:
        """Paragraph markup: "Agreed: <stage> · Target: <stage or stay>" (agreed in bold)."""
        target = self.t("team_target", stage=self.target(agreement))
        if bold_target:
            target = f"<b>{target}</b>"
        return (
            f"<b>{self.t('team_agreed', stage=self.stage(agreement[0]))}</b> &nbsp;·&nbsp; {target}"
        )

    def function_name(self, key: str) -> str:
        function = next((f for f in self.workshop.functions if f.key == key), None)
        return self.content.function_name(key, function.name if function else "")
