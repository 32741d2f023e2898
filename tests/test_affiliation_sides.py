"""Which side a person acts for across the corpus (graph.derive.Affiliations), from their affiliation records."""

from __future__ import annotations

from graph.derive import Affiliations


def test_a_person_acts_for_the_side_most_of_their_titles_name() -> None:
    book = Affiliations.of_records({
        "a": [("p:maduro", "s:ve", "President", False)],
        "b": [("p:maduro", "s:ve", "President", False), ("p:maduro", "o:psuv", "leader", False)],
    })
    assert book.of["p:maduro"] == "s:ve"


def test_an_opposition_leader_does_not_speak_for_the_state() -> None:
    book = Affiliations.of_records({"a": [("p:guaido", "s:ve", "opposition leader", False)]})
    assert "p:guaido" not in book.of  # a stance of theirs is no stance of the state's
    assert book.holders == [("p:guaido", "s:ve", "opposition leader")]  # the affiliation itself stands
