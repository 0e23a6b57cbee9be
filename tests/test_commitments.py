"""kg_commitments rules on hand-built parses (no model), one that must fire and
one that must not per rule, then a few model tests of whole sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import kg.nlp  # noqa: F401  (registers the doc extensions)
from kg.extractors.commitments import CommitmentExtractor
from kg.extractors.common import facts
from kg.extractors.table import ActorTable

NLP = spacy.blank("en")
TYPES = {"Peru": "Country", "Chile": "Country", "Bolivia": "Country", "Ecuador": "Country"}


def parse(rows: str, *, statements=()):
    """A Doc from rows "word head dep pos tag lemma" (head: 0-based index), with
    the countries of TYPES as actors, run through kg_commitments."""
    table_rows = [r.split() for r in rows.strip().splitlines()]
    words = [r[0] for r in table_rows]
    doc = Doc(NLP.vocab, words=words, heads=[int(r[1]) for r in table_rows],
              deps=[r[2] for r in table_rows], pos=[r[3] for r in table_rows],
              tags=[r[4] for r in table_rows], lemmas=[r[5] for r in table_rows])
    table = ActorTable(doc)
    for tok in doc:
        two = doc[tok.i:tok.i + 2].text
        if two in TYPES:  # a two-word name ("Lima Accord")
            table.add_actor(two, TYPES[two])
            table.add_mention(doc[tok.i:tok.i + 2], two)
        elif tok.text in TYPES and table.by_token[tok.i] is None:
            table.add_actor(tok.text, TYPES[tok.text])
            table.add_mention(doc[tok.i:tok.i + 1], tok.text)
    doc._.kg_table = table
    doc._.kg_article = {"published": "2026-03-12"}
    facts(doc)["statements"].extend(statements)
    CommitmentExtractor()(doc)
    return [(c.actors, c.counterparts, c.action, c.status) for c in facts(doc)["commitments"]]


def test_each_coordinated_duty_is_a_commitment():
    got = parse("""
        Peru 2 nsubj PROPN NNP Peru
        will 2 aux AUX MD will
        open 2 ROOT VERB VB open
        ports 2 dobj NOUN NNS port
        and 2 cc CCONJ CC and
        cut 2 conj VERB VB cut
        tariffs 5 dobj NOUN NNS tariff
        . 2 punct PUNCT . .""")
    assert [(a, act) for a, _, act, _ in got] == [(("Peru",), "open ports"),
                                                  (("Peru",), "cut tariffs")]


def test_a_verb_without_an_object_shares_the_next_ones():
    got = parse("""
        Peru 2 nsubj PROPN NNP Peru
        will 2 aux AUX MD will
        negotiate 2 ROOT VERB VB negotiate
        and 2 cc CCONJ CC and
        sign 2 conj VERB VB sign
        the 6 det DET DT the
        treaty 4 dobj NOUN NN treaty
        . 2 punct PUNCT . .""")
    assert [act for _, _, act, _ in got] == ["negotiate and sign the treaty"]


def test_an_aside_after_a_comma_is_not_part_of_the_action():
    got = parse("""
        Peru 2 nsubj PROPN NNP Peru
        will 2 aux AUX MD will
        cut 2 ROOT VERB VB cut
        tariffs 2 dobj NOUN NNS tariff
        , 3 punct PUNCT , ,
        including 3 prep VERB VBG include
        duties 5 pobj NOUN NNS duty
        . 2 punct PUNCT . .""")
    assert [act for _, _, act, _ in got] == ["cut tariffs"]


def test_those_urged_are_bound_and_the_one_urging_is_the_counterpart():
    got = parse("""
        Chile 1 nsubj PROPN NNP Chile
        urged 1 ROOT VERB VBD urge
        Peru 1 dobj PROPN NNP Peru
        to 4 aux PART TO to
        withdraw 1 xcomp VERB VB withdraw
        troops 4 dobj NOUN NNS troop
        . 1 punct PUNCT . .""")
    assert got == [(("Peru",), ("Chile",), "withdraw troops", "demanded")]


def test_urging_with_no_one_asked_binds_no_one():
    got = parse("""
        Chile 1 nsubj PROPN NNP Chile
        urged 1 ROOT VERB VBD urge
        restraint 1 dobj NOUN NN restraint
        . 1 punct PUNCT . .""")
    assert got == []


def test_a_long_list_of_those_called_on_survives_a_broken_parse():
    # the parser reads "allied" as a verb; the actors before "to" are still the ones asked
    got = parse("""
        Chile 1 nsubj PROPN NNP Chile
        urged 1 ROOT VERB VBD urge
        Peru 1 dobj PROPN NNP Peru
        and 1 cc CCONJ CC and
        allied 1 conj VERB VBN ally
        Bolivia 4 dobj PROPN NNP Bolivia
        to 7 aux PART TO to
        leave 4 xcomp VERB VB leave
        the 9 det DET DT the
        border 7 dobj NOUN NN border
        . 1 punct PUNCT . .""")
    assert got and set(got[0][0]) == {"Peru", "Bolivia"} and got[0][2] == "leave the border"


def test_x_must_is_a_demand_on_x():
    got = parse("""
        Peru 2 nsubj PROPN NNP Peru
        must 2 aux AUX MD must
        withdraw 2 ROOT VERB VB withdraw
        troops 2 dobj NOUN NNS troop
        . 2 punct PUNCT . .""")
    assert got == [(("Peru",), (), "withdraw troops", "demanded")]


@pytest.mark.parametrize("rows", [
    # the speaker's own resolve
    """We 2 nsubj PRON PRP we
       must 2 aux AUX MD must
       withdraw 2 ROOT VERB VB withdraw
       troops 2 dobj NOUN NNS troop
       . 2 punct PUNCT . .""",
    # a passive binds no one named
    """Peru 3 nsubjpass PROPN NNP Peru
       must 3 aux AUX MD must
       be 3 auxpass AUX VB be
       protected 3 ROOT VERB VBN protect
       . 3 punct PUNCT . .""",
])
def test_we_must_and_passives_are_no_demand(rows):
    assert parse(rows) == []


def test_refusing_to_comment_refuses_no_commitment():
    assert parse("""
        Peru 1 nsubj PROPN NNP Peru
        declined 1 ROOT VERB VBD decline
        to 3 aux PART TO to
        comment 1 xcomp VERB VB comment
        . 1 punct PUNCT . .""") == []
    got = parse("""
        Peru 1 nsubj PROPN NNP Peru
        refused 1 ROOT VERB VBD refuse
        to 3 aux PART TO to
        sign 1 xcomp VERB VB sign
        the 5 det DET DT the
        treaty 3 dobj NOUN NN treaty
        . 1 punct PUNCT . .""")
    assert (("Peru",), (), "sign the treaty", "refused") in got


def test_agreeing_that_something_happened_is_a_view():
    assert parse("""
        Peru 3 nsubj PROPN NNP Peru
        and 0 cc CCONJ CC and
        Chile 0 conj PROPN NNP Chile
        agreed 3 ROOT VERB VBD agree
        that 6 mark SCONJ IN that
        talks 6 nsubj NOUN NNS talk
        failed 3 ccomp VERB VBD fail
        . 3 punct PUNCT . .""") == []


def test_a_planned_visit_is_an_event_a_delivery_a_pledge():
    assert parse("""
        Peru 2 nsubj PROPN NNP Peru
        will 2 aux AUX MD will
        visit 2 ROOT VERB VB visit
        Chile 2 dobj PROPN NNP Chile
        . 2 punct PUNCT . .""") == []
    assert parse("""
        Peru 2 nsubj PROPN NNP Peru
        will 2 aux AUX MD will
        send 2 ROOT VERB VB send
        aid 2 dobj NOUN NN aid
        to 2 prep ADP IN to
        Chile 4 pobj PROPN NNP Chile
        . 2 punct PUNCT . .""") == [(("Peru",), ("Chile",), "send aid to Chile", "agreed")]


def test_it_in_what_a_country_says_is_that_country():
    got = parse("""
        Peru 1 nsubj PROPN NNP Peru
        said 1 ROOT VERB VBD say
        it 4 nsubj PRON PRP it
        would 4 aux AUX MD would
        cut 1 ccomp VERB VB cut
        tariffs 4 dobj NOUN NNS tariff
        . 1 punct PUNCT . .""")
    assert got == [(("Peru",), (), "cut tariffs", "agreed")]


WE_WILL_HELP = """
    Chile 1 nsubj PROPN NNP Chile
    attacked 1 ROOT VERB VBD attack
    Peru 1 dobj PROPN NNP Peru
    . 1 punct PUNCT . .
    We 6 nsubj PRON PRP we
    will 6 aux AUX MD will
    help 6 ROOT VERB VB help
    Peru 6 dobj PROPN NNP Peru
    rebuild 6 xcomp VERB VB rebuild
    roads 8 dobj NOUN NNS road
    . 6 punct PUNCT . ."""


def test_we_outside_a_quotation_is_not_a_guess_at_the_nearest_actors():
    # the text never says who "we" is: Chile, named nearby, is not bound
    assert parse(WE_WILL_HELP) == []


def test_we_inside_a_quotation_is_the_speakers_side():
    from kg.model import Provenance, Statement

    # "We will help Peru rebuild roads," said Bolivia: the quote is chars 18..
    text = "Chile attacked Peru . We will help Peru rebuild roads ."
    start = text.index("We")
    said = Statement("Bolivia", text[start:], "direct", None,
                     Provenance(text, start, len(text), "kg_statements", 0.9))
    TYPES["Bolivia"] = "Country"
    got = parse(WE_WILL_HELP, statements=[said])
    assert [a for a, *_ in got] == [("Bolivia",)]


def test_talking_and_announcing_under_will_are_planned_not_pledged():
    for verb, lemma in (("discuss", "discuss"), ("announce", "announce")):
        got = parse(f"""
            Peru 2 nsubj PROPN NNP Peru
            will 2 aux AUX MD will
            {verb} 2 ROOT VERB VB {lemma}
            trade 2 dobj NOUN NN trade
            . 2 punct PUNCT . .""")
        assert got == [], verb
    got = parse("""
        Peru 3 nsubj PROPN NNP Peru
        and 0 cc CCONJ CC and
        Chile 0 conj PROPN NNP Chile
        will 3 aux AUX MD will
        exchange 3 ROOT VERB VB exchange
        views 4 dobj NOUN NNS view
        . 4 punct PUNCT . .""")
    assert got == []
    # a duty under "will" still is one
    got = parse("""
        Peru 2 nsubj PROPN NNP Peru
        will 2 aux AUX MD will
        cut 2 ROOT VERB VB cut
        tariffs 2 dobj NOUN NNS tariff
        . 2 punct PUNCT . .""")
    assert got == [(("Peru",), (), "cut tariffs", "agreed")]


def test_the_ordered_body_is_bound_for_the_one_who_ordered():
    got = parse("""
        Peru 1 nsubj PROPN NNP Peru
        directed 1 ROOT VERB VBD direct
        Chile 1 dobj PROPN NNP Chile
        to 4 aux PART TO to
        open 1 xcomp VERB VB open
        ports 4 dobj NOUN NNS port
        . 1 punct PUNCT . .""")
    assert got == [(("Chile",), ("Peru",), "open ports", "agreed")]


def test_ordering_ones_own_staff_is_the_orderers_duty():
    rows = """
    Peru 1 nsubj PROPN NNP Peru
    instructed 1 ROOT VERB VBD instruct
    its 3 poss PRON PRP$ its
    envoys 1 dobj NOUN NNS envoy
    to 5 aux PART TO to
    open 1 xcomp VERB VB open
    talks 5 dobj NOUN NNS talk
    . 1 punct PUNCT . ."""
    got = parse(rows)
    assert [(a, act) for a, _, act, _ in got] == [(("Peru",), "instructed open talks")]


def test_a_common_noun_naming_an_actor_only_in_a_modifier_is_not_bound():
    for modal in ("will", "should"):
        got = parse(f"""
            Peru 1 compound PROPN NNP Peru
            farmers 3 nsubj NOUN NNS farmer
            {modal} 3 aux AUX MD {modal}
            pay 3 ROOT VERB VB pay
            less 3 dobj ADJ JJR less
            . 3 punct PUNCT . .""")
        assert got == [], modal
    # a government organ named so is the country's
    got = parse("""
        Peru 1 compound PROPN NNP Peru
        forces 3 nsubj NOUN NNS force
        will 3 aux AUX MD will
        leave 3 ROOT VERB VB leave
        the 5 det DET DT the
        border 3 dobj NOUN NN border
        . 3 punct PUNCT . .""")
    assert got == [(("Peru",), (), "leave the border", "agreed")]


# -- with the model ---------------------------------------------------------
@pytest.mark.model
def test_passive_requirements_and_impersonal_agreements(extract):
    f = extract("Chilean President Rosa Vidal spoke with Peruvian President Tomas Ferro. "
                "It was agreed to expand cooperation in energy and transport. "
                "All Bolivian vessels are required by Peru to leave the bay.")
    actions = {c.action: c for c in f.commitments}
    expand = next(c for a, c in actions.items() if a.startswith("expand cooperation"))
    assert set(expand.actors) & {"Rosa Vidal", "Tomas Ferro"}
    leave = actions["leave the bay"]
    assert (leave.actors, leave.counterparts, leave.status) == (("Bolivia",), ("Peru",),
                                                                "demanded")


@pytest.mark.model
def test_a_commitment_named_by_its_owner(extract):
    f = extract("Chile welcomed the Peruvian commitment to reopen the border. "
                "Ecuador criticized the decision to close the port.")
    reopen = next(c for c in f.commitments if "reopen" in c.action)
    assert reopen.actors == ("Peru",)
    assert not any("close the port" in c.action for c in f.commitments)


@pytest.mark.model
def test_conjoined_infinitives_hung_on_the_pledge(extract):
    f = extract("Peru has committed to eliminate tariffs on wheat and suspend import "
                "licences; to support a moratorium on fishing; and to join the forum.")
    actions = {c.action for c in f.commitments if c.actors == ("Peru",)}
    assert {"eliminate tariffs on wheat", "suspend import licences"} <= actions
    assert any(a.startswith("support a moratorium") for a in actions)


def test_a_pledge_reaffirmed_belongs_to_its_owner():
    got = parse("""
        Bolivia 1 nsubj PROPN NNP Bolivia
        reaffirmed 1 ROOT VERB VBD reaffirm
        Peru 4 poss PROPN NNP Peru
        's 2 case PART POS 's
        commitment 1 dobj NOUN NN commitment
        to 4 prep ADP IN to
        peace 5 pobj NOUN NN peace
        . 1 punct PUNCT . .""")
    assert {a for a, *_ in got} == {("Peru",)}


def test_an_accord_commits_the_parties_it_names():
    got = parse("""
        The 1 det DET DT the
        accord 2 nsubj NOUN NN accord
        commits 2 ROOT VERB VBZ commit
        Peru 2 dobj PROPN NNP Peru
        to 5 aux PART TO to
        cut 2 xcomp VERB VB cut
        tariffs 5 dobj NOUN NNS tariff
        . 2 punct PUNCT . .""")
    assert got == [(("Peru",), (), "cut tariffs", "agreed")]


def test_supporting_a_proposal_is_agreeing_supporting_a_country_is_not():
    got = parse("""
        Peru 1 nsubj PROPN NNP Peru
        supported 1 ROOT VERB VBD support
        the 3 det DET DT the
        proposal 1 dobj NOUN NN proposal
        . 1 punct PUNCT . .""")
    assert got == [(("Peru",), (), "supported the proposal", "agreed")]
    assert parse("""
        Peru 1 nsubj PROPN NNP Peru
        supported 1 ROOT VERB VBD support
        Chile 1 dobj PROPN NNP Chile
        . 1 punct PUNCT . .""") == []


CONDITION = """
    Peru 2 nsubj PROPN NNP Peru
    will 2 aux AUX MD will
    release 2 ROOT VERB VB release
    detainees 2 dobj NOUN NNS detainee
    if 7 mark SCONJ IN if
    {who} 7 nsubj {pos} {tag} {lemma}
    {aux} 7 aux AUX VBZ {aux_lemma}
    {verb} 2 advcl VERB VB {verb_lemma}
    {obj} 7 dobj NOUN NNS {obj_lemma}
    . 2 punct PUNCT . ."""


def test_a_condition_on_another_side_is_a_demand_on_it():
    got = parse(CONDITION.format(who="Chile", pos="PROPN", tag="NNP", lemma="Chile",
                                 aux="does", aux_lemma="do", verb="withdraw",
                                 verb_lemma="withdraw", obj="claims", obj_lemma="claim"))
    assert (("Peru",), (), "release detainees", "conditional") in got
    assert (("Chile",), ("Peru",), "withdraw claims", "demanded") in got


def test_a_condition_on_no_one_named_is_no_demand():
    got = parse(CONDITION.format(who="talks", pos="NOUN", tag="NNS", lemma="talk",
                                 aux="do", aux_lemma="do", verb="produce",
                                 verb_lemma="produce", obj="results", obj_lemma="result"))
    assert [s for *_, s in got] == ["conditional"]


def test_what_others_have_offered_is_said_of_a_thing():
    assert parse("""
        the 1 det DET DT the
        guarantees 1 ROOT NOUN NNS guarantee
        that 5 dobj SCONJ IN that
        Peru 5 nsubj PROPN NNP Peru
        has 5 aux AUX VBZ have
        offered 1 relcl VERB VBN offer
        . 1 punct PUNCT . .""") == []
    assert parse("""
        Peru 1 nsubj PROPN NNP Peru
        offered 1 ROOT VERB VBD offer
        guarantees 1 dobj NOUN NNS guarantee
        . 1 punct PUNCT . .""") == [(("Peru",), (), "offered guarantees", "proposed")]


def test_a_document_binds_no_one():
    TYPES["Lima Accord"] = "Organization"
    got = parse("""
        Lima 1 compound PROPN NNP Lima
        Accord 3 nsubj PROPN NNP Accord
        will 3 aux AUX MD will
        cut 3 ROOT VERB VB cut
        tariffs 3 dobj NOUN NNS tariff
        . 3 punct PUNCT . .""")
    assert got == []
