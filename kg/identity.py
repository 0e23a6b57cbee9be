"""One IRI per real-world actor across articles (pure, deterministic).

Extraction names each actor as its article does ("Biden", "Joseph R. Biden
Jr.", "the Biden-Harris Administration"). ``resolve(facts)`` decides, for
every actor of one article, which actor of the world it is:

- **linked**: an actor of the knowledge base (``kg.kb``): a state or an
  organization of the gazetteer, or a person who held a top office. Its IRI,
  label, type and Wikidata id are the knowledge base's, the same in every
  article. "The X Administration" and "the X-Y Administration", where X (and Y)
  held a country's top offices, are that country.
- **unlinked**: anything else. Its IRI is made from its type and its cleaned
  name (``kg.names.display``), so the same name and type give the same node in
  every article, with one label and one type.

A person links by full name (titles, honorifics, middle initials and "Jr."
aside), or by surname alone when the article's context supports it: a title
or role that names one of the person's offices, or a surname the knowledge
base lists as naming them alone, in an article dated near their term. Context
can also forbid a link: a spouse's title ("First Lady"), a title of the other
sex ("Mrs.", "Lady"), another title ("Dr.", "Senator") on a bare surname.
Unknown people stay unlinked. With the article date, an unnamed office holder
("the President" with a role of the United States) is the holder of that office
on that day.

A researcher's decisions (``kg.aliases``, the alias file of ``kg actors merge``
and ``split``) come before the rules: an actor written as a merged name is
identified as its canonical name would be (with the merge's type, if it names
one), and of two names split apart, the one the rules would give the other's
identity keeps its own name, unlinked (the name that *is* the identity's label
keeps the identity).

The same facts and alias file always give the same identities: nothing depends
on order, on other articles or on the run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rdflib import URIRef

from kg import ids, names
from kg.aliases import Aliases, curated
from kg.aliases import key as alias_key
from kg.kb import KB, Entity, Person, load, office_matches, title_key
from kg.model import SECTIONS, Actor, ArticleFacts, Role


@dataclass(frozen=True)
class Context:
    """What the rest of an article says that an office named without a name
    ("the President") needs: the countries it names (knowledge-base labels) and
    the offices it names a holder of ((title key, country or body) pairs; a
    body of None: the title with no body)."""

    countries: tuple[str, ...] = ()
    named: frozenset[tuple[str, str | None]] = frozenset()


NO_CONTEXT = Context()


@dataclass(frozen=True)
class Identity:
    iri: URIRef
    label: str
    type: str
    wikidata: str | None = None
    linked: bool = False


def resolve(facts: ArticleFacts, kb: KB | None = None,
            aliases: Aliases | None = None) -> dict[str, Identity]:
    """The identity of every actor name the article's facts use (``aliases``: the
    researcher's decisions, by default those of the alias file in the settings)."""
    kb = kb or load()
    aliases = curated() if aliases is None else aliases
    date = facts.article.published
    article: Context | None = None  # what the article says, read only for an office's name
    roles: dict[str, list[Role]] = {}
    for r in facts.roles:
        roles.setdefault(r.holder, []).append(r)
    out: dict[str, Identity] = {}
    for actor in facts.actors:
        if actor.name not in out:
            mine = tuple(roles.get(actor.name, ()))
            context = NO_CONTEXT  # the same for most actors, so remembered identities serve
            if actor.type == "Person" and _office_only(actor.name):
                article = article or article_context(facts, kb)
                context = article
            out[actor.name] = (_identify(actor, mine, date, aliases, context) if kb is load()
                               else identify(actor, list(mine), date, kb, aliases, context))
    for section in SECTIONS:
        if section == "actors":  # an actor record names only itself
            continue
        for fact in getattr(facts, section):
            for name in _refs(fact):
                if name in out:
                    continue
                # a name no actor record carries: unlinked (or merged)
                out[name] = (identify(Actor(name, "Group"), [], date, kb, aliases)
                             if aliases.canonical(name) else _unlinked(name, "Group"))
    return out


def identify(actor: Actor, roles: list[Role], date: str | None, kb: KB | None = None,
             aliases: Aliases | None = None, context: Context = NO_CONTEXT) -> Identity:
    """The identity of one actor, given its roles in the article, the article date,
    the researcher's decisions (by default the settings' alias file) and what the
    rest of the article says (``article_context``)."""
    kb = kb or load()
    aliases = curated() if aliases is None else aliases
    if not aliases:
        return _by_rules(actor, roles, date, kb, context)
    merged = _merged(actor, actor.name, aliases)
    ident = _by_rules(merged, roles, date, kb, context)
    if merged is actor and alias_key(ident.label) != alias_key(actor.name):
        # the researcher merged the label the rules give ("Joseph Biden" for
        # "Joseph R. Biden Jr."), as ``kg actors`` lists it
        merged = _merged(actor, ident.label, aliases)
        if merged is not actor:
            ident = _by_rules(merged, roles, date, kb, context)
    for other in {o for n in dict.fromkeys((actor.name, merged.name))
                  for o in aliases.apart_from(n)}:
        theirs = _by_rules(_merged(Actor(other, merged.type), other, aliases), [], date, kb)
        same = ident.iri == theirs.iri or _same_name(ident.label, other)
        if same and not any(_same_name(ident.label, n) for n in (merged.name, actor.name)):
            return _unlinked(merged.name, merged.type)
    return ident


def _same_name(a: str, b: str) -> bool:
    """Whether two names are one, case, accents and a person's titles aside."""
    return alias_key(a) == alias_key(b) or names.person_key(a) == names.person_key(b)


def _merged(actor: Actor, name: str, aliases: Aliases) -> Actor:
    """The actor as the researcher's merges name it: the canonical name ``name``
    is merged into (and the merge's type), else the actor itself."""
    found = aliases.canonical(name)
    if found is None:
        return actor
    target, type_ = found
    return replace(actor, name=target, type=type_ or actor.type,
                   aliases=tuple(a for a in (actor.name, *actor.aliases) if a != target))


def _by_rules(actor: Actor, roles: list[Role], date: str | None, kb: KB,
              context: Context = NO_CONTEXT) -> Identity:
    found: Person | Entity | None
    if names.administration_of(actor.name):  # whatever type the model gave it
        found = match_entity(actor, date, kb)
    elif actor.type == "Person":
        found = match_person(actor, roles, date, kb, context)
        if found is None and _entity_shaped(actor.name):
            found = kb.entity(actor.name)  # "United States" taken for a person
    else:
        found = match_entity(actor, date, kb)
    if found is None:
        return _unlinked(actor.name, actor.type)
    return Identity(ids.actor_iri(found.label), found.label, found.type, found.wikidata, True)


@lru_cache(maxsize=1 << 14)
def _identify(actor: Actor, roles: tuple[Role, ...], date: str | None,
              aliases: Aliases, context: Context) -> Identity:
    """``identify`` with the bundled knowledge base, remembered: validation, RDF and
    the loaders resolve the same article several times."""
    return identify(actor, list(roles), date, aliases=aliases, context=context)


def _unlinked(name: str, type_: str) -> Identity:
    label = names.display(name, type_ == "Person")
    return Identity(ids.unlinked_actor_iri(label, type_), label, type_)


def link_facts(facts: ArticleFacts, kb: KB | None = None) -> ArticleFacts:
    """The facts with each actor's Wikidata id set from its identity (and a wrong
    one dropped); names stay as the article wrote them."""
    idents = resolve(facts, kb)
    actors = tuple(replace(a, wikidata=idents[a.name].wikidata)
                   if idents[a.name].wikidata != a.wikidata else a for a in facts.actors)
    return replace(facts, actors=actors)


# ---------------------------------------------------------------- people
#: The confidence kg_roles gives a role whose organization it inferred, not read.
IMPLIED_ROLE = 0.6


def match_person(actor: Actor, roles: list[Role], date: str | None, kb: KB,
                 context: Context = NO_CONTEXT) -> Person | None:
    """The knowledge base's person an actor of type Person is, if the name and its
    context say so beyond doubt."""
    offices = offices_named(actor.name, roles, kb)
    if offices is not None:  # "the President": an office, no one's name
        if names.is_spouse([actor.name]) or _other_year(actor, date):
            return None
        return _office_holder(offices, date, kb, context)
    if not kb.may_name_a_person(actor.name):
        return None
    titles = [t for f in (actor.name, *actor.aliases) for t in names.titles_of(f)]
    titles += names.titles_before(actor.name, actor.provenance.sentence
                                  if actor.provenance else "")
    titles += [r.title for r in roles]
    gender = names.gender_of(titles)
    if names.is_spouse(titles) or gender == "x":
        return None
    # an organization kg only inferred (the sentence's or the article's country,
    # confidence IMPLIED_ROLE or less) is no evidence against the knowledge base
    orgs = {r.organization for r in roles if r.organization and not (
        r.provenance and r.provenance.confidence <= IMPLIED_ROLE)}

    def fits(p: Person) -> bool:
        return gender is None or p.gender is None or gender == p.gender

    strong = [p for p in kb.full_name(actor.name) if fits(p)]
    if strong:
        return strong[0] if len(strong) == 1 else None
    weak = []
    for p in kb.surname(actor.name):
        if not fits(p):
            continue
        if orgs and not any(o.of in orgs for o in p.offices) and p.country not in orgs:
            continue
        # a title naming one of the person's offices, not written before they held it
        support = any(office_matches(t, o) and (date is None or o.near(date, 1, 100))
                      for t in titles for o in p.offices)
        other = [t for t in titles if title_key(t) and not any(office_matches(t, o)
                                                                for o in p.offices)]
        alone = names.person_key(actor.name) in {names.person_key(a) for a in p.alone}
        near = date is None or any(o.near(date) for o in p.offices)
        if support or (alone and near and not other):
            weak.append(p)
    return weak[0] if len(weak) == 1 else None


def _entity_shaped(name: str) -> bool:
    """A name no person bears: several words, or an acronym ("United States",
    "U.N."); a one-word country name ("Jordan", "Chad") may be a person's."""
    clean = names.clean(name)
    return " " in clean or (clean.replace(".", "").isupper() and len(clean) > 1)


def _all_title(name: str) -> bool:
    words = [w for w in names.fold(names.clean(name)).replace(".", "").split() if w != "the"]
    return bool(words) and all(w in names.TITLE_WORDS for w in words)


@lru_cache(maxsize=1 << 14)
def _office_only(name: str) -> bool:
    """Whether a name may be only an office ("the President", "the Prime Minister of
    Japan"): a cheap test before ``offices_named``, which it never misses."""
    clean = names.clean(name)
    head, sep, _ = clean.rpartition(" of ")
    return _all_title(clean) or (bool(sep) and _all_title(head))


def offices_named(name: str, roles: list[Role], kb: KB) -> list[tuple[str, str | None]] | None:
    """The offices ((title, country or body, or None)) a name that is only an
    office names: "the President" (with its role's body, if any), "U.S.
    President", "the Prime Minister of Japan"; None for any other name.

    >>> offices_named("the Prime Minister of Japan", [], load())
    [('the Prime Minister', 'Japan')]
    >>> offices_named("Joe Biden", [Role("Joe Biden", "President", "United States")], load())
    """
    clean = names.clean(name)
    head, sep, tail = clean.rpartition(" of ")
    body = kb.entity(tail) if sep and _all_title(head) else None
    if body is not None:
        return [(head, body.label)]
    if not _all_title(clean):
        return None
    k = title_key(clean)
    out = [(r.title, _body(r.organization, kb)) for r in roles if title_key(r.title) == k]
    return list(dict.fromkeys(out)) or [(clean, None)]


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _other_year(actor: Actor, date: str | None) -> bool:
    """Whether the sentence naming the office gives a year other than the
    article's ("by the President of France in 2012"): the holder then, not today's."""
    sentence = actor.provenance.sentence if actor.provenance else ""
    return date is not None and any(y != date[:4] for y in _YEAR.findall(sentence or ""))


def _body(name: str | None, kb: KB) -> str | None:
    e = kb.entity(name) if name else None
    return e.label if e is not None else name


def article_context(facts: ArticleFacts, kb: KB | None = None) -> Context:
    """The countries an article names and the offices it names a holder of (a
    role whose holder has a name, not only a title)."""
    kb = kb or load()
    countries = {e.label for a in facts.actors if (e := kb.country(a.name)) is not None}
    named = {(title_key(r.title), _body(r.organization, kb)) for r in facts.roles
             if offices_named(r.holder, [r], kb) is None}
    return Context(tuple(sorted(countries)), frozenset(named))


def _office_holder(offices: list[tuple[str, str | None]], date: str | None, kb: KB,
                   context: Context) -> Person | None:
    """Who held the office a title names on the article's day, when the knowledge
    base has exactly one holder and the article names none: the office's own
    country or body, or else the one country of the article that has such an
    office (a title with no body, among several countries with one, stays unknown)."""
    if date is None:
        return None
    found: set[str] = set()
    for title, body in offices:
        t = title_key(title)
        if (t, None) in context.named:
            return None  # "President Holm ... the President": not ours to guess
        for b in [body] if body else context.countries:
            if (t, b) in context.named:
                return None
            p = kb.holder(title, b, date)
            if p is not None:
                found.add(p.label)
    return kb.person(found.pop()) if len(found) == 1 else None


# ------------------------------------------------- states and organizations
# "the X Administration" names a presidency (a prime minister's is "the X government")
ADMINISTRATION_OFFICES = ("president", "vice president")


def match_entity(actor: Actor, date: str | None, kb: KB) -> Entity | Person | None:
    who = names.administration_of(actor.name)
    if who:
        return _administration(who, kb)
    e = kb.entity(actor.name)
    if e is not None:
        return e
    if actor.wikidata:
        found = kb.by_wikidata.get(actor.wikidata)
        if isinstance(found, Entity):
            return found
    if actor.type in ("Organization", "Group"):
        # a well-known person's name the model took for a body ("the Trump policy")
        return match_person(replace(actor, type="Person"), [], date, kb)
    return None


def _administration(who: tuple[str, ...], kb: KB) -> Entity | None:
    """The country whose presidency the named people held ("the Biden-Harris
    Administration" → United States), if they all agree on one."""
    countries = set()
    for surname in who:
        held = {o.of for p in kb.surname(surname) for o in p.offices
                if any(v in ADMINISTRATION_OFFICES for v in o.titles)}
        if len(held) != 1:
            return None
        countries |= held
    if len(countries) != 1:
        return None
    return kb.country(countries.pop())


#: The fields of a fact that name actors: one name, then lists of names (in this order).
_ONE = ("holder", "organization", "speaker")
_MANY = ("actors", "counterparts", "participants")


_REF_FIELDS: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _ref_fields(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The fields of ``_ONE`` and of ``_MANY`` that facts of type ``cls`` have (all of
    them for an object that is not a dataclass: each is then looked up)."""
    found = _REF_FIELDS.get(cls)
    if found is None:
        have = getattr(cls, "__dataclass_fields__", None)
        found = _REF_FIELDS[cls] = ((_ONE, _MANY) if have is None else (
            tuple(f for f in _ONE if f in have), tuple(f for f in _MANY if f in have)))
    return found


def _refs(fact: object) -> list[str]:
    """The actor names a fact uses, in field order (its one-name fields first)."""
    one, many = _ref_fields(type(fact))
    out = []
    for f in one:
        v = getattr(fact, f, None)
        if isinstance(v, str):
            out.append(v)
    for f in many:
        out.extend(getattr(fact, f, ()) or ())
    return out
