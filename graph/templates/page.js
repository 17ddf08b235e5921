/* thidua graph page: draws the inlined graph with vis-network, offline.
 *
 * Every string that came from an article reaches the page as JSON data and
 * leaves it only through textContent or the canvas, never as HTML.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("thidua-data").textContent);
  var container = document.getElementById("graph");
  var progress = document.getElementById("progress");
  var progressValue = document.getElementById("progress-value");
  var state = { settled: false, drawn: false, year: "", undated: true };

  // -- tooltips: DOM built from text, so a label like <img onerror=...> stays text ---------
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function tooltip(tip) {
    var box = el("div", "tip");
    box.appendChild(el("div", "tip-title", tip.title));
    (tip.lines || []).forEach(function (line) { box.appendChild(el("div", "tip-line", line)); });
    (tip.sources || []).forEach(function (source) {
      var block = el("div", "tip-source");
      if (source.quote) { block.appendChild(el("div", "tip-quote", "“" + source.quote + "”")); }
      block.appendChild(el("div", "tip-file", "source: " + source.file));
      box.appendChild(block);
    });
    if (tip.iri) { box.appendChild(el("div", "tip-iri", tip.iri)); }
    return box;
  }

  // Keep thidua's own fields beside the vis items, so vis only sees its options.
  var meta = { nodes: {}, edges: {} };
  function split(items, kind) {
    return items.map(function (item) {
      var own = { id: item.id };
      Object.keys(item).forEach(function (key) {
        if (key === "tip" || key === "years" || key === "search" || key === "kind") { return; }
        own[key] = item[key];
      });
      meta[kind][item.id] = { years: item.years || [], search: item.search || "", tip: item.tip,
                              kind: item.kind };
      own.title = tooltip(item.tip);
      return own;
    });
  }

  var nodes = new vis.DataSet(split(data.nodes, "nodes"));
  var edges = new vis.DataSet(split(data.edges, "edges"));
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  // -- layout: stop the physics once stabilised, so a big graph pans smoothly -------------
  function settle() {
    if (state.settled) { return; }
    network.setOptions({ physics: { enabled: false } });
    state.settled = true;
    state.settledAt = performance.now();
    progress.hidden = true;
    document.body.setAttribute("data-settled", "true");
  }
  network.on("stabilizationProgress", function (p) {
    progressValue.textContent = Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settle);
  network.once("stabilized", settle);
  if (!data.nodes.length || data.options.physics.enabled === false) { settle(); }
  network.once("afterDrawing", function () {
    state.drawn = true;
    document.body.setAttribute("data-drawn", "true");
  });

  // -- the year filter ------------------------------------------------------------------------
  function edgeVisible(id) {
    var years = meta.edges[id].years;
    if (!years.length) { return state.undated; }
    return state.year === "" || years.indexOf(Number(state.year)) >= 0;
  }

  function applyFilter() {
    var degree = {};
    var edgeUpdates = edges.getIds().map(function (id) {
      var visible = edgeVisible(id);
      if (visible) {
        var edge = edges.get(id);
        degree[edge.from] = true;
        degree[edge.to] = true;
      }
      return { id: id, hidden: !visible };
    });
    var nodeUpdates = nodes.getIds().map(function (id) {
      var years = meta.nodes[id].years;
      var alone = network.getConnectedEdges(id).length === 0;
      var visible = degree[id] === true || (alone && (state.year === "" || !years.length ||
                                                       years.indexOf(Number(state.year)) >= 0));
      return { id: id, hidden: !visible };
    });
    edges.update(edgeUpdates);
    nodes.update(nodeUpdates);
  }

  document.getElementById("year").addEventListener("change", function (event) {
    state.year = event.target.value;
    applyFilter();
  });
  document.getElementById("undated").addEventListener("change", function (event) {
    state.undated = event.target.checked;
    applyFilter();
  });

  // -- search: case- and diacritic-insensitive, over labels -------------------------------------
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/\s+/g, " ").trim();
  }
  var searchIndex = Object.keys(meta.nodes).map(function (id) {
    return { id: id, text: fold(meta.nodes[id].search) };
  });
  var result = document.getElementById("search-result");
  var matches = [];
  var cursor = -1;

  function search(text) {
    var query = fold(text);
    matches = !query ? [] : searchIndex.filter(function (entry) {
      return entry.text.indexOf(query) >= 0 && !nodes.get(entry.id).hidden;
    }).map(function (entry) { return entry.id; });
    cursor = -1;
    network.selectNodes(matches);
    result.textContent = !query ? "" : matches.length === 0 ? "no match"
      : matches.length + (matches.length === 1 ? " match" : " matches") + " — Enter to go to each";
    return matches.slice();
  }

  function next() {
    if (!matches.length) { return; }
    cursor = (cursor + 1) % matches.length;
    network.focus(matches[cursor], { scale: 1.1, animation: false });
    network.selectNodes([matches[cursor]]);
    result.textContent = (cursor + 1) + " of " + matches.length + ": " + nodes.get(matches[cursor]).label;
  }

  var input = document.getElementById("search");
  input.addEventListener("input", function () { search(input.value); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); next(); }
  });

  // -- what a test (or a curious reader with the console open) can ask ---------------------------
  function visibleCount(set) {
    return set.get({ filter: function (item) { return !item.hidden; } }).length;
  }
  state.readyAt = performance.now();
  window.thidua = {
    network: network,
    nodes: nodes,
    edges: edges,
    state: state,
    search: search,
    setYear: function (year) {
      state.year = year === null || year === undefined ? "" : String(year);
      document.getElementById("year").value = state.year;
      applyFilter();
    },
    tooltip: function (id, kind) { return tooltip(meta[kind || "nodes"][id].tip); },
    counts: function () {
      return {
        nodes: visibleCount(nodes), edges: visibleCount(edges),
        drawnNodes: network.body.nodeIndices.length, drawnEdges: network.body.edgeIndices.length
      };
    }
  };
}());
