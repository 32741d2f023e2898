"""Polarity of a cue in its sentence: negation, refusal, denial, and modality (pledged, conditional).

Negation is part of the meaning, and these answers decide between an edge, its refusal, and no edge.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from nlp.discourse import SUBJECTS
from nlp.lexicon import StanceLexicon

PREVENTING = frozenset({"prevent", "block", "avert", "thwart", "foil"})
INVITATIONS = frozenset({"invitation", "offer", "request", "proposal", "call", "appeal", "plan"})
OWN_PLANS = frozenset({"offer", "proposal", "plan"})  # whose owner would do what they say ("X's plan to ...")
ADVERBIAL_PREPS = frozenset({"for", "after", "because", "despite", "over", "before", "since", "amid"})
INSTEAD = frozenset({"instead", "rather"})  # "instead of allowing X", "rather than backing X"
TIMELINE_MARKS = frozenset({"after", "before", "since", "when", "once"})  # a clause the writer dates events by
REFUSING_ACTS = frozenset({"reject", "dismiss"})  # denial verbs that also turn down acts ("rejected efforts by X")

def hindering_verb(t: Token) -> Token | None:
    """The verb that keeps its object from the act t: 'blocked' in 'blocked X from joining Y'."""
    verb = t.head.head
    if t.dep_ == "pcomp" and t.head.lower_ == "from" and verb.pos_ == "VERB" \
            and any(c.dep_ == "dobj" for c in verb.children):
        return verb
    return None


class Polarity:
    def __init__(self, lex: StanceLexicon) -> None:
        raw = lex.raw
        self.lex = lex
        self.negations = frozenset(raw["negations"]) - {"without", "nor"}  # words that negate their head
        self.pledge = frozenset(raw["pledge_markers"])
        self.condition_marks = frozenset(raw["condition_marks"])
        self.refusal_particles = raw["refusal_particles"]
        self.negative_subjects = frozenset(raw["negative_subjects"])
        self.cessation = frozenset(raw["cessation_verbs"])  # "stop arming X": no support
        self.ongoing_enders = frozenset(raw["ongoing_enders"]["verbs"])  # "stopped shelling X": it went on until then
        self.support_ending = frozenset(raw["support_ending"]["verbs"])  # "stopped funding X": against X
        self.denial_verbs = frozenset(raw["denial_verbs"])  # "denied that it had armed X": no support
        self.denial_nouns = frozenset(raw["denial_nouns"])  # "rejected claims that it abandoned X"
        self.proofs = frozenset(raw["proof_nouns"]["nouns"])  # "found no evidence that X armed Y"
        self.lacking = frozenset(raw["proof_nouns"]["lacking"])  # "a lack of evidence that ..."
        self.alleging = frozenset(raw["proof_nouns"]["alleging"])  # "its alleged support of Y, a claim X denied"
        self.allegations = frozenset(raw["allegation_verbs"])  # "accused X of arming Y": contested
        self.disapproval = frozenset(raw["disapproval_verbs"])  # "blocked aid for X": not the blocker's aid
        self.unable = frozenset(raw["negative_predicates"]["unable"])  # "unwilling to send": a refusal
        self.hesitant = frozenset(raw["negative_predicates"]["hesitant"])  # "reluctant to join": not doing
        self.intentions = frozenset(raw["negative_predicates"]["intentions"])  # "has no plans to ..."
        self.volition = frozenset(raw["volition_nouns"])  # "did not take the opportunity to condemn X"
        self.aspirations = frozenset(raw["volition_hesitant"])  # "a bid to join X" is no joining yet
        self.conjectures = frozenset(raw["conjecture_nouns"]["nouns"])  # "the possibility of X joining Y"
        self.approaching = frozenset(raw["prospects"]["approaching"])  # "a step closer to joining X"
        self.ability = frozenset(raw["prospects"]["ability"])  # "will be able to join X"

    # -- negation and modality ---------------------------------------------------------------------
    def negated(self, t: Token, *, ending: bool = True) -> bool:
        """A negation on t or on the verbs it depends on ('would not send', 'not willing to send',
        'no easing', 'stop arming'); a negated refusal ('has not ruled out sending') is not one. With
        `ending` false, a verb that ends t while under way is no negation: 'to end the war between X and Y' says
        there is one, 'will stop bombing X' that there was; 'refrained from attacking X' still says there was not."""
        if t.dep_ in {"pcomp", "advcl"} and t.tag_ == "VBG" and (t.head.lower_ == "without" or any(
                c.dep_ in {"prep", "mark"} and c.lower_ == "without" for c in t.children)):
            return True  # "without formally endorsing it"
        if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "without":
            return True  # "without Hungary's participation", "acted without US backing"
        if t.dep_ in {"pcomp", "pobj"} and t.head.lower_ in {"of", "than"} and any(
                c.lower_ in INSTEAD for c in t.head.children):
            return True  # "instead of allowing X to ...", "rather than backing X": what was not done
        if t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "than" and t.head.i < c.i < t.i
                                    and t.doc[c.i - 1].lower_ in INSTEAD for c in t.head.children):
            return True  # "chose to abstain rather than vote against X", parsed with 'than' joining the verbs
        if self.hindered(t):
            return True
        node, means = t, False
        for step in range(3):
            if means and node.pos_ in {"VERB", "AUX"} and (self.lex.lemma(node) in self.cessation
                                                          or self.lex.lemma(node) in self.lex.refusal):
                return False  # "avoided the reforms by accepting X's help": the means was taken
            if step and node.pos_ in {"VERB", "AUX"} and self.lex.lemma(node) in self.lex.refusal:
                return False  # the negation, if any, belongs to the refusal: see refuser()
            if step and node.pos_ == "VERB" and self.lex.lemma(node) in PREVENTING:
                return False  # "unable to prevent the tariffs": a negated prevention lets them stand
            if step and node.pos_ in {"VERB", "AUX"} and self.lex.lemma(node) in self.cessation:
                if not ending and self.lex.lemma(node) in self.ongoing_enders:
                    return False
                return not (self.negated(node) or self.refused(node))  # "stop arming X"; "did not stop (refused to
                # stop) arming X": it goes on
            if step and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in node.children) \
                    and node.lower_ in {"has", "have", "had", "is", "are", "was", "were"}:
                return True  # "has yet to condemn X": not (yet) done
            if step and node.pos_ in {"ADJ", "NOUN"} and self.lex.lemma(node) in self.unable:
                return True  # "unable to give", "unwilling to send", "our inability to attend"
            for child in node.children:
                if child.dep_ in SUBJECTS and (child.lower_ in self.negative_subjects or any(
                        g.dep_ == "det" and g.lower_ in self.negative_subjects for g in child.children)):
                    return True  # "no one is going to fight X"
                if child.dep_ == "neg" or (child.dep_ in {"det", "advmod", "preconj"}
                                           and child.lower_ in self.negations):
                    return True
                if child.dep_ == "advmod" and child.lower_ in {"longer", "more"} \
                        and any(g.lower_ == "no" for g in child.children):
                    return True  # "no longer recognise X", "will no more support X"
            if node.dep_ == "prep" and node.lower_ in ADVERBIAL_PREPS:
                break  # "cut ties with X for supplying Y": the cutting is no stopping of the supplying
            means = node.dep_ == "prep" and node.lower_ == "by" and any(c.dep_ == "pcomp" for c in node.children)
            if node.dep_ == "prep" and node.lower_ in {"in", "of"} and node.head.tag_ == "CD" \
                    and node.head.dep_ in {"dobj", "nsubjpass"}:
                node = node.head.head  # "suspend $10 million in assistance": the amount is the verb's object
            elif node.dep_ in {"xcomp", "attr", "acomp", "pobj", "pcomp", "dobj", "prep"} and node.head != node:
                node = node.head
            elif node.dep_ == "conj" and node.pos_ == "NOUN" and node.head.pos_ == "NOUN":
                node = node.head  # "halted its aid and cooperation with X": both nouns are the object halted
            elif node.dep_ == "acl" and (self.lex.lemma(node.head) in self.intentions
                                         or self.lex.lemma(node.head) in self.unable):
                node = node.head  # "has no plans to contribute", "its inability to attend"
            elif node.dep_ == "acl" and node.head.dep_ == "dobj" and self.lex.lemma(node.head) in self.volition:
                node = node.head  # "did not make a move to condemn X": the move was not made
            elif node.dep_ == "relcl" and node.head.dep_ == "attr" and self.lex.lemma(node.head.head) == "be" \
                    and not any(c.lower_ == "only" for c in node.head.children):
                node = node.head  # "this is not a regime that honours its word"; not "not the only one that ..."
            else:
                break
        return False

    def hindered(self, t: Token) -> bool:
        """'blocked X from joining Y', 'deterred X from attacking': X does not do it, nor refuses to (the verb's
        own stance is on X)."""
        verb = hindering_verb(t)
        return verb is not None and not self.negated(verb)

    def ended(self, t: Token) -> Token | None:
        """The verb that ends what t does, when nothing else denies it: 'stopped funding X', 'will cease arming
        X', 'decided to halt its support'; none for 'did not stop funding X' or 'stopped short of'."""
        if self.own_negation(t) or t.dep_ not in {"xcomp", "pcomp", "dobj"}:
            return None
        node = t.head
        if node.dep_ == "prep":
            if node.lower_ != "from":
                return None  # "stopped short of condemning X"
            node = node.head
        if node.pos_ != "VERB" or self.lex.lemma(node) not in self.support_ending or self.negated(node) \
                or self.refused(node):
            return None
        return node

    def refused(self, t: Token) -> bool:
        return self.refuser(t) is not None

    def refuser(self, t: Token) -> Token | None:
        """The refusing word above t: 'refused to send', 'ruled out accepting', 'not willing to commit'."""
        node = t
        for _ in range(4):
            if node.dep_ == "acl" and self.lex.lemma(node.head) in OWN_PLANS and node.head.dep_ == "dobj" \
                    and any(c.dep_ == "poss" for c in node.head.children):
                return None  # "rejects Macron's plan to recognise X": Macron's intent, not refused by Macron
            if node.dep_ == "acl" and self.lex.lemma(node.head) in INVITATIONS and node.head.dep_ == "dobj":
                pass  # "declined an invitation to join X": the refusal of the invitation is one to join
            elif node.dep_ not in {"xcomp", "pcomp", "pobj", "prep", "dobj", "ccomp", "advcl"} or node.head == node:
                return None
            elif node.dep_ == "advcl" and any(c.dep_ in {"mark", "nsubj", "nsubjpass"} or (
                    c.dep_ == "advmod" and c.tag_ == "WRB") for c in node.children):
                return None  # "refused to give way when Y sought to be allowed to speak": a clause of its own
            elif node.dep_ == "advcl" and node.tag_ == "VBG" and node.left_edge.i > 0 \
                    and node.doc[node.left_edge.i - 1].text == ",":
                return None  # "opposed X, instead favoring Y": a participle set off by a comma adds an act
            if hindering_verb(node) is not None:
                return None  # "blocked X from joining Y": X's act, hindered; refused by no one
            came_by, node = node.dep_, node.head
            if node.dep_ == "prep" and node.lower_ == "against":
                return node  # "warned against easing sanctions", "campaigned against sending troops"
            if came_by in {"dobj", "pobj", "pcomp"} and node.pos_ == "VERB" \
                    and self.lex.lemma(node) in self.disapproval:
                return node  # "condemned the easing of sanctions on X", "blocked aid for X"
            if node.pos_ in {"VERB", "AUX"} and self.lex.lemma(node) in self.lex.refusal:
                base = self.lex.lemma(node)
                particle = self.refusal_particles.get(base)
                if particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in node.children):
                    return None if self.own_negation(node) else node
            if node.pos_ in {"VERB", "AUX"} and self.lex.lemma(node) in self.cessation:
                return None  # "did not stop shelling X", "refused to stop arming X": it goes on, nothing refused
            if node.pos_ in {"VERB", "AUX", "ADJ"} and self.negated(node):
                return node
        return None

    def own_negation(self, t: Token) -> bool:
        return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in self.negations) for c in t.children)

    def double_negative(self, t: Token) -> bool:
        """'has not ruled out sending troops': neither a pledge nor a refusal."""
        return any(node.pos_ in {"VERB", "AUX"} and self.lex.lemma(node) in self.lex.refusal and self.own_negation(node)
                   for node in ancestors(t, 4))

    def disowned(self, t: Token, *, alleged: bool = True) -> bool:
        """Content that is denied or reported as a claim: 'denied that it had armed X',
        'rejected claims that it had abandoned X'. Without `alleged`, an allegation leaves it owned: 'blamed X
        for fuelling the war between A and B' alleges the fuelling, not the war."""
        if t.pos_ == "NOUN" and self._denied_allegation(t):
            return True
        node, came_by = t, ""
        for _ in range(8):
            if node.head == node:
                return False
            came_by, before, node = node.dep_, node, node.head
            if came_by == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIMELINE_MARKS for c in before.children) \
                    and any(c.dep_ in SUBJECTS for c in before.children):
                return False  # "accused X of targeting Y after Y accused X of abuses": the writer's timeline
            if came_by == "ccomp" and before.i < node.i and any(c.dep_ == "mark" for c in node.children):
                return False  # "X slammed Y for a map, that X claims as its own": a misread relative clause
            if came_by in {"ccomp", "xcomp", "dobj", "pcomp", "prep"} and node.pos_ in {"VERB", "AUX"} \
                    and self.lex.lemma(node) in self.denial_verbs and not self._act_refused(came_by, before, node) \
                    and not self._step_refused(came_by, before, node):
                return True  # "denied that it had armed X", "denied providing aid to X"
            if came_by in {"acl", "ccomp", "relcl"} and node.lower_ in self.denial_nouns and before.i > node.i \
                    and node.pos_ != "VERB":
                return True  # not "X demanded Y, Reuters reports", the verb 'reports' parsed as a noun, nor
                # "AAP reports X condemned Y"
            if came_by in {"acl", "ccomp"} and before.i > node.i and self._unproven(node):
                return True  # "found no evidence that X armed Y"
            if came_by == "relcl":
                return False  # "accused X of failing Y against Z, which has drawn closer to W": the writer's words
            if came_by == "acl" and self.lex.lemma(node) in INVITATIONS:
                return False  # "rejected the offer to join X": a refusal, not a denial
            if alleged and came_by == "prep" and node.pos_ == "VERB" and self.lex.lemma(node) in self.allegations:
                return True  # "accused X of arming Y": an allegation, not a reported fact
        return False

    def _act_refused(self, came_by: str, noun: Token, verb: Token) -> bool:
        """'rejected efforts by X, backed by Y': an act turned down is no claim denied, so what is told of it
        stands; not 'rejected claims that ...'."""
        return came_by == "dobj" and self.lex.lemma(verb) in REFUSING_ACTS and noun.pos_ == "NOUN" \
            and noun.lower_ not in self.denial_nouns and self.lex.lemma(noun) not in self.denial_nouns

    def _step_refused(self, came_by: str, step: Token, verb: Token) -> bool:
        """'rejected joining X': a step turned down, which is a refusal (the refuser's to read), not a claim
        denied; not 'rejected having armed X'."""
        return came_by == "xcomp" and self.lex.lemma(verb) in self.lex.refusal and step.tag_ in {"VBG", "VB"} \
            and not any(c.dep_ == "aux" and c.lower_ == "having" for c in step.children)

    def _unproven(self, noun: Token) -> bool:
        """A proof said not to exist: 'no evidence', 'have not found conclusive evidence', 'a lack of proof'."""
        if noun.pos_ != "NOUN" or self.lex.lemma(noun) not in self.proofs:
            return False
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and self.lex.lemma(noun.head.head) in self.lacking:
            return True
        return noun.dep_ in {"dobj", "attr", "nsubj", "nsubjpass"} and self.negated(noun.head)

    def _denied_allegation(self, t: Token) -> bool:
        """'its alleged support of Y, a claim X has long denied', '... which X denies': an alleged act the same
        sentence says was denied."""
        if not any(c.dep_ == "amod" and c.lower_ in self.alleging for c in t.children):
            return False
        return any(w.dep_ == "relcl" and self.lex.lemma(w) in self.denial_verbs for w in t.sent if w.i > t.i)

    def hypothetical(self, t: Token) -> bool:
        """Inside a condition: 'if China were to attack Taiwan' says no attack happened; or what is only
        supposed: 'raised the possibility of X becoming a partner of Y'."""
        if self._conjectured(t):
            return True
        node = t
        for _ in range(4):
            marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
            if "whether" in marks or (node.dep_ == "advcl" and marks & {"if", "unless"}):
                return True  # "will vote on whether to grant X membership": not decided
            if _inverted_condition(node):
                return True  # "had he attended the summit", "were China to attack": a condition
            if node.head == node or node.dep_ not in {"xcomp", "ccomp", "advcl", "conj", "dobj", "pobj", "prep"}:
                return False
            node = node.head
        return False

    def _conjectured(self, t: Token) -> bool:
        """Under 'the possibility / prospect / risk of ...': what might be, not what is; under 'a step closer to'
        or 'the path to': approached, not reached; under 'able to': possible, not done."""
        below = t
        for node in ancestors(t, 5):
            if below.dep_ == "prep" and below.lower_ == "of" and node.pos_ == "NOUN" \
                    and self.lex.lemma(node) in self.conjectures:
                return True
            if below.dep_ == "prep" and below.lower_ in {"to", "toward", "towards"} \
                    and node.lower_ in self.approaching:
                return True
            if below.dep_ == "xcomp" and node.pos_ == "ADJ" and node.lower_ in self.ability:
                return True
            below = node
        return False

    def pending(self, t: Token) -> bool:
        """Under 'has yet to' or 'is yet to': 'has yet to confirm its participation', 'was yet to take a decision
        about attending': not done so far, and not refused either."""
        return any(n.lower_ in {"has", "have", "had", "is", "are", "was", "were"}
                   and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in n.children) for n in ancestors(t, 6))

    def stopped(self, t: Token) -> bool:
        """Under a verb of stopping or not doing: 'stop arming', 'failed to send', 'refrained from'."""
        return any((n.pos_ in {"VERB", "AUX"} and self.lex.lemma(n) in self.cessation)
                   or (n.pos_ == "ADJ" and self.lex.lemma(n) in self.hesitant)
                   or (n.pos_ == "NOUN" and self.lex.lemma(n) in self.aspirations)  # "its bid to join X"
                   for n in ancestors(t, 3))

    def modality(self, t: Token, relation: str) -> tuple[str, str]:
        condition = self.condition(t)
        if relation == "declines":
            return "refused", condition
        if condition:
            return "conditional", condition
        node = t
        for _ in range(4):
            if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in self.pledge for c in node.children):
                return "pledged", ""
            if node is not t and self.lex.lemma(node) in self.pledge:
                return "pledged", ""
            if node.head == node or node.dep_ not in {"xcomp", "conj", "pcomp", "prep", "acomp", "dobj", "pobj"}:
                break
            node = node.head
        return "stated", ""

    def condition(self, t: Token) -> str:
        node = t
        for _ in range(5):
            for child in node.children:
                if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.condition_marks
                                                 for m in child.children):
                    return phrase(child)
                if child.dep_ == "prep" and child.lower_ == "in":
                    words = [w.lower_ for w in child.subtree][:3]
                    if words[:3] == ["in", "the", "event"]:
                        return phrase(child)
            if node.head == node:
                break
            node = node.head
        return ""


def ancestors(token: Token, limit: int) -> Iterator[Token]:
    """Up to `limit` heads above a token, nearest first."""
    node = token
    for _ in range(limit):
        if node.head == node:
            return
        node = node.head
        yield node


def phrase(token: Token) -> str:
    return token.doc[token.left_edge.i: token.right_edge.i + 1].text


INVERTING = frozenset({"had", "were", "should"})


def _inverted_condition(verb: Token) -> bool:
    """'had he attended', 'were X to attack', 'should Y join': a condition told by putting 'had', 'were' or
    'should' before the subject."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    return (verb.lower_ in INVERTING and verb.i < subject.i) or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in INVERTING and c.i < subject.i for c in verb.children)
