package source

import "testing"

func TestPosString(t *testing.T) {
	tests := []struct {
		p    Pos
		want string
	}{
		{Pos{1, 1}, "1:1"},
		{Pos{12, 345}, "12:345"},
		{Pos{}, "0:0"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestPosIsValid(t *testing.T) {
	tests := []struct {
		p    Pos
		want bool
	}{
		{Pos{1, 1}, true},
		{Pos{3, 9}, true},
		{Pos{}, false},
		{Pos{0, 1}, false},
		{Pos{1, 0}, false},
	}
	for _, tt := range tests {
		if got := tt.p.IsValid(); got != tt.want {
			t.Errorf("%v.IsValid() = %v, want %v", tt.p, got, tt.want)
		}
	}
}

func TestPositionRangeString(t *testing.T) {
	r := Range{Start: Position{0, 3}, End: Position{4294967295, 10}}
	if got, want := r.Start.String(), "0:3"; got != want {
		t.Errorf("Position.String() = %q, want %q", got, want)
	}
	if got, want := r.String(), "0:3-4294967295:10"; got != want {
		t.Errorf("Range.String() = %q, want %q", got, want)
	}
}

func TestPositionBefore(t *testing.T) {
	tests := []struct {
		p, q Position
		want bool
	}{
		{Position{0, 0}, Position{0, 1}, true},
		{Position{0, 9}, Position{1, 0}, true},
		{Position{1, 0}, Position{0, 9}, false},
		{Position{2, 2}, Position{2, 2}, false},
	}
	for _, tt := range tests {
		if got := tt.p.Before(tt.q); got != tt.want {
			t.Errorf("%v.Before(%v) = %v, want %v", tt.p, tt.q, got, tt.want)
		}
	}
}
