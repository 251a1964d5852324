package config

import (
	"path/filepath"
	"testing"
)

func TestMatches(t *testing.T) {
	dir := filepath.FromSlash("/work/proj")
	tests := []struct {
		name             string
		include, exclude []string
		yes, no          []string
	}{{
		name: "no patterns: every .py file inside Dir",
		yes:  []string{"main.py", "a/b/c.py", "/work/proj/x.py", "é 😀/t\tab.py"},
		no:   []string{"main.pyi", "README.md", "/work/other/x.py", "../proj2/x.py", "/work/proj", "/work/projects/x.py"},
	}, {
		name:    "include with ** and exclude",
		include: []string{"rules/**/*.py"},
		exclude: []string{"rules/legacy/**"},
		yes:     []string{"rules/a.py", "rules/x/y/z.py", "/work/proj/rules/b.py"},
		no:      []string{"main.py", "rules/legacy/old.py", "rules/legacy/deep/old.py", "rules/a.txt", "other/rules/a.py"},
	}, {
		name:    "directory patterns cover the tree below",
		include: []string{"rules"},
		exclude: []string{"rules/legacy", "**/__pycache__"},
		yes:     []string{"rules/a.py", "rules/x/y.py"},
		no:      []string{"rules/notes.txt", "rules/legacy/a.py", "rules/x/__pycache__/a.py", "main.py"},
	}, {
		name:    "single star stays in one element",
		include: []string{"*.py", "jobs/*/run.py"},
		yes:     []string{"a.py", "jobs/daily/run.py"},
		no:      []string{"sub/a.py", "jobs/daily/x/run.py", "jobs/run.py"},
	}, {
		name:    "classes, alternatives and non-py includes",
		include: []string{"scripts/{daily,weekly}_[0-9].py", "tools/*.pyw"},
		yes:     []string{"scripts/daily_1.py", "scripts/weekly_9.py", "tools/x.pyw"},
		no:      []string{"scripts/monthly_1.py", "scripts/daily_x.py"},
	}, {
		name:    "exclude without include",
		exclude: []string{"**/test_*.py", "build"},
		yes:     []string{"a.py", "tests/helper.py"},
		no:      []string{"test_a.py", "tests/test_b.py", "build/gen.py"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default(dir)
			c.Include, c.Exclude = tt.include, tt.exclude
			for _, p := range tt.yes {
				if !c.Matches(filepath.FromSlash(p)) {
					t.Errorf("Matches(%q) = false, want true", p)
				}
			}
			for _, p := range tt.no {
				if c.Matches(filepath.FromSlash(p)) {
					t.Errorf("Matches(%q) = true, want false", p)
				}
			}
		})
	}
}

func TestMatchesLoaded(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"monty.toml": "[monty]\ninclude = [\"./rules/**/*.py\"]\nexclude = [\"rules/legacy/\"]\n"})
	c, err := Load(filepath.Join(dir, "monty.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if !c.Matches(filepath.Join(dir, "rules", "a", "b.py")) || c.Matches(filepath.Join(dir, "rules", "legacy", "b.py")) {
		t.Errorf("patterns from the file do not apply: %+v", c)
	}
}
