"""MemoryLoader: an in-process rdflib Dataset; the loaders' test twin."""

from __future__ import annotations

from rdflib import Dataset

from kg.loaders import BaseLoader, LoadResult
from kg.rdf import facts_to_dataset
from kg.validate import Report


class MemoryLoader(BaseLoader):
    def __init__(self, dataset: Dataset | None = None) -> None:
        self.dataset = dataset if dataset is not None else Dataset()

    def load(self, report: Report) -> LoadResult:
        facts = report.accepted
        facts_to_dataset([facts], self.dataset)  # replaces the article's graph
        return LoadResult(articles=1, facts=facts.count())


