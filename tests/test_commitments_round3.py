"""kg_commitments rules from the third bench audit (White House texts), on hand-built
parses: one that must fire and one that must not per rule."""

from __future__ import annotations

import pytest
from test_commitments import parse


def test_a_subject_hung_on_will_is_the_subject():
    """"Peru will re-sequence ..." parsed with "Peru" under "will", not the verb."""
    rows = """
        {subj} 1 nsubj {pos} {tag} {subj}
        will 2 aux AUX MD will
        open 2 ROOT VERB VB open
        ports 2 dobj NOUN NNS port
        . 2 punct PUNCT . ."""
    assert parse(rows.format(subj="Peru", pos="PROPN", tag="NNP")) == [
        (("Peru",), (), "open ports", "agreed")]
    assert parse(rows.format(subj="Ports", pos="NOUN", tag="NNS")) == []


FRONTED = """
    Under 8 prep ADP IN under
    the 2 det DET DT the
    plan 0 pobj NOUN NN plan
    {sep} 2 {sep_dep} {sep_pos} {sep_tag} {sep}
    Peru 2 {peru_dep} PROPN NNP Peru
    and 4 cc CCONJ CC and
    {last} 4 conj {last_pos} {last_tag} {last}
    will 8 aux AUX MD will
    open 8 ROOT VERB VB open
    ports 8 dobj NOUN NNS port
    . 8 punct PUNCT . ."""


def test_names_a_parse_hung_on_a_fronted_phrase_are_the_subject():
    """"Under the plan, Peru and Chile will open ports" with the list read inside the
    fronted phrase binds Peru and Chile; "Under the plan for Peru and new ports will
    open": the list before "will" ends in no name, so no one is bound."""
    assert parse(FRONTED.format(sep=",", sep_dep="punct", sep_pos="PUNCT", sep_tag=",",
                                peru_dep="conj", last="Chile", last_pos="PROPN",
                                last_tag="NNP")) == [
        (("Peru", "Chile"), (), "open ports", "agreed")]
    assert parse(FRONTED.format(sep="for", sep_dep="prep", sep_pos="ADP", sep_tag="IN",
                                peru_dep="pobj", last="docks", last_pos="NOUN",
                                last_tag="NNS")) == []


WE_AS = """
    As 8 prep ADP IN as
    partners 0 pobj NOUN NNS partner
    of 1 prep ADP IN of
    Peru 2 pobj PROPN NNP Peru
    {and} 3 {and_dep} {and_pos} {and_tag} {and}
    {second} 3 {second_dep} {second_pos} {second_tag} {second}
    we 8 nsubj PRON PRP we
    will 8 aux AUX MD will
    open 8 ROOT VERB VB open
    ports 8 dobj NOUN NNS port
    . 8 punct PUNCT . .
    Our 12 poss PRON PRP$ our
    governments 14 nsubj NOUN NNS government
    will 14 aux AUX MD will
    cut 14 ROOT VERB VB cut
    tariffs 14 dobj NOUN NNS tariff
    . 14 punct PUNCT . ."""


def test_we_named_in_a_fronted_as_phrase_is_them():
    """"As partners of Peru and Chile, we will open ports. Our governments will cut
    tariffs": both bind Peru and Chile; "As partners of Peru, we" names one actor, which
    is no list of parties, so "we" stays unresolved."""
    both = WE_AS.format(**{"and": "and", "and_dep": "cc", "and_pos": "CCONJ",
                           "and_tag": "CC", "second": "Chile", "second_dep": "conj",
                           "second_pos": "PROPN", "second_tag": "NNP"})
    assert parse(both) == [(("Peru", "Chile"), (), "open ports", "agreed"),
                           (("Peru", "Chile"), (), "cut tariffs", "agreed")]
    one = WE_AS.format(**{"and": "and", "and_dep": "cc", "and_pos": "CCONJ",
                          "and_tag": "CC", "second": "others", "second_dep": "conj",
                          "second_pos": "NOUN", "second_tag": "NNS"})
    assert [c for c in parse(one) if c[2] == "open ports"] == []


TITLED = """
    We 2 nsubj PRON PRP we
    will 2 aux AUX MD will
    open 2 ROOT VERB VB open
    ports 2 dobj NOUN NNS port
    in 3 prep ADP IN in
    Peru 4 pobj PROPN NNP Peru
    and 5 cc CCONJ CC and
    Chile 5 conj PROPN NNP Chile
    . 2 punct PUNCT . ."""


def test_we_of_a_joint_text_is_the_parties_its_title_names():
    """"Joint Statement of Peru and Chile on Trade" (or "Joint Peru-Chile Statement"):
    its "we" is Peru and Chile; a joint title whose topic alone names them ("Joint
    Statement on Trade with Peru and Chile"), or a title of no joint text, names no
    party."""
    bound = [(("Peru", "Chile"), (), "open ports in Peru and Chile", "agreed")]
    assert parse(TITLED, title="Joint Statement of Peru and Chile on Trade") == bound
    assert parse(TITLED, title="Joint Peru-Chile Statement on Trade") == bound
    assert parse(TITLED, title="Joint Statement on Trade with Peru and Chile") == []
    assert parse(TITLED, title="Statement of Peru and Chile on Trade") == []


HAVE_TO = """
    Peru 2 nsubj PROPN NNP Peru
    {aux} 2 {aux_dep} {aux_pos} {aux_tag} {aux}
    {have} 2 ROOT VERB VBP have
    to 4 aux PART TO to
    leave 2 xcomp VERB VB leave
    the 6 det DET DT the
    talks 4 dobj NOUN NNS talk
    . 2 punct PUNCT . ."""


def test_not_having_to_is_no_duty():
    """"Peru does not have to leave the talks" says there is no duty; "Peru really has
    to leave the talks" asks it of Peru."""
    assert parse(HAVE_TO.format(aux="not", aux_dep="neg", aux_pos="PART", aux_tag="RB",
                                have="have")) == []
    assert parse(HAVE_TO.format(aux="really", aux_dep="advmod", aux_pos="ADV",
                                aux_tag="RB", have="has")) == [
        (("Peru",), (), "leave the talks", "demanded")]


WAVER = """
    Peru 3 nsubj PROPN NNP Peru
    will 3 aux AUX MD will
    not 3 neg PART RB not
    {verb} 3 ROOT VERB VB {verb}
    {prep} 3 prep ADP IN {prep}
    its 6 poss PRON PRP$ its
    support 4 pobj NOUN NN support
    . 3 punct PUNCT . ."""


def test_not_wavering_is_resolve_not_refusal():
    """"Peru will not waver in its support" pledges it; "Peru will not part with its
    support" (any other negated verb) refuses."""
    assert [c[3] for c in parse(WAVER.format(verb="waver", prep="in"))] == ["agreed"]
    assert [c[3] for c in parse(WAVER.format(verb="part", prep="with"))] == ["refused"]


ADDRESS = """
    Peru 2 nsubj PROPN NNP Peru
    will 2 aux AUX MD will
    address 2 ROOT VERB VB address
    a 5 det DET DT a
    joint 5 amod ADJ JJ joint
    {obj} 2 dobj NOUN NN {obj}
    . 2 punct PUNCT . ."""


def test_addressing_a_session_is_planned_addressing_a_problem_is_pledged():
    """"will address a joint session" plans a speech (an event); "will address a joint
    problem" pledges to deal with it."""
    assert parse(ADDRESS.format(obj="session")) == []
    assert parse(ADDRESS.format(obj="problem")) == [
        (("Peru",), (), "address a joint problem", "agreed")]



def test_planning_to_do_is_an_intention_a_thing_planned_is_not():
    """"Peru plans to open a consulate" states what Peru will do (as "intends to");
    "Peru planned the opening of a consulate" (an object, no infinitive) pledges nothing."""
    assert parse("""
        Peru 1 nsubj PROPN NNP Peru
        plans 1 ROOT VERB VBZ plan
        to 3 aux PART TO to
        open 1 xcomp VERB VB open
        a 5 det DET DT a
        consulate 3 dobj NOUN NN consulate
        . 1 punct PUNCT . .""") == [(("Peru",), (), "open a consulate", "agreed")]
    assert parse("""
        Peru 1 nsubj PROPN NNP Peru
        planned 1 ROOT VERB VBD plan
        the 3 det DET DT the
        opening 1 dobj NOUN NN opening
        of 3 prep ADP IN of
        a 6 det DET DT a
        consulate 4 pobj NOUN NN consulate
        . 1 punct PUNCT . .""") == []


ORDERED = """
    Peru 1 nsubj PROPN NNP Peru
    declared 1 ROOT VERB VBD declare
    that 5 mark SCONJ IN that
    {det}
    {subj} 5 nsubj {subj_pos} {subj_tag} {subj}
    exists 1 ccomp VERB VBZ exist
    and 5 cc CCONJ CC and
    {order} 5 conj VERB {order_tag} order
    Federal 9 amod ADJ JJ federal
    aid 7 dobj NOUN NN aid
    to 11 aux PART TO to
    supplement 7 xcomp VERB VB supplement
    efforts 11 dobj NOUN NNS effort
    . 1 punct PUNCT . ."""


def test_an_order_hung_on_a_clause_is_the_main_verbs_and_aid_ordered_binds_no_one():
    """"Peru declared that a disaster exists and ordered Federal aid to supplement
    efforts": the parser hangs "ordered" on "exists", but its tense is "declared"'s, so
    Peru orders; the aid (a noun that only has a name as modifier) is bound to nothing.
    "... that now Chile exists and orders aid": same tense as the clause, so Chile orders."""
    people = {"Federal": "Peru"}
    assert parse(ORDERED.format(det="a 4 det DET DT a", subj="disaster", subj_pos="NOUN",
                                subj_tag="NN",
                                order="ordered", order_tag="VBD"), people=people) == [
        (("Peru",), (), "ordered Federal aid to supplement efforts", "agreed")]
    assert [c[0] for c in parse(ORDERED.format(
        det="now 5 advmod ADV RB now", subj="Chile", subj_pos="PROPN", subj_tag="NNP",
        order="orders", order_tag="VBZ"),
        people=people)] == [("Chile",)]


CALL_ON = """
    Ministers 1 nsubj PROPN NNPS Ministers
    called 1 ROOT VERB VBD call
    on 1 prep ADP IN on
    {asked} 2 pobj PROPN NNP {asked}
    to 5 aux PART TO to
    open 1 xcomp VERB VB open
    ports 5 dobj NOUN NNS port
    . 1 punct PUNCT . ."""


def test_a_demand_is_not_made_of_those_the_askers_stand_for():
    """"The Ministers (of Peru and Chile) called on Peru to open ports" asks nothing of
    another side (the parse put their own country where the asked should be); "called
    on Bolivia to open ports" asks it of Bolivia."""
    members = {"Ministers": ("Peru", "Chile")}
    assert parse(CALL_ON.format(asked="Peru"), members=members) == []
    assert parse(CALL_ON.format(asked="Bolivia"), members=members) == [
        (("Bolivia",), ("Ministers",), "open ports", "demanded")]


def test_he_or_she_in_a_relative_clause_is_the_person_just_named():
    """"It followed Maria's victory, in which she promised to open ports": Maria, not
    the subject of the sentence before (Juan); outside a relative clause ("After Maria's
    victory she promised ...") the pronoun keeps the table's reading."""
    people = {"Maria": "Peru", "Juan": "Chile"}
    first = """
        Juan 1 nsubj PROPN NNP Juan
        spoke 1 ROOT VERB VBD speak
        . 1 punct PUNCT . ."""
    relative = first + """
        It 4 nsubj PRON PRP it
        followed 4 ROOT VERB VBD follow
        Maria 7 poss PROPN NNP Maria
        's 5 case PART POS 's
        victory 4 dobj NOUN NN victory
        in 11 prep ADP IN in
        which 8 pobj PRON WDT which
        she 11 nsubj PRON PRP she
        promised 7 relcl VERB VBD promise
        to 13 aux PART TO to
        open 11 xcomp VERB VB open
        ports 13 dobj NOUN NNS port
        . 4 punct PUNCT . ."""
    assert parse(relative, people=people) == [(("Maria",), (), "open ports", "agreed")]
    fronted = first + """
        After 8 prep ADP IN after
        Maria 6 poss PROPN NNP Maria
        's 4 case PART POS 's
        victory 3 pobj NOUN NN victory
        she 8 nsubj PRON PRP she
        promised 8 ROOT VERB VBD promise
        to 10 aux PART TO to
        open 8 xcomp VERB VB open
        ports 10 dobj NOUN NNS port
        . 8 punct PUNCT . ."""
    assert [c[0] for c in parse(fronted, people=people)] == [("Juan",)]


TOLD = """
    Peru 1 nsubj PROPN NNP Peru
    told 1 ROOT VERB VBD tell
    Chile 1 dobj PROPN NNP Chile
    {to} {to_head} {to_dep} {to_pos} {to_tag} {to}
    {verb} 1 {verb_dep} VERB {verb_tag} leave
    . 1 punct PUNCT . ."""


def test_telling_someone_to_do_is_a_demand_telling_them_that_is_speech():
    """"Peru told Chile to leave" asks it of Chile; "Peru told Chile that it leaves"
    (a clause, no infinitive) reports what Peru said."""
    assert parse(TOLD.format(to="to", to_head=4, to_dep="aux", to_pos="PART", to_tag="TO",
                             verb="leave", verb_dep="xcomp", verb_tag="VB")) == [
        (("Chile",), ("Peru",), "leave", "demanded")]
    assert parse(TOLD.format(to="that", to_head=4, to_dep="mark", to_pos="SCONJ",
                             to_tag="IN", verb="leaves", verb_dep="ccomp",
                             verb_tag="VBZ")) == []


RULED_OUT = """
    Chile 1 nsubj PROPN NNP Chile
    ruled 1 ROOT VERB VBD rule
    {out} 1 {out_dep} {out_pos} {out_tag} {out}
    sending 1 advcl VERB VBG send
    troops 3 dobj NOUN NNS troop
    . 1 punct PUNCT . ."""


def test_a_gerund_right_after_a_refusal_is_what_is_refused():
    """"Chile ruled out sending troops" refuses it; "Chile ruled firmly, sending troops"
    (no particle: "rule" is no refusal) refuses nothing."""
    assert parse(RULED_OUT.format(out="out", out_dep="prt", out_pos="ADP",
                                  out_tag="RP")) == [
        (("Chile",), (), "sending troops", "refused")]
    assert parse(RULED_OUT.format(out="firmly", out_dep="advmod", out_pos="ADV",
                                  out_tag="RB")) == []


HIS_COUNTRY = """
    Vidal 1 nsubj PROPN NNP Vidal
    said 1 ROOT VERB VBD say
    {poss} 3 poss PRON PRP$ {poss}
    country 4 nsubj NOUN NN country
    was 1 ccomp AUX VBD be
    ready 4 acomp ADJ JJ ready
    to 7 aux PART TO to
    talk 5 xcomp VERB VB talk
    with 7 prep ADP IN with
    Peru 8 pobj PROPN NNP Peru
    . 1 punct PUNCT . ."""


def test_his_country_is_the_country_of_the_one_he_names():
    """"Vidal (of Chile) said his country was ready to talk with Peru": Chile offers;
    "their country" is no one person's, so it is left to the table."""
    got = parse(HIS_COUNTRY.format(poss="his"), people={"Vidal": "Chile"})
    assert [(c[0], c[3]) for c in got] == [(("Chile",), "proposed")]
    got = parse(HIS_COUNTRY.format(poss="their"), people={"Vidal": "Chile"})
    assert not any(c[0] == ("Chile",) for c in got)


NO_PLANS = """
    Chile 1 nsubj PROPN NNP Chile
    has 1 ROOT VERB VBZ have
    {det} 3 det DET DT {det}
    plans 1 dobj NOUN NNS plan
    to 5 aux PART TO to
    withdraw 3 acl VERB VB withdraw
    troops 5 dobj NOUN NNS troop
    . 1 punct PUNCT . ."""


def test_no_plans_to_is_a_refusal_plans_alone_are_no_pledge():
    """"Chile has no plans to withdraw troops" refuses it; "Chile has the plans to
    withdraw troops" pledges nothing (a plan is no pledge); "no intention to" refuses
    where "the intention to" offers."""
    assert parse(NO_PLANS.format(det="no")) == [
        (("Chile",), (), "withdraw troops", "refused")]
    assert parse(NO_PLANS.format(det="the")) == []
    intention = NO_PLANS.replace("plans 1 dobj NOUN NNS plan",
                                 "intention 1 dobj NOUN NN intention")
    assert [c[3] for c in parse(intention.format(det="no"))] == ["refused"]
    assert [c[3] for c in parse(intention.format(det="the"))] == ["proposed"]


@pytest.mark.model
def test_a_pledge_that_runs_into_a_colon_lists_its_items(extract):
    """"The two sides agreed to:" and bullets: one pledge per bullet; a colon after a
    pledge with its own object ("agreed to talks: a first step") lists nothing."""
    f = extract("Peru and Chile met in Lima.\n\nThe two sides agreed to:\n\n"
                "- establish a joint hotline between their defense ministries;\n"
                "- exchange all prisoners by the end of March.\n\n"
                "Bolivia and Chile agreed to new talks: a first step.")
    actions = [c.action for c in f.commitments]
    assert "establish a joint hotline between their defense ministries" in actions
    assert "exchange all prisoners by the end of March" in actions
    assert not any(a.startswith("a first step") for a in actions)


NOT_TO = """
    Chile 2 nsubj PROPN NNP Chile
    {aux} 2 aux AUX MD {aux}
    {verb} 2 ROOT VERB VB {verb}
    not 5 neg PART RB not
    to 5 aux PART TO to
    interfere 2 xcomp VERB VB interfere
    . 2 punct PUNCT . ."""


def test_a_not_inside_what_is_pledged_or_asked_stays_in_the_action():
    """"Chile will pledge not to interfere" pledges "not interfere"; "Chile must not
    attack" asks "not attack"; "Peru will not negotiate" keeps its "not" in the status
    (refused), not the action."""
    assert parse(NOT_TO.format(aux="will", verb="pledge")) == [
        (("Chile",), (), "not interfere", "agreed")]
    assert parse("""
        Chile 3 nsubj PROPN NNP Chile
        must 3 aux AUX MD must
        not 3 neg PART RB not
        attack 3 ROOT VERB VB attack
        Peru 3 dobj PROPN NNP Peru
        . 3 punct PUNCT . .""") == [(("Chile",), (), "not attack Peru", "demanded")]
    assert parse("""
        Peru 3 nsubj PROPN NNP Peru
        will 3 aux AUX MD will
        not 3 neg PART RB not
        negotiate 3 ROOT VERB VB negotiate
        with 3 prep ADP IN with
        Chile 4 pobj PROPN NNP Chile
        . 3 punct PUNCT . .""") == [(("Peru",), ("Chile",), "negotiate with Chile", "refused")]


ASKED_FOR = """
    Chile 1 nsubj PROPN NNP Chile
    asked 1 ROOT VERB VBD ask
    {obj} 1 {obj_dep} {obj_pos} {obj_tag} {obj}
    for 1 prep ADP IN for
    help 3 pobj NOUN NN help
    . 1 punct PUNCT . ."""


def test_asking_someone_for_something_asks_it_of_them():
    """"Chile asked Peru for help" asks help of Peru; "Chile asked again for help" names
    no one asked."""
    assert parse(ASKED_FOR.format(obj="Peru", obj_dep="dobj", obj_pos="PROPN",
                                  obj_tag="NNP")) == [
        (("Peru",), ("Chile",), "asked for help", "demanded")]
    assert parse(ASKED_FOR.format(obj="again", obj_dep="advmod", obj_pos="ADV",
                                  obj_tag="RB")) == []


REJECTED_CALLS = """
    Chile 1 nsubj PROPN NNP Chile
    rejected 1 ROOT VERB VBD reject
    calls 1 dobj NOUN NNS call
    {mark} 4 {mark_dep} {mark_pos} {mark_tag} {mark}
    resign 2 relcl VERB VB resign
    . 1 punct PUNCT . ."""


def test_rejecting_calls_to_do_keeps_what_was_called_for():
    """"Chile rejected calls to resign" refuses to resign; a clause that only describes
    the calls ("calls that resign", no infinitive) stays out of the action."""
    assert parse(REJECTED_CALLS.format(mark="to", mark_dep="aux", mark_pos="PART",
                                       mark_tag="TO")) == [
        (("Chile",), (), "rejected calls to resign", "refused")]
    assert parse(REJECTED_CALLS.format(mark="that", mark_dep="nsubj", mark_pos="PRON",
                                       mark_tag="WDT")) == [
        (("Chile",), (), "rejected calls", "refused")]


ASSURANCES = """
    Chile 1 nsubj PROPN NNP Chile
    {verb} 1 ROOT VERB VBD {lemma}
    assurances 1 dobj NOUN NNS assurance
    that 7 mark SCONJ IN that
    it 7 nsubj PRON PRP it
    would 7 aux AUX MD would
    not 7 neg PART RB not
    deploy 2 acl VERB VB deploy
    missiles 7 dobj NOUN NNS missile
    . 1 punct PUNCT . ."""


def test_assurances_given_are_a_pledge_assurances_sought_are_not():
    """"Chile gave assurances that it would not deploy missiles" pledges it; "Chile
    sought assurances that ..." asks for someone else's."""
    assert parse(ASSURANCES.format(verb="gave", lemma="give")) == [
        (("Chile",), (), "not deploy missiles", "agreed")]
    assert parse(ASSURANCES.format(verb="sought", lemma="seek")) == []


PROVIDING = """
    Peru 2 nsubj PROPN NNP Peru
    will 2 aux AUX MD will
    open 2 ROOT VERB VB open
    ports 2 dobj NOUN NNS port
    , 2 punct PUNCT , ,
    providing 2 advcl VERB VBG provide
    {what} 5 {what_dep} {what_pos} {what_tag} {what}
    {rest} 5 {rest_dep} {rest_pos} {rest_tag} {rest}
    . 2 punct PUNCT . ."""


def test_providing_something_is_no_condition_provided_that_is():
    """"Peru will open ports, providing Chile aid" is no condition (it gives);
    "Peru will open ports, providing that Chile ..." is one."""
    gives = PROVIDING.format(what="Chile", what_dep="dobj", what_pos="PROPN", what_tag="NNP",
                             rest="aid", rest_dep="dobj", rest_pos="NOUN", rest_tag="NN")
    assert [c[3] for c in parse(gives)] == ["agreed"]
    condition = PROVIDING.format(what="that", what_dep="mark", what_pos="SCONJ", what_tag="IN",
                                 rest="Chile", rest_dep="nsubj", rest_pos="PROPN", rest_tag="NNP")
    assert [c[3] for c in parse(condition)][:1] == ["conditional"]


AGENDA = """
    {subj} 4 nsubj PROPN NNP {subj}
    and 0 cc CCONJ CC and
    {other} 0 conj PROPN NNP {other}
    will 4 aux AUX MD will
    review 4 ROOT VERB VB review
    trade 4 dobj NOUN NN trade
    . 4 punct PUNCT . ."""


def test_what_two_leaders_will_review_is_an_agenda_what_countries_will_review_is_not():
    """"Ruiz and Soto will review trade" says what their meeting is about; "Peru and
    Chile will review trade" is the parties' undertaking."""
    people = {"Ruiz": "Peru", "Soto": "Chile"}
    assert parse(AGENDA.format(subj="Ruiz", other="Soto"), people=people) == []
    assert parse(AGENDA.format(subj="Peru", other="Chile"), people=people) == [
        (("Peru", "Chile"), (), "review trade", "agreed")]


LAUNCH = """
    Peru 1 nsubj PROPN NNP Peru
    launched 1 ROOT VERB VBD launch
    a 5 det DET DT a
    {money} 5 {money_dep} {money_pos} {money_tag} {money}
    {amount} 5 {amount_dep} {amount_pos} {amount_tag} {amount}
    program 1 dobj NOUN NN program
    . 1 punct PUNCT . ."""


def test_launching_a_funded_program_pledges_the_money_launching_a_thing_does_not():
    """"Peru launched a $30 million program" pledges the money; "Peru launched a new
    anti-graft program" (no money) is an event, no pledge."""
    assert parse(LAUNCH.format(money="$", money_dep="nmod", money_pos="SYM", money_tag="$",
                               amount="30", amount_dep="nummod", amount_pos="NUM",
                               amount_tag="CD")) == [
        (("Peru",), (), "launched a $ 30 program", "agreed")]
    assert parse(LAUNCH.format(money="new", money_dep="amod", money_pos="ADJ", money_tag="JJ",
                               amount="graft", amount_dep="compound", amount_pos="NOUN",
                               amount_tag="NN")) == []


WE_LIST = """
    We 11 nsubj PRON PRP we
    , 0 punct PUNCT , ,
    Peru 0 appos PROPN NNP Peru
    , 2 punct PUNCT , ,
    {second} 2 conj {pos} {tag} {second}
    , 4 punct PUNCT , ,
    and 4 cc CCONJ CC and
    Bolivia 4 conj PROPN NNP Bolivia
    , 11 punct PUNCT , ,
    together 11 advmod ADV RB together
    will 11 aux AUX MD will
    open 11 ROOT VERB VB open
    ports 11 dobj NOUN NNS port
    . 11 punct PUNCT . ."""


def test_we_followed_by_a_list_of_parties_is_them():
    """"We, Peru, Chile, and Bolivia, together will open ports": those three; a list
    that holds a word that is no name ("We, Peru, farmers, and Bolivia") is no list of
    parties, so "we" stays unresolved."""
    assert parse(WE_LIST.format(second="Chile", pos="PROPN", tag="NNP")) == [
        (("Peru", "Chile", "Bolivia"), (), "open ports", "agreed")]
    assert parse(WE_LIST.format(second="farmers", pos="NOUN", tag="NNS")) == []
