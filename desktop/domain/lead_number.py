"""The leads register's number, YYYY-NNNNN (year of receipt, serial within it): the one
pattern that leads, bags and printed forms check against."""

from __future__ import annotations

import re

LEAD_NUMBER = re.compile(r"(\d{4})-(\d{5})")
