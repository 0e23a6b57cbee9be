// purpose: Commitments an actor is bound by, optionally of one status (agreed, proposed, conditional, demanded, refused).
// params: actor (any of its names, any case), status (optional; omit for all)
// example: kg query commitments_by --param actor=Russia --param status=agreed
MATCH (x:Actor)
WHERE toLower(x.name) = toLower($actor) OR EXISTS {
  MATCH (x)-[m:MENTIONED_IN]->() WHERE any(n IN m.aliases WHERE toLower(n) = toLower($actor)) }
MATCH (c:Commitment)-[:OBLIGOR]->(x)
WHERE $status IS NULL OR c.status = $status
MATCH (c)-[:FROM_ARTICLE]->(a:Article)
RETURN x.name AS actor, c.status AS status, c.action AS action, c.date AS date, a.id AS article
ORDER BY date, status, action
