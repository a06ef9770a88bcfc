"""The Chinese names of the leads register's codes, for printed forms.

The core stores and passes codes (CrimeCategory.value …). Forms that leave the
reporting centre are printed in Chinese whatever the screen language, so printing/
takes its words from here; ui/ may take the same table for its Chinese screens, as
ui/ must not import printing/. The words are those of the Chinese screens
(resources/translations/leadvault_zh_CN.ts), so a notice and the screen agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType
from typing import TypeVar

from desktop.domain.leads import Channel, CrimeCategory, Disposition, LeadStatus

E = TypeVar("E", bound=Enum)

CATEGORY_ZH: Mapping[CrimeCategory, str] = MappingProxyType({
    CrimeCategory.EMBEZZLEMENT_BRIBERY: "贪污贿赂",
    CrimeCategory.DERELICTION: "渎职",
    CrimeCategory.RIGHTS_INFRINGEMENT: "侵犯公民权利",
    CrimeCategory.OTHER: "其他",
})
CHANNEL_ZH: Mapping[Channel, str] = MappingProxyType({
    Channel.VISIT: "来访",
    Channel.LETTER: "来信",
    Channel.FAX: "传真",
    Channel.PHONE: "电话",
    Channel.EMAIL: "电子邮件",
    Channel.WEBSITE: "网络（12309）",
    Channel.ORAL: "口头",
})
STATUS_ZH: Mapping[LeadStatus, str] = MappingProxyType({
    LeadStatus.RECEIVED: "待处理",
    LeadStatus.ROUTED: "已分流",
    LeadStatus.TRANSFERRED: "已移送",
    LeadStatus.PRELIMINARY_CHECK: "初核",
    LeadStatus.FILED_UPWARD: "已报上级",
    LeadStatus.CLOSED: "不予处理",
    LeadStatus.VOIDED: "已作废",
})
DISPOSITION_ZH: Mapping[Disposition, str] = MappingProxyType({
    Disposition.ACCEPT_AND_ROUTE: "受理并分流至部门",
    Disposition.TRANSFER: "移送其他机关",
    Disposition.PRELIMINARY_CHECK: "初核",
    Disposition.FILE_UPWARD: "报上级院",
    Disposition.NO_ACTION: "不予处理",
})


def _by_code(table: Mapping[E, str]) -> Mapping[str, str]:
    return MappingProxyType({member.value: label for member, label in table.items()})


_CATEGORY_BY_CODE = _by_code(CATEGORY_ZH)


def category_zh(category: CrimeCategory | str) -> str:
    """The Chinese name of a category or of its code. Any other text is taken to be a
    name already (a form filled in by hand, a legacy register) and kept as it is."""
    if isinstance(category, CrimeCategory):
        return CATEGORY_ZH[category]
    return _CATEGORY_BY_CODE.get(category, category)
