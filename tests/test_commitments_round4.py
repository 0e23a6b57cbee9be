"""kg_commitments rules from the fourth audit (wire and broadcast news of conflicts),
on hand-built parses: one that must fire and one that must not per rule."""

from __future__ import annotations

from test_commitments import parse

AGREED_ON = """
    Peru 1 nsubj PROPN NNP Peru
    agreed 1 ROOT VERB VBD agree
    on 1 prep ADP IN on
    {what} 2 pobj {pos} {tag} {what}{rest}
    . 1 punct PUNCT . ."""

INFINITIVE = """
    to 5 aux PART TO to
    open 1 xcomp VERB VB open
    ports 5 dobj NOUN NNS port"""


def test_a_day_after_agreed_on_only_dates_the_pledge():
    """"Peru agreed on Monday to open ports" pledges to open them; "Peru agreed on
    Monday" agrees on nothing (the date is no object agreed on)."""
    assert parse(AGREED_ON.format(what="Monday", pos="PROPN", tag="NNP",
                                  rest=INFINITIVE)) == [(("Peru",), (), "open ports", "agreed")]
    assert parse(AGREED_ON.format(what="Monday", pos="PROPN", tag="NNP", rest="")) == []


FRAMED = """
    Peru 1 nsubj PROPN NNP Peru
    agreed 1 ROOT VERB VBD agree
    {prep} 1 prep ADP IN {prep}
    a 4 det DET DT a
    call 2 pobj NOUN NN call
    to 6 aux PART TO to
    open 4 acl VERB VB open
    ports 6 dobj NOUN NNS port
    . 1 punct PUNCT . ."""


def test_an_infinitive_hung_on_a_framing_phrase_is_the_pledge():
    """"Peru agreed in a call to open ports", parsed with the infinitive on "call",
    pledges it; "Peru agreed with a plan to open ports" (someone's plan) does not."""
    assert parse(FRAMED.format(prep="in")) == [(("Peru",), (), "open ports", "agreed")]
    assert parse(FRAMED.format(prep="with")) == []


WARNED = """
    Peru 1 nsubj PROPN NNP Peru
    warned 1 ROOT VERB VBD warn
    Chile 1 dobj PROPN NNP Chile
    {to} {to_head} {to_dep} {to_pos} {to_tag} {to}
    {verb} 1 {verb_dep} VERB {verb_tag} leave
    . 1 punct PUNCT . ."""


def test_warning_someone_to_do_is_a_demand_warning_that_is_speech():
    """"Peru warned Chile to leave" asks it of Chile; "Peru warned Chile that it
    leaves" (a clause) reports a warning, no demand."""
    assert parse(WARNED.format(to="to", to_head=4, to_dep="aux", to_pos="PART", to_tag="TO",
                               verb="leave", verb_dep="xcomp", verb_tag="VB")) == [
        (("Chile",), ("Peru",), "leave", "demanded")]
    assert parse(WARNED.format(to="that", to_head=4, to_dep="mark", to_pos="SCONJ",
                               to_tag="IN", verb="leaves", verb_dep="ccomp",
                               verb_tag="VBZ")) == []


SAID_HE = """
    Juan 1 nsubj PROPN NNP Juan
    spoke 1 ROOT VERB VBD speak
    . 1 punct PUNCT . .
    {speaker} 4 nsubj {pos} {tag} {speaker}
    said 4 ROOT VERB VBD say
    he 7 nsubj PRON PRP he
    would 7 aux AUX MD would
    open 4 ccomp VERB VB open
    ports 7 dobj NOUN NNS port
    . 4 punct PUNCT . ."""


def test_he_in_what_someone_says_is_the_one_who_says_it():
    """"Maria said he would open ports" after Juan spoke: Maria's pledge; when the
    one who says it is no known actor ("The envoy said he would ..."), the pronoun
    is not guessed to be the last person named (Juan)."""
    people = {"Maria": "Peru", "Juan": "Chile"}
    assert parse(SAID_HE.format(speaker="Maria", pos="PROPN", tag="NNP"), people=people) == [
        (("Maria",), (), "open ports", "agreed")]
    assert parse(SAID_HE.format(speaker="envoy", pos="NOUN", tag="NN"), people=people) == []


SPOKESMAN = """
    A 1 det DET DT a
    spokesman 4 nsubj NOUN NN spokesman
    for 1 prep ADP IN for
    {body} 2 pobj PROPN NNP {body}
    said 4 ROOT VERB VBD say
    they 7 nsubj PRON PRP they
    would 7 aux AUX MD would
    open 4 ccomp VERB VB open
    ports 7 dobj NOUN NNS port
    . 4 punct PUNCT . ."""


def test_they_in_what_a_spokesman_says_is_the_body_he_speaks_for():
    """"A spokesman for Peru said they would open ports": Peru's pledge; a spokesman
    for a person ("for Maria") names no body, so "they" is not read as it."""
    assert parse(SPOKESMAN.format(body="Peru")) == [(("Peru",), (), "open ports", "agreed")]
    got = parse(SPOKESMAN.format(body="Maria"), people={"Maria": "Chile"})
    assert all(c[0] != ("Maria",) for c in got)


MET = """
    Maria 1 nsubj PROPN NNP Maria
    met 1 ROOT VERB VBD meet
    Juan 1 dobj PROPN NNP Juan
    . 1 punct PUNCT . ."""


def test_the_sides_after_a_talk_of_two_people_are_those_two():
    """"Maria met Juan. The sides agreed to open ports": Maria and Juan (their
    countries are never named, so they are no actors); "the warring sides" are not
    the two who met."""
    people = {"Maria": "Peru", "Juan": "Chile"}
    sides = MET + """
        The 5 det DET DT the
        sides 6 nsubj NOUN NNS side
        agreed 6 ROOT VERB VBD agree
        to 8 aux PART TO to
        open 6 xcomp VERB VB open
        ports 8 dobj NOUN NNS port
        . 6 punct PUNCT . ."""
    assert parse(sides, people=people) == [(("Maria", "Juan"), (), "open ports", "agreed")]
    warring = MET + """
        The 6 det DET DT the
        warring 6 amod ADJ JJ warring
        sides 7 nsubj NOUN NNS side
        agreed 7 ROOT VERB VBD agree
        to 9 aux PART TO to
        open 7 xcomp VERB VB open
        ports 9 dobj NOUN NNS port
        . 7 punct PUNCT . ."""
    assert parse(warring, people=people) == []


REACHED = """
    An 5 det DET DT an
    agreement 7 nsubjpass NOUN NN agreement
    was 7 auxpass AUX VBD be
    reached 7 ROOT VERB VBN reach
    to 9 aux PART TO to
    open 7 advcl VERB VB open
    ports 9 dobj NOUN NNS port
    . 7 punct PUNCT . ."""


def test_an_agreement_reached_with_no_agent_binds_the_two_who_talked():
    """"Maria met Juan. An agreement was reached to open ports": the two who met, as
    "It was agreed to ..."; with only one person in the text no one is bound."""
    assert parse(MET + REACHED, people={"Maria": "Peru", "Juan": "Chile"}) == [
        (("Maria", "Juan"), (), "open ports", "agreed")]
    alone = MET.replace("Juan 1 dobj PROPN NNP Juan", "ports 1 dobj NOUN NNS port")
    assert parse(alone + REACHED, people={"Maria": "Peru"}) == []


CALLED_FOR = """
    Peru 1 nsubj PROPN NNP Peru
    called 1 ROOT VERB VBD call
    for 1 prep ADP IN for
    a 4 det DET DT a
    {noun} 2 pobj NOUN NN {noun}
    between 4 prep ADP IN between
    Chile 5 pobj PROPN NNP Chile
    and 6 cc CCONJ CC and
    Bolivia 6 conj PROPN NNP Bolivia
    . 1 punct PUNCT . ."""


def test_a_ceasefire_called_for_between_two_sides_is_asked_of_both():
    """"Peru called for a ceasefire between Chile and Bolivia" asks it of Chile and
    Bolivia; "a meeting between Chile and Bolivia" is no duty of either."""
    assert parse(CALLED_FOR.format(noun="ceasefire")) == [
        (("Chile", "Bolivia"), ("Peru",), "ceasefire between Chile and Bolivia", "demanded")]
    assert parse(CALLED_FOR.format(noun="meeting")) == []


def test_the_group_after_a_named_body_is_that_body(monkeypatch):
    """"Zorba spoke. The group will free hostages": Zorba (an organization) is bound;
    "The new group will ..." describes some other group, and binds no one."""
    import test_commitments

    monkeypatch.setitem(test_commitments.TYPES, "Zorba", "Organization")
    spoke = """
        Zorba 1 nsubj PROPN NNP Zorba
        spoke 1 ROOT VERB VBD speak
        . 1 punct PUNCT . ."""
    group = spoke + """
        The 4 det DET DT the
        group 6 nsubj NOUN NN group
        will 6 aux AUX MD will
        free 6 ROOT VERB VB free
        hostages 6 dobj NOUN NNS hostage
        . 6 punct PUNCT . ."""
    assert parse(group) == [(("Zorba",), (), "free hostages", "agreed")]
    new_group = spoke + """
        The 5 det DET DT the
        new 5 amod ADJ JJ new
        group 7 nsubj NOUN NN group
        will 7 aux AUX MD will
        free 7 ROOT VERB VB free
        hostages 7 dobj NOUN NNS hostage
        . 7 punct PUNCT . ."""
    assert parse(new_group) == []


RULING = """
    Peru 2 poss PROPN NNP Peru
    's 0 case PART POS 's
    {head} 4 nsubj NOUN {tag} {head}
    will 4 aux AUX MD will
    open 4 ROOT VERB VB open
    ports 4 dobj NOUN NNS port
    . 4 punct PUNCT . ."""


def test_a_countrys_junta_stands_for_the_country():
    """"Peru's junta will open ports" binds Peru; "Peru's farmers will open ports"
    forecasts what some of its people do."""
    assert parse(RULING.format(head="junta", tag="NN")) == [
        (("Peru",), (), "open ports", "agreed")]
    assert parse(RULING.format(head="farmers", tag="NNS")) == []


def test_he_in_the_speakers_own_words_is_not_the_speaker():
    """'"He will open ports," Maria said': Maria speaks of someone else (Juan, named
    before), not of herself."""
    rows = """
        Juan 1 nsubj PROPN NNP Juan
        spoke 1 ROOT VERB VBD speak
        . 1 punct PUNCT . .
        " 6 punct PUNCT `` "
        he 6 nsubj PRON PRP he
        will 6 aux AUX MD will
        open 11 ccomp VERB VB open
        ports 6 dobj NOUN NNS port
        , 11 punct PUNCT , ,
        " 11 punct PUNCT '' "
        Maria 11 nsubj PROPN NNP Maria
        said 11 ROOT VERB VBD say
        . 11 punct PUNCT . ."""
    from kg.model import Provenance, Statement

    text = 'Juan spoke . " he will open ports , " Maria said .'  # the Doc's text
    start, end = text.index("he"), text.index(", ")
    quote = Statement("Maria", text[start:end], "direct", None,
                      Provenance(text, start, end, "kg_statements", 0.9))
    got = parse(rows, people={"Maria": "Peru", "Juan": "Chile"}, statements=[quote])
    assert [c[0] for c in got] == [("Juan",)]
    assert [c[0] for c in parse(rows, people={"Maria": "Peru", "Juan": "Chile"})] == [
        ("Maria",)]  # a quotation kg_statements did not find is read as reported speech


QUOTED_WE = """
    \u201c 3 punct PUNCT `` \u201c
    We 3 nsubj PRON PRP we
    will 3 aux AUX MD will
    open 3 ROOT VERB VB open
    ports 3 dobj NOUN NNS port
    in 4 prep ADP IN in
    Peru 5 pobj PROPN NNP Peru
    and 6 cc CCONJ CC and
    Chile 6 conj PROPN NNP Chile
    . 3 punct PUNCT . ."""


def test_we_in_quotation_marks_is_not_the_issuers():
    """In a joint text of Peru and Chile an unquoted "We will open ports in Peru and
    Chile" is theirs (test_commitments_round3); between quotation marks kg_statements
    did not attribute, it is someone's own words, and nobody is guessed."""
    from test_commitments_round3 import TITLED

    title = "Joint Statement of Peru and Chile on Trade"
    assert parse(TITLED, title=title) == [
        (("Peru", "Chile"), (), "open ports in Peru and Chile", "agreed")]
    assert parse(QUOTED_WE, title=title) == []


IN_TERMS = """
    In 6 prep ADP IN in
    the 2 det DET DT the
    {noun} 0 pobj NOUN NN {noun}
    , 6 punct PUNCT , ,
    Peru 6 nsubj PROPN NNP Peru
    would 6 aux AUX MD would
    open 6 ROOT VERB VB open
    ports 6 dobj NOUN NNS port
    . 6 punct PUNCT . ."""


def test_what_a_party_would_do_in_a_deal_is_its_duty():
    """"In the deal, Peru would open ports": a duty of the deal's; "In the end, Peru
    would open ports" is a forecast."""
    assert parse(IN_TERMS.format(noun="deal")) == [(("Peru",), (), "open ports", "agreed")]
    assert parse(IN_TERMS.format(noun="end")) == []


def test_vowing_a_thing_is_a_pledge():
    """"Peru vowed retaliation" pledges it; "Peru feared retaliation" does not."""
    rows = """
        Peru 1 nsubj PROPN NNP Peru
        {verb} 1 ROOT VERB VBD {lemma}
        swift 3 amod ADJ JJ swift
        retaliation 1 dobj NOUN NN retaliation
        . 1 punct PUNCT . ."""
    assert parse(rows.format(verb="vowed", lemma="vow")) == [
        (("Peru",), (), "vowed swift retaliation", "agreed")]
    assert parse(rows.format(verb="feared", lemma="fear")) == []


OBJECTED = """
    Peru 1 nsubj PROPN NNP Peru
    objected 1 ROOT VERB VBD object
    to 1 prep ADP IN to
    the 4 det DET DT the
    {noun} 2 pobj NOUN NN {noun}
    . 1 punct PUNCT . ."""


def test_objecting_to_an_offer_refuses_it_objecting_to_an_act_does_not():
    """"Peru objected to the proposal" turns it down; "Peru objected to the raid" is a
    protest, no commitment."""
    assert parse(OBJECTED.format(noun="proposal")) == [
        (("Peru",), (), "objected to the proposal", "refused")]
    assert parse(OBJECTED.format(noun="raid")) == []


HIS_TROOPS = """
    Maria 1 nsubj PROPN NNP Maria
    said 1 ROOT VERB VBD say
    {poss} 3 poss PRON PRP$ {poss}
    troops 5 nsubj NOUN NNS troop
    will 5 aux AUX MD will
    leave 1 ccomp VERB VB leave
    the 7 det DET DT the
    border 5 dobj NOUN NN border
    . 1 punct PUNCT . ."""


def test_his_troops_in_what_someone_says_are_the_speakers():
    """"Maria said her troops will leave the border": Maria's pledge; "Maria said the
    troops will leave" names no owner, and binds no one."""
    people = {"Maria": "Peru"}
    assert parse(HIS_TROOPS.format(poss="her"), people=people) == [
        (("Maria",), (), "leave the border", "agreed")]
    assert parse(HIS_TROOPS.format(poss="the").replace("poss PRON PRP$", "det DET DT"),
                 people=people) == []


def test_both_parties_after_a_country_and_a_body_named_together_are_those_two(monkeypatch):
    """"Peru and Zorba signed a deal. Both parties committed to disarm": Peru and Zorba
    (a country and a body, so no two countries to take); "Both parties" with nothing
    named together before binds no one."""
    import test_commitments

    monkeypatch.setitem(test_commitments.TYPES, "Zorba", "Organization")
    tail = """
        Both {d} det DET DT both
        parties {v} nsubj NOUN NNS party
        committed {v} ROOT VERB VBD commit
        to {x} aux PART TO to
        disarm {v} xcomp VERB VB disarm
        . {v} punct PUNCT . ."""
    signed = """
        Peru 3 nsubj PROPN NNP Peru
        and 0 cc CCONJ CC and
        Zorba 0 conj PROPN NNP Zorba
        signed 3 ROOT VERB VBD sign
        peace 3 dobj NOUN NN peace
        . 3 punct PUNCT . ."""
    assert parse(signed + tail.format(d=7, v=8, x=10)) == [
        (("Peru", "Zorba"), (), "signed peace", "agreed"),
        (("Peru", "Zorba"), (), "disarm", "agreed")]
    alone = """
        Peru 1 nsubj PROPN NNP Peru
        spoke 1 ROOT VERB VBD speak
        . 1 punct PUNCT . ."""
    assert parse(alone + tail.format(d=4, v=5, x=7)) == []


SHOULD_SAID = """
    Peru 2 nsubj PROPN NNP Peru
    should 2 aux AUX MD should
    leave 6 ccomp VERB VB leave
    the 4 det DET DT the
    talks 2 dobj NOUN NNS talk
    , 6 punct PUNCT , ,
    said 6 ROOT VERB VBD say
    {title} 8 compound NOUN NN {title}
    Maria 6 nsubj PROPN NNP Maria
    . 6 punct PUNCT . ."""


def test_what_an_analyst_says_a_side_should_do_is_a_view():
    """"Peru should leave the talks, said minister Maria" is Maria's demand of Peru;
    said by "analyst Maria" it is a view of someone who is no side."""
    people = {"Maria": "Chile"}
    assert parse(SHOULD_SAID.format(title="minister"), people=people) == [
        (("Peru",), ("Maria",), "leave the talks", "demanded")]
    assert parse(SHOULD_SAID.format(title="analyst"), people=people) == []



SAID_WILL = """
    {sayer} 1 nsubj {pos} {tag} {lemma}
    said 1 ROOT VERB VBD say
    Peru 4 nsubj PROPN NNP Peru
    will 4 aux AUX MD will
    {verb} 1 ccomp VERB VB {verb}
    {obj} 4 dobj NOUN NN {obj}
    . 1 punct PUNCT . ."""


def test_what_analysts_say_a_side_will_do_is_a_forecast():
    """"Chile said Peru will open ports" reports a pledge; "Analysts said Peru will open
    ports" (or "... will accept the deal") forecasts it."""
    assert parse(SAID_WILL.format(sayer="Chile", pos="PROPN", tag="NNP", lemma="Chile",
                                  verb="open", obj="ports")) == [
        (("Peru",), (), "open ports", "agreed")]
    for verb, obj in (("open", "ports"), ("accept", "deal")):
        assert parse(SAID_WILL.format(sayer="Analysts", pos="NOUN", tag="NNS",
                                      lemma="analyst", verb=verb, obj=obj)) == []


def test_a_ceasefire_called_for_after_two_sides_named_together_is_asked_of_them():
    """"Chile and Bolivia fought. Peru called for a ceasefire": Chile and Bolivia are
    asked; "Peru called for talks" may mean talks with Peru, and asks no one."""
    fought = """
        Chile 3 nsubj PROPN NNP Chile
        and 0 cc CCONJ CC and
        Bolivia 0 conj PROPN NNP Bolivia
        fought 3 ROOT VERB VBD fight
        . 3 punct PUNCT . ."""
    called = """
        Peru 6 nsubj PROPN NNP Peru
        called 6 ROOT VERB VBD call
        for 6 prep ADP IN for
        a 10 det DET DT a
        immediate 10 amod ADJ JJ immediate
        {noun} 7 pobj NOUN NN {lemma}
        . 6 punct PUNCT . ."""
    assert parse(fought + called.format(noun="ceasefire", lemma="ceasefire")) == [
        (("Chile", "Bolivia"), ("Peru",), "immediate ceasefire", "demanded")]
    assert parse(fought + called.format(noun="talks", lemma="talk")) == []
