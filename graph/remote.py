"""Ask a remote SPARQL endpoint the same questions as the embedded store (SPARQLWrapper).

A researcher who publishes thidua's export in a triple store (Virtuoso,
Fuseki, GraphDB ...) runs the bundled queries against it unchanged: the
``.rq`` files are self-contained, parameters are bound by the same ``VALUES``
block, and thidua's prefixes are declared ahead of the user's text. Results
come back as the same plain rows :meth:`thidua.graph.store.Store.select`
gives, so a test can compare the two.

SPARQLWrapper is configured with a User-Agent naming thidua (some endpoints
refuse anonymous clients) and a timeout.
"""
from __future__ import annotations

import datetime as _dt
import os
import socket
import urllib.error
from typing import Any, Mapping

from SPARQLWrapper import JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from .. import __version__, queries
from ..ontology.vocab import PREFIXES, XSD
from .terms import _INTEGERS

__all__ = ["RemoteEndpoint", "RemoteError", "USER_AGENT"]

USER_AGENT = os.environ.get("THIDUA_USER_AGENT", f"thidua/{__version__} (https://w3id.org/thidua)")


class RemoteError(Exception):
    """The endpoint could not be reached or refused the query; one line."""


def _prologue() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def _value(binding: Mapping[str, str] | None) -> Any:
    """A SPARQL JSON results binding as a plain value, like :func:`thidua.graph.terms.to_python`."""
    if binding is None:
        return None
    value = binding["value"]
    datatype = binding.get("datatype")
    if binding["type"] in ("literal", "typed-literal") and datatype:
        if datatype in _INTEGERS:
            return int(value)
        if datatype == str(XSD.date):
            try:
                return _dt.date.fromisoformat(value[:10])
            except ValueError:
                return value
        if datatype in (str(XSD.decimal), str(XSD.double), str(XSD.float)):
            return float(value)
        if datatype == str(XSD.boolean):
            return value in ("true", "1")
    return value


class RemoteEndpoint:
    """A SPARQL 1.1 endpoint reached over HTTP."""

    def __init__(self, url: str, timeout: int = 60) -> None:
        self.url = url
        self.timeout = timeout

    def _wrapper(self, text: str, return_format: str) -> SPARQLWrapper:
        wrapper = SPARQLWrapper(self.url, agent=USER_AGENT)
        wrapper.setMethod(POST)
        wrapper.setTimeout(self.timeout)
        wrapper.setReturnFormat(return_format)
        wrapper.setQuery(text)
        return wrapper

    def _prepare(self, sparql: str, params: Mapping[str, Any] | None) -> str:
        try:
            bound = queries.bind(sparql, {k: v for k, v in (params or {}).items() if v is not None})
        except queries.ParameterError as exc:
            raise RemoteError(str(exc)) from None
        return _prologue() + bound

    def _run(self, wrapper: SPARQLWrapper) -> Any:
        try:
            return wrapper.query()
        except SPARQLWrapperException as exc:
            detail = str(exc).splitlines()[0]
            raise RemoteError(f"{self.url} refused the query: {detail}") from None
        except (urllib.error.URLError, socket.timeout, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise RemoteError(f"cannot reach {self.url}: {reason}") from None

    def query_json(self, sparql: str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """SPARQL 1.1 Query Results JSON, as a dict."""
        result = self._run(self._wrapper(self._prepare(sparql, params), JSON)).convert()
        if not isinstance(result, dict):
            raise RemoteError(f"{self.url} did not answer with SPARQL results JSON")
        return result

    def query_raw(self, sparql: str, params: Mapping[str, Any] | None = None, fmt: str = "srj") -> bytes:
        """The endpoint's own serialisation: SPARQL results JSON (srj) or XML (srx)."""
        response = self._run(self._wrapper(self._prepare(sparql, params), JSON if fmt == "srj" else XML))
        return response.response.read()

    def construct(self, sparql: str, params: Mapping[str, Any] | None = None) -> bytes:
        """A CONSTRUCT or DESCRIBE query's graph, as Turtle."""
        return self._run(self._wrapper(self._prepare(sparql, params), TURTLE)).response.read()

    def ask(self, sparql: str, params: Mapping[str, Any] | None = None) -> bool:
        """An ASK query's answer."""
        result = self.query_json(sparql, params)
        if "boolean" in result:
            return bool(result["boolean"])
        # Virtuoso answers ASK in JSON as one row with a variable __ask_retval.
        rows = result.get("results", {}).get("bindings", [])
        return bool(rows) and any(_value(v) in (1, True, "1", "true") for v in rows[0].values())

    @staticmethod
    def rows(result: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The rows of SPARQL results JSON as dicts of plain values (absent bindings are None)."""
        columns = result.get("head", {}).get("vars", [])
        return [{c: _value(row.get(c)) for c in columns} for row in result.get("results", {}).get("bindings", [])]

    def select(self, sparql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """A SELECT's rows as dicts of plain values (absent bindings are None)."""
        return self.rows(self.query_json(sparql, params))

    def select_named(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run one of the bundled queries with its parameters."""
        return self.select(queries.get(name).text, params)
