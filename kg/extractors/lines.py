"""kg_lines: a line break ends a sentence (headlines, datelines, signature blocks).

Runs before the parser, which keeps the boundaries it is given.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("kg_lines", assigns=["token.is_sent_start"])
def split_lines(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            doc[tok.i + 1].is_sent_start = True
    return doc
