"""kg_lines: a line break ends a sentence (headlines, datelines, signature blocks).

Runs before the parser, which keeps the boundaries it is given. A line's second word
never starts a sentence: given a boundary before a line it would not have drawn itself
(after a headline with no full stop), the parser cuts the line's first word off as a
sentence of its own ("Talks in Lima / Peru / and Chile agreed ..."), which loses that
word's actor from every fact of the sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("kg_lines", assigns=["token.is_sent_start"])
def split_lines(doc: Doc) -> Doc:
    line_start = True
    for tok in doc[:-1]:
        ends_line = "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)
        if ends_line:
            doc[tok.i + 1].is_sent_start = True
        elif line_start and not tok.is_space and not doc[tok.i + 1].is_space:
            doc[tok.i + 1].is_sent_start = False
        line_start = ends_line
    return doc
