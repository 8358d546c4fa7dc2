package pos_test

import (
	"bytes"
	"encoding/gob"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	prose "github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"

	"github.com/kg-project/kg/ingest/pos"
)

// refTagger is a direct port of prose v2.0.0's perceptronTagger.tag
// (tag.go), over prose's own maps and float64 weights, with string feature
// keys built as prose builds them. It differs only where prose depends on
// map iteration order: among classes whose scores tie (within 1e-9) it
// picks the one listed first in classes, as pos does.
type refTagger struct {
	classes []string
	tagDict map[string]string
	weights map[string]map[string]float64
	emo     map[string]bool
	ties    int // predictions decided by the tie rule
}

var (
	refOnce sync.Once
	ref     *refTagger
)

func reference(t testing.TB) *refTagger {
	t.Helper()
	refOnce.Do(func() {
		r := &refTagger{emo: map[string]bool{}}
		for name, dst := range map[string]any{
			"model/AveragedPerceptron/classes.gob": &r.classes,
			"model/AveragedPerceptron/tags.gob":    &r.tagDict,
			"model/AveragedPerceptron/weights.gob": &r.weights,
		} {
			if err := gob.NewDecoder(bytes.NewReader(prose.MustAsset(name))).Decode(dst); err != nil {
				panic(err)
			}
		}
		for _, e := range pos.Emoticons {
			r.emo[e] = true
		}
		ref = r
	})
	return ref
}

var (
	refNone = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	refKeep = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

func (r *refTagger) tag(words []string) []string {
	out := make([]string, len(words))
	p1, p2 := "-START-", "-START2-"
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = p1, p2
	for i, w := range words {
		ctx[i+2] = refNormalize(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	for i, w := range words {
		var tag string
		var found bool
		if w == "-" {
			tag = "-"
		} else if r.emo[w] {
			tag = "SYM"
		} else if commonregex.LinkRegex.MatchString(w) || commonregex.EmailRegex.MatchString(w) || strings.HasPrefix(w, "@") {
			tag = "NN"
		} else if refNone.MatchString(w) {
			tag = "-NONE-"
		} else if refKeep.MatchString(w) {
			tag = w
		} else if tag, found = r.tagDict[w]; !found {
			tag = r.predict(refFeaturize(i, ctx, w, p1, p2))
		}
		out[i] = tag
		p2, p1 = p1, tag
	}
	return out
}

func (r *refTagger) predict(feats map[string]float64) string {
	scores := map[string]float64{}
	for f, v := range feats {
		ws, ok := r.weights[f]
		if !ok || v == 0 {
			continue
		}
		for c, w := range ws {
			scores[c] += v * w
		}
	}
	best, bestScore, tied := "", math.Inf(-1), false
	for _, c := range r.classes {
		s, ok := scores[c]
		if !ok {
			continue
		}
		switch {
		case s > bestScore+1e-9:
			best, bestScore, tied = c, s, false
		case s > bestScore-1e-9:
			tied = true
		}
	}
	if tied {
		r.ties++
	}
	return best
}

func refFeaturize(i int, ctx []string, w, p1, p2 string) map[string]float64 {
	feats := map[string]float64{}
	add := func(parts ...string) { feats[strings.Join(parts, " ")]++ }
	suf := min(len(w), 3)
	i = min(len(ctx)-2, i+2)
	iminus := min(len(ctx[i-1]), 3)
	iplus := min(len(ctx[i+1]), 3)
	add("bias")
	add("i suffix", w[len(w)-suf:])
	add("i pref1", string(rune(w[0])))
	add("i-1 tag", p1)
	add("i-2 tag", p2)
	add("i tag+i-2 tag", p1, p2)
	add("i word", ctx[i])
	add("i-1 tag+i word", p1, ctx[i])
	add("i-1 word", ctx[i-1])
	add("i-1 suffix", ctx[i-1][len(ctx[i-1])-iminus:])
	add("i-2 word", ctx[i-2])
	add("i+1 word", ctx[i+1])
	add("i+1 suffix", ctx[i+1][len(ctx[i+1])-iplus:])
	add("i+2 word", ctx[i+2])
	return feats
}

func refNormalize(word string) string {
	if word == "" {
		return word
	}
	first := string(rune(word[0]))
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	} else if _, err := strconv.Atoi(word); err == nil && len(word) == 4 {
		return "!YEAR"
	} else if _, err := strconv.Atoi(first); err == nil {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}
