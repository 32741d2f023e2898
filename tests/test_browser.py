"""The explorer in headless Chromium (Debian's), with every non-loopback request blocked."""

from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import networkx as nx
import pytest
from spacy.language import Language

from app.ingest import Ingestor
from app.settings import Settings
from tests.api_store import XSS, build_store

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
DATA_DIR = Path(__file__).resolve().parent.parent / "data"

if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, blank_nlp: Language) -> Iterator[str]:
    """uvicorn in a thread, on a hand-made store with markup in names, sentences, titles and urls."""
    import uvicorn

    from app.api import create_app

    db = build_store(tmp_path_factory.mktemp("browser") / "store.db", xss=True)
    settings = Settings(db=db, data_dir=DATA_DIR)
    ingestor = Ingestor(settings)
    ingestor._nlp = blank_nlp
    port = _free_port()
    config = uvicorn.Config(create_app(settings, ingestor=ingestor), host="127.0.0.1", port=port,
                            log_level="warning", ws="none", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


class Watch:
    """What a page did that it should not: requests off loopback, dialogs, script errors, CSP violations."""

    def __init__(self) -> None:
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []


@pytest.fixture
def page(browser, server: str, request: pytest.FixtureRequest) -> Iterator:
    bypass_csp = getattr(request, "param", None) == "without-csp"
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True,
                                  bypass_csp=bypass_csp)
    watch = Watch()

    def route(r) -> None:
        if urlsplit(r.request.url).hostname == "127.0.0.1":
            r.continue_()
        else:
            watch.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: watch.errors.append(str(e)))
    page.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    page.watch = watch
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=30_000)
    yield page
    context.close()
    assert watch.blocked == [], "the page asked for something off this machine"
    assert watch.dialogs == [], "a dialog opened: some text ran as script"
    assert watch.errors == []


def _still(page, script: str, arg: str) -> list[float]:
    """Where `script` says a thing is on screen, once the view has stopped moving (focus animations)."""
    where = page.evaluate(script, arg)
    for _ in range(40):
        page.wait_for_timeout(50)
        again = page.evaluate(script, arg)
        if again == where:
            break
        where = again
    return where


def _click_node(page, node_id: str) -> None:
    x, y = _still(page, """(id) => { const n = window.stancegraph.network;
                                     const p = n.canvasToDOM(n.getPositions([id])[id]); return [p.x, p.y]; }""",
                  node_id)
    box = page.locator("#network canvas").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)


def _click_edge(page, edge_id: str) -> None:
    """Click the point of the edge farthest from both of its nodes' borders."""
    x, y = _still(page,
        """(id) => { const n = window.stancegraph.network; const e = n.body.edges[id];
                     const gap = (p, node) => Math.hypot(p.x - node.x, p.y - node.y) - (node.shape.radius || 10);
                     let best = null, score = -Infinity;
                     for (let t = 0.05; t < 0.96; t += 0.05) {
                       const p = e.edgeType.getPoint(t); const s = Math.min(gap(p, e.from), gap(p, e.to));
                       if (s > score) { score = s; best = p; } }
                     const d = n.canvasToDOM(best); return [d.x, d.y]; }""", edge_id)
    box = page.locator("#network canvas").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)


def test_network_renders_and_physics_stops(page) -> None:
    state = page.evaluate("""() => { const s = window.stancegraph;
        return {ready: s.ready, nodes: s.network.body.data.nodes.length, edges: s.network.body.data.edges.length,
                physics: s.network.physics.physicsEnabled}; }""")
    assert state["ready"] and state["nodes"] >= 8 and state["edges"] >= 8
    assert state["physics"] is False
    assert "entities" in page.locator("#stats").inner_text()
    assert page.locator("#legend .legend-item").count() == 10


def test_search_click_and_read_the_evidence(page) -> None:
    page.fill("#search", "starm")
    page.wait_for_selector("#suggestions li[role=option]")
    assert page.locator("#suggestions li").first.inner_text().startswith("Keir Starmer")
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel-body h1:text('Keir Starmer')")
    panel = page.locator("#panel-body")
    assert "Starmer accused Russia of delaying the talks." in panel.inner_text()
    assert panel.locator("blockquote.evidence").count() >= 2
    assert "Leaders meet in Paris" in panel.inner_text()
    # a node clicked on the canvas opens its panel
    _click_node(page, "STATE:RU")
    page.wait_for_selector("#panel-body h1:text('Russia')")
    assert "opposed by" in panel.inner_text().lower()
    # an edge clicked shows its evidence
    _click_edge(page, "PERSON:keir-starmer|STATE:RU|opposes")
    page.wait_for_selector("#panel-kind:text('Relation')")
    page.wait_for_selector("#panel-body h3:text('Evidence')")
    text = panel.inner_text()
    assert "Keir Starmer warned Russia again." in text and "2 sentences" in text
    # the article behind a sentence, with the sentence marked
    panel.locator("button.link", has_text="Leaders meet in Paris").first.click()
    page.wait_for_selector("#panel-body .doc-text")
    assert page.locator("#panel-body .doc-text .hl").count() >= 1
    assert page.locator("#panel-body .doc-text mark").count() >= 5
    # a javascript: url never becomes a link
    assert page.locator("a[href^='javascript']").count() == 0


def test_filters_and_download(page, tmp_path: Path) -> None:
    page.locator("#relation-filters input[value=supports]").uncheck()
    page.wait_for_selector("body[data-ready=true]", state="attached")
    relations = page.evaluate("""() => [...new Set(window.stancegraph.network.body.data.edges.get()
                                   .map(e => e.id.split('|')[2]))].sort()""")
    assert "supports" not in relations and "opposes" in relations
    page.locator("input[name=level][value=state]").check(force=True)
    page.wait_for_selector("body[data-ready=true]", state="attached")
    with page.expect_download() as info:
        page.click("#download")
    download = info.value
    assert download.suggested_filename == "stancegraph-state.graphml"
    graph = nx.read_graphml(io.BytesIO(Path(download.path()).read_bytes()), force_multigraph=True)
    assert {d["relation"] for *_, d in graph.edges(data=True)} <= {"opposes", "participates_in", "declines",
                                                                  "affiliated_with"}
    assert graph.number_of_edges() >= 3


@pytest.mark.parametrize("page", ["without-csp"], indirect=True)  # escaping must hold without the CSP too
def test_article_text_never_becomes_markup(page) -> None:
    # names with markup in them are in the graph already; now add an article through the page's form
    page.click(".add-article summary")
    page.fill("#add-form input[name=title]", f"{XSS} href=javascript:alert(3) title")
    page.fill("#add-form textarea[name=text]",
              f"France and Italy met. The href {XSS} <a href='javascript:alert(4)'>click</a> <script>alert(5)</script>"
              " Russia objected.")
    page.click("#add-form button[type=submit]")
    page.wait_for_selector("#add-status:text('Added')")
    page.wait_for_selector("body[data-ready=true]", state="attached")
    # search the entity whose name carries the payload and open everything that shows text
    page.fill("#search", "malory")
    page.wait_for_selector("#suggestions li[role=option]")
    assert XSS in page.locator("#suggestions li").first.inner_text()
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel-body h1")
    assert page.locator("#panel-body h1").inner_text() == f"Malory {XSS} Archer"
    page.locator("#panel-body button.link", has_text="href headline").first.click()
    page.wait_for_selector("#panel-body .doc-text")
    assert XSS in page.locator("#panel-body .doc-text").inner_text()
    # the article posted through the form, and hover tooltips over the marked-up names
    doc_id = page.evaluate("""async () => (await (await fetch('/api/documents')).json())
                                .items.find(d => d.title.includes('href=javascript')).id""")
    page.evaluate("(id) => window.stancegraph.openDocument(id)", doc_id)
    page.wait_for_selector("#panel-body .doc-text:has-text('Russia objected')")
    assert "<script>alert(5)</script>" in page.locator("#panel-body .doc-text").inner_text()
    assert XSS in page.locator("#panel-body h1").inner_text()
    for node in ("PERSON:malory-archer", "ORG:img-srcx-onerroralert1-council"):
        x, y = page.evaluate(
            """(id) => { const n = window.stancegraph.network; const p = n.canvasToDOM(n.getPositions([id])[id]);
                         return [p.x, p.y]; }""", node)
        box = page.locator("#network canvas").bounding_box()
        page.mouse.move(box["x"] + x, box["y"] + y)
        page.wait_for_selector("div.vis-tooltip", state="visible")
        assert XSS in page.locator("div.vis-tooltip").inner_text()
    page.wait_for_timeout(300)
    assert page.evaluate("document.querySelectorAll('img, script:not([src]), iframe, object, embed').length") == 0
    assert page.evaluate("document.querySelectorAll('[onerror], [onclick], [onload]').length") == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.watch.dialogs == []
