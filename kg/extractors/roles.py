"""kg_roles: who holds which office of which country or body.

Three shapes: a title in front of a name ("Russian President Vladimir Putin",
"former CIA analyst Larry Johnson", "Trump's special envoy Steve Witkoff"), an
apposition ("Tigran Meloyan, an analyst at the HSE Center ...", "the country's
Foreign Minister, Peter Szijjarto"), and a signature block (a name on one line,
"Prime Minister of the Kingdom of Cambodia" on the next). The organization is
the country or body named in the phrase; failing that, the possessor's (for
"Trump's envoy") or the gazetteer's country for a known office holder.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extractors.common import facts, provenance
from kg.extractors.lexicon import (
    RANK_ABBREVIATIONS,
    RANK_WORDS,
    SPOKES_TITLES,
    STATE_TITLE_HEADS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from kg.extractors.table import HEAD_TITLES, ActorTable, office_over
from kg.model import Role

#: Prepositions of where someone is or goes ("traveled to Chad", "in Peru").
PLACE_PREPS = frozenset("in at near to into from across via inside".split())

#: Bare nouns in a title that stand for a body the text names elsewhere ("army chief X").
BODY_REF_NOUNS = frozenset("army military police navy junta government administration".split())

TITLE_EXTRA = frozenset({"former", "acting", "vice", "crown", "deputy", "chief", "senior"})
#: Departments named inside a title: "U.S. Treasury Secretary" is the United
#: States' Treasury Secretary, not the Treasury's "Secretary".
DEPARTMENT_WORDS = frozenset("""treasury commerce energy justice agriculture labor labour
education transportation transport homeland health trade""".split())


#: What "leader" stands for in "the Russian leader".
HEAD_WORDS = frozenset({"president", "prime", "chancellor", "king", "premier", "emir", "leader"})
#: Titles of people posted to a country: "Ambassador to Ruritania".
#: Nouns for a body an office may own ("the District Attorney's Office").
BODY_NOUNS = frozenset("office department bureau service staff team".split())
#: Offices whose name ends in "General": "Attorney General", not a rank.
GENERAL_OFFICES = frozenset("""secretary attorney inspector governor surgeon solicitor
director consul auditor adjutant prosecutor""".split())
#: "her Peruvian counterpart X": X holds the same office for another country.
COUNTERPART_WORDS = frozenset({"counterpart"})
SENT_TO = frozenset({"ambassador", "envoy", "representative", "delegate"})
#: Words an office phrase may run through before a name ("Assistant Secretary of
#: Defense for Special Operations X").
LINK_WORDS = frozenset({"of", "the", "for", "to", "'s", "\u2019s", "-"})
#: Entity labels of a country or body named in an office ("Ruritanian Foreign Minister"):
#: when no actor stands there, the office's organization is unknown, not implied.
UNRESOLVED_ENTS = frozenset({"NORP", "GPE"})


def start_of(tok: Token, left: list[Token]) -> int:
    """Where a nominal begins: its determiner, else its first modifier."""
    first = left[0].i if left else tok.i
    return first - 1 if first > 0 and tok.doc[first - 1].dep_ == "det" else first


#: Titles a country before them gives a field of study: "an Iran expert", "a Russia analyst".
FIELD_TITLES = frozenset("expert analyst specialist scholar researcher correspondent".split())
#: Words that make an office one no one holds yet, outside a subject ("trying to find a new
#: Speaker"; but "the new president said" is someone).
NOT_YET_HELD = frozenset("new next future potential possible prospective".split())


def _describes_person(tok: Token, table: ActorTable) -> bool:
    """An office inside a phrase in apposition to a named person (up through "and",
    "of" and "for" phrases, a few steps): the person holds it."""
    for _ in range(5):
        if tok.dep_ == "appos":
            return bool((n := table.at(tok.head)) and table.type_of(n) == "Person")
        if tok.dep_ not in ("conj", "pobj", "prep", "nmod") or tok.head.i == tok.i or (
                tok.dep_ == "prep" and tok.lower_ not in ("of", "for")):
            return False  # ("Ana Ruiz, an aide to the President of Chad": his office)
        tok = tok.head
    return False


def _where(tok: Token) -> bool:
    """A name used as a place: "traveled to Chad, Niger and Mali", "in Peru"."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS


def _owner(tok: Token) -> Token:
    """What a country is said of: "Chile's minister" → minister; "Prime Minister Ana
    Ruiz of Chile" → Ruiz (the word "of" hangs from)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
        return head.head
    return head


def _office_of(tok: Token) -> bool:
    """A country that belongs to an office: "Chile's foreign minister", "Prime Minister
    Ana Ruiz of Chile" (a name right after a title)."""
    if _word(tok.head) in TITLE_HEADS:
        return True
    owner = _owner(tok)
    return owner is not tok.head and any(  # the name's own words hold a title
        _word(t) in TITLE_HEADS and t.is_title for t in owner.doc[owner.left_edge.i:owner.i])


def _rank_cut(run: list[Token]) -> list[Token]:
    """An office followed by a rank ("spokesperson Colonel X", "spokesman Brig Gen X"):
    the rank is the holder's, not the office's. A lone "General" after an office
    belongs to it ("Attorney General", "Secretary General")."""
    k = len(run)
    while k > 1 and _rank(run[k - 1]):
        k -= 1
    cut = run[k:]
    if not cut or (len(cut) == 1 and cut[0].lower_.rstrip(".") in ("general", "gen") and
                   _word(run[k - 1]) in GENERAL_OFFICES) or \
            not any(_word(t) in TITLE_HEADS and not _rank(t) for t in run[:k]):
        return run
    return run[:k]


def _rank(t: Token) -> bool:
    return _word(t) in RANK_WORDS or t.lower_.rstrip(".") in RANK_ABBREVIATIONS


def _word(t: Token) -> str:
    """A title word's dictionary form: "presidents" is "president"."""
    return t.lemma_.lower() if t.tag_ in ("NNS", "NNPS") else t.lower_


def office_before(table: ActorTable, span: Span) -> list[Token]:
    """The office phrase right before a name, read leftwards through capitalised
    words, title words and links, within the sentence and up to another person."""
    sid = table.sent_id[span.start]
    out: list[Token] = []
    i = span.start - 1
    while i >= 0 and span.start - i <= 16 and table.sent_id[i] == sid:
        t = table.tokens[i]
        name = table.at(t)
        if name is not None and table.type_of(name) == "Person":
            break
        if not (t.is_title or (t.is_upper and len(t) > 1) or name is not None or
                _word(t) in TITLE_WORDS or t.lower_ in TITLE_EXTRA | LINK_WORDS):
            break
        out.append(t)
        i -= 1
    out.reverse()
    while out and out[0].lower_ in LINK_WORDS:
        out.pop(0)
    return out


class RoleExtractor:
    def __init__(self, name: str = "kg_roles") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        table: ActorTable = doc._.kg_table
        found: dict[tuple[str, str], tuple[str, Role]] = {}
        seen_heads: set[int] = set()
        pending: list[tuple[str, str, Span, float]] = []  # titles naming no body
        for m in table.mentions:
            if table.type_of(m.name) != "Person" or m.end - 1 in seen_heads:
                continue
            seen_heads.add(m.end - 1)
            span = doc[m.start:m.end]
            for title, org, confidence in self._candidates(doc, table, span, m.name):
                if title and not org:
                    pending.append((m.name, title, span, confidence))
                if not title or not org or org == m.name:
                    continue
                role = Role(m.name, title, org, provenance(
                    table.sent_of(span.start), span.start_char, span.end_char, self.name,
                    confidence))
                key = (m.name, org)
                old = found.get(key)
                if old is None or len(title) > len(old[0]):
                    found[key] = (title, role)
        self._counterparts(doc, table, found, pending)
        self._shared_titles(doc, table, found)
        self._implied(doc, table, found, pending)
        # "the Russian President responded ...", "the President of Turkey": a title
        # resolved to its holder
        for tok in table.tokens:
            if tok.lemma_.lower() not in HEAD_TITLES or tok.pos_ not in ("NOUN", "PROPN") or \
                    table.at(tok) is not None or tok.dep_ == "compound":
                continue
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
            of_country = [n for c in tok.children if c.dep_ == "prep" and
                          c.lower_ == "of" for o in c.children if o.dep_ == "pobj" and
                          (n := table.at(o)) and table.type_of(n) == "Country"]
            if not mods and len(of_country) == 1 and (tok.is_title or any(
                    c.lower_ == "the" for c in tok.children)):
                mods = [tok]  # "the President of Turkey": the country after "of"
                countries = of_country
            else:
                countries = [n for c in mods if (n := table.at(c)) and
                             table.type_of(n) == "Country"]
            if len(countries) != 1 or len(mods) != 1 or (not any(
                    c.lower_ == "the" for c in tok.children) and mods[0] is not tok):
                continue
            holder = table.holder_of(tok, countries[0])
            if holder and (holder, countries[0]) not in found:
                sent = table.sent_of(tok.i)
                role = Role(holder, tok.text[:1].upper() + tok.text[1:].lower(), countries[0],
                            provenance(sent, mods[0].idx, tok.idx + len(tok), self.name, 0.6))
                found[(holder, countries[0])] = (role.title, role)
                table.actors[holder].titles.add(role.title.lower())
        self._plural_titles(table, found)
        self._unnamed_offices(doc, table, found)
        self._members(doc, table, found)
        self._unnamed_for(table, found)
        self._named_spokesmen(table, found, pending)
        self._named_holders(table, found)
        for (holder, org), (title, _role) in found.items():
            rec = table.actors[holder]
            # "Assistant to the President" is no president: the office before "to"
            rec.titles.add(title.lower().split(" to ")[0])
            if not rec.country and table.type_of(org) == "Country":
                rec.country = org
        facts(doc)["roles"].extend(r for _, r in found.values())
        return doc

    def _counterparts(self, doc: Doc, table: ActorTable, found: dict, pending: list) -> None:
        """"Foreign Minister Ana Ruiz and her Peruvian counterpart Tomas Vidal", "she
        met her counterpart, Tomas Vidal of Peru": the counterpart holds the office of
        the person named before it in the sentence, for the country the demonym (or
        the "of" phrase after the name) gives."""
        for m in table.mentions:
            if table.type_of(m.name) != "Person" or m.start < 2 or \
                    any(h == m.name for h, _ in found):
                continue
            k = m.start - 1 - (doc[m.start - 1].text == ",")
            if k < 1 or doc[k].lower_ not in COUNTERPART_WORDS:
                continue
            country = table.at(doc[k - 1])
            if country is None or table.type_of(country) != "Country":
                country = self._org_after(table, doc[m.start:m.end])
            if country is None or table.type_of(country) != "Country":
                continue
            sid = table.sent_id[m.start]
            before = [p.name for p in table.mentions if p.end < k and table.sent_id[p.start] ==
                      sid and table.type_of(p.name) == "Person" and p.name != m.name]
            if not before:
                continue
            other = before[-1]
            titles = [t for (h, o), (t, _) in found.items() if h == other and o != country] + \
                [t for h, t, _, _ in pending if h == other]
            if not titles or "former" in titles[0].lower():
                continue
            span = doc[m.start:m.end]
            found[(m.name, country)] = (titles[0], Role(m.name, titles[0], country, provenance(
                table.sent_of(m.start), span.start_char, span.end_char, self.name, 0.7)))

    def _unnamed_for(self, table: ActorTable, found: dict) -> None:
        """"A spokeswoman for the Kessary Front said", "an official of the ministry
        told Reuters": a person the text names only by an office (GUIDELINES: a Person
        named by the office) holds it in the body named after "for" or "of"."""
        for name, rec in table.actors.items():
            words = name.split()
            if rec.name != name or rec.type != "Person" or not words[-1].islower() or \
                    words[-1] not in TITLE_HEADS or any(k[0] == name for k in found):
                continue  # "Ana Ruiz" is named; "Chad's defence minister" has its role
            for m in table.mentions:
                tok = next((t for t in table.tokens[m.start:m.end] if t.lower_ == words[-1]),
                           None)  # ("a spokesperson for the Front": the mention may run on)
                if m.name != name or tok is None:
                    continue
                bodies = [n for c in tok.children if c.dep_ == "prep" and
                          c.lower_ in ("for", "of") for o in c.children if o.dep_ == "pobj"
                          and (n := table.at(o)) is not None and n != name and
                          table.type_of(n) in ("Organization", "Country")]
                if len(bodies) == 1:
                    found[(name, bodies[0])] = (name, Role(name, name, bodies[0], provenance(
                        table.sent_of(tok.i), tok.idx, tok.idx + len(tok), self.name, 0.6)))
                    break

    @staticmethod
    def _named_spokesmen(table: ActorTable, found: dict, pending: list) -> None:
        """"A rebel spokesman said ..." and, later, "Ana Ruiz, a spokeswoman for the
        rebels, said ...": where the text names one spokesperson, the unnamed one it
        quotes is that person (a wire report's lead names the source further down).
        Where the named one's title gave no body ("The rebels said ..., spokesman Ana
        Ruiz told reporters" and "the rebel spokesman added"), the unnamed one's body
        is the named one's."""
        def proper(h: str) -> bool:  # "Ana Ruiz", not "Rebel spokesman"
            return h[:1].isupper() and not h.split()[-1].islower()

        named = {(h, o) for (h, o), (t, _) in found.items() if table.type_of(h) == "Person"
                 and proper(h) and set(t.lower().split()) & SPOKES_TITLES}
        bare = {h for h, t, _, _ in pending if proper(h) and
                set(t.lower().split()) & SPOKES_TITLES and not any(k[0] == h for k in found)}
        adopt = not named
        if len({h for h, _ in named} | bare) != 1:
            return  # two named spokespeople: which one the unnamed is, the text does not say
        into, org = named.pop() if named else (bare.pop(), "")
        for name, rec in list(table.actors.items()):
            words = name.lower().split()
            if rec.name != name or rec.type != "Person" or not name.split()[-1].islower() or \
                    words[-1] not in SPOKES_TITLES or (len(words) > 2 and not any(
                        k[0] == name and name.lower() == f"{k[1]} {words[-1]}".lower()
                        for k in found)):  # ("the Kessary Front spokesman": its body)
                continue
            # "a spokesman for Chief Executive X": one who speaks for someone else
            speaks_for = {n for m in table.mentions if m.name == name
                          for c in table.tokens[m.end - 1].children
                          if c.dep_ == "prep" and c.lower_ == "for"
                          for o in c.subtree if (n := table.at(o)) and n != org and
                          table.type_of(n) != "Group"}
            if speaks_for or (org and any(k[0] == name and k[1] != org for k in found)):
                continue  # (a spokesman of another body)
            roles = [(k, found.pop(k)) for k in [k for k in found if k[0] == name]]
            if adopt and len(roles) == 1:
                (_, body), (title, role) = roles[0]
                found[(into, body)] = (title, Role(into, title, body, role.provenance))
                adopt = False  # one body for the one named spokesperson
            table.merge(name, into)

    @staticmethod
    def _named_holders(table: ActorTable, found: dict) -> None:
        """"Kessary army chief visits troops" (a headline) and "the chief of staff of
        the Kessary army, Ana Ruiz,": an office named without its holder is the one
        named person the text gives the same office of the same body (or of a body of
        that country). Not a former holder, and not where two named people hold it."""
        def head(title: str) -> str:
            return title.lower().split(" of ")[0].split()[-1]

        def same_body(unnamed_org: str, org: str) -> bool:
            return org == unnamed_org or table.actors[org].country == unnamed_org

        for (name, org), (title, _role) in list(found.items()):
            rec = table.actors.get(name)
            if rec is None or rec.type != "Person" or rec.name != name or \
                    not name.split()[-1].islower() or "former" in title.lower():
                continue
            holders = {h for (h, o), (t, _) in found.items() if h != name and
                       table.type_of(h) == "Person" and not h.split()[-1].islower() and
                       head(t) == head(title) and "former" not in t.lower() and
                       same_body(org, o)}
            if len(holders) != 1:
                continue
            del found[(name, org)]
            table.merge(name, holders.pop())

    def _implied(self, doc: Doc, table: ActorTable, found: dict, pending: list) -> None:
        """A title whose phrase names no body: the holder's known country, else, for
        an office of a state, the one country the sentence names that no other
        office holder there belongs to, else the country the article is most about."""
        top = self._main_country(table)
        for holder, title, span, confidence in pending:
            if any(h == holder for h, _ in found):
                continue
            org = table.actors[holder].country
            conf = confidence
            heads = set(title.lower().split()) & STATE_TITLE_HEADS
            head = min(heads) if heads else ""
            if org is None and heads:
                sid = table.sent_id[span.start]
                taken = {o for (h, o), (_, r) in found.items()
                         if r.provenance and table.sent_of(span.start).text.strip() ==
                         r.provenance.sentence}
                # countries the sentence names, not as where someone went or was
                named = [m for m in table.mentions if table.sent_id[m.start] == sid
                         and table.type_of(m.name) == "Country" and
                         not _where(doc[m.start:m.end].root)]
                # not a country of another office ("told Chile's foreign minister")
                in_sent = [m.name for m in named if m.name not in taken and not (
                    _office_of(doc[m.start:m.end].root) and
                    not span.start - 8 <= _owner(doc[m.start:m.end].root).i < span.end)]
                bodies = [table.actors[m.name].country for m in table.mentions
                          if table.sent_id[m.start] == sid and
                          table.type_of(m.name) == "Organization" and
                          table.actors[m.name].country]
                if len(set(in_sent)) == 1:
                    org = in_sent[0]
                elif len(set(bodies)) == 1:
                    org = bodies[0]
                elif not named and top and not any(
                        o == top and head in t.lower().split()
                        for (_, o), (t, _) in found.items()):
                    org = top
                conf = 0.6
            if org is None or org == holder:
                continue
            found[(holder, org)] = (title, Role(holder, title, org, provenance(
                table.sent_of(span.start), span.start_char, span.end_char, self.name, conf)))

    @staticmethod
    def _main_country(table: ActorTable) -> str | None:
        """The country mentioned most (the first of equals): what the article is about."""
        counts: dict[str, int] = {}
        gaz = gazetteer.load()
        for m in table.mentions:
            rec = table.actors[m.name]
            country = m.name if rec.type == "Country" else None
            if rec.type == "Organization" and rec.country:
                # "U.S. forces", "the Chilean Navy" name their country too
                first = gaz.lookup(table.tokens[m.start].text)
                if first is not None and first.name == rec.country:
                    country = rec.country
            if country:
                counts[country] = counts.get(country, 0) + 1
        return max(counts, key=lambda n: counts[n]) if counts else None

    def _unnamed_offices(self, doc: Doc, table: ActorTable, found: dict) -> None:
        """An office named without its holder ("Chad's defense minister said", "the
        High Representative of the European Union") is a person named by the office,
        with that role, unless the text names who holds it."""
        for tok in table.tokens:
            if _word(tok) not in TITLE_HEADS or tok.tag_ not in ("NN", "NNP") or \
                    table.at(tok) is not None or tok.dep_ in ("compound", "amod", "appos") or \
                    _where(tok):
                continue
            if any(c.dep_ == "appos" or (c.dep_ == "poss" and c.pos_ == "PRON") or (
                    c.dep_ == "conj" and (n := table.at(c)) and table.type_of(n) == "Person")
                   for c in tok.children):
                continue  # "the minister, Ana Ruiz", "his envoy", "Crown Prince and Prime
                # Minister Ana Ruiz" (two titles of one name)
            if _describes_person(tok, table):
                continue  # "Ana Ruiz, Senior Advisor and Director of X", "Ana Ruiz, X Office
                # of Y Policy Director": offices in apposition to a named person are hers
            if tok.dep_ not in ("nsubj", "nsubjpass") and any(
                    c.dep_ == "amod" and c.lower_ in NOT_YET_HELD for c in tok.children):
                continue  # "to find a new Speaker", "nominee for the next President": an
                # office someone is yet to hold, no holder of it
            if tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ == "as") or (
                    tok.dep_ == "poss" and tok.head.lemma_.lower() in BODY_NOUNS):
                continue  # "she is the President of X", "he served as the Director of X":
                # the subject holds it; "the District Attorney's Office" is a body
            nxt = tok.i + 1
            if nxt < len(doc) and (n := table.at(doc[nxt])) and table.type_of(n) == "Person":
                continue
            if self._named_after_comma(doc, table, tok):
                continue  # "President of the Coastal Commission, Ana Ruiz, said"
            left = list(doc[tok.left_edge.i:tok.i])
            while left and (left[0].is_punct or left[0].dep_ in ("det", "predet")):
                left = left[1:]
            if any(t.is_punct and t.text not in ("-", "'s") for t in left):
                continue
            if any(t.dep_ in ("relcl", "acl", "prep") or ((n := table.at(t)) and table.type_of(
                    n) == "Person") for t in left):
                continue
            of = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]
            named = [n for t in [*left, *of] if (n := table.at(t))]
            orgs = [o for o in dict.fromkeys(named) if table.type_of(o) in (
                "Country", "Organization")]
            if len(orgs) != 1:
                continue
            org = orgs[0]
            words = [t for t in left if not table.at(t) and t.lower_ not in ("'s", "\u2019s")]
            kept = [*words, tok]
            title = "".join(t.text + (t.whitespace_ if k + 1 < len(kept) and
                                      kept[k + 1].i == t.i + 1 else " ")
                            for k, t in enumerate(kept)).strip()
            heads = {_word(tok)} | (HEAD_WORDS if _word(tok) == "leader" else set())
            if not title or any(o == org and heads & set(t.lower().split())
                                for (_, o), (t, _) in found.items()):
                continue  # held by someone the text names
            if table.type_of(org) == "Country" and (
                    table.holder_of(tok, org) or table.by_title(heads, org, tok.i)):
                continue
            owner = self._possessed_person(doc, table, org, found)
            if owner is not None:
                # "France's foreign minister ... France's Luc Morel": the one person
                # the text gives that country, who holds no other office
                table.add_mention(doc[tok.i:tok.i + 1], owner, doc[start_of(tok, left):
                                                                   tok.i + 1].text)
                found[(owner, org)] = (title, Role(owner, title, org, provenance(
                    table.sent_of(tok.i), tok.idx, tok.idx + len(tok), self.name, 0.6)))
                continue
            # "the police chief's spokesman": the office of an office, not of the body
            of_office = any(t.lower_ in ("'s", "\u2019s") and not table.at(t.head)
                            for t in left)
            end = of[0].i + 1 if of and table.at(of[0]) == org else tok.i + 1
            if of and end == of[0].i + 1:
                end = max(t.i for t in doc[of[0].i:end] if table.at(t) == org) + 1
            start = left[0].i if left else tok.i
            span = doc[start:end]
            name = span.text.replace("\u2019", "'")
            table.add_actor(name, "Person")
            det = doc[start - 1].lower_ if start > 0 else ""
            # the head stands for the person; the body's name stays the body's
            table.add_mention(doc[tok.i:tok.i + 1], name, f"{det} {span.text}" if det in (
                "the", "a", "an") else span.text)
            if (name, org) not in found and not of_office:
                found[(name, org)] = (title, Role(name, title, org, provenance(
                    table.sent_of(tok.i), span.start_char, span.end_char, self.name, 0.6)))

    @staticmethod
    def _named_after_comma(doc: Doc, table: ActorTable, tok: Token) -> bool:
        """An office, its "of" phrase, maybe a comma, then a person: the person holds it."""
        sid = table.sent_id[tok.i]
        for k in range(tok.i + 1, min(tok.i + 12, len(doc) - 1)):
            t = doc[k]
            if table.sent_id[k] != sid:
                return False
            if t.text == ",":
                t = doc[k + 1]
            n = table.at(t)
            if n is not None and table.type_of(n) == "Person":
                return True  # "Secretary of the Treasury Ana Ruiz"
            if doc[k].text == ",":
                return False
            if not (t.is_title or t.is_upper or t.lower_ in LINK_WORDS | {"in"} or
                    table.at(t)):  # ("the commander of the troops in Tovala, Ana Ruiz")
                return False
        return False

    def _shared_titles(self, doc: Doc, table: ActorTable, found: dict) -> None:
        """"former presidents Ana Ruiz of Peru and Tomas Vidal of Chile": the second
        name, with its own body after it, shares the first one's title."""
        last: tuple[str, int] | None = None  # (holder, end token) of the previous name
        for m in table.mentions:
            if table.type_of(m.name) != "Person":
                continue
            prev, last = last, (m.name, m.end)
            if prev is None or any(h == m.name for h, _ in found) or m.start < 2 or \
                    doc[m.start - 1].lower_ not in ("and", ","):
                continue
            titles = [t for (h, _), (t, _) in found.items() if h == prev[0]]
            between = doc[prev[1]:m.start - 1]
            org = self._org_after(table, doc[m.start:m.end])
            if len(titles) != 1 or not org or not between or between[0].lower_ != "of" or \
                    table.sent_id[prev[1]] != table.sent_id[m.start] or any(
                        t.lower_ not in ("of", "the") and table.at(t) is None
                        for t in between):
                continue
            found[(m.name, org)] = (titles[0], Role(m.name, titles[0], org, provenance(
                table.sent_of(m.start), doc[m.start].idx, doc[m.end - 1].idx +
                len(doc[m.end - 1]), self.name, 0.7)))

    def _members(self, doc: Doc, table: ActorTable, found: dict) -> None:
        """A body with its members in brackets: "the Contact Group (Chile, Peru and
        the African Union)" gives each a "member" role of the body."""
        for tok in table.tokens:
            if tok.text != "(" or tok.i == 0:
                continue
            members: list[str] = []
            k = tok.i + 1
            while k < len(doc) and doc[k].text != ")" and k - tok.i < 40:
                name = table.at(doc[k])
                if name is not None:
                    if table.type_of(name) not in ("Country", "Organization"):
                        break
                    if name not in members:
                        members.append(name)
                elif not (doc[k].lower_ in (",", "and", "the") or doc[k].is_space):
                    break
                k += 1
            if k >= len(doc) or doc[k].text != ")" or len(members) < 2:
                continue
            body = table.at(doc[tok.i - 1])
            if body is None:
                ent = next((e for e in table.ents if e.end == tok.i and e.label_ in (
                    "ORG", "LOC", "NORP", "GPE") and e[-1].text[:1].isupper()), None)
                if ent is None:
                    continue
                span = ent[1:] if ent[0].lower_ == "the" else ent
                body = span.text
                table.add_actor(body, "Organization")
                table.add_mention(span, body, ent.text if ent is not span else None)
            if table.type_of(body) != "Organization":
                continue
            for name in members:
                found.setdefault((name, body), ("member", Role(name, "member", body, provenance(
                    table.sent_of(tok.i), tok.idx, doc[k].idx + 1, "kg_roles_members", 0.7))))

    @staticmethod
    def _possessed_person(doc: Doc, table: ActorTable, org: str, found: dict) -> str | None:
        """The one person named as a country's own ("Chad's Ana Ruiz"), with no role."""
        people = []
        for m in table.mentions:
            if table.type_of(m.name) != "Person" or m.start < 2 or \
                    doc[m.start - 1].lower_ not in ("'s", "\u2019s"):
                continue
            if table.at(doc[m.start - 2]) == org and not any(h == m.name for h, _ in found):
                people.append(m.name)
        return people[0] if len(set(people)) == 1 else None

    @staticmethod
    def _plural_titles(table: ActorTable, found: dict) -> None:
        """"The presidents stated ...": each of the people it stands for holds that
        office of their own country, when the text gives them none."""
        for tok in table.tokens:
            lemma = tok.lemma_.lower()
            if tok.tag_ not in ("NNS", "NNPS") or lemma not in HEAD_TITLES or \
                    table.at(tok) is not None or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            people = table._plural(tok, "Person")
            if len(people) < 2:
                continue
            for name in people:
                org = table.actors[name].country
                if org is None or any(h == name for h, _ in found):
                    continue
                title = lemma[:1].upper() + lemma[1:]
                found[(name, org)] = (title, Role(name, title, org, provenance(
                    table.sent_of(tok.i), tok.idx, tok.idx + len(tok), "kg_roles", 0.6)))

    def _candidates(self, doc: Doc, table: ActorTable, span: Span, holder: str):
        yield self._prefix(doc, table, span, holder)
        yield self._apposition(doc, table, span, holder)
        yield self._signature(doc, table, span, holder)

    def _org_in(self, table: ActorTable, tokens: list[Token], holder: str) -> str | None:
        # "Ambassador to Ruritania": the country of the posting is not the employer
        posted = {table.at(t) for t in tokens if t.i > 0 and t.doc[t.i - 1].lower_ == "to"}
        tokens = [t for t in tokens if table.at(t) is None or table.at(t) not in posted]
        # "an Iran expert at the Crisis Group": the country is the field, not the employer
        field = {n for t in tokens if (n := table.at(t)) and table.type_of(n) == "Country"
                 and t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in
                 FIELD_TITLES}
        if field and any((n := table.at(t)) and table.type_of(n) == "Organization"
                         for t in tokens):
            tokens = [t for t in tokens if table.at(t) not in field]
        countries = [n for t in tokens if (n := table.at(t)) and table.type_of(n) == "Country"]
        for t in tokens:
            if countries and t.lower_ in DEPARTMENT_WORDS:
                continue
            name = table.at(t)
            if name and table.actors[name].country and any(
                    x.lower_ in DEPARTMENT_WORDS for x in tokens if table.at(x) == name):
                return table.actors[name].country  # "U.S. Treasury Secretary"
            if name and name != holder and table.type_of(name) in ("Country", "Organization"):
                return name
        for t in tokens:  # "Trump's special envoy": the possessor's country
            name = table.at(t)
            if name and name != holder and table.type_of(name) == "Person":
                rec = table.actors[name]
                if rec.country:
                    return rec.country
        for t in tokens:  # "the country's Foreign Minister"
            if t.lower_ in ("country", "nation") and any(c.lower_ in ("'s", "’s")
                                                         for c in t.children):
                return table.last_before(t.i, "Country", prefer_subject=False)
        return None

    @staticmethod
    def _title(tokens: list[Token], table: ActorTable) -> str:
        runs: list[list[Token]] = [[]]
        skip: set[int] = set()
        for k, t in enumerate(tokens):
            low = t.lower_
            if t.i in skip:
                continue
            if low == "of" and runs[-1] and _word(runs[-1][-1]) in TITLE_HEADS and \
                    k + 1 < len(tokens) and tokens[k + 1].is_title and (
                        tokens[k + 1].lower_ in TITLE_WORDS | DEPARTMENT_WORDS):
                runs[-1].append(t)  # "Secretary of State", "Minister of Foreign Affairs"
                continue
            if low == "to" and runs[-1] and _word(runs[-1][-1]) in TITLE_HEADS and \
                    k + 2 < len(tokens) and tokens[k + 1].lower_ == "the" and \
                    _word(tokens[k + 2]) in HEAD_WORDS and tokens[k + 2].is_title:
                # "Assistant to the President", "Adviser to the Prime Minister"
                rest = [tokens[k + 1], tokens[k + 2]]
                if k + 3 < len(tokens) and tokens[k + 3].lower_ == "minister":
                    rest.append(tokens[k + 3])
                runs[-1].extend([t, *rest])
                skip.update(x.i for x in rest)
                continue
            if low == "to" and runs[-1] and _word(runs[-1][-1]) in SENT_TO and \
                    k + 1 < len(tokens) and table.at(tokens[k + 1]):
                # "Ambassador to Ruritania": the posting is part of the title
                place = table.at(tokens[k + 1])
                rest = [x for x in tokens[k + 1:] if table.at(x) == place]
                runs[-1].extend([t, *rest])
                skip.update(x.i for x in rest)
                continue
            is_title = ((_word(t) in TITLE_WORDS or low in TITLE_EXTRA) and
                        table.at(t) is None) or (low in DEPARTMENT_WORDS and
                                                 t.text[:1].isupper())
            if is_title:
                runs[-1].append(t)
            elif runs[-1]:
                runs.append([])
        runs = [r for r in runs if r and any(_word(t) in TITLE_HEADS for t in r)]
        # a rank beside an office: "Fleet Commander Rear Admiral X" is the commander
        offices = [r for r in runs if not all(_word(t) in RANK_WORDS | TITLE_EXTRA
                                              for t in r)]
        runs = [_rank_cut(r) for r in offices] or runs
        if not runs:
            return ""
        last = runs[-1]
        if tokens and last[-1].i == tokens[-1].i:
            chosen = last
        else:
            chosen = runs[0]
        return " ".join(t.lemma_ if t.tag_ in ("NNS", "NNPS") and _word(t) in TITLE_HEADS
                        else t.text for t in chosen)

    def _default_org(self, table: ActorTable, holder: str) -> str | None:
        return table.actors[holder].country

    def _prefix(self, doc: Doc, table: ActorTable, span: Span, holder: str):
        head = span.root
        left = min(head.left_edge.i, span.start)
        sid = table.sent_id[span.start]
        region = [t for t in doc[left:span.start] if table.sent_id[t.i] == sid]
        # stop at a comma or a verb: only the noun phrase in front of the name
        for k in range(len(region) - 1, -1, -1):
            if (region[k].is_punct and region[k].text not in ("'", "’", "-", ".")) or \
                    region[k].pos_ in ("VERB", "AUX"):
                region = region[k + 1:]
                break
        if not region or not self._title(region, table):
            region = office_before(table, span)  # "President of the Republic of X Y"
        if not region:
            return ("", None, 0.0)
        poss = [k for k, t in enumerate(region) if t.lower_ in ("'s", "’s")]
        title_region = region[poss[-1] + 1:] if poss else region
        title = self._title(title_region, table)
        if title and any(t.lower_ == "former" for t in title_region) and \
                not title.lower().startswith("former"):
            title = "former " + title
        org = self._org_in(table, title_region, holder) or self._org_in(
            table, region, holder) or self._org_after(table, span)
        if title and not org:
            # "ECOWAS Chairman X" where the parse hung the body on the verb: the body
            # written right before the title, read along the words
            org = self._org_in(table, office_before(table, span), holder)
        if title and not org:
            org = self._bracketed_body(table, title_region[0].i, holder)
        if title and not org:
            # ("On Saturday army chief X": the parse may leave the body's noun out)
            k = title_region[0].i - 1
            k -= k > 0 and doc[k].lower_ in ("'s", "\u2019s")  # "the army's spokesperson X"
            before = [doc[k]] if k >= 0 else []
            org = self._body_referred(table, before + title_region) or \
                self._body_referred(table, region)  # "the army's spokesperson X"
        if title and not org:
            org = self._default_org(table, holder)
        if title and not org and any(t.ent_type_ in UNRESOLVED_ENTS and table.at(t) is None
                                     for t in title_region):
            # "Ruritanian Foreign Minister X": the text names the country, but not one
            # kg knows; guessing another country from the article would be wrong
            return ("", None, 0.0)
        return (title, org, 0.85)

    @staticmethod
    def _bracketed_body(table: ActorTable, start: int, holder: str) -> str | None:
        """"the Kessary Front (KF) chief Ana Ruiz": the body whose acronym is bracketed
        right before the title (the parse leaves the body out of the name's phrase)."""
        doc = table.doc
        k = start - 1
        if k < 2 or doc[k].text != ")" or doc[k - 2].text != "(":
            return None
        for t in (doc[k - 1], doc[k - 3] if k >= 3 else None):
            name = table.at(t) if t is not None else None
            if name and name != holder and table.type_of(name) in ("Organization", "Country"):
                return name
        return None

    def _body_referred(self, table: ActorTable, tokens: list[Token]) -> str | None:
        """A body named by a bare noun in the title ("army chief Ana Ruiz", "government
        spokesman Ana Ruiz"): the one body of the text with that noun last (the
        Chilean army), or for a government the country the text is most about."""
        for t in tokens:
            if t.lower_ not in BODY_REF_NOUNS or table.at(t) is not None or \
                    t.i + 1 >= len(t.doc) or t.doc[t.i + 1].lower_ in BODY_REF_NOUNS:
                continue
            if t.lower_ in ("government", "administration"):
                return self._main_country(table)
            bodies = {r.name for r in table.actors.values() if r.type == "Organization" and
                      r.name.split()[-1].lower() == t.lower_}
            if len(bodies) == 1:
                return bodies.pop()
        return None

    @staticmethod
    def _org_after(table: ActorTable, span: Span) -> str | None:
        """"former president Ana Ruiz of Ruritania": the body after the name."""
        doc = span.doc
        k = span.end
        if k + 1 >= len(doc) or doc[k].lower_ != "of":
            return None
        k += 1 + (doc[k + 1].lower_ == "the")
        name = table.at(doc[k]) if k < len(doc) else None
        if name and table.type_of(name) in ("Country", "Organization"):
            return name
        return None

    def _apposition(self, doc: Doc, table: ActorTable, span: Span, holder: str):
        head = span.root
        nodes = [c for c in head.children if c.dep_ == "appos"]
        posted: set[int] = set()  # where an office is held, no body of it
        if head.dep_ == "appos":
            nodes.append(self._nearest_title(doc, table, span, head.head))
            over = office_over(head.head)  # "the commander of the troops in Tovala, X"
            if over is not None and table.at(over) is None:
                nodes.append(over)
                posted = {t.i for t in head.head.subtree}
            body = head.head  # "an analyst at the Lowy Institute, Ana Ruiz": the name
            # hangs on the body the title is "at"
            if body.dep_ == "pobj" and body.head.lower_ in ("at", "with", "of") and \
                    table.at(body) is not None and body.head.head.i < body.i:
                nodes.append(body.head.head)
        for node in nodes:
            if node.lemma_ not in TITLE_HEADS and node.lower_ not in TITLE_HEADS:
                continue
            sub = [t for t in node.subtree if not (span.start <= t.i < span.end) and
                   t.i not in posted]
            if self._holder_after_body(table, sub, holder):
                continue  # "backed by X, the leader of the Front Ana Ruiz": Ruiz's title
            title_toks = [t for t in node.subtree if t.i <= node.i and
                          not (span.start <= t.i < span.end)]
            title = self._title(title_toks, table)
            # "X, the army spokesperson, said": the body the bare noun stands for
            org = self._org_in(table, sub, holder) or (
                self._body_referred(table, title_toks) if title else None) or \
                self._default_org(table, holder)
            return (title, org, 0.8)
        return ("", None, 0.0)

    @staticmethod
    def _holder_after_body(table: ActorTable, sub: list[Token], holder: str) -> bool:
        """The phrase ends in another person named right after a body: "the leader of
        the Front Ana Ruiz" is Ruiz's title, not that of the name it was hung on."""
        if len(sub) < 3 or sub[-1].i - sub[0].i + 1 != len(sub):
            return False
        last = table.at(sub[-1])
        if last is None or last == holder or table.type_of(last) != "Person":
            return False
        k = len(sub) - 1
        while k > 0 and table.at(sub[k - 1]) == last:
            k -= 1
        before = table.at(sub[k - 1]) if k > 0 else None
        return before is not None and table.type_of(before) in ("Organization", "Country")

    @staticmethod
    def _nearest_title(doc: Doc, table: ActorTable, span: Span, node: Token) -> Token:
        """"The Prime Minister of India, Ana Rao, and the Chancellor of Austria, Jan Berg":
        the parser may hang both names on the first title; each holds the title
        coordinated right before it."""
        for k in range(span.start - 1, node.i, -1):
            t = doc[k]
            if (n := table.at(t)) and table.type_of(n) == "Person":
                break
            if t.dep_ == "conj" and t.is_title and t.lower_ in TITLE_HEADS:
                return t
        return node

    def _signature(self, doc: Doc, table: ActorTable, span: Span, holder: str):
        text = table.text
        line_start = text.rfind("\n", 0, span.start_char) + 1
        line_end = text.find("\n", span.end_char)
        if line_end < 0 or text[line_start:line_end].strip() != span.text.strip():
            return ("", None, 0.0)
        next_end = text.find("\n", line_end + 1)
        next_end = len(text) if next_end < 0 else next_end
        line = doc.char_span(line_end + 1, next_end, alignment_mode="expand")
        if line is None or not len(line) or line[0].lower_ not in TITLE_WORDS:
            return ("", None, 0.0)
        toks = list(line)
        of = next((k for k, t in enumerate(toks) if t.lower_ == "of"), len(toks))
        title = " ".join(t.text for t in toks[:of])
        org = self._org_in(table, toks[of:], holder)
        if org:
            table.add_mention(line, holder, "the " + line.text.strip())
        return (title, org, 0.9)


@Language.factory("kg_roles", assigns=["doc._.kg_facts", "doc._.kg_roles"],
                  requires=["doc._.kg_table", "doc._.kg_mentions"])
def make_roles(nlp: Language, name: str) -> RoleExtractor:
    return RoleExtractor(name)
