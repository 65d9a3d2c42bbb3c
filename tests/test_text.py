from hypothesis import given
from hypothesis import strategies as st

from geo.text import is_boilerplate, paragraphs, repeated_prefixes, sentences


def texts(text):
    return [s.text(text) for s in sentences(text)]


def test_abbreviations_and_quotes_do_not_split_sentences():
    text = 'The U.S. Embassy said Gen. Austin Miller left on Aug. 14. "It is over," he said. Lt. Col. J. Smith agreed.'
    assert texts(text) == [
        "The U.S. Embassy said Gen. Austin Miller left on Aug. 14.",
        '"It is over," he said.',
        "Lt. Col. J. Smith agreed.",
    ]


def test_lines_of_a_timeline_are_separate_sentences():
    text = "Capitals taken by the Taliban:\nAug. 6: Zaranj\nAug. 7: Sheberghan"
    assert texts(text) == ["Capitals taken by the Taliban:", "Aug. 6: Zaranj", "Aug. 7: Sheberghan"]


def test_repeated_caption_headings_are_split_off():
    heading = "Taliban on the rise in Afghanistan"
    titles = ["Laying siege", "Those who can, flee", "Refuge in the park"]
    text = "\n\n".join(f"{heading} {title} The city fell." for title in titles)
    assert repeated_prefixes(text) == [heading]
    spans = sentences(text)
    assert [s.heading for s in spans].count(True) == 3
    assert texts(text)[1] == "Laying siege The city fell."


def test_boilerplate():
    for line in ["Sign up to our free newsletters", "By Jane Doe, Reuters", "Author: Sarah Klein, Claudia Dehn",
                 "fb/msh (AP, AFP, dpa, Reuters)", "Read more: Who are the Taliban?", "Reporting by Jane Doe; Editing by John Roe",
                 "Read also: Taliban take Ghazni; governor under investigation", "22:10 Read more: How Kunduz fell and why the army didn't fight",
                 "[09.45] Related: Who are the Taliban?"]:
        assert is_boilerplate(line), line
    for line in ["By Friday, the Taliban had captured Kunduz.", "Kandahar fell on Friday.", "By Monday Kabul had fallen", "22:10 Kunduz fell on Sunday."]:
        assert not is_boilerplate(line), line


@given(st.lists(st.text(alphabet="abc .!?\n\"U.S", min_size=0, max_size=40), max_size=6))
def test_sentences_are_ordered_non_overlapping_and_inside_the_text(parts):
    text = "\n\n".join(parts)
    spans = sentences(text)
    position = 0
    for span in spans:
        assert position <= span.start < span.end <= len(text)
        assert span.text(text).strip()
        position = span.end
    assert all(start < end for start, end in paragraphs(text))


def test_a_heading_repeated_over_paragraphs_is_not_split_again():
    # found by hypothesis: the sentence ends inside a repeated heading made spans that ran backwards
    text = "\n\n".join(["? ? ? S"] * 3)
    spans = sentences(text)
    assert all(span.start < span.end for span in spans)
    assert [span.text(text) for span in spans if span.heading] == ["? ? ? S"] * 3
