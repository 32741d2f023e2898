"""Response and request models of the HTTP API, kept apart from the internal query results."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.api import patterns
from app.settings import Settings
from graph import query
from graph.build import RELATIONS
from graph.formats import FORMATS

Level = Literal["person", "state"]
Relation = Literal[RELATIONS]  # the closed sets, as enums in the schema
EntityType = Literal[query.ENTITY_TYPES]
ExportFormat = Literal[FORMATS]
MAX_ARTICLE_BYTES = Settings.max_bytes  # the default limit; a larger article gets 413


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ValidationIssue(Model):
    loc: list[str] = Field(description="where: 'query', 'path', 'header' or 'body', then the parameter or field")
    msg: str = Field(description="what is wrong with it")
    type: str = Field(description="a short machine-readable code, e.g. 'literal_error', 'missing'")


class Problem(Model):
    """An error, as RFC 9457 problem details (media type application/problem+json)."""

    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)

    type: str = Field("about:blank", description="always 'about:blank': the status says what kind of error")
    title: str = Field(description="the HTTP status phrase, e.g. 'Not Found'")
    status: int = Field(ge=400, le=599, description="the HTTP status code")
    detail: str = Field(description="what was wrong, in one sentence")
    errors: list[ValidationIssue] = Field(default_factory=list,
                                          description="each invalid parameter or field (422); else empty")


class EntityRefOut(Model):
    id: str
    label: str
    type: str

    @classmethod
    def of(cls, ref: query.EntityRef) -> EntityRefOut:
        return cls(**ref_json(ref))


class EvidenceOut(Model):
    sentence: str
    doc_id: str
    title: str
    date: str | None
    url: str
    sent: int | None = None
    start: int | None = Field(None, description="character offset of the sentence in the document")
    end: int | None = None
    speaker: str = ""
    cue: str = ""
    modality: str = ""
    condition: str = ""
    lifted_from: str = Field("", description="at state level: the person-level edge this one was lifted from")

    @classmethod
    def of(cls, ev: query.Evidence) -> EvidenceOut:
        return cls(**evidence_json(ev))


class EdgeOut(Model):
    source: EntityRefOut
    target: EntityRefOut
    relation: str
    weight: int | float = Field(description="number of sentences that state it")
    modality: str = ""
    condition: str = ""
    role: str = ""
    first_seen: str | None = None
    last_seen: str | None = None
    derived: bool = Field(False, description="only at state level: lifted from a person's stance")
    evidence_total: int
    evidence: list[EvidenceOut]

    @classmethod
    def of(cls, edge: query.Edge, *, evidence_limit: int | None = None) -> EdgeOut:
        return cls.model_validate(edge_json(edge, evidence_limit=evidence_limit))


# The same answers as plain JSON-ready dicts, field for field and in the models' order: long lists (pages of
# edges with their evidence) are serialised without building and validating a model per item.
def ref_json(ref: query.EntityRef) -> dict:
    return {"id": ref.id, "label": ref.label, "type": ref.type}


def evidence_json(ev: query.Evidence) -> dict:
    return {"sentence": ev.sentence, "doc_id": ev.doc_id, "title": ev.title, "date": ev.date, "url": ev.url,
            "sent": ev.sent, "start": ev.start, "end": ev.end, "speaker": ev.speaker, "cue": ev.cue,
            "modality": ev.modality, "condition": ev.condition, "lifted_from": ev.lifted_from}


def edge_json(edge: query.Edge, *, evidence_limit: int | None = None) -> dict:
    shown = edge.evidence if evidence_limit is None else edge.evidence[:evidence_limit]
    return {"source": ref_json(edge.source), "target": ref_json(edge.target), "relation": edge.relation,
            "weight": edge.weight, "modality": edge.modality, "condition": edge.condition, "role": edge.role,
            "first_seen": edge.first_seen, "last_seen": edge.last_seen, "derived": edge.derived,
            "evidence_total": len(edge.evidence) if edge.evidence_total is None else edge.evidence_total,
            "evidence": [evidence_json(e) for e in shown]}


class Page(Model):
    total: int = Field(description="number of items matching, before limit / offset")
    limit: int
    offset: int


class RelationsOut(Page):
    relation: str | None
    level: Level
    items: list[EdgeOut]


class EntityOut(Model):
    id: str
    label: str
    type: str
    mentions: int
    aliases: list[str]
    degree: int = Field(description="stance and affiliation edges, either direction")

    @classmethod
    def of(cls, s: query.EntitySummary) -> EntityOut:
        return cls(id=s.ref.id, label=s.ref.label, type=s.ref.type, mentions=s.mentions,
                   aliases=list(s.aliases), degree=s.degree)


class EntitiesOut(Page):
    level: Level
    items: list[EntityOut]


class CoMentionOut(Model):
    entity: EntityRefOut
    sentences: int


class EntityDetailOut(EntityOut):
    level: Level
    kb_id: str
    affiliations: list[EdgeOut] = Field(description="the states or bodies this entity acts for, with role")
    members: list[EdgeOut] = Field(description="the people who act for this entity")
    supports: list[EdgeOut]
    opposes: list[EdgeOut]
    participates_in: list[EdgeOut]
    declines: list[EdgeOut]
    supporters: list[EdgeOut]
    opponents: list[EdgeOut]
    participants: list[EdgeOut]
    decliners: list[EdgeOut]
    co_mentioned: list[CoMentionOut]
    totals: dict[str, int] = Field(description="each list's number of edges (a list holds at most `limit`, the "
                                               "heaviest)")



def entity_detail_json(d: query.EntityDetail, *, level: Level, evidence_limit: int | None = None) -> dict:
    """An `EntityDetailOut`, as a dict."""
    def edges(items: tuple[query.Edge, ...]) -> list[dict]:
        return [edge_json(e, evidence_limit=evidence_limit) for e in items]

    s = d.summary
    return {
        "id": s.ref.id, "label": s.ref.label, "type": s.ref.type, "mentions": s.mentions, "aliases": list(s.aliases),
        "degree": s.degree, "level": level, "kb_id": d.kb_id,
        "affiliations": edges(d.affiliations), "members": edges(d.members),
        "supports": edges(d.outgoing["supports"]), "opposes": edges(d.outgoing["opposes"]),
        "participates_in": edges(d.outgoing["participates_in"]), "declines": edges(d.outgoing["declines"]),
        "supporters": edges(d.incoming["supports"]), "opponents": edges(d.incoming["opposes"]),
        "participants": edges(d.incoming["participates_in"]), "decliners": edges(d.incoming["declines"]),
        "co_mentioned": [{"entity": ref_json(r), "sentences": n} for r, n in d.co_mentioned],
        "totals": dict(d.totals),
    }


class NodeOut(Model):
    id: str
    label: str
    type: str
    mentions: int
    aliases: list[str]
    x: float | None = Field(None, description="position computed on the server (with layout=true)")
    y: float | None = None


class GraphEdgeOut(Model):
    id: str = Field(description="source|target|relation")
    source: str
    target: str
    relation: str
    weight: int | float
    modality: str = ""
    condition: str = ""
    role: str = ""
    first_seen: str | None = None
    last_seen: str | None = None
    derived: bool = False
    evidence_total: int
    evidence: list[EvidenceOut]


class GraphMetaOut(Model):
    level: Level
    nodes: int
    edges: int
    truncated: bool = Field(description="true when max_nodes or max_edges cut the view down")
    hidden_edges: int = Field(0, description="edges between the view's entities left out by max_edges")
    date_min: str | None = Field(description="first evidence date in the whole graph (not the view)")
    date_max: str | None
    max_weight: int | float = Field(description="heaviest edge in the whole graph")
    documents: int


class GraphOut(Model):
    meta: GraphMetaOut
    nodes: list[NodeOut]
    edges: list[GraphEdgeOut]


class HopOut(Model):
    source: EntityRefOut
    target: EntityRefOut
    edges: list[EdgeOut]


class PathOut(Model):
    length: int
    nodes: list[EntityRefOut]
    hops: list[HopOut]


class PathsOut(Model):
    source: EntityRefOut
    target: EntityRefOut
    level: Level
    connected: bool
    paths: list[PathOut]


class DocumentOut(Model):
    id: str
    title: str
    date: str | None
    url: str | None
    source: str
    tokens: int


class DocumentsOut(Page):
    items: list[DocumentOut]


class SpanOut(Model):
    start: int
    end: int
    text: str
    label: str
    entity: str | None = Field(description="the entity id in the graph, null when the mention was set aside")


class DocumentDetailOut(DocumentOut):
    text: str
    spans: list[SpanOut]


class ArticleIn(BaseModel):
    """One article to add; `text` is required, the rest is optional; other fields are ignored."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(min_length=1, pattern=patterns.TEXT, json_schema_extra={"maxLength": MAX_ARTICLE_BYTES},
                      description="the article body, plain text: not only whitespace, no NUL characters; at most "
                                  f"{MAX_ARTICLE_BYTES:,} bytes as UTF-8 (413 beyond)")
    title: str | None = Field(None, max_length=1000, description="default: the first line of the text")
    date: str | None = Field(None, pattern=patterns.DAY_OR_EMPTY, max_length=10,
                             description="publication date, YYYY-MM-DD (empty or null: unknown)")
    url: str | None = Field(None, max_length=4000, pattern=patterns.HTTP_URL_OR_EMPTY,
                            description="where the article was published: an absolute http:// or https:// URL "
                                        "(empty or null: unknown)")


class AddedEdgeOut(Model):
    source: EntityRefOut
    target: EntityRefOut
    relation: str


class AddedOut(Model):
    id: str
    title: str
    date: str | None
    url: str | None
    added: bool = Field(description="false when the same text was already stored (nothing changed)")
    mentions: int
    new_entities: list[EntityRefOut]
    new_edges: list[AddedEdgeOut] = Field(description="new stance and affiliation edges")
    new_co_mentions: int
    seconds: float


class HealthOut(Model):
    status: Literal["ok"]
    version: str
    documents: int
    entities: int
    edges: int
    writes: Literal["open", "token", "disabled"]
