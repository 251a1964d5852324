package config

import (
	"errors"
	"strings"
	"testing"
)

// checkErrors compares the messages of an ErrorList with want.
func checkErrors(t *testing.T, err error, want []string) {
	t.Helper()
	var list ErrorList
	if err != nil && !errors.As(err, &list) {
		t.Fatalf("error %v is not an ErrorList", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Error())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		file string
		src  string
		want []string
	}{{
		name: "TOML syntax error",
		src:  "[monty]\nstubs = [\"a.pyi\"\ninputs = []\n",
		want: []string{"monty.toml:3:1: expected ',' or ']' after array value"},
	}, {
		name: "TOML syntax error counts code points, tab and CRLF",
		src:  "# é😀\r\n[monty]\r\n\"é😀\" =\t'x' z\r\n",
		want: []string{"monty.toml:3:12: expected newline but got U+007A 'z'"},
	}, {
		name: "duplicate key",
		src:  "[monty]\nprofile = \"a\"\nprofile = \"b\"\n",
		want: []string{"monty.toml:3:1: key profile is already defined"},
	}, {
		name: "wrong types",
		src: `[monty]
profile = 23
stubs = "host.pyi"
inputs = ["order_id", 7]
include = "*.py"
exclude = [["nested"]]
severity = "loud"
format = []
`,
		want: []string{
			"monty.toml:2:11: monty.profile: expected a string",
			"monty.toml:3:9: monty.stubs: expected an array of strings",
			"monty.toml:4:23: monty.inputs: expected an array of strings",
			"monty.toml:5:11: monty.include: expected an array of strings",
			"monty.toml:6:11: monty.exclude: expected an array of strings",
			"monty.toml:7:12: monty.severity: expected a table",
			"monty.toml:8:10: monty.format: expected a table",
		},
	}, {
		name: "monty is not a table",
		src:  "monty = 1\n",
		want: []string{"monty.toml:1:9: monty: expected a table"},
	}, {
		name: "array of tables",
		src:  "[[monty]]\nprofile = \"x\"\n",
		want: []string{"monty.toml:1:3: monty: expected a table"},
	}, {
		name: "unknown keys, with suggestions",
		src: `top = 1
[monty]
stub = ["a.pyi"]
colour = "red"
[monty.format]
line_length = 80
[tool.monty]
`,
		want: []string{
			`monty.toml:1:1: top: unknown key`,
			`monty.toml:3:1: monty.stub: unknown key (did you mean "stubs"?)`,
			`monty.toml:4:1: monty.colour: unknown key`,
			`monty.toml:6:1: monty.format.line_length: unknown key (did you mean "line-length"?)`,
			`monty.toml:7:2: tool: unknown key`,
		},
	}, {
		name: "unknown keys in inline tables and dotted keys",
		src:  "monty = { stubs = [], formatt = { } }\nmonty2.x = 1\n",
		want: []string{
			`monty.toml:1:23: monty.formatt: unknown key (did you mean "format"?)`,
			`monty.toml:2:1: monty2: unknown key (did you mean "monty"?)`,
		},
	}, {
		name: "spaced and quoted key parts",
		src:  "[ monty . format ]\nbad = 1\n[monty]\n\"stubs\" = 1\nseverity . 'M201' = 2\n",
		want: []string{
			`monty.toml:2:1: monty.format.bad: unknown key`,
			`monty.toml:4:11: monty.stubs: expected an array of strings`,
			`monty.toml:5:21: monty.severity.M201: expected one of "error", "warning", "info", "hint", "off"`,
		},
	}, {
		name: "bad severity values",
		src:  "[monty.severity]\nM201 = \"warn\"\nM202 = 2\n\"odd key\" = \"Error\"\n",
		want: []string{
			`monty.toml:2:8: monty.severity.M201: expected one of "error", "warning", "info", "hint", "off"`,
			`monty.toml:3:8: monty.severity.M202: expected one of "error", "warning", "info", "hint", "off"`,
			`monty.toml:4:13: monty.severity."odd key": expected one of "error", "warning", "info", "hint", "off"`,
		},
	}, {
		name: "bad format values",
		src:  "[monty.format]\nline-length = 0\nindent-width = 4.0\nquote-style = \"backtick\"\nskip-magic-trailing-comma = 1\nskip-magic-trailing-commas = true\n",
		want: []string{
			`monty.toml:2:15: monty.format.line-length: expected an integer from 1 to 320`,
			`monty.toml:3:16: monty.format.indent-width: expected an integer from 1 to 16`,
			`monty.toml:4:15: monty.format.quote-style: expected one of "double", "single", "preserve"`,
			`monty.toml:5:29: monty.format.skip-magic-trailing-comma: expected true or false`,
			`monty.toml:6:1: monty.format.skip-magic-trailing-commas: unknown key (did you mean "skip-magic-trailing-comma"?)`,
		},
	}, {
		name: "patterns that do not compile, absolute or empty",
		src:  "[monty]\ninclude = [\"rules/[a-\", \"/etc/*.py\", \"ok/**\"]\nexclude = [\n  \"\",  # empty\n  \"{a,b\",\n]\n",
		want: []string{
			`monty.toml:2:12: monty.include: invalid glob pattern "rules/[a-"`,
			`monty.toml:2:25: monty.include: pattern "/etc/*.py" must be relative to the directory of the config file`,
			`monty.toml:4:3: monty.exclude: expected a non-empty pattern`,
			`monty.toml:5:3: monty.exclude: invalid glob pattern "{a,b"`,
		},
	}, {
		name: "bad inputs and stubs",
		src:  "[monty]\ninputs = [\"ok\", \"1x\", \"class\", \"a-b\", \"é\"]\nstubs = [\"\"]\n",
		want: []string{
			`monty.toml:2:17: monty.inputs: "1x" is not a valid Python identifier`,
			`monty.toml:2:23: monty.inputs: "class" is not a valid Python identifier`,
			`monty.toml:2:32: monty.inputs: "a-b" is not a valid Python identifier`,
			`monty.toml:3:10: monty.stubs: expected a non-empty path`,
		},
	}, {
		name: "positions after non-ASCII text count code points",
		src:  "[monty]\ninputs = [\"é😀\", 1]\r\nprofile =\t\"x\" # é\r\nx\t= 1\n",
		want: []string{
			`monty.toml:2:17: monty.inputs: expected an array of strings`,
			`monty.toml:4:1: monty.x: unknown key`,
		},
	}, {
		name: "pyproject: keys are named under tool.monty",
		file: "pyproject.toml",
		src:  "[project]\nname = \"x\"\n[tool.monty]\nstubs = 1\nextra = true\n[tool.monty.severity]\nM201 = \"loud\"\n",
		want: []string{
			`pyproject.toml:4:9: tool.monty.stubs: expected an array of strings`,
			`pyproject.toml:5:1: tool.monty.extra: unknown key`,
			`pyproject.toml:7:8: tool.monty.severity.M201: expected one of "error", "warning", "info", "hint", "off"`,
		},
	}, {
		name: "pyproject: tool.monty not a table",
		file: "pyproject.toml",
		src:  "[tool]\nmonty = \"yes\"\n",
		want: []string{`pyproject.toml:2:9: tool.monty: expected a table`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := tt.file
			if file == "" {
				file = "monty.toml"
			}
			dir := t.TempDir()
			write(t, dir, map[string]string{file: tt.src})
			t.Chdir(dir)
			c, err := Load(file)
			if c == nil {
				t.Fatalf("Load returned no Config with %v", err)
			}
			checkErrors(t, err, tt.want)
		})
	}
}

func TestErrorFormat(t *testing.T) {
	tests := []struct {
		e    *Error
		want string
	}{
		{&Error{File: "monty.toml", Line: 3, Col: 11, Key: "monty.stubs", Msg: "expected an array of strings"},
			"monty.toml:3:11: monty.stubs: expected an array of strings"},
		{&Error{File: "monty.toml", Line: 1, Col: 7, Msg: "expected newline"}, "monty.toml:1:7: expected newline"},
		{&Error{File: "monty.toml", Key: "monty", Msg: "expected a table"}, "monty.toml: monty: expected a table"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
	list := ErrorList{tests[0].e, tests[1].e}
	if got, want := list.Error(), tests[0].want+" (and 1 more errors)"; got != want {
		t.Errorf("ErrorList.Error() = %q, want %q", got, want)
	}
	var first *Error
	if !errors.As(error(list), &first) || first != tests[0].e {
		t.Errorf("errors.As did not find the first *Error")
	}
}
