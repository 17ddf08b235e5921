# title: Rebuild the display labels
# description: One rdfs:label per named node, in the labels graph: the gazetteer's canonical name (skos:prefLabel) where there is one, else the alphabetically first name the sources wrote (skos:altLabel, foaf:name, schema:name). Run after every load, so labels do not depend on the order sources were loaded in.
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
PREFIX schema: <https://schema.org/>

DROP SILENT GRAPH <https://w3id.org/thidua/graph/labels> ;
INSERT { GRAPH <https://w3id.org/thidua/graph/labels> { ?node rdfs:label ?label } }
WHERE {
  SELECT ?node (COALESCE(MIN(?pref), MIN(?written)) AS ?label)
  WHERE {
    GRAPH ?g {
      { ?node skos:prefLabel ?pref } UNION { ?node skos:altLabel|foaf:name|schema:name ?written }
    }
    FILTER (?g != <https://w3id.org/thidua/graph/ontology> && ?g != <https://w3id.org/thidua/graph/labels>)
  }
  GROUP BY ?node
}
