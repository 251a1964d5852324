package source

import "strconv"

// Position is an LSP position: a 0-based line and a 0-based character
// offset within that line counted in UTF-16 code units. It is defined here
// so that this package does not depend on any LSP library; its JSON form
// matches the protocol's.
type Position struct {
	// Line is the 0-based line number.
	Line uint32 `json:"line"`
	// Character is the 0-based offset within the line, in UTF-16 code
	// units.
	Character uint32 `json:"character"`
}

// String returns p formatted as "line:character", both 0-based.
func (p Position) String() string {
	return strconv.FormatUint(uint64(p.Line), 10) + ":" + strconv.FormatUint(uint64(p.Character), 10)
}

// Before reports whether p comes strictly before q.
func (p Position) Before(q Position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Character < q.Character
}

// Range is an LSP range: the half-open interval [Start, End) between two
// positions.
type Range struct {
	// Start is the position of the first character in the range.
	Start Position `json:"start"`
	// End is the position just past the last character in the range.
	End Position `json:"end"`
}

// String returns r formatted as "start-end".
func (r Range) String() string { return r.Start.String() + "-" + r.End.String() }
