package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/urfave/cli/v2"
)

// openStore opens the store named by --db. Readers open read-only so that
// they never take the writer's lock.
func openStore(c *cli.Context, readOnly bool) (*graph.Store, error) {
	addr := c.String("db")
	if readOnly && !strings.Contains(addr, "://") && addr != "memory" {
		if _, err := os.Stat(addr); os.IsNotExist(err) {
			return nil, fmt.Errorf("no graph store at %s (run kg ingest first, or pass --db)", addr)
		}
	}
	return graph.Open(addr, graph.Options{ReadOnly: readOnly})
}
