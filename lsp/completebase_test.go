package lsp

import (
	"bytes"
	"strings"
	"testing"

	"github.com/monty-tools/monty-tools/source"
)

// TestCompletionFromOlderAnalysis checks that a completion in a version
// not analysed yet takes its names from the last analysed version, at the
// cursor's place there, without analysing the new version; that names
// bound in the changed text are left out; and that the new version's
// names are offered once it is analysed.
func TestCompletionFromOlderAnalysis(t *testing.T) {
	src1 := "LIMIT = 10\n\n\ndef total(items):\n    acc = 0\n    tmp = 1\n    return acc\n\n\nlater = 2\n"
	src2 := strings.Replace(src1, "    tmp = 1\n", "    tm = 1\n    t\n", 1)
	snap1 := NewDocument([]byte(src1), nil, nil, nil).snap
	snap1.Resolved()
	snap2 := snap1.next(2, []byte(src2), snap1.projects)
	off := source.Offset(strings.Index(src2, "    t\n") + len("    t"))

	ns, c := (*server)(nil).completionNames(snap2, off)
	if ns.snap != snap1 || snap2.resolvedDone.Load() {
		t.Fatalf("the completion analysed the new version (names from version %d)", ns.snap.Version)
	}
	if c.prefix != "t" || c.off != off {
		t.Errorf("cursor: prefix %q at %d, want %q at %d", c.prefix, c.off, "t", off)
	}
	labels := completionLabels(snap2, c, ns)
	for _, want := range []string{"total", "items", "LIMIT", "later", "True", "tuple"} {
		if !labels[want] {
			t.Errorf("completion %q missing: %v", want, labels)
		}
	}
	for _, stale := range []string{"tmp", "tm", "acc"} {
		if labels[stale] {
			t.Errorf("completion %q offered", stale)
		}
	}
	items := toCompletionItems(snap2.Mapper(), c, completions(snap2, c, ns), false, nil)
	if len(items) == 0 || items[0].TextEdit.Range.Start.Line != 6 || items[0].TextEdit.Range.Start.Character != 4 ||
		items[0].TextEdit.Range.End.Character != 5 {
		t.Errorf("items replace %+v, want line 6 characters 4-5", items[0].TextEdit.Range)
	}

	// A name of the enclosing function, visible through the old analysis.
	src3 := strings.Replace(src1, "    return acc\n", "    return a\n", 1)
	snap3 := snap1.next(3, []byte(src3), snap1.projects)
	off3 := source.Offset(strings.Index(src3, "return a") + len("return a"))
	ns3, c3 := (*server)(nil).completionNames(snap3, off3)
	if ns3.snap != snap1 || !completionLabels(snap3, c3, ns3)["acc"] {
		t.Errorf("the local acc is not offered from the older analysis: %v", completionLabels(snap3, c3, ns3))
	}

	// Signature help of a call being typed, from the older analysis.
	src4 := src1 + "y = total("
	snap4 := snap1.next(4, []byte(src4), snap1.projects)
	ns4, c4 := (*server)(nil).completionNames(snap4, source.Offset(len(src4)))
	call, ok := c4.call(snap4.Content)
	if sigs := signaturesOf(snap4, call, ns4); !ok || ns4.snap != snap1 || len(sigs) != 1 || sigs[0].prefix != "def total(" {
		t.Errorf("signature help of total( from the older analysis: %v %+v", ok, sigs)
	}

	snap2.Resolved()
	ns, c = (*server)(nil).completionNames(snap2, off)
	if ns.snap != snap2 || !completionLabels(snap2, c, ns)["tm"] {
		t.Errorf("after its analysis, the new version's names are not offered")
	}
	if !bytes.Equal(snap2.Content, []byte(src2)) {
		t.Fatal("snapshot content changed")
	}
}

func completionLabels(snap *snapshot, c *cursor, ns nameSource) map[string]bool {
	out := map[string]bool{}
	for _, cand := range completions(snap, c, ns) {
		out[cand.label] = true
	}
	return out
}

func TestTextDiff(t *testing.T) {
	old, new := []byte("abcdefgh"), []byte("abcXYZfgh")
	d := diffTexts(old, new)
	if d != (textDiff{start: 3, oldEnd: 5, newEnd: 6}) {
		t.Fatalf("diff = %+v", d)
	}
	for _, tc := range []struct{ newOff, oldOff source.Offset }{{0, 0}, {3, 3}, {4, 3}, {6, 5}, {9, 8}} {
		if got := d.toOld(tc.newOff); got != tc.oldOff {
			t.Errorf("toOld(%d) = %d, want %d", tc.newOff, got, tc.oldOff)
		}
	}
	for _, tc := range []struct{ oldOff, newOff source.Offset }{{2, 2}, {4, 3}, {5, 6}, {8, 9}} {
		if got := d.toNew(tc.oldOff); got != tc.newOff {
			t.Errorf("toNew(%d) = %d, want %d", tc.oldOff, got, tc.newOff)
		}
	}
}
