package htmlclean

import (
	"embed"
	"fmt"
	"path"
	"strings"
)

//go:embed rules/*.rules
var ruleFiles embed.FS

// builtinRules parses the embedded DOM rule files; each file is a set named
// after it ("rules/dom.rules" is the set "dom").
func builtinRules() ([]*DOMRuleSet, error) {
	entries, err := ruleFiles.ReadDir("rules")
	if err != nil {
		return nil, fmt.Errorf("htmlclean: built-in rules: %w", err)
	}
	var sets []*DOMRuleSet
	for _, e := range entries {
		f, err := ruleFiles.Open(path.Join("rules", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("htmlclean: built-in rules: %w", err)
		}
		set, err := ParseDOMRuleSet(strings.TrimSuffix(e.Name(), ".rules"), f)
		f.Close()
		if err != nil {
			return nil, err
		}
		sets = append(sets, set)
	}
	return sets, nil
}
