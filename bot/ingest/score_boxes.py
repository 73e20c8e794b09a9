"""Score boxes: the short score or grade boxes of a review page's article.

Text extraction leaves a box like "Our grade: A-" out as too short; these functions find the
boxes inside the article (never in a poll, the comments or a sidebar) so that the page's text
can carry them. Pure.
"""

from __future__ import annotations

import json
import logging
import re
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from bot.ingest.detect.score import CUT_OFF, EPISODE_LABEL, LETTER_GRADE, SCORE

log = logging.getLogger(__name__)

__all__ = ["roots_of", "verdict_boxes"]

# (a German site's chrome labels its box "Wertung" or "Bewertung", as it does in an English
# review it runs: "Wertung: 8/10"; a Spanish or Portuguese fan's English review, its box in their
# own language: "Puntuación:", "Calificación", "Pontuação" / class "pontuacao", Italian "Voto:",
# Turkish "Puanımız:" / class "puan")
_BOX_WORDS = ("grade", "score", "rating", "verdict", "wertung", "puntuaci", "calificaci", "pontua",
              "voto", "puan")  # fmt: skip
_NOT_THE_REVIEWERS = ("poll", "comment", "reader", "community", "user", "sidebar", "widget", "vote",
                      "related")  # fmt: skip
# an element named for another writer's view beside the review ("second-opinion",
# "second_take", "otherTake"): its score is that writer's, as a poll's is its readers'
_ANOTHER_VIEW = re.compile(r"(?:second|other|another)[-_]?(?:opinion|take)")
_MAX_BOX = 60


def _marks(element: Any) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


_ARTICLE_MARKS = ("article", "entry-content", "post-content", "post-body", "entry-body",
                  "review-page", "review-body", "review-content")  # fmt: skip


def _article_roots(tree: Any, extracted: str = "") -> list[Any]:
    """The page's <article> elements, but for other posts' cards in its chrome (a "read more"
    aside's <article class="post-card">, each with that post's grade); a page without one: its
    <main> (on a page whose only <article>s are such cards, too: a diary site's review page
    lists other users' reviews of the show as cards in its sidebar, its own review in its
    <main>; or as small cards linking away in a section of the <main> itself, none holding
    much of the text: a news site's "More from …" under a review set in no <article>), else
    those cards, else the outermost elements named like an article's body
    ("entry-content"), when together they hold a good share of the `extracted` text: elements
    only named so, a kicker naming the article's type ("article-type"), the forum's posts under
    it ("post-body"), are not the article (none: the caller finds it around the extracted
    text). Beside an <article> holding a good share of the text, a small one linking away is
    another post's card wherever it is set (_cards_beside)."""
    # (a comment set as an <article> of its own, under the post, is none: a reader's words)
    articles = [a for a in tree.iter("article") if "comment" not in _marks(a)]
    if len(articles) > 1:
        # nor one inside a comments section ("<section id="comments"><article class="c">"):
        # each a reader's comment, its header the commenter's, not the page's article
        articles = [a for a in articles if not _in_comments(a)]
    roots = [a for a in articles if not _in_page_chrome(a, tags=_CARD_CHROME_TAGS)]
    if roots and _only_link_cards(roots, extracted):
        # (every <article> a small card linking away, in the <main> beside the review: a
        # "More from the site" section of other reviews, each with its grade; the review is
        # the <main> around the extracted text)
        mains = list(tree.iter("main"))
        if mains and _hold_share(mains, extracted):
            return mains
    if roots:
        cards = _cards_beside(roots, extracted)
        if cards:
            return [a for a in roots if a not in cards]
        if len(roots) == 1 and (box := _box_after(roots[0], past=True)) is not None:
            roots.append(box)
        return roots
    roots = list(tree.iter("main")) or articles
    if roots:
        return roots
    for element in tree.iter():
        if (
            isinstance(element.tag, str)
            and any(mark in _marks(element) for mark in _ARTICLE_MARKS)
            and not any(ancestor in roots for ancestor in element.iterancestors())
        ):
            roots.append(element)
    if roots and extracted and not _hold_share(roots, extracted):
        return []
    if len(roots) == 1 and (box := _box_after(roots[0])) is not None:
        roots.append(box)
    if len(roots) == 1 and (box := _box_before(roots[0])) is not None:
        roots.append(box)
    return roots


def _only_link_cards(articles: list[Any], extracted: str) -> bool:
    """Are all `articles` other posts' cards: none holding a good share of the `extracted`
    text, each with a link (its post's headline: "<article><a href="/reviews/…">Show Episode
    9 Review</a> <span>A-</span></article>")? A page's own article holds its text."""
    return bool(extracted) and all(
        next(a.iter("a"), None) is not None and not _a_share(len(_flat_text(a)), extracted)
        for a in articles
    )


def _in_comments(element: Any) -> bool:
    """Is `element` inside an element named for the comments ("comments", "comment-list")?"""
    return any(
        "comment" in _marks(ancestor)
        for ancestor in element.iterancestors()
        if ancestor.tag not in _PAGE_TAGS
    )


def _cards_beside(articles: list[Any], extracted: str) -> list[Any]:
    """Of the page's `articles`, the other posts' cards beside its own: when one holds a good
    share of the `extracted` text, each outside it that holds little of the text and a link
    (its post's headline or byline: "<article><a href="/review/…">Review by someone</a> ★★★★
    <p>a line</p></article>" in a diary site's "Popular reviews of this episode" section under
    the review, not in any aside), its stars that post's. An <article> inside the page's own,
    or one with no link (a verdict set apart), stays."""
    if len(articles) < 2 or not extracted:
        return []
    own = [a for a in articles if _a_share(len(_flat_text(a)), extracted)]
    if not own:
        return []
    return [
        a
        for a in articles
        if a not in own
        and next(a.iter("a"), None) is not None
        and not any(ancestor in own for ancestor in a.iterancestors())
    ]


def _card_regions(tree: Any, roots: list[Any]) -> list[Any]:
    """The chrome (an aside, the navigation, a footer) that holds other posts' cards, each an
    <article> of its own ("Popular reviews of this season", "Read more"), but for one around
    a root: inside a <main> beside the review, a sidebar so is the site's, all its ratings
    (the cards', the user's diary's list beside them) other reviews'."""
    regions: list[Any] = []
    for card in tree.iter("article"):
        region = next((a for a in card.iterancestors() if a.tag in _CARD_CHROME_TAGS), None)
        if region is not None and region not in regions:
            regions.append(region)
    held = {a for root in roots for a in (root, *root.iterancestors())}
    return [region for region in regions if region not in held]


def _box_after(body: Any, past: bool = False) -> Any | None:
    """The score box set right after the one element named like an article's body, its next
    sibling (a database site's user review: the review's text in its "review-body", then
    "Score 90/100" in its "score-box", both in the review's card), or None. An element so
    named holds the text alone, the review's furniture beside it. An <article> holds its own
    box, but a theme may set its verdict box beside it, after it in the same parent (a
    review site's "verdict-box" <aside> in the <main>, past the share bar or even the
    comments section between them): with `past`, the first sibling after `body` named like
    a box, wherever it is (a poll's, the comments' or a sidebar's is still none, as
    _not_the_reviewers tells)."""
    sibling = body.getnext()
    while sibling is not None:
        if isinstance(sibling.tag, str):  # (not a comment, in markup)
            if _is_box(sibling, _marks(sibling)):
                return sibling
            if not past:
                return None
        sibling = sibling.getnext()
    return None


def _box_before(body: Any) -> Any | None:
    """The score box set right before the one element named like an article's body, its
    previous sibling, when the page's headline is right before that (a blog's "rating-badge"
    between the <h1> and the "entry-content", its score an image's alt text), or None. The
    theme sets the review's own badge under its headline; a box anywhere else before the
    body (a header's, a sidebar's) is not read so."""
    before = body.itersiblings(etree.Element, preceding=True)  # (nearest first; no comments)
    box, headline = next(before, None), next(before, None)
    if box is None or not _is_box(box, _marks(box)):
        return None
    return box if headline is not None and headline.tag == "h1" else None


def verdict_boxes(data: bytes, extracted: str = "") -> list[str]:
    """The short score or grade boxes inside the page's article ("Our grade A-"), which
    text extraction leaves out as too short; never one inside a poll, comments or a sidebar.
    `extracted`: the article's text as extraction kept it, which finds the article on a page
    that names no element like one."""
    lowered = data.lower()
    rated = b"rated " in lowered and _RATED_IT_BYTES.search(lowered) is not None
    starred = any(glyph in data for glyph in _STAR_BYTES) and b"star" in lowered
    totalled = b"total" in lowered and _REVIEW_TOTAL_BYTES.search(lowered) is not None
    if (
        not (rated or starred or totalled)
        and not any(word.encode() in lowered for word in _BOX_WORDS)
        and not _pictured_rating(lowered)
        and not any(cue in lowered for cue in _SUMMING_UP_CUES)
    ):
        return []
    try:
        tree = lxml_html.fromstring(data)
    except (ValueError, etree.ParserError):
        return []
    if starred and b"<img" in lowered:
        _drawn_glyphs_as_text(tree)
    found: list[str] = []
    excerpts: set[str] = set()  # the boxes that close a review's excerpt (_closes_an_excerpt)
    scale = _stated_scale(data)
    roots = _article_roots(tree, extracted)
    # (the sidebar listing other posts' cards is chrome wherever it is: its stars are theirs)
    taken: set[Any] = {e for region in _card_regions(tree, roots) for e in region.iter()}
    if roots and all(root.tag == "main" for root in roots):
        # (a <main> read for its review around other posts' cards: their grades are theirs)
        cards = [a for root in roots for a in root.iter("article")]
        if cards and _only_link_cards(cards, extracted):
            taken.update(e for card in cards for e in card.iter())
    # the element around the extracted text is the article, whatever section holds it (a
    # database site's "user-reviews" section, when one user's review is the page)
    top = not roots
    sidebars = b"sidebar" in lowered
    for article in roots or _root_of_text(tree, extracted, rated):
        # (an element named for a sidebar around the page's own article is its layout)
        framed = sidebars and _holds_article(article, extracted)
        for element in article.iter():
            if not isinstance(element.tag, str) or element in taken:
                continue
            if article.tag == "body" and _in_page_chrome(element, article):
                continue
            marks = _marks(element)
            if element.tag == "img":
                text = _image_rating(element, marks)
                if (
                    text
                    and text not in found
                    and not _not_the_reviewers(element, text, top and article, article, framed)
                ):
                    found.append(text)
                continue
            if element.tag == "figcaption" and (text := _caption_score(element)):
                if text not in found and not _not_the_reviewers(
                    element, text, top and article, article, framed
                ):
                    found.append(text)
                    taken.update(element.iter())
                continue
            if element.tag == "dd" and (text := _defined_score(element)):
                if text not in found and not _not_the_reviewers(
                    element, text, top and article, article, framed
                ):
                    found.append(text)
                continue
            if starred and _star_controls(element):
                continue
            labelled_line = False
            stars = _star_box(element, marks) if starred else ""
            if stars and _breakdown_row(element):
                continue  # one aspect's stars ("Story ★★★★☆"), not the review's
            if stars:
                theirs = _not_the_reviewers(
                    element, stars, top and article, article, framed
                ) or _by_a_review_link(element, article)
                if not theirs and stars not in found:
                    found.append(stars)
                    taken.update(element.iter())
                continue
            if (
                element.tag in _SCORE_TABLES
                and any(word in marks for word in _BOX_WORDS)  # (named a box: a cheap test)
                and _scores_row_by_row(element)
            ):
                continue  # each row's score its own entry's (an episode's), not the review's
            flipped = ""
            if not (_is_box(element, marks) or (rated and _rated_it(element))):
                flipped = (
                    _value_first_score(element)
                    or _value_under_label(element, marks)
                    or _overall_row(element)
                    or _summary_box(element, marks)
                    or _byline_rating(element)
                )
                labelled_line = bool(_labelled_score(element) or _stacked_score(element) or flipped)
                if not labelled_line:
                    continue
            # (a labelled line all in one emphasis has no head apart: its whole text)
            text = _box_text(element)
            if not labelled_line and _pictures_its_score(element, text):
                continue  # its score is its image's, read when the loop reaches it
            if labelled_line:
                text = _box_head(element) or flipped or text
            elif own := _beside_the_readers(element):
                text = own  # (not "Episode score: 6/10 User rating 4.1 /5 (213 votes)")
            if rated and (said := _RATED_IT.search(text)) is not None:
                if text in extracted:
                    continue  # a sentence of the review's ("My friend rated it 3/10."), kept
                # "Dana rated it ★★★★☆" -> "Rated: ★★★★☆": the rating, labelled (the rater
                # is the byline's, not the review's words)
                text = f"Rated: {text[said.end() :].strip()}"
            if _not_the_reviewers(element, text, top and article, article, framed):
                continue
            if (
                text
                and _REVIEW_TOTAL.search(marks) is not None
                and not any(word in text.lower() for word in _BOX_WORDS)
            ):
                # a review's total, only its value ("4/5", "7.5/10 Good"): its name is its
                # label, not the box around it, which holds the visitors' average beside it
                text = _bare_score(text, scale) if _BARE_SCORE.fullmatch(text) else f"Score: {text}"
            if (
                text
                and not any(word in text.lower() for word in _BOX_WORDS)
                and not (labelled_line and "final" in text.lower())  # (its own label: _FINAL_MARK)
            ):
                # only the value ("B-"): its label is in the box around it ("Overall grade"),
                # unless that box holds more than a label (a verdict's prose, pros and cons)
                parent = element.getparent()
                if parent is not None and parent not in roots_of(article):
                    if _linked_label(parent, element):
                        continue  # another post's card: its headline, a link, by its score
                    if _graded_entry(parent, element, marks):
                        continue  # a report card's line: another show's, episode's or aspect's
                    labelled = _box_text(parent)
                    if labelled and (len(labelled) <= _MAX_BOX or _score_card(labelled)):
                        text = labelled
            if text and ("score" in marks or "rating" in marks):
                text = _bare_score(text, scale)
            if text and not any(word in text.lower() for word in _BOX_WORDS):
                # a bare grade whose box's name alone says what it is ("grade-box": "A-")
                text = _named_grade(element, marks) or text
            if text and len(text) > _MAX_BOX and not _score_card(text):
                text = _box_head(element)  # "Our score: 4 out of 5", without its summary
            if text and (len(text) <= _MAX_BOX or _score_card(text)) and text not in found:
                found.append(text)
                taken.update(element.iter())
                if _closes_an_excerpt(element, article):
                    excerpts.add(text)
    if len(excerpts) < len(found) > 1:
        # a list of other users' reviews under the one shown whole (a database site's "More
        # reviews"), each cut off, then its rating: theirs, where the whole review's is its own
        found = [text for text in found if text not in excerpts]
    if b"reviewrating" in lowered and all(_label_only(text) for text in found):
        # (a box holding only its label, "Our rating" over stars drawn by CSS: no score)
        rating = _structured_rating(tree) or _microdata_rating(tree)
        if rating and not _states_rating(extracted, rating[len("Rating: ") :]):
            # (stated only there: a rating the text gives itself, "4.5 out of 5", is its own)
            found.append(rating)
    if not found and b"description" in lowered:
        found += _described_verdict(tree, extracted)
    return found


# the page's meta description closing on the review's labelled score, a sentence of its own:
# "… and the fights finally land. Verdict: 8/10." (a site whose article shows it nowhere else)
_DESCRIBED_VERDICT = re.compile(
    r"(?:\A|[.!?][ \t]+)(?P<score>(?:(?:our|my|final|overall)[ \t]+)?(?:verdict|score|rating)"
    r"[ \t]*:[ \t]*\d{1,3}(?:[.,]\d{1,2})?[ \t]*/[ \t]*\d{1,3})[ \t]*(?:[.!]|\Z)",
    re.IGNORECASE,
)


def _described_verdict(tree: Any, extracted: str) -> list[str]:
    """The one labelled score the page's meta description states ("Verdict: 8/10"), unless
    the article's text gives it itself; else []."""
    said: set[str] = set()
    for meta in tree.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").lower()
        if name in ("description", "og:description"):
            said.update(m["score"] for m in _DESCRIBED_VERDICT.finditer(meta.get("content") or ""))
    if len(said) != 1:
        return []
    verdict = said.pop()
    value = verdict[verdict.find(":") + 1 :].replace(" ", "")
    return [] if _states_rating(extracted, value) else [verdict]


_STAR_BYTES = tuple(glyph.encode() for glyph in "★⭐🌟")
# a row of star glyphs and nothing else: "★★★☆☆", "★★★½"
_STAR_ROW = re.compile(r"(?:[★⭐🌟]\ufe0f?\s?){1,10}(?:½\s?)?(?:[☆✩]\s?){0,10}")


def _drawn_glyphs_as_text(tree: Any) -> None:
    """Set each <img> of `tree` whose alt text is a star glyph or a few ("★", "½", "☆") in its
    place as that text (in its tail), as a star row drawn one picture to a star ("<span
    class="stars"><img src="star-full.png" alt="★">…<img src="star-half.png" alt="½"></span>",
    a theme's rating; an emoji script's "<img class="emoji" alt="⭐">") reads to a visitor and
    a screen reader: its stars, which the boxes' text then holds as if the page wrote them.
    Any other image (a screenshot, "3 stars" of a picture read by _image_rating) stays."""
    for image in tree.iter("img"):
        alt = "".join((image.get("alt") or "").split())
        if alt and set(alt) <= _STAR_ROW_GLYPHS:
            image.tail = alt + (image.tail or "")


def _star_box(element: Any, marks: str) -> str:
    """The stars of an element named for them ("stars", "star-rating") that holds a row of
    star glyphs and nothing else, labelled as the rating they are ("Rating: ★★★☆☆"), as a
    newspaper sets its stars under the standfirst; "" for any other element."""
    if "star" not in marks:
        return ""
    value = _box_text(element)
    return f"Rating: {value}" if value and _STAR_ROW.fullmatch(value) is not None else ""


def _star_controls(element: Any) -> bool:
    """Does `element` hold stars that are controls: buttons or labels each a star glyph
    ("<button>★</button>" five times), radio buttons? A widget's stars for the readers to
    rate with, never a rating stated, however the box around them is named."""
    for control in element.iterdescendants("button", "label", "input"):
        if control.tag == "input":
            if (control.get("type") or "").lower() == "radio":
                return True
        elif _all_stars(" ".join(control.text_content().split())):
            return True
    return False


_MAX_LINK_CARD = 160  # the text of a link's card: a line or two and its stars
# a link's words naming one review ("Read our Show episode 7 review", "Season 2 premiere
# review"), not a section of reviews ("TV Reviews", a kicker's category)
_A_REVIEW = re.compile(r"\breview\b", re.IGNORECASE)


def _by_a_review_link(stars: Any, root: Any) -> bool:
    """Is the star box `stars` set beside a link to another page's review ("Looking for our
    take? <a href="/show/episode-7-review">Read our Show episode 7 review</a> <span
    class="stars">★★★★★</span>", a recap's pointer to the site's review of the episode, or a
    list's card of another review), in the small box around both (below `root`, the
    article)? The stars are that review's, not this page's. A link to the page itself (its
    headline in an <h1>, a permalink to its canonical address) is no other review."""
    for around in islice(stars.iterancestors(), _MAX_CLIMB):
        if around is root or around.tag in _PAGE_TAGS or len(_flat_text(around)) > _MAX_LINK_CARD:
            return False
        for link in around.iter("a"):
            href = (link.get("href") or "#").strip()
            if (
                href.startswith("#")
                or _A_REVIEW.search(link.text_content()) is None
                or any(a.tag == "h1" for a in link.iterancestors())
            ):
                continue
            return _path(href) not in _own_paths(stars)
    return False


def _own_paths(element: Any) -> set[str]:
    """The paths of the page's own address as its markup declares it (its canonical link,
    its og:url), for the page `element` is in."""
    head = element.getroottree().getroot().find("head")
    if head is None:
        return set()
    addresses = [e.get("href") for e in head.iter("link") if (e.get("rel") or "") == "canonical"]
    addresses += [e.get("content") for e in head.iter("meta") if e.get("property") == "og:url"]
    return {_path(a) for a in addresses if a}


def _path(address: str) -> str:
    return urlsplit(address.strip()).path.rstrip("/")


# a breakdown's row: an aspect's name, then its stars ("Story ★★★★☆", "Sound & Music ★★★☆☆")
_STARRED_ROW = re.compile(r"[^\W\d_][^\d★⭐🌟☆✩]{0,30}?\s?" + _STAR_ROW.pattern)
# the words of a row's label that make it the review's own stars, not an aspect's
_OVERALL_LABELS = (*_BOX_WORDS, "overall", "total", "final")
_MIN_BREAKDOWN_ROWS = 2


def _breakdown_row(stars: Any) -> bool:
    """Is the star box `stars` one row of a breakdown of aspects' stars ("<li><span>Story
    </span><div class="review-star">★★★★☆</div></li>" beside "Animation" and "Characters"),
    as a review plugin lists them over its overall score: its row labelled by an aspect's
    name, not the review's ("Overall", "Our rating"), among at least _MIN_BREAKDOWN_ROWS
    rows alike (an "Overall" row among them stays the review's)? An aspect's stars are not
    the review's, which the box states apart (its total, or the page's structured data)."""
    row = stars.getparent()
    rows = row.getparent() if row is not None else None
    if rows is None:
        return False
    label = _flat_text(row)
    if _STARRED_ROW.fullmatch(label) is None or any(w in label.lower() for w in _OVERALL_LABELS):
        return False
    alike = sum(
        1
        for sibling in rows.iterchildren(row.tag)
        if _STARRED_ROW.fullmatch(_flat_text(sibling)) is not None
    )
    return alike >= _MIN_BREAKDOWN_ROWS


_LIST_ROWS = frozenset(("li", "tr"))  # a list's entries, a table's rows (not two boxes alike)


_SCORE_TABLES = frozenset(("table", "tbody", "ul", "ol"))
# a row naming the review's own score among the entries' ("Overall 8/10", "Final: B+"), as
# words ("12 – Finale" is an episode's name)
_REVIEWS_ROW = re.compile(r"\b(?:overall|total|final)\b", re.IGNORECASE)


def _scores_row_by_row(element: Any) -> bool:
    """Is `element`, a table or a list named like a score box ("ep-scores", "aspect-scores"),
    one score per row over at least _MIN_BREAKDOWN_ROWS rows, none labelled the review's
    ("Overall", "Final")? A season review's table of its episodes' scores from the weekly
    coverage ("24 – Home | 10/10"): each row's score is one episode's, not the review's (its
    grade is in its own box); the table's text, kept by extraction, says whose each is."""
    rows = [row for row in element.iter("tr", "li") if row is not element]
    scored = 0
    for row in rows:
        text = _flat_text(row)
        if _REVIEWS_ROW.search(text) is not None:
            return False  # (an "Overall" or "Final" row: the review's own, in the table)
        if SCORE.search(text) is not None:
            scored += 1
    return scored >= _MIN_BREAKDOWN_ROWS


def _graded_entry(row: Any, value: Any, marks: str) -> bool:
    """Is the box `value` (named `marks`), only a value, one entry of a list graded entry by
    entry ("<li>Other Show — <span class="summary-grade">B</span></li>" beside other shows'
    items, as a blog's "report card so far" block lists the season; a season review's grade
    per episode; an aspect's), its `row` labelled by the entry's name, not the review's
    ("Overall"), among at least _MIN_BREAKDOWN_ROWS items alike, each holding such a box? Its
    class names it a grade, but an entry's grade is not the review's, as an aspect's stars in
    a breakdown are not (_breakdown_row); the list's text, kept, says whose each is."""
    rows = row.getparent()
    if (
        row.tag not in _LIST_ROWS
        or rows is None
        or any(w in _entry_label(row, value).lower() for w in _OVERALL_LABELS)
    ):
        return False
    alike = sum(
        1
        for sibling in rows.iterchildren(row.tag)
        if any(_marks(e) == marks for e in sibling.iter(value.tag))
    )
    return alike >= _MIN_BREAKDOWN_ROWS


def _entry_label(row: Any, value: Any) -> str:
    """The label of a list's entry `row` beside its box `value`: the words before the box
    ("Overall grade:", "Other Show —"), else, the box opening the entry, its next words ("Other
    Show", a critic's outlet after its score); not the whole entry, whose excerpt of a review
    may say "score" ("Original score: 9/10", "the score does heavy lifting") of its own."""
    parts = _text_parts(row)
    own = _text_parts(value)
    at = next((i for i in range(len(parts)) if parts[i : i + len(own)] == own), None)
    if at is None:
        return " ".join(parts)
    return " ".join(parts[:at] or parts[at + len(own) : at + len(own) + 1])


# an image's whole alt text when it is a number of stars, perhaps out of a scale, which a
# picture of anything else never says alone: "3.5 out of 5 stars", "4/5 stars", "4 stars"
# (a bare "4.5 out of 5" may be anything's count: only an image named for a score says it)
_STAR_ALT = re.compile(
    r"\d{1,2}(?:[.,]\d{1,2})?[ \t]*(?:(?:/|out[ \t]+of|of)[ \t]*(?:5|10)[ \t]+)?stars?"
    r"(?:[ \t]+out[ \t]+of[ \t]+(?:5|10))?",
    re.IGNORECASE,
)
# what a page holding such an image has in its markup (lower-cased): its alt opening on a number
_STAR_ALT_BYTES = re.compile(
    rb"alt[ \t]*=[ \t]*[\"']?\d{1,2}(?:[.,]\d{1,2})?[ \t]*(?:/|of|out|star)"
)


def _pictured_rating(lowered: bytes) -> bool:
    """Does the page (`lowered`) hold an image whose alt text opens on a rating's number and
    its scale or stars ("3.5 out of 5 stars"), a rating drawn as a picture?"""
    return b" star" in lowered and _STAR_ALT_BYTES.search(lowered) is not None


# a caption's last sentence when it is a labelled score: "… on the pier at dusk. This week's
# grade: B-", "Final score: 8/10" (the label a word or a few, its word a box's)
_CAPTION_SCORE = re.compile(
    r"(?:\A|(?<=[.!?])[ \t]+|[ \t]+[—–|·][ \t]+)(?P<label>[^.!?:]{0,40}?\b"
    r"(?P<word>grade|score|rating|verdict)):[ \t]*(?P<value>\S[^\n]{0,15}?)[ \t]*[.!]?\Z",
    re.IGNORECASE,
)


def _caption_score(caption: Any) -> str:
    """The score a figure's caption closes on, labelled with its box word ("Grade: B+" from
    "Hina on the pier. This week's grade: B+"), as a blog states its grade under its lead image;
    "" for any other caption, or a label that speaks for the readers ("Reader grade: A-")."""
    text = " ".join(" ".join(caption.itertext()).split())
    if not text or ":" not in text or len(text) > _MAX_CARD:
        return ""
    said = _CAPTION_SCORE.search(text)
    if said is None or _ASKS_READERS.search(said["label"]) is not None:
        return ""
    value = said["value"]
    if not (value[0].isdigit() or value[0] in _STARS or LETTER_GRADE.fullmatch(value)):
        return ""
    return f"{said['word'].capitalize()}: {value}"


def _image_rating(image: Any, marks: str) -> str:
    """The rating an <img> draws, as its alt text states it: a labelled one ("Rating: 4.5
    out of 5 stars"), or a score alone in an image named like a score box ("rating-img":
    "4.5 out of 5 stars", labelled by the word its name says, "Rating: …"), as a blog draws
    its rating as a picture; "" for any other image (a screenshot's description)."""
    alt = " ".join((image.get("alt") or "").split())
    if not alt or len(alt) > _MAX_BOX or not _holds_a_score(alt):
        return ""
    if _stated_rating(alt):
        return alt
    if _STAR_ALT.fullmatch(alt) is not None:
        return f"Rating: {alt}"
    word = next((w for w in _BOX_WORDS if w in marks), None)
    if word is None or not (alt[0].isdigit() or alt[0] in _STARS):
        return ""
    return f"{word.capitalize()}: {alt}"


def _pictures_its_score(box: Any, text: str) -> bool:
    """Does the box hold no score in its text (a verdict's word alone, "GREAT") but an image
    whose alt text states one ("Our score: 8 out of 10"), as a site draws its score as a
    badge beside the word? The image is the box's score, not the word."""
    if not text.strip() or _holds_a_score(text):
        return False  # (a box of images alone is read as before)
    return any(_image_rating(image, _marks(image)) for image in box.iter("img"))


def _named_grade(element: Any, marks: str) -> str:
    """The box `element`'s own letter grade labelled with the word its name says it holds
    ("Grade: A-" for a "grade-box" holding "A-"), as a page's header styles a grade apart
    from any label; "" when its name says none or it holds more than a grade."""
    value = _box_text(element)
    word = next((w for w in _BOX_WORDS if w in marks), None)
    if word is None or LETTER_GRADE.fullmatch(value) is None:
        return ""
    return f"{word.capitalize()}: {value}"


_RATING_SCALES = frozenset({5.0, 10.0, 20.0, 100.0})


def _structured_rating(tree: Any) -> str:
    """The review's own rating as the page's structured data states it (a JSON-LD "Review"
    with its "reviewRating": {"ratingValue": "2.5", "bestRating": "5"}) as "Rating: 2.5/5";
    a database site states a reader's review's stars so where its page draws them as
    pictures. "" unless exactly one review states one (never an "aggregateRating": the
    community's average)."""
    ratings: set[str] = set()
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
            continue
        for item in _json_objects(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            rating = item.get("reviewRating")
            if "Review" in kinds and isinstance(rating, dict):
                stated = _rating_text(rating)
                if not stated:
                    return ""  # a rating this cannot read: none rather than another's
                ratings.add(stated)
    return f"Rating: {ratings.pop()}" if len(ratings) == 1 else ""


_MAX_JSON_OBJECTS = 200

# a score box's label and nothing else ("Our rating", "Final score"): its value is drawn
_LABEL_WORDS = frozenset({"our", "my", "the", "final", "overall", "rating", "score", "grade",
                          "verdict", "review"})  # fmt: skip


def _label_only(text: str) -> bool:
    """Is `text`, a box's, a score's label alone ("Our rating"), its value drawn (stars as
    pictures) or nowhere?"""
    words = text.lower().rstrip(":").split()
    return 0 < len(words) <= 3 and all(word in _LABEL_WORDS for word in words)


def _microdata_rating(tree: Any) -> str:
    """The review's own rating as the page's microdata states it ("<div itemprop=
    "reviewRating" itemscope><span itemprop="ratingValue">82</span>/<span itemprop=
    "bestRating">100</span></div>", its value and scale apart, a "content" attribute or the
    text) as "Rating: 82/100"; "" unless exactly one such rating (never an "aggregateRating")."""
    ratings: set[str] = set()
    for box in tree.iter():
        if not isinstance(box.tag, str) or (box.get("itemprop") or "").lower() != "reviewrating":
            continue
        stated: dict[str, str] = {}
        for part in box.iter():
            prop = part.get("itemprop") if isinstance(part.tag, str) else None
            if prop in ("ratingValue", "bestRating"):
                stated.setdefault(prop, part.get("content") or part.text_content())
        if "ratingValue" not in stated:
            return ""
        text = _rating_text(stated)
        if not text:
            return ""
        ratings.add(text)
    return f"Rating: {ratings.pop()}" if len(ratings) == 1 else ""


def _states_rating(extracted: str, rating: str) -> bool:
    """Does the article's text give the rating ("4.5/5") itself, the number with its scale
    ("4.5 out of 5", "4.5/5"), or as its labelled row of stars (_labelled_star_row)? A
    number alone ("8" in "2018", "the 8 episodes") does not."""
    value, best = rating.split("/")
    return (
        re.search(
            rf"(?<![\d.,]){re.escape(value)}\s*(?:/|out\s+of|of)\s*{re.escape(best)}(?![\d.,]\d)",
            extracted,
            re.IGNORECASE,
        )
        is not None
    ) or _labelled_star_row(extracted, float(value), float(best))


_MAX_STAR_LABEL = 24  # "Our final rating: ", a label's words before its stars on their line
_STAR_LABEL_MARKS = " \t*_>#:—–-"


def _labelled_star_row(extracted: str, value: float, best: float) -> bool:
    """Does the article's text give the rating `value` out of `best` as a row of stars of
    that value (full ones, a half, empty ones completing the row to `best`; a row of full
    stars alone is out of 5), opening its line or after a score's label alone ("Rating:
    ★★★☆☆", as a newspaper sets its stars under the standfirst)? Its structured data's
    "3/5" is then the same rating, which the text writes its own way. A row after other
    words ("Other Show Episode 4 — ★★★★☆", another review's card) is not it."""
    for glyph in "★⭐🌟":
        at = extracted.find(glyph)
        while at >= 0:
            row = _STAR_ROW.match(extracted, at)
            if row is not None:  # (always: the glyph opens a row of one at least)
                stars = row.group()
                full = sum(stars.count(g) for g in "★⭐🌟")
                empty = stars.count("☆") + stars.count("✩")
                half = "½" in stars
                scale = full + empty + half if empty else 5
                line = extracted[extracted.rfind("\n", 0, at) + 1 : at]
                label = line.strip(_STAR_LABEL_MARKS)
                if (
                    full + 0.5 * half == value
                    and scale == best
                    and len(line) <= _MAX_STAR_LABEL
                    and (not label or _label_only(label))
                ):
                    return True
                at = row.end() - 1
            at = extracted.find(glyph, at + 1)
    return False


def _json_objects(data: object) -> list[dict[str, Any]]:
    """The objects of parsed JSON-LD, breadth first (a "@graph" list, nested objects), at
    most _MAX_JSON_OBJECTS of them."""
    found: list[dict[str, Any]] = []
    queue = [data]
    while queue and len(found) < _MAX_JSON_OBJECTS:
        item = queue.pop(0)
        if isinstance(item, dict):
            found.append(item)
            queue.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            queue.extend(v for v in item if isinstance(v, (dict, list)))
    return found


def _rating_text(rating: dict[str, Any]) -> str:
    """A schema.org Rating as "2.5/5" (its "bestRating" 5 when unstated), or ""."""
    try:
        value = float(str(rating.get("ratingValue", "")).strip())
        best = float(str(rating.get("bestRating", 5)).strip())
    except ValueError:
        return ""
    if best not in _RATING_SCALES or not 0 <= value <= best:
        return ""
    return f"{value:g}/{best:g}"


_FRAMES = ("card", "box", "badge")


def _linked_label(box: Any, value: Any) -> bool:
    """Is the label beside `value` in its `box` all a link to another page ("<a href=
    "/reviews/other-show">Other Show Review</a> <span class="score">8/10</span>", or that link
    in a heading), as a list of other reviews' cards shows each one's score? A link within the
    page ("#verdict"), one beside a label's own words ("Our grade (<a>how we grade</a>)"), or
    one that is the label ("<a href="/how-we-score">Our score</a>"), is no other review's."""
    if (box.text or "").strip():
        return False  # (the box's own words before its elements)
    linked = False
    for part in box.iterchildren():
        if (part.tail or "").strip():
            return False
        if part is value or not isinstance(part.tag, str):
            continue
        words = " ".join(part.text_content().split())
        if not words:
            continue
        links = [
            " ".join(link.text_content().split())
            for link in part.iter("a")
            if not (link.get("href") or "#").startswith("#")
        ]
        if " ".join(links) != words or any(word in words.lower() for word in _BOX_WORDS):
            return False  # (a link that says what the box holds: "<a>Our score</a>", a key)
        linked = True
    return linked


# an element named for a review's total ("review-total-box", "review_total"): a review
# plugin's box setting the total apart under its aspects' scores, named for neither a score
# nor a rating ("<span class="review-total-box">7.5/10</span>" by "Good")
_REVIEW_TOTAL = re.compile(r"review[-_]?total")
_REVIEW_TOTAL_BYTES = re.compile(_REVIEW_TOTAL.pattern.encode())


def _is_box(element: Any, marks: str) -> bool:
    """Is `element` named like a score box ("score-badge") or a review's total ("review-total-
    box"), or a box ("review-card") whose label says what it holds ("My rating")?"""
    if any(word in marks for word in _BOX_WORDS) or _REVIEW_TOTAL.search(marks) is not None:
        return True
    if not any(frame in marks for frame in _FRAMES):
        return False
    texts = (" ".join(t.split()) for t in element.itertext())
    label = next((p for p in texts if p and not _icon(p)), "")
    return len(label) <= _MAX_BOX and any(word in label.lower() for word in _BOX_WORDS)


# a summary box's label naming it the writer's summing-up, with no score's word: "In brief:",
# "TL;DR", "Bottom line —", "The short version:" (a review's summary box over its text)
_SUMMING_UP = re.compile(
    r"(?:tl;?\s?dr|in\s+(?:brief|short|sum|a\s+nutshell)|(?:the\s+)?bottom\s+line"
    r"|(?:the\s+)?short\s+version)[ \t]*[:—–-]?",
    re.IGNORECASE,
)


# what a page holding such a box says, looked for before its markup is parsed
_SUMMING_UP_CUES = (b"tldr", b"tl;dr", b"tl dr", b"in brief", b"in short", b"in sum",
                    b"nutshell", b"bottom line", b"short version")  # fmt: skip


def _summary_box(element: Any, marks: str) -> str:
    """The score of a summary box, named as a box or a TL;DR ("tldr-box", "summary-card"),
    that its summing-up label opens ("In brief:" / "A patient drama, too patient at times." /
    "4/5"), its one score on a stated scale set apart in a part of its own, labelled: "In
    brief: 4/5"; else "" (no such label, or no lone score: a box of sub-scores, a number
    inside its sentence)."""
    if not ("tldr" in marks or any(frame in marks for frame in _FRAMES)):
        return ""
    parts = _text_parts(element)
    if len(parts) < 2 or _SUMMING_UP.fullmatch(parts[0]) is None:
        return ""
    lone = _lone_scaled_score(parts)
    return f"{parts[0].rstrip(' :—–-')}: {lone}" if lone else ""


def _icon(part: str) -> bool:
    """Is `part` a card's icon, an emoji or a symbol set before its label ("📺" of a callout
    card: "📺" / "Verdict:" / …), no letter, digit or star of a rating in it?"""
    return not any(c.isalnum() or c in _STAR_ROW_GLYPHS for c in part)


def _labelled_score(element: Any) -> bool:
    """Is `element` a short line, not named like a box, that opens with its own label for a
    score and holds its value ("Overall Rating: <span>6</span>/10" over a user's review, or
    "Overall: <strong>6/10</strong>" under its sub-scores)? The label may say what the score
    covers ("<b>Overall for episodes 1-3: B</b>" after a catch-up's grade per episode), and
    the value be a letter grade, all of the value ("Grade: B+", not "Verdict: A quiet one")."""
    own = element.text
    if not (own and own.strip()) and element.tag in _EMPHASIS:
        own = _only_text(element)  # (its text in wrappers: "<b><font>Grade: 8/10</font></b>")
    if not own or len(own) > _MAX_LINE_LABEL + _MAX_LABELLED_VALUE or ":" not in own:
        return False
    label = own.strip()
    if not label.endswith(":"):
        # label and value in one emphasis ("<b>My rating: 4/5</b>"), nothing else inside
        if element.tag not in _EMPHASIS or _only_text(element) is None:
            return False
        label = label[: label.find(":") + 1]
        if _box_text(element) != " ".join(own.split()):
            return False
    if len(label) > _MAX_LINE_LABEL:
        return False
    lowered = label.lower()
    final = False
    if not any(word in lowered for word in _LINE_LABELS):
        if "final" not in lowered:
            return False
        final = True  # (a mark on a scale only: _FINAL_MARK)
    text = _box_text(element)
    value = text[len(label) :].strip()
    if final and _FINAL_MARK.fullmatch(value) is None:
        return False
    return (
        len(text) <= _MAX_BOX
        and 0 < len(value) <= _MAX_LABELLED_VALUE
        and (value[0].isdigit() or value[0] in _STARS or LETTER_GRADE.fullmatch(value) is not None)
    )


def _defined_score(value: Any) -> str:
    """A definition list's score ("<dt>Grade</dt><dd>B+</dd>" among a review's facts) as a
    labelled line, "Grade: B+": the term before the <dd> a score's word alone ("Previous
    week" over last week's grade is not, nor an "Overall" row under a box's sub-scores),
    the value all a score or a grade; else ""."""
    term = value.getprevious()
    if term is None or term.tag != "dt" or len(term) or not term.text:
        return ""  # (a term holding a link: another post's title, as a "Keep reading" list)
    label = " ".join(term.text.split()).rstrip(":")
    if len(label) > _MAX_LINE_LABEL or not any(word in label.lower() for word in _BOX_WORDS):
        return ""
    text = _flat_text(value)
    if not (0 < len(text) <= _MAX_LABELLED_VALUE):
        return ""
    if text[0].isdigit() or text[0] in _STARS or LETTER_GRADE.fullmatch(text) is not None:
        return f"{label}: {text}"
    return ""


_STACKED_PARTS = (2, 3)  # a label and a value, perhaps its scale apart


def _card_parts(element: Any) -> list[str]:
    """The texts of `element` when it is a card named for nothing whose two or three parts
    (a score's label, its value, perhaps its scale or a line of summary) each stand in an
    element of their own, as a site styled with utility classes lays out its verdict box;
    else [] (text of its own, one child, a table's row: a list of episodes' scores)."""
    if element.tag == "tr" or (element.text and element.text.strip()) or len(element) < 2:
        return []
    parts = _text_parts(element)
    return parts if len(parts) in _STACKED_PARTS else []


def _labels_a_score(label: str, value: str) -> bool:
    """Is `label` a score's word or two, with no number and not the readers' ("Reader score",
    "Your rating"), and `value` a short number, stars or a grade?"""
    return (
        len(label) <= _MAX_LABEL
        and any(word in label.lower() for word in _BOX_WORDS)
        and not any(c.isdigit() for c in label)
        and _ASKS_READERS.search(label) is None
        and len(value) <= _MAX_LABELLED_VALUE
        and (value[0].isdigit() or value[0] in _STARS or LETTER_GRADE.fullmatch(value) is not None)
    )


def _stacked_score(element: Any) -> bool:
    """Is `element` a card (_card_parts) stacking a score's label, its value and perhaps its
    scale ("<div><div>Our score</div><div>7.5</div><div>out of 10</div></div>")?"""
    parts = _card_parts(element)
    return (
        bool(parts)
        and _labels_a_score(parts[0], parts[1])
        and (len(parts) == 2 or _SCALE_PART.fullmatch(parts[2]) is not None)
    )


def _value_first_score(element: Any) -> str:
    """The score of a card (_card_parts) that sets its value first and big, then its label and
    perhaps a line of summary ("<div><div>8/10</div><div><p>Our score</p><p>A tense
    return.</p></div></div>"), labelled: "Our score: 8/10"; else ""."""
    parts = _card_parts(element)
    if not parts:
        return ""
    value, label = parts[0], parts[1]
    if not (_labels_a_score(label, value) and _holds_a_score(value)):
        return ""
    return f"{label}: {value}"


def _value_under_label(element: Any, marks: str) -> str:
    """The score of a box named as one ("review-total-box") that holds only its value, its
    label the heading just before it in a box around it ("<div><h5>Episode Rating</h5><div>
    <span class="review-total-box">4/5</span></div>…</div>", as a review plugin lays out its
    verdict over the readers' rating), labelled: "Episode Rating: 4/5"; else "" (the
    readers' label, a label with a number, or other text between label and value)."""
    if not any(frame in marks for frame in _FRAMES):
        return ""
    own = _text_parts(element)
    value = " ".join(own)
    if not own or len(value) > _MAX_LABELLED_VALUE or not _holds_a_score(value):
        return ""
    parts = _parts_around(element, own)
    if not parts:
        return ""
    label = parts[0].rstrip(":")
    if parts[1 : 1 + len(own)] != own or not _labels_a_score(label, value):
        return ""
    return f"{label}: {value}"


# the label of a score card's row that is the review's own score, not an aspect's ("Overall",
# "Total:"), said with no score word ("Overall score" is a score's label already)
_OVERALL_ROW = re.compile(r"(?:overall|total|final)\s*:?", re.IGNORECASE)


def _overall_row(element: Any) -> str:
    """The score of a score card's overall row, labelled: "Overall: 7/10" for "<div
    class="overall"><span>Overall</span> <span>7/10</span></div>" (or a table's "<tr><th>
    Overall</th><td>7/10</td></tr>") set under its aspects' rows ("Story 5.5", "Sound 8.5")
    in a box named as a score box ("scorecard"), as a review site closes its card with the
    overall score, which need not be the aspects' average; else "". A card closed by a note
    under it ("The overall is not an average") is no card a pattern reads whole, so its
    overall row is taken alone. Outside a box so named, "Overall" may be anyone's (a
    database site's average), so only a score word labels a card there (_stacked_score)."""
    if len(element) < 2:
        return ""
    own = element.text.strip() if element.text else ""
    if own and _OVERALL_ROW.fullmatch(own) is None:
        return ""  # (its label may be its own text: "Overall <b>7</b> <small>out of 10</small>")
    parts = _text_parts(element)
    if len(parts) == 3 and _SCALE_PART.fullmatch(parts[2]) is not None:
        parts = [parts[0], f"{parts[1]} {parts[2]}"]  # its value's scale set apart
    if len(parts) != 2 or _OVERALL_ROW.fullmatch(parts[0]) is None:
        return ""
    value = parts[1]
    if not (
        len(value) <= _MAX_LABELLED_VALUE
        and (value[0].isdigit() or value[0] in _STARS or LETTER_GRADE.fullmatch(value))
    ):
        return ""
    for around in islice(element.iterancestors(), _MAX_CLIMB):
        if around.tag in _PAGE_TAGS:
            break
        marks = _marks(around)
        if any(word in marks for word in _BOX_WORDS) or _review_frame(marks):
            return f"{parts[0].rstrip(':').strip()}: {value}"
    return ""


# the fields of a user review's byline on a database site, set apart by a dot or a bar
# ("name · Dec 30, 2022 · Recommended · Overall Rating: <b>9</b>"): the last one its label
_BYLINE_FIELD = re.compile(r"[ \t]+[·•|][ \t]+(?P<label>[^·•|]{1,40}):[ \t]*\Z")


# a byline's value set apart: "<b>9</b>", "<span>9</span>" (_WRAPPERS and _EMPHASIS)
_VALUE_TAGS = frozenset(("font", "span", "b", "strong", "em", "i", "mark"))


def _byline_rating(element: Any) -> str:
    """The rating closing a database site's byline of a user's review, its value set in an
    element of its own ("quietcomet · Dec 30, 2022 · Recommended · Overall Rating: <b>9</b>"),
    labelled: "Overall Rating: 9"; else "". The byline is one line of fields, the user's name
    and date first; the rating is its last field, nothing after the value (another user's
    line under a "More reviews" heading, its excerpt after it, is read apart)."""
    own = element.text
    if not own or len(own) > _MAX_LABELLED_VALUE or element.tag not in _VALUE_TAGS:
        return ""
    value = own.strip()
    if not value[:1].isdigit() or len(element) or (element.tail and element.tail.strip()):
        return ""
    parent = element.getparent()
    if parent is None or element.getnext() is not None:
        return ""
    before = element.getprevious()
    led = parent.text if before is None else before.tail
    field = _BYLINE_FIELD.search(led or "", max(0, len(led or "") - _MAX_LINE_LABEL - 4))
    if field is None:
        return ""
    label = field.group("label").strip()
    if not any(word in label.lower() for word in _LINE_LABELS):
        return ""
    return f"{label}: {value}"


def _review_frame(marks: str) -> bool:
    """Is an element so `marks`ed a box named for the review itself ("review-box", "review-
    card"): the reviewer's own card of aspects' scores and its overall, not the site's stats
    or the readers' (those named for them are not the reviewer's: _not_the_reviewers)?"""
    return "review" in marks and any(frame in marks for frame in _FRAMES)


def _box_around(element: Any, own: list[str], root: Any = None) -> tuple[Any, list[str]] | None:
    """The nearest box around `element` (within _MAX_CLIMB, below `root`) that holds text
    before `element`'s `own` texts, with its texts; None when there is none (wrappers that
    `element` opens are passed through)."""
    for around in islice(element.iterancestors(), _MAX_CLIMB):
        if around is root or around.tag in _PAGE_TAGS:
            return None
        parts = _text_parts(around)
        if parts[: len(own)] != own:
            return around, parts
    return None


def _parts_around(element: Any, own: list[str], root: Any = None) -> list[str]:
    """The texts of the nearest box around `element` (_box_around): its first is the heading
    `element` sits under; [] when there is none."""
    found = _box_around(element, own, root)
    return found[1] if found is not None else []


def _heading_over(element: Any, own: list[str], root: Any = None) -> str:
    """The heading `element` sits under in the nearest box around it (_box_around): the box's
    own text before its first element, else the whole text of its first element holding any
    ("<h4>Rate <em>this</em> episode</h4>": "Rate this episode"); "" when there is none. A
    paragraph's first words before its emphasis ("If you came to <em>Show</em> for …", the
    article's body around the score box at its end) are no heading of their own."""
    found = _box_around(element, own, root)
    if found is None:
        return ""
    around = found[0]
    if around.text and around.text.strip():
        return " ".join(around.text.split())
    for child in around.iterchildren():
        words = _flat_text(child) if isinstance(child.tag, str) else ""
        if words:
            return words
        if child.tail and child.tail.strip():
            return " ".join(child.tail.split())
    return ""


def _closes_an_excerpt(element: Any, root: Any) -> bool:
    """Does the box `element` close a review's excerpt: is the text right before it, in the
    nearest box around it (below `root`), cut off ("… could lose four episodes without
    losing anything...")? A list of reviews shows others' so, each with its rating."""
    own = _text_parts(element)
    parts = _parts_around(element, own, root)
    for at in range(1, len(parts) - len(own) + 1):
        if parts[at : at + len(own)] == own:
            return parts[at - 1].endswith(CUT_OFF)
    return False


# inline elements that only wrap a text in a style: a browser's translation wraps every text
# of a page it translated in two <font style="vertical-align: inherit;">, an editor colours a
# line in a <span>
_WRAPPERS = frozenset(("font", "span"))
_MAX_WRAPPING = 4


def _only_text(element: Any) -> str | None:
    """`element`'s text when it holds nothing else, or holds it only through wrappers, one
    inside the other ("<b><font><font>Grade: 8/10</font></font></b>" on a translated page);
    None when it holds anything more."""
    node = element
    for _ in range(_MAX_WRAPPING + 1):
        if not len(node):
            text: str | None = node.text
            return text
        if (node.text and node.text.strip()) or len(node) > 1:
            return None
        node = node[0]
        if node.tag not in _WRAPPERS or (node.tail and node.tail.strip()):
            return None
    return None


_MAX_LABELLED_VALUE = 16  # "6/10", "4.5 out of 5", "★★★½"
# a labelled line's label, which may say what its score covers: "Overall for episodes 1-3:",
# "My grade for the whole season:" (a box's own label, _MAX_LABEL, is a word or two)
_MAX_LINE_LABEL = 40
# the words of a label that make its line a score: a box's, or "Overall" (a user's review's
# "Overall: <strong>6/10</strong>" under its breakdown of sub-scores)
_LINE_LABELS = (*_BOX_WORDS, "overall")
# ...or the final one's, in words of the writer's language that hold no score word ("Note finale
# : 16/20", "Final: 8/10" under a box's marks per category), its value a mark on a scale
_FINAL_MARK = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s*/\s*(?:4|5|10|20|100)")
_EMPHASIS = frozenset(("b", "strong", "em", "i", "mark"))
_STARS = "★⭐☆🌟"


# a reviews site's line over its review: "Dana rated it ★★★★☆", "rated this 4 of 5 stars"
_RATED_IT = re.compile(r"\brated\s+(?:it|this)\b", re.IGNORECASE)
_RATED_IT_BYTES = re.compile(rb"\brated\s+(?:it|this)\b")
_RATING_MARKS = frozenset("★⭐🌟☆0123456789")


def _rated_it(element: Any) -> bool:
    """Is `element` a short line that says who rated the review's subject how ("Dana rated it
    ★★★★☆"), its rating inside (a star glyph or a number)?"""
    own = element.text
    if not own or "rated" not in own.lower() or _RATED_IT.search(own) is None:
        return False
    text = _box_text(element)
    return len(text) <= _MAX_BOX and any(c in _RATING_MARKS for c in text)


# a rating one reader gave, on a page of readers' reviews ("Rated: ★★★★½", "My rating: 8/10"),
# where a box named for users holds the review's own rating
_ONES_OWN = re.compile(r"\b(?:rated|my\s+(?:rating|score|grade))\b", re.IGNORECASE)


_PAGE_TAGS = frozenset({"body", "html"})


def _not_the_reviewers(
    element: Any, text: str, article: Any = None, root: Any = None, framed: bool = False
) -> bool:
    """Is the box `element` (holding `text`) in a poll, the comments, a sidebar or another
    writer's second opinion, or named for users without saying it is one reader's own
    rating? Above `article` (when given: the element around the extracted text), a section
    named for users is the one user's review that the page is ("user-reviews" around the
    review's box and text). Above `root` (the article the box is in), a widget is the layout
    block that holds the whole post (a blog platform's "widget Blog"), not a widget beside
    it; and when `framed` (the root holds the page's article, no other post's card), an
    element named for a sidebar is the layout that sets the article beside its sidebar
    ("layout-with-sidebar", "content-sidebar-wrap"). A box under a heading that asks the
    readers for theirs or gives their average ("Rate This Episode" over its stars) is theirs,
    however it is named."""
    heading = _heading_over(element, _text_parts(element), root)
    if heading and len(heading) <= _MAX_LABEL and _ASKS_READERS.search(heading):
        return True
    users_own = False  # past the article: a section of users' reviews holding it
    past_root = False
    for e in (element, *element.iterancestors()):
        if e.tag in _PAGE_TAGS:
            break  # its classes name the page's template ("ast-right-sidebar"), not a region
        marks = _marks(e)
        if _ANOTHER_VIEW.search(marks) is not None:
            return True
        for word in _NOT_THE_REVIEWERS:
            if word in marks and not (
                (word == "user" and (users_own or (e is element and _ONES_OWN.search(text))))
                or (
                    word == "widget"
                    and (
                        past_root
                        or (e is element and _stated_rating(text))
                        or (not past_root and _rating_alone(_box_text(e)))
                    )
                )
                or (word == "sidebar" and past_root and framed)
            ):
                return True
        users_own = users_own or e is article
        past_root = past_root or (root is not None and e is root)
    return False


# a rating a box states as the site's, label and value: "Site rating: 4 out of 5 stars"
_STATED_RATING = re.compile(
    r"[^:?%\d]{0,30}\b(?:rating|score|grade|verdict):\s*[^:?%]{1,20}", re.IGNORECASE
)
# what a widget that asks its readers says: "Rate this", "Your rating", "Average: 4.3 (512 votes)";
# or a poll's label, its voters' figure ("Discord poll 91%", "Reader poll: 7.9"), as an element
# named "poll" is theirs
_ASKS_READERS = re.compile(
    r"\b(?:rate\s+(?:this|it)|your?|average|avg|votes?|polls?|users?|readers?|viewers?)\b",
    re.IGNORECASE,
)


def _beside_the_readers(box: Any) -> str:
    """The text of `box`'s own parts when it sets the readers' rating in a part of its own
    beside the review's ("<div class="score-panel"><div><span>Episode score</span><b>6/10</b>
    </div><div><span>User rating</span><b>4.1</b>/5 (213 votes)</div></div>"): "Episode
    score: 6/10", which read whole would run into the readers' figure and count of votes;
    else "". The readers' part is the one labelled for them ("User rating", "Readers:") or
    named so ("reader-score"), holding a number; the rest keeps a number or stars of its own."""
    parts = [child for child in box if isinstance(child.tag, str)]
    if len(parts) < 2 or (box.text and box.text.strip()):
        return ""
    if any(part.tail and part.tail.strip() for part in parts):
        return ""  # (a value set between the parts: the box is read whole)
    theirs = [part for part in parts if _readers_part(part)]
    if not theirs or len(theirs) == len(parts):
        return ""
    own = _star_rows([text for part in parts if part not in theirs for text in _text_parts(part)])
    if not any(c in _RATING_MARKS for text in own for c in text):
        return ""
    return _box_text_of(own)


def _readers_part(part: Any) -> bool:
    """Is `part` of a score box the readers' rating: labelled for them ("User rating",
    "Readers' average", "Discord poll"), or named for them ("user-score"), holding a number?"""
    texts = _text_parts(part)
    if not any(c.isdigit() for text in texts for c in text):
        return False
    if texts and len(texts[0]) <= _MAX_LABEL and _ASKS_READERS.search(texts[0]) is not None:
        return True
    marks = _marks(part)
    return any(word in marks for word in _NOT_THE_REVIEWERS)


def _stated_rating(text: str) -> bool:
    """Does a box that is itself a widget (`text`: all it says) state a rating as the site's
    ("FlickPulse rating: 4 out of 5 stars"), not ask its readers for theirs or give their
    average? A rating widget inside the article is then the review's own; a widget around a
    box (a sidebar's) still says it is none."""
    return _STATED_RATING.fullmatch(text) is not None and _ASKS_READERS.search(text) is None


# a widget's whole text when it shows one rating and nothing else: its stars, then the same
# value written out ("★★★★☆ 4 out of 5", "★★★½ 3.5/5")
_RATING_ALONE = re.compile(
    r"(?P<stars>" + _STAR_ROW.pattern + r")\s*(?P<value>\d(?:\.5)?)\s*(?:/|out\s+of)\s*5"
    r"(?:\s+stars?)?",
    re.IGNORECASE,
)


def _rating_alone(text: str) -> bool:
    """Does a widget inside the article (`text`: all it says) show one rating alone, its
    stars and the same value written beside them ("★★★★☆ 4 out of 5")? A site's display of
    its review's rating; a readers' widget asks for theirs or gives their average and count
    ("Rate this", "4.3/5 (512 votes)"), and a row of controls draws no value."""
    found = _RATING_ALONE.fullmatch(text)
    if found is None:
        return False
    stars = found.group("stars")
    full = sum(stars.count(glyph) for glyph in "★⭐🌟")
    return full + 0.5 * ("½" in stars) == float(found.group("value"))


def _box_head(element: Any) -> str:
    """A box's label and value ("Our score: 4 out of 5") when it opens with a label, or with
    both in one part ("<strong>My score: 7.5/10</strong> — the week's best"), else "". A
    label over its aspects' scores in one line ("Verdict" / "Story 9 · Sound 8"), then an
    overall row: that row ("Overall: 8.5/10"), the box's own score."""
    parts = _star_rows(_text_parts(element))
    if len(parts) > 2 and _icon(parts[0]):
        parts = parts[1:]  # (a callout card's icon before its label: "📺" / "Verdict:" / …)
    if len(parts) < 2:
        return ""
    if not any(word in parts[0].lower() for word in _BOX_WORDS):
        return _labelled_row_under(parts) or _episode_value(parts)
    named_part = parts[0]
    if any(c.isdigit() for c in named_part):
        if _NAMED_LABEL.search(named_part) is None:
            return _with_glossed_scale(named_part, parts[1]) if len(named_part) <= _MAX_BOX else ""
        # a label naming what it scores, the score's word closing it ("Episode 5 score",
        # "Ep. 12 rating:"): its number is the episode's, the value is the next part's
        named_part = named_part.rstrip(": ") + ":"
    value = parts[1]
    if _SUB_SCORES.fullmatch(value) is not None:
        # the aspects' scores in one line ("Story 9 · Visuals 8 · Sound 8"), then the overall
        # row under them ("Overall: 8.5/10", perhaps glossed after it): the box's own score
        overall = next((p for p in parts[2:] if _overall_part(p)), "")
        if overall:
            return overall
    row = _ROW_LABEL.match(value)
    if row is not None:
        # a value with a label of its own: "Verdict" / "Score: 8/10", that score; "Score
        # Breakdown" / "Story: 61/100", one of its sub-scores, not the box's value
        label = row.group("label").lower()
        named = any(word in label for word in (*_BOX_WORDS, "overall", "final"))
        return value if named and len(value) <= _MAX_BOX else ""
    if _ARTICLE_LED.match(value) is not None and (lone := _lone_scaled_score(parts)):
        # "Verdict:" / "A near-perfect finale." / "9/10": the "A" opens the verdict's
        # sentence, no grade; the scaled score closing the box is its own, the sentence in
        # parts or not ("A quiet turn for" / "<em>Show</em>" / "."); after a label of its
        # own ("Score:" / "9/10"), that row, found apart, gives it with its label
        if len(parts) > 3 and _row_label_before(parts, lone):
            return ""
        return _box_text_of([named_part, lone])
    if not _holds_a_score(value):
        # the label over a table of sub-scores ("Score breakdown" / "Story" / "9/10"): its
        # first row's name is no value, and the box's own score is further in; unless it is
        # the box's one score on a stated scale (_lone_scaled_score)
        lone = _lone_scaled_score(parts)
        return _box_text_of([named_part, lone]) if lone else ""
    if len(parts) > 2 and value[-1:].isdigit() and _SCALE_PART.fullmatch(parts[2]):
        # "7" and "/10" apart, as a score box styles its scale: "7/10"
        value += parts[2] if parts[2][0] == "/" else f" {parts[2]}"
    head = _box_text_of([named_part, value])
    if len(head) > _MAX_BOX:
        # the value glossed after a dash in its own part ("Verdict" / "4 Cores — a tense,
        # tightly staged trial that …"): the value before the dash is the box's
        value = _before_a_gloss(value)
        head = _box_text_of([named_part, value]) if value else ""
    return head if head.endswith(value) and len(head) <= _MAX_BOX else ""


def _with_glossed_scale(head: str, gloss: str) -> str:
    """A box's labelled value with no scale ("Score: 7½"), its scale stated in the
    parenthesised gloss after it ("(out of 10, as at school)"): "Score: 7½/10"."""
    if gloss[:1] != "(" or _SCALE_PART.search(head) is not None:
        return head
    scale = _SCALE_PART.search(gloss, 0, _MAX_LINE_LABEL)
    return head if scale is None else f"{head}/{scale.group(0).split()[-1].lstrip('/')}"


# a part that is a bare number: an aspect's row's value ("Story" / "7"), as a breakdown sets it
_BARE_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")
# what may follow a score on its scale in its part: the site's own unit ("4.5 out of 5 cups")
_UNIT_AFTER = re.compile(r"[ \t]+[^\W\d_]{2,20}")


def _lone_scaled_score(parts: list[str]) -> str:
    """The one part after a box's label that is a score on a stated scale whole ("7.5/10",
    "4.5 out of 5 cups", the site's own unit after it), further in than the part after the
    label: under its pros and cons, or under a row's name ("The verdict" / "Finale" /
    "7.5/10"); "" when another part is one too, or a bare number (a breakdown's rows)."""
    found = ""
    for part in parts[1:]:
        if _BARE_NUMBER.fullmatch(part) is not None:
            return ""
        score = SCORE.match(part)
        if score is None or not (
            score.end() == len(part) or _UNIT_AFTER.fullmatch(part, score.end()) is not None
        ):
            continue
        if found:
            return ""
        found = part
    return found if len(found) <= _MAX_LABELLED_VALUE + 8 else ""


def _row_label_before(parts: list[str], value: str) -> bool:
    """Is the part before `value` in `parts` a score's label of its own ("Our score:")?"""
    label = parts[parts.index(value) - 1]
    return label.endswith(":") and any(word in label.lower() for word in _BOX_WORDS)


_GLOSS_DASH = re.compile(r"[ \t]+[—–-][ \t]+")
# a row of two or more aspects' scores in one part, each a word or three and a number, set
# apart by a dot, a bar or a comma: "Story 9 · Visuals 8 · Sound 8", "Art: 7/10 | Music: 9/10"
_SUB_SCORE = r"[^\W\d_][^\W\d]*(?:[ \t&]+[^\W\d_]+){0,2}:?[ \t]*\d{1,3}(?:\.\d)?(?:/\d{1,3})?"
_SUB_SCORES = re.compile(_SUB_SCORE + r"(?:[ \t]*[·•|,;][ \t]*" + _SUB_SCORE + r"){1,11}")
# an overall row's label and its score in one part: "Overall: 8.5/10", "Final score — 4/5"
_OVERALL_PART = re.compile(
    r"(?:overall|total|final)(?:[ \t]+(?:score|rating|grade|verdict))?[ \t]*[:—–-]?[ \t]*"
    r"(?P<value>\S.{0,20})",
    re.IGNORECASE,
)


def _overall_part(part: str) -> bool:
    """Is `part` an overall row, its label and its score ("Overall: 8.5/10", "Total 7")?"""
    row = _OVERALL_PART.fullmatch(part)
    return row is not None and _holds_a_score(row.group("value"))


def _before_a_gloss(value: str) -> str:
    """A box's value before the dash that opens its gloss, when it is a short one holding a
    score ("4 Cores — a tense trial…": "4 Cores"), else ""."""
    dash = _GLOSS_DASH.search(value, 0, _MAX_LABELLED_VALUE + 4)
    if dash is None or dash.start() > _MAX_LABELLED_VALUE:
        return ""
    return value[: dash.start()] if _holds_a_score(value[: dash.start()]) else ""


# a box's label closed by a score's word, perhaps with its colon ("Episode 5 score", "Season 2
# rating:"): the words before it name what is scored, a number among them no value
_NAMED_LABEL = re.compile(r"\b(?:" + "|".join(_BOX_WORDS) + r")\s*:?\Z", re.IGNORECASE)


_MAX_HEAD_ROWS = 2  # the box's heading's lines ("Show, episode 1", perhaps a subtitle)


def _labelled_row_under(parts: list[str]) -> str:
    """A box's labelled score row under a heading that names what it rates, not the score
    ("<strong>Show, episode 1</strong><br>My rating: ★★★★½ (4.5/5)<br>Watching weekly? Yes",
    as a blog's verdict box heads its rating with the episode): the first row among the next
    few whose own label is a score's ("My rating:", "Overall score:"), not the readers', and
    whose value holds a score; "" when there is none (an aspect's row, "Story: 8/10")."""
    for part in parts[1 : 1 + _MAX_HEAD_ROWS]:
        row = _ROW_LABEL.match(part)
        if row is None or len(part) > _MAX_BOX:
            continue
        label = row.group("label")
        if (
            any(word in label.lower() for word in (*_BOX_WORDS, "overall", "final"))
            and _ASKS_READERS.search(label) is None
            and _holds_a_score(part[row.end() - 1 :])
        ):
            return part
    return ""


def _episode_value(parts: list[str]) -> str:
    """A box's value under a label naming only an episode, no score's word ("<span>Episode
    5</span><span>7/10</span><span>Best action of the season…</span>", a weekly post's box for
    the week's episode, its blurb after): "Episode 5: 7/10", the label kept, as the score
    detector reads a score under the document's own episode's label as the review's (a bare
    "7/10" could lose to last week's quoted in the text); "" when the value is not a score
    whole ("7/10", "★★★½", "B+") or the box labels several episodes (a season's list)."""
    value = parts[1]
    if (
        EPISODE_LABEL.fullmatch(parts[0]) is None
        or any(EPISODE_LABEL.fullmatch(part) is not None for part in parts[2:])
        or not (
            SCORE.fullmatch(value) is not None
            or _STAR_ROW.fullmatch(value) is not None
            or LETTER_GRADE.fullmatch(value) is not None
        )
    ):
        return ""
    head = f"{parts[0].rstrip(' :—–-')}: {value}"
    return head if len(head) <= _MAX_BOX else ""


def _holds_a_score(value: str) -> bool:
    """Could `value`, a box's part after its label, be a score: a number or stars in it, or a
    letter grade opening it ("7", "4.5 out of 5", "★★★½", "B+ — warm")? A word ("Story") is
    not one."""
    return any(c.isdigit() or c in _STARS for c in value) or (
        LETTER_GRADE.fullmatch(value.split(maxsplit=1)[0]) is not None
    )


# a box's part opening with the article "A", not a grade: "A near-perfect finale."
_ARTICLE_LED = re.compile(r"A[ \t]+[a-z]")
# a row's own label before its value: "Story: 61/100", "Sound & Music: 8" (a breakdown's row)
_ROW_LABEL = re.compile(r"(?P<label>[^\W\d_][^:\d]{0,30}):\s*\S")
# a score box's scale in an element of its own, after its value: "/10", "/ 10", "out of 10"
_SCALE_PART = re.compile(r"(?:/|out\s+of)\s*\d{1,3}", re.IGNORECASE)


_MAX_OPENING = 60
_MAX_CLIMB = 3


def _root_of_text(tree: Any, extracted: str, rated: bool = False) -> list[Any]:
    """On a page that names nothing like an article: the element around the paragraph or
    heading that opens the extracted text, up to where a score box (or, when `rated`, a
    "rated it" line) is (a reviews page's one review with its rating, not the next reader's).
    When that element holds little of the text (a database page's header over a user's
    review, its alternative titles the text's opening, its box the site's score), or there is
    none, the one around the text's longest paragraph, if it holds a good share of the text."""
    found = _root_around(tree, _opening_line(extracted), rated)
    if not found:
        # the opening in no paragraph, heading or <div> of its own (a kicker's <span> over
        # the headline, "Fall season · Reviews"): the element around the longest paragraph
        around = _root_around(tree, _longest_paragraph(extracted), rated)
        return around if around and _hold_share(around, extracted) else []
    if not _hold_share(found, extracted):
        around = _root_around(tree, _longest_paragraph(extracted), rated)
        if around and _hold_share(around, extracted):
            return around
    return found


def _longest_paragraph(extracted: str) -> str:
    """The start of the extracted text's longest paragraph (at most _MAX_OPENING characters,
    its spaces collapsed)."""
    longest = max(extracted.split("\n\n"), key=len, default="")
    return " ".join(longest.split())[:_MAX_OPENING]


def _root_around(tree: Any, opening: str, rated: bool) -> list[Any]:
    """The element around the paragraph or heading that starts with `opening`, up to where a
    score box, a labelled score line ("Reviewer's rating: <b>8</b> / 10" over a database
    site's one review, in no box) or, when `rated`, a "rated it" line is; [] when there is
    none."""
    if not opening:
        return []
    lead = opening[:_LEAD]
    for paragraph in tree.iter("p", "h1", "h2", "div"):
        if paragraph.tag == "div" and not (paragraph.text or "").lstrip().startswith(lead):
            continue  # (a <div> holding the text itself, not through paragraphs)
        if not _flat_text(paragraph).startswith(opening):
            continue
        ancestor = paragraph
        for _ in range(_MAX_CLIMB):
            ancestor = ancestor.getparent()
            if ancestor is None:
                return []
            if any(
                isinstance(e.tag, str)
                and (
                    _is_box(e, _marks(e))
                    or (rated and _rated_it(e))
                    or _labelled_score(e)
                    or (e.tag == "dd" and _defined_score(e))
                )
                and not (ancestor.tag == "body" and _in_page_chrome(e, ancestor))
                for e in ancestor.iterdescendants()
            ):
                return [ancestor]
            if ancestor.tag == "body":
                # (a bare page, its article's paragraphs the body's own: the body, but for
                # its chrome: asides, navigation, header and footer)
                return []
        return []
    return []


_ARTICLE_SHARE = 2  # the page's article holds at least 1/_ARTICLE_SHARE of the extracted text


def _holds_article(root: Any, extracted: str) -> bool:
    """Is `root` the page's own article: does it hold the extracted text's opening line and
    at least half as much text? Another post's card (its headline and a line, in a sidebar's
    list) may repeat the opening, never the article's length."""
    opening = _opening_line(extracted)
    if not opening:
        return False
    text = _flat_text(root)
    return opening in text and _a_share(len(text), extracted)


def _hold_share(roots: list[Any], extracted: str) -> bool:
    """Do `roots` together hold at least 1/_ARTICLE_SHARE as much text as `extracted`?"""
    return _a_share(sum(len(_flat_text(root)) for root in roots), extracted)


def _a_share(held: int, extracted: str) -> bool:
    """Is `held` characters of text at least 1/_ARTICLE_SHARE of the `extracted` text's?"""
    return held * _ARTICLE_SHARE >= len(extracted)


def _text_parts(element: Any) -> list[str]:
    """`element`'s texts in order, each with its white space collapsed, the blank ones left
    out: a box's parts (its label, its value, its gloss) as score cards lay them out."""
    return [p for p in (" ".join(t.split()) for t in element.itertext()) if p]


def _flat_text(element: Any) -> str:
    """All of `element`'s text, its whitespace runs collapsed to single spaces."""
    return " ".join("".join(element.itertext()).split())


_OPENING_LINES = 3
_LEAD = 12  # characters of the opening a <div>'s own text is first compared on


def _opening_line(extracted: str) -> str:
    """The first of the extracted text's first lines long enough to find its element by
    (a short kicker over the headline, "ANIME REVIEWS", is passed over), at most
    _MAX_OPENING characters of it; "" when none is."""
    text = extracted.strip()
    start = seen = 0
    while start < len(text) and seen < _OPENING_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        opening = " ".join(text[start:end].split())[:_MAX_OPENING]
        if len(opening) >= _MAX_OPENING // 4:
            return opening
        seen += bool(opening)
        start = end + 1
    return ""


_CHROME_TAGS = frozenset(("aside", "nav", "header", "footer", "form"))


# where other posts' cards are: not a form, which some sites wrap a whole page in
_CARD_CHROME_TAGS = frozenset(("aside", "nav", "footer"))


def _in_page_chrome(element: Any, body: Any = None, tags: frozenset[str] = _CHROME_TAGS) -> bool:
    """Is `element` inside the page's chrome (an aside, the navigation, a header or footer;
    or `tags`) rather than the bare `body`'s own article text (below `body`, when given)?"""
    ancestors = list(element.iterancestors())
    for at, ancestor in enumerate(ancestors):
        if ancestor is body:
            return False
        if ancestor.tag in tags and not (
            ancestor.tag == "header" and _in_section(ancestors[at + 1 :], body)
        ):
            return True
    return False


_SECTIONING = frozenset(("article", "section", "main"))


def _in_section(ancestors: list[Any], body: Any) -> bool:
    """Is one of `ancestors` (up to `body`) a section: a <header> there is that section's
    head (a review's byline and rating), not the page's banner."""
    for ancestor in ancestors:
        if ancestor is body:
            return False
        if ancestor.tag in _SECTIONING:
            return True
    return False


# a box of sub-scores ("Overall 7 Story 5 Animation 9 Sound 8 Character 6 Enjoyment 7"): only
# labels of one to four words, each with its number, as an anime database's review box lists
# them, maybe under a header that states their ten-point scale ("Reviewer's ratings (out of
# 10)", the scale the detector reads such a box on); or in one line, each set apart by a dot
# or a bar ("Story 9 · Animation 10 · Sound 9"), as a database site lists them under a user's
# review (every one apart: a score then a note "Previous week: 9/10 · Average: 8.8" is no card)
_SCORE_CARD = re.compile(
    r"(?:[A-Za-z][A-Za-z'’ ]{0,40}\((?:[Oo]ut of |/ ?)10\) )?"
    r"(?:[A-Za-z]+(?: [A-Za-z]+){0,3}:? \d{1,3}(?:\.\d)?(?:/\d{1,3})? ?){2,12}"
    r"|[A-Za-z]+(?: [A-Za-z]+){0,3}:? \d{1,3}(?:\.\d)?"
    r"(?: [·•|] [A-Za-z]+(?: [A-Za-z]+){0,3}:? \d{1,3}(?:\.\d)?){1,11}"
)
_MAX_CARD = 300


# a score box holding only a number and its word ("8 Great", "7.5"), as games and film sites
# lay their verdict out: on those sites a ten-point score
_BARE_SCORE = re.compile(r"(?P<value>\d{1,2}(?:\.\d)?)(?P<word> [A-Za-z][A-Za-z ]{0,20})?")


_BEST_RATING = re.compile(rb'"bestRating"\s*:\s*"?(\d{1,3})\b')
_STATED_SCALES = frozenset({5, 10, 100})


def _stated_scale(data: bytes) -> int:
    """The scale the page's structured data states for its rating ("bestRating": "10"), else
    the ten points a bare score box is out of on the sites that lay one out."""
    stated = _BEST_RATING.search(data) if b"bestRating" in data else None
    if stated is not None and int(stated.group(1)) in _STATED_SCALES:
        return int(stated.group(1))
    return 10


def _bare_score(text: str, scale: int = 10) -> str:
    """A score box's bare "8 Great" as "Score: 8/10 Great"; any other text as it is."""
    bare = _BARE_SCORE.fullmatch(text)
    if bare is None or float(bare.group("value")) > scale:
        return text
    return f"Score: {bare.group('value')}/{scale}{bare.group('word') or ''}"


def _score_card(text: str) -> bool:
    return len(text) <= _MAX_CARD and _SCORE_CARD.fullmatch(text) is not None


def roots_of(article: Any) -> set[Any]:
    """The article element and its ancestors: never a score box's surroundings."""
    return {article, *article.iterancestors()}


def _box_text(element: Any) -> str:
    """A box's text, its parts apart: "Grade", "A-", "The best fight…" -> "Grade: A- The best
    fight…" (a label on its own line, then the value, as score cards lay them out)."""
    return _box_text_of(_star_rows(_text_parts(element)))


# what a star row's parts are made of: the glyphs, a half, an emoji's variation selector
_STAR_ROW_GLYPHS = frozenset("★⭐🌟☆✩½\ufe0f ")


def _star_rows(parts: list[str]) -> list[str]:
    """`parts` with each run of parts that are all star glyphs joined into one row ("★", "★",
    "★", "☆" -> "★★★☆"; a half after them too: "★", "★", "½" -> "★★½"): a rating drawn one star
    to an element ("<span class="star full">★</span>…"), which would otherwise read as its
    first star alone ("Rating: ★")."""
    joined: list[str] = []
    for part in parts:
        if joined and set(part) <= _STAR_ROW_GLYPHS and _all_stars(joined[-1]):
            joined[-1] += part
        else:
            joined.append(part)
    return joined


def _all_stars(part: str) -> bool:
    return any(c in _STARS for c in part) and all(c in _STAR_ROW_GLYPHS for c in part)


def _box_text_of(parts: list[str]) -> str:
    if not parts:
        return ""
    if (
        len(parts) == 2
        and len(parts[1]) <= _MAX_LABEL
        and LETTER_GRADE.fullmatch(parts[0]) is not None
        and any(word in parts[1].lower() for word in _BOX_WORDS)
        and not any(c.isdigit() for c in parts[1])
    ):
        # a badge's letter over its caption ("B+", "Our grade"): "Our grade: B+"
        return f"{parts[1].rstrip(':')}: {parts[0]}"
    first = parts[0].lower()
    if (
        len(parts) > 1
        and len(parts[0]) <= _MAX_LABEL
        and any(word in first for word in _BOX_WORDS)
        and not any(c.isdigit() for c in parts[0])
        and not parts[0].endswith((":", "-", "–", "—"))
    ):
        parts[0] += ":"
    return " ".join(parts)


_MAX_LABEL = 24
