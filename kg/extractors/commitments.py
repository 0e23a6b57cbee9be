"""kg_commitments: pledges, agreements, orders, offers, demands and refusals.

Dependency patterns, each giving actors (the parties bound), counterparts,
an action (a short verb phrase) and a status. The trigger words are data in
``commitment_words``:

- agree to/on/that, pledge, promise, commit, vow, undertake, decide, accept or
  support an offer, "committed/determined to", "a deal to": ``agreed``;
  "will"/"shall" + verb with an actor as subject: ``agreed`` (a planned visit or
  meeting under a bare "will" is an event, not a pledge);
- order, instruct, command, direct, authorize (the ordered body joins the
  actors), also in the passive ("X was ordered to"): ``agreed``;
- offer, propose, suggest, invite, "ready/willing/prepared to": ``proposed``;
- call on/upon/for X to, urge/ask/press/require X to, demand/insist that X,
  want X to, "X must/should/needs to": ``demanded`` (X is bound; the one who
  asks is a counterpart);
- refuse, reject, decline, rule out, "opposed to", negated pledges: ``refused``;
- any of these under "if", "only if", "unless", "provided that": ``conditional``;
  a condition that asks something of another side is also a demand on it.

Coordinated duties are one commitment each ("will open ports and cut
tariffs"); a verb with nothing of its own shares the next one's object
("negotiate and finalize the deal"). Actions leave out asides (", including
...", ", which ...", parentheses). Subjects are resolved by the actor table;
"it" in what a body says of itself is that body, "we" in a quotation is its
speaker's side, and "we" outside one is the signatories or the list first
named as "we", never a guess at the nearest actors.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extractors.commitment_words import (
    ACCEPTED_NOUNS,
    ACCEPTING_VERBS,
    AGENDA_VERBS,
    AGENT_NOMINALS,
    AGREED_OBJECTS,
    ANAPHOR_SENTENCES,
    ANSWERING_VERBS,
    ARMED_SIDE_ENDS,
    ASIDE_OPENERS,
    BODY_ANAPHORS,
    BROKER_VERBS,
    CALL_PREPS,
    CLAIM_NOUNS,
    CLAUSE_VERBS,
    CLOSING_QUOTES,
    COMPLEMENT_DEPS,
    CONDITION_LEADS,
    CONDITION_MARKS,
    CONDITION_NOUNS,
    CONDITIONAL_VERBS,
    CONTINGENT_PREPS,
    CONTINGENT_WORDS,
    CONTINUING_VERBS,
    DEADLINE_PREPS,
    DEADLINE_TIMES,
    DEADLINE_VERBS,
    DEMAND_FROM_PREPS,
    DEMAND_MODALS,
    DEMAND_NOUN_VERBS,
    DEMAND_NOUNS,
    DEMAND_SEMI_MODALS,
    DEMAND_VERBS,
    DENIED_ONLY_NOUNS,
    DENYING_DETS,
    DOCUMENT_WORDS,
    DURATION_OPENERS,
    EMPTY_ACTION_WORDS,
    FACTION_WORDS,
    FRAME_PREPS,
    FUNDING_VERBS,
    FUNDING_WORDS,
    GOVERNMENT_HEADS,
    HEDGE_WORDS,
    HOSTILE_NOUNS,
    INFINITIVE_DEMAND_VERBS,
    INFINITIVE_VERBS,
    INVITATION_NOUNS,
    LIST_WORDS,
    MAX_ACTION_TOKENS,
    MEMBER_ANAPHORS,
    MUTUAL_NOUNS,
    NEGATED_CONDITION_MARKS,
    NEIGHBOUR_WORDS,
    NON_ACTION_DEPS,
    NOT_YET_WORDS,
    NOUN_OBJECTS,
    NOUNS,
    NOUNS_IN_ACTION,
    OBJECT_VERBS,
    OBSERVER_NOUNS,
    OFFERING_VERBS,
    OPENING_QUOTES,
    OPPOSING_VERBS,
    ORDER_NOUNS,
    ORDER_PREPS,
    ORDER_VERBS,
    OWNED_BODY_HEADS,
    PAIR_MODIFIER_DEPS,
    PARTICLE_VERBS,
    PLANNED_OBJECT_VERBS,
    PLANNED_OBJECTS,
    PLANNED_VERBS,
    PROPOSAL_NOUNS,
    QUOTE_MARKS,
    RESOLVE_NEGATED_VERBS,
    RESPONSE_VERBS,
    RULING_HEADS,
    SEEING_VERBS,
    SELF_COUNTRY_NOUNS,
    SETTLEMENT_NOUNS,
    SIDE_MODIFIERS,
    SIDE_WORDS,
    SIDES_OF_NOUNS,
    SIDES_SENTENCES,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    SPOKESMAN_PREPS,
    STATE_VERBS,
    TABLING_VERBS,
    TAKEN_NOUNS,
    TAKING_VERBS,
    TASK_VERBS,
    TERMS_AS_VERBS,
    TERMS_BINDING_VERBS,
    TERMS_CONTENT_VERBS,
    TERMS_DUTY_VERBS,
    TERMS_NOUNS,
    TERMS_PREPS,
    TERMS_SUBJECTS,
    THREAT_SPEECH_VERBS,
    TIME_ENTS,
    TRUCE_NOUNS,
    VERBS,
    WEEKDAYS,
    WILL,
)
from kg.extractors.common import facts, phrase, provenance, published, sentence_date
from kg.extractors.coref import JOINT_NOUNS, in_quote, quoted_i, quoted_we, unquoted_we
from kg.extractors.lexicon import (
    ARMED_MEMBER_NOUNS,
    PLURAL_COUNTRY_REFS,
    PLURAL_PERSON_REFS,
    SAY_VERBS,
)
from kg.extractors.statement_words import FIRST_PERSON_SUBJECTS
from kg.extractors.table import ActorTable
from kg.model import Commitment

BULLET = re.compile(r"\s*(?:[-\u2013—•*▪●]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+(\S.*)")
#: Parts of speech a trigger can have (verbs, "will", nouns, "ready").
TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})
#: Relative pronouns: an object that is one is the noun the clause describes.
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what"})
#: Dependents that, before the verb, are no part of what is done: fronted
#: adverbials and clauses ("Should there be ..., X shall", "A named B; she will").
FRONTED_DEPS = frozenset({"punct", "prep", "advmod", "npadvmod", "advcl", "ccomp",
                          "parataxis", "csubj"})


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
                    if status != "refused":
                        # "pledged not to interfere", "must not attack": the "not" is
                        # part of what is pledged or asked (a refusal's is its status)
                        ids = {t.i for t in action_toks}
                        action_toks = sorted(action_toks + [
                            c for t in action_toks for c in t.children
                            if c.dep_ == "neg" and c.i not in ids] + _nor_negation(
                                action_toks, ids), key=lambda t: t.i)
                    action = phrase(action_toks, max_tokens=MAX_ACTION_TOKENS)
                    if not actors or (len(action.split()) < 2 and not _lone_verb(
                            action_toks, tok)) or not (
                            {t.lower_ for t in action_toks} - EMPTY_ACTION_WORDS):
                        continue  # "refuses to do this": nothing said about what
                    actors = table.parties([a for a in actors if not _document(a)])
                    if not actors:
                        continue  # "the Trade Agreement will ...": a document binds no one
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
                    if status in ("conditional", "refused"):  # "not ... until X withdraws"
                        out.extend(self._condition_demand(table, tok, action_toks, actors,
                                                          sent, date, conf))
        seen: set[tuple[tuple[str, ...], str]] = set()
        unique = []
        for c in out:
            k = (c.actors, c.action.lower())
            if k not in seen:
                seen.add(k)
                unique.append(c)
        # one pledge read twice ("reaffirm our commitment to X" and "commitment to
        # X", or said again later): keep the fuller reading
        words = [_content_words(c.action) for c in unique]
        unique = [c for k, c in enumerate(unique) if not any(
            j != k and set(o.actors) == set(c.actors) and words[k] <= words[j] and (
                len(words[j]) > len(words[k]) or j < k)
            for j, o in enumerate(unique))]
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
        words_toks = [t for t in toks if not t.is_punct and not t.is_space]
        after = words_toks[-1].i + 1 if words_toks else len(table.tokens)
        runs_on = after < len(table.tokens) and table.tokens[after].text == ":"
        if not sent.text.rstrip().endswith(":") or not (words & LIST_WORDS or runs_on):
            return []  # a list announced by its words, or one the action runs into ("agreed to:")
        items = []
        pos = sent.end_char
        for line in text[pos:].split("\n"):
            line_start = pos
            pos += len(line) + 1
            if not line.strip():
                continue
            bullet = BULLET.match(line)
            if not bullet:
                break
            body = bullet.group(1)
            first = re.split(r"(?<=[.;])\s", body, maxsplit=1)[0].rstrip(".;")
            words_ = first.split()
            if len(words_) < 2:
                continue
            start = line_start + bullet.start(1)
            item = " ".join(words_[:30])
            item = item[0].lower() + item[1:] if item[:2].istitle() else item
            where = table.doc.char_span(start, start + 1, alignment_mode="expand")
            if where is not None:
                items.append((item, start, start + len(first), table.sent_of(where.start)))
        return items

    def _condition_demand(self, table: ActorTable, tok: Token, action_toks: list[Token],
                          promisers: list[str], sent, date: str | None, conf: float):
        """"Peru will release them provided that Chile withdraws its claims": the
        condition asks something of Chile, a demand on Chile owed to Peru."""
        near = {t.i for t in action_toks} | {tok.i}
        heads = [t for t in (tok, tok.head, *(t for t in action_toks if t.pos_ == "VERB"))
                 if t.i in near or t.i == tok.head.i]
        for head in heads:
            for c in list(_conditions(head)):
                subj = []
                if c.dep_ == "prep":  # "provided that X ...": the clause is its complement
                    prep = c
                    c = next((x for x in c.children if x.dep_ in ("pcomp", "ccomp")
                              and x.pos_ in ("VERB", "AUX")), c)
                    if c is prep and _contingent(prep):
                        # "contingent upon X releasing ...": X does what the participle says
                        acl = next((x for o in prep.children if o.dep_ == "pobj"
                                    for x in o.children if x.dep_ == "acl" and
                                    x.pos_ == "VERB" and x.tag_ == "VBG"), None)
                        if acl is None:
                            continue  # the participle is a clause of its own, found next
                        c, subj = acl, [acl.head]
                who = _contingent_subject(c)
                subj = subj or ([who] if who is not None else [
                    x for x in c.children if x.dep_ == "nsubj"])
                bound = [n for n in (_refer_subject(table, subj[0]) if subj else [])
                         if n not in promisers]
                toks = self._action(c)
                if subj and subj[0].head.i != c.i and _contingent(subj[0].head):
                    # not the words "contingent on X" the parser put in the clause
                    lead = subj[0].head.i - 1
                    toks = [t for t in toks if not lead <= t.i <= subj[0].right_edge.i or
                            t.i >= c.i]
                text = phrase(toks, max_tokens=MAX_ACTION_TOKENS)
                if who is not None and toks and toks[0].i == c.i and text.startswith(c.text):
                    text = c.lemma_ + text[len(c.text):]  # "(on X) releasing them": release
                if bound and len(text.split()) >= 2 and \
                        c.lemma_.lower() not in STATE_VERBS:
                    yield Commitment(tuple(bound), tuple(promisers), text, "demanded", date,
                                     provenance(sent, c.idx, sent.end_char, self.name,
                                                conf - 0.1))
                return

    # -- patterns -------------------------------------------------------------
    def _match(self, table: ActorTable, tok: Token):
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX", "NOUN") and lemma != "be" and \
                tok.lower_ not in NOUNS and lemma not in NOUNS:
            return  # only verbs, nouns and the nouns' list read below can commit
        if tok.pos_ == "VERB" and lemma in TERMS_BINDING_VERBS and (
                bound_terms := _bound_by_terms(tok)) is not None:
            yield from self._binding_terms(table, tok, bound_terms)
        elif _second_binding(tok) is not None and _bound_by_terms(tok.head.head) is not None:
            return  # "requires X to ... and commits Y to ...": read with "requires"
        elif tok.pos_ == "VERB" and lemma in FUNDING_VERBS and _funding(tok):
            yield from self._funded(table, tok)
        elif tok.pos_ == "VERB" and lemma in VERBS:
            yield from self._verb(table, tok, lemma, VERBS[lemma])
        elif tok.pos_ == "VERB" and lemma in BROKER_VERBS:
            yield from self._brokered(table, tok)
        elif tok.pos_ == "VERB" and lemma in DEADLINE_VERBS:
            yield from self._deadline(table, tok)
        elif tok.pos_ == "NOUN" and lemma in CONDITION_NOUNS and tok.dep_ == "nsubj" and \
                tok.head.lemma_.lower() == "be":
            yield from self._condition_noun(table, tok)
        elif tok.pos_ == "NOUN" and lemma in CONDITION_NOUNS and tok.dep_ == "attr" and \
                tok.head.lemma_.lower() == "be":
            yield from self._act_as_condition(table, tok)
        elif lemma == "be" and (up := next((c for c in tok.children if c.lower_ == "up" and
                                            c.dep_ in ("prep", "advmod", "prt")), None)):
            yield from self._up_to(table, up)  # "it is up to X to ...": asked of X
        elif lemma == "be" and (inner := _it_is_for(tok)) is not None:
            yield from self._it_is_for(table, tok, inner)  # "it is for X to ...": asked of X
        elif tok.pos_ == "VERB" and lemma == "want":
            yield from self._demand_object(table, tok)
        elif tok.pos_ in ("VERB", "AUX") and lemma not in STATE_VERBS and _has_aux(tok, WILL):
            yield from self._future(table, tok)
        elif tok.pos_ == "VERB" and lemma not in STATE_VERBS and tok.dep_ == "ccomp" and \
                tok.head.lemma_.lower() in SAY_VERBS | THREAT_SPEECH_VERBS and \
                _has_aux(tok, {"would"}) and \
                tok.head.dep_ != "pcomp":  # "stopped short of saying X would": not said
            # reported future: "X said that Y would open a consulate"
            yield from self._future(table, tok, confidence=0.5)
        elif tok.pos_ == "VERB" and lemma not in STATE_VERBS and tok.dep_ == "acl" and \
                tok.head.lemma_.lower() in SPEECH_NOUNS and _has_aux(tok, WILL | {"would"}) and \
                any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
            # "issued a warning that it would close the border", "X's statement that Y
            # would ...": reported like "said that"
            yield from self._future(table, tok, confidence=0.5, relative=True)
        elif tok.pos_ == "VERB" and lemma not in STATE_VERBS and _has_aux(tok, {"would"}) and \
                any(_condition_clause(c) for c in tok.children):
            # "X would lift its veto only if ...": a promise on a condition
            yield from self._future(table, tok)
        elif tok.pos_ == "VERB" and (lemma not in STATE_VERBS or lemma in SEEING_VERBS) and \
                _has_aux(tok, {"would"}) and (terms := _terms(tok)) is not None:
            # "Under the plan, Chile would withdraw its troops": what the terms bind it to
            offered = terms.lemma_.lower() in PROPOSAL_NOUNS
            yield from self._terms_clause(table, tok, offered)
        elif tok.pos_ in ("VERB", "AUX") and _has_aux(tok, DEMAND_MODALS):
            yield from self._must(table, tok, tok)
        elif tok.pos_ in ("VERB", "AUX") and lemma in DEMAND_SEMI_MODALS:
            infinitives = [c for c in tok.children if c.dep_ == "xcomp" and _has_aux(c, {"to"})]
            if infinitives and not _has_aux(tok, WILL) and not any(
                    c.lower_ in NOT_YET_WORDS or c.dep_ == "neg" for c in tok.children):
                # not "X has yet to respond" nor "X does not have to leave": no duty
                yield from self._must(table, tok, infinitives[0])  # "X needs to", "X has to"
        elif tok.pos_ == "VERB" and lemma in TERMS_DUTY_VERBS and _terms(tok) is not None:
            yield from self._expected(table, tok)  # "Under the deal, X is expected to ..."
        elif tok.pos_ == "AUX" and lemma == "be" and tok.dep_ in ("ROOT", "ccomp", "conj"):
            yield from self._is_to(table, tok)  # "under the deal, Chile is to release ..."
        elif tok.pos_ == "NOUN" and lemma in DEMAND_NOUNS and tok.dep_ == "dobj" and \
                tok.head.lemma_.lower() in DEMAND_NOUN_VERBS:
            yield from self._demand_noun(table, tok)
        elif tok.pos_ == "NOUN" and lemma in ORDER_NOUNS and tok.dep_ == "dobj" and \
                tok.head.lemma_.lower() in ("give", "issue"):
            yield from self._order_noun(table, tok)
        elif (tok.lower_ in NOUNS or lemma in NOUNS) and (
                tok.pos_ != "VERB" or tok.tag_ == "VBN"):  # "committed", not "deal with"
            yield from self._noun(table, tok, NOUNS.get(tok.lower_) or NOUNS[lemma])

    def _terms_clause(self, table: ActorTable, tok: Token, offered: bool):
        """What a deal's terms bind a side to: the clause with "would", or, in "a deal
        that would see X withdraw", the clause "see" takes, bound to its subject."""
        if tok.dep_ == "relcl" and tok.lemma_.lower() in SEEING_VERBS:
            for c in tok.children:
                if c.dep_ == "ccomp" and (subj := [s for s in c.children if s.dep_ == "nsubj"]) \
                        and (actors := _refer_subject(table, subj[0])):
                    for toks in self._actions(c):
                        yield (actors, [], toks, "proposed" if offered else "agreed", 0.55)
            return
        if tok.dep_ == "relcl" and not any(
                c.dep_ == "prep" and any(o.lower_ == "which" for o in c.children)
                for c in tok.children):
            return  # only "during / under which X would ...": not "which would ..."
        for actors, counterparts, toks, status, conf in self._future(
                table, tok, relative=tok.dep_ == "relcl"):
            yield (actors, counterparts, toks,
                   "proposed" if offered and status == "agreed" else status, conf)

    def _binding_terms(self, table: ActorTable, verb: Token, inner: Token):
        """"The deal obliges (requires, binds, commits) X to ...", "the accord provides
        for X to ...": a duty the deal puts on X, agreed by X; no side demands it."""
        bound = self._asked(table, verb, inner)
        bound += [n for o in verb.children if o.dep_ == "dobj" for c in o.children
                  if c.dep_ == "conj" for n in table.refer(c) if n not in bound]
        if not bound:
            return
        status = self._status(verb, "agreed")
        for toks in self._actions(inner):
            yield (bound, [], toks, status, 0.6)
        # "obliges X to respect ..., halt ... and create ...": the parser hangs the
        # later infinitives on the main verb; each is a duty of its own
        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > inner.i and not _has_subject(c):
                for toks in self._actions(c):
                    yield (bound, [], toks, status, 0.55)
        # "requires X to withdraw ... and commits Y to end ...": the second binding
        # verb, hung on the first infinitive, binds Y
        for c in inner.children:
            if (second := _second_binding(c)) is not None:
                yield from self._binding_terms(table, c, second)

    def _up_to(self, table: ActorTable, up: Token):
        """"It is (now) up to X to make the deal binding": a duty put on X; the one who
        says so asks it (a counterpart, when named as the sayer)."""
        be = up.head
        if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children):
            return  # "prices are up to 5% higher"
        asked = [n for q in up.children if q.dep_ == "prep" and q.lower_ == "to"
                 for o in q.children if o.dep_ == "pobj" for n in table.refer(o)]
        inner = next((c for c in be.children if c.dep_ in ("xcomp", "advcl") and
                      c.i > up.i and _has_aux(c, {"to"})), None)
        if not asked or inner is None:
            return
        sayer = [n for c in be.head.children if be.dep_ == "ccomp" and c.dep_ == "nsubj"
                 for n in table.refer(c) if n not in asked]
        for toks in self._actions(inner):
            yield (asked, sayer, toks, "demanded", 0.6)

    def _it_is_for(self, table: ActorTable, be: Token, inner: Token):
        """"It is for X to make the first move": a duty put on X, like "up to X"; the
        one who says so asks it."""
        asked = [n for c in inner.children if c.dep_ == "nsubj" for n in table.refer(c)]
        if not asked:
            return
        sayer = [n for c in be.head.children if be.dep_ == "ccomp" and c.dep_ == "nsubj"
                 for n in table.refer(c) if n not in asked]
        for toks in self._actions(inner):
            yield (asked, sayer, toks, "demanded", 0.6)

    def _order_noun(self, table: ActorTable, noun: Token):
        """"gave the order to the Chilean army": an order binding
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

    def _invitation(self, table: ActorTable, noun: Token, owner: list[str],
                    actions: list[list[Token]]):
        """"Peru extended an invitation to Chile to attend": Chile is invited (bound),
        Peru invites; "Chile accepted/declined Peru's invitation to attend": Chile
        agrees or refuses, owed to Peru."""
        head = noun.head
        if head.pos_ not in ("VERB", "AUX") or noun.dep_ not in ("dobj", "pobj"):
            return
        subj = self._subject(table, head)
        verb = head.lemma_.lower()
        if verb in ANSWERING_VERBS or verb in ("accept", "decline", "refuse", "reject"):
            bound, inviter = subj, owner
            status = self._status(head, "refused" if VERBS.get(verb) == "refused" else "agreed")
        else:
            bound = self._objects(table, noun, ("to",)) or self._objects(table, head, ("to",))
            inviter = owner or subj
            status = self._status(head, "proposed")
        if not bound:
            return
        for toks in actions:
            yield (bound, [n for n in inviter if n not in bound], toks, status, 0.6)

    def _brokered(self, table: ActorTable, verb: Token):
        """"Ecuador brokered peace between Peru and Chile, and Bolivia and Brazil":
        each pair named after "between" is bound to the deal; the broker is their
        counterpart."""
        deal = [c for c in verb.children if c.dep_ == "dobj"]
        if not deal:
            return
        preps = [p for p in (*deal[0].children, *verb.children)
                 if p.dep_ == "prep" and p.lower_ == "between"]
        if not preps:
            return
        names: list[str] = []
        for p in preps:
            for o in p.children:
                if o.dep_ == "pobj":
                    for t in o.subtree:
                        n = table.by_token[t.i]
                        if n and n not in names:
                            names.append(n)
        pairs = [names[k:k + 2] for k in range(0, len(names) - 1, 2)] if len(names) % 2 == 0 \
            else [names] if len(names) > 1 else []
        broker = self._subject(table, verb)
        toks = [t for t in deal[0].subtree if not any(t.i in range(p.left_edge.i,
                                                                   p.right_edge.i + 1)
                                                      for p in preps)]
        if len(toks) == 1:
            toks = [verb, *toks]  # "brokered peace"
        for pair in pairs:
            yield (pair, [b for b in broker if b not in pair], toks, self._status(verb, "agreed"),
                   0.6)

    def _condition_noun(self, table: ActorTable, noun: Token):
        """"The key condition is that Chile withdraws": a demand on Chile, by the
        condition's owner ("Peru's condition") or the one who says it."""
        be = noun.head
        clause = [c for c in be.children if c.dep_ in ("ccomp", "attr", "xcomp") and
                  c.pos_ in ("VERB", "AUX") and c.i > be.i]
        if not clause:
            return
        subj = [s for s in clause[0].children if s.dep_ == "nsubj"]
        bound = _refer_subject(table, subj[0]) if subj else []
        if not bound:
            return
        asker = [n for p in noun.children if p.dep_ == "poss" for n in table.refer(p)]
        if not asker and be.dep_ == "ccomp" and be.head.lemma_.lower() in SAY_VERBS:
            asker = self._subject(table, be.head)
        for toks in self._actions(clause[0]):
            yield (bound, [a for a in asker if a not in bound], toks, "demanded", 0.55)

    def _act_as_condition(self, table: ActorTable, noun: Token):
        """"Chile's withdrawal (the withdrawal of Chile's troops) is a precondition for
        talks, Peru said": a demand on Chile, by the owner of the condition or the one
        who says it."""
        be = noun.head
        act = next((s for s in be.children if s.dep_ == "nsubj"), None)
        if act is None or act.lemma_.lower() not in AGENT_NOMINALS:
            return
        asker = [n for p in noun.children if p.dep_ == "poss" for n in table.refer(p)]
        if not asker and be.dep_ in ("ccomp", "ROOT") and (
                say := be.head if be.dep_ == "ccomp" else next(
                    (c for c in be.children if c.dep_ in ("parataxis", "ccomp") and
                     c.lemma_.lower() in SAY_VERBS), None)) is not None and \
                say.lemma_.lower() in SAY_VERBS:
            asker = self._subject(table, say)
        bound = [b for b in dict.fromkeys(_act_owners(table, act)) if b not in asker]
        if bound:
            yield (bound, asker, [t for t in act.subtree if not (
                t.dep_ == "det" and t.head.i == act.i)], "demanded", 0.55)

    def _funded(self, table: ActorTable, verb: Token):
        """"The EU is allocating 20 million euros in aid to Chad", "Peru announced $5
        million in assistance": money or aid pledged by the subject."""
        actors = self._subject(table, verb)
        if not actors or verb.dep_ in ("relcl", "acl", "amod"):
            return
        counterparts = self._objects(table, verb, ("to", "for"))
        toks = [verb] + [t for c in verb.children if (c.dep_ in (
            "dobj", "dative", "prep", "prt") or (c.dep_ in ("advcl", "xcomp") and
                                                  _has_aux(c, {"to"})))
            and c.i > verb.i for t in c.subtree]  # "mobilised €5m to support ..."
        yield (actors, counterparts, toks, self._status(verb, "agreed"), 0.55)

    @staticmethod
    def _demanded_act(table: ActorTable, verb: Token, demander: list[str], status: str):
        """"demanded the withdrawal of Chile's troops", "called for the resignation of
        the Peruvian minister": the one whose act it is (after "of") is asked."""
        objs = [c for c in verb.children if c.dep_ == "dobj"] + [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ in CALL_PREPS
            for o in p.children if o.dep_ == "pobj"]
        for obj in objs:
            if obj.lemma_.lower() in MUTUAL_NOUNS:
                # "called for a ceasefire between Peru and Chile": both sides are asked
                sides = [n for p in (*obj.children, *verb.children) if p.dep_ == "prep" and
                         p.lower_ == "between" and p.i > obj.i for o in p.children
                         if o.dep_ == "pobj" for n in table.refer(o) if n not in demander]
                if len(sides) < 2 and obj.lemma_.lower() in TRUCE_NOUNS and not any(
                        p.dep_ == "prep" and p.lower_ == "between" for p in obj.children):
                    # "Ruritania and the Front traded fire ... Vostra called for a ceasefire": the
                    # two sides just named together
                    sides = [n for n in _mixed_pair(table, verb) if n not in demander]
                if len(sides) >= 2:
                    yield (sides, demander, [t for t in obj.subtree if not (
                        t.dep_ == "det" and t.head.i == obj.i)], status, 0.55)
                continue
            if obj.lemma_.lower() not in AGENT_NOMINALS:
                continue
            asked = [n for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"
                     for n in table.refer(o) or [m for x in o.children if x.dep_ == "poss"
                                                 for m in table.refer(x)]
                     if n not in demander]
            if asked:
                yield (asked, demander, [t for t in obj.subtree if not (
                    t.dep_ == "det" and t.head.i == obj.i)],
                       status, 0.55)

    def _deadline(self, table: ActorTable, verb: Token):
        """"Peru gave Chile until Friday (48 hours) to withdraw its forces": an
        ultimatum binding the one given the time, asked by the giver."""
        timed = any(c.lemma_.lower() in DEADLINE_TIMES or (
            c.dep_ == "prep" and c.lower_ in DEADLINE_PREPS) for c in verb.children)
        # the parser often hangs "to leave" on the time ("72 hours to leave")
        inner = [c for x in (verb, *(t for t in verb.children if t.lemma_.lower() in
                                     DEADLINE_TIMES))
                 for c in x.children if c.dep_ in ("advcl", "xcomp", "relcl") and
                 c.pos_ == "VERB" and c.i > verb.i and _has_aux(c, {"to"})]
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        bound = [n for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass") and
                 c.lemma_.lower() not in DEADLINE_TIMES for n in table.refer(c)]
        if not (timed and inner and bound):
            return
        if passive:  # "X was given 72 hours to leave (by Y)": X is bound, Y asks
            giver = [n for c in verb.children if c.dep_ == "agent"
                     for o in c.children for n in table.refer(o) if n not in bound]
        else:
            giver = [n for n in self._subject(table, verb) if n not in bound]
        for toks in self._actions(inner[0]):
            yield (bound, giver, toks, "demanded", 0.6)

    def _expected(self, table: ActorTable, verb: Token):
        """"Under the deal, Chile is expected (set) to release 50 prisoners": a term
        of the deal binding the passive subject."""
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        inner = [c for c in verb.children if c.dep_ == "xcomp" and _has_aux(c, {"to"})]
        bound = table.refer(subj[0]) or _described(table, subj[0]) if subj else []
        if not (bound and inner):
            return
        for toks in self._actions(inner[0]):
            yield (bound, [], toks, "agreed", 0.55)

    def _is_to(self, table: ActorTable, be: Token):
        """"Under the deal, Chile is to release 50 prisoners": a duty of the subject
        (a planned visit is an event, "X is to blame" a state)."""
        subj = [c for c in be.children if c.dep_ == "nsubj"]
        inner = [c for c in be.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and
                 c.i > be.i and _has_aux(c, {"to"})]
        if not subj or not inner:
            return
        lemma = inner[0].lemma_.lower()
        if lemma in STATE_VERBS | PLANNED_VERBS or _named_only_in_modifier(table, subj[0]):
            return
        actors = _refer_subject(table, subj[0])
        if not actors:
            return
        status = self._status(be, "agreed")
        for toks in self._actions(inner[0]):
            yield (actors, self._objects(table, inner[0], ("with",)), toks, status, 0.55)

    def _demand_noun(self, table: ActorTable, noun: Token):
        """"X stressed the need for Y to ...", "X set a deadline for Y to ...": Y is
        bound, X asks."""
        verb = noun.head
        inner = [c for c in noun.children if c.dep_ in ("acl", "advcl", "relcl") and
                 c.pos_ == "VERB" and _has_aux(c, {"to"})] or [
            c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > noun.i and
            c.pos_ == "VERB" and _has_aux(c, {"to"})]
        if not inner:
            return
        subj = [s for s in inner[0].children if s.dep_ == "nsubj"]
        bound = table.refer(subj[0]) if subj else [
            n for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children if o.dep_ == "pobj" for n in table.refer(o)] or [
            # "gave Chile an ultimatum to leave": the one it is given to
            n for d in verb.children if d.dep_ == "dative" and d.i < noun.i
            for n in table.refer(d)]
        asker = self._subject(table, verb)
        bound = [b for b in bound if b not in asker]
        if not bound:
            return
        for toks in self._actions(inner[0]):
            yield (bound, asker, toks, "demanded", 0.55)

    def _tabled(self, table: ActorTable, noun: Token):
        """"Chile presented Peru with a $2 billion proposal", "Peru made an
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
        """Who does what the verb says: its subject (a passive one too: "X is
        committed to"), the agent of a passive, or the subject of the verb it
        hangs from; "the military of both countries" is those countries."""
        v = verb
        for _ in range(3):
            for c in v.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    if c.lower_ == "it" and c.dep_ == "nsubjpass":
                        # "It was agreed to ...": the parties of the readout
                        return table._plural(c, "Person") or table._plural(c, "Country")
                    return _refer_subject(table, c)
                if c.dep_ == "agent":
                    for obj in c.children:
                        return table.refer(obj)
            ctrl = [c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i] \
                if v.dep_ in ("xcomp", "advcl") and v.head.i != v.i else []
            if ctrl and (v.dep_ == "xcomp" or (_has_aux(v, {"to"}) and table.refer(ctrl[0]))):
                # "rallied leaders to commit to ...": the leaders commit, not who rallied
                return table.refer(ctrl[0])
            if v.dep_ == "conj" and v.head.dep_ == "ccomp" and v.tag_ == v.head.head.tag_ \
                    and v.tag_ != v.head.tag_ and v.head.head.i != v.head.i:
                # "X declared that a disaster exists and ordered aid": the parser hangs
                # "ordered" on the clause; its tense says it is the main verb's
                v = v.head.head
            elif v.dep_ in ("conj", "xcomp", "advcl", "acomp") and v.head.i != v.i:
                v = v.head
            elif v.dep_ == "acl" and v.head.dep_ in ("dobj", "pobj") and v.head.head.pos_ in (
                    "VERB", "ADP"):
                # "signed a decree ordering ...": who signed it
                v = v.head.head if v.head.dep_ == "dobj" else v.head.head.head
            else:
                break
        return _names_before(table, verb) if verb.dep_ in ("ROOT", "conj") else []

    @staticmethod
    def _status(verb: Token, status: str) -> str:
        for c in verb.children:
            if c.dep_ == "neg" and status in ("agreed", "proposed") and \
                    verb.lemma_.lower() not in RESOLVE_NEGATED_VERBS:
                return "refused"
        for c in list(verb.children) + list(verb.head.children):
            if _condition_clause(c):
                return "conditional"  # "if ...", "..., provided that Chile withdraws"
            if c.dep_ == "prep" and c.lower_ in ("depending", "provided", "providing", "assuming"):
                return "conditional"
            if c.dep_ == "prep" and c.lower_ in ("upon", "subject") and c.i < verb.i:
                return "conditional"  # "Upon implementation of ..., both sides will ..."
        if _condition_clause(verb) or any(_conditions(verb)):
            return "conditional"  # "will keep talking as long as X ..."
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

    # -- the action phrase ----------------------------------------------------
    @staticmethod
    def _action(head: Token, others: frozenset[int] = frozenset()) -> list[Token]:
        """The verb phrase of ``head``: its subtree without its subject, auxiliaries,
        conditions, fronted adverbials, asides (", including ...", ", which ...",
        parentheses) and the subtrees of the coordinated verbs ``others``."""
        exclude: set[int] = set()
        for c in head.children:
            if c.dep_ in NON_ACTION_DEPS or \
                    _condition_clause(c) or c.i in others or (
                    c.dep_ in FRONTED_DEPS and c.i < head.i):
                exclude.update(t.i for t in c.subtree)
                if _contingent(c):
                    exclude.add(c.i - 1)  # "contingent (upon X ...)"
            if c.lower_ in CONTINGENT_WORDS and any(_contingent(p) for p in c.children):
                exclude.update(t.i for t in c.subtree)  # "..., contingent on X"
        for c in _conditions(head):  # "as long as X ...", "on condition that X ..."
            exclude.update(t.i for t in c.subtree)
            exclude.update(_condition_lead(c))
            if _contingent(c):
                exclude.add(c.i - 1)  # "contingent (upon X ...)"
        doc = head.doc
        for c in head.children:
            if c.dep_ == "conj" and c.i > head.i and (stolen := _stolen_subject(c)) is not None:
                # "X would withdraw from the town and Y would move north": the parser
                # joins Y to "town"; Y and its "and" start Y's own clause
                first = stolen.left_edge.i
                cc = [x.i for x in stolen.head.children if x.dep_ in ("cc", "punct") and
                      x.i == first - 1]
                exclude.update(range(min([*cc, first]), c.right_edge.i + 1))
        for c in head.children:
            if c.dep_ == "conj" and c.i > head.i and _second_binding(c) is not None:
                # "withdraw ... and commits Y to end ...": the deal's next duty, Y's
                exclude.update(range(c.left_edge.i, c.right_edge.i + 1))
                exclude.update(x.i for x in head.children if x.dep_ in ("cc", "punct") and
                               x.i == c.left_edge.i - 1)
        for c in head.children:
            if c.dep_ == "conj" and c.i > head.i and _has_subject(c):
                # "Chile would withdraw ... and Peru would lift ...": a clause of its own
                exclude.update(range(c.left_edge.i, c.right_edge.i + 1))
                exclude.update(x.i for x in head.children if x.dep_ in ("cc", "punct") and
                               x.i == c.left_edge.i - 1)
        for t in head.subtree:
            if t.i in exclude or t.i == head.i:
                continue
            if t.i in others:
                exclude.update(x.i for x in t.subtree)
                continue
            if t.dep_ == "relcl" and t.head.pos_ == "PROPN" and t.head.i != head.i:
                # "release President X who has been held since ...": a clause on a name
                # only describes it (an aside even without a comma)
                exclude.update(x.i for x in t.subtree)
                continue
            left = t.left_edge.i
            before = doc[left - 1] if left > head.i else None
            if before is not None and before.text in (",", ";", "(") and (
                    t.left_edge.lower_ in ASIDE_OPENERS or t.dep_ in ("relcl", "appos") or
                    before.text == "("):
                exclude.update(x.i for x in t.subtree)
        return [t for t in head.subtree if t.i not in exclude]

    @staticmethod
    def _chain(head: Token) -> list[Token]:
        """``head`` and the verbs coordinated with it that share its subject
        ("will negotiate the deal, prepare it for signature and sign it")."""
        out = [head]
        for c in head.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > head.i and not any(
                    s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children) and not (
                    (c.lemma_.lower() in SAY_VERBS and any(x.dep_ == "ccomp" for x in c.children))
                    or (
                        head.tag_ in ("VB", "VBG") and c.tag_ in ("VBD", "VBZ", "VBP"))) \
                    and _stolen_subject(c) is None and _second_binding(c) is None:
                # "would be following X and emphasized Y": a new clause, no shared duty;
                # "... and Y would move north": Y's own clause
                out.extend(CommitmentExtractor._chain(c))
        if head.tag_ == "VB":
            # "to honor the pledges made and hold talks": the parser hangs the second
            # base verb on the participle after the object; a base verb cannot join a
            # participle, so it is the head's second duty
            for c in (c for o in head.children if o.dep_ == "dobj" for p in o.children
                      if p.dep_ == "acl" and p.tag_ == "VBN" for c in p.children
                      if c.dep_ == "conj" and c.tag_ == "VB" and c.pos_ == "VERB"):
                out.extend(CommitmentExtractor._chain(c))
        return sorted(out, key=lambda t: t.i)

    def _actions(self, head: Token, lead: list[Token] | None = None) -> list[list[Token]]:
        """One action per duty: coordinated verbs each make their own, except a
        verb with nothing of its own, which shares the next one's object
        ("negotiate and finalize the agreement" is one). ``lead`` (the trigger
        of an order, say) starts each action."""
        chain = self._chain(head)
        members = frozenset(v.i for v in chain)
        groups: list[list[Token]] = []
        pending: list[Token] = []
        for v in chain:
            toks = self._action(v, members - {v.i})
            pending.extend(toks)
            own = any(c.dep_ in COMPLEMENT_DEPS and c.i not in members and not (
                c.dep_ == "advcl" and c.i < v.i) for c in v.children)
            if own:
                groups.append(pending)
                pending = []
        if pending:
            if groups and len(pending) <= 2:
                groups[-1].extend(pending)
            else:
                groups.append(pending)
        return [(lead or []) + g for g in groups if g]

    # -- verbs ----------------------------------------------------------------
    def _verb(self, table: ActorTable, verb: Token, lemma: str, status: str):
        if _has_aux(verb, WILL | {"would"}) and _observer_says(verb):
            return  # "Experts say X will not accept ...": a forecast, no stand of X's
        if verb.dep_ in ("amod", "acl") and lemma in ("agree", "propose", "commit"):
            return  # "the agreed ceasefire", "violations committed by": no new commitment
        if verb.dep_ == "xcomp" and verb.head.lower_ in HEDGE_WORDS:
            return  # "X is unlikely to accept": a forecast, no stand taken
        if verb.dep_ == "acl" and (verb.head.lower_ in NOUNS or verb.head.lemma_.lower() in NOUNS):
            return  # "the U.S. decision to resume aid": the noun says whose it is
        if any(c.dep_ == "agent" for c in verb.children) and lemma == "commit":
            return  # "crimes committed by X"
        if verb.dep_ == "relcl" and not any(c.dep_ in ("dobj", "xcomp", "ccomp") and
                                            c.lower_ not in RELATIVE_WORDS
                                            for c in verb.children):
            return  # "the guarantees that others have offered": said of a thing, no pledge
        if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj") and verb.i > verb.head.i and \
                verb.head.lemma_.lower() in DEMAND_VERBS | ORDER_VERBS and not (
                    verb.dep_ == "conj" and lemma in DEMAND_VERBS | ORDER_VERBS):
            # "urged X to guarantee ...": the demand or order says who is bound; but
            # "urged X to A and demanded B" is a second demand of its own
            return
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OFFERING_VERBS and any(
                c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children):
            return  # "proposed Chile to sign the text": offered to Chile, not Chile's pledge
        if lemma in CONDITIONAL_VERBS and not any(
                self._status(x, "agreed") == "conditional" for x in (verb, *verb.children)
                if x.i == verb.i or x.dep_ == "xcomp"):
            return  # "threatened to strike": a warning; "... if attacked": a pledge
        if lemma in PARTICLE_VERBS and not any(
                c.dep_ == "prt" and c.lower_ == PARTICLE_VERBS[lemma] for c in verb.children):
            return  # "rule out", "turn down"; not "rule the country", "turn to X"
        if lemma in ("refuse", "decline") and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in SPEECH_VERBS | SAY_VERBS
                for c in verb.children):
            return  # "declined to comment": no commitment refused
        if lemma in INFINITIVE_DEMAND_VERBS and not any(
                c.dep_ in ("xcomp", "advcl") and c.i > verb.i and _has_aux(c, {"to"})
                for c in verb.children):
            return  # "told reporters that ...": speech, no demand
        if lemma == "call" and not any(c.lower_ in CALL_PREPS or any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                for c in verb.children):
            return  # "called the talks useful"
        subj = self._subject(table, verb)
        counterparts = self._objects(table, verb, ("with", "to", "for"))
        status = self._status(verb, status)
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if lemma in DEMAND_VERBS | ORDER_VERBS | {"invite"} and passive and \
                passive[0].lower_ != "it":
            # "All residents are required to ...", "X was ordered to ...": X is bound
            yield from self._bound_passive(table, verb, lemma, status, passive[0])
            return
        if lemma in DEMAND_VERBS or lemma == "invite":
            yield from self._demand(table, verb, lemma, subj,
                                    "proposed" if lemma == "invite" else "demanded")
            return
        if lemma == "commit" and not subj:
            # "the accord commits Peru and Chile to reduce ...": those it commits
            verbs = [x for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl", "prep")
                     and c.i > verb.i for x in ([c] if c.pos_ == "VERB" else c.children)
                     if x.pos_ == "VERB"]
            bound = [n for c in verb.children if c.dep_ == "dobj" for n in table.refer(c)] or [
                n for x in verbs[:1] for c in x.children if c.dep_ == "nsubj"
                for n in table.refer(c)]
            if bound and verbs:
                for toks in self._actions(verbs[0]):
                    yield (bound, [], toks, status, 0.65)
            return
        if lemma in ORDER_VERBS:
            bodies: list[str] = []
            for c in verb.children:
                if c.dep_ in ("dobj", "dative") and not _named_only_in_modifier(table, c):
                    bodies.extend(table.refer(c))  # not "ordered Federal aid to ..."
            # "tasked the ministry with preparing a plan": what is ordered follows "with"
            tasks = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ORDER_PREPS
                     for o in p.children if o.dep_ == "pcomp" and o.pos_ == "VERB"]
            for c in [*verb.children, *tasks]:
                if c.dep_ in ("xcomp", "ccomp") or c in tasks:
                    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and
                                                    verb.head.dep_ == "ROOT")
                    if bodies and main and not _has_aux(verb, WILL | {"to"}) and \
                            not _own_staff(verb):
                        # "the President directed FEMA to open centers": FEMA is bound
                        # to open them, for the one who ordered it (GUIDELINES.md); "they
                        # instructed their teams to ..." stays the instructors' own duty
                        for toks in self._actions(c):
                            yield (bodies, [s for s in subj if s not in bodies] + [
                                p for p in counterparts if p not in subj], toks, status, 0.7)
                        return
                    # "instructed their teams to move ahead": who is told, then what
                    lead = [verb] + [t for o in verb.children if o.dep_ in ("dobj", "dative")
                                     and o.i < c.i for t in o.subtree] + [
                        a for a in c.children if a.dep_ == "aux" and a.lower_ == "to"] + (
                        [c.head] if c in tasks else [])
                    for toks in self._actions(c, lead=lead):
                        yield (subj + [b for b in bodies if b not in subj], counterparts,
                               toks, status, 0.7)
                    return
            dobj = [c for c in verb.children if c.dep_ == "dobj"]
            if dobj and subj and lemma not in TASK_VERBS:
                yield (subj, counterparts, self._action(verb), status, 0.6)
            return
        for c in [*verb.children, *_framed_infinitives(verb, lemma)]:
            # "commit to hold consultations": the parser may read the infinitive as an advcl
            infinitive = (c.dep_ == "advcl" and c.i > verb.i and lemma in INFINITIVE_VERBS
                          and _has_aux(c, {"to"})) or (
                    # "ruled out sending troops", "rejected lifting sanctions": the gerund
                    c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == verb.i + 1 + sum(
                        1 for p in verb.children if p.dep_ == "prt" and p.i > verb.i) and
                    lemma in OBJECT_VERBS | set(PARTICLE_VERBS) and not _has_subject(c))
            if c.dep_ == "xcomp" or infinitive or (c.dep_ == "ccomp" and lemma in CLAUSE_VERBS) \
                    or c.head.i != verb.i:
                inner = c
                actors = subj
                if c.dep_ == "ccomp":
                    inner_subj = [s for s in c.children if s.dep_ == "nsubj"]
                    if c.lemma_.lower() in STATE_VERBS and lemma == "agree":
                        continue  # "agreed this could be the first step": a view, no pledge
                    if lemma not in ("propose", "suggest") and not (_has_aux(
                            c, WILL | {"would", "should", "must", "can", "could"}) or (
                            c.tag_ == "VB" and not any(a.dep_ == "aux" for a in c.children))):
                        continue  # "agreed that the talks produced nothing": a view
                    if inner_subj and lemma == "agree" and _has_aux(c, WILL | {"would"}):
                        # "the leaders agreed Chile and Peru will continue ...":
                        # the clause names who is bound
                        actors = table.refer(inner_subj[0]) or subj
                    elif inner_subj and lemma not in ("agree", "confirm"):
                        actors = table.refer(inner_subj[0]) or subj
                        if inner_subj[0].lower_ in PLURAL_COUNTRY_REFS and set(actors) & set(subj):
                            # "the Americans propose the parties end the war": others
                            actors = [a for a in table.ranked("Country") if a not in subj][:2]
                    if lemma == "confirm" and not _has_aux(c, WILL):
                        continue
                extra = self._objects(table, inner, ("with", "to"))
                # "proposed that the next round be held in Lima": the thing to be done
                # to is part of what is proposed, where it is no actor
                done_to = [t for s in inner.children if s.dep_ == "nsubjpass" and
                           c.dep_ == "ccomp" and not table.refer(s) and
                           s.lower_ not in RELATIVE_WORDS | {"it"} for t in s.subtree]
                for toks in self._actions(inner):
                    yield (actors, counterparts + extra, done_to + toks, status, 0.75)
                # "committed to eliminate X and suspend Y; to support Z": infinitives
                # the parser hangs on the trigger
                for conj in verb.children:
                    listed = conj.dep_ == "conj" or (
                        conj.dep_ == "advcl" and _has_aux(conj, {"to"}) and
                        verb.doc[conj.left_edge.i - 1].text in (";", "and"))
                    if listed and conj.pos_ == "VERB" and conj.i > inner.i and \
                            (_has_aux(conj, {"to"}) or conj.tag_ == "VB") and \
                            not _has_subject(conj) and conj.lemma_.lower() not in VERBS:
                        for toks in self._actions(conj):
                            yield (actors, counterparts, toks, status, 0.7)
                return
            if c.dep_ in ("prep", "prt") and c.lower_ in ("to", "on") and c.i > verb.i and \
                    lemma in ("agree", "commit", "pledge") and \
                    all(x.is_punct or x.is_space for x in c.children) and \
                    c.i + 1 < len(verb.doc) and verb.doc[c.i + 1].text == ":":
                yield (subj, counterparts, [verb, c], status, 0.7)  # "agreed to:" and a list
                return
            if c.dep_ in ("prep", "prt") and c.lower_ in ("to", "on") and c.i > verb.i and \
                    lemma in OPPOSING_VERBS and not any(
                        o.dep_ == "pobj" and o.lemma_.lower() in ACCEPTED_NOUNS
                        for o in c.children):
                continue  # "objected to the killings": a protest, no offer turned down
            if c.dep_ in ("prep", "prt") and c.lower_ in ("to", "on") and c.i > verb.i and \
                    lemma in {"agree", "commit", "pledge"} | OPPOSING_VERBS and \
                    not _time_phrase(c):
                for obj in c.children:
                    if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                        for toks in self._actions(obj):
                            yield (subj, counterparts, toks, status, 0.7)
                        return
                    if obj.dep_ in ("pobj", "pcomp"):
                        # "objected to the plan": the verb says what is done with it
                        lead = [verb, c] if lemma in OPPOSING_VERBS else []
                        yield (subj, counterparts, lead + list(obj.subtree), status, 0.7)
                        for x in verb.children:
                            if x.dep_ == "xcomp" and x.i > obj.i and _has_aux(x, {"to"}) and \
                                    lemma not in OPPOSING_VERBS and \
                                    any(t.text in (",", ";") for t in verb.doc[
                                        obj.right_edge.i + 1:x.left_edge.i + 1]):
                                # "agreed to a ceasefire, to disengage troops and resolve
                                # disputes": the listed infinitives are duties too (not
                                # "a ceasefire to end the clashes": its purpose)
                                for toks in self._actions(x):
                                    yield (subj, counterparts, toks, status, 0.65)
                        return
            named = table.refer(c) if c.dep_ == "dobj" and c.pos_ == "PROPN" else []
            if named and any(x.dep_ in ("ccomp", "xcomp") and x.i > c.i for x in verb.children):
                # "promised/assured Chile that it would ...": Chile is owed what the clause says
                counterparts = counterparts + [n for n in named if n not in counterparts]
                continue
            if c.dep_ == "dobj" and (lemma in OBJECT_VERBS or (
                    # "had agreed the text of a treaty": the terms are what is agreed
                    lemma == "agree" and c.lemma_.lower() in AGREED_OBJECTS)) and \
                    c.lower_ not in RELATIVE_WORDS:
                what = c.lemma_.lower()
                if (lemma == "reaffirm" and what not in NOUNS) or (
                        lemma in ACCEPTING_VERBS | OPPOSING_VERBS and
                        what not in ACCEPTED_NOUNS and
                        not any(x.dep_ == "neg" for x in verb.children)) or (
                        lemma in ("reject", "refuse", "decline") and what in CLAIM_NOUNS):
                    continue
                owner = [n for p in c.children if p.dep_ == "poss" and p.pos_ != "PRON"
                         for n in table.refer(p)] or [
                    # "reaffirmed the enduring U.S. commitment": the United States'
                    n for p in c.children if p.dep_ in ("compound", "nmod") and p.i < c.i and
                    p.pos_ == "PROPN" and what in NOUNS and what not in SETTLEMENT_NOUNS
                    for n in table.refer(p)]
                actors = owner or subj
                terms = [x for x in c.children if x.dep_ in ("acl", "relcl") and
                         _has_aux(x, WILL | {"would", "shall"}) and any(
                             s.dep_ == "nsubj" and s.lower_ in TERMS_SUBJECTS
                             for s in x.children)]
                if terms and what in DOCUMENT_WORDS | set(NOUNS) and \
                        lemma not in ANSWERING_VERBS | OPPOSING_VERBS:
                    # "signed a declaration that they would work towards a truce", "an
                    # accord under which they will reopen ...": the pledge is its clause
                    for x in terms:
                        for toks in self._actions(x):
                            yield (actors, counterparts, toks, status, 0.65)
                    return
                if lemma in ANSWERING_VERBS and subj:
                    # "Peru rejected Chile's proposal": Peru's stand, owed to Chile
                    actors = subj
                    counterparts = counterparts + [n for n in owner if n not in counterparts]
                # "X reaffirmed the United States' commitment": the owner's pledge
                toks = [verb] + [p for p in verb.children if p.dep_ == "prt"] + self._action(
                    c, others=frozenset(x.i for x in c.children if x.dep_ == "relcl" and not (
                        # "rejected calls to resign": what is asked is what is refused
                        what in DEMAND_NOUNS | ACCEPTED_NOUNS and _has_aux(x, {"to"})))) + [
                    t for p in verb.children if p.dep_ == "prep" and p.i > c.i
                    for t in p.subtree]
                if what in NOUNS:
                    # "signed a deal to build a pipeline": the deal's infinitive
                    toks += [t for x in verb.children if x.dep_ == "advcl" and x.i > c.i and
                             _has_aux(x, {"to"}) for t in self._action(x) + [
                                 a for a in x.children if a.dep_ == "aux"]]
                yield (actors, counterparts, sorted(set(toks), key=lambda t: t.i), status, 0.65)
                return

    def _bound_passive(self, table: ActorTable, verb: Token, lemma: str, status: str,
                       subject: Token):
        """"X was ordered to withdraw", "All residents are required to leave":
        X is bound; the agent, if named, is the one who asks."""
        bound = table.refer(subject)
        by = [n for c in verb.children if c.dep_ == "agent"
              for o in c.children for n in table.refer(o)]
        inner = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or (
            c.dep_ == "advcl" and _has_aux(c, {"to"}))] or [
            # "X will be tasked with clearing the mines": what X is tasked with
            x for c in verb.children if c.dep_ == "prep" and c.lower_ in ORDER_PREPS and
            lemma in ORDER_VERBS for x in c.children if x.dep_ == "pcomp" and x.pos_ == "VERB"]
        if not bound or not inner:
            return
        if lemma == "invite":
            status = "proposed"
        elif lemma not in ORDER_VERBS:
            status = "demanded"
        for toks in self._actions(inner[0]):
            yield (bound, by, toks, status, 0.6)

    def _demand(self, table: ActorTable, verb: Token, lemma: str, demander: list[str],
                status: str = "demanded"):
        """"call on X to ...", "urge X and Y to ...", "call for X to ...": those
        asked are bound, the asker is a counterpart. The parser often loses the
        object of a long list, so the actors named between the verb and the
        infinitive are the ones asked."""
        inner = self._infinitive(verb)
        if inner is None:
            # "demanded an apology from Chile": Chile is asked for the object
            for obj in (c for c in verb.children if c.dep_ == "dobj" and
                        c.lemma_.lower() not in AGENT_NOMINALS):
                # not "demanded the withdrawal of X's troops from Y": Y is a place
                asked = [n for p in obj.children if p.dep_ == "prep" and
                         p.lower_ in DEMAND_FROM_PREPS for o in p.children if o.dep_ == "pobj"
                         for n in table.refer(o) if n not in demander]
                if asked:
                    yield (asked, demander, [verb] + [t for t in obj.subtree if not any(
                        p.dep_ == "prep" and p.lower_ in DEMAND_FROM_PREPS and
                        p.left_edge.i <= t.i <= p.right_edge.i for p in obj.children)],
                        status, 0.55)
            # "asked Peru for help in fighting the fires": Peru is asked for it
            fors = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"]
            asked = [n for c in verb.children if c.dep_ in ("dobj", "dative") and
                     c.i < (fors[0].i if fors else 0) for n in table.refer(c) if n not in demander]
            if asked and lemma not in ("call",):
                yield (asked, demander, [verb, *fors[0].subtree], status, 0.55)
            yield from self._demanded_act(table, verb, demander, status)
            return
        bound = self._asked(table, verb, inner)
        # one asks another side: not the askers, nor those a named collective of
        # askers stands for ("We, the ministers of A and B, call on parties to ...")
        own = set(demander) | {m for d in demander for m in table.members.get(d, ())}
        bound = [b for b in bound if b not in own]
        if not bound:
            return
        for toks in self._actions(inner):
            yield (bound, demander, toks, status, 0.65)
        # "call for X to A and for Y to B": a second demand with its own subject
        for conj in inner.children:
            if conj.dep_ == "conj" and conj.pos_ == "VERB" and _has_subject(conj):
                other = [n for s in conj.children if s.dep_ == "nsubj" for n in table.refer(s)]
                for toks in self._actions(conj):
                    if other:
                        yield (other, demander, toks, status, 0.6)

    @staticmethod
    def _infinitive(verb: Token) -> Token | None:
        """What the asker asks for: the verb's infinitive or clause ("urge X to
        leave", "insist that X leave"), else the first "to" + verb after it in
        the verb's phrase."""
        for c in verb.children:
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i > verb.i:
                return c
            # "called on Europe to "arm itself"": the quote mark makes it an advcl
            if c.dep_ == "advcl" and c.i > verb.i and _has_aux(c, {"to"}):
                return c
        for t in verb.doc[verb.i + 1:verb.right_edge.i + 1]:
            if t.lower_ == "to" and t.dep_ == "aux" and t.head.pos_ == "VERB" and \
                    t.head.i > t.i and _under(t.head, verb):
                return t.head
        return None

    @staticmethod
    def _asked(table: ActorTable, verb: Token, inner: Token) -> list[str]:
        """The actors asked: the inner clause's subject, the verb's objects or
        "on"/"upon"/"for" object, else the actors named in the verb's object
        phrases before the infinitive (the parser often breaks long lists)."""
        subj = [s for s in inner.children if s.dep_ == "nsubj"]
        if subj and (found := table.refer(subj[0])):
            return found
        found = []
        heads = []
        for c in verb.children:
            if c.i > inner.i:
                continue
            if c.dep_ in ("dobj", "dative"):
                heads.append(c)
            elif c.dep_ == "conj" and c.pos_ == "VERB" and not _has_subject(c):
                # "urge X and allied groups to ...": a list word read as a verb
                heads.extend(o for o in c.children if o.dep_ == "dobj" and o.i < inner.i)
            elif c.lower_ in CALL_PREPS:
                heads.extend(o for o in c.children if o.dep_ == "pobj")
        for h in heads:
            # "called on both sides / the warring parties to ...": who the sides are
            asked = _refer_subject(table, h) if h.lower_ in SIDE_WORDS | NEIGHBOUR_WORDS \
                else table.refer(h)
            found.extend(n for n in asked or _owner(table, h) if n not in found)
        if found:
            return found
        objects = {t.i for c in verb.children if c.dep_ in ("dobj", "dative", "conj")
                   and c.i < inner.i for t in c.subtree}
        named = [table.by_token[i] for i in range(verb.i + 1, inner.left_edge.i) if i in objects]
        return list(dict.fromkeys(n for n in named if n))

    def _must(self, table: ActorTable, verb: Token, inner: Token):
        """"X must leave", "X should stop", "X needs to leave": a demand on X.
        Passives ("civilians must be protected"), the speaker's own resolve
        ("we must") and states ("X should be wary") bind no one."""
        if inner.lemma_.lower() in STATE_VERBS - {"get"} or verb.dep_ in ("relcl", "acl") or \
                _condition_clause(verb):
            return  # "... if they have to evacuate": a condition, no demand
        if verb.dep_ == "ccomp" and VERBS.get(verb.head.lemma_.lower()) == "agreed":
            return  # "they agreed all parties must ...": the agreement binds them
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in inner.children):
            return
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj or subj[0].lower_ in FIRST_PERSON_SUBJECTS | {"it", "this", "that", "you"}:
            return
        if _named_only_in_modifier(table, subj[0]):
            return  # "Medicare beneficiaries should visit ...": advice to them, not to Medicare
        bound = table.refer(subj[0]) or _described(table, subj[0])
        if not bound:
            return
        asker: list[str] = []
        head = verb.head
        if verb.dep_ == "ccomp" and head.lemma_.lower() in SAY_VERBS | DEMAND_VERBS:
            if _observer_says(verb):
                return  # "X should ..., said analyst Y": a view, no side's demand
            asker = [n for n in self._subject(table, head) if n not in bound]
        for toks in self._actions(inner):
            yield (bound, asker, toks, "demanded", 0.55)

    def _demand_object(self, table: ActorTable, verb: Token):
        dobj = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
        xcomp = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        if not dobj or not xcomp:
            for c in xcomp:
                inner = [s for s in c.children if s.dep_ == "nsubj"]
                if inner and table.refer(inner[0]):
                    for toks in self._actions(c):
                        yield (table.refer(inner[0]), self._subject(table, verb),
                               toks, "demanded", 0.55)
            return
        bound = table.refer(dobj[0])
        if bound:
            for toks in self._actions(xcomp[0]):
                yield (bound, self._subject(table, verb), toks, "demanded", 0.55)

    def _future(self, table: ActorTable, verb: Token, confidence: float = 0.6,
                relative: bool = False):
        if verb.dep_ in ("relcl", "acl", "amod") and not relative:
            return
        if _observer_says(verb):
            return  # "Analysts said X will ...": a forecast, no pledge of X's
        lemma = verb.lemma_.lower()
        if lemma in PLANNED_VERBS or (lemma in PLANNED_OBJECT_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in PLANNED_OBJECTS for c in verb.children)):
            return  # "X will visit Y", "X and Y will hold talks": an event planned
        if lemma in SAY_VERBS and lemma not in VERBS and not (
                # "X would respond to any provocation": a threat, not a reply
                lemma in RESPONSE_VERBS and any(
                    o.lemma_.lower() in HOSTILE_NOUNS or o.lower_ in HOSTILE_NOUNS
                    for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                    for o in p.children if o.dep_ == "pobj")):
            return  # "X will stress / underscore ...": a speech planned, no pledge
        if lemma in CONTINUING_VERBS and any(c.dep_ == "xcomp" and c.lemma_.lower() in
                                             STATE_VERBS for c in verb.children):
            return  # "X will continue to be a partner": praise or forecast, no duty
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj and verb.dep_ == "conj":
            # "agreed Chile and Peru will continue": the parser makes the clause's
            # subject the object of "agreed"; the phrase right before "will" is it
            will = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in (
                "will", "shall", "'ll", "would")), None)
            before = verb.doc[will.i - 1] if will is not None and will.i > 0 else None
            while before is not None and before.dep_ == "conj" and before.head.i < before.i:
                before = before.head
            if before is not None and before.dep_ == "dobj" and before.head.i == verb.head.i:
                subj = [before]
        if not subj and (stolen := _stolen_subject(verb)) is not None:
            subj = [stolen]  # "X would withdraw ... and Y would move north": Y
        if not subj and verb.dep_ == "conj" and verb.head.i < verb.i and (
                VERBS.get(verb.head.lemma_.lower()) == "agreed" or any(
                    c.dep_ == "acomp" and NOUNS.get(c.lower_) == "agreed"
                    for c in verb.head.children)):
            # "X are committed to ..., and will take steps to ...", "X agreed to ... and
            # will ...": the subject the two pledges share (not any predicate's: "the
            # truce took effect and will last")
            subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if not subj:
            # "X will re-sequence ...": a parse that hangs the subject on "will" itself
            subj = [s for a in verb.children if a.dep_ == "aux" and a.lower_ in WILL
                    for s in a.children if s.dep_ == "nsubj"]
        if not subj and verb.dep_ == "ROOT" and any(
                c.dep_ in FRONTED_DEPS and c.i < verb.i for c in verb.children):
            # "Under the plan, A, B, and C will ...": the parser hung the list on the
            # fronted phrase; the names right before "will" are the subject (a name
            # must end the list: "with Peru, new ports will open" binds no one)
            last = min((a.i for a in verb.children if a.dep_ == "aux"), default=verb.i) - 1
            if last >= 0 and table.by_token[last] and (names := _names_before(table, verb)):
                status = self._status(verb, "agreed")
                counterparts = self._objects(table, verb, ("with", "to", "for"))
                for toks in self._actions(verb):
                    yield (names, counterparts, toks, status, confidence - 0.05)
            return
        if not subj:
            return
        if _named_only_in_modifier(table, subj[0]):
            return  # "Medicare beneficiaries will pay less": a forecast, not a pledge
        actors = _refer_subject(table, subj[0])
        if not actors:
            return
        if lemma in AGENDA_VERBS and len(actors) >= 2 and all(
                table.type_of(a) == "Person" for a in actors):
            return  # "the two leaders will review ...": the agenda of their meeting
        status = self._status(verb, "agreed")
        counterparts = self._objects(table, verb, ("with", "to", "for"))
        for toks in self._actions(verb):
            yield (actors, counterparts, toks, status, confidence)

    # -- nouns and adjectives -------------------------------------------------
    def _noun(self, table: ActorTable, noun: Token, status: str):
        word = noun.lemma_.lower() if noun.lemma_.lower() in NOUNS else noun.lower_
        denied = any(c.dep_ == "det" and c.lower_ in DENYING_DETS for c in noun.children)
        if word in DENIED_ONLY_NOUNS and not denied:
            return  # "a plan to build a dam": no one's pledge; "no plans to" refuses
        if denied:
            status = "refused"  # "has no intention to withdraw"
        if word in TAKEN_NOUNS and not (noun.dep_ == "dobj" and
                                        noun.head.lemma_.lower() in TAKING_VERBS):
            return  # "sought Chile's support": asked for, not given
        if word in NOUN_OBJECTS and not any(
                {o.lower_, o.lemma_.lower()} & NOUN_OBJECTS[word] for p in noun.children
                if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"):
            return  # "open to criticism"
        preps = ("to", "for", "on") if noun.lemma_.lower() in SETTLEMENT_NOUNS else ("to", "for")
        comp = [c for c in noun.children if (c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB")
                or (status == "demanded" and c.dep_ == "relcl" and c.pos_ == "VERB" and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
                or (c.dep_ == "prep" and c.lower_ in preps and not (
                    c.lower_ == "to" and noun.lemma_.lower() in INVITATION_NOUNS))]
        if noun.lemma_.lower() in INVITATION_NOUNS:
            # "an invitation to Chile to attend": the infinitive, not the one invited
            comp.sort(key=lambda c: c.pos_ != "VERB")
        head = noun.head
        if not comp and noun.dep_ in ("nsubjpass", "dobj") and head.pos_ == "VERB":
            # "an agreement was reached between X and Y to ...", "signed a deal to
            # build ...": the parser hangs the infinitive on the verb
            comp = [c for c in head.children if c.dep_ in ("advcl", "xcomp") and
                    c.i > noun.i and c.pos_ == "VERB" and _has_aux(c, {"to"})]
        if not comp:
            yield from self._tabled(table, noun)
            return
        c = comp[0]
        if c.pos_ == "VERB":
            actions = self._actions(c)
        else:
            inner = [x for x in c.children if x.dep_ in ("pobj", "pcomp")]
            if inner and inner[0].pos_ == "VERB":  # "committed to supporting victims"
                actions = self._actions(inner[0])
            else:
                actions = [[t for x in c.children for t in x.subtree]]
                if noun.lemma_.lower() in NOUNS_IN_ACTION:  # "support for X's sovereignty"
                    actions = [[noun, c, *actions[0]]]
                elif len(actions[0]) == 1:
                    actions = [[c, *actions[0]]]  # "ready for talks": not "talks" alone
        actors: list[str] = []
        between = [n for p in (*noun.children, *(head.children if noun.dep_ == "nsubjpass"
                                                 else ())) if p.dep_ == "prep" and
                   p.lower_ == "between" for o in p.children if o.dep_ == "pobj"
                   for n in table.refer(o)]
        for p in noun.children:
            if p.dep_ == "poss":
                actors = quoted_we(table, p) or unquoted_we(table, p) or table.refer(p)
                if unquoted_we(table, p) == []:
                    actors = []
                pronoun = p.pos_ == "PRON" or any(  # "their governments' support"
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in p.children)
                if pronoun and head.pos_ in ("VERB", "AUX") and noun.dep_ == "dobj" and \
                        (subj := self._subject(table, head)):
                    actors = subj  # "the Parties reaffirmed their commitment": theirs
                    if p.pos_ != "PRON" and p.lower_ in GOVERNMENT_HEADS:
                        # "the leaders ... their governments' support": their countries
                        actors = [table.actors[n].country or n if table.type_of(n) ==
                                  "Person" else n for n in subj]
            elif p.dep_ in ("compound", "amod", "nmod") and p.i < noun.i and not actors and \
                    noun.lemma_.lower() != "agreement":  # "the Minsk agreements": a document
                actors = table.refer(p)  # "the U.S. commitment to ..."
            elif p.dep_ == "prep" and p.lower_ in ("by", "of") and not actors:
                # "a commitment by Chile to ...", "the readiness of Peru to ..."
                actors = [n for o in p.children if o.dep_ == "pobj" for n in table.refer(o)]
        if noun.lemma_.lower() in INVITATION_NOUNS:
            yield from self._invitation(table, noun, actors, actions)
            return
        if between and not actors and noun.lemma_.lower() in SETTLEMENT_NOUNS:
            actors = between  # "an agreement between X and Y to ..."
        if not actors and noun.dep_ == "nsubjpass" and head.lemma_.lower() in TAKING_VERBS \
                and noun.lemma_.lower() in SETTLEMENT_NOUNS and not any(
                    c.dep_ == "agent" for c in head.children):
            # "An agreement was reached to continue contacts": the parties of the
            # readout, as "It was agreed to ..."
            actors = _readout_parties(table, noun)
        if not actors and head.pos_ in ("VERB", "AUX"):
            if noun.dep_ == "dobj" and head.lemma_.lower() not in TAKING_VERBS:
                return  # "X criticized the decision to ...": not X's decision
            actors = self._subject(table, head)
        elif head.pos_ in ("VERB", "AUX") and noun.dep_ in ("dobj", "attr", "acomp"):
            subj = self._subject(table, head)
            if subj and all(a in subj for a in actors):
                actors = subj
        if noun.pos_ in ("ADJ", "VERB") and noun.dep_ in ("acomp", "oprd"):
            actors = self._subject(table, head)  # "Peru is ready to", "we remain committed to"
        if c.pos_ == "VERB" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) \
                and (own := [n for x in c.children if x.dep_ == "nsubj"
                             for n in _refer_subject(table, x)]):
            actors = own  # "a deal between A and B for B's fighters to hand over ...": B's
        elif c.pos_ != "VERB" and c.lower_ == "for" and noun.lemma_.lower() in TERMS_NOUNS and (
                verb := _for_subject_infinitive(c)) is not None and (
                own := [n for o in c.children if o.dep_ == "pobj"
                        for n in _refer_subject(table, o)]):
            # the same, parsed as "a deal [for B's fighters]" and a stray "to hand over"
            actors, actions = own, self._actions(verb)
        if not actors:
            return
        if status == "demanded" and c.pos_ == "VERB" and (
                said := [x for x in c.children if x.dep_ == "nsubj"]):
            # "X's demand that Y provide guarantees": Y is asked (nobody, when Y is
            # not known), never the demander
            asked = [n for n in _refer_subject(table, said[0]) if n not in actors]
            for toks in actions if asked else []:
                yield (asked, actors, toks, "demanded", 0.55)
            return
        if status == "demanded" and c.pos_ != "VERB" and c.lower_ == "for" and (
                asked := _actor_of_act(table, c, actors)):
            # "X's demand for Y's withdrawal / for the release of Y's soldiers": Y is
            # asked, X asks (not X's own pledge)
            yield (asked, actors, actions[0], "demanded", 0.55)
            return
        if noun.dep_ == "nsubj":  # "the commitment is ..." rarely binds anyone
            return
        status = self._status(head if head.pos_ in ("VERB", "AUX") else noun, status)
        counterparts = self._objects(table, c if c.pos_ == "VERB" else noun, ("with", "to"))
        for toks in actions:
            yield (actors, counterparts, toks, status, 0.6)


def _time_phrase(prep: Token) -> bool:
    """Whether a preposition only dates its verb ("agreed on Monday to ...")."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in TIME_ENTS or o.lower_ in WEEKDAYS for o in objs)


def _framed_infinitives(verb: Token, lemma: str) -> list[Token]:
    """The infinitive of a pledge the parser hung on the noun of a phrase that only
    frames it ("agreed in a phone call on Monday to continue talks", "pledged at the
    summit to ..."): read as the verb's own, when the verb has none."""
    if lemma not in INFINITIVE_VERBS or any(
            c.dep_ in ("xcomp", "ccomp", "dobj") or (c.dep_ == "advcl" and _has_aux(c, {"to"}))
            for c in verb.children):
        return []
    return [x for p in verb.children if p.dep_ == "prep" and p.lower_ in FRAME_PREPS
            and p.i > verb.i for o in p.children if o.dep_ == "pobj" and
            o.lemma_.lower() not in NOUNS.keys() | TERMS_NOUNS
            for x in o.children if x.dep_ in ("acl", "relcl") and x.pos_ == "VERB" and
            _has_aux(x, {"to"}) and not _has_subject(x)][:1]


def _lone_verb(action_toks: list[Token], trigger: Token) -> bool:
    """A one-word action that still says what is done: a verb of its own with
    nothing left out ("vowed to retaliate", "will not negotiate until ..."), not a
    trigger word alone ("agreed"), a state, or a verb whose object the parse lost."""
    words = [t for t in action_toks if not t.is_punct]
    verb = words[0] if len(words) == 1 else None
    if verb is None or verb.pos_ != "VERB" or (
            verb.i == trigger.i and trigger.lemma_.lower() in VERBS) or \
            verb.lemma_.lower() in STATE_VERBS or verb.i + 1 >= len(verb.doc):
        return False
    conditions = list(_conditions(verb))
    starts = {c.left_edge.i for c in conditions} | {i for c in conditions
                                                    for i in _condition_lead(c)[:1]}
    after = verb.doc[verb.i + 1]
    return (after.text in (".", ",", ";") or after.i in starts) and not any(
        c.dep_ in COMPLEMENT_DEPS and c not in conditions for c in verb.children)


def _funding(verb: Token) -> bool:
    """Whether the verb's object is money or aid ("$5 million", "new funding")."""
    return any(c.dep_ == "dobj" and any(
        t.lemma_.lower() in FUNDING_WORDS or t.lower_ in FUNDING_WORDS for t in _phrase(c))
        for c in verb.children)


def _phrase(noun: Token) -> list[Token]:
    """A noun's phrase without the clauses hung on it ("an agreement, which will
    award $1.5 billion" is no money announced)."""
    out = [noun]
    for c in noun.children:
        if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "appos"):
            out.extend(_phrase(c))
    return out


def _named_only_in_modifier(table: ActorTable, subj: Token) -> bool:
    """The subject is a common noun that is no government organ and names an
    actor only in a modifier ("Medicare beneficiaries", "about 1 million Americans")."""
    return subj.pos_ == "NOUN" and table.at(subj) is None and \
        subj.lemma_.lower() not in GOVERNMENT_HEADS and subj.lower_ not in GOVERNMENT_HEADS \
        and not _described(table, subj)


def _own_staff(verb: Token) -> bool:
    """The ones ordered are the orderer's own ("instructed their advisors")."""
    return any(c.dep_ in ("dobj", "dative") and any(
        g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children) for c in verb.children)


def _has_aux(tok: Token, words) -> bool:
    """Whether ``tok`` has an auxiliary (or infinitive "to") among ``words``."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in tok.children)


def _refer_subject(table: ActorTable, subj: Token) -> list[str]:
    """The actors a subject refers to; "the military of both countries" is them;
    "it" in what a body says of itself is that body ("Peru said it would ...")."""
    if quoted := quoted_we(table, subj) or quoted_i(table, subj):
        return quoted
    if (issuer := unquoted_we(table, subj)) is not None:
        # a quotation kg_statements did not find is still someone's own words: its
        # "we" is not the text's issuers (no guess then)
        return [] if _within_quote_marks(subj) and not in_quote(subj) else issuer
    if subj.lower_ in ("country", "government", "nation") and (led := [
            country for p in subj.children if p.dep_ == "poss" and p.lower_ in ("his", "her")
            for n in table.refer(p) if table.type_of(n) == "Person" and
            (country := table.actors[n].country)]):
        return led[:1]  # "the minister said his country was prepared to ...": hers
    if subj.lower_ in ("he", "she") and subj.head.dep_ == "relcl" and (
            near := _person_in_sentence(table, subj)):
        return [near]  # "after A's victory, in which he promised ...": A
    if subj.lower_ in JOINT_NOUNS and not in_quote(subj) and (issuer := next((
            w for p in subj.children if p.dep_ == "poss" and p.lower_ == "our"
            for w in [unquoted_we(table, p)] if w), None)):
        return issuer  # "our governments will ..." in a joint text: its parties
    if subj.lower_ in ("he", "she") and not in_quote(subj) and \
            (speaker := _speaker(subj)) is not None:
        # "X said he would ...": X, not whoever was named last (nobody when X is unknown);
        # in X's own words "he" is someone else ("I told him and he accepted," X said)
        return [n for n in table.refer(speaker) if table.type_of(n) == "Person"][:1] or \
            _apposed_person(table, speaker)
    of_names = table.refer_of(subj)
    if subj.lower_ in PLURAL_PERSON_REFS and len(of_names) >= 2 and all(
            table.type_of(n) != "Person" for n in of_names):
        # "The leaders / heads of A and B agreed ...": A and B, not the people the
        # table finds for "leaders" (a host or a caller named elsewhere)
        return of_names
    included = [n for p in subj.children if p.dep_ == "prep" and p.lower_ == "including"
                for o in p.children if o.dep_ == "pobj"
                for t in (o, *o.conjuncts) if (n := table.by_token[t.i]) is not None]
    if subj.tag_ == "NNS" and len(included) >= 2:
        # "Some 10 countries - including A, B and C - pledged ...": those named
        return list(dict.fromkeys(included))
    found = table.refer(subj) or of_names
    found = found or _described(table, subj)
    if subj.lower_ in SIDE_WORDS - FACTION_WORDS and (
            sides := _sides_of_talk(table, subj, found)):
        return sides
    plain_sides = subj.lower_ in SIDE_WORDS | NEIGHBOUR_WORDS and all(
        c.dep_ in ("det", "nummod", "predet") or (
            c.dep_ == "amod" and c.lower_ in SIDE_MODIFIERS) or (
            c.dep_ == "poss" and table.type_of(table.by_token[c.i] or "") == "Country") or (
            c.dep_ == "prep" and _time_phrase(c)) or (  # "... factions on Friday committed"
            c.dep_ == "prep" and c.lower_ in ("in", "to") and any(  # "the parties to the war"
                o.dep_ == "pobj" and o.lemma_.lower() in SIDES_OF_NOUNS for o in c.children))
        for c in subj.children)
    if plain_sides and subj.lower_ in NEIGHBOUR_WORDS:
        # "both neighbours": the two countries named together last
        pair = _mixed_pair(table, subj)
        return pair if pair and all(table.type_of(n) == "Country" for n in pair) else []
    if plain_sides and found and all(table.type_of(n) == "Country" for n in found) and (
            pair := _armed_pair(table, subj)) and set(pair) != set(found):
        # "A and B, the mediators, announced the readiness of the army and the RSF to ...
        # The parties agreed to ...": the armed pair named together last, not the
        # countries the table ranks first (also when one side is a country's army)
        return pair
    if plain_sides and (not found or (all(
            table.type_of(n) == "Country" for n in found) and any(
            c.dep_ == "poss" for c in subj.children))):
        # "Ruritania and the RLF signed a deal. Both parties committed to ...": the pair
        # named together (a country and a body); after a call, the two who talked;
        # "Chad's warring factions committed to ...": the pair, not Chad (factions are
        # no countries)
        pair = _mixed_pair(table, subj)
        if not pair and not any(c.dep_ in ("amod", "poss") for c in subj.children):
            pair = _readout_parties(table, subj)  # not "the warring sides": not who talked
        if subj.lower_ in FACTION_WORDS:
            # a country in the pair stands for its army when the other is an armed
            # group ("X's army and the Y Front ... the warring groups")
            return pair if not any(table.type_of(n) == "Country" for n in pair) or any(
                _armed(n) for n in pair) else []
        return pair
    if subj.lower_ == "they" and (speakers := _said_by(table, subj)):
        return speakers  # "Chilean officials said they would ...": those who said it
    if not found and subj.lower_ in SELF_COUNTRY_NOUNS and all(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children) and (
            speaker := _speaker(subj)) is not None:
        # "The Chilean ministry said the country is ready to ...": the sayer's country
        countries = [n if table.type_of(n) == "Country" else table.actors[n].country
                     for n in table.refer(speaker) or _described(table, speaker)]
        return [c for c in countries if c and table.type_of(c) == "Country"][:1]
    if found or subj.lower_ != "it":
        return found
    clause = subj.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "acl" and clause.head.lemma_.lower() in SPEECH_NOUNS:
        # "Peru issued a warning that it would ...", "Peru's statement that it would":
        # the one whose words they are
        noun = clause.head
        owners = [c for c in noun.children if c.dep_ == "poss"] or [
            c for c in noun.head.children if c.dep_ == "nsubj" and noun.dep_ == "dobj"]
        return [n for c in owners[:1] for n in table.refer(c) or _described(table, c)
                if table.type_of(n) != "Person"][:1]
    if clause.dep_ not in ("ccomp", "xcomp") or clause.head.i == clause.i:
        return []
    said = clause.head
    if said.lemma_.lower() not in SAY_VERBS | set(VERBS):
        return []
    for c in said.children:
        if c.dep_ == "nsubj" and c.pos_ != "PRON":
            bodies = [n for n in table.refer(c) or _described(table, c)
                      if table.type_of(n) != "Person"]
            return bodies[:1]
    return []


def _armed(name: str) -> bool:
    """Whether a name is an armed force's ("the Sudanese army", "Rapid Support Forces",
    "the Kessa Front"): the sides of a war rather than bodies that organize or monitor."""
    last = name.split()[-1].lower()
    return last in ARMED_SIDE_ENDS or last.rstrip("s") in ARMED_SIDE_ENDS


def _within_quote_marks(tok: Token) -> bool:
    """Whether an opening quotation mark before ``tok`` in its sentence is still open."""
    marks = [t.text for t in tok.sent if t.i < tok.i and t.text in QUOTE_MARKS]
    return bool(marks) and (marks[-1] in OPENING_QUOTES or (
        marks[-1] in QUOTE_MARKS - CLOSING_QUOTES and len(marks) % 2 == 1))


def _observer_says(verb: Token) -> bool:
    """Whether the clause of ``verb`` is what an observer (an analyst, an expert) says
    ("Analysts said X will ...", "X should ..., said Y, an analyst at Z")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAY_VERBS:
        return False
    return any(t.lemma_.lower() in OBSERVER_NOUNS or t.lower_ in OBSERVER_NOUNS
               for c in clause.head.children if c.dep_ == "nsubj" for t in c.subtree)


def _mixed_pair(table: ActorTable, ref: Token, window: int = ANAPHOR_SENTENCES) -> list[str]:
    """The latest actors other than people named together ("X and Y") within ``window``
    sentences before ``ref``, of whatever types."""
    for m in table.mentions_before(ref.i, window):
        tok = table.doc[m.end - 1]
        # "the army and the rebel Front (RF)", parsed with the name in apposition
        # or with a common noun after it ("the army and the RSF paramilitary group")
        on_head = tok.dep_ in ("appos", "compound", "nmod")
        group = (tok, *tok.conjuncts, *(tok.head.conjuncts if on_head else ()))
        names = list(dict.fromkeys(n for g in sorted(set(group), key=lambda t: t.i)
                                   if (n := table.by_token[g.i]) is not None and
                                   table.type_of(n) != "Person"))
        if len(names) < 2:
            names = _conjunct_owners(table, tok)
        if len(names) >= 2:
            return names
    return []


def _armed_pair(table: ActorTable, ref: Token) -> list[str]:
    """The latest pair named together with an armed side in it ("the army and the
    Kessa Front"): within ANAPHOR_SENTENCES, else within SIDES_SENTENCES (the warring
    sides an article is about stay "the parties" for a while)."""
    for window in (ANAPHOR_SENTENCES, SIDES_SENTENCES):
        pair = _mixed_pair(table, ref, window)
        if pair and any(_armed(n) for n in pair):
            return pair
    return []


def _nor_negation(action_toks: list[Token], ids: set[int]) -> list[Token]:
    """The negation a duty joined by "nor" shares ("agreed not to seize posts nor attack
    convoys": "not attack convoys"), or the "nor" itself when there is none to share."""
    for t in action_toks:
        if t.dep_ != "conj" or t.head.i in ids:
            continue
        nor = [c for c in t.head.children if c.dep_ == "cc" and c.lower_ == "nor"
               and t.head.i < c.i < t.i]
        if nor:
            negs = [c for c in t.head.children if c.dep_ == "neg"]
            return negs[:1] or nor[:1]
    return []


def _modifies(tok: Token, noun: Token) -> bool:
    """Whether ``tok`` is ``noun`` or hangs from it through modifiers only (a possessor,
    an adjective, a compound, an apposition), not through a loose or clausal link."""
    while tok.i != noun.i:
        if tok.dep_ not in PAIR_MODIFIER_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _conjunct_owners(table: ActorTable, tok: Token) -> list[str]:
    """The actors named inside each member of the coordination ``tok`` modifies
    ("Tarsia's army and the rival Kessa Front": Tarsia and the Front; "the Tarsian
    government and the rebel Kessa Front"), one per member; none unless two."""
    while tok.dep_ in PAIR_MODIFIER_DEPS and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head if tok.dep_ == "conj" else tok
    members = (head, *head.conjuncts)
    if len(members) < 2:
        return []
    names = []
    for member in members:
        own = [n for t in member.subtree if (n := table.by_token[t.i]) is not None
               and table.type_of(n) != "Person" and _modifies(t, member)]
        if not own and member.pos_ == "PROPN":
            # a short name the table missed here but knows as an alias ("... and ELN")
            own = [n for n, rec in table.actors.items() if table.type_of(n) != "Person"
                   and member.text in rec.aliases | {n}][:1]
        if not own:
            return []
        names.append(own[0])
    return list(dict.fromkeys(names)) if len(set(names)) >= 2 else []


def _readout_parties(table: ActorTable, ref: Token) -> list[str]:
    """The two people a readout is about ("Ruiz had a call with Lind ... The sides
    agreed"), as their countries when both are known; none unless there are two."""
    people = table._plural(ref, "Person")
    if len(people) != 2:
        return []
    countries = [table.actors[p].country for p in people]
    named = {m.name for m in table.mentions}
    if len(set(countries)) == 2 and all(c in named for c in countries):
        return [c for c in countries if c]
    return people  # a country never named in the text is no actor of it


def _person_in_sentence(table: ActorTable, pronoun: Token) -> str | None:
    """The person named last before ``pronoun`` in its own sentence, if any."""
    start = table.sent_of(pronoun.i).start
    for i in range(pronoun.i - 1, start - 1, -1):
        name = table.by_token[i]
        if name and table.type_of(name) == "Person":
            return name
    return None


def _terms(verb: Token) -> Token | None:
    """The plan or deal a clause is said to be "under" ("Under the plan, X would ...";
    "X would, under the deal, ...", "According to the deal, X would ..."), on the clause
    or the one it is coordinated with; or the deal whose content the clause is ("The
    deal includes a period during which X would ..., while Y would ...", "a deal that
    would see X withdraw")."""
    for clause in (verb, verb.head if verb.dep_ == "conj" else verb):
        for p in clause.children:
            objects = [o for o in p.children if o.dep_ == "pobj"] + [
                # "according to the deal"
                o for q in p.children if q.dep_ == "prep" and q.lower_ == "to"
                for o in q.children if o.dep_ == "pobj"] if p.lower_ == "according" else [
                o for o in p.children if o.dep_ == "pobj"]
            if p.dep_ == "prep" and (p.lower_ in TERMS_PREPS or p.lower_ == "according"):
                for o in objects:
                    if o.lemma_.lower() in TERMS_NOUNS:
                        return o
            if p.dep_ == "advcl" and p.lemma_.lower() in TERMS_AS_VERBS and any(
                    m.dep_ == "mark" and m.lower_ == "as" for m in p.children):
                # "X is set to withdraw, as outlined in the agreement"
                for q in p.children:
                    if q.dep_ in ("prep", "agent") and q.lower_ in TERMS_PREPS | {"by"}:
                        for o in q.children:
                            if o.dep_ == "pobj" and o.lemma_.lower() in TERMS_NOUNS:
                                return o
    if verb.dep_ == "relcl":
        host = verb.head
        if host.lemma_.lower() in TERMS_NOUNS:
            return host  # "a deal under which X would ...", "a deal that would see ..."
        content = host.head if host.dep_ == "dobj" else None
    else:
        content = verb.head if verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i \
            else None
    if content is not None and content.lemma_.lower() in TERMS_CONTENT_VERBS:
        # "The deal includes a period during which X would ...": the deal's terms
        return next((s for s in content.children if s.dep_ == "nsubj" and
                     s.lemma_.lower() in TERMS_NOUNS), None)
    return None


def _bound_by_terms(verb: Token) -> Token | None:
    """The infinitive of a deal's duty when ``verb``'s subject is a deal ("the deal
    obliges X to withdraw", "the accord provides for X to withdraw"), else None."""
    if not any(s.dep_ == "nsubj" and s.lemma_.lower() in TERMS_NOUNS for s in verb.children):
        return None
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > verb.i and c.pos_ in ("VERB", "AUX") \
                and _has_aux(c, {"to"}):
            if c.dep_ in ("xcomp", "advcl") and any(o.dep_ == "dobj" for o in verb.children):
                return c  # "obliges X to ..."
            if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) and \
                    _has_subject(c):
                return c  # "provides for X to ..."
            if c.dep_ == "ccomp" and _has_subject(c):
                return c  # "requires X to ..." read as a clause
    return None


def _sides_of_talk(table: ActorTable, subj: Token, found: list[str]) -> list[str]:
    """"The parties agreed" after a call between two leaders: their two countries,
    when the countries the table guessed (the latest or most named, often places
    only) are not theirs."""
    people = table._plural(subj, "Person")
    countries = list(dict.fromkeys(c for p in people if (c := table.actors[p].country)))
    named = {m.name for m in table.mentions}
    if len(people) == 2 and len(countries) == 2 and set(countries) != set(found) and \
            set(countries) <= named:  # a country the text never names is no actor of it
        return countries
    return []


def _speaker(pronoun: Token) -> Token | None:
    """The named subject of the verb of saying whose clause ``pronoun`` is the
    subject of ("Peru and Chile said they would ...": "Peru")."""
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAY_VERBS:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"),
                None)


def _apposed_person(table: ActorTable, subj: Token) -> list[str]:
    """"The head of the junta, General X, said he would ...": the one person named in
    apposition within the subject (the parser often hangs it on the nearer noun)."""
    people = list(dict.fromkeys(
        n for t in subj.subtree if t.dep_ == "appos" and t.i != subj.i
        and (n := table.by_token[t.i]) is not None and table.type_of(n) == "Person"))
    return people if len(people) == 1 else []


def _said_by(table: ActorTable, pronoun: Token) -> list[str]:
    """Who says the clause ``pronoun`` is the subject of, when a named subject of a
    verb of saying says it ("Peru and Chile said they would ..."); "they" after one
    who speaks for a body ("a spokesman for the rebels said they would") is the body."""
    if (c := _speaker(pronoun)) is None:
        return []
    if not c.conjuncts and c.tag_ in ("NN", "NNP") and (body := [
            n for p in c.children if p.dep_ == "prep" and p.lower_ in SPOKESMAN_PREPS
            for o in p.children if o.dep_ == "pobj" for n in table.refer(o)
            if table.type_of(n) != "Person"]):
        return body
    return table.refer(c) or _described(table, c)


def _described(table: ActorTable, noun: Token) -> list[str]:
    """A body a common noun describes: "the group" (said it would ...) is the
    organization named last within a few sentences; "Niger's junta" is Niger."""
    lemma = noun.lemma_.lower()
    if lemma in BODY_ANAPHORS and noun.tag_ == "NN" and all(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and \
            any(c.dep_ == "det" for c in noun.children):
        sent = table.sent_id[noun.i]
        for m in reversed(table.mentions):
            if m.start >= noun.i or table.type_of(m.name) != "Organization":
                continue
            return [m.name] if table.sent_id[m.start] >= sent - ANAPHOR_SENTENCES else []
        return []
    if noun.lower_ in MEMBER_ANAPHORS and noun.tag_ == "NNS" and [
            c.lower_ for c in noun.children] == ["the"]:
        # "The rebels said they would ...": the organization named last that the text
        # calls so ("the K12 rebels", "the rebel Front")
        return _members_of(table, noun)
    if (lemma in OWNED_BODY_HEADS or noun.lower_ in OWNED_BODY_HEADS) and (owners := [
            n for p in noun.children if p.dep_ == "poss" for n in table.refer(p)
            if table.type_of(n) == "Country"]):
        return owners  # "Niger's junta", "Peru's army will take over": the country's organ
    if lemma in RULING_HEADS:
        return []
    owner = [p for p in noun.children if p.dep_ == "poss" and p.pos_ == "PRON"]
    if owner and (lemma in GOVERNMENT_HEADS | ARMED_MEMBER_NOUNS or
                  noun.lower_ in GOVERNMENT_HEADS) and (speaker := _speaker(noun)) is not None:
        # "X said his troops / their forces will ...": X's side
        if owner[0].lower_ in ("his", "her"):
            return [n for n in table.refer(speaker) if table.type_of(n) == "Person"][:1]
        if owner[0].lower_ in ("their", "its"):
            return _said_by(table, noun)
    return []


def _owner(table: ActorTable, noun: Token) -> list[str]:
    """"Chad's military", "Peru's government": the named owner of a state body with
    no name of its own (OWNED_BODY_HEADS) is the side it stands for."""
    if noun.lemma_.lower() not in OWNED_BODY_HEADS and noun.lower_ not in OWNED_BODY_HEADS:
        return []
    return [n for p in noun.children if p.dep_ == "poss" for n in table.refer(p)]


def _members_of(table: ActorTable, noun: Token) -> list[str]:
    """The organization named last before ``noun`` ("the rebels") next to a word of
    the same kind ("K12 rebels", "the rebel Front"), anywhere earlier in the text."""
    kind = {noun.lemma_.lower(), noun.lower_}
    for m in reversed(table.mentions):
        if m.start >= noun.i or table.type_of(m.name) != "Organization":
            continue
        doc = table.doc
        near = [doc[i] for i in (m.start - 1, m.end) if 0 <= i < len(doc)]
        if any(t.lemma_.lower() in kind or t.lower_ in kind or
               t.lower_ + "s" in kind for t in near):
            return [m.name]
    return []


def _names_before(table: ActorTable, verb: Token) -> list[str]:
    """Actors named right before a verb the parser left without a subject ("In
    Lima, Peru and Chile agreed ..." read with "Peru and Chile" inside "In")."""
    names: list[str] = []
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and doc[i].dep_ in ("aux", "advmod", "neg") and doc[i].head.i == verb.i:
        i -= 1
    listed = doc[i].dep_ == "conj" if i >= 0 else False
    while i >= 0:
        t = doc[i]
        name = table.by_token[i]
        if name is not None:
            if name not in names:
                names.insert(0, name)
        elif listed and t.dep_ in ("conj", "poss", "amod", "compound", "det", "cc", "punct"):
            pass  # "the United States, our Allies, and our partners remain committed"
        elif not (t.lower_ in ("and", ",", "the") and names):
            break
        i -= 1
    if i >= 0 and doc[i].lower_ in ("of", "'s", "by", "with", "from", "to", "for"):
        return []  # "the envoys of Peru and Chile agreed": not the subject itself
    return names


def _document(name: str) -> bool:
    """Whether a name is a document's ("the Agreement on Trade", "the Lima Accord")."""
    words = name.lower().split()
    head = words[0] if len(words) > 2 and words[1] in ("on", "of", "for", "between") \
        else words[-1]
    return head in DOCUMENT_WORDS


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP_WORDS)


def _under(tok: Token, top: Token) -> bool:
    """Whether ``tok`` hangs from ``top`` with no clause of its own subject between."""
    while tok.i != top.i:
        if tok.head.i == tok.i or (tok.head.i != top.i and _has_subject(tok.head)):
            return False
        tok = tok.head
    return True


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _condition_clause(tok: Token) -> bool:
    """An adverbial clause of condition: "if/unless/once ...", or headed by
    "provided" as the parser sometimes has it ("provided that X withdraws"), or
    a clause right after a condition's lead words ("as long as X ...", "on
    condition that X ...", "provided X ...")."""
    if tok.dep_ == "prep" and tok.lower_ in ("provided", "providing"):
        return True  # "..., provided that Chile withdraws": a preposition to the parser
    if _contingent(tok) or _contingent_subject(tok) is not None:
        return True  # "... contingent upon Chile withdrawing"
    if tok.dep_ == "advcl" and tok.lower_ in CONDITION_MARKS and not any(
            c.dep_ in ("dobj", "dative") for c in tok.children):
        return True  # "provided (that) X ...", not "..., providing Chile with aid"
    if tok.dep_ == "advcl" and any(m.lower_ in CONDITION_MARKS for m in tok.children):
        return True
    if tok.dep_ == "advcl" and any(m.lower_ in NEGATED_CONDITION_MARKS for m in tok.children) \
            and any(c.dep_ == "neg" for c in tok.head.children):
        return True  # "will not negotiate until X withdraws"
    return tok.dep_ in ("advcl", "acl", "ccomp") and tok.pos_ in ("VERB", "AUX") and \
        bool(_condition_lead(tok))


def _contingent(tok: Token) -> bool:
    """"on"/"upon" right after "contingent", "conditional", "dependent": a condition."""
    return tok.dep_ == "prep" and tok.lower_ in CONTINGENT_PREPS and tok.i > 0 and \
        tok.doc[tok.i - 1].lower_ in CONTINGENT_WORDS


def _it_is_for(be: Token) -> Token | None:
    """The infinitive of "it is for X to V" (V, with "for" as its marker and X as its
    subject), or None; "it is time for X to" and "it is important for X to" are no
    such duty (they have an attribute or complement before "for")."""
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children) or \
            any(c.dep_ in ("attr", "acomp") for c in be.children):
        return None
    return next((c for c in be.children if c.dep_ == "advcl" and c.pos_ == "VERB" and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in c.children) and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and any(
        n.dep_ == "nsubj" for n in c.children)), None)


def _for_subject_infinitive(prep: Token) -> Token | None:
    """The infinitive right after the object of "for" ("for B's fighters to hand
    over ..."), which the parser hangs elsewhere, or None."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    doc = prep.doc
    if obj is None or obj.right_edge.i + 2 >= len(doc):
        return None
    to, verb = doc[obj.right_edge.i + 1], doc[obj.right_edge.i + 2]
    if to.lower_ == "to" and to.dep_ == "aux" and to.head.i == verb.i and verb.pos_ == "VERB":
        return verb
    return None


def _actor_of_act(table: ActorTable, prep: Token, others: list[str]) -> list[str]:
    """Whose act the object of ``prep`` is, when it names an act ("for the withdrawal
    of Chile's troops", "for Chile's withdrawal"): the owner or "of" object, not in
    ``others``."""
    found: list[str] = []
    for obj in (o for o in prep.children if o.dep_ == "pobj"):
        if obj.lemma_.lower() not in AGENT_NOMINALS:
            continue
        found.extend(_act_owners(table, obj))
    return [n for n in dict.fromkeys(found) if n not in others]


def _act_owners(table: ActorTable, act: Token) -> list[str]:
    """Whose act the noun ``act`` names: its owner ("Chile's withdrawal") or its "of"
    object ("the withdrawal of Chile" or "of Chile's troops"), in text order."""
    owners: list[str] = []
    for x in act.children:
        if x.dep_ == "poss":
            owners.extend(table.refer(x))
        elif x.dep_ == "prep" and x.lower_ == "of":
            owners.extend(n for o in x.children if o.dep_ == "pobj" for n in (
                table.refer(o) or [m for y in o.children if y.dep_ in ("poss", "compound")
                                   for m in table.refer(y)]))
    return owners


def _second_binding(verb: Token) -> Token | None:
    """The infinitive of a deal's second binding verb conjoined with a first duty
    ("requires X to withdraw and commits Y to end ..."): "commits", no subject of its
    own, an object and an infinitive; else None."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or _has_subject(verb) or \
            verb.lemma_.lower() not in TERMS_BINDING_VERBS or \
            not any(o.dep_ == "dobj" for o in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i
                 and c.pos_ == "VERB" and _has_aux(c, {"to"})), None)


def _stolen_subject(verb: Token) -> Token | None:
    """The subject the parser joined to the previous clause's last noun: in "X would
    withdraw from the town and Y would move north", "Y" is a conjunct of "town" and
    "move" has no subject; "Y", a name right before "would/will", is its subject."""
    if verb.dep_ != "conj" or _has_subject(verb):
        return None
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in WILL | {"would"}),
               None)
    if aux is None or aux.i == 0:
        return None
    before = verb.doc[aux.i - 1]
    if before.dep_ == "conj" and before.pos_ == "PROPN" and before.head.i != verb.head.i \
            and before.head.i < before.i:
        return before
    return None


def _contingent_subject(clause: Token) -> Token | None:
    """Who must act in a participle the parser hangs anywhere after "contingent on
    X" ("..., contingent on Chile withdrawing its troops"): the object X, when it
    ends right before the participle or the participle hangs on it; else None."""
    if clause.pos_ != "VERB" or clause.tag_ != "VBG":
        return None
    doc = clause.doc
    for i in range(clause.i - 1, max(-1, clause.i - 12), -1):
        if _contingent(doc[i]):
            objs = [o for o in doc[i].children if o.dep_ == "pobj" and o.i < clause.i]
            if objs and (clause.head.i == objs[0].i or
                         max(t.i for t in objs[0].subtree if t.i < clause.i) == clause.i - 1):
                return objs[0]
            return None
    return None


def _condition_lead(clause: Token) -> list[int]:
    """The token indices of the lead words right before ``clause`` ("as long",
    "on condition", "provided"), or none."""
    left = clause.left_edge.i
    doc = clause.doc
    for lead in CONDITION_LEADS:
        start = left - len(lead)
        if start >= 0 and tuple(t.lower_ for t in doc[start:left]) == lead:
            if start > 0 and doc[start - 1].lower_ in DURATION_OPENERS:
                return []  # "for as long as it takes": how long, not on what condition
            return list(range(start, left))
    return []


def _conditions(top: Token):
    """The condition clauses within ``top``'s own clause ("will keep talking as
    long as X ...", "will release them on condition that X ...")."""
    for t in top.subtree:
        if t.i != top.i and _condition_clause(t) and _under(t, top):
            yield t


@Language.factory("kg_commitments", assigns=["doc._.kg_facts", "doc._.kg_commitments"],
                  requires=["doc._.kg_table", "doc._.kg_mentions", "doc._.kg_roles",
                            "doc._.kg_statements"])
def make_commitments(nlp: Language, name: str) -> CommitmentExtractor:
    return CommitmentExtractor(name)
