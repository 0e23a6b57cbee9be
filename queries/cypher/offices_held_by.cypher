// purpose: Offices a person holds: title, the country or body, and the article that says so.
// params: person (any of its names, any case)
// example: kg query offices_held_by --param person="Vladimir Putin"
MATCH (p:Actor)
WHERE toLower(p.name) = toLower($person) OR EXISTS {
  MATCH (p)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($person)) }
MATCH (r:Role)-[:MEMBER]->(p)
MATCH (r)-[:ORGANIZATION]->(o:Actor)
MATCH (r)-[:FROM_ARTICLE]->(a:Article)
RETURN DISTINCT p.name AS person, r.title AS title, o.name AS organization, a.id AS article
ORDER BY title, organization, article
