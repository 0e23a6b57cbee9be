// purpose: Who holds an office: people whose title contains the given words, in a country or body.
// params: title (words of the title, case-insensitive), organization (any of its names, any case)
// example: kg query office_holders --param title="Foreign Minister" --param organization=Hungary
MATCH (o:Actor)
WHERE toLower(o.name) = toLower($organization) OR EXISTS {
  MATCH (o)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($organization)) }
MATCH (r:Role)-[:ORGANIZATION]->(o)
WHERE toLower(r.title) CONTAINS toLower($title)
MATCH (r)-[:MEMBER]->(p:Actor)
MATCH (r)-[:FROM_ARTICLE]->(a:Article)
RETURN DISTINCT p.name AS person, r.title AS title, o.name AS organization, a.id AS article
ORDER BY person, title, article
