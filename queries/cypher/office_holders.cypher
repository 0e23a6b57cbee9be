// purpose: Who holds an office: people whose title contains the given words, in a country or body.
// params: title (words of the title, case-insensitive), organization (canonical name)
// example: kg query office_holders --param title="Foreign Minister" --param organization=Hungary
MATCH (r:Role)-[:ORGANIZATION]->(o:Actor {name: $organization})
WHERE toLower(r.title) CONTAINS toLower($title)
MATCH (r)-[:MEMBER]->(p:Actor)
MATCH (r)-[:FROM_ARTICLE]->(a:Article)
RETURN DISTINCT p.name AS person, r.title AS title, o.name AS organization, a.id AS article
ORDER BY person, title, article
