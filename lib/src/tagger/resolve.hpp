#pragma once
// The resolver: turns what an expression says (a Spec) into a TIMEX3 value, using the
// article date, the tense of its clause and the last mentioned time. Never reads the clock.
#include "tagger/grammar.hpp"
#include "tagger/tokenizer.hpp"

#include <chronicle/calendar.hpp>
#include <chronicle/timex.hpp>

#include <string>
#include <string_view>

namespace chronicle::tagger {

// What a clause says about when it happens.
enum class TenseDir { None, Past, Present, Future };

struct TenseCue {
    TenseDir dir = TenseDir::None;
    std::string_view word;  // the cue word, as it appears lowercased
    bool schedule = false;  // a present event verb just after the expression: "Thursday's programme includes"
    bool moved_to = false;  // the date a verb moves something to: "the vote was moved to Friday"
};

// The tense cue nearest to the token range [first, last) in its sentence: first looking
// left (closest first), then right.
TenseCue clause_tense(const Tokens& tokens, std::size_t first, std::size_t last);

// A resolved point or period of the calendar, at the grain the text gave it.
struct Point {
    enum class Grain { None, Century, Decade, Year, Half, Quarter, Season, Month, Week, Weekend, Day, PartOfDay, Minute };
    Grain grain = Grain::None;
    int year = 0, month = 1, day = 1;  // for Week/Weekend: any day of that week
    int quarter = 0, half = 0, decade = 0, century = 0;
    Season season = Season::None;
    PartOfDay part = PartOfDay::None;
    int hour = 0, minute = 0;
};

// TIMEX3 value of a point: "2021", "2021-03", "2021-W12", "2021-03-23TMO", "199"...
std::string format_point(const Point& point);

// Date of a holiday in a year (Easter by the Gregorian computus).
Date holiday_date(Holiday holiday, int year);

struct Resolved {
    TimexType type = TimexType::Date;
    std::string value;
    std::string mod, quant, freq;
    std::string anchor;
    std::string tense;
};

class Resolver {
public:
    Resolver(const Tokens& tokens, Date article_date);

    // Long texts are tagged piece by piece; the last mentioned time carries over.
    void set_tokens(const Tokens& tokens) {
        tokens_ = &tokens;
        has_last_cue_ = false;
        last_end_ = no_mention;  // token numbers start again
        written_year_ = -1;      // and so do sentence numbers
    }

    // Resolves candidates in text order (anaphora read the previous ones).
    Resolved resolve(const Candidate& candidate);

private:
    const Tokens* tokens_;
    Date dct_;
    std::string dct_anchor_;  // "article date 2021-03-23", the anchor of most expressions
    Point last_;          // last mentioned time (grain None before the first)
    Point last_quarter_;  // last mentioned quarter ("the quarter" refers to it)
    // The last decade or century mentioned, while no other time came after it: "the 1960s
    // ... the second half of the decade". (Not last_: "the day after" never means a decade's.)
    Point last_era_;
    // The last year written out as the time of its clause ("In 2019, ...", "founded in
    // 1998 and"): a month after it in its sentence belongs to it ("In 2019, sales fell in
    // March and rose in June"). -1: none.
    int written_year_ = -1;
    std::size_t written_year_first_ = 0, written_year_end_ = 0;  // its tokens
    bool dates_its_clause(const Candidate& c) const;
    bool in_written_years_reach(const Candidate& c) const;
    int year_in_after(const Candidate& c) const;
    Resolved resolve_candidate(const Candidate& c);
    static constexpr std::size_t no_mention = static_cast<std::size_t>(-2);
    std::size_t last_begin_ = 0;         // the first token of the mention that set last_
    std::size_t last_end_ = no_mention;  // one past its last token
    // The tense cue of the expression before, and where it ended: a date with no cue of its
    // own in the same sentence shares it ("receives her on Wednesday, before a final stop
    // in Khartoum on Friday").
    TenseCue last_cue_;
    std::size_t last_cue_end_ = 0;
    bool has_last_cue_ = false;

    TenseCue tense_of(const Candidate& c);
    bool date_ahead_after_in(const Candidate& c, const TenseCue& tense) const;
    struct RangeEnd {
        int month = -1, day = -1, year = -1;
    };
    Point calendar_of(const Candidate& c, const TenseCue& tense, Resolved& out) const;
    bool joins_range_at(std::size_t k, std::size_t first) const;
    RangeEnd range_end_date(const Candidate& c) const;
    bool second_end_of_range(const Candidate& c, std::uint32_t cat) const;
    const Word* range_end_word(const Candidate& c, std::uint32_t cat) const;
    bool ends_weekday_range(const Candidate& c) const;
    bool second_of_weekday_pair(const Candidate& c) const;
    bool ends_month_range(const Candidate& c) const;
    int range_end_weekday(const Candidate& c) const;
    int year_after(std::size_t k) const;

    bool reported_quarter(const Point& p) const;
    int weekday_after(std::size_t from) const;
    Point calendar(const Spec& s, const TenseCue& tense, Resolved& out) const;
    Point deictic(const Spec& s) const;
    Point day_of_the_month(const Spec& s, const TenseCue& tense, Resolved& out) const;
    Point relative_unit(const Spec& s) const;
    Point part_in_its_tense(const Candidate& c, const TenseCue& tense, Point p) const;
    Point offset(const Spec& s, Resolved& out) const;
    Point anniversary(const Spec& s, const Point& base, int shift) const;
    Point anaphor(const Spec& s, const TenseCue& tense, Resolved& out) const;
    Point holiday(const Spec& s, const TenseCue& tense) const;
    std::string duration_value(const Spec& s) const;
    std::string set_value(const Spec& s) const;
};

}  // namespace chronicle::tagger
