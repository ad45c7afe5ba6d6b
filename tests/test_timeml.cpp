// TimeML in the TempEval-3 form: reading the DCT and plain text, writing our TIMEX3 tags.
#include <chronicle/error.hpp>
#include <chronicle/timeml.hpp>

#include <doctest/doctest.h>

using namespace chronicle;

namespace {
const char* sample =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n"
    "<TEXT>\nStocks <EVENT eid=\"e1\">fell</EVENT> &amp; bonds rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3> &lt;AP&gt; &#233;t&#xE9;.\n</TEXT>\n</TimeML>\n";
}

TEST_CASE("the DCT and the plain text are read") {
    const TimemlDocument doc = parse_timeml(sample, "x.tml");
    CHECK(doc.dct_value == "1998-01-08");
    CHECK(doc.dct == date::year{1998} / 1 / 8);
    CHECK(doc.text == "\nStocks fell & bonds rose Wednesday <AP> \xC3\xA9t\xC3\xA9.\n");
    CHECK(doc.head.size() > 0);
    CHECK(doc.head.substr(doc.head.size() - 6) == "<TEXT>");
    CHECK(doc.tail.rfind("</TEXT>", 0) == 0);
}

TEST_CASE("our tags are written at the byte offsets, with the text re-escaped") {
    const TimemlDocument doc = parse_timeml(sample, "x.tml");
    Timex t;
    t.begin = doc.text.find("Wednesday");
    t.end = t.begin + 9;
    t.type = TimexType::Date;
    t.value = "1998-01-07";
    const std::string out = write_timeml(doc, {t});
    CHECK(out.find("<TEXT>\nStocks fell &amp; bonds rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3> &lt;AP&gt; \xC3\xA9t\xC3\xA9.\n</TEXT>") != std::string::npos);
    // Reading our own output gives the same text back.
    CHECK(parse_timeml(out, "out.tml").text == doc.text);
}

TEST_CASE("mod, quant and freq are written when set; bad spans are skipped") {
    TimemlDocument doc;
    doc.text = "every week, early 2020";
    Timex set;
    set.begin = 0; set.end = 10; set.type = TimexType::Set; set.value = "P1W"; set.quant = "EVERY";
    Timex early;
    early.begin = 12; early.end = 22; early.value = "2020"; early.mod = "START";
    Timex overlapping;
    overlapping.begin = 5; overlapping.end = 15; overlapping.value = "X";
    const std::string out = write_timeml(doc, {set, early, overlapping});
    CHECK(out == "<TIMEX3 tid=\"t1\" type=\"SET\" value=\"P1W\" quant=\"EVERY\">every week</TIMEX3>, "
                 "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2020\" mod=\"START\">early 2020</TIMEX3>");
}

TEST_CASE("documents without a DCT or TEXT are refused with the file name") {
    CHECK_THROWS_WITH_AS(parse_timeml("<TimeML><TEXT>x</TEXT></TimeML>", "a.tml"),
                         "a.tml: no <DCT> with a TIMEX3 value (the article date)", Error);
    CHECK_THROWS_WITH_AS(parse_timeml("<DCT><TIMEX3 value=\"1998-02-30\"/></DCT><TEXT>x</TEXT>", "b.tml"),
                         "b.tml: the <DCT> value \"1998-02-30\" is not a date of the form YYYY-MM-DD", Error);
    CHECK_THROWS_WITH_AS(parse_timeml("<DCT><TIMEX3 value=\"1998-01-08\"/></DCT>", "c.tml"),
                         "c.tml: no <TEXT>...</TEXT> element", Error);
}
