import spacy

from nlp import doc_cache
from nlp.doc_cache import forget, text_of, tokens_of


def test_one_list_per_doc_that_shows_later_annotation():
    nlp = spacy.blank("en")
    doc = nlp("Castria backs Doravia.")
    tokens = tokens_of(doc)
    assert tokens is tokens_of(doc)
    assert [t.text for t in tokens] == ["Castria", "backs", "Doravia", "."]
    doc[1].pos_ = "VERB"  # set after the list was made: the cached Token is a view of the Doc
    assert tokens[1].pos_ == "VERB"
    assert text_of(doc) == doc.text == "Castria backs Doravia."


def test_docs_do_not_share_lists_and_a_retokenized_doc_gets_a_new_one():
    nlp = spacy.blank("en")
    a, b = nlp("Norland warned Castria."), nlp("Odell thanked Norland.")
    assert tokens_of(a)[0].text == "Norland"
    assert tokens_of(b)[0].text == "Odell"
    with a.retokenize() as retokenizer:
        retokenizer.merge(a[0:2])
    assert [t.text for t in tokens_of(a)] == ["Norland warned", "Castria", "."]


def test_forget_and_bounded_size():
    nlp = spacy.blank("en")
    doc = nlp("Doravia left the Pact.")
    first = tokens_of(doc)
    forget(doc)
    assert tokens_of(doc) is not first
    docs = [nlp(f"Text {i}.") for i in range(doc_cache.MAX_DOCS + 10)]
    for d in docs:
        tokens_of(d)
    assert len(doc_cache._cache) <= doc_cache.MAX_DOCS
    assert [t.text for t in tokens_of(docs[0])] == ["Text", "0", "."]  # evicted, made again
