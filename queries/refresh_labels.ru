# title: Rebuild the display labels
# description: One rdfs:label per named node, in the labels graph: the gazetteer's canonical name (skos:prefLabel) where there is one, else the alphabetically first name the sources wrote (skos:altLabel, foaf:name, schema:name). Run after every load, so labels do not depend on the order sources were loaded in. The two kinds of name are aggregated apart: MIN over a column that is unbound on some rows is unbound (SPARQL orders unbound first), so one MIN over a UNION of both would lose every label of a node that has both.
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
PREFIX schema: <https://schema.org/>

DROP SILENT GRAPH <https://w3id.org/thidua/graph/labels> ;
INSERT { GRAPH <https://w3id.org/thidua/graph/labels> { ?node rdfs:label ?label } }
WHERE {
  {
    SELECT DISTINCT ?node WHERE {
      GRAPH ?g { ?node skos:prefLabel|skos:altLabel|foaf:name|schema:name ?any }
      FILTER (?g != <https://w3id.org/thidua/graph/ontology> && ?g != <https://w3id.org/thidua/graph/labels>)
    }
  }
  OPTIONAL {
    SELECT ?node (MIN(?p) AS ?pref) WHERE {
      GRAPH ?g { ?node skos:prefLabel ?p }
      FILTER (?g != <https://w3id.org/thidua/graph/ontology> && ?g != <https://w3id.org/thidua/graph/labels>)
    }
    GROUP BY ?node
  }
  OPTIONAL {
    SELECT ?node (MIN(?w) AS ?written) WHERE {
      GRAPH ?g { ?node skos:altLabel|foaf:name|schema:name ?w }
      FILTER (?g != <https://w3id.org/thidua/graph/ontology> && ?g != <https://w3id.org/thidua/graph/labels>)
    }
    GROUP BY ?node
  }
  BIND (COALESCE(?pref, ?written) AS ?label)
}
