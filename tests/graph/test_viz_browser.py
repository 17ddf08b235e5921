"""The graph page in a real browser: headless Chromium, opened from disk with no network.

Chromium is driven over the DevTools protocol on a pipe
(``--remote-debugging-pipe``: JSON messages separated by NUL bytes on file
descriptors 3 and 4), so the test needs nothing beyond the standard library
and the Debian package ``chromium``. Every request the page makes is
recorded (``Network.requestWillBeSent``), every ``alert`` is caught
(``Page.javascriptDialogOpening``) and host names resolve nowhere
(``--host-resolver-rules``), so a request that tried to leave the machine
could not, and is seen.

Screenshots go to ``tests/artifacts/``; ``seed-graph.png`` there is the one
in the README (copy it to ``docs/`` when the page changes).
"""
from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from thidua.graph.store import Store
from thidua.graph.viz import write_page
from thidua.loaders.facts import Facts, read_facts

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--no-first-run", "--no-default-browser-check",
         "--disable-extensions", "--disable-component-update", "--disable-sync", "--mute-audio",
         "--hide-scrollbars", "--remote-debugging-pipe"]

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs the Debian package chromium at /usr/bin/chromium")]


class Chromium:
    """A headless Chromium and one page in it, spoken to over the DevTools pipe."""

    def __init__(self, width: int = 1400, height: int = 900, timeout: float = 60.0) -> None:
        self.timeout = timeout
        self.width, self.height = width, height
        self.profile = tempfile.mkdtemp(prefix="thidua-chromium-")
        to_browser_r, self._write = os.pipe()
        self._read, from_browser_w = os.pipe()

        def wire() -> None:  # in the child: the browser reads fd 3 and writes fd 4
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self.process = subprocess.Popen(
            [str(CHROMIUM), *FLAGS, f"--user-data-dir={self.profile}", f"--window-size={width},{height}"],
            pass_fds=(3, 4, to_browser_r, from_browser_w), preexec_fn=wire,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.session: str | None = None
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.exceptions: list[str] = []
        self.console: list[str] = []
        self._loaded = False

    # -- the protocol ------------------------------------------------------------------------

    def _send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode("utf-8") + b"\0")
        return self._next_id

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._read], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._read, 1 << 20)
            if not chunk:
                raise EOFError("Chromium closed the pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        self._on_event(message)
        return message

    def _on_event(self, message: dict[str, Any]) -> None:
        method, params = message.get("method"), message.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(params.get("message", ""))
            self._send("Page.handleJavaScriptDialog", {"accept": True}, self.session)
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.exceptions.append(details.get("exception", {}).get("description") or details.get("text", ""))
        elif method == "Runtime.consoleAPICalled":
            self.console.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params["args"]))
        elif method == "Log.entryAdded":
            self.console.append(params["entry"].get("text", ""))
        elif method == "Page.loadEventFired":
            self._loaded = True

    def call(self, method: str, params: dict[str, Any] | None = None, page: bool = True) -> dict[str, Any]:
        """Send one command (to the page unless ``page`` is false) and wait for its answer."""
        sent = self._send(method, params, self.session if page else None)
        deadline = time.monotonic() + self.timeout
        while True:
            message = self._receive(deadline)
            if message.get("id") == sent:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result

    # -- a page ------------------------------------------------------------------------------

    def open(self, path: Path) -> None:
        """Open a file in a fresh tab and wait until it has loaded."""
        target = self.call("Target.createTarget", {"url": "about:blank"}, page=False)["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True}, page=False)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable")
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False})
        self._loaded = False
        self.call("Page.navigate", {"url": path.resolve().as_uri()})
        deadline = time.monotonic() + self.timeout
        while not self._loaded:
            self._receive(deadline)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (a promise is awaited)."""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float | None = None) -> Any:
        """Poll an expression until it is truthy (a TimeoutError after ``timeout`` seconds)."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise TimeoutError(f"still false after {timeout or self.timeout}s: {expression}")

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            self._send("Browser.close")
            self.process.wait(timeout=10)
        except Exception:  # noqa: BLE001 - the browser is going away either way
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self._read)
            os.close(self._write)
            shutil.rmtree(self.profile, ignore_errors=True)


@pytest.fixture
def browser() -> Any:
    chromium = Chromium()
    yield chromium
    chromium.close()


# -- the tests -------------------------------------------------------------------------------------

HOSTILE = "<img src=x onerror=alert(1)>"
SETTLED = "document.body.getAttribute('data-settled') === 'true' && document.body.getAttribute('data-drawn') === 'true'"


def assert_nothing_left_the_page(browser: Chromium, page: Path) -> None:
    """The page asked for nothing but itself (data: URIs of inlined images aside), ran no alert,
    threw nothing and broke no rule of its Content-Security-Policy."""
    assert [u for u in browser.requests if not u.startswith("data:")] == [page.resolve().as_uri()]
    assert browser.dialogs == []
    assert browser.exceptions == []
    assert browser.console == []


@pytest.fixture(scope="module")
def seed_store(gold_dir: Path) -> Store:
    kg = Store(":memory:")
    kg.load_facts([read_facts(p) for p in sorted(gold_dir.glob("*.yaml"))])
    return kg


def test_the_seed_graph_draws_offline_with_every_node_and_edge(browser: Chromium, seed_store: Store,
                                                              tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    stats = write_page(seed_store, page)
    assert stats["nodes"] > 40 and stats["edges"] > 40
    browser.width, browser.height = 1600, 1000
    browser.open(page)
    browser.wait_for(SETTLED)
    counts = browser.evaluate("window.thidua.counts()")
    assert counts == {"nodes": stats["nodes"], "edges": stats["edges"],
                      "drawnNodes": stats["nodes"], "drawnEdges": stats["edges"]}
    assert browser.evaluate("window.thidua.network.physics.physicsEnabled") is False
    assert browser.evaluate("document.querySelectorAll('#panel .legend li').length") >= 6
    time.sleep(0.3)
    browser.screenshot(ARTIFACTS / "seed-graph.png")
    assert_nothing_left_the_page(browser, page)


def test_the_year_filter_shows_what_the_year_option_keeps(browser: Chromium, seed_store: Store,
                                                         tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    write_page(seed_store, page, view="rotation")
    expected = write_page(seed_store, tmp_path / "2024.html", view="rotation", year=2024)
    browser.open(page)
    browser.wait_for(SETTLED)
    browser.evaluate("(() => { const s = document.getElementById('year'); s.value = '2024';"
                     " s.dispatchEvent(new Event('change')); })()")
    counts = browser.evaluate("window.thidua.counts()")
    assert (counts["nodes"], counts["edges"]) == (expected["nodes"], expected["edges"])
    assert counts["drawnNodes"] == expected["nodes"]
    browser.evaluate("window.thidua.setYear('')")
    assert browser.evaluate("window.thidua.counts().edges") > expected["edges"]
    assert_nothing_left_the_page(browser, page)


def test_search_forgives_case_and_tone_marks(browser: Chromium, seed_store: Store, tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    write_page(seed_store, page)
    browser.open(page)
    browser.wait_for(SETTLED)
    browser.call("Runtime.evaluate", {"expression": "document.getElementById('search').focus()"})
    browser.call("Input.insertText", {"text": "toa an nhan dan"})
    found = browser.wait_for("window.thidua.network.getSelectedNodes().length && "
                             "window.thidua.network.getSelectedNodes()")
    labels = browser.evaluate(f"{json.dumps(found)}.map(id => window.thidua.nodes.get(id).label)")
    assert labels == ["Tòa án nhân dân tối cao"]
    assert browser.evaluate("document.getElementById('search-result').textContent").startswith("1 match")


def test_a_hostile_name_shows_as_text_and_runs_nothing(browser: Chromium, tmp_path: Path) -> None:
    kg = Store(":memory:")
    kg.load_facts([Facts.from_dict({"article": "evil.txt", "blocs": [{
        "name": "Khối thi đua </script><script>alert(2)</script>", "kind": "bloc", "members": [HOSTILE],
        "leadership": [{"year": 2024, "role": "leader", "org": HOSTILE,
                        "provenance": {"quote": f"{HOSTILE} làm Khối trưởng"}}]}]})])
    page = tmp_path / "evil.html"
    write_page(kg, page)
    browser.open(page)
    browser.wait_for(SETTLED)
    node = browser.evaluate(f"window.thidua.nodes.get({{filter: n => n.label === {json.dumps(HOSTILE)}}})[0].id")
    assert node
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    # Hover the node with the mouse: vis-network shows its tooltip.
    x, y = browser.evaluate(f"(() => {{ const n = window.thidua.network; const p = n.canvasToDOM("
                            f"n.getPositions([{json.dumps(node)}])[{json.dumps(node)}]);"
                            f" const r = n.body.container.getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }})()")
    browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
    tip = browser.wait_for("(() => { const t = document.querySelector('div.vis-tooltip');"
                           " return t && t.style.visibility !== 'hidden' && t.textContent; })()", timeout=10)
    assert HOSTILE in tip
    assert browser.evaluate("document.querySelector('div.vis-tooltip').querySelectorAll('img, script').length") == 0
    edge_tip = browser.evaluate("(() => { const e = window.thidua.edges.get({filter: e => e.label === 'leader 2024'})[0];"
                                " return window.thidua.tooltip(e.id, 'edges').textContent; })()")
    assert f"“{HOSTILE} làm Khối trưởng”" in edge_tip
    browser.call("Runtime.evaluate", {"expression": "document.getElementById('search').focus()"})
    browser.call("Input.insertText", {"text": "onerror"})
    browser.wait_for("document.getElementById('search-result').textContent === '1 match — Enter to go to each'")
    browser.screenshot(ARTIFACTS / "hostile-label.png")
    assert browser.evaluate("document.querySelectorAll('img, iframe, object').length") == 0
    closer = "window.thidua.nodes.get({filter: n => n.label === 'Khối thi đua </script><script>alert(2)</script>'})"
    assert browser.evaluate(f"{closer}.length") == 1  # the bloc's name arrived whole, as text
    assert_nothing_left_the_page(browser, page)


def synthetic_page(path: Path, blocs: int = 70, members: int = 28, years: int = 10) -> dict[str, int]:
    """A page of blocs x members bodies plus the blocs, with terms each year: 2,030 nodes by default."""
    import networkx as nx

    from thidua.graph.viz import render_page
    from thidua.graph.views.membership import membership_graph
    from thidua.graph.views.records import Membership, Term
    from thidua.graph.views.succession import rotation_graph

    terms, memberships = [], []
    for b in range(blocs):
        bloc, label = f"https://example.org/bloc/{b}", f"Khối thi đua số {b}"
        orgs = [(f"https://example.org/body/{b}-{i}", f"Cơ quan {b}-{i}") for i in range(members)]
        memberships += [Membership(bloc, o, None, label, name) for o, name in orgs]
        for y in range(years):
            for offset, role in enumerate(("leader", "standing_deputy", "deputy")):
                org, name = orgs[(y + offset) % members]
                terms.append(Term(bloc, 2015 + y, role, org, label, name))
    graph = nx.compose(rotation_graph(terms), membership_graph(memberships, terms))
    path.write_text(render_page(graph), encoding="utf-8")
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


def test_two_thousand_nodes_settle_then_stay_still_while_panning(browser: Chromium, tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    stats = synthetic_page(page)
    assert stats["nodes"] >= 2000
    browser.open(page)
    browser.wait_for(SETTLED, timeout=180)
    counts = browser.evaluate("window.thidua.counts()")
    assert (counts["drawnNodes"], counts["drawnEdges"]) == (stats["nodes"], stats["edges"])
    assert browser.evaluate("window.thidua.network.physics.physicsEnabled") is False
    before = browser.evaluate("[window.thidua.network.getViewPosition(),"
                              " window.thidua.network.getPositions(['https://example.org/bloc/0'])]")
    box = browser.evaluate("(() => { const r = document.getElementById('graph').getBoundingClientRect();"
                           " return [r.left + 40, r.top + 40]; })()")
    x, y = box
    browser.call("Input.dispatchMouseEvent", {"type": "mousePressed", "x": x, "y": y, "button": "left",
                                              "buttons": 1, "clickCount": 1})
    for step in range(1, 21):
        browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x + 15 * step, "y": y + 10 * step,
                                                  "button": "left", "buttons": 1})
    browser.call("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": x + 300, "y": y + 200,
                                              "button": "left", "buttons": 0, "clickCount": 1})
    after = browser.wait_for("(() => { const v = window.thidua.network.getViewPosition();"
                             f" return (v.x !== {before[0]['x']} || v.y !== {before[0]['y']}) &&"
                             " [v, window.thidua.network.getPositions(['https://example.org/bloc/0'])]; })()")
    assert after[1] == before[1]  # the layout stays put: only the view moved
    browser.screenshot(ARTIFACTS / "big-graph.png")
    assert_nothing_left_the_page(browser, page)
