// Package pos tags parts of speech (Penn Treebank tags) with the
// averaged-perceptron model that github.com/jdkato/prose/v2 v2.0.0 ships
// (MIT; a port of TextBlob's perceptron tagger, about 96% accurate on the
// Penn Treebank).
//
// It reproduces prose's tagger exactly (feature templates, word
// normalization, the tag dictionary of frequent unambiguous words and the
// rules for dashes, emoticons, links, e-mail addresses and Treebank
// placeholders), but with the feature strings interned to integers at
// load time and the weights in dense integer rows, so tagging a token
// costs a few map lookups and no allocations. It does not use prose's
// tokenizer: callers pass tokens they split themselves.
package pos

import (
	"math"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Sentinels of prose's tagger: the tags before a sentence, the words
// around it and the stand-ins normalize gives some words.
const (
	startTag   = "-START-"
	start2Tag  = "-START2-"
	endWord    = "-END-"
	end2Word   = "-END2-"
	hyphenWord = "!HYPHEN"
	yearWord   = "!YEAR"
	digitsWord = "!DIGITS"
)

// A Tagger assigns Penn Treebank part-of-speech tags. It is immutable once
// loaded and safe for concurrent use by several goroutines.
type Tagger struct {
	nc int // classes; scores and masks have one slot or bit per class

	// Feature f's weights are w[f*nc : f*nc+nc] (fixed point, see scale);
	// bit c of mask[f] says whether prose's weight map for f has class c
	// (prose's argmax only considers classes some active feature has).
	// Feature 0 is empty.
	w    []int32
	mask []uint64

	// Tags: classes first (ids 0..nc-1), then other tags that occur in tag
	// features; every other tag is unknown.
	tagName []string
	tagID   map[string]int32
	unknown int32
	ntags   int // len(tagName) + 1, for unknown

	// Bias plus the three tag features, summed per (i-1 tag, i-2 tag).
	tagRows []int32  // [(p1*ntags+p2)*nc ...]
	tagMask []uint64 // [p1*ntags+p2]

	pref1    [256]int32       // "i pref1" feature by first byte
	suffixID map[uint32]int32 // packSuffix(s) -> index into suffixes
	suffixes [][3]int32       // "i suffix", "i-1 suffix", "i+1 suffix"

	wordID map[string]int32 // normalized word -> index into words
	words  []word           // 0: a word without features

	// "i-1 tag+i word" features of word x: pairTag[x.pairLo:x.pairHi] are
	// the tags, pairFeat the features.
	pairTag, pairFeat []int32

	start, start2, end, end2 int32 // sentinel words
	startTID, start2TID      int32 // the tags before a sentence
	hyphen, year, digits     int32 // normalized stand-ins

	// Words tagged without the model, resolved at load time.
	fixed    map[string]int32 // word -> index into fixedTag
	fixedTag []tagRef
	nn, none tagRef

	scratch sync.Pool // *scratch
}

type word struct {
	feat           [5]int32 // by wordCur, wordPrev, ...
	suf            int32    // suffix index of the word's last three bytes
	pairLo, pairHi int32
}

type tagRef struct {
	name string
	id   int32
}

// slot is one position of the context prose tags a token in: a normalized
// word, and its suffix.
type slot struct {
	word   int32
	suf    int32
	rawSuf bool // the raw token has the same suffix as its normalized form
}

type scratch struct {
	ctx []slot
	buf []byte
}

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the shared tagger, loaded once from prose's embedded
// model on first use (a few hundred milliseconds, mostly gunzipping and
// gob-decoding prose's 5 MB weights file; the tagger then keeps about
// 16 MB). It panics if the model cannot be decoded, which would mean a
// broken prose module.
func Default() *Tagger {
	defaultOnce.Do(func() { defaultTagger, defaultErr = loadModel() })
	if defaultErr != nil {
		panic(defaultErr)
	}
	return defaultTagger
}

// Tag returns the Penn Treebank tag of each token. Tokens are words and
// punctuation as the caller split them, normally one sentence: like
// prose, the tagger sees the whole slice as one sequence, with sentence
// start and end context around it. prose's tokenizer replaces curly
// quotes and apostrophes with ASCII ones before tagging; callers should do
// the same, as the model has not seen the curly ones.
func (t *Tagger) Tag(tokens []string) []string {
	return t.TagInto(tokens, nil)
}

// TagInto is Tag writing into tags, reusing its capacity: it returns
// tags[:len(tokens)], or a new slice if tags is too short. Once warm (its
// scratch buffers are pooled) it does not allocate when tags is long
// enough.
func (t *Tagger) TagInto(tokens, tags []string) []string {
	n := len(tokens)
	if cap(tags) < n {
		tags = make([]string, n)
	}
	tags = tags[:n]
	if n == 0 {
		return tags
	}

	s, _ := t.scratch.Get().(*scratch)
	if s == nil {
		s = new(scratch)
	}
	if cap(s.ctx) < n+4 {
		s.ctx = make([]slot, n+4)
	}
	ctx := s.ctx[:n+4]
	ctx[0] = t.sentinel(t.start)
	ctx[1] = t.sentinel(t.start2)
	for i, tok := range tokens {
		ctx[i+2] = t.slotOf(tok, &s.buf)
	}
	ctx[n+2] = t.sentinel(t.end)
	ctx[n+3] = t.sentinel(t.end2)

	p1, p2 := t.startTID, t.start2TID
	for i, tok := range tokens {
		var tr tagRef
		if k, ok := t.fixed[tok]; ok {
			tr = t.fixedTag[k]
		} else if name, ok := matchRules(tok); ok {
			switch name {
			case "NN":
				tr = t.nn
			case "-NONE-":
				tr = t.none
			default:
				tr = tagRef{name: name, id: t.idOfTag(name)}
			}
		} else if c := t.predict(tok, ctx[i:i+5], p1, p2); c >= 0 {
			tr = tagRef{name: t.tagName[c], id: int32(c)}
		} else {
			tr = tagRef{id: t.unknown}
		}
		tags[i] = tr.name
		p2, p1 = p1, tr.id
	}
	t.scratch.Put(s)
	return tags
}

func (t *Tagger) sentinel(id int32) slot {
	return slot{word: id, suf: t.words[id].suf}
}

// predict scores token tok, whose context window (i-2 .. i+2) is win, and
// returns the best class, or -1 if no feature has weights. Ties go to the
// class listed first in prose's classes (prose's own choice among exact
// ties depends on map iteration order).
func (t *Tagger) predict(tok string, win []slot, p1, p2 int32) int {
	nc := t.nc
	var buf [64]int32
	sc := buf[:nc]
	k := int(p1)*t.ntags + int(p2)
	copy(sc, t.tagRows[k*nc:k*nc+nc])
	mask := t.tagMask[k]

	cur := &win[2]
	cw := &t.words[cur.word]
	var feats [10]int32
	feats[0] = cw.feat[wordCur]
	if len(tok) > 0 {
		feats[1] = t.pref1[tok[0]]
	}
	suf := cur.suf
	if !cur.rawSuf {
		suf = t.suffixID[packSuffix(lastBytes(tok, 3))]
	}
	feats[2] = t.suffixes[suf][0]
	for j := cw.pairLo; j < cw.pairHi; j++ {
		if t.pairTag[j] == p1 {
			feats[3] = t.pairFeat[j]
			break
		}
	}
	feats[4] = t.words[win[1].word].feat[wordPrev]
	feats[5] = t.suffixes[win[1].suf][1]
	feats[6] = t.words[win[0].word].feat[wordPrev2]
	feats[7] = t.words[win[3].word].feat[wordNext]
	feats[8] = t.suffixes[win[3].suf][2]
	feats[9] = t.words[win[4].word].feat[wordNext2]

	for _, f := range feats {
		if f == 0 {
			continue
		}
		mask |= t.mask[f]
		addRow(sc, t.w[int(f)*nc:int(f)*nc+nc])
	}

	best, bestC := int32(math.MinInt32), -1
	for m := mask; m != 0; m &= m - 1 {
		c := bits.TrailingZeros64(m)
		if v := sc[c]; v > best || bestC < 0 {
			best, bestC = v, c
		}
	}
	return bestC
}

// addRow adds row to sc, four classes a step (the loop that dominates
// tagging; the slices are resliced so the compiler drops bounds checks).
func addRow(sc, row []int32) {
	sc = sc[:len(row)]
	i := 0
	for ; i+4 <= len(row); i += 4 {
		s4, r4 := sc[i:i+4:i+4], row[i:i+4:i+4]
		s4[0] += r4[0]
		s4[1] += r4[1]
		s4[2] += r4[2]
		s4[3] += r4[3]
	}
	for ; i < len(row); i++ {
		sc[i] += row[i]
	}
}

// slotOf normalizes a token as prose does (!HYPHEN for a hyphenated word
// not starting with "-", !YEAR for a four-character integer, !DIGITS for
// anything else starting with a digit, otherwise strings.ToLower) and
// looks the result up.
func (t *Tagger) slotOf(w string, buf *[]byte) slot {
	var id int32
	switch {
	case w == "":
		id = t.wordID[""]
		return slot{word: id, suf: t.words[id].suf, rawSuf: true}
	case w[0] != '-' && strings.IndexByte(w, '-') >= 0:
		id = t.hyphen
	case len(w) == 4 && isAtoi(w):
		id = t.year
	case '0' <= w[0] && w[0] <= '9':
		id = t.digits
	default:
		return t.lowerSlot(w, buf)
	}
	// The token's own suffix is looked up when it is tagged.
	return slot{word: id, suf: t.words[id].suf}
}

func (t *Tagger) lowerSlot(w string, buf *[]byte) slot {
	ascii, upper := true, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii && !upper {
		if id, ok := t.wordID[w]; ok {
			return slot{word: id, suf: t.words[id].suf, rawSuf: true}
		}
		return slot{suf: t.suffixID[packSuffix(lastBytes(w, 3))], rawSuf: true}
	}
	b := (*buf)[:0]
	if ascii {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	} else {
		// strings.ToLower's non-ASCII path, strings.Map(unicode.ToLower),
		// which also turns invalid UTF-8 into U+FFFD, as range does.
		for _, r := range w {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	*buf = b
	tail := b
	if len(tail) > 3 {
		tail = tail[len(tail)-3:]
	}
	rawSuf := lastBytes(w, 3) == string(tail)
	if id, ok := t.wordID[string(b)]; ok {
		return slot{word: id, suf: t.words[id].suf, rawSuf: rawSuf}
	}
	return slot{suf: t.suffixID[packSuffix(tail)], rawSuf: rawSuf}
}

// isAtoi reports whether strconv.Atoi accepts s (for len(s) < 19): an
// optional sign and at least one ASCII digit. It does not allocate an
// error.
func isAtoi(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// DictTag returns the tag prose's dictionary of frequent unambiguous words
// gives w ("government" NN, "presidential" JJ), and whether it has one.
// Callers use it to tell a capitalized common word from a name.
func (t *Tagger) DictTag(w string) (string, bool) {
	k, ok := t.fixed[w]
	if !ok {
		return "", false
	}
	return t.fixedTag[k].name, true
}
