"""Word lists the extractors share: titles, reporting verbs, commitment and
event triggers. Lemmas, lower case. Rules in the extractors decide how the
words are used (dependency patterns); these lists only say which words count."""

TITLE_WORDS = frozenset("""
president vice-president prime minister secretary chancellor envoy ambassador
advisor adviser spokesman spokeswoman spokesperson chief head leader king queen crown
prince emir sheikh general commander admiral colonel governor mayor senator
congressman congresswoman representative deputy director analyst expert official
diplomat negotiator premier chairman chairwoman chairperson chair foreign defense defence
interior treasury finance state national security special first lady speaker
press chief-of-staff staff minister-counsellor counsellor counselor ceo founder
professor researcher economist journalist correspondent editor aide assistant
undersecretary under-secretary attorney justice judge commissioner officer
agent operative inspector envoy negotiator mediator affairs external home internal
""".split())
# Title words that head a title on their own ("Foreign" alone is not a title).
TITLE_HEADS = frozenset("""
president minister secretary chancellor envoy ambassador advisor adviser spokesman
spokeswoman spokesperson chief head leader king queen prince emir sheikh general
commander admiral colonel governor mayor senator congressman congresswoman
representative director analyst expert official diplomat negotiator premier chairman
chairwoman chairperson chair speaker aide assistant undersecretary attorney judge
commissioner
economist researcher professor editor correspondent ceo founder counsellor counselor
officer agent operative inspector mediator
""".split())
#: Religious and customary honorifics: before a name, never part of it ("Mullah
#: Karim Azizi" is Karim Azizi; "Ayatollah X", "Rabbi Y", West Africa's "Alhaji X",
#: "Mallam Y").
HONORIFICS = frozenset("""mullah mulla maulana maulvi imam ayatollah rabbi sheik shaikh
hajji haji reverend rev cardinal archbishop alhaji alh alhaja hajiya mallam""".split())
#: Abbreviated ranks and offices written before a name ("Brig. Gen. X", "Lt. Col. Y",
#: "Amb. Z"), without their full stop: kg's tokenizer keeps each "Brig." whole (see
#: kg.nlp), so the stop does not end the sentence in front of the name.
RANK_ABBREVIATIONS = frozenset("""brig gen lt col maj capt sgt cpl pvt cmdr cdr adm amb
supt insp""".split())
PERSON_TITLES_BEFORE_NAME = TITLE_HEADS | HONORIFICS | RANK_ABBREVIATIONS | {
    "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "prof"}
#: Military ranks: a rank beside an office ("Fleet Commander Rear Admiral X") is
#: not the role; the office is.
RANK_WORDS = frozenset("""general admiral colonel major lieutenant captain brigadier
marshal rear vice sergeant""".split())
#: Offices of a state: where the text names no country for such a title, the
#: holder serves the country the sentence or the article is about.
STATE_TITLE_HEADS = frozenset("""president president-elect vice-president premier
chancellor minister secretary ambassador envoy king queen emir undersecretary
under-secretary""".split())

# Verbs that report speech; the content is their clausal complement.
SAY_VERBS = frozenset("""
say tell state announce add note emphasize emphasise stress claim argue warn insist
confirm declare write explain point reiterate acknowledge maintain deny admit assert
report reply respond remark observe recall predict suggest believe think hope
comment complain allege caution concede estimate mention reaffirm
""".split())
# Verbs of readouts whose whole predicate is the statement ("thanked X for Y").
READOUT_VERBS = frozenset("""
thank welcome condemn express brief ask urge praise congratulate reiterate
note emphasize emphasise stress acknowledge highlight underline underscore voice
convey inform criticize criticise accuse appreciate applaud commend
""".split())

# Verbs that do not make an undertaking out of "will".
STATE_VERBS = frozenset("""
be have seem become turn remain look appear depend mean know need get happen
go come feel find see lose win
""".split())

EVENT_NOUNS = {
    "call": "PhoneCall", "phone": "PhoneCall", "telephone": "PhoneCall",
    "conversation": "Other", "meeting": "Meeting", "summit": "Meeting",
    "visit": "Meeting", "talk": "Negotiation", "talks": "Negotiation",
    "negotiation": "Negotiation", "discussion": "Negotiation",
    "exchange": "Exchange", "swap": "Exchange", "attack": "Attack", "strike": "Attack",
    "shelling": "Attack", "bombing": "Attack", "assault": "Attack", "airstrike": "Attack",
    "announcement": "Announcement", "declaration": "Announcement",
}
EVENT_VERBS = {
    "meet": "Meeting", "call": "PhoneCall", "negotiate": "Negotiation",
    "exchange": "Exchange", "swap": "Exchange", "attack": "Attack", "strike": "Attack",
    "shell": "Attack", "bomb": "Attack", "talk": "Negotiation", "phone": "PhoneCall",
    "visit": "Meeting", "host": "Meeting",
}

PLURAL_PERSON_REFS = frozenset(
    "leaders presidents heads ministers counterparts signatories".split())
PLURAL_COUNTRY_REFS = frozenset(
    "parties sides countries nations states governments delegations".split())

# -- where a name is only a place or a modifier, not an actor (kg.extractors.table) --
#: Verbs of going somewhere: the object of their "to" is a place ("traveled to Chad").
TRAVEL_VERBS = frozenset("""travel fly go return head journey move relocate flee arrive
come""".split())
#: Nouns of going somewhere: "a trip to Chad", "her visit to Peru".
TRAVEL_NOUNS = frozenset("trip visit journey travel flight tour voyage".split())
#: Verbs whose direct object is a place visited ("visited Chad", "toured Peru").
VISIT_VERBS = frozenset("visit tour".split())
#: Nouns whose "of X" or "X's" is a place: "citizens of Chad", "Chad's capital".
PLACE_OF_NOUNS = frozenset("""city town village region province district port capital
citizen national resident border territory soil coast north south east west center centre
part parts area areas outskirts vicinity municipality""".split())
#: Nouns whose "on X" is what they are about, not who takes part: "a conference on
#: Chad", "talks on Peru".
TOPIC_NOUNS = frozenset("""conference summit forum talks dialogue debate seminar symposium
workshop resolution report hearing session briefing""".split())
#: Nouns whose "on X" is where a blow fell: "a strike on Mosul", "the siege and attack on X".
ATTACK_NOUNS = frozenset("""attack strike airstrike assault raid siege offensive bombing
shelling bombardment incursion""".split())
#: Prepositions whose object, after one of PLACE_OF_NOUNS, is a place ("the border with Chad").
PLACE_OF_PREPS = frozenset({"of", "with"})
#: Nouns a demonym may modify and still name its country's actor ("the Peruvian side",
#: "Chilean officials"); a demonym before any other common noun ("an Austrian aid
#: worker", "Chinese goods") only describes: its country is no actor for it.
DEMONYM_ACTOR_NOUNS = frozenset("""side delegation leadership authority authorities
government administration cabinet counterpart counterparts party parties team negotiator
negotiators official officials diplomat diplomats state people nation regime""".split())

# -- names that are no actors (kg.extractors.actors) --
#: Words before "by" that credit a journalist, not an actor: "Reporting by X",
#: "Editing by Y"; a line that starts "By X" is a by-line too.
BYLINE_WORDS = frozenset("""reporting writing editing additional photos photo
photographs video graphics compiled""".split())

# -- actors the text names by a common noun (kg.extractors.actors) --
#: A country's armed or police forces named by the country ("U.S. forces").
FORCE_HEADS = frozenset("forces troops army military navy police".split())
#: Words between the country and such a noun: "the Chilean security forces".
FORCE_MODIFIERS = frozenset("security armed special military police".split())

#: Bodies a text may name by their noun alone: "police said" (GUIDELINES: an
#: Organization named as in the text).
UNNAMED_BODY_HEADS = frozenset({"police"})

#: Words that may stand before such a noun and keep it unnamed: "local police".
BODY_MODIFIERS = frozenset("local riot traffic state federal provincial regional".split())
#: Words that make a government a country's part, not the country ("the state
#: government", "the provincial government"): a body of its own.
SUBNATIONAL_WORDS = frozenset("""state provincial regional local municipal city county
district""".split())

#: Titles of one who speaks for a body ("a spokeswoman for the Front").
SPOKES_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})

#: Nouns one unnamed person may be written by: "a senior official said".
UNNAMED_PERSON_HEADS = frozenset("""official spokesman spokeswoman spokesperson officer
diplomat commander aide adviser advisor negotiator witness resident doctor source""".split())

#: Nouns of one gathering of people that may act as a group: "a crowd pelted ...".
CROWD_NOUNS = frozenset("crowd mob".split())

#: Collectives that act or speak as a group ("officials said", "rights groups").
ACTING_GROUPS = frozenset("""official diplomat group department actor analyst expert
observer leader member representative resident witness protester militant rebel
activist lawmaker legislator investor fund force demonstrator gunman jihadist extremist
insurgent attacker assailant""".split())

#: Collectives that are a group only where they speak: "Villagers said ...", "aid
#: workers warned"; "farmers face challenges", "students learn" only describe people.
SPEAKING_GROUPS = frozenset("""worker source doctor villager survivor relative elder student
farmer refugee agency medic paramedic rescuer charity organization organisation lawyer
critic""".split())

#: Collectives that are a group even bare ("Officials said"); a bare "leaders"
#: or "members" refers back to people already named.
BARE_GROUPS = frozenset("""official diplomat analyst expert observer witness resident
protester militant rebel activist lawmaker legislator investor doctor villager survivor
demonstrator relative student farmer gunman refugee medic paramedic rescuer""".split())
GROUP_NOUNS = ACTING_GROUPS | SPEAKING_GROUPS

#: Words that keep a collective unnamed: "some militant groups", "all external actors".
GROUP_QUANTIFIERS = frozenset("some all many other several most".split())

#: Nouns of news outlets: "Austria's Linzer Rundschau newspaper", "the Tasnim news agency".
MEDIA_NOUNS = frozenset("""newspaper daily weekly magazine tabloid broadcaster channel
radio television tv""".split())

#: Members of an armed body: a name modifying one is that body's ("Boko Haram fighters").
ARMED_MEMBER_NOUNS = frozenset("""fighter militant rebel insurgent gunman militiaman jihadist
guerrilla guerilla loyalist""".split())
#: Nouns for an armed or political body a name can modify ("the Al-Shabaab group").
ARMED_BODY_NOUNS = frozenset("group militia movement faction".split())
#: Last words of a body's proper name beside ORG_NOUNS and BODY_HEADS: a name the model
#: tagged PERSON that ends in one is a body ("the Small Business Administration").
NAMED_BODY_ENDS = frozenset("""administration taskforce bureau board department embassy consulate
secretariat""".split())
#: Last words of the names of meetings, not actors: "the Leaders' Summit".
EVENT_NAME_ENDS = frozenset({"summit"})
#: Words that end a name or complete a title and are no name on their own: "Ana Ruiz,
#: Jr", "Ambassador Extraordinary and Plenipotentiary", "President Emeritus", "Ana Ruiz,
#: Nominee for Ambassador".
NOT_NAME_WORDS = frozenset("""jr sr ii iii iv extraordinary plenipotentiary emeritus emerita
designate nominee""".split())
#: Arabic articles a body's name may start with in lower case, joined by a hyphen
#: ("al-Shabaab", "ash-Sham"); only the first two also stand alone ("al Nasr Front"):
#: a bare "as", "at" or "an" is English.
NAME_PARTICLES = frozenset("al el ad as ash an ar at".split())
BARE_NAME_PARTICLES = frozenset({"al", "el"})
#: Words that join the parts of an Arabic name: "Karim bin Saleh bin Nasser Al Hamdan"
#: (a person's name runs on over them).
NAME_LINKS = frozenset("bin ibn bint al el abu".split())
