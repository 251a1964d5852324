package source

import "strconv"

// Pos is a human-readable position: a 1-based line and a 1-based column
// counted in Unicode code points, as printed in file:line:col messages.
// The zero Pos is not a valid position.
type Pos struct {
	// Line is the 1-based line number.
	Line int
	// Col is the 1-based column, in Unicode code points.
	Col int
}

// IsValid reports whether p is a real position, that is, whether both its
// line and column are at least 1.
func (p Pos) IsValid() bool { return p.Line >= 1 && p.Col >= 1 }

// String returns p formatted as "line:col".
func (p Pos) String() string {
	return strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col)
}
