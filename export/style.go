package export

import (
	"math"
	"sort"

	"github.com/kg-project/kg/schema"
)

// typeColors colour nodes by entity type (Tableau 10, which stays
// distinguishable for most colour-blind readers).
var typeColors = map[schema.EntityType]string{
	schema.Person:       "#4e79a7",
	schema.Country:      "#e15759",
	schema.Organization: "#f28e2b",
	schema.City:         "#59a14f",
	schema.Region:       "#76b7b2",
	schema.Agreement:    "#b07aa1",
	schema.Facility:     "#9c755f",
}

// Color is the node's colour by type, as #rrggbb.
func (n *Node) Color() string {
	if c, ok := typeColors[n.Type]; ok {
		return c
	}
	return "#bab0ac"
}

// Size is the node's size by degree, for formats that carry one: 5 for an
// isolated node, growing with the square root of the degree.
func (n *Node) Size() float64 {
	return math.Round((5+5*math.Sqrt(float64(n.Degree)))*100) / 100
}

// Color is the edge's colour by modality, as #rrggbb: grey for facts,
// amber for hedged, teal for planned, red for negated.
func (f *Fact) Color() string {
	switch f.Modality {
	case schema.Hedged:
		return "#e6a700"
	case schema.Planned:
		return "#17becf"
	case schema.Negated:
		return "#d62728"
	}
	return "#8c8c8c"
}

// Style is the edge's line style: solid for facts, dashed for hedged and
// negated, dotted for planned.
func (f *Fact) Style() string {
	switch f.Modality {
	case schema.Hedged, schema.Negated:
		return "dashed"
	case schema.Planned:
		return "dotted"
	}
	return "solid"
}

// Width is the edge's thickness by the number of documents behind it.
func (f *Fact) Width() float64 {
	return math.Round((1+math.Log2(float64(max(f.Documents, 1))))*100) / 100
}

// rgb splits "#rrggbb".
func rgb(hex string) (r, g, b int) {
	v := 0
	for i := 1; i < len(hex); i++ {
		c := hex[i]
		switch {
		case c >= '0' && c <= '9':
			v = v<<4 | int(c-'0')
		case c >= 'a' && c <= 'f':
			v = v<<4 | int(c-'a'+10)
		}
	}
	return v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff
}

// layoutBudget bounds the force layout's work: iterations times nodes
// squared.
const layoutBudget = 4e7

// layout gives every node a position: a sunflower spiral with the
// highest-degree nodes in the centre, then as many rounds of
// Fruchterman-Reingold as the budget allows (at most 60). It is
// deterministic: the same graph gets the same picture.
func layout(g *Graph) {
	n := len(g.Nodes)
	if n == 0 {
		return
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return g.Nodes[order[i]].Degree > g.Nodes[order[j]].Degree })
	const scale = 10.0
	golden := math.Pi * (3 - math.Sqrt(5))
	x := make([]float64, n)
	y := make([]float64, n)
	for rank, i := range order {
		r := scale * math.Sqrt(float64(rank)+0.5)
		x[i], y[i] = r*math.Cos(float64(rank)*golden), r*math.Sin(float64(rank)*golden)
	}
	iters := 0
	if n > 1 {
		iters = min(60, int(layoutBudget/float64(n)/float64(n)))
	}
	if iters > 0 {
		area := math.Pi * scale * scale * float64(n)
		k := math.Sqrt(area / float64(n))
		temp := scale * math.Sqrt(float64(n)) / 4
		const gravity = 0.5
		dx := make([]float64, n)
		dy := make([]float64, n)
		for it := 0; it < iters; it++ {
			clear(dx)
			clear(dy)
			for i := 0; i < n; i++ {
				for j := i + 1; j < n; j++ {
					ddx, ddy := x[i]-x[j], y[i]-y[j]
					d2 := ddx*ddx + ddy*ddy
					if d2 < 1e-6 {
						ddx, ddy, d2 = 0.01*float64(i-j), 0.01, 1e-4+1e-4*float64((i-j)*(i-j))
					}
					f := k * k / d2
					dx[i] += ddx * f
					dy[i] += ddy * f
					dx[j] -= ddx * f
					dy[j] -= ddy * f
				}
			}
			for fi := range g.Facts {
				s, o := g.Facts[fi].Subject, g.Facts[fi].Object
				if s == o {
					continue
				}
				ddx, ddy := x[s]-x[o], y[s]-y[o]
				d := math.Sqrt(ddx*ddx + ddy*ddy)
				f := d / k
				dx[s] -= ddx * f
				dy[s] -= ddy * f
				dx[o] += ddx * f
				dy[o] += ddy * f
			}
			for i := 0; i < n; i++ {
				// A little gravity keeps components from drifting apart.
				dx[i] -= gravity * x[i]
				dy[i] -= gravity * y[i]
				d := math.Sqrt(dx[i]*dx[i] + dy[i]*dy[i])
				if d > 0 {
					step := math.Min(d, temp) / d
					x[i] += dx[i] * step
					y[i] += dy[i] * step
				}
			}
			temp *= 0.93
		}
	}
	for i := range g.Nodes {
		g.Nodes[i].X = math.Round(x[i]*100) / 100
		g.Nodes[i].Y = math.Round(y[i]*100) / 100
	}
}
