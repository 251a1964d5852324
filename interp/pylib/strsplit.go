package pylib

import "strings"

// Split returns s.split(sep, maxsplit) for a str sep; maxsplit < 0 means no
// limit. An empty sep is ValueError "empty separator".
func Split(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, ValueError("empty separator")
	}
	if maxsplit < 0 {
		return strings.Split(s, sep), nil
	}
	return strings.SplitN(s, sep, maxsplit+1), nil
}

// RSplit returns s.rsplit(sep, maxsplit): like Split, splitting from the
// right when maxsplit limits the count.
func RSplit(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, ValueError("empty separator")
	}
	if maxsplit < 0 {
		return strings.Split(s, sep), nil
	}
	var parts []string
	for ; maxsplit > 0; maxsplit-- {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[i+len(sep):])
		s = s[:i]
	}
	parts = append(parts, s)
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return parts, nil
}

// spaceAt returns whether the code point at s[i:] is str.isspace whitespace
// and its size in bytes.
func spaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < 0x80 {
		return asciiSpace[c], 1
	}
	r, size := decodeRune(s, i)
	return isSpaceRune(r), size
}

// spaceBefore is spaceAt for the code point that ends at s[:j].
func spaceBefore(s string, j int) (bool, int) {
	if c := s[j-1]; c < 0x80 {
		return asciiSpace[c], 1
	}
	i := j - 1
	for i > 0 && s[i]&0xC0 == 0x80 && j-i < 4 {
		i--
	}
	r, size := decodeRune(s, i)
	if i+size != j {
		return false, 1
	}
	return isSpaceRune(r), size
}

// SplitWhitespace returns s.split(None, maxsplit): runs of whitespace
// separate fields and leading/trailing whitespace is dropped; after
// maxsplit splits the rest (without its leading whitespace) is the last
// field.
func SplitWhitespace(s string, maxsplit int) []string {
	if IsASCII(s) {
		return splitWhitespaceASCII(s, maxsplit)
	}
	parts := []string{}
	i := 0
	for {
		for i < len(s) {
			sp, size := spaceAt(s, i)
			if !sp {
				break
			}
			i += size
		}
		if i >= len(s) {
			return parts
		}
		if maxsplit == 0 {
			return append(parts, s[i:])
		}
		j := i
		for j < len(s) {
			sp, size := spaceAt(s, j)
			if sp {
				break
			}
			j += size
		}
		parts = append(parts, s[i:j])
		i = j
		if maxsplit > 0 {
			maxsplit--
		}
	}
}

// RSplitWhitespace returns s.rsplit(None, maxsplit).
func RSplitWhitespace(s string, maxsplit int) []string {
	var parts []string
	j := len(s)
	for {
		for j > 0 {
			sp, size := spaceBefore(s, j)
			if !sp {
				break
			}
			j -= size
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			parts = append(parts, s[:j])
			break
		}
		i := j
		for i > 0 {
			sp, size := spaceBefore(s, i)
			if sp {
				break
			}
			i -= size
		}
		parts = append(parts, s[i:j])
		j = i
		if maxsplit > 0 {
			maxsplit--
		}
	}
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	if parts == nil {
		parts = []string{}
	}
	return parts
}

// SplitLines returns s.splitlines(keepends). Lines end at \n, \r, \r\n,
// \v, \f, \x1c-\x1e, \x85, \u2028 and \u2029.
func SplitLines(s string, keepends bool) []string {
	lines := []string{}
	start := 0
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		if !isLineBreak(r) {
			i += size
			continue
		}
		end := i + size
		if r == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		if keepends {
			lines = append(lines, s[start:end])
		} else {
			lines = append(lines, s[start:i])
		}
		start, i = end, end
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}

// Strip returns s.strip(): surrounding str.isspace whitespace removed.
func Strip(s string) string { return RStrip(LStrip(s)) }

// LStrip returns s.lstrip().
func LStrip(s string) string {
	i := 0
	for i < len(s) {
		sp, size := spaceAt(s, i)
		if !sp {
			break
		}
		i += size
	}
	return s[i:]
}

// RStrip returns s.rstrip().
func RStrip(s string) string {
	j := len(s)
	for j > 0 {
		sp, size := spaceBefore(s, j)
		if !sp {
			break
		}
		j -= size
	}
	return s[:j]
}

// StripChars returns s.strip(chars): the code points in chars removed from
// both ends.
func StripChars(s, chars string) string { return RStripChars(LStripChars(s, chars), chars) }

// LStripChars returns s.lstrip(chars).
func LStripChars(s, chars string) string {
	i := 0
	for i < len(s) {
		_, size := decodeRune(s, i)
		if !strings.Contains(chars, s[i:i+size]) {
			break
		}
		i += size
	}
	return s[i:]
}

// RStripChars returns s.rstrip(chars).
func RStripChars(s, chars string) string {
	j := len(s)
	for j > 0 {
		i := j - 1
		for i > 0 && s[i]&0xC0 == 0x80 && j-i < 4 {
			i--
		}
		if _, size := decodeRune(s, i); i+size != j {
			i = j - 1
		}
		if !strings.Contains(chars, s[i:j]) {
			break
		}
		j = i
	}
	return s[:j]
}

// Join returns sep.join(parts); the interpreter checks the item types and
// reports a non-str item with JoinTypeError.
func Join(sep string, parts []string) string { return strings.Join(parts, sep) }

// JoinTypeError is str.join's error for the non-str item at index i.
func JoinTypeError(i int, typeName string) error {
	return Errorf("TypeError", "sequence item %d: expected str instance, %s found", i, typeName)
}

// splitWhitespaceASCII is SplitWhitespace for ASCII strings.
func splitWhitespaceASCII(s string, maxsplit int) []string {
	parts := make([]string, 0, 8)
	i := 0
	for {
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		if i >= len(s) {
			return parts
		}
		if maxsplit == 0 {
			return append(parts, s[i:])
		}
		j := i
		for j < len(s) && !asciiSpace[s[j]] {
			j++
		}
		parts = append(parts, s[i:j])
		i = j
		if maxsplit > 0 {
			maxsplit--
		}
	}
}
