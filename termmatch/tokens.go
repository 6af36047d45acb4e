package termmatch

import "github.com/glosa-dev/glosa/textnorm"

// MatchTokens is Match for the matchers of several languages over one
// text, which share its tokenization: toks holds the text's tokens
// (textnorm.Tokenize), nil until the first matcher that needs them fills
// it; the next ones read it and do not tokenise the text again. The
// matches are Match's, whoever filled toks. A text that Match reads in
// chunks (Scan's) is matched so, and toks left as it is.
func (m *Matcher) MatchTokens(text []byte, toks *[]textnorm.Token) []Match {
	if len(text) >= chunkSize {
		return m.Match(text)
	}
	if *toks == nil {
		*toks = textnorm.Tokenize(make([]textnorm.Token, 0, len(text)/tokenBytes+16), text)
	}
	defer m.shareKeys()
	m.toks = append(m.toks[:0], *toks...) // m.toks is this matcher's to change
	return m.matchToks(text)
}
