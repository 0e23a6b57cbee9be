// purpose: Offices a person holds: title, the country or body, and the article that says so.
// params: person (canonical name)
// example: kg query offices_held_by --param person="Vladimir Putin"
MATCH (r:Role)-[:MEMBER]->(p:Actor {name: $person})
MATCH (r)-[:ORGANIZATION]->(o:Actor)
MATCH (r)-[:FROM_ARTICLE]->(a:Article)
RETURN DISTINCT p.name AS person, r.title AS title, o.name AS organization, a.id AS article
ORDER BY title, organization, article
