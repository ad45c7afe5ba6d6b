#!/usr/bin/python3
"""Would link-grammar pick the word a time expression dates better than Chronicle's rules?

Run from the project root after a build, with Debian's Python (the binding is a Debian package):
    apt-get install -y liblink-grammar-dev link-grammar-dictionaries-en python3-link-grammar
    /usr/bin/python3 scripts/linkgrammar_eval.py [--corpus DIR] [--chronicle PATH]
        [--timeout SECONDS] [--max-pairs N] [--pairs-out FILE]

What it measures
- Gold pairs: for every TimeBank and AQUAINT .tml document, the TLINKs (any relType, either
  direction) between an event instance and a TIMEX3 that is not the DCT, where the EVENT and the
  TIMEX3 lie in the same sentence. Each distinct (event, timex) pair counts once.
- Sentences: the TEXT element with its tags removed, split by a regex: a boundary after [.!?]
  (plus closing quotes/brackets) that is followed by a newline, or by whitespace and a capital
  letter / digit / opening quote, unless the word before the period is a known abbreviation
  (Mr, Dr, U.S, Jan, Inc, ...) or a single capital initial; a blank line is always a boundary.
- Baseline (the current rules): `chronicle extract --events --date DCT FILE` on the plain text, as
  scripts/event_dating.py runs it. A pair is a hit when some Chronicle event whose source span
  holds the timex has a label containing the gold event word (case-insensitive), or a label word
  sharing its first 5 letters (crude stem).
- Link-grammar: the sentence is parsed (null links allowed, per-sentence max_parse_time, the first,
  lowest-cost linkage). From the timex's words the attachment is found as follows:
    1. If a timex word is the object (J*/ON/IN link) of a preposition outside the timex
       ("on Monday"), take the word the preposition attaches to on its left (MV*, M*, Pp, CO ...
       links): the verb or noun it modifies. A CO opener ("On Monday, the firm said") goes to the
       clause's subject and on to its verb through the S link.
    2. Otherwise, breadth-first over the links from the timex words to the nearest word whose
       link-grammar subscript marks a verb (.v .v-d .q .q-d .w .g .b ...) or an event noun (a noun
       subscript .n .s .p ... and an event-like suffix such as -tion/-ment/-ing/-al, or a small
       list: war, talks, deal, visit, election, sales ...). Ties go to the word nearer the timex.
    3. If step 1 lands on a noun that is not an event noun, step 2 continues from that noun.
  In all cases an auxiliary (has, was, will, would ...) is followed through I/PP/Pv/Pg links to
  its main verb. A hit is the chosen word equal to the gold event word (same crude stem rule).
  No-parse: the sentence got no linkage (or timed out without one).
- Timing: the wall time of link-grammar per sentence (sentence creation, parse and the first
  linkage) over the evaluated sentences, and per article for the seed article and the test
  articles, against the project's budget of 20 ms per ~500-word article.
Writes one JSON line per pair to --pairs-out (default /tmp/linkgrammar_eval_pairs.jsonl).
"""
import argparse
import html
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

try:
    from linkgrammar import Dictionary, LG_Error, Linkage, ParseOptions, Sentence
    from linkgrammar import Clinkgrammar as clg
except ImportError:
    sys.exit("linkgrammar_eval: link-grammar's Python binding is not installed "
             "(apt-get install -y python3-link-grammar link-grammar-dictionaries-en; "
             "run with /usr/bin/python3)")

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')
CALENDAR_VALUE = re.compile(r"^\d{4}(-(\d{2}|W\d{2}|Q\d|H\d|SU|SP|FA|WI)(-\d{2})?)?(T.*)?$")


# ---------------------------------------------------------------- corpus

class Doc:
    def __init__(self, name, part):
        self.name, self.part = name, part
        self.text = ""
        self.dct = None
        self.dct_tid = None
        self.events = {}        # eid -> (char begin, char end, word)
        self.timexes = {}       # tid -> (char begin, char end, text, value)
        self.pairs = set()      # (eid, tid, relType)


def parse_tml(path, part):
    raw = open(path, encoding="utf-8").read()
    doc = Doc(os.path.basename(path), part)
    for m in re.finditer(r"<TIMEX3([^>]*)>", raw):
        attrs = dict(ATTR.findall(m.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            doc.dct, doc.dct_tid = attrs.get("value"), attrs.get("tid")
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if not body or not doc.dct:
        return None
    content = body.group(1)
    pieces, length, pos, open_tags = [], 0, 0, {}
    for m in TAG.finditer(content):
        chunk = html.unescape(content[pos:m.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1) == "/", m.group(2), dict(ATTR.findall(m.group(3)))
        if name in ("EVENT", "TIMEX3") and not closing:
            open_tags[name] = (attrs, length, len(pieces))
        elif name in ("EVENT", "TIMEX3") and closing and name in open_tags:
            attrs, begin, first = open_tags.pop(name)
            text = "".join(pieces[first:])
            if name == "EVENT":
                doc.events[attrs.get("eid")] = (begin, length, text)
            else:
                doc.timexes[attrs.get("tid")] = (begin, length, text, attrs.get("value", ""))
    pieces.append(html.unescape(content[pos:]))
    doc.text = "".join(pieces)
    instance_event = {}
    for m in re.finditer(r"<MAKEINSTANCE([^>]*)>", raw):
        attrs = dict(ATTR.findall(m.group(1)))
        instance_event[attrs.get("eiid")] = attrs.get("eventID")
    for m in re.finditer(r"<TLINK([^>]*)>", raw):
        attrs = dict(ATTR.findall(m.group(1)))
        if "eventInstanceID" in attrs and "relatedToTime" in attrs:
            eiid, tid = attrs["eventInstanceID"], attrs["relatedToTime"]
        elif "timeID" in attrs and "relatedToEventInstance" in attrs:
            eiid, tid = attrs["relatedToEventInstance"], attrs["timeID"]
        else:
            continue
        eid = instance_event.get(eiid)
        if tid == doc.dct_tid or tid not in doc.timexes or eid not in doc.events:
            continue
        doc.pairs.add((eid, tid, attrs.get("relType", "")))
    return doc


ABBREV = {"mr", "mrs", "ms", "dr", "st", "sen", "rep", "reps", "gov", "gen", "col", "lt", "sgt",
          "capt", "cmdr", "adm", "prof", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "no",
          "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "ft", "mt", "rev", "calif", "fla", "mass",
          "wash", "pa", "va", "n.y", "d.c", "ariz", "tex", "ill", "mich"}
BOUNDARY = re.compile(r"""[.!?]["')\]]*(?=[ \t]*\n|\s+[`"'(\[]*[A-Z0-9])|\n[ \t]*\n""")


def split_sentences(text):
    """(begin, end) character spans of the sentences of text (see the module doc)."""
    spans, start = [], 0
    for m in BOUNDARY.finditer(text):
        if m.group(0)[0] in ".!?" and m.group(0)[0] == ".":
            before = re.search(r"(\S+)$", text[start:m.start()])
            word = before.group(1).lstrip("`\"'([").lower() if before else ""
            if word in ABBREV or re.fullmatch(r"[a-z]", word):
                continue
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def lg_text(s):
    """Text given to link-grammar: same length, with newlines, Unicode spaces (no-break, narrow)
    and TimeBank's `` '' quotes made plain ASCII."""
    s = re.sub(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000]", " ", s)
    return s.replace("\n", " ").replace("\t", " ").replace("``", ' "').replace("''", '" ')


# ---------------------------------------------------------------- matching

def word_match(a, b):
    a, b = a.lower().strip(), b.lower().strip()
    return bool(a) and (a == b or a[:5] == b[:5])


def label_hit(label, word):
    target = word.lower().strip()
    if target and target in label.lower():
        return True
    return any(word_match(w, target) for w in re.findall(r"[A-Za-z]+", label))


# ---------------------------------------------------------------- link-grammar attachment

WORD = re.compile(r"^(.*?)(\[[^\]]*\])?(?:\.([a-z][-a-z0-9]*))?$")
VERB_SUBS = {"v", "q", "w", "g", "b"}
NOUN_SUBS = {"n", "s", "p", "m", "f", "u", "c", "x"}
AUX = {"be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "having",
       "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does",
       "did", "'s", "'re", "'ve", "'d", "'ll", "going", "to"}
EVENT_NOUNS = set("""war wars attack attacks deal deals talks talk meeting meetings visit visits
election elections vote votes strike strikes crash crashes trial vote sale sales loss losses gain
gains rise fall drop drops increase increases decline declines growth profit profits earnings
merger bid bids offer offers plan plans summit crisis raid raids death deaths protest protests rally
move moves purchase launch release report reports speech trip tour conference session hearing
hearings ceremony game games match race storm quake earthquake fire fires flood blast coup
shooting incident accident event events campaign deadline surge jump slide cut cuts hike ruling
verdict arrest arrests charge charges case dispute change changes shift return rescue search probe
collapse attempt effort decision test truce peace fight fighting battle violence revolution uprising
holiday birthday anniversary funeral wedding result results output deficit surplus revenue revenues
income rate rates trade trading quarter record debut opening start end war crimes bombing bombings
killings fighting invasion agreement sanctions embargo downturn recession recovery slump boom""".split())
EVENT_SUFFIX = ("tion", "tions", "sion", "sions", "ment", "ments", "ance", "ence", "ing", "ings",
                "al", "als", "ure", "sis", "ery", "age")


def parse_word(w):
    m = WORD.match(w)
    base, sub = m.group(1), m.group(3) or ""
    return base, sub.split("-")[0]


def is_verb(w):
    return w[1] in VERB_SUBS


def is_event_noun(w):
    base, sub = w[0].lower(), w[1]
    if sub not in NOUN_SUBS:
        return False
    return base in EVENT_NOUNS or (len(base) > 5 and base.endswith(EVENT_SUFFIX))


def is_candidate(w):
    return is_verb(w) or is_event_noun(w)


def resolve_aux(i, words, adj):
    """Follow an auxiliary or 'to' to its main verb (I, PP, Pv, Pg, TO links to the right)."""
    seen = set()
    while words[i][0].lower() in AUX and i not in seen:
        seen.add(i)
        nxt = [j for j, label, _ in adj[i] if j > i and not label.startswith("ID")
               and label.startswith(("I", "PP", "Pv", "Pg", "TO"))]
        nxt = [j for j in nxt if is_verb(words[j]) or words[j][0].lower() == "to"]
        if not nxt:
            break
        i = min(nxt)
    return i


def bfs(starts, words, adj, exclude):
    """Nearest verb or event noun over links from the start words (not crossing excluded ones)."""
    dist = {s: 0 for s in starts}
    frontier = list(starts)
    while frontier:
        nxt = []
        for i in frontier:
            for j, label, _ in adj[i]:
                if j in dist or j in exclude:
                    continue
                dist[j] = dist[i] + 1
                nxt.append(j)
        found = [j for j in nxt if is_candidate(words[j])]
        if found:
            anchor = min(starts)
            return min(found, key=lambda j: abs(j - anchor))
        frontier = nxt
    return None


def lg_attach(linkage, tx_begin, tx_end):
    """Index and word of the verb / event noun the timex (char span in the sentence) attaches to."""
    n = linkage.num_of_words()
    raw = [linkage.word(i) for i in range(n)]
    words = [parse_word(w) for w in raw]
    walls = {i for i, w in enumerate(raw) if w in ("LEFT-WALL", "RIGHT-WALL")}
    tw = {i for i in range(n) if i not in walls
          and linkage.word_char_start(i) < tx_end and linkage.word_char_end(i) > tx_begin}
    if not tw:
        return None, "timex not in linkage"
    adj = defaultdict(list)
    for k in range(linkage.num_of_links()):
        a = clg.linkage_get_link_lword(linkage._obj, k)
        b = clg.linkage_get_link_rword(linkage._obj, k)
        if a in walls or b in walls:
            continue
        label = clg.linkage_get_link_label(linkage._obj, k)
        adj[a].append((b, label, "right"))
        adj[b].append((a, label, "left"))

    def finish(i, how):
        i = resolve_aux(i, words, adj)
        return i, how

    # 1. A preposition governs the timex: take what the preposition attaches to.
    preps = sorted({j for i in tw for j, label, side in adj[i]
                    if side == "left" and j not in tw and j < i and label[:1] in ("J", "O", "I")
                    and label[:2] not in ("ID",) and not is_candidate(words[j])
                    and words[j][0].isalpha() and words[j][0].islower()
                    and words[j][1] not in NOUN_SUBS})
    for p in preps:
        heads = [(j, label) for j, label, side in adj[p]
                 if j not in tw and (j < p or label.startswith("CO"))
                 and (label.startswith(("MV", "M", "Pp", "CO", "E", "Wc")) and not label.startswith("J"))]
        for j, label in heads:
            if label.startswith("CO"):
                # Clause opener: CO points at the subject (or straight at the verb).
                if is_verb(words[j]):
                    return finish(j, "opener->verb")
                subj_verbs = [k for k, lab, side in adj[j] if lab.startswith("S") and is_verb(words[k])]
                if subj_verbs:
                    return finish(min(subj_verbs), "opener->subject->verb")
                found = bfs([j], words, adj, tw)
                if found is not None:
                    return finish(found, "opener->nearest")
            if is_candidate(words[j]):
                return finish(j, "prep head")
            found = bfs([j], words, adj, tw | {p})
            if found is not None:
                return finish(found, "prep head noun->nearest")
    # 2. Nearest verb / event noun over the links.
    found = bfs(sorted(tw), words, adj, set())
    if found is not None:
        return finish(found, "nearest")
    return None, "no verb or event noun linked"


# ---------------------------------------------------------------- parsing

class Parser:
    def __init__(self, timeout):
        LG_Error.set_handler(lambda err, data: None)   # silence locale / info messages
        self.dict = Dictionary("en")
        self.po = ParseOptions(verbosity=0, linkage_limit=100, min_null_count=0,
                               max_null_count=250, max_parse_time=timeout)

    def parse(self, text):
        """(sentence, first linkage or None, timed out?, seconds)"""
        t0 = time.perf_counter()
        sent = Sentence(text, self.dict, self.po)
        rc = clg.sentence_parse(sent._obj, self.po._obj)
        expired = bool(clg.parse_options_timer_expired(self.po._obj))
        linkage = None
        if rc >= 0 and clg.sentence_num_valid_linkages(sent._obj) > 0:
            linkage = Linkage(0, sent, self.po._obj)
            if not linkage:
                linkage = None
        return sent, linkage, expired, time.perf_counter() - t0


# ---------------------------------------------------------------- main

def run_chronicle(binary, text, date):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        t0 = time.perf_counter()
        out = subprocess.run([binary, "extract", "--events", "--date", date, path],
                             capture_output=True, text=True, timeout=60)
        elapsed = time.perf_counter() - t0
    finally:
        os.unlink(path)
    if out.returncode != 0:
        sys.stderr.write(f"linkgrammar_eval: chronicle failed: {out.stderr.strip()}\n")
        return [], elapsed
    return json.loads(out.stdout).get("events", []), elapsed


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.path.join(root, "..", "shared", "corpora", "tbaq"))
    ap.add_argument("--chronicle", default=os.path.join(root, "build", "bin", "chronicle"))
    ap.add_argument("--timeout", type=int, default=2, help="link-grammar max_parse_time (whole s)")
    ap.add_argument("--max-pairs", type=int, default=0, help="first N pairs per part (0: all)")
    ap.add_argument("--pairs-out", default="/tmp/linkgrammar_eval_pairs.jsonl")
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        sys.exit(f"linkgrammar_eval: no corpus at {args.corpus}")
    if not os.access(args.chronicle, os.X_OK):
        sys.exit(f"linkgrammar_eval: no {args.chronicle} (build the project first)")
    t0 = time.perf_counter()
    try:
        parser = Parser(args.timeout)
    except LG_Error as e:
        sys.exit(f"linkgrammar_eval: link-grammar's English dictionary did not load ({e}); "
                 "apt-get install -y link-grammar-dictionaries-en")
    dict_load = time.perf_counter() - t0

    stats = {}
    sentence_times = []
    per_timex = defaultdict(lambda: [False, False])   # (part, doc, tid) -> [baseline, LG] any hit
    out = open(args.pairs_out, "w", encoding="utf-8")
    for part in ("TimeBank", "AQUAINT"):
        st = stats[part] = dict(pairs=0, base=0, lg=0, noparse=0, timeout=0, both=0, only_base=0,
                                only_lg=0, neither=0, sentences=0, docs=0, capped=False)
        folder = os.path.join(args.corpus, part)
        for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
            if not name.endswith(".tml"):
                continue
            if args.max_pairs and st["pairs"] >= args.max_pairs:
                st["capped"] = True
                break
            doc = parse_tml(os.path.join(folder, name), part)
            if not doc:
                continue
            spans = split_sentences(doc.text)

            def sentence_of(b, e):
                for s, x in spans:
                    if s <= b and e <= x:
                        return (s, x)
                return None
            by_sentence = defaultdict(dict)
            for eid, tid, rel in sorted(doc.pairs):
                eb, ee, word = doc.events[eid]
                tb, te, ttext, value = doc.timexes[tid]
                sen = sentence_of(eb, ee)
                if sen is None or sen != sentence_of(tb, te):
                    continue
                by_sentence[sen].setdefault((eid, tid), rel)
            if not by_sentence:
                continue
            st["docs"] += 1
            events, _ = run_chronicle(args.chronicle, doc.text, doc.dct[:10])

            def byte(c):
                return len(doc.text[:c].encode("utf-8"))
            for (s, x), pairs in sorted(by_sentence.items()):
                if args.max_pairs and st["pairs"] >= args.max_pairs:
                    st["capped"] = True
                    break
                text = lg_text(doc.text[s:x])
                lead = len(text) - len(text.lstrip())
                text = text.strip()
                sent, linkage, expired, secs = parser.parse(text)
                sentence_times.append(secs)
                st["sentences"] += 1
                for (eid, tid), rel in sorted(pairs.items()):
                    if args.max_pairs and st["pairs"] >= args.max_pairs:
                        st["capped"] = True
                        break
                    eb, ee, word = doc.events[eid]
                    tb, te, ttext, value = doc.timexes[tid]
                    st["pairs"] += 1
                    bb, be = byte(tb), byte(te)
                    base = any(e.get("source_begin", -1) <= bb and be <= e.get("source_end", -1)
                               and label_hit(e.get("label", ""), word) for e in events)
                    chosen, how = None, "no parse"
                    if linkage is None:
                        st["noparse"] += 1
                        if expired:
                            st["timeout"] += 1
                            how = "timeout"
                    else:
                        idx, how = lg_attach(linkage, tb - s - lead, te - s - lead)
                        chosen = parse_word(linkage.word(idx))[0] if idx is not None else None
                    lg = chosen is not None and word_match(chosen, word)
                    st["base"] += base
                    hit = per_timex[(part, doc.name, tid)]
                    hit[0], hit[1] = hit[0] or base, hit[1] or lg
                    st["lg"] += lg
                    key = ("both" if base and lg else "only_base" if base else
                           "only_lg" if lg else "neither")
                    st[key] += 1
                    out.write(json.dumps(dict(
                        part=part, doc=doc.name, sentence=text, timex=ttext, tid=tid,
                        timex_begin=tb, timex_end=te, value=value, relType=rel, gold_event=word,
                        eid=eid, baseline_hit=base, lg_word=chosen, lg_how=how, lg_hit=lg,
                        lg_timeout=expired, lg_null_count=sent.null_count() if linkage else None,
                        lg_seconds=round(secs, 4)), ensure_ascii=False) + "\n")
                del linkage, sent
    out.close()

    def pct(a, b):
        return f"{100.0 * a / max(b, 1):5.1f}%"
    print(f"link-grammar {clg.linkgrammar_get_version()}, max_parse_time {args.timeout:g} s, "
          f"null links allowed, first linkage; dictionary load {dict_load:.2f} s")
    print(f"{'part':9s} {'pairs':>6s} {'baseline':>9s} {'link-gr.':>9s} {'no-parse':>9s} "
          f"{'(timeout)':>9s} {'both':>6s} {'only-base':>9s} {'only-LG':>8s} {'neither':>8s}")
    total = defaultdict(int)
    for part, st in stats.items():
        for k, v in st.items():
            if k != "capped":
                total[k] += v
        print(f"{part:9s} {st['pairs']:6d} {pct(st['base'], st['pairs']):>9s} "
              f"{pct(st['lg'], st['pairs']):>9s} {pct(st['noparse'], st['pairs']):>9s} "
              f"{st['timeout']:9d} {st['both']:6d} {st['only_base']:9d} {st['only_lg']:8d} "
              f"{st['neither']:8d}" + ("   (capped at --max-pairs)" if st["capped"] else ""))
    print(f"{'all':9s} {total['pairs']:6d} {pct(total['base'], total['pairs']):>9s} "
          f"{pct(total['lg'], total['pairs']):>9s} {pct(total['noparse'], total['pairs']):>9s} "
          f"{total['timeout']:9d} {total['both']:6d} {total['only_base']:9d} "
          f"{total['only_lg']:8d} {total['neither']:8d}")
    for part in stats:
        rows = [v for k, v in per_timex.items() if k[0] == part]
        print(f"{part:9s} per timex ({len(rows)} timexes; a one-word pick can hit at most one of its "
              f"gold events): baseline {pct(sum(r[0] for r in rows), len(rows))}, "
              f"link-grammar {pct(sum(r[1] for r in rows), len(rows))}")
    print(f"(no-parse % is of pairs; {total['sentences']} sentences in "
          f"{sum(s['docs'] for s in stats.values())} documents)")
    if sentence_times:
        print(f"corpus sentences: link-grammar median {1000 * statistics.median(sentence_times):.1f} ms, "
              f"p90 {1000 * sorted(sentence_times)[int(0.9 * len(sentence_times))]:.1f} ms, "
              f"max {1000 * max(sentence_times):.0f} ms, total {sum(sentence_times):.1f} s "
              f"over {len(sentence_times)} sentences")

    # Whole articles.
    articles = [os.path.join(root, "..", "shared", "seeds", "blinken-nato-2021-03-23.txt")]
    adir = os.path.join(root, "tests", "data", "articles")
    if os.path.isdir(adir):
        articles += sorted(os.path.join(adir, f) for f in os.listdir(adir) if f.endswith(".txt"))
    per_article, per_500 = [], []
    for path in articles:
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        nwords = len(text.split())
        t_art, n_sent, n_none = 0.0, 0, 0
        for s, x in split_sentences(text):
            sent, linkage, expired, secs = parser.parse(lg_text(text[s:x]).strip())
            t_art += secs
            n_sent += 1
            n_none += linkage is None
            del linkage, sent
        _, chron = run_chronicle(args.chronicle, text, "2021-03-23")
        per_article.append(t_art)
        per_500.append(t_art * 500.0 / max(nwords, 1))
        print(f"article {os.path.basename(path):32s} {nwords:4d} words {n_sent:3d} sentences "
              f"({n_none} no parse): link-grammar {1000 * t_art:8.1f} ms "
              f"(= {1000 * t_art * 500.0 / max(nwords, 1):7.1f} ms per 500 words); "
              f"chronicle process {1000 * chron:.1f} ms incl. start-up")
    if per_article:
        print(f"per-article link-grammar parse time: median {1000 * statistics.median(per_article):.1f} ms, "
              f"median scaled to 500 words {1000 * statistics.median(per_500):.1f} ms; "
              f"budget 20 ms per 500-word article for the whole extraction (Chronicle ~0.6 ms)")
    print(f"pairs written to {args.pairs_out}")


if __name__ == "__main__":
    main()
