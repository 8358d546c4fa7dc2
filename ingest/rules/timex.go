package rules

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Timex is a time expression found in a sentence: its token span and the
// ISO 8601 prefix it resolves to ("2025", "2025-03", "2025-03-14", "198"
// for the 1980s).
type Timex struct {
	From, To int // token indices, To exclusive
	Value    string
	// Future is the reading when the sentence speaks of what is to come
	// ("will visit in December", "will travel on Wednesday"), where it
	// differs from Value: the next such month or weekday, not the last.
	Future string
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

var seasons = map[string]bool{"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}

// monthTok returns the month a token names. "May" and "March" are months
// only when capitalized; abbreviations need their period or a day number,
// which the caller checks.
func monthTok(t Token) (time.Month, bool) {
	if !t.Cap {
		return 0, false
	}
	m, ok := months[strings.TrimSuffix(t.Lower, ".")]
	return m, ok
}

func yearTok(t Token) (int, bool) {
	if len(t.Text) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(t.Text)
	if err != nil || y < 1000 || y > 2199 {
		return 0, false
	}
	return y, true
}

func dayTok(t Token) (int, bool) {
	s := strings.TrimRight(t.Lower, "stndrh")
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(s)
	if err != nil || d < 1 || d > 31 {
		return 0, false
	}
	return d, true
}

// FindTimes returns the time expressions of a tokenized sentence, resolved
// against the publication date pub (zero when unknown: relative
// expressions are then left out). A range of years ("in 2020 and 2021",
// "from 2014 to 2016") is one expression whose value is its start.
func FindTimes(toks []Token, pub time.Time) []Timex {
	return mergeRanges(toks, findTimes(toks, pub))
}

func mergeRanges(toks []Token, ts []Timex) []Timex {
	out := ts[:0]
	for _, t := range ts {
		if n := len(out); n > 0 && t.From == out[n-1].To+1 && len(t.Value) == 4 && len(out[n-1].Value) == 4 {
			switch toks[out[n-1].To].Lower {
			case "and", "to", "-", "–", "through", "until", "or":
				out[n-1].To = t.To
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

func findTimes(toks []Token, pub time.Time) []Timex {
	var out []Timex
	n := len(toks)
	lower := func(i int) string { return tokLower(toks, i) }
	for i := 0; i < n; i++ {
		t := toks[i]
		// "mid-January", "mid-2024", "mid-1990s": the month, year or
		// decade the prefix qualifies
		if strings.HasPrefix(t.Lower, "mid-") && len(t.Text) > 4 {
			t.Text, t.Lower = t.Text[4:], t.Lower[4:]
			t.Cap = t.Text[0] >= 'A' && t.Text[0] <= 'Z'
		}
		// ISO date 2025-03-14 comes out of the tokenizer as one token.
		if len(t.Text) == 10 && t.Text[4] == '-' && t.Text[7] == '-' {
			if _, err := time.Parse("2006-01-02", t.Text); err == nil {
				out = append(out, Timex{From: i, To: i + 1, Value: t.Text})
				continue
			}
		}
		if m, ok := monthTok(t); ok {
			// Month Day, Year | Month Day | Month Year | Month
			j := i + 1
			// "Feb. 12": the abbreviation's period is a token of its own
			if j < n && toks[j].Text == "." && toks[j].Start == t.End && len(t.Lower) <= 4 {
				j++
			}
			day, year := 0, 0
			if j < n {
				if d, ok := dayTok(toks[j]); ok {
					day = d
					j++
					if j < n && toks[j].Text == "," {
						j++
					}
				}
			}
			if j < n {
				if y, ok := yearTok(toks[j]); ok {
					year = y
					j++
				}
			}
			// Day Month [Year]: "14 March 2025"
			from := i
			if day == 0 && i > 0 {
				if d, ok := dayTok(toks[i-1]); ok {
					day = d
					from = i - 1
				}
			}
			abbrev := len(t.Lower) <= 4 && t.Lower != "may" && t.Lower != "june" && t.Lower != "july"
			if abbrev && day == 0 && year == 0 {
				continue // "Mar" alone is too ambiguous
			}
			if t.Lower == "may" && day == 0 && year == 0 && !isTimePrep(lower(i-1)) && lower(i-1) != "early" && lower(i-1) != "late" && lower(i-1) != "mid" {
				continue // the modal verb "May"
			}
			if t.Lower == "march" && day == 0 && year == 0 && !isTimePrep(lower(i-1)) && lower(i-1) != "early" && lower(i-1) != "late" && lower(i-1) != "mid" {
				continue // a march
			}
			// "in June last year", "in March next year": the month of the
			// year the publication date gives
			if year == 0 && j+1 < n && toks[j+1].Lower == "year" && !pub.IsZero() {
				if delta, ok := map[string]int{"last": -1, "this": 0, "next": 1}[toks[j].Lower]; ok {
					year = pub.Year() + delta
					j += 2
				}
			}
			future := year // a year the text gives is both readings
			if year == 0 {
				if pub.IsZero() {
					continue
				}
				year, future = pub.Year(), pub.Year()
				// A month after the publication month is last year's
				// (news mostly reports); Future reads it as this year's,
				// and a month before as next year's.
				if m > pub.Month() {
					year--
				} else if m < pub.Month() {
					future++
				}
			}
			ymd := func(year int) string {
				v := fmt.Sprintf("%04d-%02d", year, int(m))
				if day > 0 {
					v = fmt.Sprintf("%s-%02d", v, day)
				}
				return v
			}
			tx := Timex{From: from, To: j, Value: ymd(year)}
			if future != year {
				tx.Future = ymd(future)
			}
			out = append(out, tx)
			i = j - 1
			continue
		}
		if y, ok := yearTok(t); ok {
			// Not a quantity ("2025 people") nor part of a number.
			if i > 0 && (toks[i-1].Text == "$" || toks[i-1].Text == "#") {
				continue
			}
			// "1601 GMT", "0400 local time": a clock time
			if clockZones[lower(i+1)] || lower(i+1) == "local" || lower(i+1) == "hours" || lower(i+1) == "hrs" {
				continue
			}
			out = append(out, Timex{From: i, To: i + 1, Value: strconv.Itoa(y)})
			continue
		}
		// Decades: 1980s, the '80s
		if len(t.Text) == 5 && strings.HasSuffix(t.Lower, "s") {
			if y, err := strconv.Atoi(t.Text[:4]); err == nil && y%10 == 0 && y > 1000 && y < 2200 {
				out = append(out, Timex{From: i, To: i + 1, Value: strconv.Itoa(y / 10)})
				continue
			}
		}
		if pub.IsZero() {
			continue
		}
		if seasons[t.Lower] && (lower(i-1) == "the" || lower(i-1) == "this" || lower(i-1) == "last") {
			y := pub.Year()
			if lower(i-1) == "last" {
				y--
			}
			out = append(out, Timex{From: i - 1, To: i + 1, Value: strconv.Itoa(y)})
			continue
		}
		if wd, ok := weekdays[t.Lower]; ok && t.Cap {
			// The most recent such weekday on or before publication
			// ("on Friday" in news means the past one); Future is the
			// next one on or after it.
			d, f := pub, pub
			for k := 0; k < 7 && d.Weekday() != wd; k++ {
				d = d.AddDate(0, 0, -1)
			}
			for k := 0; k < 7 && f.Weekday() != wd; k++ {
				f = f.AddDate(0, 0, 1)
			}
			tx := Timex{From: i, To: i + 1, Value: d.Format("2006-01-02")}
			if !f.Equal(d) {
				tx.Future = f.Format("2006-01-02")
			}
			out = append(out, tx)
			continue
		}
		switch t.Lower {
		case "yesterday":
			out = append(out, Timex{From: i, To: i + 1, Value: pub.AddDate(0, 0, -1).Format("2006-01-02")})
		case "today":
			out = append(out, Timex{From: i, To: i + 1, Value: pub.Format("2006-01-02")})
		case "week", "month", "year":
			prev := lower(i - 1)
			if prev != "last" && prev != "this" && prev != "next" {
				continue
			}
			d := pub
			delta := 0
			if prev == "last" {
				delta = -1
			} else if prev == "next" {
				delta = 1
			}
			var v string
			switch t.Lower {
			case "week":
				v = d.AddDate(0, 0, 7*delta).Format("2006-01")
			case "month":
				v = d.AddDate(0, delta, 0).Format("2006-01")
			case "year":
				v = strconv.Itoa(d.Year() + delta)
			}
			out = append(out, Timex{From: i - 1, To: i + 1, Value: v})
		}
	}
	return out
}

func isTimePrep(w string) bool {
	switch w {
	case "in", "on", "since", "until", "by", "from", "through", "during", "of", "last", "next", "this", "early", "late", "mid", "before", "after", "till":
		return true
	}
	return false
}

// ParseDate reads a publication date given as an ISO 8601 prefix.
func ParseDate(s string) time.Time {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) >= len(layout) {
			if t, err := time.Parse(layout, s[:len(layout)]); err == nil && t.Year() >= 1000 {
				return t
			}
		}
	}
	return time.Time{}
}

// clockZones follow a 24-hour clock time: "1601 GMT".
var clockZones = map[string]bool{"gmt": true, "utc": true, "est": true, "edt": true, "cst": true, "pst": true, "cet": true, "bst": true, "z": true}

// anaphoricTimes dates what a sentence places by the year the text last
// gave (anchor, 0 when none): "in late 2023 ... met that December", "later
// that year", "the same year", "the following year", "a year later". It
// returns the times and the anchor after the sentence: its last year.
func anaphoricTimes(toks []Token, ts []Timex, anchor int) ([]Timex, int) {
	lower := func(i int) string { return tokLower(toks, i) }
	covered := func(i int) int {
		for k, t := range ts {
			if i >= t.From && i < t.To {
				return k
			}
		}
		return -1
	}
	var add []Timex
	for i := range toks {
		if y, ok := yearTok(toks[i]); ok && covered(i) >= 0 {
			anchor = y // the last year written out
			continue
		}
		if anchor > 0 {
			w := lower(i)
			if m, ok := monthTok(toks[i]); ok && (lower(i-1) == "that" || lower(i-1) == "same" && lower(i-2) == "the") {
				// "that December": the month of the year last given
				if k := covered(i); k >= 0 && len(ts[k].Value) == 7 {
					ts[k].Value, ts[k].Future = fmt.Sprintf("%04d-%02d", anchor, int(m)), ""
				}
			} else if w == "year" && covered(i) < 0 {
				y := 0
				switch {
				case lower(i-1) == "that" || lower(i-1) == "same" && lower(i-2) == "the":
					y = anchor
				case (lower(i-1) == "following" || lower(i-1) == "next") && lower(i-2) == "the",
					lower(i+1) == "later" && (lower(i-1) == "a" || lower(i-1) == "one"):
					y = anchor + 1
				}
				if y > 0 {
					// ("... the following year. A year later, ...": the
					// story's year moves on)
					add = append(add, Timex{From: i - 1, To: i + 1, Value: strconv.Itoa(y)})
					anchor = y
				}
			}
		}
	}
	if len(add) > 0 {
		ts = append(ts, add...)
		slices.SortFunc(ts, func(a, b Timex) int { return a.From - b.From })
	}
	return ts, anchor
}

// weekdayWord reports whether w names a day of the week.
func weekdayWord(w string) bool {
	_, ok := weekdays[w]
	return ok
}
