"""Facts -> RDF quads in the ontology's terms, one named graph per source.

Every statement of an article goes into that article's named graph, so a
researcher can always ask which source said what. Names become nodes through
a :class:`~thidua.graph.identity.Resolver` (by default the gazetteer resolver
of :func:`~thidua.graph.identity.default_resolver`); what the resolver knows
beyond the article (canonical names, kinds, parents, scopes, provinces) goes
into the gazetteer graph, and how it resolved each name goes beside the name
as a ``tdkt:NameMention`` in the source's graph. Every fact node --
membership, leadership term, award conferral, post, event -- is
``prov:wasDerivedFrom`` its source, and a W3C Web Annotation ties it to the
sentence and the character offsets it came from.

Building is pure: the same facts give the same quads, so loading twice
changes nothing.

>>> from thidua.loaders.facts import Facts
>>> facts = Facts.from_dict({"article": "a.txt", "blocs": [{"name": "Khối thi đua X", "kind": "bloc",
...     "leadership": [{"year": 2023, "role": "leader", "org": "Ban Y"}]}]})
>>> quads = build(facts)
>>> sum(1 for s, p, o, g in quads if p == ORG.role and o == TDKT.LeaderRole)
1
"""
from __future__ import annotations

from typing import Iterable

from rdflib import Literal, URIRef
from rdflib.term import Node

from ..loaders.document_refs import parse_document_ref
from ..loaders.facts import Facts, Provenance
from ..loaders.keys import name_key
from ..ontology import notations
from ..ontology.vocab import DCTERMS, FOAF, OA, ORG, PROV, RDF, RDFS, SDO, SKOS, TDKT, XSD
from . import iris
from .honours import honour_concept
from .identity import Context, Entity, Resolver, default_resolver
from .scopes import bloc_kind

__all__ = ["Quad", "build", "BLOC_CLASSES"]

Quad = tuple[Node, Node, Node, URIRef]

#: The facts format's bloc kinds and the classes they stand for.
BLOC_CLASSES = {"bloc": TDKT.EmulationBloc, "cluster": TDKT.EmulationCluster}


def _vi(text: str) -> Literal:
    return Literal(text, lang="vi")


def _date(value: str) -> Literal:
    if value.startswith("--"):
        return Literal(value, datatype=XSD.gMonthDay)
    return Literal(value, datatype=XSD.date)


class _Builder:
    """Collects the quads of one facts document."""

    def __init__(self, facts: Facts, resolver: Resolver) -> None:
        self.facts = facts
        self.resolver = resolver
        self.graph = iris.source_graph(facts.article)
        self.gazetteer = iris.gazetteer_graph(facts.article)
        self.source = iris.source(facts.article)
        self.quads: list[Quad] = []
        self.seen: set[Quad] = set()
        self.context = Context(facts=facts)
        self.roles = notations(TDKT.BlocRoleScheme)
        self.statuses = notations(TDKT.AwardStatusScheme)
        self.kinds = notations(TDKT.RecipientKindScheme)
        self.event_types = notations(TDKT.EventTypeScheme)
        self.bases = notations(TDKT.YearBasisScheme)
        self.resolutions = notations(TDKT.NameResolutionScheme)

    # -- low level ---------------------------------------------------------

    def add(self, s: Node, p: Node, o: Node, g: URIRef | None = None) -> None:
        quad = (s, p, o, g or self.graph)
        if quad not in self.seen:
            self.seen.add(quad)
            self.quads.append(quad)

    def entity(self, entity: Entity, rdf_type: URIRef, written: str) -> URIRef:
        """Type a resolved node, record the name as written (and how it was resolved), and what the gazetteer knows."""
        self.add(entity.iri, RDF.type, rdf_type)
        self.add(entity.iri, SKOS.altLabel, _vi(written))
        self.mention(entity, written)
        g = self.gazetteer
        for s, p, o in entity.gazetteer:
            self.add(s, p, o, g)
        if entity.label:
            self.add(entity.iri, SKOS.prefLabel, _vi(entity.label), g)
        for kind in entity.kinds:
            self.add(entity.iri, ORG.classification, kind, g)
        if entity.parent is not None:
            self.add(entity.iri, ORG.subOrganizationOf, entity.parent, g)
        if entity.scope is not None:
            self.add(entity.iri, TDKT.scope, entity.scope, g)
        return entity.iri

    def mention(self, entity: Entity, written: str) -> None:
        """The provenance of an alias: this source wrote this name for this node, resolved so."""
        if entity.how is None:
            return
        m = iris.hashed("annotation", "mention", entity.iri, self.source, written, entity.how, entity.note)
        self.add(m, RDF.type, TDKT.NameMention)
        self.add(m, TDKT.mentionOf, entity.iri)
        self.add(m, TDKT.writtenName, _vi(written))
        self.add(m, TDKT.resolution, self.resolutions[entity.how])
        if entity.note:
            self.add(m, RDFS.comment, Literal(entity.note, lang="en"))
        self.add(m, PROV.wasDerivedFrom, self.source)

    def derived(self, node: URIRef, provenance: Provenance | None) -> None:
        """``prov:wasDerivedFrom`` the source, plus the annotation anchoring the quote."""
        self.add(node, PROV.wasDerivedFrom, self.source)
        if provenance is None:
            return
        anno = iris.hashed("annotation", node, self.source, provenance.start, provenance.end,
                           provenance.quote)
        target = iris.hashed("annotation", "target", anno)
        quote = iris.hashed("selector", "quote", anno)
        self.add(anno, RDF.type, OA.Annotation)
        self.add(anno, OA.motivatedBy, OA.identifying)
        self.add(anno, OA.hasBody, node)
        self.add(anno, OA.hasTarget, target)
        self.add(target, RDF.type, OA.SpecificResource)
        self.add(target, OA.hasSource, self.source)
        self.add(target, OA.hasSelector, quote)
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(provenance.quote))
        if provenance.start is not None:
            position = iris.hashed("selector", "position", anno)
            self.add(target, OA.hasSelector, position)
            self.add(position, RDF.type, OA.TextPositionSelector)
            # plain integers: the store keeps integer subtypes as xsd:integer anyway
            self.add(position, OA.start, Literal(provenance.start))
            self.add(position, OA.end, Literal(provenance.end))

    def year(self, node: URIRef, year: int | None, basis: str | None, prop: URIRef) -> None:
        if year is None:
            return
        self.add(node, prop, Literal(year))
        if basis:
            self.add(node, TDKT.yearBasis, self.bases[basis])

    # -- names ----------------------------------------------------------------

    def body(self, name: str) -> URIRef:
        return self.entity(self.resolver.body(name, self.context), ORG.Organization, name)

    def person(self, name: str) -> URIRef:
        return self.entity(self.resolver.person(name, self.context), FOAF.Person, name)

    def agent(self, name: str) -> URIRef:
        """An organiser, grantor or proposer: a bloc of this article if it names one, a bloc if
        it reads like one ("Khối thi đua", "Cụm thi đua số 6"), else a body."""
        bloc = self.context.blocs.get(name_key(name))
        if bloc is not None:
            return bloc.iri
        kind = bloc_kind(name)
        if kind is not None:
            entity = self.resolver.bloc(name, kind, self.context)
            if any(entity.iri == b.iri for b in self.context.blocs.values()):
                self.mention(entity, name)  # "Khối thi đua": a reference back to the article's bloc, not its name
                return entity.iri
            return self.entity(entity, BLOC_CLASSES[kind], name)
        return self.body(name)

    # -- sections ---------------------------------------------------------------

    def source_document(self) -> None:
        facts, s = self.facts, self.source
        self.add(s, RDF.type, TDKT.SourceDocument)
        self.add(s, TDKT.fileName, Literal(facts.source.file or facts.article))
        if facts.source.title:
            self.add(s, DCTERMS.title, _vi(facts.source.title))
        if facts.source.url:
            self.add(s, SDO.url, Literal(facts.source.url, datatype=XSD.anyURI))
        if facts.published and not facts.published.startswith("--"):
            self.add(s, SDO.datePublished, _date(facts.published))
        if facts.source.sha256:
            self.add(s, TDKT.sha256, Literal(facts.source.sha256))
        if facts.source.characters is not None:
            self.add(s, TDKT.characterCount, Literal(facts.source.characters))

    def blocs(self) -> None:
        # Resolve every bloc first: events and awards may name one as organiser or proposer.
        resolved = []
        for bloc in self.facts.blocs:
            entity = self.resolver.bloc(bloc.name, bloc.kind, self.context)
            resolved.append(entity)
            for name in (bloc.name, *bloc.aliases):
                self.context.blocs.setdefault(name_key(name), entity)
        for bloc, entity in zip(self.facts.blocs, resolved):
            self.context.bloc, self.context.bloc_name = entity, bloc.name
            node = self.entity(entity, BLOC_CLASSES[bloc.kind], bloc.name)
            for alias in bloc.aliases:
                self.add(node, SKOS.altLabel, _vi(alias))
                self.mention(entity, alias)
            if bloc.stated_member_count is not None:
                self.add(node, TDKT.statedMemberCount, Literal(bloc.stated_member_count))
            self.derived(node, bloc.provenance)
            for member in bloc.members:
                org = self.body(member.name)
                m = iris.hashed("membership", node, org, "member", bloc.year)
                self.membership(m, node, org, TDKT.MemberRole)
                self.year(m, bloc.year, None, TDKT.year)
                self.derived(m, member.provenance)
            for term in bloc.leadership:
                org = self.body(term.org)
                m = iris.hashed("membership", node, org, term.role, term.year)
                self.membership(m, node, org, self.roles[term.role])
                self.year(m, term.year, term.year_basis, TDKT.year)
                if term.year is not None:
                    self.add(m, SDO.validFrom, Literal(f"{term.year}-01-01", datatype=XSD.date))
                    self.add(m, SDO.validUntil, Literal(f"{term.year}-12-31", datatype=XSD.date))
                self.derived(m, term.provenance)
        self.context.bloc = self.context.bloc_name = None

    def membership(self, m: URIRef, bloc: URIRef, org: URIRef, role: URIRef) -> None:
        self.add(m, RDF.type, ORG.Membership)
        self.add(m, ORG.member, org)
        self.add(m, ORG.organization, bloc)
        self.add(m, ORG.role, role)

    def events(self) -> None:
        for event in self.facts.events:
            e = iris.hashed("event", event.type, event.date, name_key(event.title or ""),
                            self.source if event.date is None else None)
            self.add(e, RDF.type, SDO.Event)
            self.add(e, TDKT.eventType, self.event_types[event.type])
            if event.title:
                self.add(e, SDO.name, _vi(event.title))
            if event.date:
                self.add(e, SDO.startDate, _date(event.date))
            if event.place:
                place = iris.named("place", event.place)
                self.add(place, RDF.type, SDO.Place)
                self.add(place, SDO.name, _vi(event.place))
                self.add(e, SDO.location, place)
            if event.organiser:
                self.add(e, SDO.organizer, self.agent(event.organiser))
            self.derived(e, event.provenance)

    def awards(self) -> None:
        for award in self.facts.awards:
            recipient = None
            if award.recipient:
                recipient = (self.person(award.recipient) if award.recipient_kind == "individual"
                             else self.body(award.recipient))
            c = iris.hashed("conferral", name_key(award.award), recipient, award.recipient_count,
                            award.recipient_kind, award.status, award.year,
                            name_key(award.conferred_by or ""), name_key(award.proposed_by or ""),
                            self.source if recipient is None else None)
            self.add(c, RDF.type, TDKT.AwardConferral)
            self.add(c, TDKT.honourAsWritten, _vi(award.award))
            concept = honour_concept(award.award, award.conferred_by)
            if concept is not None:
                self.add(c, TDKT.honour, concept)
            if recipient is not None:
                self.add(c, TDKT.recipient, recipient)
            if award.recipient_count is not None:
                self.add(c, TDKT.recipientCount, Literal(award.recipient_count))
            self.add(c, TDKT.recipientKind, self.kinds[award.recipient_kind])
            self.add(c, TDKT.status, self.statuses[award.status])
            self.year(c, award.year, award.year_basis, TDKT.achievementYear)
            if award.conferred_by:
                self.add(c, TDKT.conferredBy, self.agent(award.conferred_by))
            if award.proposed_by:
                self.add(c, TDKT.proposedBy, self.agent(award.proposed_by))
            self.derived(c, award.provenance)

    def persons(self) -> None:
        for person in self.facts.persons:
            p = self.person(person.name)
            self.add(p, FOAF.name, _vi(person.name))
            org = self.body(person.org) if person.org else None
            org_key = name_key(person.org) if person.org else ""
            for title in person.positions:
                post = iris.hashed("post", p, name_key(title))
                self.add(post, RDF.type, ORG.Post)
                self.add(post, TDKT.positionTitle, _vi(title))
                self.add(post, ORG.heldBy, p)
                if org is not None and (len(person.positions) == 1 or org_key in name_key(title)):
                    self.add(post, ORG.postIn, org)
                self.derived(post, person.provenance)

    def movements(self) -> None:
        for movement in self.facts.movements:
            v = iris.named("movement", movement.name)
            self.add(v, RDF.type, TDKT.EmulationMovement)
            self.add(v, SDO.name, _vi(movement.name))
            self.add(self.source, TDKT.mentionsMovement, v)
            self.derived(v, movement.provenance)

    def documents(self) -> None:
        for document in self.facts.documents:
            ref = parse_document_ref(document.title)
            if ref.number and not ref.number.isdigit():
                d = iris.named("document", ref.number)
            elif ref.number and ref.type:
                d = iris.named("document", f"{ref.type} {ref.number}")
            else:
                d = iris.named("document", document.title)
            self.add(d, RDF.type, TDKT.LegalDocument)
            self.add(d, DCTERMS.title, _vi(document.title))
            if ref.number:
                self.add(d, TDKT.documentNumber, Literal(ref.number))
            if ref.type:
                self.add(d, TDKT.documentType, _vi(ref.type))
            if ref.date:
                self.add(d, DCTERMS.date, _date(ref.date))
            self.add(self.source, TDKT.cites, d)
            self.derived(d, document.provenance)

    def run(self) -> list[Quad]:
        self.source_document()
        self.blocs()
        self.events()
        self.awards()
        self.persons()
        self.movements()
        self.documents()
        return self.quads


def build(facts: Facts, resolver: Resolver | None = None) -> list[Quad]:
    """The quads one facts document states, in its source's named graph (and the gazetteer graph)."""
    return _Builder(facts, resolver or default_resolver()).run()


def build_all(documents: Iterable[Facts], resolver: Resolver | None = None) -> list[Quad]:
    """The quads of several facts documents (one resolver for all)."""
    resolver = resolver or default_resolver()
    out: list[Quad] = []
    for facts in documents:
        out.extend(build(facts, resolver))
    return out
