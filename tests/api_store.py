"""A small hand-made store for the API, server and browser tests (no trained model involved)."""

from __future__ import annotations

from pathlib import Path

from graph.store import Store
from tests.factories import article, extraction

XSS = "<img src=x onerror=alert(1)>"

DOC1 = ("French President Emmanuel Macron met Keir Starmer in Paris. Macron said France would send troops to "
        "the Reassurance Force. Starmer accused Russia of delaying the talks. Italy would not send troops to "
        "the Reassurance Force.")
DOC2 = "Keir Starmer warned Russia again. The United Kingdom supports Ukraine. Macron supports Ukraine."
DOC_XSS = (f"Malory {XSS} Archer said the href was fine. Malory {XSS} Archer condemned Russia. "
           f"The {XSS} Council backs Ukraine.")


def build_store(path: Path, *, xss: bool = False) -> Path:
    """Two articles (three with `xss`: entity names and sentences carrying markup and 'href')."""
    with Store(path) as store:
        store.add(
            article(DOC1, title="Leaders meet in Paris", date="2025-03-27", url="https://example.org/paris"),
            extraction(DOC1, [
                ("French", "STATE", "STATE:FR"), ("Emmanuel Macron", "PERSON", ""), ("Keir Starmer", "PERSON", ""),
                ("Paris", "PLACE", ""), ("Macron", "PERSON", ""), ("France", "STATE", "STATE:FR"),
                ("Reassurance Force", "ORG", ""), ("Starmer", "PERSON", ""), ("Russia", "STATE", "STATE:RU"),
                ("Italy", "STATE", "STATE:IT"), ("Reassurance Force", "ORG", ""),
            ], [(1, "affiliated_with", 0), (5, "participates_in", 6), (7, "opposes", 8), (9, "declines", 10)],
                role="President"),
        )
        store.add(
            article(DOC2, title="A warning and a pledge", date="2026-01-06", url="javascript:alert(2)"),
            extraction(DOC2, [
                ("Keir Starmer", "PERSON", ""), ("Russia", "STATE", "STATE:RU"),
                ("United Kingdom", "STATE", "STATE:GB"), ("Ukraine", "STATE", "STATE:UA"),
                ("Macron", "PERSON", ""), ("Ukraine", "STATE", "STATE:UA"),
            ], [(0, "opposes", 1), (2, "supports", 3), (4, "supports", 5)]),
        )
        if xss:
            store.add(
                article(DOC_XSS, title=f"{XSS} href headline", date="2026-01-07",
                        url="https://example.org/x?<b>href</b>"),
                extraction(DOC_XSS, [
                    (f"Malory {XSS} Archer", "PERSON", ""), (f"Malory {XSS} Archer", "PERSON", ""),
                    ("Russia", "STATE", "STATE:RU"), (f"{XSS} Council", "ORG", ""), ("Ukraine", "STATE", "STATE:UA"),
                ], [(1, "opposes", 2), (3, "supports", 4)]),
            )
    return path
