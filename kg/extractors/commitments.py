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

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extractors.common import facts, phrase, provenance, published, sentence_date
from kg.extractors.lexicon import COMMIT_NOUNS, COMMIT_VERBS, SAY_VERBS, STATE_VERBS
from kg.extractors.table import ActorTable
from kg.model import Commitment

CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing", "once"})
COMPLEMENT_DEPS = ("xcomp", "ccomp", "dobj")


class CommitmentExtractor:
    def __init__(self, name: str = "kg_commitments") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        table: ActorTable = doc._.kg_table
        pub = published(doc)
        default_date = pub.isoformat() if pub else None
        out: list[Commitment] = []
        for sent in table.sents:
            for tok in sent:
                for actors, counterparts, action_toks, status, conf in self._match(table, tok):
                    action = phrase(action_toks, max_tokens=30)
                    if not actors or len(action.split()) < 2:
                        continue
                    actors = table.parties(list(actors))
                    counterparts = [c for c in counterparts if c not in actors]
                    date = sentence_date(sent, doc, near=tok) or default_date
                    out.append(Commitment(
                        tuple(actors), tuple(dict.fromkeys(counterparts)), action, status, date,
                        provenance(sent, tok.idx, sent.end_char, self.name, conf)))
        seen: set[tuple[tuple[str, ...], str]] = set()
        unique = []
        for c in out:
            k = (c.actors, c.action.lower())
            if k not in seen:
                seen.add(k)
                unique.append(c)
        facts(doc)["commitments"].extend(unique)
        return doc

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
        elif tok.lower_ in COMMIT_NOUNS or lemma in COMMIT_NOUNS:
            yield from self._noun(table, tok, COMMIT_NOUNS.get(tok.lower_)
                                  or COMMIT_NOUNS[lemma])

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
            if c.dep_ == "advcl" and any(m.lower_ in CONDITION_MARKS for m in c.children):
                return "conditional"
            if c.dep_ == "prep" and c.lower_ in ("depending",):
                return "conditional"
        if verb.dep_ == "advcl" and any(m.lower_ in CONDITION_MARKS for m in verb.children):
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
                    "aux", "auxpass", "mark", "neg") or (c.dep_ == "advcl" and any(
                    m.lower_ in CONDITION_MARKS for m in c.children)) or (
                    c.dep_ == "punct" and c.i < head.i):
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
            if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and lemma in ("agree", "decide", "propose",
                                                                        "suggest", "confirm")):
                inner = c
                actors = subj
                if c.dep_ == "ccomp":
                    inner_subj = [s for s in c.children if s.dep_ == "nsubj"]
                    if inner_subj and lemma not in ("agree", "confirm"):
                        actors = table.refer(inner_subj[0]) or subj
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
            if c.dep_ in ("xcomp", "ccomp"):
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
            return
        c = comp[0]
        action = self._action(c) if c.pos_ == "VERB" else [
            t for x in c.children for t in x.subtree]
        if c.dep_ == "prep" and c.lower_ == "to":
            action = [t for x in c.children for t in x.subtree]
        actors: list[str] = []
        for p in noun.children:
            if p.dep_ == "poss":
                actors = table.refer(p)
        head = noun.head
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


@Language.factory("kg_commitments", assigns=["doc._.kg_facts"], requires=["doc._.kg_table"])
def make_commitments(nlp: Language, name: str) -> CommitmentExtractor:
    return CommitmentExtractor(name)
