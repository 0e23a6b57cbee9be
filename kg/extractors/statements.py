"""kg_statements: who said what.

Direct: each quotation (kg.extractors.quotes) gets the speaker of the nearest
reporting verb outside it — after the closing mark in the same or the next
sentence (", the presidency said in a statement"), before the opening mark
("Witkoff said: ..."), or the clause that embeds a quoted fragment ("pointed
out the 'incompetence of the Kiev regime'"); failing those, the signatories of
a readout ("Statement from X and Y").

Reported: a reporting verb with a clausal complement ("X said that ..."),
"according to X", and readout verbs whose predicate is the statement ("X
thanked Y for ...", "X welcomed ..."). Speakers are canonical actors; a
plural speaker ("the Presidents", "we") gives one statement per actor.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extractors.common import facts, phrase, provenance, published, sentence_date
from kg.extractors.coref import issuers
from kg.extractors.lexicon import READOUT_VERBS, SAY_VERBS, STATE_VERBS, TITLE_HEADS
from kg.extractors.pronoun_speakers import inverted_object, pronoun_body, pronoun_person
from kg.extractors.quotes import find_quotes
from kg.extractors.statement_words import (
    AFFILIATION_PARTICIPLES,
    AFFIRM_VERBS,
    ANSWERED_PARTICIPLES,
    AS_VERBS,
    AT_VERBS,
    ATTITUDE_ADJECTIVES,
    ATTITUDE_NOUNS,
    BARE_BODY_NOUNS,
    BODY_NOUNS,
    CLAIMED_BY_VERBS,
    CLAUSE_SAY_VERBS,
    CLEAR_SAY,
    COMPOUND_BODY_NOUNS,
    DESCRIBED_SPEAKER_NOUNS,
    DIRECTIVE_NOUNS,
    FINDING_VERBS,
    FIRST_PERSON,
    FUNCTION_WORDS,
    FUTURE_AUX,
    GERUND_SAY_VERBS,
    GUEST_NOUNS,
    HEAD_OF_STATE_WORDS,
    HEAD_OF_WORDS,
    HONORIFICS,
    HOSTING_VERBS,
    INFINITIVE_SAY_VERBS,
    INFLECTIONS,
    ISSUE_VERBS,
    ISSUED_TEXT_NOUNS,
    ISSUED_TEXT_WINDOW,
    JUDGE_VERBS,
    LEADER_NOUNS,
    MAX_TITLE_WORDS,
    MEDIUM_NOUNS,
    MEETING_HEADS,
    NAMING_VERBS,
    NOUN_SAY,
    OPEN_QUESTION_WORDS,
    OPRD_VERBS,
    OTHER_OFFICE_WORDS,
    OWN_COUNTRY_NOUNS,
    PASSIVE_READOUT_VERBS,
    PERSON_DESCRIPTIONS,
    PERSON_FINDING_VERBS,
    PERSONAL_OFFICE_NOUNS,
    PHRASAL_SAY,
    PLAN_VERBS,
    POSITION_VERBS,
    POSSESSIVE_PERSON,
    PREP_SAY,
    PRESENT_NOUNS,
    PRESENT_WINDOW,
    QUOTED_VERBS,
    READOUT_MORE,
    SIGN_VERBS,
    SOURCE_NOUNS,
    SPEAK_MANNER,
    SPEAK_VERBS,
    STATEMENT_NOUNS,
    TEXT_ISSUE_VERBS,
    UNNAMED_BODY_NOUNS,
    UNNAMED_SPEAKER_NOUNS,
)
from kg.extractors.statements_joint import passages, quoted_mask
from kg.extractors.table import PERSON_PRONOUNS, ActorTable
from kg.extractors.turns import paragraphs, speaker_turns
from kg.extractors.unnamed_speakers import (
    acronym_of_body,
    body_named_before,
    demonym_body_back,
    document_voice,
    office_of_country,
    owned_voice,
    same_title_before,
    unnamed_speaker,
    unrecognised_person,
)
from kg.model import Statement

#: Verbs whose clausal complement is what was said ("X said/assured them that ...").
CLAUSE_SAY = SAY_VERBS | CLAUSE_SAY_VERBS
SPEECH = CLAUSE_SAY | READOUT_VERBS | READOUT_MORE | AT_VERBS | AS_VERBS | FINDING_VERBS | \
    set(PHRASAL_SAY) | OPRD_VERBS | SPEAK_VERBS | {"describe", "dismiss", "agree"}
SPEECH = SPEECH | POSITION_VERBS | JUDGE_VERBS | set(PREP_SAY) | set(NOUN_SAY) | \
    set(CLEAR_SAY)
#: How many sentences before "the statement said" its giver is looked for.
STATEMENT_BACK = 1
#: Verbs of saying whose clause, set before another reporting verb, keeps its own speaker.
RELAYED_SAY = CLAUSE_SAY | READOUT_VERBS | AFFIRM_VERBS
#: The confidence that marks a group's stated position: kept only for Group speakers.
POSITION_CONF = 0.5
#: Where a quotation runs on into the next paragraph: the break and its opening mark.
PARAGRAPH_MARK = re.compile(r"\s*\n\s*[“\"]?")
#: Modals that make an agreed clause an undertaking rather than a shared view.
UNDERTAKING_AUX = frozenset({"will", "would", "shall", "should", "must", "'ll", "can", "could"})
#: Modals that make a clause a demand on someone rather than a view.
OBLIGATION_AUX = frozenset({"must", "should", "shall"})
#: "what the presidency calls a ...": a relative object, the naming of a thing
WH_TAGS = frozenset({"WP", "WDT", "WP$"})
#: Quotations longer than this many sentences are read as narrative too.
LONG_QUOTE_SENTENCES = 3
#: Reporting verbs whose object is what was said: "confirmed the shipments".
OBJECT_SAY_VERBS = frozenset({"confirm", "announce", "deny", "report", "dismiss"})
#: ", Morel said" left at the end of a reported clause by the parser
TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:said|says|told\s+\w+|added|noted)\.?$")
#: Where the extractor keeps, for its helpers, which tokens lie inside a quotation.
INSIDE_KEY = "kg_statements.inside"
#: Quotations shorter than this are scare quotes and names, not statements.
MIN_QUOTE_WORDS = 3
#: What a verb of saying in the sentence after a quotation says itself ("X condemned
#: the strikes", "X urged calm"): then it attributes nothing to the quotation before it.
OWN_OBJECT_DEPS = frozenset({"dobj", "xcomp"})
#: The most words between two parts of one quotation ('," X said when he ... . "').
SPLIT_QUOTE_WORDS = 20
#: Punctuation that sets an inverted attribution off: ", X said", "— X said".
ATTRIBUTION_MARKS = frozenset({",", "\u2014", "\u2013"})


class StatementExtractor:
    def __init__(self, name: str = "kg_statements") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        table: ActorTable = doc._.kg_table
        quotes = find_quotes(table.text)
        quoted = [False] * len(doc)
        for s, e in quotes:
            span = doc.char_span(s, e, alignment_mode="expand")
            # a readout that is one long quotation is narrative inside: what its
            # sentences report ("X thanked Y for ...") is found as reported speech
            if span is not None and len({table.sent_id[i] for i in range(span.start, span.end)
                                         }) <= LONG_QUOTE_SENTENCES:
                for i in range(span.start, span.end):
                    quoted[i] = True
        inside = quoted_mask(doc, quotes)  # every quotation, however long
        doc.user_data[INSIDE_KEY] = inside
        out: list[Statement] = []
        pub = published(doc)
        default_date = pub.isoformat() if pub else None
        last: tuple[Span, list[int]] | None = None  # the previous quotation, its statements
        # quotations that are a paragraph of their own, with no attribution
        pending: list[tuple[int, int, int, str, Span, str | None]] = []
        for s, e in quotes:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            speakers = table.speakers(self._quote_speakers(doc, table, span, quoted,
                                                                   inside))
            content = PARAGRAPH_MARK.sub(" ", table.text[s:e].strip()).rstrip(",").strip()
            if content.endswith(".") and content.count(".") == 1:
                content = content[:-1]
            if len(content.split()) < MIN_QUOTE_WORDS or _quoted_name(span):
                continue  # a scare-quoted word or name ("significantly"), not a statement
            sent = table.sent_of(span.start)
            content = content.replace("\u2019", "'")
            if last is not None and _continues(doc, table, last[0], span, inside,
                                               [out[k].speaker for k in last[1]] == speakers):
                # '"A," she said. "B."': one quotation split by its attribution
                for k in last[1]:
                    prev = out[k]
                    assert prev.provenance is not None
                    joined = prev.content.rstrip()
                    joined += " " if joined[-1:] in ".!?" else ". "
                    out[k] = replace(prev, content=joined + content,
                                     provenance=replace(prev.provenance, end=e))
                last = (span, last[1])
                continue
            date = sentence_date(sent, doc) or default_date
            if not speakers and (para := _quote_paragraph(table.text, s, e)) is not None:
                pending.append((para, s, e, content, sent, date))
            first = len(out)
            for who in speakers:
                out.append(Statement(who, content, "direct", date,
                                     provenance(sent, s, e, self.name, 0.9)))
            last = (span, list(range(first, len(out)))) if speakers else None
        for sent in table.sents:
            for tok in table.tokens_of(sent):
                if tok.pos_ not in ("VERB", "AUX") or _lemma(tok) not in SPEECH:
                    continue
                if _hosting(table, tok) or _same_voice_inside(tok):
                    continue
                for content_toks, conf in self._reported(tok, quoted):
                    content_toks = _without_other_voices(tok, [
                        t for t in content_toks if not (
                            table.dateline[0] <= t.idx < table.dateline[1])])
                    if not content_toks:
                        continue
                    speakers = table.speakers(self._subject(table, tok))
                    if conf == POSITION_CONF and not all(
                            table.type_of(n) == "Group" for n in speakers):
                        continue  # "many farmers oppose ...": a group's stated position
                    text = TRAILING_ATTRIBUTION.sub("", phrase(content_toks, max_tokens=60))
                    # two words only for a verb and its noun ("expressed skepticism")
                    if not speakers or len(text.split()) < (3 if len(content_toks) > 2 else 2):
                        continue
                    date = sentence_date(sent, doc, near=tok) or default_date
                    start = min(t.idx for t in content_toks)
                    end = max(t.idx + len(t.text) for t in content_toks)
                    for who in speakers:
                        out.append(Statement(who, text, "reported", date, provenance(
                            sent, start, end, self.name, conf)))
            for tok in table.tokens_of(sent):
                if tok.lower_ in ATTITUDE_ADJECTIVES and tok.dep_ == "acomp" and not quoted[tok.i]:
                    out.extend(self._attitude(doc, table, tok, quoted, default_date))
                if tok.lemma_.lower() in DIRECTIVE_NOUNS and tok.pos_ == "NOUN":
                    out.extend(self._directive(doc, table, tok, quoted, default_date))
                if tok.lower_ == "according" and tok.dep_ == "prep":
                    out.extend(self._according(doc, table, tok, quoted, default_date))
                if tok.lemma_.lower() in PASSIVE_READOUT_VERBS and not quoted[tok.i]:
                    out.extend(self._agentless(doc, table, tok, default_date))
        out.extend(self._continued(pending, out))
        out = self._own_voice(doc, table, quotes, out, default_date)
        out = self._turns(doc, table, out, default_date)
        facts(doc)["statements"].extend(_once(out))
        return doc

    def _continued(self, pending: list[tuple[int, int, int, str, Span, str | None]],
                   found: list[Statement]) -> list[Statement]:
        """A paragraph that is only a quotation, with no attribution of its own, goes
        on with the speaker of the paragraph before it ('... X told Reuters.' then
        '"B."'), when that paragraph has one speaker."""
        out: list[Statement] = []
        for para, s, e, content, sent, date in pending:
            before = {st.speaker for st in [*found, *out] if st.provenance is not None
                      and para <= st.provenance.start < s}
            if len(before) != 1:
                continue
            out.append(Statement(before.pop(), content, "direct", date,
                                 provenance(sent, s, e, f"{self.name}.continued", 0.7)))
        return out

    def _own_voice(self, doc: Doc, table: ActorTable, quotes: list[tuple[int, int]],
                   found: list[Statement], default_date: str | None) -> list[Statement]:
        """A text in its issuers' own voice: each passage is their direct statement,
        and replaces what the other rules found the issuers saying inside it."""
        quoted = quoted_mask(doc, quotes)
        issued = issuers(doc, table, quoted)
        if issued is None:
            return found
        speakers, body = issued
        parts = passages(doc, table, body, speakers, quoted)
        if not parts:
            return found
        selves = set(speakers) | set(table.signatories) | set(
            table.speakers(list(table.signatories)))
        for t in table.tokens[body:]:
            if t.lower_ in ("we", "us", "our") and not quoted[t.i]:
                selves.update(table.refer(t))
        kept = [st for st in found if st.speaker not in selves or st.provenance is None or
                not any(p.start <= st.provenance.start < p.end for p in parts)]
        for p in parts:
            sent = p.first_sent
            date = sentence_date(sent, doc) or default_date
            content = p.text(doc).replace("\u2019", "'")
            for who in speakers:
                kept.append(Statement(who, content, "direct", date, provenance(
                    sent, p.start, p.end, f"{self.name}.own_voice", 0.8)))
        return kept

    def _turns(self, doc: Doc, table: ActorTable, found: list[Statement],
               default_date: str | None) -> list[Statement]:
        """A transcript's turns: each paragraph is its speaker's direct statement, and
        replaces what the other rules found that speaker saying inside it."""
        turns = speaker_turns(doc, table)
        if not turns:
            return found
        kept = [st for st in found if st.provenance is None or not any(
            s <= st.provenance.start < e and st.speaker == who for s, e, who in turns)]
        text = doc.text
        for start, end, who in turns:
            for s, e in paragraphs(text, start, end):
                content = " ".join(text[s:e].split()).replace("\u2019", "'")
                if len(content.split()) < 3:
                    continue  # "Thank you." is no statement
                first_tok = doc.char_span(s, e, alignment_mode="expand")
                if first_tok is None:
                    continue
                sent = table.sent_of(first_tok.start)
                kept.append(Statement(who, content, "direct", default_date, provenance(
                    sent, s, e, f"{self.name}.turn", 0.8)))
        return kept

    @staticmethod
    def _subject(table: ActorTable, verb: Token,
                 quoted: list[bool] | None = None) -> list[str]:
        """Who is the subject of a reporting verb. With ``quoted`` (the verb
        attributes a quotation), "he said" is the last person named outside
        quotation marks, not someone the quotation itself names."""
        if quoted is not None and _lemma(verb) in CLAUSE_SAY and \
                (obj := inverted_object(verb, quoted)) is not None:
            return _noun_speaker(table, verb, obj)
        v = verb
        for _ in range(3):
            for c in v.children:
                if v.dep_ == "acl" and (agent := _agent(v)) is not None:
                    return table.refer(agent)  # "claimed by X"
                if table.dateline[0] <= c.idx < table.dateline[1] or (
                        c.dep_ == "nsubj" and _bracketed(c)):
                    continue  # "CAIRO (Reuters) - X said": the dateline says nothing
                if c.dep_ == "nsubj" and c.lower_ in PERSON_PRONOUNS and (
                        quoted is not None or not _inside(table, c)):
                    # "He said ..." after "The Moldavan president responded ...": the
                    # person the sentences before are about
                    mask = quoted if quoted is not None else _inside_mask(table)
                    person = pronoun_person(table, c, mask, _noun_speaker)
                    if person is not None:
                        return person
                if c.dep_ == "nsubj" and quoted is not None and quoted[c.i]:
                    # '"Two vessels intruded," X, spokesman for Y, said': the parser took
                    # the quotation's subject for the verb's, and X for its apposition
                    # (or for a second subject after it)
                    apposed = [n for a in c.children if a.dep_ == "appos" and not quoted[a.i]
                               and (n := table.by_token[a.i])]
                    if apposed:
                        return apposed[:1]
                    continue
                if c.dep_ in ("nsubj",) and quoted is not None and \
                        c.lower_ in PERSON_PRONOUNS:
                    name = _last_person_outside(table, c.i, quoted)
                    return [name] if name else []
                if c.dep_ in ("nsubj",):
                    if c.lower_ in STATEMENT_NOUNS and any(d.lower_ == "the" for d in c.children) \
                            and v.lemma_.lower() in SAY_VERBS:
                        # '"...," the statement said': who gave the statement named
                        # before ("X said in a statement ..."), else the body last named
                        if (giver := _statement_given_before(table, c)) is not None and \
                                (who := StatementExtractor._subject(table, giver)):
                            return who
                        name = table.last_before(c.i, "Organization") or \
                            table.last_before(c.i, "Country")
                        return [name] if name else []
                    if c.lower_ in ISSUED_TEXT_NOUNS and v.lemma_.lower() in SAY_VERBS and \
                            any(d.lower_ in ("the", "this") for d in c.children):
                        # "X sent a letter ... . The text adds ...": X
                        return _text_issuer(table, c)
                    if c.lower_ == "it":  # "it said": the last body or country speaking
                        if v.lemma_.lower() not in SAY_VERBS:
                            return []
                        mask = quoted if quoted is not None else _inside_mask(table)
                        if bodies := pronoun_body(table, c, mask, _noun_speaker):
                            return bodies  # the body the sentences before are about
                        name = _last_body(table, c.i)
                        return [name] if name else []
                    # "an ISW assessment shows ...", "they reported" after "A study
                    # by X found ...": the source's authors
                    if (unnamed := _unnamed_officer(table, c)) is not None:
                        # "a close aide to X has said": the aide, an actor of their own
                        return unnamed or _unnamed_saying(table, v, c)
                    if c.lower_ in FIRST_PERSON and not table.signatories and \
                            not table.doc.user_data.get(INSIDE_KEY, [False] * (c.i + 1))[c.i]:
                        return []  # a first-person text that never names its speaker
                    return _noun_speaker(table, v, c)
            if (issuer := _issued_by(v)) is not None:
                v = issuer  # "X issued a statement saying ...": X
            elif v.dep_ in ("conj", "advcl", "xcomp") and v.head.i != v.i:
                v = v.head  # "... and reiterated", "speaking to reporters, X said"
            elif v.dep_ == "pcomp" and v.head.lower_ == "by" and v.head.dep_ == "prep" and \
                    v.head.head.pos_ in ("VERB", "AUX") and \
                    any(c.dep_ == "ccomp" for c in v.children):
                v = v.head.head  # "X opened the briefing by saying that ...": X
            elif v.dep_ == "pcomp" and v.head.lower_ == "as" and \
                    v.head.head.lemma_.lower() in QUOTED_VERBS:
                v = v.head.head  # "X was quoted as saying ...": X
                for c in v.children:
                    # "state media quoted X as saying ...": X, not the media
                    if c.dep_ in ("nsubjpass", "dobj"):
                        return table.refer(c)
            else:
                break
        return []

    def _reported(self, verb: Token, quoted: list[bool]):
        lemma = _lemma(verb)
        # "issued a statement condemning ...": the participle says what the statement does
        issued = _issued_by(verb) is not None
        if lemma in CLAIMED_BY_VERBS and verb.dep_ == "acl" and _agent(verb) is not None:
            # "The assault, claimed by X, ...": the noun phrase X claimed
            noun = verb.head
            toks = [t for t in noun.subtree if t.i <= max(x.i for x in verb.subtree)
                    and not (t.i > noun.i and t.dep_ == "punct" and t.i > verb.i)]
            if len(toks) >= 3:
                yield toks, 0.6
            return
        if (as_said := _as_said(verb)) is not None:
            # "As the minister noted (in May), the fleet is shrinking": the main clause
            toks = [t for t in as_said if not quoted[t.i]]
            if len(toks) >= 3:
                yield toks, 0.6
            return
        if lemma == "agree":
            # "They agreed this could be the first step": a view they share
            for c in verb.children:
                # "agree that the talks failed": a shared view; "agree that X will
                # withdraw" is an undertaking (kg_commitments), not a view
                if c.dep_ == "ccomp" and c.i > verb.i and (
                        c.lemma_.lower() in STATE_VERBS or not any(
                            a.dep_ == "aux" and a.lower_ in UNDERTAKING_AUX
                            for a in c.children)):
                    if len(list(c.subtree)) >= 3:
                        yield list(c.subtree), 0.6
                    return
        if lemma in FINDING_VERBS and not any(
                c.dep_ == "nsubj" and (_is_source(c) or (
                    lemma in PERSON_FINDING_VERBS and _is_person_word(c)))
                for c in verb.children):
            return  # "the army found the tunnel": only a source's findings are said
        if lemma in ANSWERED_PARTICIPLES and verb.tag_ == "VBN" and verb.dep_ == "advcl":
            return  # "Asked about the talks, X said ...": the question, not X's words
        if _narrator_hedge(verb):
            return  # "in what they say is support for ...": a fragment of another statement
        if _planned(verb):
            return  # "will travel to Ohio to highlight ...": not said yet
        if _left_open(verb):
            return  # "It did not say whether ...": a question left unanswered
        if lemma in CLAUSE_SAY | FINDING_VERBS:
            for c in verb.children:
                if c.dep_ in ("ccomp",) and c.i > verb.i:
                    toks = list(c.subtree)
                    if sum(quoted[t.i] for t in toks) > len(toks) / 2:
                        continue
                    if len(toks) >= 3:
                        yield toks, 0.75
                    return
            # "X said in a statement that ...": the parser hung the clause on the noun
            if (on_noun := _clause_on_medium(verb)) is not None:
                toks = list(on_noun.subtree)
                if len(toks) >= 3 and sum(quoted[t.i] for t in toks) <= len(toks) / 2:
                    yield toks, 0.7
                return
            # inverted attribution: "The talks will resume next week, X told reporters."
            for c in verb.children:
                if c.dep_ == "ccomp" and c.i < verb.i and not quoted[c.i] and \
                        _own_speaker(c) and not _person_says(verb):
                    return  # "The army said ..., Reuters reported": the outlet relays it
                if c.dep_ == "ccomp" and c.i < verb.i and (any(
                        p.dep_ == "punct" and p.text in ATTRIBUTION_MARKS and c.i < p.i < verb.i
                        for p in verb.children) or _comma_closes(c)):
                    toks = [t for t in c.subtree if not (t.is_punct and t.i == c.left_edge.i)]
                    if sum(quoted[t.i] for t in toks) > len(toks) / 2:
                        continue
                    if len(toks) >= 3:
                        yield toks, 0.7
                    return
            # the parser left the clause unattached: "<clause>, said X, an analyst."
            toks = _before_attribution(verb) or _around_parenthetical(verb)
            if toks and sum(quoted[t.i] for t in toks) <= len(toks) / 2:
                yield toks, 0.65
                return
        if lemma in CLEAR_SAY and verb.dep_ not in ("amod", "acl", "relcl", "xcomp") and \
                not _reported_inside(verb):
            # "made (it) clear that ...": the clause after "clear"
            for c in verb.children:
                if c.lower_ in CLEAR_SAY[lemma] and c.dep_ in ("ccomp", "acomp", "oprd",
                                                               "xcomp", "advmod"):
                    toks = [t for t in c.subtree if t.i > c.i]
                    if len(toks) >= 3 and sum(quoted[t.i] for t in toks) <= len(toks) / 2:
                        yield toks, 0.7
                        return
        if lemma in OPRD_VERBS and verb.dep_ not in ("amod", "acl", "relcl") and \
                not _reported_inside(verb):
            # "X called the attack a grave violation": the object and what it is called
            objs = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ not in WH_TAGS]
            named = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ")]
            if objs and named:
                toks = sorted({t for c in (objs[0], named[0]) for t in c.subtree},
                              key=lambda t: t.i)
                if len(toks) >= 3 and sum(quoted[t.i] for t in toks) <= len(toks) / 2:
                    yield toks, 0.6
                    return
        if lemma in AS_VERBS and _judged_as(verb):
            # "Lima rejected the plan as favoring Quito", "described the scene as chaos"
            if verb.dep_ not in ("amod", "acl", "relcl") and not _reported_inside(verb):
                keep = {verb.i}
                for c in verb.children:
                    if c.dep_ in ("dobj", "neg") or (c.dep_ == "prep" and c.lower_ == "as") or (
                            c.dep_ == "advmod" and c.i == verb.i - 1):
                        keep |= {t.i for t in c.subtree}
                toks = [t for t in verb.doc[min(keep):max(keep) + 1] if t.i in keep]
                if len(toks) >= 3 and sum(quoted[t.i] for t in toks) <= len(toks) / 2:
                    yield toks, 0.6
                    return
        if lemma in POSITION_VERBS and not _denied_claim(verb, lemma):
            # "many farmers oppose the plan", "critics fear (that) the law ...": the
            # clause, else the verb with its object (who holds it is checked above)
            if verb.dep_ in ("amod", "acl", "relcl", "xcomp", "advcl") or _reported_inside(verb):
                return
            clause = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
            if clause:
                toks = list(clause[0].subtree)
            elif any(c.dep_ == "dobj" for c in verb.children):
                toks = [t for c in verb.children if c.dep_ in ("dobj", "neg", "prep", "advmod")
                        and c.i > verb.i for t in c.subtree]
                toks = sorted([verb, *toks], key=lambda t: t.i)
            else:
                return
            if len(toks) >= 3 and sum(quoted[t.i] for t in toks) <= len(toks) / 2:
                yield toks, POSITION_CONF
            return
        if lemma in INFINITIVE_SAY_VERBS and verb.dep_ not in ("amod", "acl", "relcl", "xcomp") \
                and not _reported_inside(verb):
            # "X claims to have killed several officers": the infinitive, without its "to"
            for c in verb.children:
                if c.dep_ == "xcomp" and c.i > verb.i and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    toks = [t for t in c.subtree if not (t.head.i == c.i and t.dep_ == "aux"
                                                         and t.lower_ == "to")]
                    if len(toks) >= 3 and sum(quoted[t.i] for t in toks) <= len(toks) / 2:
                        yield toks, 0.6
                    return
        if lemma in AT_VERBS and _figure_at(verb):
            # "the institute put Ruritanian losses at over 30,000": an estimate
            if verb.dep_ not in ("amod", "acl", "relcl") and not _reported_inside(verb):
                drop = {t.i for c in verb.children if c.dep_ in ("conj", "cc", "advcl", "punct",
                                                                 "nsubj", "advmod", "npadvmod")
                        for t in c.subtree}
                drop |= {t.i for c in verb.children if c.dep_ == "prep" and c.i < verb.i
                         for t in c.subtree}
                toks = [t for t in verb.subtree if t.i >= verb.i and t.i not in drop]
                if len(toks) >= 3:
                    yield toks, 0.6
                    return
        if ((lemma in OBJECT_SAY_VERBS or lemma in FINDING_VERBS or _laid_out(verb))
                and any(c.dep_ == "dobj" for c in verb.children)) or (
                lemma in GERUND_SAY_VERBS and any(c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG"
                                                  for c in verb.children)) or (
                # "declared his readiness to ...", "stated its support for ..."
                lemma in CLAUSE_SAY and any(c.dep_ == "dobj" and c.lemma_.lower() in
                                            ATTITUDE_NOUNS for c in verb.children)) or (
                # "spoke positively about ...", "spoke out against ..."
                lemma in SPEAK_VERBS and any(c.dep_ in ("advmod", "prt") and c.lower_ in
                                             SPEAK_MANNER for c in verb.children)) or (
                # "called for dialogue", "called on X to ...", "warned of a crisis"
                lemma in PREP_SAY and any(c.dep_ in ("prep", "prt") and c.lower_ in PREP_SAY[lemma]
                                          and c.i > verb.i for c in verb.children)) or (
                # "drew attention to the attacks"
                lemma in NOUN_SAY and any(c.dep_ == "dobj" and c.lemma_.lower() in NOUN_SAY[lemma]
                                          for c in verb.children)):
            # "the defence ministry has confirmed the arms shipments", "Peru called for dialogue"
            if (issued or verb.dep_ not in ("amod", "acl", "relcl", "xcomp")) and \
                    not _reported_inside(verb):
                aux = [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
                drop = {t.i for c in verb.children if c.dep_ in ("conj", "cc", "advcl", "punct")
                        for t in c.subtree}
                toks = aux + [t for t in verb.subtree if t.i >= verb.i and t.i not in drop]
                if len(toks) >= 3 and sum(quoted[t.i] for t in toks) <= len(toks) / 2:
                    yield toks, 0.55
                    return
        if lemma in READOUT_VERBS | READOUT_MORE | AFFIRM_VERBS | JUDGE_VERBS and (
                issued or verb.dep_ not in ("amod", "acl", "relcl")) and \
                not _reported_inside(verb):
            exclude = {c.i for c in verb.children
                       if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "conj", "cc",
                                     "advmod", "punct", "npadvmod") and
                       (c.dep_ != "advmod" or c.i < verb.i)}
            # "expressed skepticism and, after ..., the proposal failed": the
            # coordinated clause is the narrator's, not part of what was expressed
            cut = min((c.i for c in verb.children if c.dep_ == "cc" and c.i > verb.i),
                      default=len(verb.doc))
            toks = [t for t in verb.subtree if verb.i <= t.i < cut]
            toks = [t for t in toks if not any(t.i == x or t in verb.doc[x].subtree
                                              for x in exclude)]
            # "voiced concern" says something; "thanked him" does not
            short_ok = len(toks) == 2 and toks[1].dep_ == "dobj" and toks[1].pos_ == "NOUN"
            if (len(toks) >= 3 or short_ok) and sum(quoted[t.i] for t in toks) <= len(toks) / 2:
                yield toks + _after_colon(toks), 0.6

    def _quote_speakers(self, doc: Doc, table: ActorTable, span: Span,
                        quoted: list[bool], inside: list[bool]) -> list[str]:
        # after the closing mark: ", the presidency said in a statement"
        after: list[Token] = []
        sent = table.sent_of(span.start)
        opened_by = [t for t in doc[sent.start:span.start] if not t.is_punct and not t.is_space
                     and not quoted[t.i]]
        if span.end < len(doc):
            k = table.sent_id[span.end]
            after = list(doc[span.end:table.sents[k].end])
            # the quote closes its sentence: the attribution may open the next one,
            # unless its own sentence leads into it ("He said the talks '...'")
            if len([t for t in after if not t.is_punct and not t.is_space]) == 0 and \
                    k + 1 < len(table.sents) and not any(
                        _lemma(t) in SPEECH and t.pos_ in ("VERB", "AUX")
                        for t in opened_by):
                after = list(table.sents[k + 1])
        for tok in after[:12]:
            if quoted[tok.i]:
                break
            if _lemma(tok) in SPEECH and tok.pos_ in ("VERB", "AUX"):
                if table.sent_id[tok.i] != table.sent_id[span.start] and any(
                        c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
                    break  # the next sentence says something of its own: "X said he ..."
                if table.sent_id[tok.i] != table.sent_id[span.end - 1] and any(
                        c.dep_ in OWN_OBJECT_DEPS and c.i > tok.i for c in tok.children):
                    break  # the sentence after the quotation condemns something of its own

                who = self._subject(table, tok, inside)
                if who:
                    return who
        # a readout that is one long quotation: its signatories speak
        if table.signatories and table.sent_id[span.start] != table.sent_id[span.end - 1]:
            return list(table.signatories)
        # before the opening mark, in the same sentence
        for tok in reversed(list(doc[sent.start:span.start])):
            if quoted[tok.i]:
                continue
            if tok.pos_ in ("VERB", "AUX") and (_lemma(tok) in SPEECH or tok.dep_ == "ROOT"):
                who = self._subject(table, tok)
                if who:
                    return who
        # "X: '...'", "X told reporters:" ending the paragraph before the quotation
        who = _colon_speaker(self, table, span, quoted)
        if who:
            return who
        # a quoted fragment inside a clause: the clause's subject
        head = span.root.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.pos_ in ("VERB", "AUX") and not quoted[head.i]:
            who = self._subject(table, head)
            if who:
                return who
        # a new paragraph that continues the previous speaker's quotation
        if table.signatories:
            first, last = find_outer(table.text)
            if first <= span.start_char and span.end_char <= last:
                return list(table.signatories)
        return []

    def _attitude(self, doc: Doc, table: ActorTable, adj: Token, quoted: list[bool],
                  default_date: str | None) -> list[Statement]:
        """ "Chile is concerned that ...", "Peru remains confident that ...": a stance
        with the clause it holds."""
        clause = [c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i]
        if not clause or _reported_inside(adj.head) or adj.head.dep_ in ("relcl", "acl") or any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in adj.head.children):
            return []  # "the people can be confident that ...": not a stance anyone took
        toks = list(clause[0].subtree)
        if len(toks) < 3 or sum(quoted[t.i] for t in toks) > len(toks) / 2:
            return []
        who = table.speakers(self._subject(table, adj.head))
        return self._said_clause(doc, table, who, toks, adj, default_date, "attitude", 0.55)

    def _agentless(self, doc: Doc, table: ActorTable, verb: Token,
                   default_date: str | None) -> list[Statement]:
        """ "Mutual satisfaction was expressed with ...", "The importance of X was
        underscored": a readout's agentless passive, said by the meeting's
        participants (the people the text has taking part in a call or meeting)."""
        if verb.pos_ != "VERB" or _agent(verb) is not None or verb.dep_ not in (
                "ROOT", "conj") or not any(c.dep_ == "auxpass" for c in verb.children):
            return []
        # "it was emphasised that X ...": the clause is what was said
        clause = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        expletive = clause and any(c.dep_ == "nsubjpass" and c.lower_ == "it"
                                   for c in verb.children)
        if expletive and any(a.dep_ == "aux" and a.lower_ in OBLIGATION_AUX
                             for a in clause[0].children):
            return []  # "it was stressed that X must ...": a demand (kg_commitments)
        if not expletive and not any(c.dep_ == "nsubjpass" and c.lower_ != "it" and
                                     c.pos_ == "NOUN" for c in verb.children):
            return []
        who = _participants(table, verb.i)
        sent = table.sent_of(verb.i)
        toks = [t for t in sent if not t.is_space]
        if expletive:
            toks = [t for c in verb.children if c.i >= clause[0].i and c.dep_ in ("ccomp", "conj")
                    for t in c.subtree if not (t.dep_ == "mark" and t.head == c)]
        if not who or len([t for t in toks if t.is_alpha]) < 5:
            return []
        return self._said_clause(doc, table, who, toks, verb, default_date, "agentless", 0.55)

    def _said_clause(self, doc: Doc, table: ActorTable, who: list[str], toks: list[Token],
                     anchor: Token, default_date: str | None, rule: str,
                     confidence: float) -> list[Statement]:
        """The clause ``toks`` as a reported statement of each of ``who``."""
        text = phrase(toks, max_tokens=60)
        sent = table.sent_of(anchor.i)
        start = min(t.idx for t in toks)
        end = max(t.idx + len(t.text) for t in toks)
        return [Statement(w, text, "reported", sentence_date(sent, doc) or default_date,
                          provenance(sent, start, end, f"{self.name}.{rule}", confidence))
                for w in who]

    def _directive(self, doc: Doc, table: ActorTable, noun: Token, quoted: list[bool],
                   default_date: str | None) -> list[Statement]:
        """What a signed directive establishes, said by its signer (GUIDELINES
        §Statements): "X signed an order directing Y to ...", "X issued a decree that
        bans ...", "The order, signed by X, requires ..."."""
        signer: Token | None = None
        toks: list[Token] = []
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in SIGN_VERBS:
            signer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            says = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i
                    and c.pos_ == "VERB"]
            if says:
                # "that bans ...": without the relative pronoun
                toks = [t for t in says[0].subtree
                        if not (t.dep_ == "nsubj" and t.head == says[0])]
        elif noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
            signed = [c for c in noun.children if c.dep_ == "acl" and
                      c.lemma_.lower() in SIGN_VERBS]
            if signed:
                signer = _agent(signed[0])
                verb = noun.head
                toks = [t for t in verb.subtree if t.i >= verb.i and not (
                    t.is_punct and t.i == verb.right_edge.i)]
        if signer is None or len(toks) < 3 or any(quoted[t.i] for t in toks):
            return []
        who = table.speakers(table.refer(signer) or _title_holders(table, signer))
        return self._said_clause(doc, table, who, toks, noun, default_date, "directive", 0.6)

    def _according(self, doc: Doc, table: ActorTable, tok: Token, quoted: list[bool],
                   default_date: str | None) -> list[Statement]:
        who: list[str] = []
        for c in tok.children:
            for obj in c.subtree:
                if obj.dep_ == "pobj":
                    # "according to the minister", "according to the ministry"
                    who = table.refer(obj) or document_voice(table, obj) or \
                        _source_of(table, obj) or \
                        _title_holders(table, obj) or _named_body(table, obj) or \
                        _earlier_statement(table, obj) or unnamed_speaker(table, obj)
                    break
        if not who:
            return []
        clause = tok.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "X happened and Y followed, according to Z": both
        if _own_speaker(clause):
            return []  # "The army said ..., according to Reuters": the outlet relays it
        toks = [t for t in clause.subtree if t not in set(tok.subtree)]
        if tok.i > clause.i:
            # "X controls a fifth, according to Y, a think tank that ...": what follows
            # the closing source phrase describes the source (the parser may hang it on
            # the clause), it is not what the source said
            toks = [t for t in toks if t.i < tok.left_edge.i]
        text = phrase(toks, max_tokens=60)
        if len(text.split()) < 3:
            return []
        sent = table.sent_of(tok.i)
        return [Statement(w, text, "reported", sentence_date(sent, doc) or default_date,
                          provenance(sent, sent.start_char, sent.end_char, self.name, 0.6))
                for w in who]


def _noun_speaker(table: ActorTable, v: Token, c: Token) -> list[str]:
    """Who the subject noun c of the speech verb v is, by the rules for named,
    described and unnamed speakers in turn."""
    return _apposed_person(table, c) or unrecognised_person(table, c) or \
        _personal_office(table, v, c) or _described(table, c) or \
        _authors(table, c) or \
        _authors_of_clause(table, v, c) or \
        _national_leader(table, c) or _group_subject_before(table, c) or \
        _state_body(table, c) or _affiliated_body(table, c) or \
        demonym_body_back(table, c) or table.refer(c) or _title_holders(table, c) or \
        _those_present(table, c) or _named_body(table, c) or _possessed_body(table, c) or \
        _head_of_state(table, c) or _unnamed_body(table, c) or \
        owned_voice(table, c) or document_voice(table, c) or _body_document(table, c) or \
        office_of_country(table, c) or body_named_before(table, c) or \
        _unnamed_saying(table, v, c) or same_title_before(table, c) or \
        acronym_of_body(table, c)


def _personal_office(table: ActorTable, v: Token, noun: Token) -> list[str]:
    """ '"...," his office said', "Brann's office said", "the president's office said":
    the office of a person speaks for that person; [] for any other possessor."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PERSONAL_OFFICE_NOUNS or \
            table.by_token[noun.i] is not None or noun.tag_ != "NN":
        return []
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if len(poss) != 1 or any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in noun.children):
        return []
    p = poss[0]
    if p.lower_ in POSSESSIVE_PERSON:
        mask = _inside_mask(table)
        found = pronoun_person(table, p, mask, _noun_speaker)
        if found is None:
            name = _last_person_outside(table, p.i, mask)
            found = [name] if name else []
        return found
    if p.pos_ == "PRON":
        return []
    named = table.by_token[p.i]
    if named is None and p.pos_ == "NOUN" and p.lemma_.lower() in TITLE_HEADS:
        return [n for n in _noun_speaker(table, v, p) if table.type_of(n) == "Person"][:1]
    return [named] if named and table.type_of(named) == "Person" else []


def _inside_mask(table: ActorTable) -> list[bool]:
    """Every token inside a quotation (set by the extractor before it reads speakers)."""
    return table.doc.user_data.get(INSIDE_KEY) or [False] * len(table.doc)


def _inside(table: ActorTable, tok: Token) -> bool:
    return _inside_mask(table)[tok.i]


def _source_of(table: ActorTable, noun: Token) -> list[str]:
    """ "data from the refugee agency", "estimates by X": who the source noun is of."""
    if not _is_source(noun):
        return []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (names := table.refer(obj)):
                    return names
    return []


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in FUNCTION_WORDS}


def _once(found: list[Statement]) -> list[Statement]:
    """One statement per thing said: a repeated quote once, and a reported clause
    that is mostly a quotation found on its own as well once, as the longer of
    the two (GUIDELINES: such a clause is one direct statement)."""
    kept: list[Statement] = []
    for st in found:
        twin = next((k for k, other in enumerate(kept) if _same_saying(other, st)), None)
        if twin is None:
            kept.append(st)
        elif kept[twin].mode == "direct" and st.mode == "reported":
            if len(st.content) > len(kept[twin].content):
                kept[twin] = replace(st, mode="direct")
        elif kept[twin].mode == st.mode == "reported" and len(st.content) < len(
                kept[twin].content):
            kept[twin] = st  # two verbs gave one clause: the one that says only it
    return kept


def _same_saying(a: Statement, b: Statement) -> bool:
    if a.speaker != b.speaker:
        return False
    if a.content.lower() == b.content.lower():
        return True
    if "reported" not in (a.mode, b.mode) or a.provenance is None or \
            b.provenance is None or a.provenance.sentence != b.provenance.sentence:
        return False
    wa, wb = _words(a.content), _words(b.content)
    return bool(wa and wb) and len(wa & wb) >= 0.8 * min(len(wa), len(wb))


def _unnamed_saying(table: ActorTable, verb: Token, noun: Token) -> list[str]:
    """An unnamed speaker ("sources said") only as the subject of a verb of saying:
    "negotiators began talks" says nothing."""
    return unnamed_speaker(table, noun) if _lemma(verb) in SPEECH else []


def _bracketed(noun: Token) -> bool:
    """ "(Reuters) - Rebels said": a subject wholly in brackets is a credit line the
    parser took for a subject."""
    words = [t.i for t in noun.subtree if not t.is_punct]
    if not words:
        return False
    doc, left, right = noun.doc, min(words), max(words)
    return 0 < left and right + 1 < len(doc) and doc[left - 1].text == "(" and \
        doc[right + 1].text == ")"


def _quote_paragraph(text: str, start: int, end: int) -> int | None:
    """Where the paragraph before the quotation ``text[start:end]`` starts, when the
    quotation is a paragraph of its own (nothing but quotation marks and closing
    punctuation around it); None otherwise."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip(" \t\"\u201c\u2018'") or \
            text[end:line_end].strip(" \t\"\u201d\u2019'.,!?\u2026"):
        return None
    prev_end = len(text[:line_start].rstrip())
    if prev_end == 0:
        return None
    return text.rfind("\n", 0, prev_end) + 1


def _comma_closes(clause: Token) -> bool:
    """ "<clause>, a close aide to X has said": the clause ends at an attribution mark
    the parser hung inside it rather than on the reporting verb."""
    words = [t.i for t in clause.subtree if not t.is_punct]
    nxt = max(words) + 1
    return nxt < len(clause.doc) and clause.doc[nxt].text in ATTRIBUTION_MARKS


def _before_attribution(verb: Token) -> list[Token]:
    """The clause before ", said X" / ", X said" that ends its sentence, when the
    parser gave the reporting verb no complement of its own."""
    # "<clause>, a close aide to X has said.": the parser may also have coordinated
    # the attribution with the clause's verb, with no "and" between them
    attached = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and
                                       not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i
                                               for c in verb.head.children))
    if not attached or any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep")
                           and c.i > verb.i for c in verb.children):
        return []
    left = min([verb.i, *(c.left_edge.i for c in verb.children if c.dep_ == "nsubj")])
    sent = verb.sent
    comma = left - 1
    if comma <= sent.start or verb.doc[comma].text not in ATTRIBUTION_MARKS:
        return []
    toks = [t for t in verb.doc[sent.start:comma] if not t.is_space]
    return toks if len([t for t in toks if t.is_alpha]) >= 3 else []


def _clause_on_medium(verb: Token) -> Token | None:
    """ "said in a statement (an interview, a post) that ...": the "that" clause the
    parser attached to the medium's noun instead of the verb."""
    # "told a briefing that ...": the medium as the verb's object
    told = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    for p in [*verb.children, *told]:
        if p.dep_ == "dobj":
            nouns = [p]
        elif p.dep_ != "prep" or p.lower_ not in ("in", "on") or p.i < verb.i:
            continue
        else:
            nouns = list(p.children)
        for noun in nouns:
            if noun.dep_ not in ("pobj", "dobj") or noun.lemma_.lower() not in MEDIUM_NOUNS:
                continue
            for c in noun.children:
                if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    return c
    return None


def _issued_by(verb: Token) -> Token | None:
    """ "X issued / released a statement saying (condemning) ...": the verb that put
    the statement out, whose subject speaks; None for any other participle."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.lower_ not in STATEMENT_NOUNS or \
            noun.dep_ != "dobj" or _lemma(noun.head) not in ISSUE_VERBS:
        return None
    return noun.head


def _described(table: ActorTable, noun: Token) -> list[str]:
    """ "A Reuters witness said", "Lakeshore Bank officials said", "the chief's
    spokesman said": people a named body or person qualifies but the text does not
    name are a Person (one) or a Group (several) of their own, named as the text gives
    them, not the body that qualifies them. A country's officials fold into the country
    ("Peruvian officials said" is Peru)."""
    if noun.pos_ != "NOUN" or noun.lower_ not in DESCRIBED_SPEAKER_NOUNS or \
            table.by_token[noun.i] is not None:
        return []
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")
            and c.i < noun.i]
    start = min([noun.i, *(t.i for c in mods for t in c.subtree)])
    while start < noun.i and noun.doc[start].dep_ == "det":
        start += 1  # "The chief's spokesman": the article is no part of the name
    span = noun.doc[start:noun.i + 1]
    if not any(table.by_token[t.i] for t in span[:-1]) or any(
            t.pos_ == "PRON" or (t.is_punct and t.text not in ("'s", "\u2019s", "-", "."))
            for t in span):
        return []
    if noun.lemma_.lower() == "official" and any(
            (n := table.by_token[t.i]) and table.type_of(n) == "Country" for t in span):
        return []  # "Chilean officials": a country's government speaking, folded into it
    name = span.text
    table.add_actor(name, "Group" if noun.tag_ == "NNS" else "Person")
    table.add_mention(span, name)
    return [name]


def _unnamed_body(table: ActorTable, noun: Token) -> list[str]:
    """ "Chile's defence ministry said", "the Chilean army said": a ministry, armed force or
    agency the text does not name speaks as an Organization of its own, named as the
    text gives it (GUIDELINES §Actors); registered in the actor table."""
    if noun.pos_ not in ("NOUN", "PROPN") or table.by_token[noun.i] is not None or (
            noun.lower_ not in UNNAMED_BODY_NOUNS and not _compound_body(noun)):
        return []
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")
            and c.i < noun.i]
    if any(c.pos_ == "PRON" or c.lower_ in ("country", "nation") for c in mods):
        return []  # "its army", "the country's ministry": the body of someone named before
    start = min([noun.i, *(t.i for c in mods for t in c.subtree)])
    # "the Ministry of Foreign Affairs of Peru", "the ministry of information": its "of"
    # phrases are its name (a ministry's in lower case too)
    of = [t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
          and c.i == noun.i + 1 and (noun.text[0].isupper() or noun.lower_ == "ministry")
          for t in c.subtree]
    if not mods and not of:
        # "..., the army said" with no army named before (_named_body looked): the
        # army, named by its noun; "an army", "a ministry" are no body the text speaks of
        if noun.lower_ not in BARE_BODY_NOUNS or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
                c.dep_ in ("prep", "relcl", "acl", "appos") for c in noun.children):
            return []
        of = [noun.i]
    end = max([noun.i, *of])
    span = noun.doc[start:end + 1]
    if any(t.is_punct and t.text not in ("'s", "\u2019s", "-") for t in span) or any(
            (n := table.by_token[t.i]) and table.type_of(n) == "Person" for t in span):
        return []
    name = span.text
    table.add_actor(name, "Organization")
    table.add_mention(span, name)
    return [name]


def _as_said(verb: Token) -> list[Token] | None:
    """ "As X noted / has made clear / told reporters, <clause>": the clause the
    attribution is set into, without it; None where the verb is no such attribution
    ("As the President welcomed the guests, ..." says when, not what)."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as"
                                       for c in verb.children):
        return None
    lemma = _lemma(verb)
    clear = lemma in CLEAR_SAY and any(c.lower_ in CLEAR_SAY[lemma] for c in verb.children)
    if not (clear or lemma in CLAUSE_SAY | READOUT_VERBS | AFFIRM_VERBS):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.pos_ != "PRON")
           for c in verb.children if not clear):
        return None  # "as X welcomed the guests", "as X said that ...": no aside
    head = verb.head
    if _lemma(head) in SPEECH or head.pos_ not in ("VERB", "AUX"):
        return None  # "As X said, Y added that ...": Y's own statement
    own = {t.i for t in verb.subtree}
    after = max(own) + 1  # the comma that closes the aside
    if after < len(verb.doc) and verb.doc[after].is_punct and verb.doc[after].head.i == head.i:
        own.add(after)
    toks = [t for t in head.subtree if t.i not in own]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    return toks


def _lemma(tok: Token) -> str:
    """The lemma, mended where the tagger's lemma misses a reporting verb by its
    inflection ("hopes" read as "hop")."""
    lemma = tok.lemma_.lower()
    if lemma in SPEECH or tok.pos_ not in ("VERB", "AUX"):
        return lemma
    low = tok.lower_
    for suffix, base in INFLECTIONS:
        if low.endswith(suffix) and (stem := low[:len(low) - len(suffix)] + base) in SPEECH:
            return stem
    return lemma


def _around_parenthetical(verb: Token) -> list[Token]:
    """ "The deal, Sousa said, would be signed in May": the clause around an
    attribution set off by commas."""
    if verb.dep_ != "parataxis" or verb.head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "nsubj" for c in verb.children) or any(
            c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return []
    aside = {t.i for t in verb.subtree}
    toks = [t for t in verb.head.subtree if t.i not in aside and not t.is_space]
    if toks and toks[0].i > min(aside):
        # "<clause>, X says, hours after Y did Z": the parser hung the attribution on
        # the clause after it; what X says is the clause before, up to its comma
        sent = verb.sent
        comma = min(c.left_edge.i for c in verb.children if c.dep_ == "nsubj") - 1
        while comma > sent.start and verb.doc[comma].is_punct and \
                verb.doc[comma].text not in ATTRIBUTION_MARKS:
            comma -= 1  # '..." the army says': past the closing quotation mark
        if comma <= sent.start or verb.doc[comma].text not in ATTRIBUTION_MARKS:
            return []
        toks = [t for t in verb.doc[sent.start:comma] if not t.is_space]
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks if len([t for t in toks if t.is_alpha]) >= 3 else []


def _without_other_voices(verb: Token, toks: list[Token]) -> list[Token]:
    """What one verb reports, without the parts another voice says inside it: a
    coordinated reporting verb ("noted X and emphasized Y" gives Y its own
    statement), "according to Z", "although Z said ..."."""
    inside = {t.i for t in toks}
    drop: set[int] = set()
    for t in toks:
        if t.i == verb.i or t.i in drop:
            continue
        other = (t.dep_ == "conj" and t.pos_ == "VERB" and _lemma(t) in SPEECH
                 and t.head.i != verb.i) or (t.dep_ == "prep" and t.lower_ == "according") \
            or (t.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in t.children) and
                t.lemma_.lower() in SAY_VERBS)
        if other:
            sub = {x.i for x in t.subtree}
            drop |= sub
            # the "and" / "," that joined it
            left = min(sub) - 1
            while left in inside and (verb.doc[left].dep_ in ("cc", "punct", "mark")):
                drop.add(left)
                left -= 1
    return [t for t in toks if t.i not in drop]


def _text_issuer(table: ActorTable, noun: Token) -> list[str]:
    """Who issued "the document" / "the text": the subject of the nearest sentence
    before (or of its own sentence) whose verb issues a text ("The council published a
    plan"); [] when none does in the window - a document of unknown origin speaks for
    nobody."""
    k = table.sent_id[noun.i]
    for back in range(ISSUED_TEXT_WINDOW + 1):
        if k - back < 0:
            break
        for verb in reversed(list(table.sents[k - back])):
            if verb.i >= noun.i or verb.pos_ != "VERB" or \
                    verb.lemma_.lower() not in TEXT_ISSUE_VERBS:
                continue
            for s in verb.children:
                if s.dep_ == "nsubj" and (names := table.refer(s)):
                    return names
    return []


def _narrator_hedge(verb: Token) -> bool:
    """ "attacked two ships in what they say is support for X", "what officials say
    were militants": the writer's hedge around a phrase (a free relative on "what"),
    not a statement of its own - what it hedges belongs to the sentence's statement."""
    return verb.dep_ in ("pcomp", "pobj", "attr", "dobj", "nsubj", "appos", "conj") and any(
        c.lower_ == "what" and c.dep_ in ("dobj", "nsubj") for c in verb.children) and any(
        c.dep_ == "ccomp" for c in verb.children)


def _is_person_word(noun: Token) -> bool:
    """A name, "he"/"she", a person's title or a body that speaks: "the minister
    indicated that ...", "the army revealed that ..."."""
    return noun.pos_ == "PROPN" or noun.lower_ in PERSON_PRONOUNS or \
        noun.lemma_.lower() in TITLE_HEADS | BODY_NOUNS | UNNAMED_BODY_NOUNS


def _is_source(noun: Token) -> bool:
    return noun.lemma_.lower() in SOURCE_NOUNS or noun.lower_ in SOURCE_NOUNS


def _authors(table: ActorTable, noun: Token) -> list[str]:
    """Who made a source: "an estimate by X and Y", "an ISW assessment"."""
    if not _is_source(noun):
        return []
    names = _source_of(table, noun)
    if names:
        return names
    for c in noun.children:
        if c.dep_ in ("compound", "poss") and c.i < noun.i and (named := table.refer(c)):
            return named
    return []


def _authors_of_clause(table: ActorTable, verb: Token, subj: Token) -> list[str]:
    """ "<A study by X found ...>, they reported": the pronoun is the study's authors."""
    if subj.lower_ not in ("they", "it"):
        return []
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i < verb.i:
            for s in c.children:
                if s.dep_ == "nsubj" and (names := _authors(table, s)):
                    return names
    return []


def _laid_out(verb: Token) -> bool:
    """ "laid out his assessment", "set out its position": a phrasal verb of saying."""
    return verb.lemma_.lower() in PHRASAL_SAY and any(
        c.dep_ == "prt" and c.lower_ == PHRASAL_SAY[verb.lemma_.lower()] for c in verb.children)


def _agent(verb: Token) -> Token | None:
    """X of a passive participle's "by X"."""
    for c in verb.children:
        if c.dep_ == "agent":
            for obj in c.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _after_colon(toks: list[Token]) -> list[Token]:
    """ "expressed skepticism: how can you trust them?": what follows the colon."""
    last = max(toks, key=lambda t: t.i)
    doc = last.doc
    nxt = last.i + 1
    if nxt >= len(doc) or doc[nxt].text != ":":
        return []
    sent = last.sent
    return [t for t in doc[nxt + 1:sent.end] if not t.is_space]


def _quoted_name(span: Span) -> bool:
    """ 'what X calls a "special operation"': a quoted name after a naming verb;
    'a first-of-its-kind "Safe Harbors for All" program': a quoted name that
    modifies a noun outside the quotation (a programme, a law, a campaign)."""
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    root = span.root
    if len(span) <= 8 and root.dep_ in ("compound", "amod", "nmod") and \
            root.head.pos_ in ("NOUN", "PROPN") and not span.start <= root.head.i < span.end:
        return True
    if len(span) > 4:
        return False
    head = span.root.head
    while head.dep_ in ("det", "amod", "compound") and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in NAMING_VERBS


def _continues(doc: Doc, table: ActorTable, prev: Span, span: Span,
               inside: list[bool], same_speaker: bool) -> bool:
    """A quotation that goes on from the previous one in the same paragraph, by
    the same speaker or with no attribution of its own: '"A," he said. "B."',
    '"A," he said, "B."', '"A," X said. "B," he said.'."""
    between = table.text[prev.end_char:span.start_char]
    words = len(re.findall(r"\w+", between))
    if "\n" in between or words > SPLIT_QUOTE_WORDS:
        return False
    sent = table.sent_of(span.start)
    if table.sent_id[prev.start] != table.sent_id[span.start] and any(
            not t.is_punct and not t.is_space and not inside[t.i]
            for t in doc[sent.start:span.start]):
        return False  # "He added: ..." opens a new attribution
    if same_speaker:
        return True
    return not any(_lemma(t) in SPEECH and t.pos_ in ("VERB", "AUX") and
                   not inside[t.i] for t in doc[span.end:sent.end])


def _hosting(table: ActorTable, verb: Token) -> bool:
    """ "X welcomed President Y to the White House": receiving a guest, not a
    statement (welcoming a decision or a step is one)."""
    if verb.lemma_.lower() not in HOSTING_VERBS:
        return False
    for c in verb.children:
        if c.dep_ == "dobj":
            if c.lemma_.lower() in GUEST_NOUNS:
                return True  # "welcomes our partners from Canada and Mexico"
            named = table.refer(c)
            return bool(named) and all(table.type_of(n) == "Person" for n in named)
    return False


def _denied_claim(verb: Token, lemma: str) -> bool:
    """ "Peru rejected the accusations": a position verb whose object is a claim
    (statement_words.NOUN_SAY) says something whoever holds it, not only a group."""
    if any(c.dep_ == "advcl" and c.lemma_.lower() in SAY_VERBS and
           any(x.dep_ == "ccomp" for x in c.children) for c in verb.children):
        return False  # "rejected the accusations, saying ...": the saying is the statement
    return lemma in NOUN_SAY and any(c.dep_ == "dobj" and c.lemma_.lower() in NOUN_SAY[lemma]
                                     for c in verb.children)


def _judged_as(verb: Token) -> bool:
    """ "rejected the proposal as unfair": an object and what it is judged as."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(x.dep_ in ("pobj", "pcomp", "amod")
                                                      for x in c.children)
        for c in (*verb.children, *objs[0].children))  # the parser hangs "as" on either


def _figure_at(verb: Token) -> bool:
    """ "put the toll at 27": an object and a figure after "at"."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(t.like_num for t in c.subtree)
               for c in verb.children)


def _colon_speaker(ext: StatementExtractor, table: ActorTable, span: Span,
                   quoted: list[bool]) -> list[str]:
    """Who a colon before a quotation introduces: the speaker of a reporting verb
    before it ("He told reporters on Monday:"), else the one actor a verbless lead
    names ("Foreign Minister Anna Kovac: '...'")."""
    i = span.start - 1
    while i >= 0 and (table.tokens[i].is_space or table.tokens[i].is_quote):
        i -= 1
    if i < 0 or table.tokens[i].text != ":":
        return []
    lead = [t for t in table.tokens[table.sents[table.sent_id[i]].start:i]
            if not quoted[t.i] and not t.is_space]
    for t in reversed(lead):
        if _lemma(t) in SPEECH and t.pos_ in ("VERB", "AUX"):
            return ext._subject(table, t)
    if any(t.pos_ in ("VERB", "AUX") for t in lead):
        return []
    names = list(dict.fromkeys(n for t in lead if (n := table.by_token[t.i]) is not None))
    return names if len(names) == 1 else []


def _left_open(verb: Token) -> bool:
    """ "did not say whether X", "declined to say how many": the speaker left the
    question open, so the clause is not what they said."""
    refused = any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse"))
    if not refused:
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and c.left_edge.lower_ in OPEN_QUESTION_WORDS
               for c in verb.children)


def _planned(verb: Token) -> bool:
    """ "X will travel to Ohio to highlight ...", "the agency will collect samples and
    report the results": a reporting verb under "will", or in an infinitive of a verb
    under "will" or of planning, tells what is to come, not what was said."""
    t = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children):
            return True
        if t is not verb and t.lemma_.lower() in PLAN_VERBS:
            return True
        if t.dep_ not in ("xcomp", "advcl", "conj") or t.head.i == t.i:
            return False
        if t.dep_ == "conj" and any(c.dep_ == "nsubj" for c in t.children):
            return False  # "<X will ...>, an aide has said": a clause of its own
        if t.dep_ != "conj" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in t.children):
            return False  # "speaking to reporters, X said": not an infinitive
        t = t.head
        if _lemma(t) in SPEECH and t.dep_ != "conj" and t is not verb and \
                not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children):
            return False  # "urged X to condemn": the urging was said
    return False


def _those_present(table: ActorTable, noun: Token) -> list[str]:
    """ "X held a call with European leaders. The leaders underscored ...": the
    people and groups named in the sentences just before, when there are two or more."""
    if noun.lower_ not in PRESENT_NOUNS or not any(d.lower_ == "the" for d in noun.children):
        return []
    k = table.sent_id[noun.i]
    names: list[str] = []
    for m in table.mentions:
        if m.start >= noun.i:
            break
        if k - PRESENT_WINDOW <= table.sent_id[m.start] and \
                table.type_of(m.name) in ("Person", "Group") and m.name not in names and \
                _taking_part(table.doc[m.end - 1]):
            names.append(m.name)
    return names if len(names) >= 2 else []


#: The most participants an agentless readout passive is given to.
MAX_PARTICIPANTS = 3


def _participants(table: ActorTable, before: int) -> list[str]:
    """The people who take part in the meeting or call the text has told of before
    token ``before`` ("X held a call with Y"): two or three, else none."""
    names: list[str] = []
    for m in table.mentions:
        if m.start >= before:
            break
        if table.type_of(m.name) == "Person" and m.name not in names and \
                _taking_part(table.doc[m.end - 1]):
            names.append(m.name)
    return names if 2 <= len(names) <= MAX_PARTICIPANTS else []


def _group_subject_before(table: ActorTable, pron: Token) -> list[str]:
    """ "Opposition leaders accuse X ... They also say ...": "they" is the group
    that was the last subject named in the sentences just before, if it is a group."""
    if pron.lower_ != "they":
        return []
    for m in table.mentions_before(pron.i, PRESENT_WINDOW):
        head = table.doc[m.end - 1]
        while head.dep_ in ("compound", "amod") and head.head.i != head.i:
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            return [m.name] if table.type_of(m.name) == "Group" else []
    return []


def _same_voice_inside(verb: Token) -> bool:
    """ "X said he hoped both sides would ...": a reporting verb whose subject is a
    pronoun, inside the clause another reporting verb reports, is part of that one
    statement, not a second one ("He said ..., Xinhua reported" is his: the clause
    comes first and the verb after it only relays it)."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAY_VERBS and \
        verb.head.i < verb.i and any(
            c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)


def _apposed_person(table: ActorTable, noun: Token) -> list[str]:
    """ "The UN envoy for Chad, Jean Morel, said": the person set beside the title,
    wherever the parser hung the apposition inside the subject; "Another witness, Omar
    Vell, said" too, though "witness" was made an actor of its own (a description in
    lower case) for a witness quoted before."""
    if noun.lemma_.lower() not in TITLE_HEADS | UNNAMED_SPEAKER_NOUNS | PERSON_DESCRIPTIONS:
        return []
    if (held := table.by_token[noun.i]) is not None and held != held.lower():
        return []
    for t in noun.subtree:
        if t.dep_ == "appos" and t.i > noun.i and (name := table.by_token[t.i]) and \
                table.type_of(name) == "Person":
            return [name]
    return []


def _head_of_state(table: ActorTable, noun: Token) -> list[str]:
    """ "The Head of State thanked ...": the person last named with a head-of-state
    or government title."""
    if noun.lower_ != "head" or not any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and o.lower_ in HEAD_OF_WORDS for o in c.children)
            for c in noun.children):
        return []
    name = table.by_title(set(HEAD_OF_STATE_WORDS), None, noun.i)
    return [name] if name else []


def _unnamed_officer(table: ActorTable, noun: Token) -> list[str] | None:
    """ "A spokesman for X said ...": an office holder the text has not named yet is
    nobody named before with that title; None where the noun is no such office."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TITLE_HEADS or \
            table.by_token[noun.i] is not None or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    return [n for c in noun.children if c.dep_ == "appos" and (n := table.by_token[c.i])]


def _named_body(table: ActorTable, noun: Token) -> list[str]:
    """ "The Ministry of Defence ... The ministry denied ...": "the <noun>" is the body
    named last whose name has that noun and every word that qualifies it."""
    low = noun.lemma_.lower()
    if (low not in BODY_NOUNS and noun.lower_ not in BODY_NOUNS) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    need = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.is_alpha}
    return _body_with(table, noun.i, {low, noun.lower_}, need)


def _body_with(table: ActorTable, before: int, heads: set[str], need: set[str]) -> list[str]:
    """The body named last before token ``before`` whose name has one of ``heads`` and
    every word of ``need``."""
    for m in reversed(table.mentions):
        if m.start >= before or table.type_of(m.name) not in ("Organization", "Group"):
            continue
        words = set(re.findall(r"\w+", m.name.lower()))
        if heads & words and need <= words:
            return [m.name]
    return []


def _compound_body(noun: Token) -> bool:
    """ "coast guard", "air force": a state body written as two lower-case words."""
    before = noun.doc[noun.i - 1] if noun.i else None
    return before is not None and before.dep_ in ("compound", "amod") and \
        before.head.i == noun.i and before.lower_ in COMPOUND_BODY_NOUNS.get(noun.lower_, ())


def _affiliated_body(table: ActorTable, noun: Token) -> list[str]:
    """ "The Saudi-led coalition said", "Russian-backed separatists said": the body or
    group so described speaks - an Organization (a Group when plural) named as in the
    text - not the one named before the hyphen (GUIDELINES §Actors). [] for a person
    so described ("a Russian-backed official") or a noun that is a name itself."""
    if noun.pos_ != "NOUN" or table.by_token[noun.i] is not None or \
            noun.lemma_.lower() in TITLE_HEADS or noun.lemma_.lower() in PERSON_DESCRIPTIONS:
        return []
    mods = [c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound")]
    tied = [c for c in mods if c.lower_.rsplit("-", 1)[-1] in AFFILIATION_PARTICIPLES and (
        "-" in c.text or (c.i > 0 and c.nbor(-1).tag_ == "HYPH"))]
    if not tied:
        return []
    span = noun.doc[min(t.i for c in mods for t in c.subtree):noun.i + 1]
    if any(t.is_punct and t.tag_ != "HYPH" for t in span):
        return []
    name = span.text
    table.add_actor(name, "Group" if noun.tag_ == "NNS" else "Organization")
    table.add_mention(span, name)
    return [name]


def _state_body(table: ActorTable, noun: Token) -> list[str]:
    """ "The Chilean coast guard said": that body, an Organization of its own (GUIDELINES
    §Actors: agencies and armed forces), not the country its demonym names."""
    if not _compound_body(noun):
        return []
    # "the coast guard" after "the Veldian Coast Guard": the body named before
    need = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.is_alpha}
    return _body_with(table, noun.i, {noun.lower_}, need) or _unnamed_body(table, noun)


def _possessed_body(table: ActorTable, noun: Token) -> list[str]:
    """ "The Malian army said ... Mali rejected it. Its army said" / "the country's
    military said": the body of the country (or body) the possessive stands for - the
    one named before with that noun whose name shares the country's stem ("Mali",
    "Malian army"); else, where the text names no such body, the body named by its
    noun ("army"), as "..., the army said" is. [] for any other possessive."""
    if noun.pos_ != "NOUN" or noun.lower_ not in UNNAMED_BODY_NOUNS or \
            table.by_token[noun.i] is not None:
        return []
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if len(poss) != 1 or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in noun.children):
        return []
    p = poss[0]
    if p.lower_ in ("its", "their"):
        owner = _last_body(table, p.i)
    elif p.lower_ in OWN_COUNTRY_NOUNS and p.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in p.children):
        owner = table.last_before(p.i, "Country")
    else:
        return []
    if owner is None:
        return []
    stem = owner.lower()[:4]
    need = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.is_alpha}
    for m in reversed(table.mentions):
        if m.start >= noun.i or table.type_of(m.name) not in ("Organization",):
            continue
        words = re.findall(r"\w+", m.name.lower())
        if noun.lower_ in words and need <= set(words) and (
                m.name == owner or any(w.startswith(stem) for w in words)):
            return [m.name]
    if table.type_of(owner) != "Country" or need:
        return []
    table.add_actor(noun.lower_, "Organization")
    table.add_mention(noun.doc[noun.i:noun.i + 1], noun.lower_)
    return [noun.lower_]


def _body_document(table: ActorTable, noun: Token) -> list[str]:
    """ "An army statement said" after "The Northland Army says ...": a document
    qualified by a body noun the text names no actor by is that of the body named last
    with that noun ("Northland Army"); [] when none was named."""
    if noun.lower_ not in STATEMENT_NOUNS:
        return []
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == noun.i - 1 and \
                table.by_token[c.i] is None and c.lower_ in BODY_NOUNS:
            return _body_with(table, c.i, {c.lower_}, set())
    return []


def _taking_part(tok: Token) -> bool:
    """A name that takes part in what its sentence tells: its subject, or who it was
    held "with" ("met X", "a call with Y"), not someone the sentence only mentions."""
    for _ in range(4):
        if tok.dep_ in ("compound", "appos", "conj"):
            tok = tok.head
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lemma_.lower() in TITLE_HEADS:
            tok = tok.head.head  # "a call with President of Vostra Bo Lind"
            continue
        break
    return tok.dep_ in ("nsubj", "nsubjpass") or (
        tok.dep_ in ("pobj", "dobj") and tok.head.lemma_.lower() in MEETING_HEADS)


def _national_leader(table: ActorTable, noun: Token) -> list[str]:
    """ "the Chilean leader said": the head of state or government of that country
    the text names, not the country."""
    if noun.lower_ not in LEADER_NOUNS:
        return []
    countries = [n for c in noun.children if c.dep_ in ("amod", "compound", "poss")
                 and (n := table.by_token[c.i]) is not None and table.type_of(n) == "Country"]
    if len(countries) != 1:
        return []
    name = table.by_title(set(HEAD_OF_STATE_WORDS), countries[0], noun.i)
    return [name] if name else []


def _title_words(toks: list[Token]) -> frozenset[str]:
    return frozenset(t.lower_ for t in toks if t.is_alpha and t.lower_ not in HONORIFICS)


def _title_before(table: ActorTable, start: int) -> frozenset[str]:
    """The title written before a name: "Vice President" of "Vice President Ana Ruiz"."""
    toks: list[Token] = []
    i = start - 1
    sent_start = table.sents[table.sent_id[start]].start
    while i >= sent_start and len(toks) < MAX_TITLE_WORDS:
        t = table.tokens[i]
        if table.by_token[i] is not None or not t.is_alpha or t.lower_ == "the" or not (
                ((t.is_title or t.is_upper) and not t.is_stop) or t.lower_ == "of"):
            break
        toks.append(t)
        i -= 1
    while toks and toks[-1].lower_ == "of":
        toks.pop()
    return _title_words(toks)


def _title_holders(table: ActorTable, noun: Token) -> list[str]:
    """ "The Vice President underscored ...": the person last named with that title
    ("Vice President Kamala Harris met ..."); the exact title first, then a longer one
    that only adds words ("the Secretary" for "Secretary of State X"), never one that
    makes it a different office ("the President" is not "Vice President X")."""
    out: list[str] = []
    for t in (noun, *noun.conjuncts):
        if t.lemma_.lower() not in TITLE_HEADS or not any(
                d.dep_ == "det" and d.lower_ == "the" for d in t.children):
            continue
        words = _title_words([w for w in t.subtree if w.i <= t.i and w.dep_ != "det"])
        exact = wider = None
        for m in reversed(table.mentions):
            if m.start >= t.i or table.type_of(m.name) != "Person":
                continue
            have = _title_before(table, m.start)
            if have == words:
                exact = m.name
                break
            if wider is None and words < have and not (have - words) & OTHER_OFFICE_WORDS:
                wider = m.name
        name = exact or wider
        if name and name not in out:
            out.append(name)
    return out


def _last_body(table: ActorTable, i: int) -> str | None:
    """The organization or country named last before token i, subjects first:
    "Russia published its toll, when it said ..." is Russia, not the Kremlin
    named sentences earlier."""
    found = [(n, m) for n, m in ((table.last_before(i, t), t) for t in
                                 ("Organization", "Country")) if n]
    if not found:
        return None
    last = {n: max((m.start for m in table.mentions if m.name == n and m.start < i),
                   default=-1) for n, _ in found}
    return max(last, key=lambda n: last[n])


def _last_person_outside(table: ActorTable, i: int, quoted: list[bool]) -> str | None:
    """The person named last before token i outside quotation marks, subjects first."""
    fallback = None
    for m in reversed(table.mentions):
        if m.start >= i or quoted[m.start] or table.type_of(m.name) != "Person":
            continue
        head = table.doc[m.end - 1]
        if head.dep_ == "compound":
            head = head.head
        if head.dep_ == "appos":
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            return m.name
        fallback = fallback or m.name
    return fallback


def _statement_given_before(table: ActorTable, noun: Token) -> Token | None:
    """ "The army said in a statement that ... . The convoy was hit, the statement said":
    the reporting or issuing verb of the nearest statement named before ``noun``, within
    the sentence before it; None where none was (or it was "the statement" again)."""
    first = table.sents[max(0, table.sent_id[noun.i] - STATEMENT_BACK)].start
    for t in reversed(table.tokens[first:noun.i]):
        if t.lower_ not in STATEMENT_NOUNS or t.pos_ != "NOUN" or any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children):
            continue
        verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
        if verb.pos_ in ("VERB", "AUX") and (_lemma(verb) in SPEECH or
                                             _lemma(verb) in ISSUE_VERBS):
            return verb
        return None
    return None


def _earlier_statement(table: ActorTable, noun: Token) -> list[str]:
    """ "according to the statement" after "according to a statement by the Lomar
    navy" or "The navy said in a statement ...": who gave the statement named before
    (within STATEMENT_BACK sentences); [] when none was, or its giver is not named."""
    if noun.lower_ not in STATEMENT_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children):
        return []
    first = table.sents[max(0, table.sent_id[noun.i] - STATEMENT_BACK)].start
    for t in reversed(table.tokens[first:noun.i]):
        if t.lower_ not in STATEMENT_NOUNS or t.pos_ != "NOUN" or any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children):
            continue
        if who := document_voice(table, t):
            return who  # "a statement by X", "an X statement"
        verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
        if verb.pos_ in ("VERB", "AUX") and (_lemma(verb) in SPEECH or
                                             _lemma(verb) in ISSUE_VERBS):
            return StatementExtractor._subject(table, verb)
        return []
    return []


def _person_says(verb: Token) -> bool:
    """ "Kerbia urges calm, said Ana Vell, a spokeswoman", "Treaties affirm ..., he added":
    a person after the clause is its speaker (who may speak for a body), where an outlet
    ("..., Reuters reported") only relays it."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c.lower_ in ("he", "she") or c.ent_type_ == "PERSON"
    return False


def _own_speaker(verb: Token) -> bool:
    """ "He stressed that ..." in "He stressed that ..., Xinhua reported": a clause that
    is itself someone's saying, with its own subject, which the verb after it relays."""
    return _lemma(verb) in RELAYED_SAY and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "nsubj" for c in verb.children)  # "X is believed to ...": no one's


def _reported_inside(verb: Token) -> bool:
    """"The UN noted that they welcome ...", "He noted ... and thanked ...": the
    outer reporting verb already gives the statement and its speaker ("He stressed
    that ..., Xinhua reported" is his, the outlet after it only relays it)."""
    if verb.dep_ == "ccomp" and verb.head.i > verb.i and _own_speaker(verb):
        return False
    t = verb
    embedded = False
    doc = verb.doc
    for _ in range(3):
        if t.dep_ not in ("ccomp", "conj") or t.head.i == t.i:
            return False
        if t.dep_ == "conj" and t.i >= 2 and doc[t.i - 1].dep_ == "cc" and \
                doc[t.i - 2].text == ",":
            return False  # "X said talks would resume, and thanked Y": X's own act
        embedded = embedded or t.dep_ == "ccomp"
        t = t.head
        if embedded and t.lemma_.lower() in SAY_VERBS and t.pos_ in ("VERB", "AUX"):
            return True
    return False


def find_outer(text: str) -> tuple[int, int]:
    """The span between the first opening and the last closing curly quote."""
    return text.find("“"), text.rfind("”") + 1


@Language.factory("kg_statements", assigns=["doc._.kg_facts", "doc._.kg_statements"],
                  requires=["doc._.kg_table", "doc._.kg_mentions", "doc._.kg_roles"])
def make_statements(nlp: Language, name: str) -> StatementExtractor:
    return StatementExtractor(name)
