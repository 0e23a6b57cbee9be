// purpose: Everyone the articles name as holding an office of a country or body.
// params: organization (any of its names, any case)
// example: kg query role_holders_in --param organization="United States"
MATCH (o:Actor)
WHERE toLower(o.name) = toLower($organization) OR EXISTS {
  MATCH (o)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($organization)) }
MATCH (r:Role)-[:ORGANIZATION]->(o)
MATCH (r)-[:MEMBER]->(p:Actor)
RETURN DISTINCT p.name AS person, r.title AS title
ORDER BY person, title
