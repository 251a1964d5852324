package source

import (
	"unicode/utf16"
	"unicode/utf8"
)

// refOffset is what a naive whole-file scan says about one byte offset.
type refOffset struct {
	pos   Position // LSP position
	hpos  Pos      // human position
	canon Offset   // canonical offset: start of the containing code point, or the line end inside "\r\n"
}

// refFile is a naive, independent model of a file's lines and positions,
// used as an oracle by the tests.
type refFile struct {
	offs   []refOffset // one entry per offset in [0, len(src)]
	starts []Offset    // start of each line
	ends   []Offset    // end of each line's content, before its terminator
}

// reference scans src from the beginning, one code point or terminator at
// a time, without using Lines or Mapper.
func reference(src []byte) refFile {
	rf := refFile{offs: make([]refOffset, len(src)+1), starts: []Offset{0}}
	var line, char uint32
	col := 1
	here := func(canon int) refOffset {
		return refOffset{Position{line, char}, Pos{int(line) + 1, col}, Offset(canon)}
	}
	newline := func(end, next int) {
		rf.ends = append(rf.ends, Offset(end))
		rf.starts = append(rf.starts, Offset(next))
		line++
		char, col = 0, 1
	}
	for i := 0; i < len(src); {
		switch {
		case src[i] == '\n':
			rf.offs[i] = here(i)
			newline(i, i+1)
			i++
		case src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
			rf.offs[i] = here(i)
			rf.offs[i+1] = here(i) // between \r and \n: end of this line
			newline(i, i+2)
			i += 2
		case src[i] == '\r':
			rf.offs[i] = here(i)
			newline(i, i+1)
			i++
		default:
			r, size := utf8.DecodeRune(src[i:])
			for k := range size {
				rf.offs[i+k] = here(i)
			}
			char += uint32(utf16.RuneLen(r)) // RuneError (invalid byte) is 1 unit
			col++
			i += size
		}
	}
	rf.offs[len(src)] = here(len(src))
	rf.ends = append(rf.ends, Offset(len(src)))
	return rf
}
