/* stancegraph explorer.
 *
 * Fetches /api/graph and draws it with vis-network (served locally). The first view is an overview of the
 * most connected entities, placed where the server's layout put them (physics off, so it is still at once);
 * "Show more" grows it, and clicking a node (or finding one outside the view) brings in its neighbours
 * around it. Every name, sentence and title from the data is set with textContent or passed to vis as a
 * plain string (which vis renders as text); nothing from an article ever becomes markup. Links are made
 * only from http(s) URLs.
 */
(function () {
  "use strict";

  // The legend (relations and entity types, their colours, widths and sizes) comes from /static/palette.json,
  // which the GEXF and graphology exports read too.
  let RELATIONS = [];
  let REL = {};
  let TYPES = [];
  let TYPE = {};
  let OTHER_TYPE = null;
  let NODE_SIZE = null;

  function usePalette(palette) {
    RELATIONS = palette.relations;
    REL = Object.fromEntries(RELATIONS.map((r) => [r.id, r]));
    TYPES = palette.types;
    TYPE = Object.fromEntries(TYPES.map((t) => [t.id, t]));
    OTHER_TYPE = palette.other_type;
    NODE_SIZE = palette.node_size;
  }
  const SECTIONS = [
    ["affiliations", "Acts for"], ["members", "People acting for it"],
    ["supports", "Supports"], ["opposes", "Opposes"], ["participates_in", "Takes part in"],
    ["declines", "Declines"], ["supporters", "Supported by"], ["opponents", "Opposed by"],
    ["participants", "Taking part"], ["decliners", "Declined by"],
  ];
  const MODALITY_NOTE = { pledged: "pledged", conditional: "conditional", refused: "refused" };

  const $ = (id) => document.getElementById(id);
  const api = window.stancegraph = {
    ready: false, readyAt: null, loads: 0, network: null, error: null,
    focus: (id) => focusNode(id), filters: null, expand: (id) => expand(id),
    openEntity: (id) => showEntity(id, true), openDocument: (id) => showDocument(id, null),
  };

  // -- state -------------------------------------------------------------------------------------
  const defaults = () => ({
    level: "person",
    relations: new Set(RELATIONS.filter((r) => r.on).map((r) => r.id)),
    types: new Set(TYPES.map((t) => t.id)),
    since: "", until: "", minWeight: 1,
    entity: null, entityLabel: "", depth: 1,
  });
  let filters = null;
  let meta = null;
  let nodesById = new Map();
  let edgesById = new Map();
  let network = null;
  let nodeSet = null;
  let edgeSet = null;
  let loadSeq = 0;
  let history = [];
  let layoutPending = false;
  const OVERVIEW = 150; // entities in the first view; "Show more" adds as many again
  const NEIGHBOURS = 25; // entities a click brings in around a node
  const EDGES_PER_NODE = 4; // the view keeps each entity's strongest edges, then the heaviest, up to this many
  const PANEL_EDGES = 100; // an entity's panel lists the strongest edges of each kind, with how many there are
  const PANEL_EVIDENCE = 3; // sentences shown per edge in a panel
  let viewSize = OVERVIEW;

  // -- small DOM helpers (text only) -------------------------------------------------------------
  function el(tag, opts, ...children) {
    const node = document.createElement(tag);
    if (opts) {
      if (opts.cls) node.className = opts.cls;
      if (opts.text !== undefined && opts.text !== null) node.textContent = String(opts.text);
      if (opts.title) node.title = String(opts.title);
      if (opts.attrs) for (const [k, v] of Object.entries(opts.attrs)) node.setAttribute(k, String(v));
      if (opts.on) for (const [k, v] of Object.entries(opts.on)) node.addEventListener(k, v);
      if (opts.style) for (const [k, v] of Object.entries(opts.style)) node.style.setProperty(k, v);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function safeUrl(value) {
    if (!value) return null;
    try {
      const url = new URL(String(value));
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (_) {
      return null;
    }
  }

  function fold(text) {
    return String(text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many || one + "s"}`;
  }

  function typeOf(id) {
    return TYPE[id] || OTHER_TYPE;
  }

  async function getJSON(url, options) {
    const response = await fetch(url, Object.assign({ headers: { Accept: "application/json" } }, options));
    let body = null;
    try {
      body = await response.json();
    } catch (_) {
      body = null;
    }
    if (!response.ok) {
      const detail = body && typeof body.detail === "string" ? body.detail : `HTTP ${response.status}`;
      const error = new Error(detail);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  // -- query string ------------------------------------------------------------------------------
  function params(extra) {
    const p = new URLSearchParams();
    p.set("level", filters.level);
    const allRelations = RELATIONS.every((r) => filters.relations.has(r.id));
    if (!allRelations) p.set("relations", [...filters.relations].join(","));
    if (filters.types.size !== TYPES.length) p.set("types", [...filters.types].join(","));
    if (filters.since) p.set("since", filters.since);
    if (filters.until) p.set("until", filters.until);
    if (filters.minWeight > 1) p.set("min_weight", String(filters.minWeight));
    if (filters.entity) {
      p.set("entity", filters.entity);
      p.set("depth", String(filters.depth));
    }
    for (const [k, v] of Object.entries(extra || {})) p.set(k, String(v));
    return p.toString();
  }

  // -- controls ----------------------------------------------------------------------------------
  function buildControls() {
    const relBox = $("relation-filters");
    for (const r of RELATIONS) {
      const input = el("input", { attrs: { type: "checkbox", value: r.id } });
      input.checked = filters.relations.has(r.id);
      input.addEventListener("change", () => {
        if (input.checked) filters.relations.add(r.id); else filters.relations.delete(r.id);
        reload();
      });
      const swatch = el("span", { cls: "swatch" + (r.dashes ? " dashed" : "") + (r.thin ? " thin" : "") });
      swatch.style.borderTopColor = r.color;
      relBox.append(el("label", { cls: "check" }, input, swatch, el("span", { text: r.label }),
        el("span", { cls: "count", attrs: { "data-relation": r.id } })));
    }
    const typeBox = $("type-filters");
    for (const t of TYPES) {
      const input = el("input", { attrs: { type: "checkbox", value: t.id } });
      input.checked = true;
      input.addEventListener("change", () => {
        if (input.checked) filters.types.add(t.id); else filters.types.delete(t.id);
        reload();
      });
      const dot = el("span", { cls: "dot" });
      dot.style.background = t.color;
      typeBox.append(el("label", { cls: "check" }, input, dot, el("span", { text: t.label }),
        el("span", { cls: "count", attrs: { "data-type": t.id } })));
    }
    for (const radio of document.querySelectorAll('input[name="level"]')) {
      radio.addEventListener("change", () => {
        filters.level = radio.value;
        $("level-hint").textContent = radio.value === "state"
          ? "A person's stance also counts for the state or body they speak for."
          : "Stances as the articles attribute them.";
        closePanel();
        reload();
      });
    }
    let dateTimer = null;
    for (const id of ["since", "until"]) {
      $(id).addEventListener("change", () => {
        clearTimeout(dateTimer);
        dateTimer = setTimeout(() => {
          filters.since = $("since").value;
          filters.until = $("until").value;
          reload();
        }, 250);
      });
    }
    const slider = $("min-weight");
    slider.addEventListener("input", () => { $("min-weight-value").textContent = slider.value; });
    slider.addEventListener("change", () => {
      filters.minWeight = Number(slider.value) || 1;
      reload();
    });
    $("depth").addEventListener("change", () => {
      filters.depth = Number($("depth").value) || 1;
      reload();
    });
    $("focus-clear").addEventListener("click", () => setEgo(null));
    $("download").addEventListener("click", download);
    $("reset").addEventListener("click", resetFilters);
    $("show-more").addEventListener("click", () => {
      viewSize += OVERVIEW;
      reload();
    });
    $("filters-toggle").addEventListener("click", () => {
      const open = $("controls").classList.toggle("open");
      $("filters-toggle").setAttribute("aria-expanded", String(open));
    });
    $("panel-close").addEventListener("click", closePanel);
    $("panel-back").addEventListener("click", back);
    $("add-form").addEventListener("submit", addArticle);
    buildLegend();
  }

  function buildLegend() {
    const legend = $("legend");
    for (const t of TYPES) {
      const dot = el("span", { cls: "dot" });
      dot.style.background = t.color;
      legend.append(el("span", { cls: "legend-item" }, dot, t.label));
    }
    legend.append(el("span", { cls: "legend-sep" }));
    for (const r of RELATIONS) {
      const swatch = el("span", { cls: "swatch" + (r.dashes ? " dashed" : "") + (r.thin ? " thin" : "") });
      swatch.style.borderTopColor = r.color;
      legend.append(el("span", { cls: "legend-item" }, swatch, r.label));
    }
  }

  function syncControls() {
    for (const input of document.querySelectorAll("#relation-filters input")) {
      input.checked = filters.relations.has(input.value);
    }
    for (const input of document.querySelectorAll("#type-filters input")) {
      input.checked = filters.types.has(input.value);
    }
    for (const radio of document.querySelectorAll('input[name="level"]')) radio.checked = radio.value === filters.level;
    $("since").value = filters.since;
    $("until").value = filters.until;
    $("min-weight").value = String(filters.minWeight);
    $("min-weight-value").textContent = String(filters.minWeight);
    $("depth").value = String(filters.depth);
    $("focus-section").hidden = !filters.entity;
    $("focus-label").textContent = filters.entity ? `Around ${filters.entityLabel || filters.entity}` : "";
  }

  function resetFilters() {
    viewSize = OVERVIEW;
    const level = filters.level;
    filters = defaults();
    filters.level = level;
    api.filters = filters;
    syncControls();
    reload();
  }

  function setEgo(id, label) {
    filters.entity = id;
    filters.entityLabel = label || "";
    syncControls();
    reload().then(() => { if (id) focusNode(id, { openPanel: false }); });
  }

  function download() {
    const a = el("a", { attrs: { href: "/api/export/graphml?" + params(), download: "" } });
    document.body.append(a);
    a.click();
    a.remove();
  }

  // -- loading and drawing -----------------------------------------------------------------------
  function overlay(text, fraction) {
    $("overlay").classList.remove("done");
    $("overlay-text").textContent = text;
    $("progress").style.width = `${Math.round((fraction || 0) * 100)}%`;
  }

  function settled() {
    $("overlay").classList.add("done");
    api.ready = true;
    api.readyAt = performance.now();
    document.body.dataset.ready = "true";
  }

  async function reload() {
    const seq = ++loadSeq;
    api.ready = false;
    document.body.dataset.ready = "false";
    if (filters.relations.size === 0 || filters.types.size === 0) {
      draw({ nodes: [], edges: [], meta: meta || null }, seq);
      $("empty-text").textContent = filters.relations.size === 0
        ? "Choose at least one relation." : "Choose at least one kind of entity.";
      return;
    }
    overlay("Loading the network…", 0.05);
    let data;
    try {
      const size = filters.entity ? Math.max(viewSize, 300) : viewSize;
      data = await getJSON("/api/graph?" + params({ evidence_limit: 0, layout: true, max_nodes: size,
        max_edges: EDGES_PER_NODE * size }));
    } catch (error) {
      if (seq !== loadSeq) return;
      api.error = error.message;
      overlay("Could not load the network: " + error.message, 0);
      return;
    }
    if (seq !== loadSeq) return;
    draw(data, seq);
  }

  function nodeStyle(node) {
    const t = typeOf(node.type);
    const aliasLine = node.aliases.length ? `\nalso: ${node.aliases.slice(0, 4).join(", ")}` : "";
    return {
      id: node.id,
      label: node.label,
      value: Math.max(1, node.mentions),
      title: `${node.label}\n${t.label.replace(/s$/, "")} · ${plural(node.mentions, "mention")}${aliasLine}`,
      color: {
        background: t.color, border: t.border,
        highlight: { background: t.color, border: "#1c2430" },
        hover: { background: t.color, border: "#1c2430" },
      },
    };
  }

  function edgeStyle(edge, index, count) {
    const r = REL[edge.relation] || REL.co_mention;
    const co = edge.relation === "co_mention";
    const weight = Number(edge.weight) || 1;
    const width = Math.min(r.width.max, r.width.base + Math.log2(Math.max(1, weight)) * r.width.per_doubling);
    const source = nodesById.get(edge.source);
    const target = nodesById.get(edge.target);
    const title = `${source ? source.label : edge.source} ${r.verb} ${target ? target.label : edge.target}\n` +
      `${plural(weight, "sentence")}` + (edge.derived ? " · via a person's stance" : "") +
      (edge.modality && MODALITY_NOTE[edge.modality] ? ` · ${MODALITY_NOTE[edge.modality]}` : "");
    let smooth = { enabled: true, type: "continuous", roundness: 0.15 };
    if (count > 1) {
      smooth = { enabled: true, type: index % 2 ? "curvedCCW" : "curvedCW", roundness: 0.12 + 0.12 * Math.floor(index / 2) };
    }
    return {
      id: edge.id, from: edge.source, to: edge.target, title, width, smooth,
      color: { color: co ? "rgba(150, 160, 175, 0.35)" : r.color, highlight: co ? "#7b8694" : r.color,
        hover: co ? "#7b8694" : r.color, opacity: co ? 1 : 0.85 },
      dashes: r.dashes ? [7, 5] : false,
      arrows: r.directed === false ? { to: { enabled: false } } : { to: { enabled: true, scaleFactor: 0.55 } },
      selectionWidth: 1.5,
      hoverWidth: 0.8,
    };
  }

  function physicsFor(n, reuse) {
    const iterations = reuse ? 80 : Math.max(120, Math.min(400, 60000 / Math.max(n, 1)));
    return {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -70, centralGravity: 0.012, springLength: 130, springConstant: 0.06,
        damping: 0.55, avoidOverlap: 0.6 },
      maxVelocity: 60,
      minVelocity: 1,
      stabilization: { enabled: true, iterations: Math.round(iterations), updateInterval: 20, fit: true },
    };
  }

  function ensureNetwork() {
    if (network) return network;
    nodeSet = new vis.DataSet();
    edgeSet = new vis.DataSet();
    network = new vis.Network($("network"), { nodes: nodeSet, edges: edgeSet }, {
      autoResize: true,
      nodes: {
        shape: "dot",
        borderWidth: 1.5,
        borderWidthSelected: 2.5,
        scaling: { min: NODE_SIZE.min, max: NODE_SIZE.max, label: { enabled: true, min: 12, max: 20, drawThreshold: 7, maxVisible: 26 } },
        font: { face: "Inter, Segoe UI, -apple-system, Roboto, Helvetica Neue, Arial, sans-serif", color: "#1c2430",
          strokeWidth: 4, strokeColor: "rgba(251,251,252,0.92)" },
      },
      edges: { selectionWidth: 1.5, hoverWidth: 0.8, arrowStrikethrough: false },
      interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: false, navigationButtons: false, keyboard: false,
        multiselect: false },
      layout: { improvedLayout: false, randomSeed: 7 },
      physics: { enabled: false },
    });
    network.on("stabilizationProgress", (p) => {
      overlay("Laying out the network…", 0.1 + 0.9 * (p.iterations / Math.max(1, p.total)));
    });
    network.on("stabilizationIterationsDone", () => {
      if (!layoutPending) return;
      layoutPending = false;
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      requestAnimationFrame(settled);
    });
    network.on("click", (event) => {
      if (event.nodes.length) {
        showEntity(event.nodes[0], true);
        expand(event.nodes[0]);
      } else if (event.edges.length) showEdge(event.edges[0], true);
    });
    api.network = network;
    return network;
  }

  function draw(data, seq) {
    if (seq !== loadSeq) return;
    if (data.meta) {
      const first = !meta || meta.level !== data.meta.level;
      meta = data.meta;
      if (first) setRanges();
    }
    nodesById = new Map(data.nodes.map((n) => [n.id, n]));
    edgesById = new Map(data.edges.map((e) => [e.id, e]));
    updateCounts(data);
    $("empty").hidden = data.nodes.length > 0;
    $("empty-text").textContent = "No relations match these filters.";
    const net = ensureNetwork();
    const previous = net.getPositions();
    const known = data.nodes.filter((n) => previous[n.id]).length;
    const reuse = data.nodes.length > 0 && known / data.nodes.length >= 0.8;
    const pairs = new Map();
    for (const e of data.edges) {
      const key = [e.source, e.target].sort().join("\u0000");
      pairs.set(key, (pairs.get(key) || 0) + 1);
    }
    const seen = new Map();
    const visEdges = data.edges.map((e) => {
      const key = [e.source, e.target].sort().join("\u0000");
      const index = seen.get(key) || 0;
      seen.set(key, index + 1);
      return edgeStyle(e, index, pairs.get(key));
    });
    const visNodes = data.nodes.map((n) => {
      const style = nodeStyle(n);
      if (previous[n.id]) Object.assign(style, previous[n.id]);
      return style;
    });
    api.loads += 1;
    if (!data.nodes.length) {
      nodeSet.clear();
      edgeSet.clear();
      settled();
      return;
    }
    showMore(data.meta);
    if (data.nodes.every((n) => n.x !== null && n.x !== undefined)) {
      // Placed by the server: drawn as they are, physics off.
      for (const [i, n] of data.nodes.entries()) Object.assign(visNodes[i], { x: n.x, y: n.y });
      net.setOptions({ physics: { enabled: false } });
      nodeSet.clear();
      edgeSet.clear();
      nodeSet.add(visNodes);
      edgeSet.add(visEdges);
      net.fit({ animation: false });
      requestAnimationFrame(settled);
      return;
    }
    overlay("Laying out the network…", 0.1);
    const physics = physicsFor(data.nodes.length, reuse);
    nodeSet.clear();
    edgeSet.clear();
    nodeSet.add(visNodes);
    edgeSet.add(visEdges);
    layoutPending = true;
    net.setOptions({ physics });
    net.stabilize(physics.stabilization.iterations);
  }

  function showMore(m) {
    const button = $("show-more");
    const hidden = m && m.hidden_edges ? ` ${plural(m.hidden_edges, "weaker edge")} between them not drawn.` : "";
    $("view-note").textContent = filters.entity ? "" : (m && m.truncated && m.nodes >= viewSize
      ? `The ${plural(viewSize, "most connected entity", "most connected entities")} (by the weight of their stances).`
      : "Every entity these filters keep.") + hidden;
    button.hidden = !(m && m.truncated) || Boolean(filters.entity);
  }

  // Brings the neighbours of one node into the view, around it, without moving what is there.
  async function expand(id) {
    if (!network || filters.relations.size === 0 || filters.types.size === 0) return false;
    const seq = loadSeq;
    let data;
    try {
      data = await getJSON("/api/graph?" + params({ entity: id, depth: 1, evidence_limit: 0, layout: true,
        max_nodes: NEIGHBOURS + 1, max_edges: EDGES_PER_NODE * (NEIGHBOURS + 1) }));
    } catch (error) {
      api.error = error.message;
      return false;
    }
    if (seq !== loadSeq) return false;
    const centre = data.nodes.find((n) => n.id === id);
    const at = nodesById.has(id) ? network.getPositions([id])[id] : { x: 0, y: 0 };
    const fresh = data.nodes.filter((n) => !nodesById.has(n.id));
    const spread = Math.max(1, ...fresh.map((n) => Math.hypot(n.x - (centre ? centre.x : 0), n.y - (centre ? centre.y : 0))));
    const radius = 140 + 14 * Math.sqrt(fresh.length);
    const added = fresh.map((n) => {
      nodesById.set(n.id, n);
      const style = nodeStyle(n);
      style.x = at.x + ((n.x - (centre ? centre.x : 0)) / spread) * radius;
      style.y = at.y + ((n.y - (centre ? centre.y : 0)) / spread) * radius;
      return style;
    });
    nodeSet.add(added);
    const newEdges = data.edges.filter((e) => !edgesById.has(e.id));
    for (const e of newEdges) edgesById.set(e.id, e);
    const all = [...edgesById.values()];
    const pairs = new Map();
    for (const e of all) {
      const key = [e.source, e.target].sort().join("\u0000");
      pairs.set(key, (pairs.get(key) || 0) + 1);
    }
    edgeSet.add(newEdges.map((e) => {
      const key = [e.source, e.target].sort().join("\u0000");
      return edgeStyle(e, pairs.get(key) - 1, pairs.get(key));
    }));
    updateCounts({ nodes: [...nodesById.values()], edges: all });
    return true;
  }

  function setRanges() {
    if (!meta) return;
    for (const id of ["since", "until"]) {
      if (meta.date_min) $(id).min = meta.date_min;
      if (meta.date_max) $(id).max = meta.date_max;
    }
    $("since").placeholder = meta.date_min || "";
    $("until").placeholder = meta.date_max || "";
    const max = Math.max(2, Math.min(60, Math.ceil(meta.max_weight || 1)));
    $("min-weight").max = String(max);
  }

  function updateCounts(data) {
    const byRelation = {};
    for (const e of data.edges) byRelation[e.relation] = (byRelation[e.relation] || 0) + 1;
    for (const span of document.querySelectorAll("#relation-filters .count")) {
      const n = byRelation[span.dataset.relation];
      span.textContent = n ? String(n) : "";
    }
    const byType = {};
    for (const n of data.nodes) byType[n.type] = (byType[n.type] || 0) + 1;
    for (const span of document.querySelectorAll("#type-filters .count")) {
      const n = byType[span.dataset.type];
      span.textContent = n ? String(n) : "";
    }
    const stats = $("stats");
    stats.textContent = "";
    const docs = meta ? meta.documents : 0;
    stats.append(el("b", { text: data.nodes.length }), " entities · ", el("b", { text: data.edges.length }),
      " relations · ", el("b", { text: docs }), docs === 1 ? " article" : " articles");
  }

  function focusNode(id, options) {
    const opts = Object.assign({ openPanel: true }, options);
    if (!network || !nodesById.has(id)) return false;
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(1.1, network.getScale()), animation: { duration: 450, easingFunction: "easeInOutQuad" } });
    if (opts.openPanel) showEntity(id, true);
    return true;
  }

  // -- search ------------------------------------------------------------------------------------
  function setupSearch() {
    const input = $("search");
    const list = $("suggestions");
    let items = [];
    let active = -1;
    let timer = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      active = -1;
    }

    function render(results, note) {
      list.textContent = "";
      items = results;
      active = results.length ? 0 : -1;
      results.forEach((r, i) => {
        const t = typeOf(r.type);
        const dot = el("span", { cls: "dot" });
        dot.style.background = t.color;
        const li = el("li", { attrs: { role: "option", id: `suggestion-${i}`, "aria-selected": String(i === active) } },
          dot, el("span", { cls: "s-label", text: r.label }),
          el("span", { cls: "s-meta", text: r.inView ? (r.alias ? `“${r.alias}”` : t.label.replace(/s$/, "")) : "outside this view" }));
        li.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(i);
        });
        list.append(li);
      });
      if (!results.length) list.append(el("li", { cls: "s-empty", text: note || "No match" }));
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function highlight() {
      [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
      if (active >= 0) input.setAttribute("aria-activedescendant", `suggestion-${active}`);
    }

    function choose(i) {
      const item = items[i];
      if (!item) return;
      input.value = item.label;
      close();
      if (item.inView) focusNode(item.id);
      else expand(item.id).then((ok) => (ok && nodesById.has(item.id) ? focusNode(item.id) : setEgo(item.id, item.label)));
    }

    function localMatches(q) {
      const key = fold(q);
      const ranked = [];
      for (const n of nodesById.values()) {
        const names = [n.label, ...n.aliases];
        let best = null;
        for (const name of names) {
          const f = fold(name);
          const rank = f === key ? 0 : f.startsWith(key) ? 1 : f.split(/[\s\-]+/).some((w) => w.startsWith(key)) ? 2 :
            f.includes(key) ? 3 : null;
          if (rank !== null && (best === null || rank < best.rank)) best = { rank, alias: name === n.label ? "" : name };
        }
        if (best) ranked.push({ id: n.id, label: n.label, type: n.type, alias: best.alias, rank: best.rank,
          mentions: n.mentions, inView: true });
      }
      ranked.sort((a, b) => a.rank - b.rank || b.mentions - a.mentions || a.label.localeCompare(b.label));
      return ranked.slice(0, 8);
    }

    async function remoteMatches(q) {
      const data = await getJSON(`/api/entities?${new URLSearchParams({ q, level: filters.level, limit: "8" })}`);
      return data.items.map((e) => ({ id: e.id, label: e.label, type: e.type, inView: nodesById.has(e.id) }));
    }

    input.addEventListener("input", () => {
      const q = input.value.trim();
      clearTimeout(timer);
      if (!q) return close();
      const local = localMatches(q);
      if (local.length) return render(local);
      timer = setTimeout(async () => {
        try {
          render(await remoteMatches(q), "No entity by that name");
        } catch (error) {
          render([], error.message);
        }
      }, 180);
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" && items.length) {
        active = (active + 1) % items.length;
        highlight();
        event.preventDefault();
      } else if (event.key === "ArrowUp" && items.length) {
        active = (active - 1 + items.length) % items.length;
        highlight();
        event.preventDefault();
      } else if (event.key === "Enter") {
        if (active >= 0) choose(active);
        event.preventDefault();
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 120));
  }

  // -- side panel --------------------------------------------------------------------------------
  function openPanel(kind) {
    $("panel").hidden = false;
    $("panel-kind").textContent = kind;
    $("panel-back").hidden = history.length < 2;
    const body = $("panel-body");
    body.textContent = "";
    body.scrollTop = 0;
    return body;
  }

  function closePanel() {
    $("panel").hidden = true;
    history = [];
    if (network) network.unselectAll();
  }

  function back() {
    history.pop();
    const previous = history.pop();
    if (!previous) return closePanel();
    if (previous.kind === "entity") showEntity(previous.id, true);
    else if (previous.kind === "edge") showEdge(previous.id, true);
    else if (previous.kind === "document") showDocument(previous.id, previous.highlight);
  }

  function remember(entry) {
    const last = history[history.length - 1];
    if (!last || last.kind !== entry.kind || last.id !== entry.id) history.push(entry);
  }

  function entityButton(ref) {
    const inView = nodesById.has(ref.id);
    return el("button", {
      cls: "link", text: ref.label, title: inView ? "Show in the network" : "Show its details",
      on: { click: () => (inView ? focusNode(ref.id) : showEntity(ref.id, true)) },
    });
  }

  function typeChip(type) {
    const t = typeOf(type);
    const dot = el("span", { cls: "dot" });
    dot.style.background = t.color;
    return el("span", { cls: "type-chip" }, dot, type || "entity");
  }

  function relationBadge(relation) {
    const r = REL[relation];
    return el("span", { cls: `rel rel-${relation}`, text: r ? r.label : relation });
  }

  function evidenceList(edge, limit) {
    const box = el("div");
    const shown = edge.evidence.slice(0, limit || edge.evidence.length);
    for (const ev of shown) {
      box.append(el("blockquote", { cls: "evidence", text: ev.sentence }));
      const source = el("p", { cls: "source" });
      if (ev.speaker) source.append(el("span", { text: `said by ${ev.speaker}` }));
      if (ev.lifted_from) source.append(el("span", { text: `via ${ev.lifted_from}` }));
      source.append(el("button", {
        cls: "link", text: ev.title || "the article", title: "Read the article",
        on: { click: () => showDocument(ev.doc_id, { start: ev.start, end: ev.end }) },
      }));
      if (ev.date) source.append(el("span", { text: ev.date }));
      const url = safeUrl(ev.url);
      if (url) {
        source.append(el("a", { text: "source ↗", attrs: { href: url, target: "_blank", rel: "noopener noreferrer nofollow" } }));
      }
      box.append(source);
    }
    const total = edge.evidence_total || edge.evidence.length;
    if (total > shown.length) box.append(el("p", { cls: "more", text: `and ${total - shown.length} more` }));
    return box;
  }

  function stanceItem(edge, selfId) {
    const other = edge.source.id === selfId ? edge.target : edge.source;
    const head = el("div", { cls: "stance-head" }, entityButton(other));
    if (edge.role) head.append(el("span", { cls: "badge", text: edge.role }));
    if (edge.modality && MODALITY_NOTE[edge.modality]) head.append(el("span", { cls: "badge", text: MODALITY_NOTE[edge.modality] }));
    if (edge.derived) head.append(el("span", { cls: "badge", text: "via a person" }));
    head.append(el("span", { cls: "weight", text: plural(edge.weight, "sentence") }));
    const item = el("div", { cls: "stance" }, head);
    if (edge.condition) item.append(el("p", { cls: "condition", text: edge.condition }));
    item.append(evidenceList(edge, PANEL_EVIDENCE));
    return item;
  }

  async function showEntity(id, push) {
    if (push) remember({ kind: "entity", id });
    const body = openPanel("Entity");
    body.append(el("p", { cls: "muted", text: "Loading…" }));
    let d;
    try {
      d = await getJSON(`/api/entities/${encodeURIComponent(id)}?${new URLSearchParams({ level: filters.level, evidence_limit: String(PANEL_EVIDENCE), limit: String(PANEL_EDGES) })}`);
    } catch (error) {
      body.textContent = "";
      body.append(el("p", { cls: "error-text", text: error.message }));
      return;
    }
    if (history.length && history[history.length - 1].id !== id) return;
    body.textContent = "";
    body.append(typeChip(d.type), el("h1", { text: d.label }));
    body.append(el("div", { cls: "meta" }, el("span", { text: plural(d.mentions, "mention") }),
      el("span", { text: plural(d.degree, "relation") })));
    if (d.aliases.length) {
      body.append(el("h3", { text: "Also called" }), el("div", { cls: "chips" }, ...d.aliases.map((a) => el("span", { cls: "chip", text: a }))));
    }
    const actions = el("div", { cls: "panel-actions" });
    if (nodesById.has(d.id)) {
      actions.append(el("button", { cls: "ghost", text: "Centre", attrs: { type: "button" }, on: { click: () => focusNode(d.id, { openPanel: false }) } }));
    }
    actions.append(el("button", { cls: "ghost", text: filters.entity === d.id ? "Whole graph" : "Only its neighbourhood",
      attrs: { type: "button" }, on: { click: () => setEgo(filters.entity === d.id ? null : d.id, d.label) } }));
    body.append(actions);
    let any = false;
    for (const [key, title] of SECTIONS) {
      const edges = d[key] || [];
      if (!edges.length) continue;
      any = true;
      const total = (d.totals || {})[key] ?? edges.length;
      const section = el("section", null, el("h3", { text: `${title} · ${total}` }));
      for (const edge of edges) section.append(stanceItem(edge, d.id));
      if (total > edges.length) section.append(el("p", { cls: "muted", text: `The ${edges.length} strongest of ${total}.` }));
      body.append(section);
    }
    if (!any) body.append(el("p", { cls: "muted", text: "No stance or affiliation is recorded for this entity yet." }));
    if (d.co_mentioned.length) {
      body.append(el("h3", { text: "Often mentioned with" }), el("div", { cls: "chips" },
        ...d.co_mentioned.map((c) => el("button", { cls: "chip", attrs: { type: "button" },
          on: { click: () => (nodesById.has(c.entity.id) ? focusNode(c.entity.id) : showEntity(c.entity.id, true)) } },
        c.entity.label, el("small", { text: c.sentences })))));
    }
  }

  async function showEdge(edgeId, push) {
    const edge = edgesById.get(edgeId);
    if (!edge) return;
    if (push) remember({ kind: "edge", id: edgeId });
    const body = openPanel("Relation");
    body.append(el("p", { cls: "muted", text: "Loading…" }));
    const q = { relation: edge.relation, source: edge.source, target: edge.target, level: filters.level, evidence_limit: 50 };
    if (filters.since) q.since = filters.since;
    if (filters.until) q.until = filters.until;
    let row;
    try {
      const data = await getJSON("/api/relations?" + new URLSearchParams(q));
      row = data.items[0];
    } catch (error) {
      body.textContent = "";
      body.append(el("p", { cls: "error-text", text: error.message }));
      return;
    }
    body.textContent = "";
    if (!row) {
      body.append(el("p", { cls: "muted", text: "This relation has no evidence in the chosen period." }));
      return;
    }
    body.append(el("h1", null, entityButton(row.source)));
    body.append(el("div", { cls: "stance-head" }, relationBadge(row.relation), entityButton(row.target)));
    const facts = el("div", { cls: "meta" }, el("span", { text: plural(row.weight, "sentence") }));
    if (row.role) facts.append(el("span", { cls: "badge", text: row.role }));
    if (row.modality && MODALITY_NOTE[row.modality]) facts.append(el("span", { cls: "badge", text: MODALITY_NOTE[row.modality] }));
    if (row.derived) facts.append(el("span", { cls: "badge", text: "via a person's stance" }));
    if (row.first_seen) {
      facts.append(el("span", { text: row.first_seen === row.last_seen ? row.first_seen : `${row.first_seen} – ${row.last_seen}` }));
    }
    body.append(facts);
    if (row.condition) body.append(el("p", { cls: "condition", text: row.condition }));
    body.append(el("h3", { text: "Evidence" }), evidenceList(row));
  }

  async function showDocument(docId, highlight) {
    remember({ kind: "document", id: docId, highlight });
    const body = openPanel("Article");
    body.append(el("p", { cls: "muted", text: "Loading…" }));
    let doc;
    try {
      doc = await getJSON(`/api/documents/${encodeURIComponent(docId)}`);
    } catch (error) {
      body.textContent = "";
      body.append(el("p", { cls: "error-text", text: error.message }));
      return;
    }
    body.textContent = "";
    body.append(el("h1", { text: doc.title }));
    const facts = el("div", { cls: "meta" });
    if (doc.date) facts.append(el("span", { text: doc.date }));
    facts.append(el("span", { text: plural(doc.spans.length, "entity mention") }));
    const url = safeUrl(doc.url);
    if (url) facts.append(el("a", { text: "original ↗", attrs: { href: url, target: "_blank", rel: "noopener noreferrer nofollow" } }));
    body.append(facts);
    const text = el("div", { cls: "doc-text" });
    const hl = highlight && Number.isInteger(highlight.start) ? highlight : null;
    const cuts = new Set([0, doc.text.length]);
    for (const s of doc.spans) { cuts.add(s.start); cuts.add(s.end); }
    if (hl) { cuts.add(hl.start); cuts.add(hl.end); }
    const points = [...cuts].filter((p) => p >= 0 && p <= doc.text.length).sort((a, b) => a - b);
    const spans = [...doc.spans].sort((a, b) => a.start - b.start);
    let firstHl = null;
    let si = 0;
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i];
      const b = points[i + 1];
      if (a === b) continue;
      while (si < spans.length && spans[si].end <= a) si++;
      const span = si < spans.length && spans[si].start <= a && a < spans[si].end ? spans[si] : null;
      const inHl = hl && a >= hl.start && a < hl.end;
      const piece = doc.text.slice(a, b);
      let node;
      if (span) {
        node = el("mark", { cls: `type-${span.label}` + (inHl ? " hl" : ""), text: piece, title: span.label });
        if (span.entity) {
          const target = span.entity;
          node.addEventListener("click", () => (nodesById.has(target) ? focusNode(target) : showEntity(target, true)));
        }
      } else if (inHl) {
        node = el("span", { cls: "hl", text: piece });
      } else {
        node = document.createTextNode(piece);
      }
      if (inHl && !firstHl) firstHl = node;
      text.append(node);
    }
    body.append(text);
    if (firstHl && firstHl.scrollIntoView) firstHl.scrollIntoView({ block: "center" });
  }

  // -- adding an article -------------------------------------------------------------------------
  async function addArticle(event) {
    event.preventDefault();
    const form = event.target;
    const status = $("add-status");
    const button = form.querySelector("button[type=submit]");
    const payload = { text: form.text.value };
    for (const key of ["title", "date", "url"]) if (form[key].value.trim()) payload[key] = form[key].value.trim();
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (form.token.value) headers.Authorization = `Bearer ${form.token.value}`;
    status.classList.remove("error");
    status.textContent = "Reading the article…";
    button.disabled = true;
    try {
      const result = await getJSON("/api/documents", { method: "POST", headers, body: JSON.stringify(payload) });
      status.textContent = result.added
        ? `Added. ${plural(result.new_entities.length, "new entity", "new entities")}, ` +
          `${plural(result.new_edges.length, "new relation")}.`
        : "This article was already stored.";
      if (result.added) {
        form.reset();
        await reload();
      }
    } catch (error) {
      status.classList.add("error");
      status.textContent = error.message;
      if (error.status === 401 || error.status === 403) $("token-field").hidden = false;
    } finally {
      button.disabled = false;
    }
  }

  // -- start -------------------------------------------------------------------------------------
  async function start() {
    if (typeof vis === "undefined" || !vis.Network) {
      api.error = "vis-network did not load";
      overlay("The network library did not load (/static/vendor/vis-network-9.1.2/).", 0);
      return;
    }
    try {
      usePalette(await getJSON("/static/palette.json"));
    } catch (error) {
      api.error = error.message;
      overlay("Could not load the legend (/static/palette.json): " + error.message, 0);
      return;
    }
    filters = defaults();
    api.filters = filters;
    buildControls();
    syncControls();
    setupSearch();
    reload();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
