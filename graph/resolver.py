"""The gazetteer resolver: one body, one node; one bloc, one node -- with scope and time.

:class:`GazetteerResolver` is what ``thidua load`` uses (through
:func:`thidua.graph.identity.default_resolver`). Every decision is a pure
function of the name, its article's facts, the gazetteer data and the
curated identity file: loading articles in any order, or again, gives the
same graph, and two articles that name a thing alike meet at one node.

Blocs and clusters (IRI ``bloc/<scope>/<khoi|cum>-<distinctive words>``):

1. The scope a name states wins: a province ("... tỉnh Phú Thọ"), else a
   sector ("Cụm thi đua số 6, Ngành Tổ chức xây dựng Đảng"; "... Bộ Công
   an"), else "Trung ương". The bloc's other names in the article count too.
2. A name that states none ("Cụm thi đua số 6", "Khối Nội chính") takes it
   from its article: the same bloc written in full elsewhere in it; else its
   members and leaders (one province; police of several provinces; central
   bodies, unless the cluster is numbered); else the article's other blocs;
   else the province the article is about (the only one it names, or one
   named three times as often as any other). Failing all, it is not guessed:
   it becomes ``bloc/unscoped/...``, apart from every scoped bloc (so it
   never collides with another system's cluster of that number) and shared
   only by mentions as unscoped as it -- a node to review.
3. The distinctive words are what is left when scope words and words every
   bloc has ("Khối thi đua", "các", "cơ quan", "bộ, ngành" ...) are taken out,
   so "Khối thi đua các bộ, ngành Nội chính Trung ương" and "Khối Nội chính"
   meet inside a central context. ``blocs.yaml`` adds canonical names.

Bodies (IRI ``body/<gazetteer id>``, else ``body/<province>/<name>``, else
``body/<name>``):

1. A name of the gazetteer (any alias, any spelling name_key folds) is that
   body -- when it names one. Where it names many ("Hội Nông dân", "Ban Tổ
   chức Tỉnh ủy": one per province), the province the name states, else the
   bloc's scope (the article's, outside a bloc) chooses.
2. A short form is completed by scope: inside a provincial bloc "Ban Dân
   vận" is that province's Ban Dân vận Tỉnh ủy; inside a central bloc it is
   Ban Dân vận Trung ương. "Cơ quan X" is X when X is a gazetteer name
   (``body_prefixes`` of scopes.yaml).
3. A name the gazetteer knows but nothing disambiguates ("Hội Nông dân
   tỉnh" in an article naming no province) is never forced onto one
   province: it becomes ``body/unscoped/<name>``, apart from every province's
   body -- a node to review (the identity file can split it by source).
4. An unknown name is a new node per normalised name -- qualified by the
   province it states or its provincial bloc sits in (or, for a name ending
   "... tỉnh", the province its article is about), so two provinces'
   unknown "Sở Ngoại vụ" stay apart while every article's spelling of one
   province's meets. Outside blocs an unknown name is not qualified by the
   article's province: "Thủ tướng Chính phủ" in a Phú Thọ article is not Phú
   Thọ's.

Time: a province named before and after the 2025 merger is the unit valid
at the article's date (:func:`thidua.graph.article_scope.reference_date`);
bodies and blocs of that province follow. Names are not mapped to their
successors: "Ban Dân vận Trung ương" in 2026 is still that body.

Persons are one node per normalised name.

The curated identity file (:mod:`thidua.graph.identity_file`) comes last
and first: a ``merge`` of a name wins over every rule; ``split`` and
``same_as`` rewrite the node the rules chose.

>>> from thidua.loaders.facts import Facts
>>> r = GazetteerResolver()
>>> bloc = "Khối thi đua các cơ quan Đảng, Mặt trận Tổ quốc và các đoàn thể tỉnh Phú Thọ"
>>> f = Facts.from_dict({"article": "a.txt", "published": "2023-05-01",
...                      "blocs": [{"name": bloc, "kind": "bloc", "members": ["Hội Nông dân"]}]})
>>> c = Context(facts=f)
>>> c.bloc = r.bloc(f.blocs[0].name, "bloc", c)
>>> str(c.bloc.iri).split("/id/")[1]
'bloc/phu-tho/khoi-dang-mat-tran-doan-the'
>>> e = r.body("Hội Nông dân", c)
>>> str(e.iri).split("/id/")[1], e.label, e.how
('body/phu-tho-hoi-nong-dan', 'Hội Nông dân tỉnh Phú Thọ', 'scope')
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from rdflib import URIRef

from ..loaders.gazetteer import Body, Province
from ..loaders.keys import name_key, slug
from ..ontology.vocab import ID
from . import iris
from .article_scope import (dominant_province, facts_bloc, full_form_scopes, member_scope, mentioned_provinces,
                            reference_date)
from .catalogue import (body_by_id, body_entity, central_short, known_bloc, lookup, province_by_id,
                        provincial_short, scope_named, scope_triples, strip_tails)
from .identity import Context, Entity
from .identity_file import Identities, bundled_identities, node_kind, node_text
from .scopes import UNSCOPED, Scope, find_province, parse_bloc, pick_province, rules

__all__ = ["GazetteerResolver"]


@dataclass
class _Article:
    """What the resolver remembers of one article (in its Context)."""

    source: str
    date: str | None
    provinces: Counter[str]
    blocs: dict[URIRef, tuple[Entity, str, Scope]]
    scope: Scope | None = None
    scope_known: bool = False


def _kind_word(kind: str) -> str:
    return "Khối" if kind == "bloc" else "Cụm"


class GazetteerResolver:
    """Resolve names with the gazetteer, the scope of blocs and articles, time, and curated decisions."""

    def __init__(self, identities: Identities | None = None) -> None:
        self.identities = identities if identities is not None else bundled_identities()

    # -- the article ----------------------------------------------------------------

    def _article(self, context: Context) -> _Article:
        article = context.cache.get("article")
        if article is None:
            facts = context.facts
            date = reference_date(facts) if facts else None
            article = _Article(source=facts.article if facts else "", date=date,
                               provinces=mentioned_provinces(facts, date) if facts else Counter(), blocs={})
            context.cache["article"] = article
        return article

    def _article_scope(self, art: _Article) -> Scope | None:
        """The scope of names outside any bloc: the article's blocs' one scope, else the province it is about."""
        if not art.scope_known:
            scopes = {scope for _, _, scope in art.blocs.values()}
            if len(scopes) == 1 and next(iter(scopes)).kind in ("central", "province"):
                art.scope = next(iter(scopes))
            elif dominant_province(art.provinces):
                art.scope = scope_named(dominant_province(art.provinces) or "")
            art.scope_known = True
        return art.scope

    def _scope(self, context: Context, art: _Article) -> Scope | None:
        if context.bloc is not None:
            found = art.blocs.get(context.bloc.iri)
            return found[2] if found else None
        return self._article_scope(art)

    # -- blocs -------------------------------------------------------------------------

    def _infer_scope(self, name: str, kind: str, distinctive: str, numbered: bool, art: _Article,
                     context: Context) -> tuple[Scope | None, str]:
        facts = context.facts
        if facts is None:
            return None, ""
        scopes = full_form_scopes(facts, kind, distinctive, art.date)
        if len(scopes) == 1:
            return next(iter(scopes)), "the article writes its name in full with this scope"
        bloc = facts_bloc(facts, name)
        if bloc is not None:
            scope = member_scope(bloc, art.date, numbered)
            if scope is not None:
                return scope, "its members and leaders are of this scope"
        others = {p.scope for b in facts.blocs if b is not bloc
                  for p in (parse_bloc(n, art.date) for n in (b.name, *b.aliases)) if p.scope}
        if len(others) == 1:
            return next(iter(others)), "the article's other blocs are of this scope"
        province = dominant_province(art.provinces)
        if province:
            return scope_named(province), "the province the article is about"
        return None, ""

    def _bloc_iri(self, scope: Scope, kind: str, distinctive: str) -> URIRef:
        path = str(iris.named("bloc", f"{_kind_word(kind)} {distinctive}")).rsplit("/", 1)[1]
        return ID[f"bloc/{scope.slug}/{path}"]

    def bloc(self, name: str, kind: str, context: Context) -> Entity:
        art = self._article(context)
        merged = self.identities.merged("bloc", name_key(name), None)
        if merged is not None:
            return self._remember(art, self._curated(merged, name, "identity file: merge"), kind)
        bloc = facts_bloc(context.facts, name)
        names = list(dict.fromkeys([name, *((bloc.name, *bloc.aliases) if bloc else ())]))
        parsed = [parse_bloc(n, art.date) for n in names]
        scope = next((p.scope for p in parsed if p.scope), None)
        distinctive = next((p.distinctive for p in parsed if p.distinctive), "")
        how, note = "key", "its name states its scope" if scope else ""
        if not distinctive:
            same = [e for e, k, _ in art.blocs.values() if k == kind]
            if len(same) == 1:
                return same[0]
            scope, how, note = None, "unscoped", "a generic name, and the article has no one bloc of this kind"
        elif scope is None:
            scope, note = self._infer_scope(name, kind, distinctive, parsed[0].numbered, art, context)
            how = "scope" if scope else "unscoped"
        if scope is None:
            scope = UNSCOPED
            note = note or "its scope is neither stated nor clear from its article"
        label = None
        known = known_bloc(scope, kind, distinctive) if scope is not UNSCOPED else None
        if known is not None:
            distinctive, label, how = parse_bloc(known.name).distinctive, known.name, "gazetteer"
            note = f"blocs.yaml: {known.name}"
        entity = Entity(self._bloc_iri(scope, kind, distinctive or _kind_word(kind)), label=label,
                        scope=scope.iri, how=how, note=f"{note} ({scope.label or scope.slug})",
                        gazetteer=scope_triples(scope))
        return self._remember(art, self._curate(entity, art), kind)

    def _remember(self, art: _Article, entity: Entity, kind: str) -> Entity:
        scope = self._scope_of_iri(entity.iri) or UNSCOPED
        art.blocs[entity.iri] = (entity, kind, scope)
        return entity

    @staticmethod
    def _scope_of_iri(iri: URIRef) -> Scope | None:
        parts = node_text(iri).split("/")
        if len(parts) == 3 and parts[0] == "bloc" and parts[1] != UNSCOPED.slug:
            try:
                return scope_named(parts[1])
            except ValueError:
                return None
        return None

    # -- bodies --------------------------------------------------------------------------

    def body(self, name: str, context: Context) -> Entity:
        art = self._article(context)
        scope = self._scope(context, art)
        merged = self.identities.merged("body", name_key(name), scope.slug if scope else None)
        if merged is not None:
            return self._curated(merged, name, "identity file: merge")
        if scope is None:
            where = "outside any bloc; the article's scope is not clear"
        else:
            where = f"{'inside a bloc' if context.bloc is not None else 'in an article'} of {scope.label or scope.slug}"
        entity = self._body(name, scope, art, where, context.bloc is not None)
        if entity.how in ("key", "unscoped"):
            rest = self._without_prefix(name)
            if rest:
                inner = self._body(rest, scope, art, where, context.bloc is not None)
                if inner.how in ("gazetteer", "scope"):
                    entity = replace(inner, note=f"\"{name[:len(name) - len(rest)].strip()}\" + {inner.note}")
        return self._curate(entity, art)

    @staticmethod
    def _without_prefix(name: str) -> str | None:
        """The name without a leading word that leaves the body the same ("Cơ quan ..."), if it has one."""
        parts = name.split()
        for prefix in rules().body_prefixes:
            n = len(prefix)
            if len(parts) > n and tuple(name_key(" ".join(parts[:n])).split()) == prefix:
                return " ".join(parts[n:])
        return None

    def _body(self, name: str, scope: Scope | None, art: _Article, where: str, inside: bool) -> Entity:
        words = tuple(name_key(name).split())
        stated = find_province(words, name)
        unit = pick_province(stated[-1].units, art.date) if stated else None
        candidates = lookup(name)
        if candidates:
            picked = self._pick(candidates, scope, unit, art.date)
            if picked is not None:
                body, how = picked
                note = "gazetteer name" if how == "gazetteer" else f"one of {len(candidates)} gazetteer bodies, {where}"
                return body_entity(body, how, note)
        if scope is not None and scope.kind == "province" and (unit is None or unit.id == scope.id):
            short = provincial_short(scope.id, name)
            if short is not None:
                return body_entity(short, "scope", f"short form, {where}")
        if scope is not None and scope.kind == "central" and not stated:
            short = central_short(name)
            if short is not None:
                return body_entity(short, "scope", f"short form, {where}")
        generic = self._generic(words)
        if unit is None and scope is not None and scope.kind == "province" and (inside or generic):
            # A member of a provincial bloc, or "... tỉnh" in an article of one province, is of that province.
            unit = province_by_id()[scope.id]
        if candidates or (unit is None and generic):
            return Entity(ID[f"body/{UNSCOPED.slug}/{slug(name)}"], how="unscoped",
                          note=f"names a body of many provinces and nothing tells which ({where})")
        if unit is not None:
            core = self._core(words, unit)
            return Entity(ID[f"body/{unit.id}/{slug(core)}"], how="key",
                          note=f"not in the gazetteer: one node per name in {unit.name}")
        return Entity(iris.named("body", name), how="key", note="not in the gazetteer: one node per normalised name")

    @staticmethod
    def _generic(words: tuple[str, ...]) -> bool:
        """Ends like a provincial body with its province left out ("... tỉnh", "... Tỉnh ủy")."""
        return len(strip_tails(words, rules().provincial_tails)) > 1

    @staticmethod
    def _core(words: tuple[str, ...], unit: Province) -> str:
        for mention in reversed(find_province(words)):
            if unit in mention.units or any(name_key(u.name) == name_key(unit.name) for u in mention.units):
                words = words[:mention.start] + words[mention.end:]
                break
        names = sorted({tuple(name_key(n).split()) for n in unit.names}, key=len, reverse=True)
        for name in names:
            if len(words) > len(name) and words[-len(name):] == name:
                words = words[:-len(name)]
                break
        return " ".join(strip_tails(words, rules().provincial_tails)[-1])

    @staticmethod
    def _pick(candidates: tuple[Body, ...], scope: Scope | None, unit: Province | None,
              date: str | None) -> tuple[Body, str] | None:
        if len(candidates) == 1:
            return candidates[0], "gazetteer"
        if unit is not None:
            same = [b for b in candidates if b.province == unit.id]
            if len(same) == 1:
                return same[0], "gazetteer"
        if scope is not None and scope.kind == "province":
            same = [b for b in candidates if b.province == scope.id]
            if len(same) == 1:
                return same[0], "scope"
        if scope is not None and scope.kind == "central":
            same = [b for b in candidates if b.province is None]
            if len(same) == 1:
                return same[0], "scope"
        ids = {b.province for b in candidates}
        if None not in ids:
            units = [province_by_id()[i] for i in sorted(ids) if i]
            if len({name_key(u.name) for u in units}) == 1:
                chosen = pick_province(units, date)
                same = [b for b in candidates if chosen is not None and b.province == chosen.id]
                if len(same) == 1:
                    return same[0], "gazetteer"
        return None

    # -- persons ---------------------------------------------------------------------------

    def person(self, name: str, context: Context) -> Entity:
        art = self._article(context)
        merged = self.identities.merged("person", name_key(name), None)
        if merged is not None:
            return self._curated(merged, name, "identity file: merge")
        entity = Entity(iris.named("person", name), how="key", note="one node per normalised name")
        return self._curate(entity, art)

    # -- the identity file ------------------------------------------------------------------

    def _curate(self, entity: Entity, art: _Article) -> Entity:
        """Apply the identity file's split and same_as to the node the rules chose."""
        iri = self.identities.split(entity.iri, art.source) or entity.iri
        iri = self.identities.canonical(iri)
        if iri == entity.iri:
            return entity
        return self._curated(iri, None, f"identity file: {node_text(entity.iri)} is {node_text(iri)}")

    def _curated(self, iri: URIRef, name: str | None, note: str) -> Entity:
        """The entity of a node an identity file names (a gazetteer body keeps what the gazetteer knows)."""
        iri = self.identities.canonical(iri)
        kind, _, rest = node_text(iri).partition("/")
        if kind == "body" and rest in body_by_id():
            return body_entity(body_by_id()[rest], "curated", note)
        if node_kind(iri) == "bloc":
            scope = self._scope_of_iri(iri)
            return Entity(iri, scope=scope.iri if scope else None, how="curated", note=note,
                          gazetteer=scope_triples(scope) if scope else ())
        return Entity(iri, how="curated", note=note)
