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

from kg.extractors.common import facts, provenance
from kg.extractors.lexicon import TITLE_HEADS, TITLE_WORDS
from kg.extractors.table import HEAD_TITLES, ActorTable
from kg.model import Role

TITLE_EXTRA = frozenset({"former", "acting", "vice", "crown", "deputy", "chief", "senior"})
#: Departments named inside a title: "U.S. Treasury Secretary" is the United
#: States' Treasury Secretary, not the Treasury's "Secretary".
DEPARTMENT_WORDS = frozenset("""treasury commerce energy justice agriculture labor labour
education transportation transport homeland health trade""".split())


class RoleExtractor:
    def __init__(self, name: str = "kg_roles") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        table: ActorTable = doc._.kg_table
        found: dict[tuple[str, str], tuple[str, Role]] = {}
        seen_heads: set[int] = set()
        for m in table.mentions:
            if table.type_of(m.name) != "Person" or m.end - 1 in seen_heads:
                continue
            seen_heads.add(m.end - 1)
            span = doc[m.start:m.end]
            for title, org, confidence in self._candidates(doc, table, span, m.name):
                if not title or not org or org == m.name:
                    continue
                role = Role(m.name, title, org, provenance(
                    table.sent_of(span.start), span.start_char, span.end_char, self.name,
                    confidence))
                key = (m.name, org)
                old = found.get(key)
                if old is None or len(title) > len(old[0]):
                    found[key] = (title, role)
        # "the Russian President responded ...": a title resolved to its holder
        for tok in table.tokens:
            if tok.lemma_.lower() not in HEAD_TITLES or tok.pos_ not in ("NOUN", "PROPN") or \
                    table.at(tok) is not None or tok.dep_ == "compound":
                continue
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
            countries = [table.at(c) for c in mods if table.at(c) and
                         table.type_of(table.at(c)) == "Country"]
            if len(countries) != 1 or len(mods) != 1 or not any(
                    c.lower_ == "the" for c in tok.children):
                continue
            holder = table.holder_of(tok, countries[0])
            if holder and (holder, countries[0]) not in found:
                sent = table.sent_of(tok.i)
                role = Role(holder, tok.text[:1].upper() + tok.text[1:].lower(), countries[0],
                            provenance(sent, mods[0].idx, tok.idx + len(tok), self.name, 0.6))
                found[(holder, countries[0])] = (role.title, role)
        for (holder, org), (title, role) in found.items():
            rec = table.actors[holder]
            rec.titles.add(title.lower())
            if not rec.country and table.type_of(org) == "Country":
                rec.country = org
        facts(doc)["roles"].extend(r for _, r in found.values())
        return doc

    def _candidates(self, doc: Doc, table: ActorTable, span: Span, holder: str):
        yield self._prefix(doc, table, span, holder)
        yield self._apposition(doc, table, span, holder)
        yield self._signature(doc, table, span, holder)

    def _org_in(self, table: ActorTable, tokens: list[Token], holder: str) -> str | None:
        countries = [table.at(t) for t in tokens if table.at(t) and table.type_of(
            table.at(t)) == "Country"]
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
        for k, t in enumerate(tokens):
            low = t.lower_
            if low == "of" and runs[-1] and runs[-1][-1].lower_ in TITLE_HEADS and \
                    k + 1 < len(tokens) and tokens[k + 1].is_title and (
                        tokens[k + 1].lower_ in TITLE_WORDS | DEPARTMENT_WORDS):
                runs[-1].append(t)  # "Secretary of State", "Minister of Foreign Affairs"
                continue
            is_title = ((low in TITLE_WORDS or low in TITLE_EXTRA) and table.at(t) is None) or (
                low in DEPARTMENT_WORDS and t.text[:1].isupper())
            if is_title:
                runs[-1].append(t)
            elif runs[-1]:
                runs.append([])
        runs = [r for r in runs if r and any(t.lower_ in TITLE_HEADS for t in r)]
        if not runs:
            return ""
        last = runs[-1]
        if tokens and last[-1].i == tokens[-1].i:
            chosen = last
        else:
            chosen = runs[0]
        return " ".join(t.text for t in chosen)

    def _default_org(self, table: ActorTable, holder: str) -> str | None:
        return table.actors[holder].country

    def _prefix(self, doc: Doc, table: ActorTable, span: Span, holder: str):
        head = span.root
        left = min(head.left_edge.i, span.start)
        sid = table.sent_id[span.start]
        region = [t for t in doc[left:span.start] if table.sent_id[t.i] == sid]
        # stop at a comma or a verb: only the noun phrase in front of the name
        for k in range(len(region) - 1, -1, -1):
            if region[k].is_punct and region[k].text not in ("'", "’", "-", ".") or \
                    region[k].pos_ in ("VERB", "AUX"):
                region = region[k + 1:]
                break
        if not region:
            return ("", None, 0.0)
        poss = [k for k, t in enumerate(region) if t.lower_ in ("'s", "’s")]
        title_region = region[poss[-1] + 1:] if poss else region
        title = self._title(title_region, table)
        if title and any(t.lower_ == "former" for t in title_region) and \
                not title.lower().startswith("former"):
            title = "former " + title
        org = self._org_in(table, title_region, holder) or self._org_in(table, region, holder)
        if title and not org:
            org = self._default_org(table, holder)
        return (title, org, 0.85)

    def _apposition(self, doc: Doc, table: ActorTable, span: Span, holder: str):
        head = span.root
        nodes = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            nodes.append(head.head)
        for node in nodes:
            if node.lemma_ not in TITLE_HEADS and node.lower_ not in TITLE_HEADS:
                continue
            sub = [t for t in node.subtree if not (span.start <= t.i < span.end)]
            title_toks = [t for t in node.subtree if t.i <= node.i and
                          not (span.start <= t.i < span.end)]
            title = self._title(title_toks, table)
            org = self._org_in(table, sub, holder) or self._default_org(table, holder)
            return (title, org, 0.8)
        return ("", None, 0.0)

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


@Language.factory("kg_roles", assigns=["doc._.kg_facts"], requires=["doc._.kg_table"])
def make_roles(nlp: Language, name: str) -> RoleExtractor:
    return RoleExtractor(name)
