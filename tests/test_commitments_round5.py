"""kg_commitments rules from the fifth audit (wire news of conflicts: ultimatums,
second demands, bodies named by their owner, duties under a deal), on hand-built
parses: one that must fire and one that must not per rule."""

from __future__ import annotations

from test_commitments import TYPES, parse

GIVEN_HOURS = """
    Peru 1 nsubj PROPN NNP Peru
    gave 1 ROOT VERB VBD give
    Chile 1 dative PROPN NNP Chile
    72 4 nummod NUM CD 72
    {time} 1 {time_dep} NOUN NNS {time_lemma}
    to 6 aux PART TO to
    leave {inner_head} relcl VERB VB leave
    Lima 6 dobj PROPN NNP Lima
    . 1 punct PUNCT . ."""


def test_an_ultimatum_binds_the_one_given_the_time_with_to_hung_on_the_time():
    """"Peru gave Chile 72 hours to leave Lima", parsed with "to leave" on "hours",
    is a demand on Chile; "Peru gave Chile 72 gifts to leave ..." sets no deadline."""
    assert parse(GIVEN_HOURS.format(time="hours", time_dep="npadvmod", time_lemma="hour",
                                    inner_head=4)) == [
        (("Chile",), ("Peru",), "leave Lima", "demanded")]
    assert parse(GIVEN_HOURS.format(time="gifts", time_dep="dobj", time_lemma="gift",
                                    inner_head=4)) == []


GIVEN_PASSIVE = """
    Chile 2 nsubjpass PROPN NNP Chile
    was 2 auxpass AUX VBD be
    given 2 ROOT VERB VBN give
    one 4 nummod NUM CD one
    {time} 2 dobj NOUN NN {time}
    to 6 aux PART TO to
    withdraw 4 relcl VERB VB withdraw
    its 8 poss PRON PRP$ its
    forces 6 dobj NOUN NNS force
    . 2 punct PUNCT . ."""


def test_a_passive_ultimatum_binds_its_subject():
    """"Chile was given one week to withdraw its forces" asks it of Chile; "Chile was
    given one medal to ..." is no deadline."""
    assert parse(GIVEN_PASSIVE.format(time="week")) == [
        (("Chile",), (), "withdraw its forces", "demanded")]
    assert parse(GIVEN_PASSIVE.format(time="medal")) == []


SECOND_DEMAND = """
    Peru 1 nsubj PROPN NNP Peru
    urged 1 ROOT VERB VBD urge
    Chile 1 dobj PROPN NNP Chile
    to 4 aux PART TO to
    talk 1 xcomp VERB VB talk
    and 1 cc CCONJ CC and
    {verb} 1 conj VERB VBD {lemma}
    the 8 det DET DT the
    withdrawal 6 dobj NOUN NN withdrawal
    of 8 prep ADP IN of
    Bolivia 11 poss PROPN NNP Bolivia
    troops 9 pobj NOUN NNS troop
    from 8 prep ADP IN from
    Ecuador 12 pobj PROPN NNP Ecuador
    . 1 punct PUNCT . ."""


def test_a_demand_verb_joined_to_another_demand_is_a_second_demand():
    """"Peru urged Chile to talk and demanded the withdrawal of Bolivia troops from
    Ecuador": the second demand is of Bolivia (whose troops), not of Ecuador (the
    place they leave); "... and praised the withdrawal ..." asks nothing more. (The
    one-word "talk" is too bare to be a commitment on its own.)"""
    assert parse(SECOND_DEMAND.format(verb="demanded", lemma="demand")) == [
        (("Bolivia",), ("Peru",), "withdrawal of Bolivia troops from Ecuador", "demanded")]
    assert parse(SECOND_DEMAND.format(verb="praised", lemma="praise")) == []


OWNED_BODY = """
    Peru 1 nsubj PROPN NNP Peru
    called 1 ROOT VERB VBD call
    on 1 prep ADP IN on
    Chile 5 poss PROPN NNP Chile
    's 3 case PART POS 's
    {head} 2 pobj NOUN NN {head}
    to 7 aux PART TO to
    withdraw 1 xcomp VERB VB withdraw
    all 9 det DET DT all
    troops 7 dobj NOUN NNS troop
    . 1 punct PUNCT . ."""


def test_a_body_named_by_its_owner_is_the_owner_when_asked():
    """"Peru called on Chile's military to withdraw all troops" asks it of Chile;
    "Peru called on Chile's people to ..." does not (people are not the state)."""
    assert parse(OWNED_BODY.format(head="military")) == [
        (("Chile",), ("Peru",), "withdraw all troops", "demanded")]
    assert parse(OWNED_BODY.format(head="people")) == []


UNDER_DEAL = """
    {prep} 6 prep ADP IN {prep}
    the 2 det DET DT the
    {noun} 0 pobj NOUN NN {noun}
    , 6 punct PUNCT , ,
    Peru 6 nsubjpass PROPN NNP Peru
    is 6 auxpass AUX VBZ be
    expected 6 ROOT VERB VBN expect
    to 8 aux PART TO to
    release 6 xcomp VERB VB release
    30 10 nummod NUM CD 30
    prisoners 8 dobj NOUN NNS prisoner
    . 6 punct PUNCT . ."""


def test_what_a_side_is_expected_to_do_under_a_deal_binds_it():
    """"Under the deal, Peru is expected to release 30 prisoners" is a term binding
    Peru; "After the match, Peru is expected to ..." is a forecast."""
    assert parse(UNDER_DEAL.format(prep="Under", noun="deal")) == [
        (("Peru",), (), "release 30 prisoners", "agreed")]
    assert parse(UNDER_DEAL.format(prep="After", noun="match")) == []


REBELS = """
    The 2 det DET DT the
    {adj} 2 amod ADJ JJ {adj}
    Front 3 nsubj PROPN NNP Front
    seized 3 ROOT VERB VBD seize
    Abeche 3 dobj PROPN NNP Abeche
    . 3 punct PUNCT . .
    The 7 det DET DT the
    rebels 8 nsubj NOUN NNS rebel
    said 8 ROOT VERB VBD say
    they 11 nsubj PRON PRP they
    would 11 aux AUX MD would
    leave 8 ccomp VERB VB leave
    Abeche 11 dobj PROPN NNP Abeche
    . 8 punct PUNCT . ."""


def test_the_rebels_are_the_body_the_text_calls_rebel(monkeypatch):
    """"The rebel Front seized Abeche. The rebels said they would leave Abeche": the
    Front's pledge; after "The new Front seized Abeche" nothing says who "the rebels"
    are, so no one is bound."""
    monkeypatch.setitem(TYPES, "Front", "Organization")
    assert parse(REBELS.format(adj="rebel")) == [
        (("Front",), (), "leave Abeche", "agreed")]
    assert parse(REBELS.format(adj="new")) == []


FACTIONS = """
    Fighting 5 nsubj NOUN NN fighting
    between 0 prep ADP IN between
    {a} 1 pobj PROPN NNP {a}
    and 2 cc CCONJ CC and
    {b} 2 conj PROPN NNP {b}
    continued 5 ROOT VERB VBD continue
    . 5 punct PUNCT . .
    The 9 det DET DT the
    warring 9 amod ADJ JJ warring
    factions 10 nsubj NOUN NNS faction
    agreed 10 ROOT VERB VBD agree
    to 12 aux PART TO to
    protect 10 xcomp VERB VB protect
    civilians 12 dobj NOUN NNS civilian
    . 10 punct PUNCT . ."""


def test_the_warring_factions_are_the_two_bodies_named_together(monkeypatch):
    """"Fighting between Front and Army continued. The warring factions agreed to
    protect civilians" binds both; factions are never two countries ("between Peru
    and Chile ... the warring factions" names no one)."""
    monkeypatch.setitem(TYPES, "Front", "Organization")
    monkeypatch.setitem(TYPES, "Army", "Organization")
    assert parse(FACTIONS.format(a="Front", b="Army")) == [
        (("Front", "Army"), (), "protect civilians", "agreed")]
    assert parse(FACTIONS.format(a="Peru", b="Chile")) == []


APPOSED = """
    The 1 det DET DT the
    Army 6 nsubj PROPN NNP Army
    {cc} {cc_head} {cc_dep} {cc_pos} {cc_tag} {cc}
    the 4 det DET DT the
    rebel {head} {dep} NOUN NN rebel
    Front 4 appos PROPN NNP Front
    {verb} 6 ROOT VERB VBD meet
    . 6 punct PUNCT . .
    Both 9 det DET DT both
    sides 10 nsubj NOUN NNS side
    agreed 10 ROOT VERB VBD agree
    to 12 aux PART TO to
    protect 10 xcomp VERB VB protect
    civilians 12 dobj NOUN NNS civilian
    . 10 punct PUNCT . ."""


def test_a_name_in_apposition_to_a_conjunct_is_one_of_the_pair(monkeypatch):
    """"The Army and the rebel Front met. Both sides agreed to ...", parsed with the
    name in apposition to "rebel", binds both; "The Army fought the rebel Front"
    names no pair together."""
    monkeypatch.setitem(TYPES, "Front", "Organization")
    monkeypatch.setitem(TYPES, "Army", "Organization")
    assert parse(APPOSED.format(cc="and", cc_head=1, cc_dep="cc", cc_pos="CCONJ", cc_tag="CC",
                                head=1, dep="conj", verb="met")) == [
        (("Army", "Front"), (), "protect civilians", "agreed")]
    assert parse(APPOSED.format(cc="then", cc_head=6, cc_dep="advmod", cc_pos="ADV",
                                cc_tag="RB", head=6, dep="dobj", verb="fought")) == []


SIGNED_CLAUSE = """
    Peru 3 nsubj PROPN NNP Peru
    and 0 cc CCONJ CC and
    Chile 0 conj PROPN NNP Chile
    signed 3 ROOT VERB VBD sign
    a 5 det DET DT a
    declaration 3 dobj NOUN NN declaration
    that 9 mark SCONJ IN that
    {subj} 9 nsubj {subj_pos} {subj_tag} {subj}
    would 9 aux AUX MD would
    work 5 acl VERB VB work
    towards 9 prep ADP IN towards
    a 12 det DET DT a
    truce 10 pobj NOUN NN truce
    . 3 punct PUNCT . ."""


def test_a_signed_text_saying_what_they_would_do_pledges_that():
    """"Peru and Chile signed a declaration that they would work towards a truce": the
    pledge is the clause, without "signed a declaration that they would"; when the
    clause is about something else ("that talks would work ...") the signing stays
    the commitment."""
    assert parse(SIGNED_CLAUSE.format(subj="they", subj_pos="PRON", subj_tag="PRP")) == [
        (("Peru", "Chile"), (), "work towards a truce", "agreed")]
    got = parse(SIGNED_CLAUSE.format(subj="talks", subj_pos="NOUN", subj_tag="NNS"))
    assert [c[2] for c in got] == ["signed a declaration that talks would work towards a truce"]


HEAD_OF = """
    The 1 det DET DT the
    head 7 nsubj NOUN NN head
    of 1 prep ADP IN of
    the 4 det DET DT the
    junta 2 pobj NOUN NN junta
    , 4 punct PUNCT , ,
    Mando 4 {dep} PROPN NNP Mando
    said 7 ROOT VERB VBD say
    he 10 nsubj PRON PRP he
    would 10 aux AUX MD would
    hold 7 ccomp VERB VB hold
    elections 10 dobj NOUN NNS election
    . 7 punct PUNCT . ."""


def test_he_is_the_person_named_in_apposition_to_the_speaker():
    """"The head of the junta, Mando, said he would hold elections", parsed with the
    name on "junta": Mando's pledge; "The head of the junta of Mando said he would"
    names no speaker (Mando is not in apposition), so no one is bound."""
    people = {"Mando": "Peru"}
    assert parse(HEAD_OF.format(dep="appos"), people=people) == [
        (("Mando",), (), "hold elections", "agreed")]
    assert parse(HEAD_OF.format(dep="nmod"), people=people) == []


NAME_CLAUSE = """
    Peru 1 nsubj PROPN NNP Peru
    urged 1 ROOT VERB VBD urge
    Chile 1 dobj PROPN NNP Chile
    to 4 aux PART TO to
    release 1 xcomp VERB VB release
    {obj} 4 dobj {pos} {tag} {obj}
    who 7 nsubj PRON WP who
    fled 5 relcl VERB VBD flee
    . 1 punct PUNCT . ."""


def test_a_clause_on_a_name_is_no_part_of_the_pledge():
    """"Peru urged Chile to release Mendez who fled": release Mendez (the clause only
    describes him); "... to release those who fled" keeps the clause that says who."""
    assert parse(NAME_CLAUSE.format(obj="Mendez", pos="PROPN", tag="NNP")) == [
        (("Chile",), ("Peru",), "release Mendez", "demanded")]
    assert parse(NAME_CLAUSE.format(obj="those", pos="PRON", tag="DT")) == [
        (("Chile",), ("Peru",), "release those who fled", "demanded")]
