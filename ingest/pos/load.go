package pos

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v2"
)

// The averaged-perceptron model prose v2.0.0 embeds (go-bindata, gzip'd gob
// files) and exposes through its exported Asset function.
const (
	assetClasses = "model/AveragedPerceptron/classes.gob" // []string
	assetTagDict = "model/AveragedPerceptron/tags.gob"    // map[string]string
	assetWeights = "model/AveragedPerceptron/weights.gob" // map[string]map[string]float64
)

// Feature templates, in prose's featurize order. A feature's key in the
// weights is its template, a space and its value(s) joined by spaces.
const (
	tmplSuffix    = "i suffix "
	tmplPref1     = "i pref1 "
	tmplPrevTag   = "i-1 tag "
	tmplPrev2Tag  = "i-2 tag "
	tmplTagPair   = "i tag+i-2 tag "
	tmplWord      = "i word "
	tmplTagWord   = "i-1 tag+i word "
	tmplPrevWord  = "i-1 word "
	tmplPrevSuf   = "i-1 suffix "
	tmplPrev2Word = "i-2 word "
	tmplNextWord  = "i+1 word "
	tmplNextSuf   = "i+1 suffix "
	tmplNext2Word = "i+2 word "
)

// Indexes into word.feat, for the five templates keyed by a context word.
const (
	wordCur = iota
	wordPrev
	wordPrev2
	wordNext
	wordNext2
)

// scale turns prose's weights, which its trainer rounded to three decimals,
// into exact integers: integer sums make the argmax exact and independent
// of summation order.
const scale = 1000

// loadModel reads prose's embedded model through prose.Asset and builds the
// dense, interned form a Tagger uses.
func loadModel() (*Tagger, error) {
	var (
		classes []string
		tagDict map[string]string
		weights map[string]map[string]float64
	)
	for _, a := range []struct {
		name string
		dst  any
	}{{assetClasses, &classes}, {assetTagDict, &tagDict}, {assetWeights, &weights}} {
		b, err := prose.Asset(a.name)
		if err != nil {
			return nil, fmt.Errorf("pos: %w", err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.dst); err != nil {
			return nil, fmt.Errorf("pos: decode %s: %w", a.name, err)
		}
	}
	return build(classes, tagDict, weights)
}

// build turns prose's maps into a Tagger. It makes one pass over the weights, parsing each feature key into its
// template and value(s) and filing the feature's id where the tagger will
// look for it: by tag id, by first byte, by suffix, by context word.
func build(classes []string, tagDict map[string]string, weights map[string]map[string]float64) (*Tagger, error) {
	nc := len(classes)
	if nc == 0 || nc > 64 {
		return nil, fmt.Errorf("pos: %d classes, want 1 to 64", nc)
	}
	t := &Tagger{nc: nc, tagName: append([]string(nil), classes...), tagID: map[string]int32{}}
	classID := make(map[string]int, nc)
	for i, c := range classes {
		if _, dup := classID[c]; dup {
			return nil, fmt.Errorf("pos: duplicate class %q", c)
		}
		classID[c] = i
		t.tagID[c] = int32(i)
	}

	// Tag vocabulary: the classes, then every other tag string that occurs
	// in a tag feature (-START-, -START2-). Any tag outside it (prose's "-",
	// "-NONE-", a "-XYZ-" word) has no weights, and all of those share id
	// unknown.
	tagOf := func(s string) int32 {
		id, ok := t.tagID[s]
		if !ok {
			id = int32(len(t.tagName))
			t.tagID[s] = id
			t.tagName = append(t.tagName, s)
		}
		return id
	}
	t.startTID, t.start2TID = tagOf(startTag), tagOf(start2Tag)

	// Suffixes (at most three bytes), packed into integers.
	t.suffixID = map[uint32]int32{}
	t.suffixes = [][3]int32{{}} // 0: no suffix features
	suffixOf := func(s string) int32 {
		if len(s) > 3 {
			return 0
		}
		k := packSuffix(s)
		id, ok := t.suffixID[k]
		if !ok {
			id = int32(len(t.suffixes))
			t.suffixes = append(t.suffixes, [3]int32{})
			t.suffixID[k] = id
		}
		return id
	}

	// Context words: every word that appears in a word feature.
	t.wordID = map[string]int32{}
	t.words = []word{{}} // 0: a word without features
	wordOf := func(s string) int32 {
		id, ok := t.wordID[s]
		if !ok {
			id = int32(len(t.words))
			t.wordID[strings.Clone(s)] = id // not the feature key it is cut from
			t.words = append(t.words, word{suf: suffixOf(lastBytes(s, 3))})
		}
		return id
	}

	type tagPair struct{ a, b int32 }
	type tagWord struct{ tag, word, f int32 }
	var (
		bias        int32
		prev, prev2 = map[int32]int32{}, map[int32]int32{}
		pairs       = map[tagPair]int32{}
		tagWords    []tagWord
	)

	// Feature 0 is the null feature: no weights, empty mask.
	nf := len(weights) + 1
	t.w = make([]int32, nf*nc)
	t.mask = make([]uint64, nf)
	f := int32(0)
	for key, ws := range weights {
		f++
		row := t.w[int(f)*nc : int(f)*nc+nc]
		for c, v := range ws {
			ci, ok := classID[c]
			if !ok {
				return nil, fmt.Errorf("pos: feature %q has weight for unknown class %q", key, c)
			}
			x := math.Round(v * scale)
			if math.Abs(v*scale-x) > 1e-6 || math.Abs(x) > 1<<24 {
				return nil, fmt.Errorf("pos: weight %v of %q is not a multiple of 1/%d", v, key, scale)
			}
			row[ci] = int32(x)
			t.mask[f] |= 1 << uint(ci)
		}

		// No template is a prefix of another, so the order of cases is free.
		var v string
		switch {
		case key == "bias":
			bias = f
		case cut(key, tmplWord, &v):
			t.words[wordOf(v)].feat[wordCur] = f
		case cut(key, tmplPrevWord, &v):
			t.words[wordOf(v)].feat[wordPrev] = f
		case cut(key, tmplPrev2Word, &v):
			t.words[wordOf(v)].feat[wordPrev2] = f
		case cut(key, tmplNextWord, &v):
			t.words[wordOf(v)].feat[wordNext] = f
		case cut(key, tmplNext2Word, &v):
			t.words[wordOf(v)].feat[wordNext2] = f
		case cut(key, tmplTagWord, &v):
			tag, w, ok := strings.Cut(v, " ")
			if !ok {
				return nil, fmt.Errorf("pos: bad feature %q", key)
			}
			tagWords = append(tagWords, tagWord{tagOf(tag), wordOf(w), f})
		case cut(key, tmplSuffix, &v):
			if len(v) <= 3 {
				t.suffixes[suffixOf(v)][0] = f
			}
		case cut(key, tmplPrevSuf, &v):
			if len(v) <= 3 {
				t.suffixes[suffixOf(v)][1] = f
			}
		case cut(key, tmplNextSuf, &v):
			if len(v) <= 3 {
				t.suffixes[suffixOf(v)][2] = f
			}
		case cut(key, tmplPref1, &v):
			// prose keys it by string(w[0]), a byte converted as a rune:
			// bytes from 0x80 appear as two-byte strings.
			if r, n := utf8.DecodeRuneInString(v); n == len(v) && r < 256 && string(rune(r)) == v {
				t.pref1[r] = f
			}
		case cut(key, tmplPrevTag, &v):
			prev[tagOf(v)] = f
		case cut(key, tmplPrev2Tag, &v):
			prev2[tagOf(v)] = f
		case cut(key, tmplTagPair, &v):
			a, b, ok := strings.Cut(v, " ")
			if !ok {
				return nil, fmt.Errorf("pos: bad feature %q", key)
			}
			pairs[tagPair{tagOf(a), tagOf(b)}] = f
		default:
			return nil, fmt.Errorf("pos: feature %q of no known template", key)
		}
	}
	t.unknown = int32(len(t.tagName))
	t.ntags = len(t.tagName) + 1

	// Tag features, folded with the bias into one row per (i-1 tag, i-2 tag).
	t.tagRows = make([]int32, t.ntags*t.ntags*nc)
	t.tagMask = make([]uint64, t.ntags*t.ntags)
	for p1 := int32(0); p1 < int32(t.ntags); p1++ {
		for p2 := int32(0); p2 < int32(t.ntags); p2++ {
			k := int(p1)*t.ntags + int(p2)
			row := t.tagRows[k*nc : k*nc+nc]
			for _, f := range [...]int32{bias, prev[p1], prev2[p2], pairs[tagPair{p1, p2}]} {
				t.tagMask[k] |= t.mask[f]
				for c, v := range t.w[int(f)*nc : int(f)*nc+nc] {
					row[c] += v
				}
			}
		}
	}

	// The sentinels prose puts around a sentence are context words too,
	// and so are normalize's stand-ins.
	t.start, t.start2 = wordOf(startTag), wordOf(start2Tag)
	t.end, t.end2 = wordOf(endWord), wordOf(end2Word)
	t.hyphen, t.year, t.digits = wordOf(hyphenWord), wordOf(yearWord), wordOf(digitsWord)

	// "i-1 tag+i word" features, grouped by word.
	sort.Slice(tagWords, func(i, j int) bool { return tagWords[i].word < tagWords[j].word })
	t.pairTag = make([]int32, len(tagWords))
	t.pairFeat = make([]int32, len(tagWords))
	for i, tw := range tagWords {
		t.pairTag[i], t.pairFeat[i] = tw.tag, tw.f
	}
	for i := 0; i < len(tagWords); {
		j := i
		for j < len(tagWords) && tagWords[j].word == tagWords[i].word {
			j++
		}
		w := &t.words[tagWords[i].word]
		w.pairLo, w.pairHi = int32(i), int32(j)
		i = j
	}

	// Words whose tag prose decides before the model: "-", emoticons and
	// the tag dictionary. The outcome is computed by the same rule chain
	// as any other word, so rule precedence is kept.
	t.fixed = make(map[string]int32, len(tagDict)+len(emoticons)+1)
	fix := func(w string) {
		tag, ok := t.rules(w)
		if !ok {
			tag, ok = tagDict[w]
		}
		if !ok {
			return
		}
		t.fixed[w] = int32(len(t.fixedTag))
		t.fixedTag = append(t.fixedTag, tagRef{name: tag, id: t.idOfTag(tag)})
	}
	fix("-")
	for _, e := range emoticons {
		fix(e)
	}
	for w := range tagDict {
		fix(w)
	}
	t.nn = tagRef{name: "NN", id: t.idOfTag("NN")}
	t.none = tagRef{name: "-NONE-", id: t.idOfTag("-NONE-")}
	return t, nil
}

// cut sets *v to what follows prefix in s and reports whether s starts
// with prefix.
func cut(s, prefix string, v *string) bool {
	if strings.HasPrefix(s, prefix) {
		*v = s[len(prefix):]
		return true
	}
	return false
}

func (t *Tagger) idOfTag(s string) int32 {
	if id, ok := t.tagID[s]; ok {
		return id
	}
	return t.unknown
}

// packSuffix packs a string of at most three bytes, with its length, into
// a map key.
func packSuffix[S ~string | ~[]byte](s S) uint32 {
	k := uint32(len(s)) << 24
	for i := 0; i < len(s); i++ {
		k |= uint32(s[i]) << (8 * uint(2-i))
	}
	return k
}

// lastBytes is s[len(s)-min(len(s), n):], as prose cuts suffixes (by
// bytes, not runes).
func lastBytes(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
