// purpose: Agreements and commitments between two actors: both bound, or one bound and the other its counterpart.
// params: a (any of its names, any case), b (any of its names, any case)
// example: kg query commitments_between --param a=Russia --param b="United States"
MATCH (xa:Actor)
WHERE toLower(xa.name) = toLower($a) OR EXISTS {
  MATCH (xa)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($a)) }
MATCH (xb:Actor)
WHERE toLower(xb.name) = toLower($b) OR EXISTS {
  MATCH (xb)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($b)) }
MATCH (c:Commitment)-[r1:OBLIGOR|COUNTERPART]->(xa)
MATCH (c)-[r2:OBLIGOR|COUNTERPART]->(xb)
WHERE type(r1) = 'OBLIGOR' OR type(r2) = 'OBLIGOR'
MATCH (c)-[:FROM_ARTICLE]->(art:Article)
RETURN DISTINCT c.status AS status, c.action AS action, c.date AS date, art.id AS article
ORDER BY date, status, action
