//go:build race

package graph_test

// raceEnabled is set under -race: boltdb/bolt v1.3.1 (which Cayley's and
// hidalgo's bolt backends use) trips Go's checkptr instrumentation, so the
// tests that open bolt stores skip.
const raceEnabled = true
