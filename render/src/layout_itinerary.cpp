// The itinerary: an agenda by day. Each day (or coarser stretch: "2018", "February 2021")
// gets a header, then its events in order: input order, and timed events by their time.
// Each row shows the time or part of day (or the words the text used), the label, and
// where/who. Horizontal orientation flows the sections into columns; vertical uses one.
#include "layout_common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace chronicle::render {

namespace {

constexpr std::int64_t day_seconds = 86400;

struct Section {
    std::int64_t begin = 0, end = 0;
    std::string header;
    std::vector<int> events;  // indices into ctx.events
    double height = 0;
    bool article = false;     // the article's day
};

std::int64_t day_of(std::int64_t t) { return t / day_seconds - ((t % day_seconds) < 0 ? 1 : 0); }

std::string time_text(const Context& ctx, const Prepared& e) {
    if (!e.when_text.empty()) return e.when_text;
    if (e.interval) {
        const Civil a = civil_from_seconds(e.begin);
        const Civil b = civil_from_seconds(e.end_when.begin);
        if (day_of(e.begin) == day_of(e.end - 1) && e.when.grain > Grain::PartOfDay && e.end_when.grain > Grain::PartOfDay)
            return format_clock(a) + "\u2013" + format_clock(b);
        return "\u2192 " + format_day(b, ctx.names.day_short, ctx.names);
    }
    switch (e.when.grain) {
        case Grain::PartOfDay: {
            const std::string full = format_when(e.when, ctx.names);
            const auto comma = full.rfind(", ");
            return comma == std::string::npos ? full : full.substr(comma + 2);
        }
        case Grain::Hour:
        case Grain::Minute:
        case Grain::Second: return format_clock(civil_from_seconds(e.begin));
        default: return "";
    }
}

std::vector<Section> make_sections(const Context& ctx) {
    std::map<std::tuple<std::int64_t, std::int64_t>, Section> by_key;
    for (std::size_t i = 0; i < ctx.events.size(); ++i) {
        const auto& e = ctx.events[i];
        std::int64_t b = e.when.begin, end = e.when.end;
        std::string header;
        if (e.when.grain >= Grain::Day) {
            b = day_of(e.when.begin) * day_seconds;
            end = b + day_seconds;
            header = format_day(civil_from_seconds(b), ctx.names.day_full, ctx.names);
        } else {
            header = format_when(e.when, ctx.names);
        }
        // Longer stretches first among those starting together ("2021" before "January 2021").
        Section& s = by_key[{b, -end}];
        if (s.events.empty()) { s.begin = b; s.end = end; s.header = header; }
        s.events.push_back(static_cast<int>(i));
    }
    // The article's day is a section too, marked, even when no event falls on it: the reader
    // sees which items were past and which ahead when it was written.
    if (const auto article = parse_when(ctx.set.date); article && !ctx.set.date.empty()) {
        const std::int64_t b = day_of(article->begin) * day_seconds;
        Section& s = by_key[{b, -(b + day_seconds)}];
        if (s.events.empty()) {
            s.begin = b;
            s.end = b + day_seconds;
            s.header = format_day(civil_from_seconds(b), ctx.names.day_full, ctx.names);
        }
        s.article = true;
    }
    std::vector<Section> sections;
    for (auto& [key, s] : by_key) {
        // Timed events by their time; a vague one ("later in the day") right after the event
        // it follows in the text, wherever that goes; other untimed ones first.
        std::map<int, double> order_key;
        double previous = -1e300;
        for (const int i : s.events) {  // input order
            const auto& e = ctx.events[static_cast<std::size_t>(i)];
            const bool timed = e.when.grain > Grain::Day;
            const double own = timed ? static_cast<double>(e.begin) : -1e300;
            order_key[i] = !timed && !e.when_text.empty() ? previous : own;
            previous = order_key[i];
        }
        std::stable_sort(s.events.begin(), s.events.end(), [&](int a, int b) { return order_key[a] < order_key[b]; });
        sections.push_back(std::move(s));
    }
    return sections;
}

struct Row {
    int event = 0;
    std::vector<std::string> time_lines;
    Block block;
    double height = 0;
};

}  // namespace

Scene layout_itinerary(Context& ctx) {
    const double W = ctx.scene.width;
    const double M = ctx.margin;
    const double header_bottom = emit_header(ctx);
    auto sections = make_sections(ctx);
    const double gutter = 32;
    const std::size_t max_columns = ctx.options.orientation == Orientation::Horizontal
        ? static_cast<std::size_t>(std::max(1.0, std::floor((W - 2 * M + gutter) / (320 + gutter))))
        : 1;
    const std::size_t columns = std::max<std::size_t>(1, std::min(max_columns, sections.size()));
    const double col_w = (W - 2 * M - static_cast<double>(columns - 1) * gutter) / static_cast<double>(columns);
    const FontSpec section_font{ctx.body.size * 1.1, true, false};
    const double section_h = ctx.line_height(section_font) + 10;

    // Time column: as wide as the widest time text needs, within limits.
    double time_w = 0;
    for (const auto& e : ctx.events) time_w = std::max(time_w, ctx.width(time_text(ctx, e), ctx.small));
    time_w = std::min(time_w, std::min(150.0, col_w * 0.3));
    const double r = std::max(3.0, ctx.body.size * 0.3);
    const double dot_x = (time_w > 0 ? time_w + 8 : 0) + r + 2;  // the dot's centre
    const double text_x = dot_x + r + 8;
    const double text_w = std::max(60.0, col_w - text_x);

    // Past what the columns can hold, the most important events keep their rows (priority,
    // then confidence, then time) and each day counts the rest ("+12"). Row heights are
    // estimated here from one measurement of each label.
    const double count_h = ctx.line_height(ctx.small_bold) + 4;
    const double room = static_cast<double>(columns) * (max_height - header_bottom - M - 3 * count_h) * 0.85;
    std::vector<char> keep(ctx.events.size(), 1);
    {
        std::vector<std::size_t> section_of(ctx.events.size(), 0), rank(ctx.events.size(), 0);
        std::vector<int> order;
        for (std::size_t sct = 0; sct < sections.size(); ++sct)
            for (std::size_t k = 0; k < sections[sct].events.size(); ++k) {
                const int ei = sections[sct].events[k];
                section_of[static_cast<std::size_t>(ei)] = sct;
                rank[static_cast<std::size_t>(ei)] = k;
                order.push_back(ei);
            }
        double estimate = 0;
        for (const int ei : order) {
            const auto& e = ctx.events[static_cast<std::size_t>(ei)];
            const double lines = std::min(4.0, std::ceil(ctx.width(e.label, ctx.body) / text_w));
            estimate += lines * ctx.line_height(ctx.body) + (e.where.empty() && e.who.empty() ? 0 : 2 * ctx.line_height(ctx.small)) + 8;
        }
        estimate += static_cast<double>(sections.size()) * (section_h + 10);
        if (estimate > room) {
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                const auto& x = ctx.events[static_cast<std::size_t>(a)];
                const auto& y = ctx.events[static_cast<std::size_t>(b)];
                if (x.priority != y.priority) return x.priority > y.priority;
                if (x.confidence != y.confidence) return x.confidence > y.confidence;
                // Equals are taken a row of every day at a time, so each day keeps some.
                return rank[static_cast<std::size_t>(a)] < rank[static_cast<std::size_t>(b)];
            });
            std::vector<char> opened(sections.size(), 0);
            double used = 0;
            for (const int ei : order) {
                const auto& e = ctx.events[static_cast<std::size_t>(ei)];
                const double lines = std::min(4.0, std::ceil(ctx.width(e.label, ctx.body) / text_w));
                const double h = lines * ctx.line_height(ctx.body) + (e.where.empty() && e.who.empty() ? 0 : 2 * ctx.line_height(ctx.small)) + 8;
                const std::size_t sct = section_of[static_cast<std::size_t>(ei)];
                const double cost = h + (opened[sct] ? 0 : section_h + 10 + count_h);
                if (used + cost > room) { keep[static_cast<std::size_t>(ei)] = 0; continue; }
                used += cost;
                opened[sct] = 1;
            }
        }
    }
    std::vector<std::vector<Row>> rows(sections.size());
    std::vector<long> section_hidden(sections.size(), 0);
    double total = 0;
    // Rows past what the columns can hold are not laid out at all (height -1): only counted.
    const double budget = static_cast<double>(columns) * (max_height - header_bottom);
    for (std::size_t s = 0; s < sections.size(); ++s) {
        sections[s].height = section_h;
        for (const int ei : sections[s].events) {
            const auto& e = ctx.events[static_cast<std::size_t>(ei)];
            Row row;
            row.event = ei;
            if (!keep[static_cast<std::size_t>(ei)] || total + sections[s].height > budget) {
                row.height = -1;
                ++section_hidden[s];
                rows[s].push_back(std::move(row));
                continue;
            }
            if (time_w > 0) row.time_lines = wrap_text(time_text(ctx, e), time_w, 2, ctx.small, ctx.measurer).lines;
            for (const auto& line : wrap_text(e.label, text_w, 4, ctx.body, ctx.measurer).lines)
                row.block.lines.push_back({line, ctx.body, ctx.palette.text, 0, ei, "label", 0, false, {}});
            std::string meta = e.where;
            if (!e.who_shown.empty()) meta += (meta.empty() ? "" : " \u00b7 ") + e.who_shown;
            if (!meta.empty())
                for (const auto& line : wrap_words(meta, text_w, 2, ctx.small, ctx.measurer).lines)
                    row.block.lines.push_back({line, ctx.small, ctx.palette.muted, 0, ei, "meta", 0, false, {}});
            for (const auto& l : row.block.lines) row.block.height += ctx.line_height(l.font);
            const double time_h = static_cast<double>(row.time_lines.size()) * ctx.line_height(ctx.small);
            row.height = std::max(row.block.height, time_h) + 8;
            sections[s].height += row.height;
            rows[s].push_back(std::move(row));
        }
        if (section_hidden[s] > 0) sections[s].height += count_h;
        sections[s].height += 10;
        total += sections[s].height;
    }

    // Flow sections into columns of about equal height.
    const double target = total / static_cast<double>(columns);
    const double limit = max_height - M - 2 * ctx.line_height(ctx.small_bold);
    std::vector<double> column_y(columns, header_bottom);
    std::vector<long> column_hidden(columns, 0);
    std::size_t column = 0;
    double bottom = header_bottom;
    for (std::size_t s = 0; s < sections.size(); ++s) {
        if (column + 1 < columns && column_y[column] > header_bottom &&
            column_y[column] - header_bottom + sections[s].height / 2 > target)
            ++column;
        const double x = M + static_cast<double>(column) * (col_w + gutter);
        double& y = column_y[column];
        const auto first_shown = std::find_if(rows[s].begin(), rows[s].end(), [](const Row& row) { return row.height >= 0; });
        const bool empty = rows[s].empty();
        if ((!empty && first_shown == rows[s].end()) || y + section_h + (empty ? 0 : first_shown->height) > limit) {
            column_hidden[column] += static_cast<long>(rows[s].size());
            continue;
        }
        // The article's day carries an accent tag at the right of its header.
        double tag_w = 0;
        if (sections[s].article) {
            Item tag = text_item(ctx, "article-date", std::string(ctx.names.article), ctx.small_bold, ctx.palette.accent,
                                 x + col_w, y + (ctx.line_height(section_font) - ctx.line_height(ctx.small_bold)) / 2, Anchor::End);
            tag.css = "article-date";
            tag.tooltip = std::string(ctx.names.article) + ": " + sections[s].header;
            tag_w = tag.box.w + 10;
            if (tag_w < col_w * 0.5) ctx.scene.items.push_back(std::move(tag));
            else tag_w = 0;
        }
        Item header = text_item(ctx, "day", ellipsize(sections[s].header, col_w - tag_w, section_font, ctx.measurer),
                                section_font, ctx.palette.text, x, y, Anchor::Start);
        header.css = "day";
        ctx.scene.items.push_back(std::move(header));
        y += ctx.line_height(section_font) + 3;
        ctx.scene.items.push_back(line_item("rule", x, y, x + col_w, y, sections[s].article ? ctx.palette.accent : ctx.palette.tick,
                                            sections[s].article ? 2 : 1));
        y += 7;
        long hidden_here = 0;  // this day's events left out, counted under it
        for (const auto& row : rows[s]) {
            if (row.height < 0) { ++hidden_here; continue; }
            if (y + row.height > limit) { ++column_hidden[column]; continue; }
            const auto& e = ctx.events[static_cast<std::size_t>(row.event)];
            double ty = y;
            for (const auto& line : row.time_lines) {
                Item t = text_item(ctx, "time", line, ctx.small, ctx.palette.muted, x + time_w, ty + 1, Anchor::End);
                t.css = "time";
                t.event = e.index;
                ctx.scene.items.push_back(std::move(t));
                ty += ctx.line_height(ctx.small);
            }
            Item dot;
            dot.kind = "marker";
            dot.shape = Shape::Circle;
            dot.radius = r;
            dot.box = {x + dot_x - r, y + ctx.line_height(ctx.body) / 2 - r, 2 * r, 2 * r};
            dot.filled = true;
            dot.fill = event_color(ctx, e);
            if (e.coarse) {  // a ring: "some time in 2018", not a day
                dot.filled = false;
                dot.stroked = true;
                dot.stroke = event_color(ctx, e);
                dot.stroke_width = 1.5;
            }
            dot.event = e.index;
            dot.tooltip = e.tooltip;
            dot.css = e.group >= 0 ? fmt::format("marker group-{}", e.group) : "marker";
            ctx.scene.items.push_back(std::move(dot));
            emit_block(ctx, row.block, x + text_x, y, "item");
            y += row.height;
        }
        if (hidden_here > 0) {
            if (y + count_h <= limit) {
                Item badge = count_badge(ctx, hidden_here, x + text_x + 30, y);
                y = std::max(y + count_h, badge.box.bottom() + 2);
                ctx.scene.items.push_back(std::move(badge));
            } else {
                column_hidden[column] += hidden_here;
            }
        }
        y += 10;
        bottom = std::max(bottom, y);
    }
    for (std::size_t c = 0; c < columns; ++c) {
        if (column_hidden[c] == 0) continue;
        const double x = M + static_cast<double>(c) * (col_w + gutter);
        Item badge = count_badge(ctx, column_hidden[c], x + text_x + 30, column_y[c]);
        bottom = std::max(bottom, badge.box.bottom() + 4);
        ctx.scene.items.push_back(std::move(badge));
    }
    finish_scene(ctx, W, bottom + M * 0.75);
    return std::move(ctx.scene);
}

}  // namespace chronicle::render
