package ingest

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/schema"
)

// Origins groups documents that carry the same report into one origin, so
// that a fact stated by a wire story and by the pages that reproduce,
// rewrite or credit it counts as one independent source, not as many.
//
// Two documents are linked, and so share an origin, when either
//
//   - they share near-duplicate passages: a passage is a sentence of at
//     least 8 words, 6 of them distinct words that are neither stop words
//     nor numbers (so that template lines such as "Qtly div 10 cts vs 10
//     cts prior" are none); two passages are near-duplicates when the
//     Jaccard similarity of their word 3-shingles is at least 0.5,
//     estimated by a MinHash of 48 16-bit values and found through
//     locality-sensitive hashing (16 bands of 3 values; a band value
//     shared by more than 256 passages is boilerplate and only its newest
//     256 are compared). Rewrites share only part of their text, so two
//     documents need at least 2 such passages, covering at least a fifth
//     of the shorter one's passages;
//   - or both have fewer than 2 passages (wire notices, tables) and one's
//     whole text holds the other's: at least 80% of the shorter one's word
//     3-shingles, numbers included, are the other's (estimated from a
//     MinHash of 48 values and the shingle counts, found through the same
//     bands), so that a copy with a line added still matches and two
//     notices on one template do not;
//   - or one credits a news agency ("Reuters reported on Friday", "(source:
//     Reuters)", "told the AP", "WASHINGTON (AP) -") that the other credits
//     too or published (its publisher names the agency), and they are on
//     the same story: the Jaccard similarity of their content-word bigrams
//     (stop words dropped) is at least 0.08, computed exactly or, for
//     documents of more than 256 bigrams, estimated from a bottom-256
//     sketch; and when both have a publication date they are at most 7
//     days apart. Two stories the agency published itself are not linked
//     this way, and a story does not credit its own publisher. Each
//     document is compared with the latest 2,000 documents of each list.
//
// Linking is transitive: an origin is a connected group of documents. Its
// name is the first 16 hex digits of the hash of its first document. When a
// new document links two origins, the older name wins and Changes reports
// the documents that must be renamed.
//
// The sketch Add returns holds what later runs need to link new documents
// with this one (96 bytes per passage, up to 200 passages, and up to 1 KB
// for documents with credits or an agency publisher); callers store it with the
// document and hand it back through Known. An Origins is not safe for
// concurrent use.
type Origins struct {
	docs   []originDoc
	parent []int32
	byHash map[string]int32
	named  map[string]int32 // origin name -> first document that has it

	bands    map[uint32]int32 // band key -> newest passage with it
	passDoc  []int32          // passage -> document
	passNext []int32          // passage -> older passage with the same band key, or -1 (one per band)
	passSig  []uint16         // passage -> passageHashes values

	wholes map[uint32][]int32 // band key of a short document's whole text -> documents
	whole  map[int32][]uint16 // document -> MinHash of its whole text, for short documents

	creditors  map[string][]int32 // agency -> documents crediting it, in order
	publishers map[string][]int32 // agency -> documents it published, in order
	credSig    map[int32][]uint32 // document -> content-bigram bottom-k sketch
}

type originDoc struct {
	hash  string
	given string // the origin it was stored or handed out with
	day   int32  // publication date in days since 1970, or noDay
	npass int32
}

// sharedShare is the least share of the shorter document's passages that
// two documents must share.
var sharedShare = 0.2

// Parameters of the grouping, as the type documentation gives them.
const (
	shingleWords     = 3
	minPassageWords  = 8
	maxPassages      = 200
	passageHashes    = 48
	bandRows         = 3
	bandCount        = passageHashes / bandRows
	nearDuplicate    = 0.5
	sameText         = 0.8 // share of the shorter whole text of short documents
	minShared        = 2
	minContentWords  = 6 // distinct words of a passage that are neither stop words nor numbers
	creditHashes     = 256
	creditSimilarity = 0.08
	creditDays       = 7
	creditWindow     = 2000
	maxChain         = 256 // band entries looked at per key: longer chains are boilerplate
	noDay            = -1 << 30
)

// NewOrigins returns an empty grouping.
func NewOrigins() *Origins {
	return &Origins{
		byHash:     make(map[string]int32),
		named:      make(map[string]int32),
		bands:      make(map[uint32]int32),
		creditors:  make(map[string][]int32),
		publishers: make(map[string][]int32),
		credSig:    make(map[int32][]uint32),
		wholes:     make(map[uint32][]int32),
		whole:      make(map[int32][]uint16),
	}
}

// Known adds a stored document with its origin and sketch (both may be
// empty), so that new documents can join its origin. Documents known with
// the same origin stay one origin. A sketch that cannot be read is ignored
// and reported.
func (o *Origins) Known(hash, origin, sketch string) error {
	if _, ok := o.byHash[hash]; ok {
		return nil
	}
	sk, err := decodeSketch(sketch)
	i := o.newDoc(hash, sk)
	if origin == "" {
		origin = originName(hash)
	}
	o.docs[i].given = origin
	if first, ok := o.named[origin]; ok {
		o.union(first, i)
	} else {
		o.named[origin] = i
	}
	if err == nil {
		o.index(i, sk)
	}
	if err != nil {
		return fmt.Errorf("sketch of document %s: %w", hash, err)
	}
	return nil
}

// Add groups a new document with the documents seen so far and returns the
// name of its origin and the sketch to store with it. Adding a document
// known already returns its origin and no sketch.
func (o *Origins) Add(doc schema.Document) (origin, sketch string) {
	if doc.Hash == "" {
		doc.Hash = schema.ContentHash(doc.Text)
	}
	if i, ok := o.byHash[doc.Hash]; ok {
		return o.docs[o.find(i)].given, ""
	}
	sk := makeSketch(doc)
	i := o.newDoc(doc.Hash, sk)
	for _, j := range o.nearCopies(sk) {
		o.union(i, j)
	}
	for _, j := range o.sameShortText(sk) {
		o.union(i, j)
	}
	for _, j := range o.sameStory(sk) {
		o.union(i, j)
	}
	o.index(i, sk)
	r := o.find(i)
	if r == i {
		o.docs[i].given = originName(doc.Hash)
		o.named[o.docs[i].given] = i
	} else {
		o.docs[i].given = o.docs[r].given
	}
	return o.docs[i].given, sk.encode()
}

// Changes returns the documents whose origin is no longer the one they
// were known or added with, because a later document linked their origin
// to an older one: content hash -> origin.
func (o *Origins) Changes() map[string]string {
	out := make(map[string]string)
	for i := range o.docs {
		if g := o.docs[o.find(int32(i))].given; g != o.docs[i].given {
			out[o.docs[i].hash] = g
		}
	}
	return out
}

// Origin returns the current origin of a known or added document.
func (o *Origins) Origin(hash string) (string, bool) {
	i, ok := o.byHash[hash]
	if !ok {
		return "", false
	}
	return o.docs[o.find(i)].given, true
}

func originName(hash string) string {
	if len(hash) > 16 {
		return hash[:16]
	}
	return hash
}

func (o *Origins) newDoc(hash string, sk sketch) int32 {
	i := int32(len(o.docs))
	o.docs = append(o.docs, originDoc{hash: hash, day: sk.day, npass: int32(len(sk.passages) / passageHashes)})
	o.parent = append(o.parent, i)
	o.byHash[hash] = i
	return i
}

func (o *Origins) find(i int32) int32 {
	for o.parent[i] != i {
		o.parent[i] = o.parent[o.parent[i]]
		i = o.parent[i]
	}
	return i
}

// union joins two groups under the older root, whose name wins.
func (o *Origins) union(a, b int32) {
	ra, rb := o.find(a), o.find(b)
	switch {
	case ra == rb:
	case ra < rb:
		o.parent[rb] = ra
	default:
		o.parent[ra] = rb
	}
}

// index makes document i's passages and credits findable.
func (o *Origins) index(i int32, sk sketch) {
	n := len(sk.passages) / passageHashes
	for p := 0; p < n; p++ {
		id := int32(len(o.passDoc))
		sig := sk.passages[p*passageHashes : (p+1)*passageHashes]
		o.passDoc = append(o.passDoc, i)
		o.passSig = append(o.passSig, sig...)
		for b := 0; b < bandCount; b++ {
			key := bandKey(b, sig)
			prev, ok := o.bands[key]
			if !ok {
				prev = -1
			}
			o.passNext = append(o.passNext, prev)
			o.bands[key] = id
		}
	}
	if sk.whole != nil {
		o.whole[i] = sk.whole
		for b := 0; b < bandCount; b++ {
			key := bandKey(b, sk.whole) ^ wholeSalt
			o.wholes[key] = append(o.wholes[key], i)
		}
	}
	if sk.creditSig != nil {
		o.credSig[i] = sk.creditSig
		for _, a := range sk.credits {
			o.creditors[a] = append(o.creditors[a], i)
		}
		if sk.agency != "" {
			o.publishers[sk.agency] = append(o.publishers[sk.agency], i)
		}
	}
}

// nearCopies returns documents of the groups that share enough
// near-duplicate passages with sk, one per group. Passages are counted per
// group (an origin's copies are one report), and a passage is compared with
// at most one document of each group, so a report copied many times costs
// little more than one copied once.
func (o *Origins) nearCopies(sk sketch) []int32 {
	n := len(sk.passages) / passageHashes
	shared := make(map[int32]int32) // group -> passages of sk it shares
	first := make(map[int32]int32)  // group -> the first of its documents found
	for p := 0; p < n; p++ {
		sig := sk.passages[p*passageHashes : (p+1)*passageHashes]
		seen := make(map[int32]bool)  // passages compared
		found := make(map[int32]bool) // groups this passage matched
		for b := 0; b < bandCount; b++ {
			q, ok := o.bands[bandKey(b, sig)]
			for steps := 0; ok && q >= 0 && steps < maxChain; steps++ {
				if !seen[q] {
					seen[q] = true
					d := o.passDoc[q]
					if r := o.find(d); !found[r] && similarity(sig, o.passSig[int(q)*passageHashes:int(q+1)*passageHashes]) >= nearDuplicate {
						found[r] = true
						shared[r]++
						if _, ok := first[r]; !ok {
							first[r] = d
						}
					}
				}
				q = o.passNext[int(q)*bandCount+b]
			}
		}
	}
	var out []int32
	for r, m := range shared {
		d := first[r]
		small := min(int32(n), o.docs[d].npass)
		if m >= minShared && float64(m) >= sharedShare*float64(small) {
			out = append(out, d)
		}
	}
	slices.Sort(out)
	return out
}

// sameShortText returns the short documents whose whole text is a
// near-duplicate of sk's.
func (o *Origins) sameShortText(sk sketch) []int32 {
	if sk.whole == nil {
		return nil
	}
	var out []int32
	seen := make(map[int32]bool)
	for b := 0; b < bandCount; b++ {
		ds := o.wholes[bandKey(b, sk.whole)^wholeSalt]
		if len(ds) > maxChain {
			ds = ds[len(ds)-maxChain:]
		}
		for _, d := range ds {
			if !seen[d] {
				seen[d] = true
				if containment(sk.whole, o.whole[d]) >= sameText {
					out = append(out, d)
				}
			}
		}
	}
	return out
}

// sameStory returns the documents on the same story as sk that credit an
// agency sk credits or that agency published, or that credit the agency
// that published sk.
func (o *Origins) sameStory(sk sketch) []int32 {
	if sk.creditSig == nil {
		return nil
	}
	var lists [][]int32
	for _, a := range sk.credits {
		lists = append(lists, o.creditors[a], o.publishers[a])
	}
	if sk.agency != "" {
		lists = append(lists, o.creditors[sk.agency])
	}
	var out []int32
	found := make(map[int32]bool) // groups linked already: one document of each will do
	for _, ds := range lists {
		if len(ds) > creditWindow {
			ds = ds[len(ds)-creditWindow:]
		}
		for _, d := range ds {
			if day := o.docs[d].day; day != noDay && sk.day != noDay && (day-sk.day > creditDays || sk.day-day > creditDays) {
				continue
			}
			if r := o.find(d); !found[r] && bottomKSimilarity(sk.creditSig, o.credSig[d], creditHashes) >= creditSimilarity {
				found[r] = true
				out = append(out, d)
			}
		}
	}
	return out
}

// wholeSalt sets the band keys of whole texts apart from those of passages.
const wholeSalt = 0x9e3779b9

// bandKey hashes band b of a passage signature, with the band number, to
// 32 bits: a rare collision only costs a comparison.
func bandKey(b int, sig []uint16) uint32 {
	x := uint64(b)<<48 | uint64(sig[b*bandRows])<<32 | uint64(sig[b*bandRows+1])<<16 | uint64(sig[b*bandRows+2])
	return uint32(mix(x) >> 32)
}

// containment estimates how much of the smaller of two sets the other holds
// from whole-text signatures (MinHash values, then the set's size): with
// Jaccard similarity J, the intersection is J(|A|+|B|)/(1+J).
func containment(a, b []uint16) float64 {
	if len(a) != passageHashes+1 || len(b) != passageHashes+1 {
		return 0
	}
	j := similarity(a[:passageHashes], b[:passageHashes])
	na, nb := float64(a[passageHashes]), float64(b[passageHashes])
	if na == 0 || nb == 0 {
		return 0
	}
	return j * (na + nb) / (1 + j) / min(na, nb)
}

// similarity estimates the Jaccard similarity of two sets from their
// MinHash signatures.
func similarity(a, b []uint16) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// sketch is what grouping keeps of a document.
type sketch struct {
	day       int32
	credits   []string
	agency    string   // the agency that published it, if one did
	creditSig []uint32 // content-bigram bottom-k sketch when credits or agency is set
	whole     []uint16 // MinHash of the whole text's 3-shingles and their number, for documents of fewer than 2 passages
	passages  []uint16 // passageHashes values per passage
}

// makeSketch reads a document's passages, credits and publication date.
func makeSketch(doc schema.Document) sketch {
	sk := sketch{day: dayOf(doc.Published), credits: Credits(doc.Text, doc.Publisher), agency: Agency(doc.Publisher)}
	for _, p := range passages(doc.Text) {
		sk.passages = append(sk.passages, minHash(shingles(p, shingleWords, false), passageHashes)...)
		if len(sk.passages) == maxPassages*passageHashes {
			break
		}
	}
	if len(sk.passages) < minShared*passageHashes {
		if ws := words(doc.Text); len(ws) >= minPassageWords {
			set := shingles(ws, shingleWords, false)
			slices.Sort(set)
			n := len(slices.Compact(set))
			sk.whole = append(minHash(set, passageHashes), uint16(min(n, 1<<16-1)))
		}
	}
	if len(sk.credits) > 0 || sk.agency != "" {
		sk.creditSig = bottomK(shingles(words(doc.Text), 2, true), creditHashes)
	}
	return sk
}

func dayOf(published string) int32 {
	if len(published) < 10 {
		return noDay
	}
	t, err := time.Parse("2006-01-02", published[:10])
	if err != nil {
		return noDay
	}
	return int32(t.Unix() / 86400)
}

// The sketch's stored form: "s1;DAY;CREDITS;AGENCY;PASSAGES;BIGRAMS;WHOLE;DATA"
// with DAY empty when unknown, CREDITS comma-separated, AGENCY the
// publishing agency or empty, PASSAGES and BIGRAMS the number of passage
// signatures and of credit-sketch values, WHOLE 1 when a short document's
// whole-text signature follows, and DATA the base64 of the little-endian
// credit sketch (32 bits a value), then passage signatures and the
// whole-text signature (16 bits a value).
const sketchVersion = "s1"

func (sk sketch) encode() string {
	day := ""
	if sk.day != noDay {
		day = strconv.Itoa(int(sk.day))
	}
	buf := make([]byte, 0, 4*len(sk.creditSig)+2*len(sk.passages)+2*len(sk.whole))
	for _, v := range sk.creditSig {
		buf = binary.LittleEndian.AppendUint32(buf, v)
	}
	for _, v := range sk.passages {
		buf = binary.LittleEndian.AppendUint16(buf, v)
	}
	for _, v := range sk.whole {
		buf = binary.LittleEndian.AppendUint16(buf, v)
	}
	whole := "0"
	if sk.whole != nil {
		whole = "1"
	}
	return strings.Join([]string{sketchVersion, day, strings.Join(sk.credits, ","), sk.agency,
		strconv.Itoa(len(sk.passages) / passageHashes), strconv.Itoa(len(sk.creditSig)), whole,
		base64.RawStdEncoding.EncodeToString(buf)}, ";")
}

var errSketch = errors.New("not a sketch this version of kg reads")

func decodeSketch(s string) (sketch, error) {
	sk := sketch{day: noDay}
	if s == "" {
		return sk, nil
	}
	f := strings.Split(s, ";")
	if len(f) != 8 || f[0] != sketchVersion {
		return sk, errSketch
	}
	if f[1] != "" {
		d, err := strconv.Atoi(f[1])
		if err != nil {
			return sk, errSketch
		}
		sk.day = int32(d)
	}
	if f[2] != "" {
		sk.credits = strings.Split(f[2], ",")
	}
	sk.agency = f[3]
	np, err1 := strconv.Atoi(f[4])
	nc, err2 := strconv.Atoi(f[5])
	buf, err3 := base64.RawStdEncoding.DecodeString(f[7])
	nw := 0
	if f[6] == "1" {
		nw = passageHashes + 1
	}
	if err1 != nil || err2 != nil || err3 != nil || np < 0 || nc < 0 || np > maxPassages || nc > creditHashes ||
		f[6] != "0" && f[6] != "1" || len(buf) != 4*nc+2*np*passageHashes+2*nw ||
		(nc > 0) != (len(sk.credits) > 0 || sk.agency != "") {
		return sketch{day: noDay}, errSketch
	}
	if nc > 0 {
		sk.creditSig = make([]uint32, nc)
		for i := range sk.creditSig {
			sk.creditSig[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
		buf = buf[4*nc:]
	}
	sk.passages = make([]uint16, np*passageHashes)
	for i := range sk.passages {
		sk.passages[i] = binary.LittleEndian.Uint16(buf[2*i:])
	}
	if nw > 0 {
		buf = buf[2*len(sk.passages):]
		sk.whole = make([]uint16, nw)
		for i := range sk.whole {
			sk.whole[i] = binary.LittleEndian.Uint16(buf[2*i:])
		}
	}
	return sk, nil
}

// passages splits text into sentences and returns the words of those with
// at least minPassageWords words.
func passages(text string) [][]string {
	var out [][]string
	start := 0
	flush := func(end int) {
		if ws := words(text[start:end]); len(ws) >= minPassageWords && contentWords(ws) >= minContentWords {
			out = append(out, ws)
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\n':
			flush(i + 1)
		case (c == '.' || c == '!' || c == '?') && sentenceEnd(text, i):
			flush(i + 1)
		}
	}
	flush(len(text))
	return out
}

// sentenceEnd reports whether the stop at text[i] ends a sentence: white
// space follows, and it does not end an abbreviation ("U.S.", "Mr.", "J.").
func sentenceEnd(text string, i int) bool {
	if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' && text[i+1] != '"' && text[i+1] != '\'' && text[i+1] != ')' {
		r, _ := utf8.DecodeRuneInString(text[i+1:])
		if r != '”' && r != '’' {
			return false
		}
	}
	if text[i] != '.' {
		return true
	}
	j := i
	for j > 0 && (unicode.IsLetter(rune(text[j-1])) || text[j-1] >= utf8.RuneSelf) {
		j--
	}
	w := text[j:i]
	if j > 0 && text[j-1] == '.' || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return false // "U.S.", "J."
	}
	return !abbreviations[w]
}

var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Jr": true, "Sr": true,
	"Gen": true, "Sen": true, "Rep": true, "Gov": true, "Lt": true, "Col": true, "Prof": true,
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "vs": true, "No": true,
}

// contentWords counts the distinct words of ws that are neither stop words
// nor numbers: template lines ("Qtly div 10 cts vs 10 cts prior") have
// few.
func contentWords(ws []string) int {
	seen := make(map[string]bool, len(ws))
	for _, w := range ws {
		if !stopWords[w] && !numberWords[w] && strings.IndexFunc(w, unicode.IsDigit) < 0 {
			seen[w] = true
		}
	}
	return len(seen)
}

var numberWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`one two three four five six seven eight nine ten eleven twelve twenty thirty forty
		fifty sixty seventy eighty ninety hundred thousand million billion trillion mln bln pct`) {
		m[w] = true
	}
	return m
}()

// words lowercases text and splits it into runs of letters and digits.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// stopWords are left out of the content-word bigrams that say whether two
// documents are on the same story.
var stopWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`a an the and or but nor of to in on at by for with from as into onto over under about
		after before between during while since until than then so such is are was were be been being has have had do does
		did it its this that these those he she they we you i his her their our your them him us me my not no
		which who whom whose what when where why how all any some more most other also there here would could should may
		might will can must shall said says say told according s t`) {
		m[w] = true
	}
	return m
}()

// shingles hashes the runs of k consecutive words; with content set, stop
// words and one-letter words are dropped first.
func shingles(ws []string, k int, content bool) []uint64 {
	if content {
		kept := ws[:0:0]
		for _, w := range ws {
			if len(w) > 1 && !stopWords[w] {
				kept = append(kept, w)
			}
		}
		ws = kept
	}
	if len(ws) < k {
		k = len(ws)
	}
	var out []uint64
	for i := 0; i+k <= len(ws) && k > 0; i++ {
		h := uint64(14695981039346656037) // FNV-1a
		for j, w := range ws[i : i+k] {
			if j > 0 {
				h ^= ' '
				h *= 1099511628211
			}
			for n := 0; n < len(w); n++ {
				h ^= uint64(w[n])
				h *= 1099511628211
			}
		}
		out = append(out, h)
	}
	return out
}

// minHash returns n MinHash values of a set of hashes, each the low 16 bits
// of the least of the set under one of n fixed permutations.
func minHash(set []uint64, n int) []uint16 {
	sig := make([]uint16, n)
	if len(set) == 0 {
		return sig
	}
	for i := 0; i < n; i++ {
		seed := mix(uint64(i) + 0x9e3779b97f4a7c15)
		least := ^uint64(0)
		for _, x := range set {
			if h := mix(x ^ seed); h < least {
				least = h
			}
		}
		sig[i] = uint16(least)
	}
	return sig
}

// bottomK returns the k least distinct 32-bit hashes of a set, sorted.
func bottomK(set []uint64, k int) []uint32 {
	hs := make([]uint32, len(set))
	for i, x := range set {
		hs[i] = uint32(mix(x) >> 32)
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	if len(hs) > k {
		hs = hs[:k]
	}
	if len(hs) == 0 {
		return []uint32{0} // one value, so that an empty text still has a sketch
	}
	return slices.Clip(hs)
}

// bottomKSimilarity estimates the Jaccard similarity of two sets from their
// bottom-k sketches: the share of the k least hashes of the union that are
// in both. It is exact when the union has at most k hashes.
func bottomKSimilarity(a, b []uint32, k int) float64 {
	i, j, n, both := 0, 0, 0, 0
	for n < k && (i < len(a) || j < len(b)) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			i++
		case i == len(a) || b[j] < a[i]:
			j++
		default:
			i, j, both = i+1, j+1, both+1
		}
		n++
	}
	if n == 0 {
		return 0
	}
	return float64(both) / float64(n)
}

// mix is splitmix64's finalizer: a fixed, well-spread permutation of
// 64-bit values.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// agencies are the news agencies whose credits Credits finds, with the
// names a text may use for each (case matters: "AP", not "ap").
var agencies = []struct {
	name    string
	aliases []string
}{
	{"Reuters", []string{"Reuters"}},
	{"AP", []string{"AP", "Associated Press"}},
	{"AFP", []string{"AFP", "Agence France-Presse", "Agence France Presse"}},
	{"Bloomberg", []string{"Bloomberg", "Bloomberg News"}},
	{"Xinhua", []string{"Xinhua", "Xinhua News Agency"}},
	{"TASS", []string{"TASS", "Tass"}},
	{"Interfax", []string{"Interfax"}},
	{"RIA Novosti", []string{"RIA", "RIA Novosti"}},
	{"Anadolu", []string{"Anadolu", "Anadolu Agency"}},
	{"dpa", []string{"dpa", "DPA", "Deutsche Presse-Agentur"}},
	{"EFE", []string{"EFE"}},
	{"ANSA", []string{"ANSA"}},
	{"Kyodo", []string{"Kyodo", "Kyodo News"}},
	{"Yonhap", []string{"Yonhap"}},
	{"PTI", []string{"PTI", "Press Trust of India"}},
	{"IRNA", []string{"IRNA"}},
	{"UPI", []string{"UPI", "United Press International"}},
}

// creditREs match the ways a text credits an agency (the %[1]s).
var creditREs = func() []*regexp.Regexp {
	forms := []string{
		// A dateline: "WASHINGTON (Reuters) -".
		`\(\s*(?:%[1]s)\s*\)\s*[-–—]`,
		// "Reuters reported on Friday", "AP news agency said".
		`\b(?:%[1]s)(?:\s+(?i:news agency|news service|news))?\s+(?i:reported|reports|said|says|quoted|cited|wrote|first reported|was first to report)\b`,
		// "according to Reuters", "told the AP", "citing AFP".
		`\b(?i:according to|told|reported by|cited by|quoted by|citing|in an interview with|obtained by|seen by)\s+(?:(?i:the)\s+)?(?:(?i:news agency)\s+)?(?:%[1]s)\b`,
		// "(source: Reuters)", "Source: AFP".
		`\b(?i:source)\s*:\s*(?:%[1]s)\b`,
		// "Reuters contributed to this report".
		`\b(?:%[1]s)\s+(?i:contributed)\b`,
		// "a Reuters report", "the AP story".
		`\b(?i:a|an|the)\s+(?:%[1]s)\s+(?i:report|dispatch|story|investigation|article|interview)\b`,
	}
	out := make([]*regexp.Regexp, len(agencies))
	for i, a := range agencies {
		names := make([]string, len(a.aliases))
		for j, n := range a.aliases {
			names[j] = regexp.QuoteMeta(n)
		}
		alts := make([]string, len(forms))
		for j, f := range forms {
			alts[j] = fmt.Sprintf(f, strings.Join(names, "|"))
		}
		out[i] = regexp.MustCompile(strings.Join(alts, "|"))
	}
	return out
}()

// creditContext is how far around a name of an agency Credits looks for a
// credit, in bytes.
const creditContext = 64

// Credits returns the news agencies text credits as the source of its
// report, in the order of the agencies list: "Reuters" for "Reuters
// reported on Friday" or "(source: Reuters)". An agency named in publisher
// is left out: its own stories cite it without carrying another report.
// Photo credits ("File image/ Reuters", "(AFP)" under a caption) are not
// credits.
func Credits(text, publisher string) []string {
	var out []string
	own := Agency(publisher)
	for i, a := range agencies {
		if a.name == own {
			continue
		}
		if credits(text, a.aliases, creditREs[i]) {
			out = append(out, a.name)
		}
	}
	return out
}

// Agency returns the news agency a publisher names ("Reuters" for
// "Thomson Reuters"), or "".
func Agency(publisher string) string {
	if publisher == "" {
		return ""
	}
	pub := strings.ToLower(publisher)
	for _, a := range agencies {
		for _, n := range a.aliases {
			if credits(pub, []string{strings.ToLower(n)}, matchAll) {
				return a.name
			}
		}
	}
	return ""
}

var matchAll = regexp.MustCompile(``)

// credits looks for a credit around each whole-word occurrence of a name:
// the names are found with a plain substring search, and the expression
// runs on a window around them only.
func credits(text string, names []string, re *regexp.Regexp) bool {
	for _, name := range names {
		for from := 0; ; {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			i += from
			end := i + len(name)
			from = end
			if i > 0 && isWordByte(text[i-1]) || end < len(text) && isWordByte(text[end]) {
				continue
			}
			lo, hi := max(0, i-creditContext), min(len(text), end+creditContext)
			for lo > 0 && !utf8.RuneStart(text[lo]) {
				lo--
			}
			for hi < len(text) && !utf8.RuneStart(text[hi]) {
				hi++
			}
			if re.MatchString(text[lo:hi]) {
				return true
			}
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
