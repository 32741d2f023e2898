"""Turn a processed spaCy `Doc` into plain records: sentences, entity mentions, relations."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc

from nlp.discourse import add_mention_tokens, finish_discourse, start_discourse
from nlp.entities import is_dateline, is_furniture, is_headline, load_lexicon
from nlp.gazetteer import ARTICLE_KEY, load_gazetteer
from nlp.lexicon import load_stance_lexicon
from nlp.name_evidence import name_evidence
from nlp.name_lexicon import load_name_lexicon
from nlp.records import STANCES, TYPED_AS, Extraction, Mention, Relation, Sentence
from nlp.roles import affiliations, role_mentions
from nlp.stance import stance_relations


def extract(doc: Doc, *, data_dir: str, relations: bool = True) -> Extraction:
    lex = load_lexicon(data_dir, "entities")
    function_words = frozenset(lex["headline_function_words"])
    openings = tuple(tuple(o.split()) for o in lex["furniture_openings"])
    result = Extraction(n_tokens=len(doc))
    sent_of_token: dict[int, int] = {}
    paragraph = 0
    text = doc.text  # Doc.text re-joins every token on each call
    topics: set[int] = set()  # verbless headings ('Agreement between X and Y') name a topic and assert nothing
    for idx, sent in enumerate(doc.sents):
        if idx and "\n" in text[doc[sent.start - 1].idx: sent.start_char]:
            paragraph += 1
        headline = is_headline(sent, function_words)
        result.sentences.append(
            Sentence(idx, sent.start_char, sent.end_char, paragraph,
                     headline or is_furniture(sent, openings) or is_dateline(sent))
        )
        if headline and not any(t.pos_ in {"VERB", "AUX"} for t in sent):
            topics.add(idx)
        for i in range(sent.start, sent.end):
            sent_of_token[i] = idx
    ents = list(doc.ents)  # Doc.ents walks every token on each call
    for idx, ent in enumerate(ents):
        result.mentions.append(
            Mention(idx, sent_of_token[ent.start], ent.start_char, ent.end_char, ent.text, ent.label_, ent.kb_id_)
        )
    role_heads = frozenset(load_lexicon(data_dir, "stance")["roles"]["heads"])
    result.name_evidence.extend(name_evidence(doc, load_name_lexicon(data_dir), role_heads=role_heads,
                                              sent_of_token=sent_of_token, ents=ents))
    if not relations or not doc.has_annotation("DEP"):
        return result
    d = start_discourse(doc, result.mentions, load_stance_lexicon(data_dir), sent_of_token)
    d.evidenced = evidenced_types(result)
    d.joinable, d.leavable, d.universal, d.operations = blocs(result.mentions, data_dir)
    for role, qualifier_tokens in role_mentions(doc, d, len(result.mentions)):
        result.mentions.append(role)
        add_mention_tokens(d, role, skip=qualifier_tokens)
    finish_discourse(d)
    d.affiliations = list(affiliations(d))
    result.relations.extend(d.affiliations)
    result.relations.extend(r for r in stance_relations(d) if r.sent not in topics)
    return _without_unheld_measures(result)


def _without_unheld_measures(result: Extraction) -> Extraction:
    """An unnamed measure ('the draft resolution') is an entity only where someone takes a stance on it: drop
    the mentions of the others and renumber what points at mentions."""
    held = {i for r in result.relations if r.relation in STANCES for i in (r.source, r.target)}
    dropped = {m.idx for m in result.mentions if ARTICLE_KEY in m.kb_id and m.idx not in held}
    if not dropped:
        return result
    kept = [m for m in result.mentions if m.idx not in dropped]
    new = {m.idx: i for i, m in enumerate(kept)}

    def renumbered(rs: list[Relation]) -> list[Relation]:
        return [replace(r, source=new[r.source], target=new[r.target],
                        speaker=new.get(r.speaker) if r.speaker is not None else None)
                for r in rs if r.source in new and r.target in new]

    result.mentions = [replace(m, idx=new[m.idx]) for m in kept]
    result.relations = renumbered(result.relations)
    result.name_evidence = renumbered(result.name_evidence)
    return result


def evidenced_types(result: Extraction) -> dict[str, str]:
    """What the article's own words say each name is ('M23 rebels': an organisation), by majority."""
    votes: dict[str, Counter] = {}
    for r in result.name_evidence:
        if r.relation == TYPED_AS:
            votes.setdefault(result.mentions[r.source].text, Counter())[r.role] += 1
    return {text: counts.most_common(1)[0][0] for text, counts in votes.items()}


def blocs(mentions: list[Mention], data_dir: str) -> tuple[frozenset[int], ...]:
    """Mentions of alliances and coalitions (joined or left), of other blocs (left), by the gazetteer's
    category or a name that says so ('the Alliance of Sahel States'); of bodies whose membership says
    nothing (the UN, the Security Council); and of peace operations known by name (UNIFIL, KFOR)."""
    words = load_stance_lexicon(data_dir).words
    gazetteer = load_gazetteer(str(Path(data_dir) / "gazetteer"))
    join, leave, universal, operations = set(), set(), set(), set()
    for m in mentions:
        known = gazetteer.entities.get(m.kb_id)
        category = known.category if known else ""
        name = known.label if known else m.text
        name_words = set(name.lower().split()) if m.label == "ORG" else set()
        named = bool(name_words & words.bloc_words)  # "the Alliance of ..."
        if category in words.bloc_join or named:
            join.add(m.idx)
        if category in words.bloc_leave or named or name_words & words.left_words:  # "quit the X Forum"
            leave.add(m.idx)
        if category in words.universal_categories or m.kb_id in words.universal_bodies:
            universal.add(m.idx)
        if category in words.operation_categories:
            operations.add(m.idx)
    return frozenset(join), frozenset(leave), frozenset(universal), frozenset(operations)
