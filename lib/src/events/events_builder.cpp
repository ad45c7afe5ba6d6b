// From temporal expressions to events. For each useful expression the builder finds the
// phrase it dates (a noun phrase such as "the agreement signed in 2015", or else the clause
// around it), turns it into a short label, and attaches places and people; then it merges
// mentions of the same happening, drops statements when something better happened that
// day, and, for articles about a trip, groups the trip's days and its undated items.
// The rules are explained in docs/events-builder.md.
#include <chronicle/events_builder.hpp>
#include <chronicle/when.hpp>

#include "events/events_label.hpp"
#include "events/events_text.hpp"
#include "events/gazetteer.hpp"
#include "tagger/extract_tokens.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace chronicle {

namespace {

using events_label::Draft;
using events_label::Role;

constexpr std::int64_t seconds_per_day = 86400;

std::int64_t day_index(Date d) { return date::sys_days{d}.time_since_epoch().count(); }

Date day_at(std::int64_t index) { return Date{date::sys_days{date::days{index}}}; }

// "P2D" -> 2, "P1W" -> 7; nullopt for other durations.
std::optional<int> duration_days(std::string_view value) {
    if (value.size() < 3 || value.front() != 'P') return std::nullopt;
    const char unit = value.back();
    if (unit != 'D' && unit != 'W') return std::nullopt;
    int n = 0;
    for (char c : value.substr(1, value.size() - 2)) {
        if (c < '0' || c > '9' || n > 1000) return std::nullopt;
        n = n * 10 + (c - '0');
    }
    if (n < 1) return std::nullopt;
    return unit == 'W' ? n * 7 : n;
}

// When and end of an expression, or nullopt when it dates nothing useful.
struct Dating {
    std::string when;
    std::string end;
    bool stretch = false;  // "two days of meetings": a duration read from the article date on
};

std::optional<Dating> dating_of(const Timex& timex, const events_label::Article& article, Date article_date) {
    if (timex.type == TimexType::Set) return std::nullopt;
    if (timex.type == TimexType::Duration) {
        const std::optional<int> days = duration_days(timex.value);
        if (!days || *days < 2 || !article.followed_by_of(timex)) return std::nullopt;
        const Date last = day_at(day_index(article_date) + *days - 1);
        // A stretch that would end after 9999-12-31 has no TIMEX3 date to end on.
        if (static_cast<int>(last.year()) > 9999) return std::nullopt;
        return Dating{format_iso_date(article_date), format_iso_date(last), true};
    }
    if (!parse_when(timex.value)) return std::nullopt;  // PAST_REF, XXXX-05-01, "now"...
    return Dating{timex.value, {}, false};
}

double base_confidence(const Draft& d) {
    switch (d.role) {
        case Role::TripItem: return 0.5;
        case Role::Happening: break;
    }
    if (d.unresolved_subject) return 0.3;  // "They will appeal the decision": who is unknown
    return d.from_noun_phrase ? 0.8 : 0.7;
}

std::int64_t begin_of(const Event& e) {
    const auto w = parse_when(e.when);
    return w ? w->begin : 0;
}

std::int64_t end_of(const Event& e) {
    const auto w = parse_when(e.end.empty() ? e.when : e.end);
    return w ? w->end : 0;
}

// ---- merging ------------------------------------------------------------------------

// Capitalized words of a label after its first word: the names it mentions.
std::set<std::string> names_in(std::string_view label) {
    std::set<std::string> names;
    std::size_t i = label.find(' ');
    while (i != std::string_view::npos && i + 1 < label.size()) {
        const std::size_t start = i + 1;
        const std::size_t end = label.find_first_of(" ,", start);
        const std::string_view word = label.substr(start, end == std::string_view::npos ? end : end - start);
        if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') names.insert(std::string(word));
        i = end == std::string_view::npos ? end : label.find(' ', end);
    }
    return names;
}

// Each label names someone or somewhere the other does not: two happenings
// ("Blinken met Lavrov", "Blinken met Wang").
bool name_different_things(const Draft& a, const Draft& b) {
    const auto na = names_in(a.event.label);
    const auto nb = names_in(b.event.label);
    const bool a_own = std::any_of(na.begin(), na.end(), [&](const std::string& n) { return nb.count(n) == 0; });
    const bool b_own = std::any_of(nb.begin(), nb.end(), [&](const std::string& n) { return na.count(n) == 0; });
    return a_own && b_own;
}

bool same_happening(const Draft& a, const Draft& b) {
    if (a.event.when != b.event.when || a.event.end != b.event.end) return false;
    if (name_different_things(a, b)) return false;
    const std::set<std::string>& small = a.keywords.size() <= b.keywords.size() ? a.keywords : b.keywords;
    const std::set<std::string>& large = a.keywords.size() <= b.keywords.size() ? b.keywords : a.keywords;
    if (small.empty()) return false;
    std::size_t shared = 0;
    for (const auto& k : small) shared += large.count(k);
    // Most of the shorter label's words recur in the longer one: the same thing said twice.
    return shared * 2 > small.size() || (shared >= 2);
}

std::string joined_unique(const std::string& a, const std::string& b) {
    if (a.empty()) return b;
    if (b.empty() || a.find(b) != std::string::npos) return a;
    if (b.find(a) != std::string::npos) return b;
    return a + "; " + b;
}

void absorb(Draft& keep, const Draft& other) {
    if (keep.event.where.empty()) keep.event.where = other.event.where;
    keep.event.who = joined_unique(keep.event.who, other.event.who);
    keep.event.confidence = std::min(1.0, std::max(keep.event.confidence, other.event.confidence) + 0.1);
    keep.keywords.insert(other.keywords.begin(), other.keywords.end());
    keep.minutes = std::max(keep.minutes, other.minutes);
}

// Each draft merges into the first kept draft that tells the same happening. Only drafts of
// the same when and end can (same_happening), so the kept ones are indexed by those: with
// every kept draft tried in turn, an article of N differently dated events cost N * N / 2
// comparisons. A merge keeps when and end (both drafts have them equal), so the index holds.
std::vector<Draft> merge_mentions(std::vector<Draft> drafts) {
    std::vector<Draft> merged;
    merged.reserve(drafts.size());
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> by_dating;
    for (Draft& d : drafts) {
        std::vector<std::size_t>& same_dating = by_dating[{d.event.when, d.event.end}];
        // In the order they were kept, as a search of `merged` from the front would find them.
        const auto same = std::find_if(same_dating.begin(), same_dating.end(),
                                       [&](std::size_t m) { return same_happening(merged[m], d); });
        if (same == same_dating.end()) {
            same_dating.push_back(merged.size());
            merged.push_back(std::move(d));
            continue;
        }
        Draft& keep = merged[*same];
        // The noun-phrase label of either mention is usually the crisper one.
        if (d.from_noun_phrase && !keep.from_noun_phrase) std::swap(keep, d);
        absorb(keep, d);
    }
    return merged;
}

// ---- itinerary ----------------------------------------------------------------------

struct Trip {
    std::string traveler;  // short name, e.g. "Blinken"
    std::string traveler_full;  // "U.S. Secretary of State Antony Blinken"
    std::string main_place;
    std::set<std::string> places;
    std::int64_t first_day = 0;
    std::int64_t last_day = -1;
};

bool within_days(const Draft& d, Date article_date, std::int64_t days) {
    const auto w = parse_when(d.event.when);
    if (!w || w->grain < Grain::Day) return false;
    const std::int64_t day = w->begin / seconds_per_day - (w->begin < 0 ? 1 : 0);
    return day >= day_index(article_date) - days && day <= day_index(article_date) + days;
}

bool belongs_to_trip(const Draft& d, const Trip& trip) {
    const bool traveler_named = !trip.traveler.empty() && (d.event.label.find(trip.traveler) != std::string::npos ||
                                                          d.event.who.find(trip.traveler) != std::string::npos);
    const bool trip_place = !d.event.where.empty() && trip.places.count(d.event.where) != 0;
    return traveler_named || trip_place || d.trip_cue;
}

void mark_trip(std::vector<Draft>& drafts, Trip& trip, Date article_date) {
    constexpr std::int64_t trip_window_days = 7;
    for (Draft& d : drafts) {
        if (!within_days(d, article_date, trip_window_days) || !belongs_to_trip(d, trip)) continue;
        d.in_trip = true;
        const std::int64_t first = begin_of(d.event) / seconds_per_day;
        const std::int64_t last = (end_of(d.event) - 1) / seconds_per_day;
        if (trip.last_day < trip.first_day) {
            trip.first_day = first;
            trip.last_day = last;
        }
        trip.first_day = std::min(trip.first_day, first);
        trip.last_day = std::max(trip.last_day, last);
    }
}

// An event told between two trip events of the same stretch ("The two leaders signed an
// agreement later in the day") is part of the trip too.
void mark_trip_neighbours(std::vector<Draft>& drafts, Date article_date) {
    constexpr std::int64_t trip_window_days = 7;
    std::vector<Draft*> in_text;
    for (Draft& d : drafts) {
        in_text.push_back(&d);
    }
    std::sort(in_text.begin(), in_text.end(), [](const Draft* a, const Draft* b) { return a->position < b->position; });
    for (std::size_t i = 1; i + 1 < in_text.size(); ++i) {
        Draft& d = *in_text[i];
        const Draft& before = *in_text[i - 1];
        const Draft& after = *in_text[i + 1];
        if (d.in_trip || !before.in_trip || !after.in_trip || !within_days(d, article_date, trip_window_days)) continue;
        if (before.event.when.substr(0, 10) == d.event.when.substr(0, 10)) d.in_trip = true;
    }
}

// The trip's place where one of its events has none: the place its events name most.
void fill_trip_places(std::vector<Draft>& drafts, Trip& trip) {
    std::map<std::string, int> counts;
    for (const Draft& d : drafts) {
        if (d.in_trip && !d.event.where.empty()) ++counts[d.event.where];
    }
    int best = 0;
    for (const auto& [place, n] : counts) {
        if (n > best || (n == best && trip.places.count(place) != 0 && trip.main_place.empty())) {
            best = n;
            trip.main_place = place;
        }
    }
    for (Draft& d : drafts) {
        if (!d.in_trip) continue;
        d.event.group = "trip";
        if (d.event.where.empty()) d.event.where = trip.main_place;
        if (d.event.who.empty()) d.event.who = trip.traveler_full;  // the traveler is there
    }
}

void date_trip_items(std::vector<Draft>& items, const Trip& trip) {
    for (Draft& item : items) {
        item.event.when = format_iso_date(day_at(trip.first_day));
        if (trip.last_day > trip.first_day) item.event.end = format_iso_date(day_at(trip.last_day));
        item.event.group = "trip";
        if (item.event.where.empty()) item.event.where = trip.main_place;
        if (item.event.who.empty()) item.event.who = trip.traveler_full;
        item.in_trip = true;
    }
}

// Whether an undated clause told in `telling` can take the time when..end before it: a
// past clause goes on telling a past or present day, a future one a day still to come.
bool tense_agrees(events_label::Telling telling, const std::string& when, const std::string& end, Date article_date) {
    const auto begins = parse_when(when);
    const auto ends = parse_when(end.empty() ? when : end);
    if (!begins || !ends) return false;
    const std::int64_t day_begin = day_index(article_date) * seconds_per_day;
    switch (telling) {
        case events_label::Telling::Any: return true;
        case events_label::Telling::Past: return begins->begin < day_begin + seconds_per_day;
        case events_label::Telling::Future: return ends->end > day_begin;
        case events_label::Telling::Other: return false;
    }
    return false;
}

// A time an undated sentence can go on telling: an event of the sentence before it, or a
// date that sentence names even when it gives no event ("On Sunday, police said ...").
struct Anchor {
    std::string when, end;  // (not the whole Event: its source sentence can be long)
    int minutes = 12 * 60;
    std::size_t position = 0;
};
using AnchorsBySentence = std::map<std::size_t, std::vector<Anchor>>;

void add_anchor(AnchorsBySentence& anchors, const Draft& d) {
    if (d.role != Role::Happening || d.stretch || d.baseline) return;
    anchors[d.sentence].push_back(Anchor{d.event.when, d.event.end, d.minutes, d.position});
}

// Undated sentences that follow a dated one take its date: sequels ("He then held talks":
// right after it) and continuations ("Rescuers pulled 14 people out": the same narrative,
// in the same tense). Of the sentence before, the last event or date whose tense agrees
// is taken; a follower is itself an anchor for the next sentence ("Then ... Then ..."), so
// sentences are taken in text order.
void date_followers(std::vector<Draft>& drafts, std::vector<Draft> followers, AnchorsBySentence anchors,
                    Date article_date) {
    for (const Draft& d : drafts) add_anchor(anchors, d);
    std::stable_sort(followers.begin(), followers.end(), [](const Draft& a, const Draft& b) { return a.sentence < b.sentence; });
    std::set<std::size_t> taken;  // a sentence that is a sequel is no continuation too
    for (Draft& follower : followers) {
        if (follower.sentence == 0 || taken.count(follower.sentence) != 0) continue;
        const auto before_at = anchors.find(follower.sentence - 1);
        if (before_at == anchors.end()) continue;
        const Anchor* before = nullptr;
        for (const Anchor& a : before_at->second) {
            const bool later = before == nullptr || a.position > before->position;
            if (later && tense_agrees(follower.telling, a.when, a.end, article_date)) before = &a;
        }
        if (before == nullptr) continue;
        taken.insert(follower.sentence);
        follower.event.when = before->when;
        follower.event.end = before->end;
        follower.minutes = before->minutes + 1;
        follower.event.confidence = follower.unresolved_subject ? 0.3 : follower.follows_previous ? 0.6 : 0.5;
        add_anchor(anchors, follower);
        drafts.push_back(std::move(follower));
    }
}

// ---- order --------------------------------------------------------------------------

void sort_in_time_order(std::vector<Draft>& drafts) {
    std::stable_sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) {
        const std::int64_t day_a = begin_of(a.event) / seconds_per_day;
        const std::int64_t day_b = begin_of(b.event) / seconds_per_day;
        if (begin_of(a.event) != begin_of(b.event) && day_a != day_b) return begin_of(a.event) < begin_of(b.event);
        // Same day: coarser values (a month, a year) first, then the itinerary order.
        const std::int64_t span_a = end_of(a.event) - begin_of(a.event);
        const std::int64_t span_b = end_of(b.event) - begin_of(b.event);
        const bool coarse_a = span_a > seconds_per_day && a.role != Role::TripItem && !a.stretch;
        const bool coarse_b = span_b > seconds_per_day && b.role != Role::TripItem && !b.stretch;
        if (coarse_a != coarse_b) return coarse_a;
        if (a.minutes != b.minutes) return a.minutes < b.minutes;
        return a.position < b.position;
    });
}

// Sequencing cues ("then", "after that") put an event right after the one before it.
void apply_sequence_cues(std::vector<Draft>& drafts) {
    std::sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) { return a.position < b.position; });
    for (std::size_t i = 1; i < drafts.size(); ++i) {
        if (drafts[i].follows_previous && drafts[i].event.when == drafts[i - 1].event.when) {
            drafts[i].minutes = std::max(drafts[i].minutes, drafts[i - 1].minutes + 1);
        }
    }
}

// A headline: a first line of at most 100 bytes that does not end like a sentence; a view
// into `text` (empty when there is none).
std::string_view headline_of(std::string_view text) {
    constexpr std::size_t max_headline = 100;
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return {};
    std::string_view line = text.substr(start, text.find('\n', start) - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
    if (line.empty() || line.size() > max_headline) return {};
    const char last = line.back();
    const bool sentence_end = last == '.' || last == '!' || last == '?' || last == ',' || last == ':' ||
                              (line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\xA6");  // ellipsis
    return sentence_end ? std::string_view() : line;
}

// Whether the expression is the baseline of a comparison: "compared with a year-earlier
// loss", "against $2.9 million a year ago", "up 5% from 4 pence a year earlier". An earnings
// report goes on about its own period after such a clause, so the baseline's date is not
// one an undated sentence after it continues (the events it dates are still shown). Read
// from the clause before the expression: "compared with", "compared to" or "versus" in it,
// or a figure right before the expression.
bool is_comparison_baseline(std::string_view text, const Timex& t) {
    const std::size_t from = t.sentence_begin < t.begin ? t.sentence_begin : t.begin;
    std::string_view before = text.substr(from, t.begin - from);
    if (const std::size_t cut = before.find_last_of(";:"); cut != std::string_view::npos) before.remove_prefix(cut + 1);
    for (const std::string_view cue : {"compared with", "compared to", "versus", " vs. "})
        if (before.find(cue) != std::string_view::npos) return true;
    // "$2.9 million a year earlier", "5% a year ago", "2.07 a share, a year earlier"
    while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.remove_suffix(1);
    for (const std::string_view figure : {"million", "billion", "cents", "pence", "%", "share", "percent"})
        if (before.ends_with(figure)) return true;
    return !before.empty() && before.back() >= '0' && before.back() <= '9';
}

EventSet build_from(const events_label::Article& article, std::string_view text, Date article_date,
                    const std::vector<Timex>& timexes) {
    std::vector<Draft> drafts;
    // The headline is the title; it restates the lead in headline tense ("Retailer cuts
    // forecast after weak Christmas"), so its dates give no events of their own.
    const std::string_view headline = headline_of(text);
    const std::size_t headline_end = headline.empty() ? 0 : static_cast<std::size_t>(headline.data() - text.data()) + headline.size();
    AnchorsBySentence dates_named;
    for (std::size_t i = 0; i < timexes.size(); ++i) {
        if (timexes[i].end <= headline_end) continue;
        const std::optional<Dating> dating = dating_of(timexes[i], article, article_date);
        if (!dating) continue;
        const bool baseline = is_comparison_baseline(text, timexes[i]);
        if (const auto sentence = article.narrative_sentence(i); sentence && !dating->stretch && !baseline) {
            dates_named[*sentence].push_back(Anchor{dating->when, dating->end, 12 * 60, timexes[i].begin});
        }
        for (Draft& d : article.describe(i, dating->stretch)) {
            const events_label::LabelForm form = events_label::label_form(d.event.label);
            if (form == events_label::LabelForm::Fragment) continue;  // dropped, never shown as a fragment
            d.unresolved_subject = form == events_label::LabelForm::Unresolved;
            d.event.when = dating->when;
            d.event.end = dating->end;
            d.stretch = dating->stretch;
            d.baseline = baseline;
            d.event.confidence = base_confidence(d);
            drafts.push_back(std::move(d));
        }
    }
    std::vector<Draft> followers = article.sequels();
    for (Draft& d : article.continuations()) followers.push_back(std::move(d));
    date_followers(drafts, std::move(followers), std::move(dates_named), article_date);
    drafts = merge_mentions(std::move(drafts));

    Trip trip;
    std::vector<Draft> trip_items;
    if (article.is_about_a_trip()) {
        trip.traveler = article.traveler();
        trip.traveler_full = article.full_name(trip.traveler);
        trip.places = article.trip_places();
        mark_trip(drafts, trip, article_date);
        mark_trip_neighbours(drafts, article_date);
        fill_trip_places(drafts, trip);
        if (trip.last_day >= trip.first_day) {
            trip_items = article.undated_trip_items();
            date_trip_items(trip_items, trip);
        }
    }
    for (Draft& item : trip_items) {
        item.event.confidence = base_confidence(item);
        drafts.push_back(std::move(item));
    }

    apply_sequence_cues(drafts);
    sort_in_time_order(drafts);
    EventSet set;
    set.date = format_iso_date(article_date);
    set.title = std::string(headline);
    for (Draft& d : drafts) {
        d.event.priority = (d.in_trip ? 2.0 : 1.0) + (d.event.where.empty() ? 0.0 : 0.5) - (d.unresolved_subject ? 1.0 : 0.0);
        set.events.push_back(std::move(d.event));
    }
    return set;
}

}  // namespace

EventSet build_events(std::string_view text, Date article_date, const std::vector<Timex>& timexes) {
    return build_from(events_label::Article(text, timexes), text, article_date, timexes);
}

ArticleEvents extract_events(std::string_view text, Date article_date) {
    ArticleEvents out;
    std::optional<tagger::Tokens> tokens;
    out.timexes = tagger::extract_keeping_tokens(text, article_date, tokens);
    out.events = tokens ? build_from(events_label::Article(text, out.timexes, *tokens), text, article_date, out.timexes)
                        : build_events(text, article_date, out.timexes);
    return out;
}

}  // namespace chronicle
