"""GTIN helpers for the matcher: the project's one implementation, :mod:`crawler.gtin`."""

from __future__ import annotations

from crawler.gtin import gtin14

__all__ = ["gtin14"]
