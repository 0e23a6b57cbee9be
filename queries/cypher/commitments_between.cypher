// purpose: Agreements and commitments between two actors: both bound, or one bound and the other its counterpart.
// params: a (canonical name), b (canonical name)
// example: kg query commitments_between --param a=Russia --param b="United States"
MATCH (c:Commitment)-[r1:OBLIGOR|COUNTERPART]->(:Actor {name: $a})
MATCH (c)-[r2:OBLIGOR|COUNTERPART]->(:Actor {name: $b})
WHERE type(r1) = 'OBLIGOR' OR type(r2) = 'OBLIGOR'
MATCH (c)-[:FROM_ARTICLE]->(art:Article)
RETURN DISTINCT c.status AS status, c.action AS action, c.date AS date, art.id AS article
ORDER BY date, status, action
