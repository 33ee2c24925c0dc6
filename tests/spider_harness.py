"""Build Scrapy responses from saved pages (with their real URLs) and run spider callbacks."""

from __future__ import annotations

from pathlib import Path

from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse

from tests.conftest import FIXTURES


def fixture_response(retailer: str, name: str, url: str, *, kind: str = "html", meta: dict | None = None,
                     headers: dict | None = None):
    body = (FIXTURES / retailer / name).read_bytes()
    cls = {"html": HtmlResponse, "xml": XmlResponse, "text": TextResponse}[kind]
    request = Request(url, meta=meta or {})
    return cls(url=url, body=body, encoding="utf-8" if kind != "html" else None, request=request,
               headers=headers or {"Content-Type": "text/html; charset=utf-8"} if kind == "html" else headers)


def spider(spider_cls, **kwargs):
    return spider_cls(**kwargs)


def fixture_path(retailer: str, name: str) -> Path:
    return FIXTURES / retailer / name
