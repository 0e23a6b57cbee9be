"""Trigger words of kg_commitments, as data: which words make a pledge, an order,
an offer, a demand or a refusal, and which words shape the action phrase.

Lemmas, lower case. The dependency rules in ``commitments.py`` decide how a
word is used; these sets only say which words count.
"""

from __future__ import annotations

from kg.extractors.lexicon import (
    ARMED_BODY_NOUNS,
    ARMED_MEMBER_NOUNS,
    ATTACK_NOUNS,
    FORCE_HEADS,
)

#: Verbs that take, give or refuse a commitment: lemma -> status.
VERBS: dict[str, str] = {
    # pledges and agreements
    "agree": "agreed", "pledge": "agreed", "promise": "agreed", "commit": "agreed",
    "undertake": "agreed", "vow": "agreed", "guarantee": "agreed", "sign": "agreed",
    "decide": "agreed", "resolve": "agreed", "approve": "agreed", "resume": "agreed",
    "confirm": "agreed", "reaffirm": "agreed", "intend": "agreed", "accept": "agreed",
    "vote": "agreed", "assure": "agreed", "plan": "agreed",
    "support": "agreed", "endorse": "agreed", "back": "agreed",
    # orders (the ordered body is bound too)
    "order": "agreed", "instruct": "agreed", "command": "agreed", "direct": "agreed",
    "authorize": "agreed", "authorise": "agreed", "task": "agreed",
    # offers
    "offer": "proposed", "propose": "proposed", "suggest": "proposed", "invite": "proposed",
    # demands (the one asked is bound)
    "demand": "demanded", "insist": "demanded", "urge": "demanded", "require": "demanded",
    "ask": "demanded", "call": "demanded", "press": "demanded", "request": "demanded",
    "encourage": "demanded", "oblige": "demanded", "obligate": "demanded",
    "tell": "demanded", "warn": "demanded",
    # refusals
    "refuse": "refused", "reject": "refused", "decline": "refused", "rule": "refused",
    "veto": "refused", "turn": "refused", "oppose": "refused", "object": "refused",
    # threats: a pledge only with the condition they set ("threatened to X if Y")
    "threaten": "conditional",
}
#: Triggers that bind only under a stated condition ("threatened to strike if ...");
#: a bare threat ("threatened to strike") is a warning, no pledge.
CONDITIONAL_VERBS = frozenset({"threaten"})
#: Verbs that are triggers only with their particle ("rule out", "turn down").
PARTICLE_VERBS: dict[str, str] = {"rule": "out", "turn": "down"}

#: Nouns and adjectives that carry a commitment ("readiness to", "ready to",
#: "remain committed to", "opposed to"): word -> status.
NOUNS: dict[str, str] = {
    "readiness": "proposed", "willingness": "proposed", "ready": "proposed",
    "willing": "proposed", "prepared": "proposed", "intention": "proposed",
    "offer": "proposed", "proposal": "proposed", "invitation": "proposed",
    "commitment": "agreed", "committed": "agreed", "determined": "agreed",
    "determination": "agreed", "pledge": "agreed", "promise": "agreed",
    "agreement": "agreed", "decision": "agreed", "resolve": "agreed",
    "demand": "demanded", "refusal": "refused", "opposed": "refused",
    "deal": "agreed", "accord": "agreed", "support": "agreed", "open": "proposed",
    "plan": "refused", "assurance": "agreed",
}
#: Nouns that carry a commitment only when denied: "has no plans to withdraw" refuses
#: it; "a plan to build" is no pledge of anyone's.
DENIED_ONLY_NOUNS = frozenset({"plan"})
#: Determiners that deny a commitment noun ("no intention to", "no plans to").
DENYING_DETS = frozenset({"no"})
#: Triggers that count only with certain objects: "open to talks", not "open to
#: criticism".
NOUN_OBJECTS: dict[str, frozenset[str]] = {"open": frozenset("""talks dialogue negotiations
talk negotiation discussions discussion proposals proposal compromise offers offer idea
contacts meeting cooperation mediation""".split())}
#: Triggers that are a pledge only when their subject takes them ("reiterated its
#: support"), not when sought or criticized ("sought Chile's support").
TAKEN_NOUNS = frozenset({"support"})
#: Nouns that say what is done, so they lead the action ("support for X", not "X").
NOUNS_IN_ACTION = frozenset({"support"})
#: Verbs whose subject takes, states or makes the commitment its object names
#: ("reached an agreement to", "expressed readiness to"); other verbs' subjects
#: are not bound by it ("criticized the decision to", "sabotaged the agreements").
TAKING_VERBS = frozenset("""express reiterate reaffirm confirm announce make reach give take
declare state voice show demonstrate signal renew sign conclude strike secure have
underscore underline emphasize emphasise stress repeat restate affirm offer extend present
submit table put issue set""".split())
#: Nouns of a demand whose "for X to ..." names the one asked ("stressed the need
#: for X to", "set a deadline for X to"): X is bound, the verb's subject asks.
#: Prepositions that name the one asked of when a demand has no infinitive
#: ("demanded an apology from X").
DEMAND_FROM_PREPS = frozenset({"from"})
#: Nouns of an act whose "of X" is who does it: "demanded the withdrawal of X's
#: troops", "called for the resignation of X" ask it of X ("the release of X" does not:
#: X is released).
AGENT_NOMINALS = frozenset("""withdrawal pullout pull-out departure exit resignation
disarmament demobilization demobilisation""".split())
DEMAND_NOUNS = frozenset({"need", "deadline", "ultimatum", "call"})
#: Nouns of what two sides do together: "called for a ceasefire between X and Y" asks
#: it of X and Y.
MUTUAL_NOUNS = frozenset("""ceasefire cease-fire truce cessation armistice talk talks negotiation
negotiations dialogue de-escalation deescalation reconciliation normalization
normalisation""".split())
#: Of those, the ones only the fighting sides can keep: "called for a ceasefire" with no
#: "between" asks it of the two sides just named together ("talks" may include the
#: caller, so they are not read so).
TRUCE_NOUNS = frozenset("""ceasefire cease-fire truce cessation armistice de-escalation
deescalation""".split())
#: Verbs whose subject makes the demand such a noun names ("X noted the need for Y to").
DEMAND_NOUN_VERBS = TAKING_VERBS | {"note", "highlight"}
#: Last words of documents, which bind no one themselves ("the Trade Agreement
#: will build on ..."): a name ending so is not a party.
DOCUMENT_WORDS = frozenset("""agreement treaty accord declaration resolution framework
memorandum charter protocol communique communiqué statement decree law act plan""".split())
#: Terms that say what parties "would" do: "under the plan, X would withdraw" is a
#: duty of the plan's, not a forecast. Plans and proposals offer it; deals agree it.
TERMS_NOUNS = frozenset("""plan proposal initiative draft deal agreement accord framework
terms ceasefire truce arrangement settlement compromise roadmap""".split())
PROPOSAL_NOUNS = frozenset("""plan proposal initiative draft roadmap""".split())
#: Prepositions before such terms ("under the deal").
TERMS_PREPS = frozenset({"under", "in"})
#: Subjects of a clause on a signed document that make it the signers' pledge ("signed a
#: declaration that they would ...", "an accord under which we will ...").
TERMS_SUBJECTS = frozenset({"they", "we", "both", "each"})
#: Passive verbs that, under a deal's terms, bind their subject like "would": "Under the
#: deal, X is expected (set, scheduled) to release ...".
TERMS_DUTY_VERBS = frozenset({"expect", "set", "schedule"})
#: Verbs whose subject, a deal, states its terms in their object ("the deal includes a
#: period during which X would ...", "the accord stipulates ...").
TERMS_CONTENT_VERBS = frozenset("""include contain stipulate provide envisage foresee
outline""".split())
#: Verbs of "as outlined in the deal" that make a clause a deal's term like "under
#: the deal" ("X is set to withdraw, as outlined in the agreement").
TERMS_AS_VERBS = frozenset("""outline stipulate specify provide agree set lay envisage
state""".split())
#: Verbs by which a deal itself binds a side ("the deal obliges / requires / binds /
#: commits X to ...", "the accord provides for X to ..."): the bound side agreed it,
#: nobody demands it of them.
TERMS_BINDING_VERBS = frozenset("""oblige obligate require bind commit compel provide
stipulate envisage""".split())
#: Verbs of a deal's outcome whose clause says who does what ("a deal that would see
#: Chile withdraw its troops").
SEEING_VERBS = frozenset({"see"})
#: Nouns of a settlement reached: "an agreement on X" is agreeing on X.
SETTLEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "consensus"})
#: What "agree" takes as its object when it agrees terms ("agreed the text of a treaty",
#: "had agreed the deal", "agreed an annex"), not "agreed the point" or "agreed a date".
AGREED_OBJECTS = TERMS_NOUNS | frozenset("""text annex wording treaty declaration charter
memorandum protocol communique principles modalities""".split())
#: Verbs whose object is what is pledged, offered or refused ("offer talks",
#: "sign the accord"); "accept" only takes what can be offered (below).
OBJECT_VERBS = frozenset("""offer propose suggest sign approve resume reject guarantee promise
pledge reaffirm accept support endorse back refuse decline veto turn vow oppose""".split())
#: Verbs whose subject takes a stand on what it is offered or asked ("rejected
#: Chile's proposal", "accepted Peru's invitation"): the subject is bound, the
#: one who made the offer is the counterpart. Other object verbs ("reaffirmed
#: Peru's commitment") carry the owner's pledge.
ANSWERING_VERBS = frozenset("""accept support endorse back reject refuse decline veto turn
oppose""".split())
#: Verbs that take a commitment only when their object is one that can be
#: offered ("accepted the offer", "supported the initiative", not "supported Peru").
ACCEPTING_VERBS = frozenset({"accept", "support", "endorse", "back"})
#: Verbs that turn down what they take only when it is such an offer ("opposed the
#: plan", "objected to the proposal"; not "opposed the war", "objected to the raids").
OPPOSING_VERBS = frozenset({"oppose", "object"})
#: What one accepts when accepting a commitment ("accepted the offer").
ACCEPTED_NOUNS = frozenset("""proposal offer plan deal agreement invitation terms conditions
ceasefire truce initiative demand request accord settlement compromise idea
moratorium precondition preconditions guideline guidelines framework roadmap declaration
resolution strategy principles""".split())
#: What one rejects without refusing a duty: a denial ("rejected the claims").
CLAIM_NOUNS = frozenset("""claim accusation allegation report criticism charge notion
suggestion assertion speculation characterization""".split())

#: Verbs whose object is the one ordered; the infinitive is what they must do.
ORDER_VERBS = frozenset("order instruct command direct authorize authorise task".split())
#: Prepositions that carry what is ordered when the verb has no infinitive
#: ("tasked the ministry with preparing a plan").
ORDER_PREPS = frozenset({"with"})
#: Order verbs that order only through such a preposition: "tasked X with care"
#: orders nothing.
TASK_VERBS = frozenset({"task"})
#: Verbs whose object (or "on"/"upon"/"for" object) is the one asked; the
#: infinitive is what is asked of them.
DEMAND_VERBS = frozenset("""call urge ask press demand insist require request encourage oblige
obligate tell warn""".split())
#: Demand verbs that demand only with an infinitive ("told Chile to leave", "warned the
#: junta to free him"): their "that" clause reports speech ("told reporters that ...",
#: "warned that the fighting could spread").
INFINITIVE_DEMAND_VERBS = frozenset({"tell", "warn"})
#: Prepositions after "call" that name the one asked ("call on/upon X to").
CALL_PREPS = frozenset({"on", "upon", "for"})
#: Nouns of those who comment on a conflict without being a side of it: what an
#: analyst says X should do is a view, not a demand ("X should ..., said analyst Y").
OBSERVER_NOUNS = frozenset("""analyst analysts expert experts commentator commentators scholar
scholars researcher researchers professor observer observers academic academics
economist economists""".split())
#: Modals that make a demand of the subject ("X must/should withdraw").
DEMAND_MODALS = frozenset({"must", "should"})
#: Verbs + "to" that make a demand of the subject ("X needs to", "X has to").
DEMAND_SEMI_MODALS = frozenset({"need", "have"})
#: Modals of a pledge.
WILL = frozenset({"will", "shall", "'ll", "wo"})  # "wo" of "won't"

#: Verbs whose infinitive or clause is what is pledged ("commit to hold talks").
INFINITIVE_VERBS = frozenset("""agree commit pledge promise undertake vow decide resolve offer
propose refuse decline intend vote plan""".split())
#: Verbs whose "that" clause is what is pledged when it has a modal ("agreed
#: that X will", "assured Y that X would not attack").
CLAUSE_VERBS = frozenset("""agree decide propose suggest confirm promise pledge vow guarantee
undertake assure""".split())
#: Verbs that do not make an undertaking out of "will".
STATE_VERBS = frozenset("""
be have seem become turn remain look appear depend mean know need get happen
go come feel find see lose win blame miss
""".split())
#: Verbs that carry on what their infinitive says ("will continue to support"):
#: carrying on a state ("will continue to be a partner") is no duty.
CONTINUING_VERBS = frozenset({"continue", "keep"})
#: Verbs that pledge money or aid when their object is some ("announced $5
#: million in aid", "is allocating 20 million euros"): the subject is bound.
#: Not "provide", "release", "contribute" or "donate": those mostly report aid
#: or gifts already given.
FUNDING_VERBS = frozenset("""announce allocate earmark mobilize mobilise commit pledge
promise launch""".split())
#: Words of an object that make it funding.
FUNDING_WORDS = frozenset("""aid assistance funding funds fund grant grants loan loans
financing donation donations euro euros dollar dollars pound pounds yuan yen $ € £""".split())
#: Verbs of speech: refusing or declining to say something is no commitment
#: ("declined to comment").
SPEECH_VERBS = frozenset("""say comment confirm deny elaborate speculate specify disclose
reveal identify name""".split())

#: Planned activities: "X will visit Y", "X will hold a summit" are events, not
#: pledges (unless agreed: "they agreed to meet again").
#: Talking and presenting are planned activities too ("the leaders will discuss
#: X", "the President will announce a plan", "will participate in a summit"):
#: what is announced may hold a pledge of its own, which its own verb carries.
PLANNED_VERBS = frozenset("""visit travel arrive attend tour fly meet depart discuss talk
participate highlight announce unveil speak consult""".split())
PLANNED_OBJECTS = frozenset("""summit meeting talks call conference visit ceremony session
round consultations news press briefing views remarks speech address stop trip tour
stopover appearance stock""".split())
#: Verbs of a meeting's agenda: what leaders who meet "will review / coordinate on /
#: explore" is what they will talk about, not a duty ("the United States will review
#: its policy", one party's, still is).
AGENDA_VERBS = frozenset("review coordinate explore assess examine".split())
#: Verbs that make a planned activity of such an object ("hold talks",
#: "exchange views", "deliver remarks").
PLANNED_OBJECT_VERBS = frozenset("hold have exchange deliver give make take address host".split())

#: Common-noun heads of a subject that stand for a government or its organs
#: ("the Peruvian side", "Chilean forces will ..."). Other common nouns that only
#: carry a name as a modifier ("Medicare beneficiaries will pay", "Peruvian
#: farmers will gain") are not that actor, and their "will" is no pledge of it.
GOVERNMENT_HEADS = frozenset("""government governments side sides delegation delegations
administration authorities authority force forces military militaries troops army navy
official officials leader leaders ministry ministries department team teams negotiator
negotiators party parties country countries nation nations state states partner partners
ally allies member members people""".split())
#: Verbs whose negation pledges rather than refuses: "will not waver in our support"
#: is resolve to keep supporting, not a refusal.
RESOLVE_NEGATED_VERBS = frozenset("waver falter hesitate flinch relent rest tire".split())
#: Words that make "has to" no duty: "X has yet to respond" says it has not.
NOT_YET_WORDS = frozenset({"yet"})
#: Words before an infinitive that make it a forecast, not a stand ("X is
#: unlikely to accept").
HEDGE_WORDS = frozenset({"unlikely", "likely"})
#: Conjunctions that make a clause a condition of a negated pledge ("will not
#: negotiate until X withdraws").
NEGATED_CONDITION_MARKS = frozenset({"until", "till"})
#: Conjunctions that make a clause a condition.
CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing", "once"})
#: Words that, right before "on"/"upon", make its object a condition: "pledged to free
#: them contingent upon X releasing ...", "dependent on X withdrawing".
CONTINGENT_WORDS = frozenset({"contingent", "conditional", "dependent", "conditioned"})
CONTINGENT_PREPS = frozenset({"on", "upon"})
#: Words right before a clause that make it a condition although the parser
#: gives it no conditional mark ("provided (that) X ...", "as long as X ...",
#: "on condition that X ...").
CONDITION_LEADS = (("provided",), ("providing",), ("as", "long"), ("so", "long"),
                   ("on", "condition"), ("on", "the", "condition"))
#: Words before a lead that make it a span of time, not a condition: "(stand
#: with X) for as long as it takes".
DURATION_OPENERS = frozenset({"for"})
#: Ultimatums: "gave Chile until Friday / 48 hours to withdraw" asks it of Chile.
DEADLINE_VERBS = frozenset({"give"})
#: What such a verb gives: a span of time, or a date after these prepositions ("gave
#: X a deadline to" is the demand noun's, DEMAND_NOUNS).
DEADLINE_TIMES = frozenset("""hour hours day days week weeks month months""".split())
DEADLINE_PREPS = frozenset({"until", "till"})
#: Plural references that stand for the parties of a talk or call ("the parties agreed").
SIDE_WORDS = frozenset({"parties", "sides", "factions", "groups"})
#: Of those, the ones never said of countries ("the warring factions / groups"); "groups"
#: stands for the sides only with a word of SIDE_MODIFIERS ("the warring groups").
FACTION_WORDS = frozenset({"factions", "groups"})
#: Last words of the names of armed sides ("the Sudanese army", "Rapid Support Forces",
#: "the Kessa Front"): "the parties" after mediators and such a pair are that pair.
ARMED_SIDE_ENDS = FORCE_HEADS | ARMED_BODY_NOUNS | ARMED_MEMBER_NOUNS | frozenset(
    {"force", "front", "alliance"})
#: Plural references to two countries named together ("the deal obliges both neighbours
#: to ...").
NEIGHBOUR_WORDS = frozenset({"neighbours", "neighbors"})
#: "the country" / "the nation" in what a country's official or body says: that country.
SELF_COUNTRY_NOUNS = frozenset({"country", "nation"})
#: Nouns of something said whose "that" clause is reported speech ("issued a warning
#: that it would close the border", "X's statement that Y would resume ..."); not a signed
#: declaration, whose clause is the signers' pledge (TERMS_SUBJECTS).
SPEECH_NOUNS = frozenset("""statement announcement warning threat remarks message position
stance""".split())
#: Verbs of offering whose object and infinitive ("proposed Chile to sign the text",
#: "invited Peru to join") are the offer, not a pledge of the one offered it.
OFFERING_VERBS = frozenset({"propose", "suggest", "invite", "offer"})
#: Verbs of threatening whose clause is the threatener's side's pledge, like a verb of
#: saying's ("threatened that Chile would not conclude a trade deal").
THREAT_SPEECH_VERBS = frozenset({"threaten"})
#: Verbs of answering that are a threat, not speech, when what they answer is hostile
#: ("he would respond to any provocation by Chile"; not "respond to questions").
RESPONSE_VERBS = frozenset({"respond", "react", "reply"})
HOSTILE_NOUNS = ATTACK_NOUNS | frozenset("""provocation provocations aggression trick tricks
violation violations threat threats escalation attacks strikes""".split())
#: Words that may describe such sides without naming them ("Chad's warring factions",
#: "the two rival sides").
SIDE_MODIFIERS = frozenset("""warring rival opposing belligerent two both""".split())
#: Nouns of a requirement: "the key condition is that X withdraws" demands it of X.
CONDITION_NOUNS = frozenset("""condition precondition requirement demand prerequisite
""".split())
#: Verbs of a deal brokered between others ("brokered peace between X and Y"):
#: each pair is bound, the broker is their counterpart.
BROKER_VERBS = frozenset({"broker", "mediate"})
#: Nouns of an invitation: the one invited is bound to what it asks.
INVITATION_NOUNS = frozenset({"invitation"})
#: Objects that announce a list rather than name an action ("the following steps").
LIST_WORDS = frozenset({"following", "steps", "measures", "points", "principles"})
#: Words that say nothing about an action on their own ("do this", "do so").
EMPTY_ACTION_WORDS = frozenset("do does did doing this that it so the same them".split())
#: Nouns of an order given ("gave the command to ...").
ORDER_NOUNS = frozenset({"command", "order", "orders", "instruction", "instructions",
                         "directive"})
#: Verbs that put a proposal on the table.
TABLING_VERBS = frozenset({"present", "submit", "make", "table", "put", "send", "hand",
                           "unveil", "deliver"})
#: Words that open an aside after a comma; the aside is not part of the action
#: ("reduce tariffs, as set forth in ...", "the plan, which ...").
ASIDE_OPENERS = frozenset("""including which who whom whose as while whereas although though
whether without despite amid following""".split())
#: Children that give no content to an action phrase.
NON_ACTION_DEPS = frozenset({"aux", "auxpass", "mark", "neg", "nsubj", "nsubjpass", "expl"})
#: Dependents a verb needs before it says what is done ("negotiate" alone does
#: not; "negotiate rules" does): a verb without one shares the next verb's.
COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "prep", "attr", "acomp", "dative",
                             "oprd", "prt", "advcl", "pobj"})
#: Prepositions of a phrase that frames a pledge, whose noun the parser may give the
#: pledge's infinitive ("agreed in a phone call to continue talks", "vowed at the
#: rally to ..."). Not "with", "for", "to": "agreed with Peru's plan to build ...".
FRAME_PREPS = frozenset({"in", "during", "at", "after", "on", "by", "over"})
#: Entity labels of a phrase that only dates a verb ("agreed on Monday to ...").
TIME_ENTS = frozenset({"DATE", "TIME"})
#: Weekdays, when the tagger gives them no entity label.
WEEKDAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday""".split())
#: Prepositions after one who speaks for a body ("a spokesman for the rebels", "an
#: official of the ministry"): "they" in what that one says is the body.
SPOKESMAN_PREPS = frozenset({"for", "of", "from"})
#: Nouns that, after "the" alone, take up a body named before ("the Tovar Front issued a
#: statement ... The group said it would ..."): the organization named last, if
#: within ANAPHOR_SENTENCES sentences.
BODY_ANAPHORS = frozenset("""group movement militia organization organisation bloc alliance
coalition faction""".split())
ANAPHOR_SENTENCES = 2
#: Links from a name to the noun it modifies in a pair of sides ("Tarsia's army and the
#: rival Kessa Front", "the Tarsian government and the rebels"): the pair is the nouns'.
PAIR_MODIFIER_DEPS = frozenset({"poss", "amod", "compound", "nmod", "appos"})
#: How far back "the parties" / "both sides" may find the armed pair they stand for.
SIDES_SENTENCES = 6
#: What "the parties to / in ..." are sides of ("the parties to the conflict", "the two
#: parties in the war"): the pair, as plain "the parties" is.
SIDES_OF_NOUNS = frozenset("""conflict war fighting talks negotiations dispute""".split())
#: Plural members of an armed body that, as "the rebels" (said they would ...), stand for
#: the organization named last (within ANAPHOR_SENTENCES).
MEMBER_ANAPHORS = frozenset("""rebels militants fighters insurgents guerrillas guerillas
jihadists gunmen militiamen""".split())
#: Heads of a ruling body that stand for the country named as their owner ("Niger's
#: junta said it would ...", "Chile's government will ...").
RULING_HEADS = frozenset("""junta regime government authorities administration leadership
cabinet presidency""".split())
#: Bodies of a state that stand for their named owner when asked to act ("called on
#: Chad's military / Peru's government to ..."): the ruling heads and its armed forces,
#: not its people or members.
OWNED_BODY_HEADS = RULING_HEADS | frozenset("""military army armed forces force troops navy
ministry""".split())
#: Quotation marks as tokens: opening ones, closing ones, and all (straight ones open
#: or close by count).
OPENING_QUOTES = frozenset({"\u201c", "``"})
CLOSING_QUOTES = frozenset({"\u201d", "''"})
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES | {'"'}
#: The longest action, in tokens.
MAX_ACTION_TOKENS = 24
