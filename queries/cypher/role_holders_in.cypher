// purpose: Everyone the articles name as holding an office of a country or body.
// params: organization (canonical name)
// example: kg query role_holders_in --param organization="United States"
MATCH (r:Role)-[:ORGANIZATION]->(o:Actor {name: $organization})
MATCH (r)-[:MEMBER]->(p:Actor)
RETURN DISTINCT p.name AS person, r.title AS title
ORDER BY person, title
