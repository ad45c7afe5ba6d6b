// TimeML in the TempEval-3 form: reading the DCT and plain text, writing our TIMEX3 tags.
#include <chronicle/error.hpp>
#include <chronicle/timeml.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

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

// The DCT is read from the header only (before <TEXT>), from a closed <DCT>...</DCT>;
// anything else is refused with one line naming the file (timeml.hpp explains why there is
// no fallback to a date guessed from the text).
TEST_CASE("a DCT inside the text or not closed is not a DCT") {
    // Fuzz finding dct-inside-text.tml: the DCT was taken from inside <TEXT>, and the
    // written document, with the DCT tag stripped from the text, had none.
    CHECK_THROWS_WITH_AS(parse_timeml("<TimeML><TEXT>Stocks fell <DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
                                      "value=\"2000-02-29\"/></DCT> on Monday.</TEXT></TimeML>",
                                      "d.tml"),
                         "d.tml: the <DCT> (the article date) comes after <TEXT>; it must come before it", Error);
    CHECK_THROWS_WITH_AS(parse_timeml("<TEXT>x</TEXT><DCT><TIMEX3 value=\"2000-02-29\"/></DCT>", "after.tml"),
                         "after.tml: the <DCT> (the article date) comes after <TEXT>; it must come before it",
                         Error);
    // Fuzz finding dct-value-read-from-text.tml: with <DCT> never closed, value="..." was
    // taken from the article text, which tagging then changed.
    CHECK_THROWS_WITH_AS(parse_timeml("<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" <TEXT>value=\"2000-02-29\" "
                                      "said the memo.</TEXT></TimeML>",
                                      "e.tml"),
                         "e.tml: not well-formed XML at byte 42: Error parsing start element tag", Error);
    // Closed, but only inside the text: not XML either.
    CHECK_THROWS_WITH_AS(parse_timeml("<DCT><TIMEX3 value=\"2000-02-29\"/><TEXT>x</DCT></TEXT>", "f.tml"),
                         "f.tml: not well-formed XML at byte 42: Start-end tags mismatch", Error);
    // Well-formed, with <TEXT> inside the <DCT>: not closed before <TEXT>.
    CHECK_THROWS_WITH_AS(parse_timeml("<DCT><TIMEX3 value=\"2000-02-29\"/><TEXT>x</TEXT></DCT>", "f2.tml"),
                         "f2.tml: the <DCT> (the article date) is not closed by </DCT> before <TEXT>", Error);
    // A closed DCT whose "value" is the TIMEX3's text, not its attribute.
    CHECK_THROWS_WITH_AS(
        parse_timeml("<DCT><TIMEX3 tid=\"t0\">value=\"2000-02-29\"</TIMEX3></DCT><TEXT>x</TEXT>", "g.tml"),
        "g.tml: no <DCT> with a TIMEX3 value (the article date)", Error);
    // A value spanning lines is shown on one line.
    CHECK_THROWS_WITH_AS(parse_timeml("<DCT><TIMEX3 value=\"1998\n01\"/></DCT><TEXT>x</TEXT>", "h.tml"),
                         "h.tml: the <DCT> value \"1998 01\" is not a date of the form YYYY-MM-DD", Error);
}

TEST_CASE("the DCT value is the TIMEX3's value attribute, whatever the quoting") {
    // Single quotes, spaces around '=', a '>' and a "value=" inside another attribute.
    const TimemlDocument doc = parse_timeml(
        "<DCT><TIMEX3 tid='t0' comment=\"a>b value=&quot;1999-09-09\" value = '1998-01-08'>8 Jan</TIMEX3></DCT>"
        "<TEXT>x</TEXT>",
        "q.tml");
    CHECK(doc.dct_value == "1998-01-08");
    CHECK(doc.dct == date::year{1998} / 1 / 8);
    // <TIMEX3x> is another tag: the TIMEX3 after it is the one read.
    CHECK(parse_timeml("<DCT><TIMEX3x value=\"1999-09-09\"/><TIMEX3 value=\"1998-01-08\"/></DCT><TEXT>x</TEXT>",
                       "x.tml")
              .dct_value == "1998-01-08");
}

TEST_CASE("a written document keeps its DCT when the text holds value=\"...\"") {
    // The text quotes a value="..." and a date that gets tagged; the DCT of the written
    // document is still the header's.
    const TimemlDocument doc = parse_timeml(
        "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\"/></DCT>"
        "<TEXT>The memo said value=\"2000-02-29\" on Monday.</TEXT></TimeML>",
        "m.tml");
    CHECK(doc.text == "The memo said value=\"2000-02-29\" on Monday.");
    Timex t;
    t.begin = doc.text.find("2000-02-29");
    t.end = t.begin + 10;
    t.value = "2000-02-29";
    const std::string out = write_timeml(doc, {t});
    CHECK(out.find("value=\"<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2000-02-29\">2000-02-29</TIMEX3>\"") !=
          std::string::npos);
    const TimemlDocument back = parse_timeml(out, "out.tml");
    CHECK(back.dct_value == "1998-01-08");
    CHECK(back.text == doc.text);
}

TEST_CASE("CDATA is text, comments and processing instructions are not, and no DTD entity is expanded") {
    const std::string xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML [<!ENTITY year \"1999\">]>\n"
        "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-03-23\"/></DCT>\n"
        "<!-- a note before the text: </TEXT> -->"
        "<TEXT>Talks <![CDATA[opened <on> March 3 & </TEXT>]]> resumed<!-- drafted in 1998 --> in &year; "
        "<?note 1997?>today.</TEXT><!-- </TEXT> --></TimeML>\n";
    const TimemlDocument doc = parse_timeml(xml, "c.tml");
    CHECK(doc.text == "Talks opened <on> March 3 & </TEXT> resumed in &year; today.");
    CHECK(doc.head == xml.substr(0, xml.find("<TEXT>") + 6));
    CHECK(doc.tail == "</TEXT><!-- </TEXT> --></TimeML>\n");
    // Written back, the CDATA text is escaped text and the year of the comment is gone.
    const std::string out = write_timeml(doc, {});
    CHECK(out.find("<TEXT>Talks opened &lt;on&gt; March 3 &amp; &lt;/TEXT&gt; resumed in &amp;year; today.</TEXT>") !=
          std::string::npos);
    CHECK(parse_timeml(out, "out.tml").text == doc.text);
    // An empty <TEXT/> is an empty text.
    CHECK(parse_timeml("<DCT><TIMEX3 value=\"2021-03-23\"/></DCT><TEXT/>", "e.tml").text.empty());
}

TEST_CASE("character references are decoded to UTF-8 of every length") {
    // &#65; is "A" (1 byte), &#233; "é" (C3 A9), &#x20AC; "€" (E2 82 AC), &#x1F600; an
    // emoji (F0 9F 98 80). A surrogate or a value past U+10FFFF is no character: kept as written.
    const TimemlDocument doc = parse_timeml(
        "<DCT><TIMEX3 value=\"2021-03-23\"/></DCT><TEXT>&#65;&#233;&#x20AC;&#x1F600; &#xD800; &#1114112;</TEXT>",
        "u.tml");
    CHECK(doc.text == "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 &#xD800; &#1114112;");
}

TEST_CASE("chronicle timeml: a document without a usable DCT gets one line, the others are written") {
    const std::string cli = CHRONICLE_CLI;
    if (cli.empty()) return;  // built without the command
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("chronicle-test-timeml-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "good.tml") << "<DCT><TIMEX3 value=\"2021-03-23\"/></DCT><TEXT>Talks on Monday.</TEXT>";
    std::ofstream(dir / "bad.tml") << "<TEXT>Talks <DCT><TIMEX3 value=\"2021-03-23\"/></DCT> on Monday.</TEXT>";
    const std::string command = "'" + cli + "' timeml '" + (dir / "bad.tml").string() + "' '" +
                                (dir / "good.tml").string() + "' --out-dir '" + (dir / "out").string() + "' 2> '" +
                                (dir / "stderr.txt").string() + "'";
    const int status = std::system(command.c_str());
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    std::ifstream err_file(dir / "stderr.txt");
    const std::string err{std::istreambuf_iterator<char>(err_file), std::istreambuf_iterator<char>()};
    CHECK(err == "chronicle: " + (dir / "bad.tml").string() +
                     ": the <DCT> (the article date) comes after <TEXT>; it must come before it\n");
    CHECK_FALSE(fs::exists(dir / "out" / "bad.tml"));
    CHECK(fs::exists(dir / "out" / "good.tml"));
    fs::remove_all(dir);
}
