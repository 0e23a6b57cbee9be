// purpose: Events of one type (PhoneCall, Meeting, Negotiation, Exchange, Attack, Announcement, Other) in a period, with participants.
// params: type (event type), from (date), to (date)
// example: kg query events_by_type --param type=PhoneCall --param from=2025-03-01 --param to=2025-03-31
MATCH (e:Event {type: $type})-[:HAS_ACTOR]->(x:Actor)
WHERE e.date >= $from AND e.date <= $to
MATCH (e)-[:FROM_ARTICLE]->(a:Article)
RETURN e.date AS date, x.name AS participant, e.location AS location, a.id AS article
ORDER BY date, article, participant
