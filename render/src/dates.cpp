#include "dates.hpp"

#include <date/date.h>
#include <fmt/format.h>

#include <cmath>

namespace chronicle::render {

namespace {

constexpr std::int64_t day_seconds = 86400;

// The locale table. Facts about calendars; patterns follow each language's usual order.
const LocaleNames locales[] = {
    {"en",
     {"January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"},
     {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
     {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
     {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"},
     "{WD} {d} {MON} {y}", "{wd} {d} {mon} {y}", "{wd} {d} {mon}", "{MON} {y}", "{mon} {y}",
     "{d1}\u2013{d2} {mon} {y}", "{y} BC", "{y}s",
     {"spring", "summer", "autumn", "winter"},
     {"morning", "midday", "afternoon", "evening", "night", "daytime"},
     {{{"year", "years"}, {"month", "months"}, {"week", "weeks"}, {"day", "days"},
       {"hour", "hours"}, {"minute", "minutes"}}},
     "week {n}, {y}", "article", "events", "No dated events", "AD {y}"},
    {"fr",
     {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre"},
     {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
      "déc."},
     {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
     {"lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."},
     "{WD} {d} {MON} {y}", "{wd} {d} {mon} {y}", "{wd} {d} {mon}", "{MON} {y}", "{mon} {y}",
     "{d1}\u2013{d2} {mon} {y}", "{y} av. J.-C.", "années {y}",
     {"printemps", "été", "automne", "hiver"},
     {"matin", "midi", "après-midi", "soir", "nuit", "journée"},
     {{{"an", "ans"}, {"mois", "mois"}, {"semaine", "semaines"}, {"jour", "jours"},
       {"heure", "heures"}, {"minute", "minutes"}}},
     "semaine {n} {y}", "article", "événements", "Aucun événement daté", "{y} apr. J.-C."},
    {"de",
     {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
      "Oktober", "November", "Dezember"},
     {"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
      "Dez."},
     {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"},
     {"Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."},
     "{WD}, {d}. {MON} {y}", "{wd}, {d}. {mon} {y}", "{wd}, {d}. {mon}", "{MON} {y}", "{mon} {y}",
     "{d1}.\u2013{d2}. {mon} {y}", "{y} v. Chr.", "{y}er",
     {"Frühling", "Sommer", "Herbst", "Winter"},
     {"Morgen", "Mittag", "Nachmittag", "Abend", "Nacht", "tagsüber"},
     {{{"Jahr", "Jahre"}, {"Monat", "Monate"}, {"Woche", "Wochen"}, {"Tag", "Tage"},
       {"Stunde", "Stunden"}, {"Minute", "Minuten"}}},
     "KW {n} {y}", "Artikel", "Ereignisse", "Keine datierten Ereignisse", "{y} n. Chr."},
    {"es",
     {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
      "octubre", "noviembre", "diciembre"},
     {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
     {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"},
     {"lun", "mar", "mié", "jue", "vie", "sáb", "dom"},
     "{WD}, {d} de {MON} de {y}", "{wd} {d} {mon} {y}", "{wd} {d} {mon}", "{MON} de {y}",
     "{mon} {y}", "{d1}\u2013{d2} {mon} {y}", "{y} a. C.", "años {y}",
     {"primavera", "verano", "otoño", "invierno"},
     {"mañana", "mediodía", "tarde", "noche", "noche", "día"},
     {{{"año", "años"}, {"mes", "meses"}, {"semana", "semanas"}, {"día", "días"},
       {"hora", "horas"}, {"minuto", "minutos"}}},
     "semana {n} de {y}", "artículo", "eventos", "Ningún evento fechado", "{y} d. C."},
};

std::string replace_all(std::string text, std::string_view key, std::string_view value) {
    for (std::size_t at = text.find(key); at != std::string::npos;
         at = text.find(key, at + value.size())) {
        text.replace(at, key.size(), value);
    }
    return text;
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

}  // namespace

const LocaleNames* find_locale(std::string_view code) {
    const std::string_view language = code.substr(0, std::min(code.find_first_of("-_."), code.size()));
    for (const auto& names : locales) {
        if (language.size() == 2 && (language[0] | 0x20) == names.code[0] &&
            (language[1] | 0x20) == names.code[1])
            return &names;
    }
    return nullptr;
}

const LocaleNames& locale_names(std::string_view code) {
    const LocaleNames* names = find_locale(code);
    return names != nullptr ? *names : locales[0];
}

std::string locale_codes() {
    std::string out;
    for (const auto& names : locales) out += (out.empty() ? "" : ", ") + std::string(names.code);
    return out;
}

Civil civil_from_seconds(std::int64_t seconds) {
    const std::int64_t days = floor_div(seconds, day_seconds);
    const std::int64_t rest = seconds - days * day_seconds;
    const date::sys_days sd{date::days{days}};
    const date::year_month_day ymd{sd};
    Civil c;
    c.year = static_cast<int>(ymd.year());
    c.month = static_cast<unsigned>(ymd.month());
    c.day = static_cast<unsigned>(ymd.day());
    c.weekday = (date::weekday{sd}.c_encoding() + 6) % 7;
    c.hour = static_cast<int>(rest / 3600);
    c.minute = static_cast<int>(rest % 3600 / 60);
    c.second = static_cast<int>(rest % 60);
    return c;
}

std::int64_t seconds_from_civil(int year, unsigned month, unsigned day) {
    const date::sys_days sd{date::year{year} / date::month{month} / date::day{day}};
    return static_cast<std::int64_t>(sd.time_since_epoch().count()) * day_seconds;
}

std::string format_year(int year, const LocaleNames& names) {
    if (year <= 0) return replace_all(std::string(names.bc), "{y}", std::to_string(1 - year));
    if (year < 1000) return replace_all(std::string(names.ad), "{y}", std::to_string(year));
    return std::to_string(year);
}

std::string format_day(const Civil& c, std::string_view pattern, const LocaleNames& names) {
    std::string text(pattern);
    text = replace_all(std::move(text), "{WD}", names.weekdays[c.weekday]);
    text = replace_all(std::move(text), "{wd}", names.weekdays_short[c.weekday]);
    text = replace_all(std::move(text), "{MON}", names.months[c.month - 1]);
    text = replace_all(std::move(text), "{mon}", names.months_short[c.month - 1]);
    text = replace_all(std::move(text), "{d}", std::to_string(c.day));
    text = replace_all(std::move(text), "{y}", format_year(c.year, names));
    return text;
}

std::string format_day_range(const Civil& a, const Civil& b, const LocaleNames& names) {
    std::string text(names.day_range);
    text = replace_all(std::move(text), "{d1}", std::to_string(a.day));
    text = replace_all(std::move(text), "{d2}", std::to_string(b.day));
    return format_day(b, text, names);
}

std::string format_clock(const Civil& c) { return fmt::format("{:02}:{:02}", c.hour, c.minute); }

std::string format_when(const When& when, const LocaleNames& names) {
    const Civil c = civil_from_seconds(when.begin);
    switch (when.grain) {
        case Grain::Millennium:
        case Grain::Century:
            return format_year(c.year, names) + "\u2013" +
                   format_year(civil_from_seconds(when.end - 1).year, names);
        case Grain::Decade: return replace_all(std::string(names.decade), "{y}", format_year(c.year, names));
        case Grain::Year: return format_year(c.year, names);
        case Grain::Half: return fmt::format("H{} {}", c.month < 7 ? 1 : 2, format_year(c.year, names));
        case Grain::Quarter: return fmt::format("Q{} {}", (c.month - 1) / 3 + 1, format_year(c.year, names));
        case Grain::Season: {
            const std::size_t season = ((c.month + 12 - 3) % 12) / 3;
            return fmt::format("{} {}", names.seasons[season], format_year(c.year, names));
        }
        case Grain::Month: return format_day(c, names.month_full, names);
        case Grain::Week: {
            const auto v = when.value;
            const auto w = v.find('W');
            std::string text(names.week);
            text = replace_all(std::move(text), "{n}", w == std::string::npos ? "" : v.substr(w + 1));
            return replace_all(std::move(text), "{y}", format_year(c.year, names));
        }
        case Grain::Day: return format_day(c, names.day_medium, names);
        case Grain::PartOfDay: {
            static constexpr std::string_view codes[] = {"MO", "MI", "AF", "EV", "NI", "DT"};
            std::size_t part = 0;
            for (std::size_t i = 0; i < 6; ++i)
                if (when.value.size() >= 2 && when.value.substr(when.value.size() - 2) == codes[i]) part = i;
            return format_day(c, names.day_medium, names) + ", " + std::string(names.parts_of_day[part]);
        }
        case Grain::Hour:
        case Grain::Minute:
        case Grain::Second: return format_day(c, names.day_medium, names) + ", " + format_clock(c);
    }
    return format_day(c, names.day_medium, names);
}

std::string format_gap(std::int64_t seconds, const LocaleNames& names) {
    struct Unit { double seconds; std::size_t index; };
    static constexpr Unit units[] = {{365.2425 * 86400, 0}, {30.436875 * 86400, 1},
                                     {7 * 86400.0, 2}, {86400.0, 3}, {3600.0, 4}, {60.0, 5}};
    for (const auto& unit : units) {
        const double amount = static_cast<double>(seconds) / unit.seconds;
        // 365 days are "1 year", not "12 months": a little short of a unit still counts.
        if (amount >= 0.97 || unit.index == 5) {
            const long n = std::max(1L, std::lround(amount));
            return fmt::format("{} {}", n, names.units[unit.index][n == 1 ? 0 : 1]);
        }
    }
    return "";
}

}  // namespace chronicle::render
