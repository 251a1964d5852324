package config

import (
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// This file is the only user of go-toml's unstable parser API (see the
// package documentation); it turns the parser's tree into a map from key
// paths to byte offsets, for error positions.

// keyLoc records where a key and its value sit in a file.
type keyLoc struct {
	key   int   // offset of the key's last part
	value int   // offset of the value, or -1 for a table header
	elems []int // offsets of an array's elements, -1 where unknown
}

// keyIndex maps a key path (see pathKey) to its location. For a key
// defined more than once, as array-of-tables keys are, the first
// definition is recorded.
type keyIndex map[string]keyLoc

// pathKey turns a key path into a map key.
func pathKey(path []string) string { return strings.Join(path, "\x00") }

// indexKeys records the location of every key in data, which must be a
// document toml.Unmarshal accepted. Keys defined by table headers, dotted
// keys and inline tables are all recorded, with each prefix of a dotted
// key at the location of its own part.
func indexKeys(data []byte) keyIndex {
	idx := keyIndex{}
	var p unstable.Parser
	p.Reset(data)
	var table []string
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			table, _ = idx.addKey(nil, e.Key())
		case unstable.KeyValue:
			idx.addKeyValue(&p, table, e)
		}
	}
	return idx
}

// addKey records each part of a dotted key below prefix and returns the
// full path and the offset just past the last part.
func (idx keyIndex) addKey(prefix []string, it unstable.Iterator) ([]string, int) {
	path := append([]string(nil), prefix...)
	end := 0
	for it.Next() {
		n := it.Node()
		path = append(path, string(n.Data))
		k := pathKey(path)
		if _, ok := idx[k]; !ok {
			idx[k] = keyLoc{key: int(n.Raw.Offset), value: -1}
		}
		end = int(n.Raw.Offset + n.Raw.Length)
	}
	return path, end
}

// addKeyValue records a 'key = value' line below the table path, and the
// keys of an inline-table value.
func (idx keyIndex) addKeyValue(p *unstable.Parser, table []string, e *unstable.Node) {
	path, end := idx.addKey(table, e.Key())
	k := pathKey(path)
	loc := idx[k]
	loc.value = valueStart(p.Data(), end)
	v := e.Value()
	switch v.Kind {
	case unstable.Array:
		for it := v.Children(); it.Next(); {
			if c := it.Node(); c.Kind != unstable.Comment {
				loc.elems = append(loc.elems, nodeStart(c))
			}
		}
	case unstable.InlineTable:
		for it := v.Children(); it.Next(); {
			if c := it.Node(); c.Kind == unstable.KeyValue {
				idx.addKeyValue(p, path, c)
			}
		}
	}
	idx[k] = loc
}

// valueStart returns the offset of the value after a key that ends at
// end: past blanks, the '=' and blanks again.
func valueStart(data []byte, end int) int {
	i := end
	for i < len(data) && (data[i] == ' ' || data[i] == '\t') {
		i++
	}
	if i < len(data) && data[i] == '=' {
		i++
	}
	for i < len(data) && (data[i] == ' ' || data[i] == '\t') {
		i++
	}
	return i
}

// nodeStart returns the offset where a value node starts, or -1 for nodes
// the parser records no range for (arrays).
func nodeStart(n *unstable.Node) int {
	if n.Kind == unstable.Array {
		return -1
	}
	return int(n.Raw.Offset)
}
