package tomllex

import "testing"

func TestEscape(t *testing.T) {
	for _, tt := range []struct {
		in    string
		multi bool
		r     rune
		n     int
		ok    bool
	}{
		{`\n rest`, false, '\n', 2, true},
		{`\"`, false, '"', 2, true},
		{`\\`, false, '\\', 2, true},
		{`\u00e9x`, false, 'é', 6, true},
		{`\U0001F600`, false, '😀', 10, true},
		{`\u00E9`, false, 'é', 6, true},
		{`\u00e`, false, 0, 0, false},       // too short
		{`\u+0e9`, false, 0, 0, false},      // not hex
		{`\u_0e9`, false, 0, 0, false},      // not hex
		{`\uD800`, false, 0, 0, false},      // a surrogate is no scalar value
		{`\U00110000`, false, 0, 0, false},  // beyond Unicode
		{`\x41`, false, 0, 0, false},        // no such escape in TOML
		{`\`, false, 0, 0, false},           // nothing escaped
		{"\\  \n  \n x", true, -1, 8, true}, // line-ending backslash
		{"\\  \n", false, 0, 0, false},      // only in multi-line strings
		{"\\ x\n", true, 0, 0, false},       // not at a line's end
	} {
		r, n, ok := Escape(tt.in, tt.multi)
		if r != tt.r || n != tt.n || ok != tt.ok {
			t.Errorf("Escape(%q, %v) = %q, %d, %v; want %q, %d, %v", tt.in, tt.multi, r, n, ok, tt.r, tt.n, tt.ok)
		}
	}
}

func TestBareKey(t *testing.T) {
	for k, want := range map[string]bool{"es": true, "plural-one": true, "A_9": true, "": false, "a.b": false, "ключ": false, "a b": false} {
		if got := BareKey(k); got != want {
			t.Errorf("BareKey(%q) = %v", k, got)
		}
	}
}
