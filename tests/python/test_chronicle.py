"""The Python package, on sentences written for these tests (article dates fixed by hand)."""
import datetime
import json
import threading
import xml.etree.ElementTree as ET

import pytest

import chronicle

TUESDAY = "2021-03-23"  # a Tuesday


def values(text, date=TUESDAY):
    return [(t.text, t.type, t.value) for t in chronicle.extract(text, date)]


def test_values_against_the_article_date():
    assert values("The ministers will meet again on Friday.") == [("Friday", "DATE", "2021-03-26")]
    assert values("Prices rose 4 percent in 2019.") == [("2019", "DATE", "2019")]
    assert values("The strike lasted two days.") == [("two days", "DURATION", "P2D")]
    assert values("The court adjourned on March 1, 2021.") == [("March 1, 2021", "DATE", "2021-03-01")]


def test_date_may_be_a_datetime_date():
    assert values("The ministers will meet again on Friday.", datetime.date(2021, 3, 23)) == \
        [("Friday", "DATE", "2021-03-26")]


def test_date_found_in_the_text_when_not_given():
    text = "WASHINGTON, March 23, 2021 - Talks will resume on Friday."
    found = chronicle.extract(text)
    assert ("Friday", "2021-03-26") in [(t.text, t.value) for t in found]


@pytest.mark.parametrize("prefix", ["café owners said ", "Η συνάντηση στην Αθήνα — ", "🎉🎉 ", "日本の首相は "])
def test_offsets_are_python_string_indices(prefix):
    text = prefix + "the court adjourned on March 1, 2021, and met again two days later."
    found = chronicle.extract(text, TUESDAY)
    assert [t.text for t in found] == ["March 1, 2021", "two days later"]
    for t in found:
        assert text[t.begin:t.end] == t.text
    assert found[1].value == "2021-03-03"


def test_bad_dates_raise_the_one_line_error():
    with pytest.raises(chronicle.Error, match=r'"2021-02-30" is not a valid date'):
        chronicle.extract("On Monday.", "2021-02-30")
    with pytest.raises(chronicle.Error, match="not a valid date"):
        chronicle.extract("On Monday.", "yesterday")
    with pytest.raises(chronicle.Error, match="no article date found"):
        chronicle.extract("Nothing here gives the day of writing.")
    with pytest.raises(TypeError):
        chronicle.extract("On Monday.", 20210323)
    assert issubclass(chronicle.Error, ValueError)


def test_text_that_is_not_unicode_is_refused():
    with pytest.raises(chronicle.Error, match="lone surrogate"):  # it cannot be UTF-8
        chronicle.extract("On Monday \ud800.", TUESDAY)
    with pytest.raises(TypeError):
        chronicle.extract(b"On Monday.", TUESDAY)


ARTICLE = (
    "BRUSSELS, March 23, 2021 - Foreign ministers of the alliance met in Brussels on Tuesday. "
    "The summit of leaders will be held in Madrid on June 14. "
    "The treaty was signed in 2019 after two years of talks."
)


def test_events_of_an_article():
    found = chronicle.events(ARTICLE)
    whens = {e.when for e in found}
    assert "2021-03-23" in whens
    assert "2021-06-14" in whens
    for e in found:
        assert e.label and e.when


def test_threads_give_the_same_results_as_one():
    texts = [f"Talks resume on March {day}, 2021, and end {day % 5 + 2} days later." for day in range(1, 29)]
    expected = [values(t) for t in texts]
    results = [None] * len(texts)

    def work(start):
        for i in range(start, len(texts), 4):
            results[i] = values(texts[i])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == expected


def test_render_svg_png_pdf():
    events = [chronicle.Event("Ministers meet in Brussels", "2021-03-23", where="Brussels"),
              {"label": "Summit in Madrid", "when": "2021-06-14"}]
    svg = chronicle.render(events, "svg", title="Alliance calendar")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    text = " ".join("".join(node.itertext()) for node in root.iter() if node.tag.endswith("text"))
    assert "Ministers meet in Brussels" in text and "Summit in Madrid" in text
    assert chronicle.render(events, "png").startswith(b"\x89PNG")
    assert chronicle.render(events, "pdf").startswith(b"%PDF")
    page = chronicle.render(events, "html", title="Alliance calendar")
    assert page.startswith("<!DOCTYPE html>") and 'aria-label="Summit in Madrid, Mon 14 Jun 2021"' in page
    with pytest.raises(chronicle.Error, match="theme"):
        chronicle.render(events, "svg", theme="neon")
    with pytest.raises(chronicle.Error, match="no date"):
        chronicle.render([{"label": "Undated"}], "svg")


def test_timeline_shows_in_a_notebook(tmp_path):
    timeline = chronicle.Timeline(ARTICLE)
    assert timeline.date == "2021-03-23"
    assert len(timeline) >= 2
    assert "<svg" in timeline._repr_svg_()
    path = tmp_path / "t.png"
    timeline.save(str(path))
    assert path.read_bytes().startswith(b"\x89PNG")


def test_to_pandas():
    pd = pytest.importorskip("pandas")
    frame = chronicle.to_pandas(chronicle.extract("It rained on Monday and on Friday, 2021-03-19.", TUESDAY))
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["value"])[-1] == "2021-03-19"
    assert {"text", "begin", "end", "type", "value"} <= set(frame.columns)


def test_batch_line_is_the_batch_command_record():
    good = json.loads(chronicle.batch_line(json.dumps({"id": 7, "text": "Talks end on March 26, 2021.",
                                                        "date": TUESDAY})))
    assert good["id"] == 7 and good["date"] == TUESDAY
    assert [e["value"] for e in good["expressions"]] == ["2021-03-26"]
    bad = json.loads(chronicle.batch_line('{"id": 8, "date": "2021-03-23"}', 5))
    assert bad["id"] == 8 and bad["line"] == 5 and "text" in bad["error"]
