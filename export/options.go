package export

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/kg-project/kg/schema"
)

// Defaults used when Options leave a field zero.
const (
	DefaultDepth        = 1
	DefaultMaxSentences = 5
)

// maxSpans bounds the periods a fact keeps; past it the two closest merge.
const maxSpans = 16

// Options select and shape what an export holds. The zero value exports
// every fact (asserted and reported statements) of every predicate and type.
type Options struct {
	// All adds hedged, planned and negated statements as edges marked with
	// their modality. JSON lines always includes them.
	All bool
	// Predicates keeps only statements of these predicates; nil keeps all.
	Predicates []schema.Predicate
	// Types keeps only statements whose subject and object both have one of
	// these types; nil keeps all.
	Types []schema.EntityType
	// Since and Until keep statements whose time (an ISO 8601 prefix, see
	// the package doc) overlaps the period from Since to Until; a statement
	// with no time at all is dropped when either is set. "" means open.
	Since, Until string
	// MinConfidence drops statements below it.
	MinConfidence float64
	// MinSources drops facts with fewer independent sources.
	MinSources int
	// Seeds, names or aliases of entities (case-insensitive), keep only the
	// nodes within Depth facts of them. Depth 0 means DefaultDepth.
	Seeds []string
	Depth int
	// MaxNodes keeps at most this many nodes, the highest-degree ones (seeds
	// first); 0 means no limit.
	MaxNodes int
	// MaxSentences is how many sentences a fact keeps as evidence: 0 means
	// DefaultMaxSentences, a negative number none.
	MaxSentences int
	// Origin names the independent source of a statement, so that copies of
	// one wire story count once in Fact.Sources. nil means schema.OriginOf:
	// the origin ingest grouped the document into, else the document.
	Origin func(schema.Statement) string
}

// ErrOptions is wrapped by the errors Options.Validate returns.
var ErrOptions = errors.New("invalid export options")

// Validate checks the options that are not typed: Since, Until and the
// numeric limits.
func (o Options) Validate() error {
	if o.Since != "" {
		if _, _, ok := period(o.Since); !ok {
			return fmt.Errorf("%w: since %q is not an ISO 8601 date prefix (2025, 2025-03, 2025-03-14)", ErrOptions, o.Since)
		}
	}
	if o.Until != "" {
		if _, _, ok := period(o.Until); !ok {
			return fmt.Errorf("%w: until %q is not an ISO 8601 date prefix (2025, 2025-03, 2025-03-14)", ErrOptions, o.Until)
		}
	}
	if o.Since != "" && o.Until != "" {
		lo, _, _ := period(o.Since)
		_, hi, _ := period(o.Until)
		if hi < lo {
			return fmt.Errorf("%w: since %s is after until %s", ErrOptions, o.Since, o.Until)
		}
	}
	if o.MinConfidence < 0 || o.MinConfidence > 1 {
		return fmt.Errorf("%w: min confidence %v is outside [0, 1]", ErrOptions, o.MinConfidence)
	}
	if o.MinSources < 0 || o.Depth < 0 || o.MaxNodes < 0 {
		return fmt.Errorf("%w: negative min sources, depth or max nodes", ErrOptions)
	}
	for _, p := range o.Predicates {
		if !p.Valid() {
			return fmt.Errorf("%w: unknown predicate %q", ErrOptions, p)
		}
	}
	return nil
}

// day is a calendar day as days since 1970-01-01.
type day int32

func toDay(y int, m time.Month, d int) day {
	return day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func (d day) String() string {
	y, m, dd := time.Unix(int64(d)*86400, 0).UTC().Date()
	if y < 0 || y > 9999 {
		return time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02")
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + dd/10), byte('0' + dd%10)}
	return string(b[:])
}

// period returns the first and last day an ISO 8601 prefix covers: "198"
// is the 1980s, "1987" a year, "1987-03" a month, "1987-03-14" (and any
// longer date-time) a day.
func period(s string) (lo, hi day, ok bool) {
	digits := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, len(s) > 0
	}
	switch {
	case len(s) == 3:
		dec, ok := digits(s)
		if !ok {
			return 0, 0, false
		}
		return toDay(dec*10, 1, 1), toDay(dec*10+9, 12, 31), true
	case len(s) == 4:
		y, ok := digits(s)
		if !ok {
			return 0, 0, false
		}
		return toDay(y, 1, 1), toDay(y, 12, 31), true
	case len(s) == 7 && s[4] == '-':
		y, ok1 := digits(s[:4])
		m, ok2 := digits(s[5:7])
		if !ok1 || !ok2 || m < 1 || m > 12 {
			return 0, 0, false
		}
		return toDay(y, time.Month(m), 1), toDay(y, time.Month(m)+1, 0), true
	case len(s) >= 10 && s[4] == '-' && s[7] == '-':
		if len(s) > 10 && s[10] != 'T' && s[10] != ' ' {
			return 0, 0, false
		}
		y, ok1 := digits(s[:4])
		m, ok2 := digits(s[5:7])
		d, ok3 := digits(s[8:10])
		if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31 {
			return 0, 0, false
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			return 0, 0, false
		}
		dd := toDay(y, time.Month(m), d)
		return dd, dd, true
	}
	return 0, 0, false
}

// formatFloat writes a float the same way in every format: the shortest
// decimal that reads back exactly.
// Infinities and NaN, which no format can hold, are written as 0.
func formatFloat(f float64) string { return strconv.FormatFloat(finite(f), 'g', -1, 64) }

func finite(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}
