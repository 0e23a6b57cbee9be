"""One actor across articles: names, the knowledge base, links and the merged graph
(no model: hand-built facts; people's names are of public office holders or invented)."""

from __future__ import annotations

import re

import pytest
from factories import prov
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from kg import ids, kb, names
from kg.identity import identify, link_facts, resolve
from kg.model import Actor, Article, ArticleFacts, Role, Statement
from kg.rdf import facts_to_dataset
from kg.validate import union_graph, validate_graph
from kg.vocab import KG, RDF, SKOS


def person(name, *aliases, sentence="A sentence.", wikidata=None):
    p = prov()
    return Actor(name, "Person", tuple(aliases), wikidata,
                 type(p)(sentence, 0, len(name), "test", 0.8))


def who(actor, date="2022-03-01", roles=()):
    return identify(actor, list(roles), date)


# ------------------------------------------------------------------ names
@pytest.mark.parametrize("raw,key", [
    ("Joe Biden", "joe biden"), ("Joseph R. Biden Jr.", "joseph biden"),
    ("President Joseph R. Biden, Jr.", "joseph biden"), ("DONALD J. TRUMP", "donald trump"),
    ("His Majesty King Abdullah II", "abdullah ii"),
    ("Amir Sheikh Tamim bin Hamad Al Thani", "tamim bin hamad al thani"),
    ("Dr. Anna Kovač", "anna kovac"), ("Lady Melania Trump", "melania trump"),
])
def test_person_keys_drop_titles_initials_and_suffixes(raw, key):
    assert names.person_key(raw) == key


def test_a_bare_title_is_kept_as_written():
    assert names.strip_person("the President") == "the President"


# ------------------------------------------------------------------ variants
@pytest.mark.parametrize("actor,roles", [
    (person("Joe Biden"), []),
    (person("Joseph R. Biden"), []),
    (person("Joseph R. Biden Jr."), []),
    (person("JOSEPH R. BIDEN JR"), []),
    (person("Biden"), [Role("Biden", "President", "United States")]),
    (person("Biden", sentence="Remarks by President Biden on the economy."), []),
    (person("Biden"), []),  # listed as naming him alone, in an article of his term
])
def test_name_variants_are_one_actor(actor, roles):
    got = who(actor, roles=roles)
    assert (got.iri, got.label, got.type, got.wikidata) == (
        ids.actor_iri("Joe Biden"), "Joe Biden", "Person", "Q6279")


@pytest.mark.parametrize("name", ["the Biden Administration",
                                  "the Biden-\u2060Harris Administration",
                                  "Trump administration"])
def test_an_administration_is_its_country(name):
    got = who(Actor(name, "Organization"))
    assert (got.label, got.type, got.wikidata) == ("United States", "Country", "Q30")


@pytest.mark.parametrize("name", ["Small Business Administration", "Maritime Administration",
                                  "the Solberg Administration", "the Johnson Administration"])
def test_other_administrations_stay_themselves(name):
    assert not who(Actor(name, "Organization")).linked


def test_a_surname_with_the_right_title_links():
    got = who(person("Sullivan", sentence="National Security Advisor Sullivan met them."))
    assert got.label == "Jake Sullivan"


# ------------------------------------------------------------------ traps
@pytest.mark.parametrize("actor", [
    person("Melania Trump"),
    person("Lady Melania Trump"),
    person("Trump", "First Lady Melania Trump"),  # a spouse's title on the mention
    person("Biden", "Dr. Biden"),                  # another title on a bare surname
    person("Jill Biden", "Dr. Jill Biden"),
    person("Hunter Biden"),
    person("Harris", "Mr. Harris"),                # a man's title; the VP is a woman
    person("Sullivan", sentence="Senator Sullivan of Alaska said so."),
    person("George H. W. Bush"),                   # initials tell namesakes apart
    person("Trump", sentence="Mrs. Trump thanked the mothers."),
    person("Trump", sentence="First Lady Trump thanked the mothers."),
    person("Ingrid Solberg"),                      # unknown people stay unlinked
])
def test_namesakes_and_spouses_are_not_the_office_holder(actor):
    got = who(actor)
    assert not got.linked and got.wikidata is None
    assert got.iri not in {ids.actor_iri(p.label) for p in kb.load().people}


def test_a_bare_surname_far_from_the_term_stays_unlinked():
    vp = [Role("Biden", "Vice President", "United States")]
    assert not who(person("Biden"), date="1990-06-01").linked
    assert not who(person("Biden"), date="1990-06-01", roles=vp).linked
    assert who(person("Biden"), date="2010-06-01", roles=vp).label == "Joe Biden"


def test_a_title_before_the_term_does_not_link():
    bush = person("Bush", sentence="President Bush spoke.")
    assert not who(bush, date="1991-02-01").linked
    assert who(bush, date="2005-02-01").label == "George W. Bush"


def test_a_person_actor_never_links_to_a_country():
    assert not who(person("Jordan")).linked


@pytest.mark.parametrize("name,label", [("United States", "United States"),
                                        ("U.S.", "United States"),
                                        ("Biden Administration", "United States")])
def test_a_state_the_model_took_for_a_person_is_the_state(name, label):
    got = who(person(name))
    assert (got.label, got.type) == (label, "Country")


# ------------------------------------------------------------------ dated offices
def test_offices_resolve_by_date():
    k = kb.load()
    assert k.holder("President", "United States", "2023-06-01").label == "Joe Biden"
    assert k.holder("President", "United States", "2025-06-01").label == "Donald Trump"
    assert k.holder("the President", "United States", "1850-01-01") is None


def test_an_unnamed_office_holder_is_the_holder_that_day():
    pres = Actor("the President", "Person")
    role = [Role("the President", "President", "United States")]
    assert who(pres, "2023-06-01", role).label == "Joe Biden"
    assert who(pres, "2025-06-01", role).label == "Donald Trump"
    assert not who(pres, None, role).linked


# ------------------------------------------------------------------ links in JSON
def test_link_facts_sets_and_drops_wikidata_ids_but_keeps_names():
    art = Article("a", "text", published="2022-03-01")
    facts = ArticleFacts(art, actors=(person("Biden"),
                                      person("Melania Trump", wikidata="Q22686")))
    out = link_facts(facts)
    assert [(a.name, a.wikidata) for a in out.actors] == [("Biden", "Q6279"),
                                                          ("Melania Trump", None)]


# ------------------------------------------------------------------ merged graph
def _article(aid, date, actors, roles=()):
    art = Article(aid, "text", published=date)
    return ArticleFacts(art, actors=tuple(actors), roles=tuple(roles), statements=tuple(
        Statement(a.name, "We will keep talking.", "reported", None, prov(40, 60))
        for a in actors))


def _batch():
    return [
        _article("a1", "2022-03-01", [person("Joseph R. Biden Jr."),
                                      Actor("Lumbee Tribe", "Organization", (), None, prov()),
                                      Actor("U.S.", "Country", (), "Q30", prov())]),
        _article("a2", "2023-05-01", [person("Biden", "President Biden"),
                                      Actor("the Lumbee Tribe", "Group", (), None, prov()),
                                      Actor("Biden-Harris Administration", "Organization",
                                            (), None, prov()),
                                      Actor("United States", "Country", (), "Q30", prov())]),
        _article("a3", "2024-01-01", [person("INGRID SOLBERG"), person("Ingrid Solberg")]),
    ]


def test_merged_graph_has_one_label_and_one_type_per_actor():
    ds = facts_to_dataset(_batch())
    g = union_graph(ds)
    for node in set(g.subjects(RDF.type, KG.Actor)):
        assert len(set(g.objects(node, SKOS.prefLabel))) == 1, node
        assert len(set(g.objects(node, RDF.type)) - {KG.Actor}) == 1, node
    conforms, results = validate_graph(g)
    assert conforms, results
    biden = ids.actor_iri("Joe Biden")
    assert {str(x) for x in g.objects(biden, SKOS.prefLabel)} == {"Joe Biden"}
    us = ids.actor_iri("United States")
    # the article's own spellings are aliases, in that article's graph
    a2 = ds.graph(ids.graph_iri("a2"))
    assert {str(x) for x in a2.objects(us, SKOS.altLabel)} == {"Biden-Harris Administration"}
    assert {str(x) for x in a2.objects(biden, SKOS.altLabel)} == {"Biden", "President Biden"}
    # one node for one unknown person, however the article cased the name
    assert len({i.iri for i in resolve(_batch()[2]).values()}) == 1


def test_identities_are_deterministic_and_order_free():
    a = [resolve(f) for f in _batch()]
    b = [resolve(f) for f in _batch()]
    assert a == b
    one = union_graph(facts_to_dataset(_batch()))
    two = union_graph(facts_to_dataset(list(reversed(_batch())), Dataset()))
    assert set(one) == set(two)


def test_unlinked_iris_keep_types_and_spellings_apart():
    assert ids.unlinked_actor_iri("Lumbee Tribe", "Organization") != \
        ids.unlinked_actor_iri("Lumbee Tribe", "Group")
    assert ids.unlinked_actor_iri("USAID", "Organization") != \
        ids.unlinked_actor_iri("Usaid", "Organization")


# ------------------------------------------------------------------ the data
def test_kb_people_have_unique_iris_and_well_formed_ids():
    k = kb.load()
    iris = [ids.actor_iri(p.label) for p in k.people]
    assert len(iris) == len(set(iris))
    for p in k.people:
        assert p.wikidata is None or re.fullmatch(r"Q[1-9]\d*", p.wikidata)
        assert p.gender in ("f", "m")
        for o in p.offices:
            assert o.start is None or o.end is None or o.start < o.end
            assert k.entity(o.of) is not None, (p.label, o.of)


@pytest.mark.parametrize("label,qid", [
    ("Joe Biden", "Q6279"), ("Donald Trump", "Q22686"), ("Kamala Harris", "Q10853588"),
    ("Volodymyr Zelenskyy", "Q3874799"), ("Benjamin Netanyahu", "Q43723"),
    ("Fumio Kishida", "Q1386079"), ("Emmanuel Macron", "Q3052772"), ("Olaf Scholz", "Q61053"),
    ("Vladimir Putin", "Q7747"), ("Xi Jinping", "Q15031"),
])
def test_known_wikidata_ids(label, qid):
    assert kb.load().person(label).wikidata == qid


# ------------------------------------------------------------------ any input
@settings(deadline=None, max_examples=60)
@given(st.text(min_size=1, max_size=40), st.sampled_from(
    ["Person", "Country", "Organization", "Group"]), st.text(max_size=60))
def test_any_name_gets_a_valid_stable_identity(name, type_, sentence):
    actor = Actor(name, type_, (), None, type(prov())(sentence, 0, 1, "t", 0.5))
    a, b = identify(actor, [], "2024-01-01"), identify(actor, [], "2024-01-01")
    assert a == b and a.label and a.type in ("Person", "Country", "Organization", "Group")
    assert not re.search(r"\s", str(a.iri)) and str(a.iri).startswith(ids.BASE + "actor/")


# ------------------------------------------------------------------ curated merges
from kg import aliases as al  # noqa: E402
from kg.aliases import Aliases  # noqa: E402


def test_a_merged_name_is_its_canonical_actor():
    a = Aliases().merge("Jo Smith", "Joanna Smith")
    one = identify(person("Jo Smith"), [], "2024-01-01", aliases=a)
    two = identify(person("JOANNA SMITH"), [], "2024-01-01", aliases=a)
    assert (one.iri, one.label) == (two.iri, two.label) == (
        ids.unlinked_actor_iri("Joanna Smith", "Person"), "Joanna Smith")
    # into a knowledge-base actor: its identity, links and all
    b = Aliases().merge("Biden Harris campaign", "Joe Biden")
    got = identify(Actor("Biden Harris campaign", "Organization"), [], "2024-01-01", aliases=b)
    assert (got.label, got.type, got.wikidata) == ("Joe Biden", "Person", "Q6279")


def test_a_merge_of_the_listed_label_catches_every_spelling():
    """kg actors lists the rules' label; merging it merges the names behind it."""
    a = Aliases().merge("Ingrid Solberg", "Ingrid Solberg-Dahl")
    got = identify(person("INGRID M. SOLBERG"), [], "2024-01-01", aliases=a)
    assert got.label == "Ingrid Solberg-Dahl"


def test_a_merge_may_give_the_type():
    a = Aliases().merge("the Rivers Council", "Rivers Authority", "Organization")
    one = identify(Actor("the Rivers Council", "Group"), [], None, aliases=a)
    two = identify(Actor("Rivers Authority", "Group"), [], None, aliases=a)
    assert one == two and one.type == "Organization"


def test_merges_chain_and_the_newest_decision_wins():
    a = Aliases().merge("A. Kovac", "Anna Kovac").merge("Anna Kovac", "Anna Kovač-Horvat")
    assert a.canonical("a. kovac") == ("Anna Kovač-Horvat", None)
    assert identify(person("A. Kovac"), [], None, aliases=a) == \
        identify(person("Anna Kovac"), [], None, aliases=a)
    # B → A after A → B: B is canonical now, and no loop is left
    back = Aliases().merge("Lea Berg", "Lea Bergström").merge("Lea Bergström", "Lea Berg")
    assert back.canonical("Lea Bergström") == ("Lea Berg", None)
    assert back.canonical("Lea Berg") is None
    assert [m[:2] for m in back.merges] == [("Lea Bergström", "Lea Berg")]


def test_a_split_beats_a_rule_merge():
    biden_2023 = person("Biden")  # a bare surname listed as naming him in his term
    assert who(biden_2023, "2023-05-01").label == "Joe Biden"
    a = Aliases().split("Biden", "Joe Biden")
    got = identify(biden_2023, [], "2023-05-01", aliases=a)
    assert not got.linked and got.label == "Biden"
    # the name that is the identity's label keeps it, titles aside
    for name in ("Joe Biden", "President Joe Biden"):
        assert identify(person(name), [], "2023-05-01", aliases=a).label == "Joe Biden"


def test_a_split_undoes_a_merge_and_a_merge_undoes_a_split():
    a = Aliases().merge("Jo Smith", "Joanna Smith").split("Jo Smith", "Joanna Smith")
    assert a.canonical("Jo Smith") is None and len(a.splits) == 1
    assert identify(person("Jo Smith"), [], None, aliases=a).label == "Jo Smith"
    b = a.merge("Jo Smith", "Joanna Smith")
    assert b.splits == () and b.canonical("Jo Smith") == ("Joanna Smith", None)


def test_decisions_persist_in_the_file_and_rerunning_converges(tmp_path, monkeypatch):
    path = tmp_path / "aliases.tsv"
    monkeypatch.setenv("KG_ALIASES", str(path))
    facts = _article("a9", "2024-01-01", [person("Jo Smith"), person("Joanna Smith")])
    assert len({i.iri for i in resolve(facts).values()}) == 2
    for _ in range(2):  # the same decisions twice: the same file
        al.write(path, al.read(path).merge("Jo Smith", "Joanna Smith").split("Biden",
                                                                             "Joe Biden"))
        text = path.read_text()
    assert text.count("merge\t") == 1 and text.count("split\t") == 1
    assert al.read(path).merges == al.parse(text).merges
    assert len({i.iri for i in resolve(facts).values()}) == 1  # a later run honours it
    ds = facts_to_dataset([facts])
    g = union_graph(ds)
    assert {str(x) for x in g.objects(None, SKOS.prefLabel)} >= {"Joanna Smith"}
    assert "Jo Smith" not in {str(x) for x in g.objects(None, SKOS.prefLabel)}


def test_a_bad_alias_line_names_its_place():
    from kg.errors import InputError

    with pytest.raises(InputError, match=r"aliases\.tsv:2"):
        al.parse("# x\nmerge\tonly one name\n", "aliases.tsv")
    with pytest.raises(InputError, match="unknown actor type"):
        al.parse("merge\ta\tb\tPeople\n", "aliases.tsv")


# ------------------------------------------------------------------ offices named without a name
def _nominal(name, date, *others, roles=()):
    """An article with an office named only by its title, and other actors."""
    actors = [Actor(name, "Person", (), None, prov()), *others]
    return _article("n1", date, actors, roles)


def _country(name):
    return Actor(name, "Country", (), None, prov())


@pytest.mark.parametrize("date,label", [("2023-05-01", "Joe Biden"),
                                        ("2025-06-01", "Donald Trump"),
                                        ("2025-01-19", "Joe Biden"),
                                        ("2025-01-20", "Donald Trump")])
def test_the_president_of_a_us_article_is_the_president_that_day(date, label):
    # the office's body from the role, or from the one country of the article with such an office
    with_role = _nominal("The President", date, _country("United States"),
                         roles=[Role("The President", "President", "United States")])
    assert resolve(with_role)["The President"].label == label
    no_role = _nominal("the President", date, _country("United States"), _country("Japan"))
    assert resolve(no_role)["the President"].label == label


@pytest.mark.parametrize("name,date,label", [
    ("the Prime Minister of Japan", "2023-05-01", "Fumio Kishida"),
    ("the Prime Minister of Japan", "2025-03-01", "Shigeru Ishiba"),
    ("U.S. Secretary of State", "2023-05-01", None),   # no body: no country in the article
    ("the Prime Minister of Japan", "1890-03-01", None),  # no holder known that day
])
def test_an_office_of_a_named_country_resolves_by_date(name, date, label):
    got = resolve(_nominal(name, date))[name]
    assert (got.label if got.linked else None) == label


def test_an_office_is_not_guessed_when_the_text_names_a_holder_or_several_fit():
    # the article names a holder of the office: the title may be that person
    named = _nominal("the President", "2023-05-01", _country("United States"),
                     person("Lars Holm"),
                     roles=[Role("Lars Holm", "President", "United States")])
    assert not resolve(named)["the President"].linked
    # a title with no body, and two countries with such an office that day
    two = _nominal("the President", "2023-05-01", _country("United States"), _country("France"))
    assert not resolve(two)["the President"].linked
    # "the First Lady" is a spouse, never an office holder
    assert not resolve(_nominal("the First Lady", "2023-05-01",
                                _country("United States")))["the First Lady"].linked


def test_roles_can_be_dated_by_their_article():
    """A role is dated by its article (kg:article → schema:datePublished), in RDF
    as in Neo4j (FROM_ARTICLE → published)."""
    from kg.vocab import ORG, SDO

    f = _nominal("The President", "2023-05-01", _country("United States"),
                 roles=[Role("The President", "President", "United States", prov())])
    g = union_graph(facts_to_dataset([f]))
    role = next(g.subjects(RDF.type, ORG.Membership))
    art = next(g.objects(role, KG.article))
    assert str(next(g.objects(art, SDO.datePublished))) == "2023-05-01"
    assert next(g.objects(role, ORG.member)) == ids.actor_iri("Joe Biden")


@pytest.mark.model
@pytest.mark.parametrize("date,label", [("2023-05-02", "Fumio Kishida"),
                                        ("2025-05-02", "Shigeru Ishiba")])
def test_an_extracted_office_without_a_name_is_its_holder_that_day(extract, date, label):
    text = ("WASHINGTON - The President met the Prime Minister of Japan at the White House. "
            "They discussed trade.")
    facts = extract(text, date)
    linked = {i.label for i in resolve(facts, aliases=Aliases()).values() if i.linked}
    assert label in linked
    named = extract("WASHINGTON - The President met Prime Minister Kenji Mori of Japan. "
                    "The Prime Minister of Japan thanked him.", date)
    assert label not in {i.label for i in resolve(named, aliases=Aliases()).values()}


def test_an_office_in_a_sentence_of_another_year_is_not_today_s_holder():
    then = Actor("the President of France", "Person", (), None,
                 type(prov())("He was decorated by the President of France in 2012.", 0, 5,
                              "test", 0.8))
    now = Actor("the President of France", "Person", (), None,
                type(prov())("The President of France spoke in 2023 and again today.", 0, 5,
                             "test", 0.8))
    assert not resolve(_article("y1", "2023-05-01", [then]))[then.name].linked
    assert resolve(_article("y2", "2023-05-01", [now]))[now.name].label == "Emmanuel Macron"


def test_an_organization_kg_only_inferred_does_not_unlink_the_holder():
    """'Vice President Harris met with leaders of Chad': kg_roles guesses Chad as the
    office's country (confidence 0.6); a stated organization still rules a person out."""
    guessed = [Role("Harris", "Vice President", "Chad", prov(0, 10, 0.6, "kg_roles"))]
    stated = [Role("Harris", "Vice President", "Chad", prov(0, 10, 0.9, "kg_roles"))]
    assert who(person("Harris"), "2022-06-10", guessed).label == "Kamala Harris"
    assert not who(person("Harris"), "2022-06-10", stated).linked
