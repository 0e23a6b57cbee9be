"""Words the statement rules use (lower case). The rules in statements.py and
statements_joint.py decide how; these sets only say which words count."""

from __future__ import annotations

import re

#: First-person plural forms that mark a text written by its issuers.
FIRST_PERSON = frozenset({"we", "our", "us"})
#: First-person singular forms: a single issuer's text ("Statement from X": "I welcome ...").
FIRST_PERSON_SINGULAR = frozenset({"i", "my", "me"})
#: First-person subjects the commitment rules read as the speaker's own resolve ("we
#: must" is no demand of others): the plural's nominative forms and "I".
FIRST_PERSON_SUBJECTS = (FIRST_PERSON - {"our"}) | {"i"}
#: A header for a third-person account of a call or meeting ("Readout of X's Call with Y"):
#: its writer's "we"/"our" does not make its paragraphs the participants' own words.
NARRATED_HEADER = re.compile(r"^\s*readout\b", re.I)
#: Plural heads of a collective that signs as one ("We, the G7 Foreign Ministers").
COLLECTIVE_NOUNS = frozenset("""
ministers leaders heads members governments representatives participants states
parties signatories presidents envoys ambassadors delegations chiefs
""".split())
#: Plural heads that stand for the listed countries themselves ("We, the governments
#: of A, B and C"): each listed party issues the text. "We, the leaders of A and B"
#: are the leaders, and speak as such.
PARTY_NOUNS = frozenset({"governments", "states", "countries", "nations"})
#: Lines where an issuer's text ends: signature blocks and wire markers.
TEXT_END = re.compile(r"^(?:end\s+(?:of\s+)?text\b|signed\b|witnessed\s+by\b|#{3}|-{3,}|"
                      r"done\s+at\b)", re.I)
#: Reporting verbs whose object is an estimate given "at" a figure ("put the toll at 27").
AT_VERBS = frozenset({"put", "estimate", "place", "peg"})
#: Nouns for what a source published: "according to data from X" is X's statement.
SOURCE_NOUNS = frozenset("""
data estimate estimates figure figures report reports reporting study survey analysis
assessment count tally statement statements information calculation calculations poll
""".split())
#: Words that carry no content when two statements are compared.
FUNCTION_WORDS = frozenset("""
a an the of to in on for and or but with by at from as that this these those is are was
were be been being it its their his her they he she we our you your i not no will would
shall should can could may might has have had do does did so than then there here also
""".split())
#: Verbs that report what a source (SOURCE_NOUNS) found: "a study by X found that ...".
FINDING_VERBS = frozenset({"show", "find", "identify", "conclude", "indicate", "reveal"})
#: Finding verbs that are also a person's way of saying: "the minister indicated that ...",
#: "she revealed that ..." (a person does not "show" or "find" a claim).
PERSON_FINDING_VERBS = frozenset({"indicate", "reveal"})
#: Phrasal verbs of saying, with their particle: "laid out his assessment".
PHRASAL_SAY = {"lay": "out", "set": "out", "spell": "out", "rule": "out"}
#: Verbs that judge their object "as" something: "rejected the plan as one-sided".
AS_VERBS = frozenset("""
describe reject dismiss brand label characterize characterise portray denounce hail
decry praise criticize criticise condemn welcome regard view see
""".split())
#: Participles whose "by X" says X made a claim: "the attack, claimed by X".
CLAIMED_BY_VERBS = frozenset({"claim"})
#: Verbs that give a thing a name: a short quotation after them is a name, not speech.
NAMING_VERBS = frozenset({"call", "dub", "term", "name", "label", "brand", "nickname"})
#: Readout verbs that, with a person as object, receive a guest ("welcomed X to Rome").
HOSTING_VERBS = frozenset({"welcome", "receive", "host", "greet"})
#: Passives that report a speaker: "X was quoted as saying ...".
QUOTED_VERBS = frozenset({"quote", "cite"})
#: Words that make a title another office: "the President" is not "Vice President X".
OTHER_OFFICE_WORDS = frozenset({"vice", "deputy", "former", "assistant", "acting", "under",
                                "principal", "associate", "senior"})
#: Courtesy words before a name that are not part of a title.
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "madam", "lady", "lord", "his",
                        "her", "excellency", "honorable", "hon"})
#: The longest title read before a name ("Assistant to the President for ..." is longer).
MAX_TITLE_WORDS = 6
#: Reporting verbs beyond lexicon.SAY_VERBS whose clause is what was said
#: ("assured the public that ...", "posted on social media that ...").
CLAUSE_SAY_VERBS = frozenset("""
assure reassure post tweet testify contend lament boast recount hint speculate counter
retort disclose affirm clarify concur forecast signal underline underscore highlight
""".split())
#: Verbs that name their object: "called the attack a violation" (object + oprd).
OPRD_VERBS = frozenset({"call", "dub", "term", "label", "brand"})
#: Reporting verbs whose gerund says what was said: "denied sending troops".
GERUND_SAY_VERBS = frozenset({"deny", "admit", "acknowledge", "confirm", "recall"})
#: Reporting verbs whose infinitive says what was said: "claims to have killed 12 soldiers".
INFINITIVE_SAY_VERBS = frozenset({"claim"})
#: Auxiliaries of what is still to come: "will highlight" is not yet said.
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
#: Verbs of planning whose infinitive is not yet done: "plans to announce".
PLAN_VERBS = frozenset({"plan", "intend", "travel", "schedule", "expect", "prepare", "aim"})
#: Verbs of holding a position: a statement when a group holds it ("many Hondurans
#: oppose the deal", "critics fear the law will be misused"), GUIDELINES §Statements.
POSITION_VERBS = frozenset("""
oppose reject
""".split())
#: Signed directives: what one establishes is its signer's statement.
DIRECTIVE_NOUNS = frozenset("""
order directive decree memorandum proclamation ordinance edict
""".split())
#: Verbs that put a directive into force.
SIGN_VERBS = frozenset({"sign", "issue"})
#: "the Chilean leader": a country's head, named by one of these title words.
LEADER_NOUNS = frozenset({"leader", "head"})
HEAD_OF_STATE_WORDS = frozenset({"president", "prime", "premier", "chancellor", "king", "emir",
                                 "leader", "sultan", "monarch"})
#: Nouns of a stance that a reporting verb states as its object: "declared his readiness".
ATTITUDE_NOUNS = frozenset("""
readiness willingness intention intent support opposition concern hope desire determination
satisfaction interest skepticism scepticism confidence regret gratitude appreciation
condolences sympathy solidarity objection disappointment dissatisfaction position view
""".split())
#: Verbs of speaking that say something only with a manner: "spoke positively about".
SPEAK_VERBS = frozenset({"speak", "talk"})
SPEAK_MANNER = frozenset("""
positively negatively favorably favourably highly critically warmly approvingly out
optimistically skeptically sceptically glowingly
""".split())
#: Endings of a verb's forms and what they stand for (suffix, replacement), to mend a
#: wrong lemma: "hopes" -> "hope", "hoped" -> "hope", "hoping" -> "hope".
INFLECTIONS = (("es", "e"), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
               ("ied", "y"), ("ies", "y"))
#: Adjectives of a stance that take the clause held: "is concerned that ...".
ATTITUDE_ADJECTIVES = frozenset("""
concerned confident convinced hopeful optimistic pessimistic worried skeptical sceptical
adamant certain sure fearful
""".split())
#: Objects of a hosting verb that are guests: "welcomed our partners to Lima".
GUEST_NOUNS = frozenset("""
partner guest visitor delegation delegate counterpart participant attendee leader
""".split())
#: Readout verbs beyond lexicon.READOUT_VERBS: "reaffirmed the shared values of ...".
AFFIRM_VERBS = frozenset({"reaffirm", "affirm"})
#: Plural nouns for those at a meeting just described: "The leaders underscored ...".
PRESENT_NOUNS = frozenset({"leaders", "participants"})
#: How many sentences back those present are looked for.
PRESENT_WINDOW = 2
#: Words whose object takes part in a meeting: "a call with X", "met X", "hosted X".
MEETING_HEADS = frozenset({"with", "meet", "host", "receive"})
#: Verbs of judging whose whole predicate is a statement, as with lexicon.READOUT_VERBS
#: ("blamed the rebels for the collapse", "denounced the arrests", "hailed the deal").
JUDGE_VERBS = frozenset("""
blame denounce decry deplore hail lament slam lambast fault
""".split())
#: Verbs that say something through a preposition, and those prepositions: "warned of
#: a crisis", "cautioned against haste", "appealed for calm". "called on X to ..." is a
#: demand (a commitment of X, GUIDELINES §Commitments), not a statement.
PREP_SAY = {
    "warn": frozenset({"of", "against", "about"}),
    "caution": frozenset({"against", "about"}),
    "complain": frozenset({"about", "of"}),
    "argue": frozenset({"for", "against"}),
    "plead": frozenset({"for"}),
    "appeal": frozenset({"for"}),
    "call": frozenset({"for"}),
    "object": frozenset({"to"}),
    "insist": frozenset({"on"}),
    "speak": frozenset({"of"}),
}
#: Nouns of a body that "the <noun>" names again after the body's full name ("the
#: Ministry of Defence ... the ministry said"): matched against the words of the name.
BODY_NOUNS = frozenset("""
ministry department agency army coalition council party alliance commission committee
office service movement front union bank court parliament assembly group organization
organisation institute center centre company mission force forces
""".split())
#: Readout verbs whose agentless passive gives no speaker but the meeting's
#: participants: "Mutual satisfaction was expressed with ...".
PASSIVE_READOUT_VERBS = frozenset("""
express underscore underline stress emphasize emphasise note highlight voice reaffirm
""".split())
#: Verbs whose object noun makes them say what follows: "drew attention to the
#: attacks", "placed emphasis on dialogue", "raised concerns about", "shared the
#: view that", "claimed responsibility for the attack", "rejected the accusations".
NOUN_SAY = {
    "draw": frozenset({"attention"}),
    "place": frozenset({"emphasis"}),
    "put": frozenset({"emphasis"}),
    "lay": frozenset({"emphasis"}),
    "raise": frozenset({"concern", "issue", "question", "matter", "objection", "alarm",
                        "possibility", "prospect", "importance", "need"}),
    "share": frozenset({"view", "belief", "assessment", "concern", "conviction", "hope"}),
    "claim": frozenset({"responsibility", "credit", "victory"}),
    "renew": frozenset({"call", "demand", "appeal", "plea", "warning", "threat"}),
    # "rejected the accusations (as baseless)": a denial, not the refusal of a draft
    "reject": frozenset({"accusation", "allegation", "claim", "charge", "report",
                         "assertion", "suggestion"}),
    "refute": frozenset({"accusation", "allegation", "claim", "charge", "report",
                         "assertion", "suggestion"}),
}
#: Verbs that, with one of these words, say the clause that follows: "made clear that
#: ...", "made it plain that ...".
CLEAR_SAY = {"make": frozenset({"clear", "plain"})}
#: "the Head of State", "the head of government": the person holding such an office.
HEAD_OF_WORDS = frozenset({"state", "government"})
#: A headline that names the text a joint statement of the parties it then names as
#: its subject ("Joint Statement on the Chile-Norway Strategic Dialogue").
JOINT_TITLE = re.compile(r"\bjoint\s+(?:[\w.-]+['\u2019]?\s+){0,2}(?:statement|declaration|"
                         r"communiqu[eé])\b", re.I)
#: The looser title the commitment rules read the parties of a text's "we" from: "joint"
#: anywhere before the document noun (or after it), and a joint readout counts
#: ("Joint Readout of the A-B Dialogue"). The headline rule above wants "joint" within
#: two words of its noun because it then takes the whole text as the parties' own words.
JOINT_TITLE_ANYWHERE = re.compile(
    r"\bjoint\b.*\b(?:statement|declaration|communiqu[eé]|readout)\b|"
    r"\b(?:statement|declaration|communiqu[eé])\b.*\bjoint\b", re.I)
#: Words after which a title gives the text's topic, not its parties ("... on X").
TITLE_TOPIC = re.compile(r"\s(?:on|following|regarding|concerning|after|at|about)\s",
                         re.I)
#: Heads of an unnamed body that speaks as an Organization of its own (GUIDELINES
#: §Actors: ministries, armed forces and agencies): "Chile's defence ministry said",
#: "the security ministry said". Governments fold into their country instead.
UNNAMED_BODY_NOUNS = frozenset("""
ministry army military navy embassy agency forces
""".split())
#: Those of them that speak with no name at all: "..., the army said" where the text
#: names no army is the army, an Organization named by the noun (a news "agency" or an
#: "embassy" is someone named before, and "forces" are many).
BARE_BODY_NOUNS = frozenset("""
ministry army military navy
""".split())
#: State bodies a report writes as two lower-case words: the last word, with the words
#: that make it a body when set just before it ("the coast guard said", "Peru's border
#: guard", "the air force said"); "a security guard said" is a person.
COMPOUND_BODY_NOUNS = {
    "guard": frozenset("coast border national republican presidential".split()),
    "guards": frozenset("border revolutionary".split()),
    "force": frozenset({"air"}),
}
#: Participles that tie a body to another after a hyphen: "the Saudi-led coalition",
#: "an Iran-backed militia" speak for themselves, not for the one named in front.
AFFILIATION_PARTICIPLES = frozenset("""led backed linked allied aligned affiliated
supported sponsored funded controlled run""".split())
#: Nouns that stand for the possessor's own country in "the country's military said".
OWN_COUNTRY_NOUNS = frozenset({"country", "nation"})
#: Verbs that put out a statement whose participle says what it says: "issued a
#: statement condemning ...", "released a statement saying ...".
ISSUE_VERBS = frozenset({"issue", "release", "publish", "put"})
#: Documents that speak for whoever issued them ("the statement said").
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "readout", "release",
                             "declaration"})
#: Participles that open an answer: "Asked about the talks, X said ...": the question
#: put to X is not something X said.
ANSWERED_PARTICIPLES = frozenset({"ask", "question", "press"})
#: Texts that speak for whoever the text before says issued them: "The council published
#: a plan. The document says ...", "The text adds ...".
ISSUED_TEXT_NOUNS = frozenset({"document", "text", "letter", "memorandum", "memo"})
#: Verbs that issue such a text: its subject speaks through it.
TEXT_ISSUE_VERBS = ISSUE_VERBS | frozenset({"send", "adopt", "sign", "submit", "present",
                                            "draft", "unveil", "circulate", "deliver",
                                            "write", "pen"})
#: How many sentences back the issuer of "the document" may be.
ISSUED_TEXT_WINDOW = 3
#: Words opening a clause that asks rather than tells ("whether", "how many").
OPEN_QUESTION_WORDS = frozenset("whether if how why when where who what which".split())
#: What a statement was made in: "said in a statement / an interview that ...".
MEDIUM_NOUNS = frozenset("""
statement interview post message letter speech address briefing communique communiqué
release tweet video broadcast
""".split())
#: People described rather than named, who speak as actors of their own when a body
#: or country qualifies them (GUIDELINES §Actors: unnamed office holders, groups
#: named as in the text): "a Reuters witness", "bank officials", "the chief's spokesman".
DESCRIBED_SPEAKER_NOUNS = frozenset("""
official officials witness witnesses diplomat diplomats spokesman spokeswoman spokesperson
analyst analysts correspondent researcher researchers expert experts aide aides source
sources observer observers
""".split())
#: People a wire report quotes without naming them, who speak as a Person (one) or a
#: Group (several) of their own, named as the text gives them (GUIDELINES §Actors:
#: groups named as in the text): "sources said", "witnesses told Reuters", "a resident
#: said", "according to medics"; "the official said" is the official described before.
#: Lemmas.
UNNAMED_SPEAKER_NOUNS = frozenset("""
official source witness resident villager local medic doctor nurse spokesman spokeswoman
spokesperson analyst diplomat expert aide commander fighter soldier officer survivor
activist relative observer rescuer negotiator mediator lawmaker member representative
eyewitness paramedic
""".split())
#: Bodies a possessive pronoun ties to the body or country named before: "The
#: government of Peru will not ..., its delegation said" is Peru (GUIDELINES §Actors:
#: a government's delegation folds into its country).
OWNED_VOICE_NOUNS = frozenset({"delegation", "government"})
#: Readout verbs beyond lexicon.READOUT_VERBS whose predicate is the statement:
#: "outlined his assessment of the situation", "detailed the steps taken".
READOUT_MORE = frozenset({"outline", "detail"})
#: Nouns a report uses for a body it named before: "the Tovar Front said ... The group added",
#: "the Coastal Union met ... The regional bloc said". Lemmas.
BODY_BACK_NOUNS = frozenset("""
group bloc militia movement organisation organization
""".split())
#: Descriptions of a person set beside a name the language model did not tag:
#: "Tomas Vell, a Lomar resident, told a news agency", "a cleric, Ivo Baro, said". Lemmas, with
#: lexicon.TITLE_HEADS and UNNAMED_SPEAKER_NOUNS.
PERSON_DESCRIPTIONS = frozenset("""
cleric priest pastor imam bishop farmer trader teacher student lawyer journalist mother
father man woman shopkeeper driver
""".split())
#: The staff of one person that speaks for that person: '"...," his office said',
#: "the president's office said" (GUIDELINES §Statements: what someone said). Lemmas.
PERSONAL_OFFICE_NOUNS = frozenset({"office"})
#: Possessive pronouns of one person: "his office" is the office of the person "he" is.
POSSESSIVE_PERSON = frozenset({"his", "her"})
