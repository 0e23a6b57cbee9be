"""kg_commitments: pledges, agreements, orders, offers, demands and refusals.

Dependency patterns, each giving actors (the parties bound), counterparts,
an action (a verb phrase) and a status:

- agree to/on/that, pledge, promise, commit, vow, undertake: ``agreed``;
  "will"/"shall" + verb with an actor as subject: ``agreed``;
- order, instruct, command, authorize (the ordered body joins the actors): ``agreed``;
- offer, propose, suggest, "ready/willing to", "readiness to": ``proposed``;
- call on X to, urge/ask/press X to, demand/insist that X, want X to: ``demanded``
  (X is bound; the demander is a counterpart);
- refuse, reject, decline, rule out, and negated agreement: ``refused``;
- any of these under "if", "only if", "unless", "provided that": ``conditional``.

Subjects are resolved by the actor table (conjuncts, "the parties", "we",
pronouns). Counterparts come from "with", "to" and "for" phrases.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extractors.common import facts, phrase, provenance, published, sentence_date
from kg.extractors.lexicon import (
    COMMIT_NOUNS, COMMIT_VERBS, PLURAL_COUNTRY_REFS, SAY_VERBS, STATE_VERBS,
)
from kg.extractors.table import ActorTable
from kg.model import Commitment

CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing", "once"})
#: Objects that announce a list rather than name an action ("the following steps").
LIST_WORDS = frozenset({"following", "steps", "measures", "points", "principles"})
BULLET = re.compile(r"\s*(?:[-–—•*▪●]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+(\S.*)")
COMPLEMENT_DEPS = ("xcomp", "ccomp", "dobj")
#: Commitment verbs whose infinitive is what is pledged ("commit to hold talks").
INFINITIVE_VERBS = frozenset("""agree commit pledge promise undertake vow decide resolve offer
propose refuse decline""".split())
#: Parts of speech a trigger can have (verbs, "will", nouns, "ready").
TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})
#: Words that say nothing about an action on their own ("do this", "do so").
EMPTY_ACTION_WORDS = frozenset("do does did doing this that it so the same them".split())
#: Nouns of an order given ("gave the command to ...").
ORDER_NOUNS = frozenset({"command", "order", "orders", "instruction", "instructions",
                         "directive"})
#: Verbs that put a proposal on the table.
TABLING_VERBS = frozenset({"present", "submit", "make", "table", "put", "send", "hand",
                           "unveil", "deliver"})


class CommitmentExtractor:
    def __init__(self, name: str = "kg_commitments") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        table: ActorTable = doc._.kg_table
        pub = published(doc)
        default_date = pub.isoformat() if pub else None
        out: list[Commitment] = []
        for sent in table.sents:
            for tok in table.tokens_of(sent):
                if tok.pos_ not in TRIGGER_POS:
                    continue
                for actors, counterparts, action_toks, status, conf in self._match(table, tok):
                    action = phrase(action_toks, max_tokens=30)
                    if not actors or len(action.split()) < 2 or not (
                            {t.lower_ for t in action_toks} - EMPTY_ACTION_WORDS):
                        continue  # "refuses to do this": nothing said about what
                    actors = table.parties(list(actors))
                    counterparts = tuple(dict.fromkeys(c for c in counterparts if c not in actors))
                    date = sentence_date(sent, doc, near=tok) or default_date
                    items = self._listed(table, sent, action_toks)
                    if items:
                        # "agree to the following steps:" / "agreed on steps: A, B and C"
                        for text, start, end, where in items:
                            out.append(Commitment(tuple(actors), counterparts, text, status, date,
                                                  provenance(where, start, end, self.name,
                                                             conf - 0.05)))
                        continue
                    out.append(Commitment(
                        tuple(actors), counterparts, action, status, date,
                        provenance(sent, tok.idx, sent.end_char, self.name, conf)))
        seen: set[tuple[tuple[str, ...], str]] = set()
        unique = []
        for c in out:
            k = (c.actors, c.action.lower())
            if k not in seen:
                seen.add(k)
                unique.append(c)
        # one pledge read twice in a sentence ("reaffirm our commitment to X" and
        # "commitment to X"): keep the fuller reading
        unique = [c for c in unique if not any(
            o is not c and o.actors == c.actors and c.action.lower() in o.action.lower()
            and len(o.action) > len(c.action) for o in unique)]
        facts(doc)["commitments"].extend(unique)
        return doc

    @staticmethod
    def _listed(table: ActorTable, sent, action_toks: list[Token]):
        """The items of a list a commitment announces: after a colon in the same
        sentence ("agreed on concrete steps: a moratorium ..., prisoner exchanges"),
        or as the bulleted paragraphs after a sentence ending in a colon."""
        if not action_toks:
            return []
        toks = sorted(action_toks, key=lambda t: t.i)
        words = {t.lower_ for t in toks[:6]}
        colon = [t for t in sent if t.text == ":" and t.i > toks[0].i]
        text = table.text
        if colon and colon[0].i < sent.end - 2 and words & LIST_WORDS:
            start = colon[0].idx + 1
            body = text[start:sent.end_char].rstrip(" .;")
            items = []
            for m in re.finditer(r"[^,;]+", re.sub(r",?\s+and\s+", ", ", body)):
                item = m.group(0).strip()
                item = re.sub(r"^(?:the|a|an)\s+", "", item) if len(item.split()) > 2 else item
                if len(item.split()) >= 2:
                    items.append((item, start, sent.end_char, sent))
            return items
        if not sent.text.rstrip().endswith(":") or not words & LIST_WORDS:
            return []
        items = []
        pos = sent.end_char
        for line in text[pos:].split("\n"):
            line_start = pos
            pos += len(line) + 1
            if not line.strip():
                continue
            m = BULLET.match(line)
            if not m:
                break
            body = m.group(1)
            first = re.split(r"(?<=[.;])\s", body, maxsplit=1)[0].rstrip(".;")
            words_ = first.split()
            if len(words_) < 2:
                continue
            start = line_start + m.start(1)
            item = " ".join(words_[:30])
            item = item[0].lower() + item[1:] if item[:2].istitle() else item
            items.append((item, start, start + len(first), table.sent_of(
                table.doc.char_span(start, start + 1, alignment_mode="expand").start)))
        return items

    # -- patterns -------------------------------------------------------------
    def _match(self, table: ActorTable, tok: Token):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in COMMIT_VERBS:
            yield from self._verb(table, tok, lemma, COMMIT_VERBS[lemma])
        elif tok.pos_ == "VERB" and lemma == "want":
            yield from self._demand_object(table, tok)
        elif tok.pos_ in ("VERB", "AUX") and lemma not in STATE_VERBS and any(
                c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in tok.children):
            yield from self._future(table, tok)
        elif tok.pos_ == "VERB" and lemma not in STATE_VERBS and tok.dep_ == "ccomp" and \
                tok.head.lemma_.lower() in SAY_VERBS and any(
                    c.dep_ == "aux" and c.lower_ == "would" for c in tok.children):
            # reported future: "X said that Y would open a consulate"
            yield from self._future(table, tok, confidence=0.5)
        elif tok.pos_ == "NOUN" and lemma in ORDER_NOUNS and tok.dep_ == "dobj" and \
                tok.head.lemma_.lower() in ("give", "issue"):
            yield from self._order_noun(table, tok)
        elif tok.lower_ in COMMIT_NOUNS or lemma in COMMIT_NOUNS:
            yield from self._noun(table, tok, COMMIT_NOUNS.get(tok.lower_)
                                  or COMMIT_NOUNS[lemma])

    def _order_noun(self, table: ActorTable, noun: Token):
        """"gave the appropriate command to the Russian military": an order binding
        the one who gives it and the body that receives it."""
        verb = noun.head
        giver = self._subject(table, verb)
        bodies = self._objects(table, verb, ("to",)) + self._objects(table, noun, ("to",))
        if not giver:
            return
        toks = [verb] + list(noun.subtree) + [t for p in verb.children if p.dep_ in (
            "prep", "dative") and p.lower_ == "to" for t in p.subtree]
        yield (giver + [b for b in bodies if b not in giver], [], toks,
               self._status(verb, "agreed"), 0.6)

    def _tabled(self, table: ActorTable, noun: Token):
        """"Russia presented the U.S. with a $12 trillion proposal", "Peru made an
        offer to Chile": a proposal put forward by the verb's subject."""
        if noun.lemma_.lower() not in ("proposal", "offer", "plan"):
            return
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "with":
            verb = verb.head
        elif noun.dep_ != "dobj":
            return
        if verb.lemma_.lower() not in TABLING_VERBS or verb.pos_ != "VERB":
            return
        actors = self._subject(table, verb)
        if not actors:
            return
        counterparts = [n for c in verb.children if c.dep_ in ("dobj", "dative") and c.i != noun.i
                        for n in table.refer(c)] + self._objects(table, verb, ("to",))
        yield (actors, counterparts, [verb] + [t for t in noun.subtree],
               self._status(verb, "proposed"), 0.55)

    @staticmethod
    def _subject(table: ActorTable, verb: Token) -> list[str]:
        v = verb
        for _ in range(3):
            for c in v.children:
                if c.dep_ == "nsubj":
                    return table.refer(c)
                if c.dep_ == "agent":
                    for obj in c.children:
                        return table.refer(obj)
            if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
                v = v.head
            else:
                break
        return []

    @staticmethod
    def _status(verb: Token, status: str) -> str:
        for c in verb.children:
            if c.dep_ == "neg" and status in ("agreed", "proposed"):
                return "refused"
        for c in list(verb.children) + list(verb.head.children):
            if _condition_clause(c):
                return "conditional"  # "if ...", "..., provided that Armenia withdraws"
            if c.dep_ == "prep" and c.lower_ in ("depending", "provided", "providing", "assuming"):
                return "conditional"
            if c.dep_ == "prep" and c.lower_ in ("upon", "subject") and c.i < verb.i:
                return "conditional"  # "Upon implementation of ..., both sides will ..."
        if _condition_clause(verb):
            return "conditional"
        return status

    @staticmethod
    def _objects(table: ActorTable, head: Token, preps: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        out.extend(n for n in table.refer(obj) if n not in out)
            if c.dep_ == "dative":
                out.extend(n for n in table.refer(c) if n not in out)
        return out

    @staticmethod
    def _action(head: Token, skip_subject: bool = True) -> list[Token]:
        toks = []
        exclude: set[int] = set()
        for c in head.children:
            if (skip_subject and c.dep_ in ("nsubj", "nsubjpass")) or c.dep_ in (
                    "aux", "auxpass", "mark", "neg") or _condition_clause(c) or (
                    c.dep_ in ("punct", "prep", "advmod", "npadvmod") and c.i < head.i):
                exclude.update(t.i for t in c.subtree)
        for t in head.subtree:
            if t.i not in exclude:
                toks.append(t)
        return toks

    def _verb(self, table: ActorTable, verb: Token, lemma: str, status: str):
        subj = self._subject(table, verb)
        counterparts = self._objects(table, verb, ("with", "to", "for"))
        status = self._status(verb, status)
        if verb.dep_ in ("amod", "acl") and lemma in ("agree", "propose"):
            return  # "the agreed ceasefire": not a new commitment
        if lemma == "rule" and not any(c.lower_ == "out" for c in verb.children):
            return
        if lemma in ("call", "urge", "ask", "press", "demand", "insist", "require"):
            yield from self._demand(table, verb, lemma, subj)
            return
        if lemma in ("order", "instruct", "command", "direct", "authorize", "authorise"):
            bodies: list[str] = []
            for c in verb.children:
                if c.dep_ in ("dobj", "dative"):
                    bodies.extend(table.refer(c))
            for c in verb.children:
                if c.dep_ in ("xcomp", "ccomp"):
                    yield (subj + [b for b in bodies if b not in subj], counterparts,
                           [verb] + self._action(c), status, 0.7)
                    return
            dobj = [c for c in verb.children if c.dep_ == "dobj"]
            if dobj and subj:
                yield (subj, counterparts, self._action(verb), status, 0.6)
            return
        for c in verb.children:
            # "commit to hold consultations": the parser may read the infinitive as an advcl
            infinitive = c.dep_ == "advcl" and c.i > verb.i and lemma in INFINITIVE_VERBS and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            if c.dep_ == "xcomp" or infinitive or (c.dep_ == "ccomp" and lemma in (
                    "agree", "decide", "propose", "suggest", "confirm")):
                inner = c
                actors = subj
                if c.dep_ == "ccomp":
                    inner_subj = [s for s in c.children if s.dep_ == "nsubj"]
                    if c.lemma_.lower() in STATE_VERBS and lemma == "agree":
                        continue  # "agreed this could be the first step": a view, no pledge
                    if inner_subj and lemma == "agree" and any(
                            a.lower_ in ("will", "shall", "would") for a in c.children):
                        # "the leaders agreed Ukraine and America will continue ...":
                        # the clause names who is bound
                        actors = table.refer(inner_subj[0]) or subj
                    elif inner_subj and lemma not in ("agree", "confirm"):
                        actors = table.refer(inner_subj[0]) or subj
                        if inner_subj[0].lower_ in PLURAL_COUNTRY_REFS and set(actors) & set(subj):
                            # "the Americans propose the parties end the war": others
                            actors = [a for a in table.ranked("Country") if a not in subj][:2]
                    if lemma == "confirm" and not any(
                            a.lower_ in ("will", "shall") for a in c.children):
                        continue
                yield (actors, counterparts + self._objects(table, inner, ("with", "to")),
                       self._action(inner, skip_subject=lemma in ("agree",)), status,
                       0.75)
                return
            if c.dep_ == "prep" and c.lower_ in ("to", "on") and lemma in (
                    "agree", "commit", "pledge"):
                for obj in c.children:
                    if obj.dep_ in ("pobj", "pcomp"):
                        yield (subj, counterparts, list(obj.subtree), status, 0.7)
                        return
            if c.dep_ == "dobj" and lemma in (
                    "offer", "propose", "suggest", "sign", "approve", "resume", "reject",
                    "guarantee", "promise", "pledge", "reaffirm"):
                if lemma == "reaffirm" and c.lemma_.lower() not in COMMIT_NOUNS:
                    continue
                yield (subj, counterparts, [verb] + list(c.subtree) + [
                    t for p in verb.children if p.dep_ == "prep" and p.i > c.i
                    for t in p.subtree], status, 0.65)
                return

    def _demand(self, table: ActorTable, verb: Token, lemma: str, demander: list[str]):
        bound: list[str] = []
        action: list[Token] = []
        for c in verb.children:
            if lemma == "call" and c.dep_ == "prep" and c.lower_ == "on":
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        bound = table.refer(obj)
            if c.dep_ in ("dobj",) and lemma in ("urge", "ask", "press"):
                bound = table.refer(c) or bound
            # "called on Europe to "arm itself"": the quote mark makes it an advcl
            if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and c.i > verb.i and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                inner_subj = [s for s in c.children if s.dep_ == "nsubj"]
                if inner_subj:
                    bound = table.refer(inner_subj[0]) or bound
                action = self._action(c)
        if lemma == "call" and not bound:
            return
        if bound and action:
            yield (bound, demander, action, "demanded", 0.65)

    def _demand_object(self, table: ActorTable, verb: Token):
        dobj = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
        xcomp = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        if not dobj or not xcomp:
            for c in xcomp:
                inner = [s for s in c.children if s.dep_ == "nsubj"]
                if inner and table.refer(inner[0]):
                    yield (table.refer(inner[0]), self._subject(table, verb),
                           self._action(c), "demanded", 0.55)
            return
        bound = table.refer(dobj[0])
        if bound:
            yield (bound, self._subject(table, verb), self._action(xcomp[0]), "demanded", 0.55)

    def _future(self, table: ActorTable, verb: Token, confidence: float = 0.6):
        if verb.dep_ in ("relcl", "acl", "amod"):
            return
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj and verb.dep_ == "conj":
            # "agreed Ukraine and America will continue": the parser makes the clause's
            # subject the object of "agreed"; the phrase right before "will" is it
            will = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in (
                "will", "shall", "'ll", "would")), None)
            before = verb.doc[will.i - 1] if will is not None and will.i > 0 else None
            while before is not None and before.dep_ == "conj" and before.head.i < before.i:
                before = before.head
            if before is not None and before.dep_ == "dobj" and before.head.i == verb.head.i:
                subj = [before]
        if not subj:
            return
        actors = table.refer(subj[0])
        if not actors:
            return
        status = self._status(verb, "agreed")
        counterparts = self._objects(table, verb, ("with", "to", "for"))
        yield (actors, counterparts, self._action(verb), status, confidence)

    def _noun(self, table: ActorTable, noun: Token, status: str):
        comp = [c for c in noun.children if c.dep_ in ("acl", "xcomp", "prep")
                and (c.pos_ == "VERB" or c.lower_ in ("to", "for"))]
        if not comp:
            yield from self._tabled(table, noun)
            return
        c = comp[0]
        action = self._action(c) if c.pos_ == "VERB" else [
            t for x in c.children for t in x.subtree]
        if c.dep_ == "prep" and c.lower_ == "to":
            action = [t for x in c.children for t in x.subtree]
        actors: list[str] = []
        head = noun.head
        for p in noun.children:
            if p.dep_ == "poss":
                actors = table.refer(p)
                if p.pos_ == "PRON" and head.pos_ in ("VERB", "AUX") and noun.dep_ == "dobj" and \
                        (subj := self._subject(table, head)):
                    actors = subj  # "the Parties reaffirmed their commitment": theirs
        if not actors and head.pos_ in ("VERB", "AUX"):
            actors = self._subject(table, head)
        elif head.pos_ in ("VERB", "AUX") and noun.dep_ in ("dobj", "attr", "acomp"):
            subj = self._subject(table, head)
            if subj and all(a in subj for a in actors):
                actors = subj
        if noun.pos_ == "ADJ" and noun.dep_ == "acomp":
            actors = self._subject(table, head)
        if not actors:
            return
        if noun.dep_ == "nsubj":  # "the commitment is ..." rarely binds anyone
            return
        status = self._status(head if head.pos_ in ("VERB", "AUX") else noun, status)
        counterparts = self._objects(table, c if c.pos_ == "VERB" else noun, ("with", "to"))
        yield (actors, counterparts, action, status, 0.6)


def _condition_clause(tok: Token) -> bool:
    """An adverbial clause of condition: "if/unless/once ...", or headed by
    "provided" as the parser sometimes has it ("provided that X withdraws")."""
    return tok.dep_ == "advcl" and (tok.lower_ in CONDITION_MARKS or any(
        m.lower_ in CONDITION_MARKS for m in tok.children))


@Language.factory("kg_commitments", assigns=["doc._.kg_facts"], requires=["doc._.kg_table"])
def make_commitments(nlp: Language, name: str) -> CommitmentExtractor:
    return CommitmentExtractor(name)
