package format

import (
	"regexp"
	"strings"

	"golang.org/x/text/encoding/ianaindex"
)

// PEP 263 coding cookie on one of the first two lines.
var codingCookie = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// encoderFor returns a function that converts formatted UTF-8 text back to
// the encoding that src's coding cookie declares, or nil for UTF-8.
func encoderFor(src []byte) func([]byte) ([]byte, error) {
	lines := strings.SplitN(string(src), "\n", 3)
	for i, l := range lines {
		if i >= 2 {
			break
		}
		m := codingCookie.FindStringSubmatch(l)
		if m == nil {
			if strings.TrimSpace(l) != "" && !strings.HasPrefix(strings.TrimSpace(l), "#") {
				break
			}
			continue
		}
		name := strings.ToLower(m[1])
		if name == "utf-8" || name == "utf8" || strings.HasPrefix(name, "utf-8-") {
			return nil
		}
		enc, err := ianaindex.IANA.Encoding(name)
		if err != nil || enc == nil {
			if strings.HasPrefix(name, "latin-1") || strings.HasPrefix(name, "iso-latin-1") {
				enc, _ = ianaindex.IANA.Encoding("iso-8859-1")
			}
			if enc == nil {
				return nil
			}
		}
		return func(b []byte) ([]byte, error) { return enc.NewEncoder().Bytes(b) }
	}
	return nil
}
