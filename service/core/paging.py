"""The query parameters every list takes: page (from 1), per_page (at most 100) and search."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query

# Far beyond any real list, and small enough that (page - 1) * per_page fits every database's integers: a larger
# page would overflow the query's OFFSET instead of answering an empty page.
MAX_PAGE = 10_000_000
PageQuery = Annotated[int, Query(ge=1, le=MAX_PAGE, description="From 1")]
PerPageQuery = Annotated[int, Query(ge=1, le=100, description="Items per page, at most 100")]


@dataclass(frozen=True)
class Paging:
    search: str | None
    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


def _paging(
    search: Annotated[str | None, Query(max_length=100, description="Part of a name or description")] = None,
    page: PageQuery = 1,
    per_page: PerPageQuery = 20,
) -> Paging:
    return Paging(search=search, page=page, per_page=per_page)


PagingDep = Annotated[Paging, Depends(_paging)]
