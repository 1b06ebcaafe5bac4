package names

import "testing"

func TestSet(t *testing.T) {
	known := []string{"en/share/facebook", "en/share/twitter", "en/comments/reply", "heuristic/tail-zone"}
	s, unknown, ok := New([]string{"en/share/*", "heuristic/tail-zone"}, known)
	if !ok {
		t.Fatalf("unknown %q", unknown)
	}
	for name, want := range map[string]bool{
		"en/share/facebook": true, "en/share/twitter": true, "heuristic/tail-zone": true,
		"en/comments/reply": false, "en/shareholders": false, "heuristic/header-zone": false,
	} {
		if got := s.Has(name); got != want {
			t.Errorf("Has(%q) = %v, want %v", name, got, want)
		}
	}
	for _, bad := range []string{"en/share/nope", "fr/*", "en/sha*", "*"} {
		if _, unknown, ok := New([]string{bad}, known); ok || unknown != bad {
			t.Errorf("New(%q) = ok %v, unknown %q; want it reported", bad, ok, unknown)
		}
	}
	if (Set{}).Has("anything") {
		t.Error("the zero Set matches a name")
	}
}
