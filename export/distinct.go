package export

import (
	"math"
	"math/bits"
)

// exactDistinct is how many distinct values a distinct counts exactly
// before it switches to a HyperLogLog sketch.
const exactDistinct = 64

// hllRegisters is the sketch's size: 1024 one-byte registers, a standard
// error of 1.04/sqrt(1024) = 3.3%.
const (
	hllBits      = 10
	hllRegisters = 1 << hllBits
)

// distinct counts distinct strings in bounded memory: exactly up to
// exactDistinct of them, then with a HyperLogLog sketch.
type distinct struct {
	small []uint64
	hll   *[hllRegisters]uint8
}

func (d *distinct) add(s string) { d.addHash(hash64(s, "")) }

// add2 counts the pair of a and b.
func (d *distinct) add2(a, b string) { d.addHash(hash64(a, b)) }

func (d *distinct) addHash(h uint64) {
	if d.hll != nil {
		d.sketch(h)
		return
	}
	for _, x := range d.small {
		if x == h {
			return
		}
	}
	if len(d.small) < exactDistinct {
		d.small = append(d.small, h)
		return
	}
	d.hll = new([hllRegisters]uint8)
	for _, x := range d.small {
		d.sketch(x)
	}
	d.small = nil
	d.sketch(h)
}

func (d *distinct) sketch(h uint64) {
	i := h >> (64 - hllBits)
	r := uint8(bits.LeadingZeros64(h<<hllBits|1<<(hllBits-1))) + 1
	if r > d.hll[i] {
		d.hll[i] = r
	}
}

func (d *distinct) count() int {
	if d.hll == nil {
		return len(d.small)
	}
	const m = float64(hllRegisters)
	sum, zeros := 0.0, 0
	for _, r := range d.hll {
		sum += math.Ldexp(1, -int(r))
		if r == 0 {
			zeros++
		}
	}
	est := 0.7213 / (1 + 1.079/m) * m * m / sum
	if est <= 2.5*m && zeros > 0 {
		est = m * math.Log(m/float64(zeros))
	}
	n := int(math.Round(est))
	if n <= exactDistinct {
		// The sketch took over after exactDistinct distinct values.
		n = exactDistinct + 1
	}
	return n
}

// hash64 hashes a, and b after it when not empty: FNV-1a followed by a splitmix64 finaliser, so that every bit
// of the result depends on every byte: HyperLogLog needs that, and the
// counts stay the same from run to run.
func hash64(a, b string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(a); i++ {
		h ^= uint64(a[i])
		h *= 1099511628211
	}
	if b != "" {
		h ^= 0xff // a separator: valid UTF-8 never holds the byte 0xff
		h *= 1099511628211
		for i := 0; i < len(b); i++ {
			h ^= uint64(b[i])
			h *= 1099511628211
		}
	}
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}
