"""kg_commitments rules from the sixth audit (wire news of peace deals: terms agreed as
an object, the parties after mediators, "both neighbours"), on hand-built parses: one
that must fire and one that must not per rule."""

from __future__ import annotations

from test_commitments import TYPES, parse

AGREED_OBJECT = """
    Peru 3 nsubj PROPN NNP Peru
    and 0 cc CCONJ CC and
    Chile 0 conj PROPN NNP Chile
    agreed 3 ROOT VERB VBD agree
    the 5 det DET DT the
    {noun} 3 dobj NOUN NN {noun}
    of 5 prep ADP IN of
    a 8 det DET DT a
    treaty 6 pobj NOUN NN treaty
    . 3 punct PUNCT . ."""


def test_terms_agreed_as_an_object_are_agreed():
    """"Peru and Chile agreed the text of a treaty" agrees its terms; "agreed the
    point of a treaty" is a view, no commitment."""
    assert parse(AGREED_OBJECT.format(noun="text")) == [
        (("Peru", "Chile"), (), "agreed the text of a treaty", "agreed")]
    assert parse(AGREED_OBJECT.format(noun="point")) == []


PARTIES_AFTER_MEDIATORS = """
    Peru 3 nsubj PROPN NNP Peru
    and 0 cc CCONJ CC and
    Chile 0 conj PROPN NNP Chile
    hosted 3 ROOT VERB VBD host
    the 5 det DET DT the
    {first} 3 dobj PROPN NNP {first}
    and 5 cc CCONJ CC and
    the 8 det DET DT the
    {second} 5 conj PROPN NNP {second}
    . 3 punct PUNCT . .
    The 11 det DET DT the
    parties 12 nsubj NOUN NNS party
    agreed 12 ROOT VERB VBD agree
    to 14 aux PART TO to
    talk 12 xcomp VERB VB talk
    . 12 punct PUNCT . ."""


def test_the_parties_after_mediators_are_the_armed_pair(monkeypatch):
    """"Peru and Chile hosted the Army and the Front. The parties agreed to talk": the
    two armed sides, not the hosts; a pair of other bodies (a league and a club) does
    not displace the countries."""
    monkeypatch.setitem(TYPES, "Army", "Organization")
    monkeypatch.setitem(TYPES, "Front", "Organization")
    monkeypatch.setitem(TYPES, "League", "Organization")
    monkeypatch.setitem(TYPES, "Club", "Organization")
    got = parse(PARTIES_AFTER_MEDIATORS.format(first="Army", second="Front"))
    assert [c[0] for c in got] == [("Army", "Front")]
    got = parse(PARTIES_AFTER_MEDIATORS.format(first="League", second="Club"))
    assert ("League", "Club") not in [c[0] for c in got]


CALLED_ON_SIDES = """
    Peru 3 nsubj PROPN NNP Peru
    and 0 cc CCONJ CC and
    Chile 0 conj PROPN NNP Chile
    hosted 3 ROOT VERB VBD host
    the 5 det DET DT the
    Army 3 dobj PROPN NNP Army
    and 5 cc CCONJ CC and
    the 8 det DET DT the
    Front 5 conj PROPN NNP Front
    . 3 punct PUNCT . .
    They 11 nsubj PRON PRP they
    called 11 ROOT VERB VBD call
    on 11 prep ADP IN on
    {det} 14 det DET DT {det}
    sides 12 pobj NOUN NNS side
    to 16 aux PART TO to
    talk 11 xcomp VERB VB talk
    . 11 punct PUNCT . ."""


def test_a_call_on_both_sides_asks_the_armed_pair(monkeypatch):
    """"... called on both sides to talk" asks the two sides named together, the hosts
    its counterparts; with no two sides named ("the army and the front" as common
    nouns) it binds no one, not the hosts."""
    monkeypatch.setitem(TYPES, "Army", "Organization")
    monkeypatch.setitem(TYPES, "Front", "Organization")
    got = parse(CALLED_ON_SIDES.format(det="both"))
    assert [(c[0], c[3]) for c in got] == [(("Army", "Front"), "demanded")]
    unnamed = CALLED_ON_SIDES.format(det="both").replace(
        "Army 3 dobj PROPN NNP Army", "army 3 dobj NOUN NN army").replace(
        "Front 5 conj PROPN NNP Front", "front 5 conj NOUN NN front")
    assert parse(unnamed) == []


BOTH_NEIGHBOURS = """
    {a} 3 nsubj PROPN NNP {a}
    and 0 cc CCONJ CC and
    {b} 0 conj PROPN NNP {b}
    signed 3 ROOT VERB VBD sign
    a 5 det DET DT a
    deal 3 dobj NOUN NN deal
    . 3 punct PUNCT . .
    It 8 nsubj PRON PRP it
    obliges 8 ROOT VERB VBZ oblige
    both 10 det DET DT both
    neighbours 8 dobj NOUN NNS neighbour
    to 12 aux PART TO to
    reopen 8 xcomp VERB VB reopen
    borders 12 dobj NOUN NNS border
    . 8 punct PUNCT . ."""


def test_both_neighbours_are_the_two_countries_named_together(monkeypatch):
    """"Peru and Chile signed a deal. It obliges both neighbours to reopen borders"
    binds Peru and Chile; after two bodies named together, "both neighbours" is no one."""
    got = parse(BOTH_NEIGHBOURS.format(a="Peru", b="Chile"))
    assert (("Peru", "Chile"), (), "reopen borders", "demanded") in got
    monkeypatch.setitem(TYPES, "Army", "Organization")
    monkeypatch.setitem(TYPES, "Front", "Organization")
    got = parse(BOTH_NEIGHBOURS.format(a="Army", b="Front"))
    assert [c for c in got if c[2] == "reopen borders"] == []



LEADERS_OF = """
    Ruiz 3 nsubj PROPN NNP Ruiz
    and 0 cc CCONJ CC and
    Lind 0 conj PROPN NNP Lind
    hosted 3 ROOT VERB VBD host
    talks 3 dobj NOUN NNS talk
    . 3 punct PUNCT . .
    The 7 det DET DT the
    {head} 12 nsubj NOUN NNS {lemma}
    of 7 prep ADP IN of
    Peru 8 pobj PROPN NNP Peru
    and 9 cc CCONJ CC and
    {second} 9 conj PROPN NNP {second}
    agreed 12 ROOT VERB VBD agree
    to 14 aux PART TO to
    talk 12 xcomp VERB VB talk
    . 12 punct PUNCT . ."""


def test_the_leaders_of_two_countries_are_those_countries():
    """"Ruiz and Lind hosted talks. The leaders of Peru and Chile agreed to talk": Peru
    and Chile, not the two hosts; with one country named ("the leaders of Peru and
    Oxford") the rule does not fire and the table's reading stands."""
    people = {"Ruiz": "Ecuador", "Lind": "Bolivia"}
    got = parse(LEADERS_OF.format(head="leaders", lemma="leader", second="Chile"),
                people=people)
    assert [c[0] for c in got] == [("Peru", "Chile")]
    got = parse(LEADERS_OF.format(head="leaders", lemma="leader", second="Oxford"),
                people=people)
    assert [set(c[0]) for c in got] == [{"Ruiz", "Lind"}]


THREATENED_THAT = """
    Ruiz 1 nsubj PROPN NNP Ruiz
    {verb} 1 ROOT VERB VBD {lemma}
    that 5 mark SCONJ IN that
    Peru 5 nsubj PROPN NNP Peru
    would 5 aux AUX MD would
    halt 1 ccomp VERB VB halt
    all 7 det DET DT all
    trade 5 dobj NOUN NN trade
    . 1 punct PUNCT . ."""


def test_what_a_threat_says_a_side_would_do_is_a_commitment():
    """"Ruiz threatened that Peru would halt all trade" is Peru's, like "said that Peru
    would"; "Ruiz regretted that Peru would halt ..." is a view, no pledge."""
    got = parse(THREATENED_THAT.format(verb="threatened", lemma="threaten"))
    assert [(c[0], c[3]) for c in got] == [(("Peru",), "agreed")]
    assert got[0][2].startswith("halt")
    assert parse(THREATENED_THAT.format(verb="regretted", lemma="regret")) == []


RESPOND_TO = """
    Peru 1 nsubj PROPN NNP Peru
    said 1 ROOT VERB VBD say
    it 4 nsubj PRON PRP it
    would 4 aux AUX MD would
    respond 1 ccomp VERB VB respond
    to 4 prep ADP IN to
    any 7 det DET DT any
    {obj} 5 pobj NOUN NN {obj}
    . 1 punct PUNCT . ."""


def test_a_response_to_hostile_acts_is_a_threat_not_speech():
    """"Peru said it would respond to any provocation" is Peru's threat; "... respond to
    any question" is a reply planned, no commitment."""
    assert parse(RESPOND_TO.format(obj="provocation")) == [
        (("Peru",), (), "respond to any provocation", "agreed")]
    assert parse(RESPOND_TO.format(obj="question")) == []


OWNED_BODY_WILL = """
    Peru 2 poss PROPN NNP Peru
    's 0 case PART POS 's
    {head} 4 nsubj NOUN {tag} {lemma}
    will 4 aux AUX MD will
    take 4 ROOT VERB VB take
    over 4 prt ADP RP over
    the 7 det DET DT the
    border 4 dobj NOUN NN border
    . 4 punct PUNCT . ."""


def test_a_state_body_named_by_its_owner_binds_the_owner():
    """"Peru's army will take over the border" binds Peru (as "Niger's junta will ..."
    did); "Peru's farmers will take over the border" names no organ of Peru."""
    assert parse(OWNED_BODY_WILL.format(head="army", tag="NN", lemma="army")) == [
        (("Peru",), (), "take over the border", "agreed")]
    assert parse(OWNED_BODY_WILL.format(head="farmers", tag="NNS", lemma="farmer")) == []


ACCORDING_TO = """
    According 7 prep VERB VBG accord
    to 0 prep ADP IN to
    the 3 det DET DT the
    {noun} 1 pobj NOUN NN {noun}
    , 7 punct PUNCT , ,
    Peru 7 nsubj PROPN NNP Peru
    would 7 aux AUX MD would
    withdraw 7 ROOT VERB VB withdraw
    its 9 poss PRON PRP$ its
    troops 7 dobj NOUN NNS troop
    . 7 punct PUNCT . ."""


def test_according_to_a_deal_a_side_would_is_a_term_of_it():
    """"According to the agreement, Peru would withdraw its troops" is a term, like
    "under the agreement"; "According to the report, Peru would ..." is hearsay."""
    assert parse(ACCORDING_TO.format(noun="agreement")) == [
        (("Peru",), (), "withdraw its troops", "agreed")]
    assert parse(ACCORDING_TO.format(noun="report")) == []


DURING_WHICH = """
    The 1 det DET DT the
    {noun} 2 nsubj NOUN NN {noun}
    includes 2 ROOT VERB VBZ include
    a 4 det DET DT a
    period 2 dobj NOUN NN period
    during 9 prep ADP IN during
    which 5 pobj PRON WDT which
    Peru 9 nsubj PROPN NNP Peru
    would 9 aux AUX MD would
    withdraw 4 relcl VERB VB withdraw
    its 11 poss PRON PRP$ its
    troops 9 dobj NOUN NNS troop
    . 2 punct PUNCT . ."""


def test_what_a_side_would_do_in_a_period_a_deal_includes_is_a_term():
    """"The deal includes a period during which Peru would withdraw its troops" binds
    Peru; "The film includes a period during which Peru would ..." states no terms."""
    assert parse(DURING_WHICH.format(noun="deal")) == [
        (("Peru",), (), "withdraw its troops", "agreed")]
    assert parse(DURING_WHICH.format(noun="film")) == []


WOULD_SEE = """
    Peru 1 nsubj PROPN NNP Peru
    signed 1 ROOT VERB VBD sign
    a 3 det DET DT a
    {noun} 1 dobj NOUN NN {noun}
    that 6 nsubj PRON WDT that
    would 6 aux AUX MD would
    see 3 relcl VERB VB see
    Chile 8 nsubj PROPN NNP Chile
    withdraw 6 ccomp VERB VB withdraw
    its 10 poss PRON PRP$ its
    troops 8 dobj NOUN NNS troop
    . 1 punct PUNCT . ."""


def test_a_deal_that_would_see_a_side_act_binds_that_side():
    """"Peru signed a deal that would see Chile withdraw its troops" binds Chile to
    withdraw; "a petition that would see Chile withdraw ..." is no deal's term."""
    got = parse(WOULD_SEE.format(noun="deal"))
    assert (("Chile",), (), "withdraw its troops", "agreed") in got
    got = parse(WOULD_SEE.format(noun="petition"))
    assert [c for c in got if c[0] == ("Chile",)] == []


UP_TO = """
    It 1 nsubj PRON PRP it
    is 1 ROOT AUX VBZ be
    up 1 prep ADP IN up
    to 2 prep ADP IN to
    Peru 3 pobj PROPN NNP Peru
    to 6 aux PART TO to
    {verb} 1 xcomp VERB VB {verb}
    the 8 det DET DT the
    border 6 dobj NOUN NN border
    . 1 punct PUNCT . ."""


def test_it_is_up_to_a_side_to_act_is_a_demand_on_it():
    """"It is up to Peru to open the border" puts the duty on Peru; "Prices are up to
    Peru ..." (no "it") asks nothing."""
    assert parse(UP_TO.format(verb="open")) == [
        (("Peru",), (), "open the border", "demanded")]
    assert parse(UP_TO.format(verb="open").replace(
        "It 1 nsubj PRON PRP it", "Prices 1 nsubj NOUN NNS price")) == []


AGREED_TO_THEN_LISTED = """
    Peru 1 nsubj PROPN NNP Peru
    agreed 1 ROOT VERB VBD agree
    to 1 prep ADP IN to
    a 4 det DET DT a
    ceasefire 2 pobj NOUN NN ceasefire
    {sep} 7 punct PUNCT , ,
    to 7 aux PART TO to
    withdraw 1 xcomp VERB VB withdraw
    troops 7 dobj NOUN NNS troop
    . 1 punct PUNCT . ."""


def test_infinitives_listed_after_what_is_agreed_to_are_duties_too():
    """"Peru agreed to a ceasefire, to withdraw troops" is two duties; without the comma
    ("a ceasefire soon to withdraw troops") the infinitive is the ceasefire's purpose."""
    got = parse(AGREED_TO_THEN_LISTED.format(sep=","))
    assert [c[2] for c in got] == ["a ceasefire", "withdraw troops"]
    got = parse(AGREED_TO_THEN_LISTED.format(sep="soon").replace(
        "soon 7 punct PUNCT , ,", "soon 7 advmod ADV RB soon"))
    assert "withdraw troops" not in [c[2] for c in got]


PAIR_WITH_NOUN_AFTER = """
    Peru 3 nsubj PROPN NNP Peru
    and 0 cc CCONJ CC and
    Chile 0 conj PROPN NNP Chile
    hosted 3 ROOT VERB VBD host
    the 5 det DET DT the
    Army 3 dobj PROPN NNP Army
    and 5 cc CCONJ CC and
    the 9 det DET DT the
    Front 9 {dep} PROPN NNP Front
    group 5 conj NOUN NN group
    . 3 punct PUNCT . .
    The 12 det DET DT the
    parties 13 nsubj NOUN NNS party
    agreed 13 ROOT VERB VBD agree
    to 15 aux PART TO to
    talk 13 xcomp VERB VB talk
    . 13 punct PUNCT . ."""


def test_a_pair_whose_second_name_modifies_a_noun_is_still_a_pair(monkeypatch):
    """"... hosted the Army and the Front group. The parties agreed to talk": the name
    before "group" is the second of the pair; a name the parser leaves outside the
    coordination (here a loose dependent) makes no pair."""
    monkeypatch.setitem(TYPES, "Army", "Organization")
    monkeypatch.setitem(TYPES, "Front", "Organization")
    got = parse(PAIR_WITH_NOUN_AFTER.format(dep="compound"))
    assert [c[0] for c in got] == [("Army", "Front")]
    got = parse(PAIR_WITH_NOUN_AFTER.format(dep="dep"))
    assert ("Army", "Front") not in [c[0] for c in got]


WARNING_THAT = """
    Peru 1 nsubj PROPN NNP Peru
    issued 1 ROOT VERB VBD issue
    a 3 det DET DT a
    {noun} 1 dobj NOUN NN {noun}
    that 7 mark SCONJ IN that
    it 7 nsubj PRON PRP it
    would 7 aux AUX MD would
    close 3 acl VERB VB close
    the 9 det DET DT the
    border 7 dobj NOUN NN border
    . 1 punct PUNCT . ."""


def test_a_warning_that_it_would_act_is_the_warners_reported_pledge():
    """"Peru issued a warning that it would close the border" is Peru's, like "said it
    would"; "Peru issued a report that it would ..." is no speech of a stand."""
    assert parse(WARNING_THAT.format(noun="warning")) == [
        (("Peru",), (), "close the border", "agreed")]
    assert parse(WARNING_THAT.format(noun="report")) == []


INCLUDING = """
    Ten 1 nummod NUM CD ten
    {head} 9 nsubj NOUN {tag} {lemma}
    including 1 prep VERB VBG include
    Peru 2 pobj PROPN NNP Peru
    , 3 punct PUNCT , ,
    Chile 3 conj PROPN NNP Chile
    and 5 cc CCONJ CC and
    Bolivia 5 conj PROPN NNP Bolivia
    have 9 aux AUX VBP have
    pledged 9 ROOT VERB VBN pledge
    troops 9 dobj NOUN NNS troop
    . 9 punct PUNCT . ."""


def test_countries_including_some_named_are_those_named():
    """"Ten countries including Peru, Chile and Bolivia have pledged troops" binds the
    three named; a singular head ("a coalition including ...") is a body of its own and
    is not replaced by its members."""
    got = parse(INCLUDING.format(head="countries", tag="NNS", lemma="country"))
    assert [set(c[0]) for c in got] == [{"Peru", "Chile", "Bolivia"}]
    got = parse(INCLUDING.format(head="coalition", tag="NN", lemma="coalition"))
    assert [set(c[0]) for c in got] != [{"Peru", "Chile", "Bolivia"}]


PROPOSED_TO_SIGN = """
    Peru 1 nsubj PROPN NNP Peru
    proposed 1 ROOT VERB VBD propose
    Chile 1 dobj PROPN NNP Chile
    to 4 aux PART TO to
    sign 1 xcomp VERB VB sign
    the 6 det DET DT the
    text 4 dobj NOUN NN text
    . 1 punct PUNCT . ."""


def test_what_one_is_proposed_to_sign_is_no_pledge_of_its_own():
    """"Peru proposed Chile to sign the text" is Peru's offer to Chile, not Chile's
    signing; "Peru proposed to sign the text" (no one offered it) stays Peru's offer."""
    got = parse(PROPOSED_TO_SIGN)
    assert [(c[0], c[1], c[3]) for c in got] == [(("Peru",), ("Chile",), "proposed")]
    got = parse(PROPOSED_TO_SIGN.replace("    Chile 1 dobj PROPN NNP Chile\n", "").replace(
        "to 4 aux", "to 3 aux").replace("sign 1 xcomp", "sign 1 xcomp").replace(
        "the 6 det", "the 5 det").replace("text 4 dobj", "text 3 dobj"))
    assert [(c[0], c[2], c[3]) for c in got] == [(("Peru",), "sign the text", "proposed")]
