"""The base of every demo shop: its listings for the day and a tiny path router."""

from __future__ import annotations

import re
from typing import Callable, ClassVar, Sequence

from demo.catalog import CatalogProduct
from demo.sites.common import (
    Branch,
    Listing,
    Request,
    Response,
    RetailerProfile,
    build_listings,
    demo_date,
    not_found,
    svg_image,
    text_response,
)


class DemoSite:
    """One demo retailer, answering requests built from the catalog (nothing on disk).

    ``routes`` maps a full-match path regex to a method name; named groups become
    keyword arguments of the method, which receives the ``Request`` first.
    """

    profile: ClassVar[RetailerProfile]
    branches: ClassVar[tuple[Branch, ...]]
    routes: ClassVar[tuple[tuple[str, str], ...]] = ()
    robots_txt: ClassVar[str] = "User-agent: *\nDisallow: /cart\n"

    def __init__(self, products: Sequence[CatalogProduct], *, day: int = 0, empty: bool = False):
        self.products = tuple(products)
        self.day = day
        self.empty = empty
        self.listings: list[Listing] = (
            [] if empty else build_listings(self.profile, self.products, day, always=self.always_listed())
        )
        self.by_key: dict[str, Listing] = {listing.key: listing for listing in self.listings}
        self._routes: list[tuple[re.Pattern, Callable[..., Response]]] = [
            (re.compile(pattern), getattr(self, method)) for pattern, method in self.routes
        ]
        self._routes.append((re.compile(r"/robots\.txt"), self.robots))
        self._routes.append((re.compile(r"/(?:images|cdn/shop/files|wp-content/uploads/demo|static/img)/"
                                        r"(?P<name>[A-Za-z0-9._-]+)\.svg"), self.image))

    # -- shop identity
    @property
    def name(self) -> str:
        return self.profile.name

    @property
    def display_name(self) -> str:
        return self.profile.display_name

    @property
    def today(self) -> str:
        return demo_date(self.day).isoformat()

    def always_listed(self) -> Sequence[str]:
        """Keys the shop sells whatever the coverage draw says (its special cases)."""
        return ()

    # -- dispatch
    def handle(self, path: str, query: dict[str, list[str]], base_url: str) -> Response:
        request = Request(path=path, query=query, base_url=base_url.rstrip("/"))
        for pattern, method in self._routes:
            match = pattern.fullmatch(path)
            if match:
                response = method(request, **match.groupdict())
                if response is not None:
                    return response
                break
        return not_found(self.display_name, path)

    # -- shared endpoints
    def robots(self, request: Request) -> Response:
        return text_response(self.robots_txt.format(base=request.base_url))

    def image(self, request: Request, name: str) -> Response | None:
        listing = self.by_key.get(name)
        return svg_image(listing.title if listing else name)

    def image_url(self, request: Request, listing: Listing) -> str:
        return f"{request.base_url}/images/{listing.key}.svg"
