"""kg_commitments rules from the seventh audit (wire news of peace deals: a deal that
itself binds a side, a promise contingent on the other side's act), on hand-built
parses: one that must fire and one that must not per rule."""

from __future__ import annotations

from test_commitments import parse

DEAL_OBLIGES = """
    The 1 det DET DT the
    {noun} 2 nsubj NOUN NN {noun}
    obliges 2 ROOT VERB VBZ oblige
    Peru 2 dobj PROPN NNP Peru
    and 3 cc CCONJ CC and
    Chile 3 conj PROPN NNP Chile
    to 7 aux PART TO to
    withdraw 2 advcl VERB VB withdraw
    their 9 poss PRON PRP$ their
    troops 7 dobj NOUN NNS troop
    , 2 punct PUNCT , ,
    open 2 conj VERB VB open
    the 13 det DET DT the
    border 11 dobj NOUN NN border
    . 2 punct PUNCT . ."""


def test_a_deal_that_obliges_sides_binds_them_to_each_duty():
    """"The deal obliges Peru and Chile to withdraw their troops, open the border":
    both are bound, by agreement, to each duty (the parser hangs the second on the
    main verb); "The law obliges Peru and Chile to ..." is no deal, so a demand as
    before, not an agreed term."""
    got = parse(DEAL_OBLIGES.format(noun="deal"))
    assert (("Peru", "Chile"), (), "withdraw their troops", "agreed") in got
    assert (("Peru", "Chile"), (), "open the border", "agreed") in got
    got = parse(DEAL_OBLIGES.format(noun="law"))
    assert [c for c in got if c[3] == "agreed"] == []


PROVIDES_FOR = """
    The 1 det DET DT the
    {noun} 2 nsubj NOUN NN {noun}
    provides 2 ROOT VERB VBZ provide
    for 6 mark SCONJ IN for
    Peru 6 nsubj PROPN NNP Peru
    to 6 aux PART TO to
    disarm 2 advcl VERB VB disarm
    within 6 prep ADP IN within
    weeks 7 pobj NOUN NNS week
    . 2 punct PUNCT . ."""


def test_a_deal_that_provides_for_a_side_to_act_binds_it():
    """"The accord provides for Peru to disarm within weeks" binds Peru; "The road
    provides for Peru to ..." states no terms."""
    assert parse(PROVIDES_FOR.format(noun="accord")) == [
        (("Peru",), (), "disarm within weeks", "agreed")]
    assert parse(PROVIDES_FOR.format(noun="road")) == []


CONTINGENT = """
    Peru 1 nsubj PROPN NNP Peru
    pledged 1 ROOT VERB VBD pledge
    to 3 aux PART TO to
    free 1 xcomp VERB VB free
    the 5 det DET DT the
    prisoners 3 dobj NOUN NNS prisoner
    {word} 5 amod ADJ JJ {word}
    upon 6 prep ADP IN upon
    Chile 7 pobj PROPN NNP Chile
    releasing 8 acl VERB VBG release
    its 11 poss PRON PRP$ its
    hostages 9 dobj NOUN NNS hostage
    . 1 punct PUNCT . ."""


def test_a_pledge_contingent_on_the_other_side_acting_is_conditional_and_a_demand():
    """"Peru pledged to free the prisoners contingent upon Chile releasing its hostages":
    Peru's pledge is conditional and asks Chile to release them; "the prisoners
    (who are) held upon Chile releasing ..." states no condition."""
    got = parse(CONTINGENT.format(word="contingent"))
    assert (("Peru",), (), "free the prisoners", "conditional") in got
    assert (("Chile",), ("Peru",), "release its hostages", "demanded") in got
    got = parse(CONTINGENT.format(word="held"))
    assert [c for c in got if c[3] in ("conditional", "demanded")] == []


SECOND_SIDE = """
    Peru 2 nsubj PROPN NNP Peru
    will 2 aux AUX MD will
    withdraw 2 ROOT VERB VB withdraw
    its 4 poss PRON PRP$ its
    troops 2 dobj NOUN NNS troop
    from 2 prep ADP IN from
    the 7 det DET DT the
    town 5 pobj NOUN NN town
    and 7 cc CCONJ CC and
    Chile 7 conj PROPN NNP Chile
    {aux} 11 aux AUX MD {aux}
    move 2 conj VERB VB move
    north 11 advmod ADV RB north
    . 2 punct PUNCT . ."""


def test_a_second_side_the_parser_joins_to_a_noun_has_its_own_clause():
    """"Peru will withdraw its troops from the town and Chile will move north": the
    parser makes Chile a conjunct of "town"; Chile's is a clause of its own. Without
    "will" before "move" ("... and Chile, move north"), Chile is no subject."""
    got = parse(SECOND_SIDE.format(aux="will"))
    assert (("Peru",), (), "withdraw its troops from the town", "agreed") in got
    assert (("Chile",), (), "move north", "agreed") in got
    rows = SECOND_SIDE.replace("{aux} 11 aux AUX MD {aux}", "then 11 advmod ADV RB then")
    got = parse(rows)
    assert [c for c in got if c[0] == ("Chile",)] == []


DEMAND_FOR = """
    Peru 1 poss PROPN NNP Peru
    demand 6 nsubjpass NOUN NN demand
    for 1 prep ADP IN for
    Chile 5 poss PROPN NNP Chile
    's 3 case PART POS 's
    {noun} 2 pobj NOUN NN {noun}
    was 7 auxpass AUX VBD be
    rejected 7 ROOT VERB VBN reject
    . 7 punct PUNCT . ."""


def test_a_demand_for_the_other_sides_act_is_a_demand_on_it():
    """"Peru's demand for Chile's withdrawal" asks Chile to withdraw (Peru asks); "Peru's
    demand for Chile's map" names no act of Chile's asked here: not a demand on it."""
    got = parse(DEMAND_FOR.format(noun="withdrawal"))
    assert [(a, c, s) for a, c, _, s in got] == [(("Chile",), ("Peru",), "demanded")]
    assert got[0][2].endswith("withdrawal")
    got = parse(DEMAND_FOR.format(noun="map"))
    assert [c for c in got if c[0] == ("Chile",)] == []


DEAL_FOR = """
    Bolivia 1 nsubj PROPN NNP Bolivia
    confirmed 1 ROOT VERB VBD confirm
    a 3 det DET DT a
    {noun} 1 dobj NOUN NN {noun}
    between 3 prep ADP IN between
    Peru 4 pobj PROPN NNP Peru
    and 5 cc CCONJ CC and
    Chile 5 conj PROPN NNP Chile
    for 3 prep ADP IN for
    Chile 8 pobj PROPN NNP Chile
    to 11 aux PART TO to
    disarm 1 advcl VERB VB disarm
    soon 11 advmod ADV RB soon
    . 1 punct PUNCT . ."""


def test_a_deal_for_one_side_to_act_binds_that_side():
    """"Bolivia confirmed a deal between Peru and Chile for Chile to disarm soon" binds
    Chile, not both parties (the parser strands "to disarm"); "a report ... for Chile
    to disarm" is no deal."""
    got = parse(DEAL_FOR.format(noun="deal"))
    assert (("Chile",), (), "disarm soon", "agreed") in got
    assert [c for c in got if "Peru" in c[0]] == []
    got = parse(DEAL_FOR.format(noun="report"))
    assert [c for c in got if c[2] == "disarm soon"] == []


AS_OUTLINED = """
    Chile 2 nsubjpass PROPN NNP Chile
    is 2 auxpass AUX VBZ be
    set 2 ROOT VERB VBN set
    to 4 aux PART TO to
    withdraw 2 xcomp VERB VB withdraw
    its 6 poss PRON PRP$ its
    troops 4 dobj NOUN NNS troop
    , 2 punct PUNCT , ,
    as 9 mark SCONJ IN as
    {verb} 2 advcl VERB VBN {lemma}
    in 9 prep ADP IN in
    the 12 det DET DT the
    agreement 10 pobj NOUN NN agreement
    . 2 punct PUNCT . ."""


def test_set_to_act_as_outlined_in_a_deal_is_a_term_of_it():
    """"Chile is set to withdraw its troops, as outlined in the agreement" is a term
    like "under the agreement"; "as reported in the agreement" states none."""
    assert parse(AS_OUTLINED.format(verb="outlined", lemma="outline")) == [
        (("Chile",), (), "withdraw its troops", "agreed")]
    assert parse(AS_OUTLINED.format(verb="reported", lemma="report")) == []


TASKED_WITH = """
    Peru 2 nsubjpass PROPN NNP Peru
    was 2 auxpass AUX VBD be
    {verb} 2 ROOT VERB VBN {lemma}
    with 2 prep ADP IN with
    clearing 3 pcomp VERB VBG clear
    the 6 det DET DT the
    mines 4 dobj NOUN NNS mine
    . 2 punct PUNCT . ."""


def test_tasked_with_a_duty_binds_the_one_tasked():
    """"Peru was tasked with clearing the mines" binds Peru (an order); "Peru was
    credited with clearing the mines" is praise, no duty."""
    assert parse(TASKED_WITH.format(verb="tasked", lemma="task")) == [
        (("Peru",), (), "clearing the mines", "agreed")]
    assert parse(TASKED_WITH.format(verb="credited", lemma="credit")) == []


SECOND_BINDING = """
    The 1 det DET DT the
    deal 2 nsubj NOUN NN deal
    requires 2 ROOT VERB VBZ require
    Peru 2 dobj PROPN NNP Peru
    to 5 aux PART TO to
    withdraw 2 xcomp VERB VB withdraw
    troops 5 dobj NOUN NNS troop
    and 5 cc CCONJ CC and
    {verb} 5 conj VERB VBZ {lemma}
    Chile 8 dobj PROPN NNP Chile
    to 11 aux PART TO to
    end 8 advcl VERB VB end
    raids 11 dobj NOUN NNS raid
    . 2 punct PUNCT . ."""


def test_a_second_binding_verb_of_a_deal_binds_its_own_object():
    """"The deal requires Peru to withdraw troops and commits Chile to end raids": two
    duties, Peru's and Chile's; with "urges" instead of "commits" (no binding verb)
    Peru's action is read as before and Chile gets no agreed duty."""
    got = parse(SECOND_BINDING.format(verb="commits", lemma="commit"))
    assert (("Peru",), (), "withdraw troops", "agreed") in got
    assert (("Chile",), (), "end raids", "agreed") in got
    assert len(got) == 2
    got = parse(SECOND_BINDING.format(verb="urges", lemma="urge"))
    assert (("Chile",), (), "end raids", "agreed") not in got


ULTIMATUM = """
    Peru 1 nsubj PROPN NNP Peru
    gave 1 ROOT VERB VBD give
    Chile 1 dative PROPN NNP Chile
    an 4 det DET DT an
    {noun} 1 dobj NOUN NN {noun}
    to 6 aux PART TO to
    leave 4 acl VERB VB leave
    the 8 det DET DT the
    city 6 dobj NOUN NN city
    . 1 punct PUNCT . ."""


def test_an_ultimatum_given_to_a_side_is_a_demand_on_it():
    """"Peru gave Chile an ultimatum to leave the city" asks Chile; "Peru gave Chile a
    chance to leave the city" asks nothing."""
    assert parse(ULTIMATUM.format(noun="ultimatum")) == [
        (("Chile",), ("Peru",), "leave the city", "demanded")]
    assert [c for c in parse(ULTIMATUM.format(noun="chance")) if c[3] == "demanded"] == []


DEMAND_THAT = """
    Peru 1 nsubj PROPN NNP Peru
    made 1 ROOT VERB VBD make
    a 3 det DET DT a
    demand 1 dobj NOUN NN demand
    that 6 mark SCONJ IN that
    {subj} 6 nsubj {pos} {tag} {subj}
    provide 3 relcl VERB VB provide
    guarantees 6 dobj NOUN NNS guarantee
    . 1 punct PUNCT . ."""


def test_a_demand_that_another_side_act_binds_that_side_not_the_demander():
    """"Peru made a demand that Chile provide guarantees" asks Chile; with an unknown
    subject ("... that rivals provide ...") nobody is bound, least of all Peru."""
    assert parse(DEMAND_THAT.format(subj="Chile", pos="PROPN", tag="NNP")) == [
        (("Chile",), ("Peru",), "provide guarantees", "demanded")]
    assert parse(DEMAND_THAT.format(subj="rivals", pos="NOUN", tag="NNS")) == []


ACT_AS_CONDITION = """
    Chile 2 poss PROPN NNP Chile
    's 0 case PART POS 's
    {noun} 3 nsubj NOUN NN {noun}
    is 3 ROOT AUX VBZ be
    a 5 det DET DT a
    precondition 3 attr NOUN NN precondition
    for 5 prep ADP IN for
    talks 6 pobj NOUN NNS talk
    , 10 punct PUNCT , ,
    Peru 10 nsubj PROPN NNP Peru
    said 3 parataxis VERB VBD say
    . 3 punct PUNCT . ."""


def test_another_sides_act_named_as_a_precondition_is_a_demand_on_it():
    """"Chile's withdrawal is a precondition for talks, Peru said" asks Chile, by Peru;
    "Chile's weather is a precondition ..." names no act of anyone's."""
    got = parse(ACT_AS_CONDITION.format(noun="withdrawal"))
    assert [(a, c, s) for a, c, _, s in got] == [(("Chile",), ("Peru",), "demanded")]
    assert parse(ACT_AS_CONDITION.format(noun="weather")) == []
