package boilerplate

// An automaton finds every occurrence of a set of literals in one pass over
// the input (Aho-Corasick). Bytes are mapped to classes first: ASCII letters
// fold to one class per letter, so matching ignores ASCII case, and bytes
// that occur in no literal share class 0. The transition table is dense
// (classes × states), so a step is a column load and a table load.
type automaton struct {
	// col[b] is where the column of byte b's class starts in the
	// transition table: its class times the number of states. The table
	// is stored by columns, so that a step adds the state number to the
	// column of its byte, which does not depend on the state: the chain
	// of loads that a scan is has no multiply in it, and the states fit
	// in 16 bits (see delta16).
	col [256]int
	// delta16[col[b]+s] is the state after state s on byte b. The table
	// takes two bytes an entry, so that twice as many of the shallow
	// states, where a scan spends most of its steps, fit in the
	// processor's caches; delta32 holds it instead when there are more
	// than 1<<16 states. The states with outputs come last, from
	// firstOut on, so the scan tests for a match without a second table
	// load.
	delta16  []uint16
	delta32  []uint32
	firstOut int
	outStart []int32 // outputs of state s: out[outStart[s-firstOut]:outStart[s-firstOut+1]]
	out      []int32 // pattern ids
	patLen   []int   // byte length of each pattern
}

// A hit is one occurrence of pattern pat at text[start:end].
type hit struct {
	pat        int32
	start, end int
}

// newAutomaton builds the automaton for pats. Case folding is ASCII only:
// callers add the case variants of non-ASCII patterns they need. An empty
// pattern matches nothing.
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
	var class [256]uint8
	for b := 0; b < 256; b++ {
		class[b] = seen[lowerASCII(byte(b))]
	}

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
		if p == "" {
			continue // it would be an output of the root, which has none
		}
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := int(class[p[i]])
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
	// where a scan spends most of its steps, are neighbours in each
	// column: fewer cache lines and pages hold the entries a scan reads.
	// Those with outputs are numbered after all the others, in the same
	// order. The root has none, as no pattern is empty.
	state := make([]int, len(nodes)) // state[node]
	k := 0
	for _, nd := range order {
		if len(nodes[nd]) == 0 {
			state[nd], k = k, k+1
		}
	}
	a.firstOut = k
	a.outStart = make([]int32, 0, len(nodes)-k+1)
	for _, nd := range order {
		if len(nodes[nd]) > 0 {
			state[nd], k = k, k+1
			a.outStart = append(a.outStart, int32(len(a.out)))
			a.out = append(a.out, nodes[nd]...)
		}
	}
	a.outStart = append(a.outStart, int32(len(a.out)))
	ns := len(nodes)
	for b := 0; b < 256; b++ {
		a.col[b] = int(class[b]) * ns
	}
	if ns <= 1<<16 {
		a.delta16 = transitions[uint16](next, state, n)
	} else {
		a.delta32 = transitions[uint32](next, state, n)
	}
	return a
}

// transitions returns the transition table of the automaton whose
// transitions by node are next (next[node*n+class] is a node) and whose
// state numbers are state[node], by columns (see automaton.col).
func transitions[T uint16 | uint32](next []int32, state []int, n int) []T {
	ns := len(state)
	delta := make([]T, ns*n)
	for nd, s := range state {
		for c := 0; c < n; c++ {
			delta[c*ns+s] = T(state[next[nd*n+c]])
		}
	}
	return delta
}

// find appends the hits in text to dst, in order of their end offsets.
func (a *automaton) find(dst []hit, text string) []hit {
	if a == nil || len(a.patLen) == 0 {
		return dst
	}
	if a.delta16 != nil {
		return scan(a, a.delta16, dst, text)
	}
	return scan(a, a.delta32, dst, text)
}

// scan is find with the transition table delta, in whichever width it
// is stored.
func scan[T uint16 | uint32](a *automaton, delta []T, dst []hit, text string) []hit {
	// The tables in locals, which the compiler keeps in registers rather
	// than loading again after each append to dst.
	col, firstOut := &a.col, a.firstOut
	s := 0
	for i := 0; i < len(text); i++ {
		s = int(delta[col[text[i]]+s])
		if s < firstOut {
			continue
		}
		k := s - firstOut
		for _, p := range a.out[a.outStart[k]:a.outStart[k+1]] {
			dst = append(dst, hit{pat: p, start: i + 1 - a.patLen[p], end: i + 1})
		}
	}
	return dst
}
