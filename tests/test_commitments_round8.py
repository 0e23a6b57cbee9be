"""kg_commitments rules from the eighth audit (wire news of talks between a country's
army or government and an armed group, later called "both sides" / "the parties"), on
hand-built parses: one that must fire and one that must not per rule."""

from __future__ import annotations

from spacy.tokens import Doc
from test_commitments import NLP, parse

from kg.extractors.commitments import CommitmentExtractor
from kg.extractors.common import facts
from kg.extractors.table import ActorTable

ACTORS = {"Peru": "Country", "Chile": "Country", "Kessa Front": "Organization",
          "Kessa Council": "Organization"}

SIDES_MET = """
    Peru 2 poss PROPN NNP Peru
    's 0 case PART POS 's
    army 8 nsubj NOUN NN army
    and 2 cc CCONJ CC and
    the 7 det DET DT the
    rival 7 amod ADJ JJ rival
    Kessa 7 compound PROPN NNP Kessa
    {second} 2 conj PROPN NNP {second}
    met 8 ROOT VERB VBD meet
    in 8 prep ADP IN in
    Chile 9 pobj PROPN NNP Chile
    ; 8 punct PUNCT : ;
    both 13 det DET DT both
    sides 14 nsubj NOUN NNS side
    agreed 8 conj VERB VBD agree
    to 16 aux PART TO to
    free 14 xcomp VERB VB free
    prisoners 16 dobj NOUN NNS prisoner
    . 8 punct PUNCT . ."""


def _parse(rows: str, aliases: dict[str, str] | None = None):
    table_rows = [r.split() for r in rows.strip().splitlines()]
    doc = Doc(NLP.vocab, words=[r[0] for r in table_rows],
              heads=[int(r[1]) for r in table_rows], deps=[r[2] for r in table_rows],
              pos=[r[3] for r in table_rows], tags=[r[4] for r in table_rows],
              lemmas=[r[5] for r in table_rows])
    table = ActorTable(doc)
    for tok in doc:
        two = doc[tok.i:tok.i + 2].text
        if two in ACTORS:
            table.add_actor(two, ACTORS[two])
            table.add_mention(doc[tok.i:tok.i + 2], two)
        elif tok.text in ACTORS and table.by_token[tok.i] is None:
            table.add_actor(tok.text, ACTORS[tok.text])
            table.add_mention(doc[tok.i:tok.i + 1], tok.text)
    for alias, name in (aliases or {}).items():
        table.add_actor(name, ACTORS[name])
        table.actors[name].aliases.add(alias)
    doc._.kg_table = table
    doc._.kg_article = {"published": "2026-03-12", "title": None}
    CommitmentExtractor()(doc)
    return [(c.actors, c.action, c.status) for c in facts(doc)["commitments"]]


def test_both_sides_are_a_countrys_army_and_the_armed_group_named_with_it():
    """"Peru's army and the rival Kessa Front met in Chile; both sides agreed to free
    prisoners": Peru and the Front, not Peru and Chile, the countries the table ranks."""
    got = _parse(SIDES_MET.format(second="Front"))
    assert (("Peru", "Kessa Front"), "free prisoners", "agreed") in got


def test_both_sides_stay_the_countries_when_no_armed_side_was_named_together():
    """"Peru's army and the rival Kessa soldiers met in Chile": the second side has no
    name, so there is no named pair and "both sides" is not made Peru and a stranger."""
    got = _parse(SIDES_MET.format(second="soldiers").replace("PROPN NNP soldiers",
                                                             "NOUN NNS soldier"))
    assert not [a for a, _, _ in got if "Kessa Front" in a]


def test_a_side_named_by_its_short_name_only_is_found_by_alias():
    """"... Peru's army and KF met ...; both sides agreed": KF is the Kessa Front's
    alias though the table has no mention of it there."""
    rows = SIDES_MET.format(second="KF").replace("Kessa 7 compound PROPN NNP Kessa",
                                                 "new 7 amod ADJ JJ new")
    assert (("Peru", "Kessa Front"), "free prisoners", "agreed") in _parse(
        rows, aliases={"KF": "Kessa Front"})
    assert not [a for a, _, _ in _parse(rows) if "Kessa Front" in a]


NOR_DUTY = """
    Peru 1 nsubj PROPN NNP Peru
    agreed 1 ROOT VERB VBD agree
    not 4 neg PART RB not
    to 4 aux PART TO to
    seize 1 xcomp VERB VB seize
    posts 4 dobj NOUN NNS post
    {cc} 4 cc CCONJ CC {cc}
    attack 4 conj VERB VB attack
    convoys 7 dobj NOUN NNS convoy
    . 1 punct PUNCT . ."""


def test_a_duty_joined_by_nor_keeps_the_negation():
    """"Peru agreed not to seize posts nor attack convoys": the second duty is not to
    attack (not a pledge to attack); with "and" nothing is added to it."""
    got = parse(NOR_DUTY.format(cc="nor"))
    assert (("Peru",), (), "not attack convoys", "agreed") in got
    assert (("Peru",), (), "attack convoys", "agreed") not in got
    got = parse(NOR_DUTY.format(cc="and"))
    assert (("Peru",), (), "not attack convoys", "agreed") not in got


SHARED_SUBJECT = """
    Peru 1 nsubj PROPN NNP Peru
    is 1 ROOT AUX VBZ be
    {adj} 1 acomp ADJ JJ {adj}
    to 2 prep ADP IN to
    peace 3 pobj NOUN NN peace
    , 1 punct PUNCT , ,
    and 1 cc CCONJ CC and
    will 8 aux AUX MD will
    open 1 conj VERB VB open
    ports 8 dobj NOUN NNS port
    . 1 punct PUNCT . ."""


def test_will_after_a_pledge_shares_its_subject():
    """"Peru is committed to peace, and will open ports": Peru pledges to open them;
    "Peru is close to peace, and will open ports" gives the second verb no pledger,
    as the first predicate is no pledge."""
    got = parse(SHARED_SUBJECT.format(adj="committed"))
    assert (("Peru",), (), "open ports", "agreed") in got
    got = parse(SHARED_SUBJECT.format(adj="close"))
    assert [c for c in got if c[2] == "open ports"] == []


DUTY_AFTER_PARTICIPLE = """
    Peru 1 nsubj PROPN NNP Peru
    agreed 1 ROOT VERB VBD agree
    to 3 aux PART TO to
    honor 1 xcomp VERB VB honor
    the 5 det DET DT the
    pledges 3 dobj NOUN NNS pledge
    made 5 acl VERB VBN make
    and 6 cc CCONJ CC and
    {verb} 6 conj VERB {tag} {lemma}
    talks 8 dobj NOUN NNS talk
    . 1 punct PUNCT . ."""


def test_a_base_verb_hung_on_the_objects_participle_is_a_second_duty():
    """"Peru agreed to honor the pledges made and hold talks": the parser hangs "hold"
    on "made", but a base verb joins "honor"; a participle there ("made and held") is
    the pledges' own description, no duty."""
    got = parse(DUTY_AFTER_PARTICIPLE.format(verb="hold", tag="VB", lemma="hold"))
    assert (("Peru",), (), "hold talks", "agreed") in got
    assert (("Peru",), (), "honor the pledges made", "agreed") in got
    got = parse(DUTY_AFTER_PARTICIPLE.format(verb="held", tag="VBN", lemma="hold"))
    assert [c for c in got if c[2] == "held talks"] == []


IT_IS_FOR = """
    It 1 nsubj PRON PRP it
    is 1 ROOT AUX VBZ be
    {adj}
    for 6 mark SCONJ IN for
    Chile 6 nsubj PROPN NNP Chile
    to 6 aux PART TO to
    make 1 advcl VERB VB make
    the 9 det DET DT the
    first 9 amod ADJ JJ first
    move 6 dobj NOUN NN move
    . 1 punct PUNCT . ."""


def test_it_is_for_a_side_to_act_is_a_demand_on_it():
    """"It is for Chile to make the first move" asks Chile to; "It is hard for Chile to
    make the first move" is a judgement, no demand."""
    got = parse(IT_IS_FOR.format(adj="now 1 advmod ADV RB now"))
    assert (("Chile",), (), "make the first move", "demanded") in got
    got = parse(IT_IS_FOR.format(adj="hard 1 acomp ADJ JJ hard"))
    assert [c for c in got if c[3] == "demanded"] == []


POSITION_THAT = """
    Peru 1 nsubj PROPN NNP Peru
    reiterated 1 ROOT VERB VBD reiterate
    the 3 det DET DT the
    {noun} 1 dobj NOUN NN {noun}
    that 7 mark SCONJ IN that
    Chile 7 nsubj PROPN NNP Chile
    would 7 aux AUX MD would
    return 3 acl VERB VB return
    to 7 prep ADP IN to
    the 10 det DET DT the
    accord 8 pobj NOUN NN accord
    . 1 punct PUNCT . ."""


def test_a_position_that_a_side_would_act_reports_its_pledge():
    """"Peru reiterated the position that Chile would return to the accord": reported
    like "said that"; "the rumour that Chile would return" is no one's word."""
    got = parse(POSITION_THAT.format(noun="position"))
    assert (("Chile",), (), "return to the accord", "agreed") in got
    assert parse(POSITION_THAT.format(noun="rumour")) == []


THE_COUNTRY = """
    Peru 1 nsubj PROPN NNP Peru
    said 1 ROOT VERB VBD say
    {det} 3 det DET DT {det}
    country 5 nsubj NOUN NN country
    will 5 aux AUX MD will
    open 1 ccomp VERB VB open
    ports 5 dobj NOUN NNS port
    . 1 punct PUNCT . ."""


def test_the_country_in_what_a_country_says_is_that_country():
    """"Peru said the country will open ports": Peru pledges it; "Peru said a country
    will open ports" names no one."""
    assert (("Peru",), (), "open ports", "agreed") in parse(THE_COUNTRY.format(det="the"))
    assert parse(THE_COUNTRY.format(det="a")) == []


PARTIES_TO = """
    Peru 2 poss PROPN NNP Peru
    's 0 case PART POS 's
    army 8 nsubj NOUN NN army
    and 2 cc CCONJ CC and
    the 7 det DET DT the
    rival 7 amod ADJ JJ rival
    Kessa 7 compound PROPN NNP Kessa
    Front 2 conj PROPN NNP Front
    met 8 ROOT VERB VBD meet
    ; 8 punct PUNCT : ;
    the 12 det DET DT the
    two 12 nummod NUM CD two
    parties 16 nsubj NOUN NNS party
    {prep} 12 prep ADP IN {prep}
    the 15 det DET DT the
    {noun} 13 pobj NOUN NN {noun}
    agreed 8 conj VERB VBD agree
    to 18 aux PART TO to
    free 16 xcomp VERB VB free
    prisoners 18 dobj NOUN NNS prisoner
    . 8 punct PUNCT . ."""


def test_the_parties_to_the_war_are_the_pair_as_the_parties_are():
    """"... the two parties to the war agreed to free prisoners": the pair named
    together; "the two parties from the capital" are people of some place, not it."""
    got = _parse(PARTIES_TO.format(prep="to", noun="war"))
    assert (("Peru", "Kessa Front"), "free prisoners", "agreed") in got
    got = _parse(PARTIES_TO.format(prep="from", noun="capital"))
    assert not [a for a, _, _ in got if a == ("Peru", "Kessa Front")]


WARRING_GROUPS = """
    Peru 2 poss PROPN NNP Peru
    's 0 case PART POS 's
    army 8 nsubj NOUN NN army
    and 2 cc CCONJ CC and
    the 7 det DET DT the
    rival 7 amod ADJ JJ rival
    Kessa 7 compound PROPN NNP Kessa
    {second} 2 conj PROPN NNP {second}
    met 8 ROOT VERB VBD meet
    ; 8 punct PUNCT : ;
    the 12 det DET DT the
    warring 12 amod ADJ JJ warring
    groups 13 nsubj NOUN NNS group
    agreed 8 conj VERB VBD agree
    to 15 aux PART TO to
    free 13 xcomp VERB VB free
    prisoners 15 dobj NOUN NNS prisoner
    . 8 punct PUNCT . ."""


def test_the_warring_groups_are_a_countrys_army_and_the_armed_group():
    """"Peru's army and the rival Kessa Front met; the warring groups agreed to ...":
    Peru (its army) and the Front; with an unarmed Kessa Council the groups are no
    country and a council, so no one is bound."""
    got = _parse(WARRING_GROUPS.format(second="Front"))
    assert (("Peru", "Kessa Front"), "free prisoners", "agreed") in got
    got = _parse(WARRING_GROUPS.format(second="Council"))
    assert [c for c in got if c[1] == "free prisoners"] == []
