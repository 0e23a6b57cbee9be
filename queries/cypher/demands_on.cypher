// purpose: Demands made of an actor, and who made them.
// params: actor (canonical name of the side required to act)
// example: kg query demands_on --param actor=Ukraine
MATCH (c:Commitment {status: 'demanded'})-[:OBLIGOR]->(x:Actor {name: $actor})
MATCH (c)-[:FROM_ARTICLE]->(a:Article)
OPTIONAL MATCH (c)-[:COUNTERPART]->(d:Actor)
RETURN x.name AS actor, d.name AS demander, c.action AS action, c.date AS date, a.id AS article
ORDER BY date, action, demander
