// purpose: How two actors are connected: the shortest chains of actors that share a fact (up to 2 hops).
// params: a (canonical name), b (canonical name)
// example: kg query shortest_path --param a="Olaf Scholz" --param b="Vladimir Putin"
MATCH (x:Actor {name: $a}), (y:Actor {name: $b})
MATCH p = allShortestPaths((x)-[:SPEAKER|OBLIGOR|COUNTERPART|HAS_ACTOR|MEMBER|ORGANIZATION*..4]-(y))
WITH [n IN nodes(p) WHERE n:Actor | n.name] AS names, length(p) / 2 AS hops
RETURN DISTINCT hops, reduce(s = head(names), n IN tail(names) | s + ' > ' + n) AS path
ORDER BY path
