#pragma once
// Everything of chronicle::core in one include.
#include <chronicle/article_date.hpp>
#include <chronicle/batch.hpp>
#include <chronicle/calendar.hpp>
#include <chronicle/error.hpp>
#include <chronicle/event.hpp>
#include <chronicle/events_builder.hpp>
#include <chronicle/events_json.hpp>
#include <chronicle/events_markwhen.hpp>
#include <chronicle/events_timelinejs.hpp>
#include <chronicle/extract.hpp>
#include <chronicle/text.hpp>
#include <chronicle/timeml.hpp>
#include <chronicle/timex.hpp>
#include <chronicle/timex_json.hpp>
#include <chronicle/version.hpp>
#include <chronicle/when.hpp>
