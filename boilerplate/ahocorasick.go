package boilerplate

// An automaton finds every occurrence of a set of literals in one pass over
// the input (Aho-Corasick). Bytes are mapped to classes first: ASCII letters
// fold to one class per letter, so matching ignores ASCII case, and bytes
// that occur in no literal share class 0. The transition table is dense
// (states × classes), so a step is a class load and a table load.
type automaton struct {
	class  [256]uint8
	nclass int
	// delta[row+class], where row is a state's row (the state times
	// nclass), is the next state's row, or, when that state has outputs,
	// its number bit-complemented (< 0), so the scan tests for a match
	// without a second table load. Rows rather than state numbers keep a
	// multiply out of the chain of loads that a scan is; a state with
	// outputs, reached about once in sixty bytes of text, takes the
	// multiply back to its row rather than a division to its number.
	delta    []int32
	outStart []int32 // outputs of state s: out[outStart[s]:outStart[s+1]]
	out      []int32 // pattern ids
	patLen   []int   // byte length of each pattern
}

// A hit is one occurrence of pattern pat at text[start:end].
type hit struct {
	pat        int32
	start, end int
}

// newAutomaton builds the automaton for pats. Case folding is ASCII only:
// callers add the case variants of non-ASCII patterns they need.
func newAutomaton(pats []string) *automaton {
	a := &automaton{patLen: make([]int, len(pats))}
	// Byte classes: one per distinct folded byte used by any pattern.
	var seen [256]uint8
	n := 1
	for _, p := range pats {
		for i := 0; i < len(p); i++ {
			c := lowerASCII(p[i])
			if seen[c] == 0 {
				seen[c] = uint8(n)
				n++
			}
		}
	}
	if n > 255 {
		n = 255 // cannot happen with byte-sized patterns, but keep the table sound
	}
	for b := 0; b < 256; b++ {
		a.class[b] = seen[lowerASCII(byte(b))]
	}
	a.nclass = n

	// Trie, in a dense table of children: child[s*n+c] is the child of
	// node s by class c, 0 for none (the root is no node's child).
	size := 1 // nodes at most: the root and one per pattern byte
	for _, p := range pats {
		size += len(p)
	}
	child := make([]int32, n, size*n)
	outs := make([][]int32, 1, size) // outputs of each node
	for id, p := range pats {
		a.patLen[id] = len(p)
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := int(a.class[p[i]])
			t := child[int(s)*n+c]
			if t == 0 {
				t = int32(len(outs))
				outs = append(outs, nil)
				child = child[:len(child)+n]
				child[int(s)*n+c] = t
			}
			s = t
		}
		outs[s] = append(outs[s], int32(id))
	}
	nodes := outs

	// Breadth-first: failure links folded into a dense table of
	// transitions, next, outputs merged along failure links. order lists
	// the nodes as they are reached, the root first.
	next := make([]int32, len(nodes)*n)
	fail := make([]int32, len(nodes))
	order := make([]int32, 1, len(nodes))
	for c := 0; c < n; c++ {
		if t := child[c]; t != 0 {
			next[c] = t
			order = append(order, t)
		}
	}
	for q := 1; q < len(order); q++ {
		s := order[q]
		nodes[s] = append(nodes[s], nodes[fail[s]]...)
		for c := 0; c < n; c++ {
			if t := child[int(s)*n+c]; t != 0 {
				fail[t] = next[int(fail[s])*n+c]
				next[int(s)*n+c] = t
				order = append(order, t)
			} else {
				next[int(s)*n+c] = next[int(fail[s])*n+c]
			}
		}
	}

	// The states are numbered in that order, so that the shallow ones,
	// where a scan spends most of its steps, have neighbouring rows: fewer
	// cache lines and pages hold the rows a scan reads.
	state := make([]int32, len(nodes)) // state[node]
	for k, nd := range order {
		state[nd] = int32(k)
	}
	a.delta = make([]int32, len(nodes)*n)
	a.outStart = make([]int32, len(nodes)+1)
	for k, nd := range order {
		a.outStart[k] = int32(len(a.out))
		a.out = append(a.out, nodes[nd]...)
		for c := 0; c < n; c++ {
			t := next[int(nd)*n+c]
			row := state[t] * int32(n)
			if len(nodes[t]) > 0 {
				row = ^state[t]
			}
			a.delta[k*n+c] = row
		}
	}
	a.outStart[len(nodes)] = int32(len(a.out))
	return a
}

// find appends the hits in text to dst, in order of their end offsets.
func (a *automaton) find(dst []hit, text string) []hit {
	if a == nil || len(a.patLen) == 0 {
		return dst
	}
	// The tables in locals, which the compiler keeps in registers rather
	// than loading again after each append to dst.
	delta, class, n := a.delta, &a.class, a.nclass
	row := 0
	for i := 0; i < len(text); i++ {
		next := int(delta[row+int(class[text[i]])])
		if next >= 0 {
			row = next
			continue
		}
		s := ^next
		row = s * n
		for _, p := range a.out[a.outStart[s]:a.outStart[s+1]] {
			dst = append(dst, hit{pat: p, start: i + 1 - a.patLen[p], end: i + 1})
		}
	}
	return dst
}
